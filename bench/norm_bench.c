/* bench/norm_bench.c — loyal's text normalization against utf8proc_map.
 *
 *   norm-bench CSV
 *
 * Reads every record's text with loyal's source (not timed), then:
 *   1. checks byte identity: on every text where loyal's own steps beyond
 *      utf8proc (accents off Latin letters, look-alike repair in mixed-script
 *      words, squeezing runs of 3+ identical letters) have nothing to do,
 *      loyal_text_normalize must give exactly utf8proc_map(NFKC | CASEFOLD |
 *      IGNORE) with ё → е (as tests/unit/test_text.c identical_to_utf8proc_map);
 *   2. times both over all texts (best of three): utf8proc_map, and
 *      loyal_text_normalize, which also builds the offset map and the tokens.
 * Prints one line; exits 1 if a text that should be identical is not.
 *   norm-bench: T texts (MB), I checked identical of C; utf8proc_map X MB/s,
 *               loyal Y MB/s: Z x
 */
#include "loyal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>

#define UTF8PROC_FLAGS (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | \
                        UTF8PROC_CASEFOLD | UTF8PROC_IGNORE)

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int script_of(int32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F))
        return 1;
    if (c >= 0x400 && c <= 0x52F)
        return 2;
    return 0;
}

/* True when loyal's steps beyond utf8proc have nothing to do on the
 * reference result r: no accented Latin letter or combining mark, no word
 * mixing Latin and Cyrillic letters, no run of 3+ identical letters. */
static bool plain(const char *r) {
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)r;
    int32_t c, prev = -1;
    int run = 0, word_scripts = 0;
    while (*p) {
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &c);
        if (n <= 0)
            return false;
        p += n;
        if ((c >= 0xC0 && c <= 0x24F) || (c >= 0x300 && c <= 0x36F))
            return false;
        int s = script_of(c);
        utf8proc_category_t cat = utf8proc_category(c);
        bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
        bool word = letter || (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_NO) ||
                    c == '-' || c == '\'' || c == 0x2019;
        if (!word)
            word_scripts = 0;
        else if (s)
            word_scripts |= s;
        if (word_scripts == 3)
            return false;
        run = letter && c == prev ? run + 1 : 1;
        if (run >= 3)
            return false;
        prev = c;
    }
    return true;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: norm-bench CSV\n");
        return 2;
    }
    loyal_error err;
    loyal_error_init(&err);
    loyal_source *src;
    loyal_source_options so;
    loyal_source_options_init(&so);
    if (loyal_source_open(&src, argv[1], &so, &err)) {
        fprintf(stderr, "norm-bench: %s: %s\n", err.file, err.message);
        return 1;
    }
    char **texts = NULL;
    size_t *lens = NULL, n = 0, cap = 0, bytes = 0;
    for (;;) {
        loyal_record rec;
        bool got;
        if (loyal_source_next(src, &rec, &got, &err) || !got)
            break;
        if (rec.skip || !rec.text)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            texts = realloc(texts, cap * sizeof *texts);
            lens = realloc(lens, cap * sizeof *lens);
            if (!texts || !lens)
                return 1;
        }
        if (!(texts[n] = malloc(rec.text_len + 1)))
            return 1;
        memcpy(texts[n], rec.text, rec.text_len + 1);
        lens[n] = rec.text_len;
        bytes += rec.text_len;
        n++;
    }
    loyal_source_free(src);

    loyal_text t;
    loyal_text_init(&t);
    size_t checked = 0, identical = 0, bad = 0;
    for (size_t i = 0; i < n; i++) {
        utf8proc_uint8_t *ref = NULL;
        if (utf8proc_map((const utf8proc_uint8_t *)texts[i], (utf8proc_ssize_t)lens[i], &ref,
                         UTF8PROC_FLAGS) < 0)
            continue;
        for (unsigned char *u = ref; *u; u++)
            if (u[0] == 0xD1 && u[1] == 0x91)
                u[0] = 0xD0, u[1] = 0xB5;
        if (plain((const char *)ref) && !loyal_text_normalize(&t, texts[i], lens[i], &err)) {
            checked++;
            if (!strcmp(t.norm, (const char *)ref))
                identical++;
            else if (bad++ < 5)
                fprintf(stderr, "norm-bench: differs:\n  text    %s\n  utf8proc %s\n  loyal   %s\n",
                        texts[i], (const char *)ref, t.norm);
        }
        free(ref);
    }

    /* Each side three times, the best of three: a shared machine's noise
     * only ever slows a run down. */
    double t_map = 1e30, t_loyal = 1e30;
    size_t sink = 0;
    for (int round = 0; round < 3; round++) {
        double t0 = now();
        for (size_t i = 0; i < n; i++) {
            utf8proc_uint8_t *ref = NULL;
            utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)texts[i],
                                              (utf8proc_ssize_t)lens[i], &ref, UTF8PROC_FLAGS);
            for (utf8proc_ssize_t k = 0; k + 1 < m; k++) /* and ё → е, as loyal does */
                if (ref[k] == 0xD1 && ref[k + 1] == 0x91)
                    ref[k] = 0xD0, ref[k + 1] = 0xB5;
            sink += (size_t)m;
            free(ref);
        }
        double t1 = now();
        for (size_t i = 0; i < n; i++)
            if (!loyal_text_normalize(&t, texts[i], lens[i], &err))
                sink += t.norm_len;
        double t2 = now();
        t_map = t1 - t0 < t_map ? t1 - t0 : t_map;
        t_loyal = t2 - t1 < t_loyal ? t2 - t1 : t_loyal;
    }
    loyal_text_clear(&t);

    double mb = (double)bytes / 1e6;
    printf("norm-bench: %zu texts (%.1f MB), %zu of %zu checked identical; utf8proc_map %.1f MB/s, "
           "loyal %.1f MB/s: %.2fx%s\n",
           n, mb, identical, checked, mb / t_map, mb / t_loyal, t_map / t_loyal,
           sink ? "" : " ");
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
    free(texts);
    free(lens);
    return bad ? 1 : 0;
}
