/* output.c — outputs written to a temporary file and renamed into place. */
#include "error.h"
#include "loyal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct loyal_output {
    FILE *f;
    char *path; /* NULL for stdout */
    char *tmp;
    bool failed;
};

static loyal_status write_error(loyal_output *o, loyal_error *err, int e) {
    o->failed = true;
    return loyalp_error(err, LOYAL_ERR_OUTPUT, o->path ? o->path : "<stdout>", 0, 0,
                        "cannot write: %s", strerror(e));
}

loyal_status loyal_output_open(loyal_output **out, const char *path, loyal_error *err) {
    *out = NULL;
    loyal_output *o = calloc(1, sizeof *o);
    if (!o)
        return loyalp_nomem(err);
    if (!strcmp(path, "-")) {
        o->f = stdout;
        *out = o;
        return LOYAL_OK;
    }
    size_t n = strlen(path);
    o->path = malloc(n + 1);
    o->tmp = malloc(n + 16);
    if (!o->path || !o->tmp) {
        loyal_output_abort(o);
        return loyalp_nomem(err);
    }
    memcpy(o->path, path, n + 1);
    snprintf(o->tmp, n + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        int e = errno;
        free(o->tmp);
        o->tmp = NULL;
        loyalp_error(err, LOYAL_ERR_OUTPUT, path, 0, 0, "cannot create: %s", strerror(e));
        loyalp_error_hint(err, "check that the folder exists and is writable");
        loyal_output_abort(o);
        return LOYAL_ERR_OUTPUT;
    }
    /* mkstemp makes the file private (0600); an output is an ordinary file,
     * readable as the user's umask allows. */
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);
    o->f = fdopen(fd, "wb");
    if (!o->f) {
        int e = errno;
        close(fd);
        loyalp_error(err, LOYAL_ERR_OUTPUT, path, 0, 0, "cannot create: %s", strerror(e));
        loyal_output_abort(o);
        return LOYAL_ERR_OUTPUT;
    }
    *out = o;
    return LOYAL_OK;
}

loyal_status loyal_output_write(loyal_output *o, const void *data, size_t len,
                                loyal_error *err) {
    if (o->failed)
        return LOYAL_ERR_OUTPUT;
    if (len && fwrite(data, 1, len, o->f) != len)
        return write_error(o, err, errno);
    return LOYAL_OK;
}

loyal_status loyal_output_commit(loyal_output *o, loyal_error *err) {
    if (!o)
        return LOYAL_OK;
    loyal_status st = o->failed ? LOYAL_ERR_OUTPUT : LOYAL_OK;
    if (!st && fflush(o->f) != 0)
        st = write_error(o, err, errno);
    if (o->path) {
        if (fclose(o->f) != 0 && !st)
            st = write_error(o, err, errno);
        o->f = NULL;
        if (!st && rename(o->tmp, o->path) != 0)
            st = write_error(o, err, errno);
        if (st)
            unlink(o->tmp);
    }
    free(o->path);
    free(o->tmp);
    free(o);
    return st;
}

void loyal_output_abort(loyal_output *o) {
    if (!o)
        return;
    if (o->path && o->f)
        fclose(o->f);
    if (o->tmp && o->path)
        unlink(o->tmp);
    free(o->path);
    free(o->tmp);
    free(o);
}
