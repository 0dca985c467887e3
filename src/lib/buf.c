/* buf.c — growable byte buffer with a cap. */
#include "buf.h"

#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void loyalp_buf_init(loyalp_buf *b, size_t max) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max;
}

void loyalp_buf_clear(loyalp_buf *b) {
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void loyalp_buf_reset(loyalp_buf *b) {
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

loyal_status loyalp_buf_reserve(loyalp_buf *b, size_t extra) {
    if (b->max && (extra > b->max || b->len > b->max - extra))
        return LOYAL_ERR_LIMIT;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return LOYAL_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p)
        return LOYAL_ERR_NOMEM;
    b->data = p;
    b->cap = cap;
    return LOYAL_OK;
}

loyal_status loyalp_buf_append(loyalp_buf *b, const void *p, size_t n) {
    loyal_status st = loyalp_buf_reserve(b, n);
    if (st)
        return st;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return LOYAL_OK;
}

loyal_status loyalp_buf_putc(loyalp_buf *b, char c) {
    return loyalp_buf_append(b, &c, 1);
}

loyal_status loyalp_buf_printf(loyalp_buf *b, const char *fmt, ...) {
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    loyal_status st = n < 0 ? LOYAL_ERR_NOMEM : loyalp_buf_reserve(b, (size_t)n);
    if (!st) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
    return st;
}

loyal_status loyalp_buf_csv_field(loyalp_buf *b, const char *s, size_t n) {
    loyal_status st = loyalp_buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n && !st; i++)
        if (s[i] == '"') {
            st = loyalp_buf_append(b, s + run, i + 1 - run);
            if (!st)
                st = loyalp_buf_putc(b, '"');
            run = i + 1;
        }
    if (!st)
        st = loyalp_buf_append(b, s + run, n - run);
    if (!st)
        st = loyalp_buf_putc(b, '"');
    return st;
}

loyal_status loyalp_buf_put_utf8(loyalp_buf *b, uint32_t cp) {
    unsigned char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (unsigned char)(0xC0 | cp >> 6);
        s[1] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (unsigned char)(0xE0 | cp >> 12);
        s[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        s[2] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (unsigned char)(0xF0 | cp >> 18);
        s[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
        s[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        s[3] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return loyalp_buf_append(b, s, n);
}

loyal_status loyalp_buf_flush(loyalp_buf *b, loyal_status st, loyal_output *o, loyal_error *err) {
    if (st)
        st = st == LOYAL_ERR_NOMEM || st == LOYAL_ERR_LIMIT ? loyalp_nomem(err) : st;
    else
        st = loyal_output_write(o, b->data, b->len, err);
    loyalp_buf_clear(b);
    return st;
}

loyal_status loyalp_grow(void **v, size_t *cap, size_t n, size_t size, size_t first) {
    if (n < *cap)
        return LOYAL_OK;
    size_t c = *cap ? *cap * 2 : first;
    while (c <= n)
        c *= 2;
    void *nv = realloc(*v, c * size);
    if (!nv)
        return LOYAL_ERR_NOMEM;
    *v = nv;
    *cap = c;
    return LOYAL_OK;
}

char *loyalp_strndup(const char *s, size_t n) {
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *loyalp_excerpt(const char *s, size_t len, size_t chars, bool one_line) {
    size_t i = 0, k = 0;
    while (i < len && k < chars) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        k++;
    }
    bool cut = i < len;
    char *d = malloc(i + 4);
    if (!d)
        return NULL;
    memcpy(d, s, i);
    for (size_t j = 0; one_line && j < i; j++)
        if (d[j] == '\n' || d[j] == '\r' || d[j] == '\t')
            d[j] = ' ';
    if (cut)
        memcpy(d + i, "\xE2\x80\xA6", 3), i += 3;
    d[i] = '\0';
    return d;
}
