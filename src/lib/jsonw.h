/* jsonw.h — a small JSON writer into a loyalp_buf, with shortest
 * round-trip numbers (CONTRACT.md: "never rounded") and NAN as null. */
#ifndef LOYAL_JSONW_H
#define LOYAL_JSONW_H

#include "buf.h"

#define JSONW_MAX_DEPTH 32

typedef struct jsonw {
    loyalp_buf *b;
    int indent; /* spaces per level; 0 = one line */
    int depth;
    bool has_items[JSONW_MAX_DEPTH];
    bool after_key;
    loyal_status st; /* the first failure; later calls do nothing */
} jsonw;

void jw_init(jsonw *w, loyalp_buf *b, int indent);
void jw_obj(jsonw *w);
void jw_obj_end(jsonw *w);
void jw_arr(jsonw *w);
void jw_arr_end(jsonw *w);
void jw_key(jsonw *w, const char *key);
void jw_str(jsonw *w, const char *s);
void jw_strn(jsonw *w, const char *s, size_t n);
void jw_num(jsonw *w, double x); /* NAN / inf → null */
void jw_int(jsonw *w, long x);
void jw_bool(jsonw *w, bool x);
void jw_null(jsonw *w);
/* A value already written as JSON text (e.g. a number in a fixed format). */
void jw_raw(jsonw *w, const char *json);
/* Writes the shortest text that reads back as x into out[32]. */
void jw_format_double(double x, char out[32]);

#endif
