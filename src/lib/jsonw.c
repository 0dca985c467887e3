/* jsonw.c — JSON writer (see jsonw.h). */
#include "jsonw.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jw_init(jsonw *w, loyalp_buf *b, int indent) {
    memset(w, 0, sizeof *w);
    w->b = b;
    w->indent = indent;
}

static void raw(jsonw *w, const char *s, size_t n) {
    if (!w->st)
        w->st = loyalp_buf_append(w->b, s, n);
}

static void newline(jsonw *w) {
    if (!w->indent)
        return;
    raw(w, "\n", 1);
    for (int i = 0; i < w->depth * w->indent; i++)
        raw(w, " ", 1);
}

/* Before a value: a comma and a newline unless it follows its key. */
static void before_value(jsonw *w) {
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->depth > 0) {
        if (w->has_items[w->depth])
            raw(w, ",", 1);
        w->has_items[w->depth] = true;
        newline(w);
    }
}

static void open(jsonw *w, char c) {
    before_value(w);
    raw(w, &c, 1);
    if (w->depth + 1 >= JSONW_MAX_DEPTH) {
        w->st = LOYAL_ERR_LIMIT;
        return;
    }
    w->has_items[++w->depth] = false;
}

static void close_(jsonw *w, char c) {
    bool items = w->has_items[w->depth];
    w->depth--;
    if (items)
        newline(w);
    raw(w, &c, 1);
}

void jw_obj(jsonw *w) {
    open(w, '{');
}
void jw_obj_end(jsonw *w) {
    close_(w, '}');
}
void jw_arr(jsonw *w) {
    open(w, '[');
}
void jw_arr_end(jsonw *w) {
    close_(w, ']');
}

void jw_strn(jsonw *w, const char *s, size_t n) {
    before_value(w);
    raw(w, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        raw(w, s + run, i - run);
        run = i + 1;
        char esc[8];
        switch (c) {
        case '"':
            raw(w, "\\\"", 2);
            break;
        case '\\':
            raw(w, "\\\\", 2);
            break;
        case '\n':
            raw(w, "\\n", 2);
            break;
        case '\r':
            raw(w, "\\r", 2);
            break;
        case '\t':
            raw(w, "\\t", 2);
            break;
        default:
            snprintf(esc, sizeof esc, "\\u%04x", c);
            raw(w, esc, 6);
        }
    }
    raw(w, s + run, n - run);
    raw(w, "\"", 1);
}

void jw_str(jsonw *w, const char *s) {
    if (!s)
        jw_null(w);
    else
        jw_strn(w, s, strlen(s));
}

void jw_key(jsonw *w, const char *key) {
    jw_str(w, key);
    raw(w, w->indent ? ": " : ":", w->indent ? 2 : 1);
    w->after_key = true;
}

void jw_format_double(double x, char out[32]) {
    if (x == 0) {
        snprintf(out, 32, "%s", signbit(x) ? "-0" : "0");
        return;
    }
    /* Whole numbers as integers ("100", not "1e+02"). */
    if (fabs(x) < 1e15 && x == floor(x)) {
        snprintf(out, 32, "%.0f", x);
        return;
    }
    for (int p = 1; p <= 17; p++) {
        snprintf(out, 32, "%.*g", p, x);
        if (strtod(out, NULL) == x)
            return;
    }
}

void jw_num(jsonw *w, double x) {
    if (!isfinite(x)) {
        jw_null(w);
        return;
    }
    char s[32];
    jw_format_double(x, s);
    before_value(w);
    raw(w, s, strlen(s));
}

void jw_int(jsonw *w, long x) {
    char s[32];
    int n = snprintf(s, sizeof s, "%ld", x);
    before_value(w);
    raw(w, s, (size_t)n);
}

void jw_bool(jsonw *w, bool x) {
    before_value(w);
    raw(w, x ? "true" : "false", x ? 4 : 5);
}

void jw_null(jsonw *w) {
    before_value(w);
    raw(w, "null", 4);
}

void jw_raw(jsonw *w, const char *json) {
    before_value(w);
    raw(w, json, strlen(json));
}
