/* buf.h — a growable byte buffer with a cap (private to the library).
 * The data is always NUL-terminated after `len` bytes once anything has been
 * appended. */
#ifndef LOYAL_BUF_H
#define LOYAL_BUF_H

#include "loyal.h"

typedef struct loyalp_buf {
    char *data;
    size_t len, cap;
    size_t max; /* 0 = no cap */
} loyalp_buf;

void loyalp_buf_init(loyalp_buf *b, size_t max);
void loyalp_buf_clear(loyalp_buf *b); /* frees */
void loyalp_buf_reset(loyalp_buf *b); /* len = 0, keeps memory */
/* Makes room for `extra` more bytes plus a NUL. LOYAL_ERR_LIMIT past max,
 * LOYAL_ERR_NOMEM when allocation fails. */
loyal_status loyalp_buf_reserve(loyalp_buf *b, size_t extra);
loyal_status loyalp_buf_append(loyalp_buf *b, const void *p, size_t n);
loyal_status loyalp_buf_putc(loyalp_buf *b, char c);
/* Appends printf-style text (any length). */
loyal_status loyalp_buf_printf(loyalp_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends s[0..n) as an RFC 4180 CSV field: quoted, with quotes doubled. */
loyal_status loyalp_buf_csv_field(loyalp_buf *b, const char *s, size_t n);
/* Writes b to o when st is OK (an allocation failure while building b
 * becomes LOYAL_ERR_NOMEM in err), then frees b. Returns the status. */
loyal_status loyalp_buf_flush(loyalp_buf *b, loyal_status st, loyal_output *o, loyal_error *err);

/* Makes room for element n of the array *v of `size`-byte elements whose
 * capacity is *cap: when n == *cap the capacity doubles (from `first`).
 * LOYAL_ERR_NOMEM when allocation fails, the array then unchanged. The one
 * growth rule for the library's arrays. */
loyal_status loyalp_grow(void **v, size_t *cap, size_t n, size_t size, size_t first);

/* A NUL-terminated copy of s[0..n); NULL when out of memory. Caller frees. */
char *loyalp_strndup(const char *s, size_t n);

/* A copy of the first `chars` characters of UTF-8 s[0..len), with "…"
 * when cut; with one_line, newlines and tabs become spaces. NULL when out
 * of memory. Caller frees. */
char *loyalp_excerpt(const char *s, size_t len, size_t chars, bool one_line);

/* Appends a code point as UTF-8. */
loyal_status loyalp_buf_put_utf8(loyalp_buf *b, uint32_t cp);

#endif
