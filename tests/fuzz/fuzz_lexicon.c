/* fuzz_lexicon.c — any bytes as a theme file: load and check report
 * problems with positions, never crash or leak. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loyal.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    char dir[] = "/tmp/loyal-fuzzlex-XXXXXX";
    if (!mkdtemp(dir))
        return 0;
    char path[64];
    snprintf(path, sizeof path, "%s/t.lex", dir);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(data, 1, size, f);
        fclose(f);
        loyal_lexicon *lex = NULL;
        if (loyal_lexicon_load(&lex, dir, NULL) == LOYAL_OK) {
            loyal_expect_failure *fails = NULL;
            size_t n = 0;
            loyal_lexicon_test(lex, &fails, &n, NULL);
            free(fails);
            loyal_lexicon_free(lex);
        }
        loyal_problem *p = NULL;
        size_t n = 0;
        if (loyal_lexicon_check(dir, &p, &n, NULL) == LOYAL_OK)
            for (size_t i = 0; i < n; i++)
                if (p[i].line < 1 || p[i].column < 1)
                    abort(); /* every problem has a position */
        free(p);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}
