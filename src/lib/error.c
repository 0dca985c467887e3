/* error.c — status names and the loyal_error struct. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const status_names[LOYAL_STATUS__COUNT] = {
    [LOYAL_OK] = "ok",
    [LOYAL_ERR_NOMEM] = "out of memory",
    [LOYAL_ERR_USAGE] = "usage error",
    [LOYAL_ERR_IO] = "input unreadable",
    [LOYAL_ERR_INPUT] = "input malformed",
    [LOYAL_ERR_LEXICON] = "lexicon malformed",
    [LOYAL_ERR_LIMIT] = "limit exceeded",
    [LOYAL_ERR_OUTPUT] = "output not written",
    [LOYAL_ERR_ENCODING] = "invalid encoding",
    [LOYAL_ERR_REGEX] = "regex match limit",
};

const char *loyal_strerror(loyal_status status) {
    if ((unsigned)status >= LOYAL_STATUS__COUNT)
        return "unknown status";
    return status_names[status];
}

void loyal_error_init(loyal_error *err) {
    if (err)
        memset(err, 0, sizeof *err);
}

loyal_status loyalp_error(loyal_error *err, loyal_status status, const char *file, long line,
                          long column, const char *fmt, ...) {
    if (!err || err->status != LOYAL_OK)
        return status;
    err->status = status;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = column;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    err->hint[0] = '\0';
    return status;
}

void loyalp_error_hint(loyal_error *err, const char *fmt, ...) {
    if (!err || err->hint[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->hint, sizeof err->hint, fmt, ap);
    va_end(ap);
}

loyal_status loyalp_nomem(loyal_error *err) {
    return loyalp_error(err, LOYAL_ERR_NOMEM, NULL, 0, 0, "out of memory");
}
