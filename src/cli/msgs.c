/* msgs.c — messages to stderr and exit statuses. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

int cli_exit_for(loyal_status st) {
    switch (st) {
    case LOYAL_OK:
        return EXIT_DONE;
    case LOYAL_ERR_USAGE:
        return EXIT_USAGE;
    case LOYAL_ERR_OUTPUT:
        return EXIT_OUTPUT;
    default:
        return EXIT_INPUT;
    }
}

int cli_fail(const loyal_error *err) {
    fprintf(stderr, "loyal: ");
    if (err->file[0]) {
        fprintf(stderr, "%s:", err->file);
        if (err->line > 0) {
            fprintf(stderr, "%ld:", err->line);
            if (err->column > 0)
                fprintf(stderr, "%ld:", err->column);
        }
        fputc(' ', stderr);
    }
    fprintf(stderr, "%s\n", err->message[0] ? err->message : loyal_strerror(err->status));
    if (err->hint[0])
        fprintf(stderr, "loyal: hint: %s\n", err->hint);
    return cli_exit_for(err->status);
}

int cli_usage(const char *hint, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "loyal: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (hint)
        fprintf(stderr, "loyal: hint: %s\n", hint);
    return EXIT_USAGE;
}

int cli_write_output(const char *path,
                     loyal_status (*write)(loyal_output *, const void *, loyal_error *),
                     const void *arg) {
    loyal_output *out = NULL;
    loyal_error err;
    loyal_error_init(&err);
    loyal_status st = loyal_output_open(&out, path, &err);
    if (!st && (st = write(out, arg, &err)))
        loyal_output_abort(out);
    else if (!st)
        st = loyal_output_commit(out, &err);
    return st ? cli_fail(&err) : 0;
}

const char *cli_lexicon_dir(const char *given) {
    if (given)
        return given;
    const char *env = getenv("LOYAL_LEXICON");
    if (env && *env)
        return env;
    /* The bundled lexicon of the source tree the binary was built from,
     * else ./lexicons. */
    if (access(LOYAL_DEFAULT_LEXICON, F_OK) == 0)
        return LOYAL_DEFAULT_LEXICON;
    return "lexicons";
}

int cli_load_lexicon(const char *dir, loyal_lexicon **out) {
    loyal_error err;
    loyal_error_init(&err);
    if (loyal_lexicon_load(out, dir, &err))
        return cli_fail(&err);
    return 0;
}
