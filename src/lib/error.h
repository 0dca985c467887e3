/* error.h — private helpers to fill a loyal_error (first error wins). */
#ifndef LOYAL_ERROR_H
#define LOYAL_ERROR_H

#include "loyal.h"

/* Sets err (when not NULL and still LOYAL_OK) to status, file, line,
 * column and a printf-style message; returns status, so callers write
 * `return loyalp_error(err, LOYAL_ERR_IO, path, 0, 0, "cannot open: %s", …)`. */
loyal_status loyalp_error(loyal_error *err, loyal_status status, const char *file, long line,
                          long column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Adds a hint to err (keeps the first hint). */
void loyalp_error_hint(loyal_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Shorthand for an allocation failure. */
loyal_status loyalp_nomem(loyal_error *err);

#endif
