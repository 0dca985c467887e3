/* fuzz_source.c — any bytes as a CSV / JSON Lines file: every record comes
 * back used or skipped, nothing crashes, nothing leaks. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "loyal.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    char path[] = "/tmp/loyal-fuzz-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    /* The first byte picks the format, so both readers get fuzzed. */
    for (int f = 0; f < 2; f++) {
        loyal_source_options opt;
        loyal_source_options_init(&opt);
        opt.format = f ? LOYAL_FORMAT_JSONL : LOYAL_FORMAT_CSV;
        opt.text_cols[0] = "1";
        opt.n_text_cols = 1;
        opt.max_record_bytes = 1 << 16;
        loyal_source *src = NULL;
        loyal_error err;
        loyal_error_init(&err);
        if (loyal_source_open(&src, path, &opt, &err) == LOYAL_OK) {
            loyal_record rec;
            bool got = true;
            while (got && loyal_source_next(src, &rec, &got, &err) == LOYAL_OK)
                if (got && rec.line < 1)
                    abort(); /* every record knows its line */
            loyal_source_free(src);
        }
    }
    unlink(path);
    return 0;
}
