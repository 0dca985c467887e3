/* bench/hs_scan.c — the machine's limit for matching: one Hyperscan scan
 * per comment with the prefilter database of a lexicon, and nothing else.
 *
 *   hs-scan CSV LEXDIR [terms|regexes]
 *
 * Reads every record's text with loyal's source and normalizes it (not
 * timed), then times scanning every normalized text with the lexicon's
 * prefilter (the same patterns `rank` uses: widened regexes and term
 * literals; `terms` or `regexes` keeps only that kind). Prints one line:
 *   hs-scan: ROWS rows, MB MB (file), S s: X MB/s of file, Y MB/s of text,
 *            C candidates/row, build B s (cache|compiled), db D bytes
 * MB/s of file is the figure comparable with `rank` and the baseline.
 */
#include "lexicon.h"
#include "prefilter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const loyal_error *e) {
    fprintf(stderr, "hs-scan: %s: %s\n", e->file, e->message);
    exit(1);
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: hs-scan CSV LEXDIR [terms|regexes]\n");
        return 2;
    }
    const char *only = argc == 4 ? argv[3] : "";
    loyal_error err;
    loyal_error_init(&err);
    /* Load the lexicon without its prefilter, then build one of our own. */
    setenv("LOYAL_PREFILTER", "0", 1);
    loyal_lexicon *lex;
    if (loyal_lexicon_load(&lex, argv[2], &err))
        die(&err);
    if (*only) {
        /* Keep one kind: turn the other rules into terms with no words,
         * which give no pattern (always candidates; not counted below). */
        for (size_t i = 0; i < lex->n_rules; i++) {
            bool term = lex->rules[i].info.kind == LOYAL_RULE_TERM;
            if (term != !strcmp(only, "terms")) {
                lex->rules[i].info.kind = LOYAL_RULE_TERM;
                lex->rules[i].n_words = 0;
            }
        }
    }
    loyalp_prefilter *pf;
    if (loyalp_prefilter_build(&pf, lex, NULL, &err))
        die(&err);
    if (!pf) {
        fprintf(stderr, "hs-scan: no prefilter (Hyperscan not built in)\n");
        return 1;
    }
    const loyalp_pf_info *info = loyalp_prefilter_info(pf);

    /* Every normalized text, one after the other, NUL-separated. */
    loyal_source *src;
    loyal_source_options so;
    loyal_source_options_init(&so);
    if (loyal_source_open(&src, argv[1], &so, &err))
        die(&err);
    loyal_text text;
    loyal_text_init(&text);
    char *all = NULL;
    size_t len = 0, cap = 0, rows = 0;
    size_t *offs = NULL, offs_cap = 0;
    for (;;) {
        loyal_record rec;
        bool got;
        if (loyal_source_next(src, &rec, &got, &err))
            die(&err);
        if (!got)
            break;
        if (rec.skip || !rec.text || loyal_text_normalize(&text, rec.text, rec.text_len, &err))
            continue;
        if (len + text.norm_len + 1 > cap) {
            cap = (len + text.norm_len + 1) * 2;
            if (!(all = realloc(all, cap)))
                return 1;
        }
        if (rows + 2 > offs_cap) {
            offs_cap = (rows + 2) * 2;
            if (!(offs = realloc(offs, offs_cap * sizeof *offs)))
                return 1;
        }
        offs[rows++] = len;
        memcpy(all + len, text.norm, text.norm_len + 1);
        len += text.norm_len + 1;
    }
    loyal_text_clear(&text);
    loyal_source_free(src);
    if (offs)
        offs[rows] = len;

    loyalp_pf_scratch *s;
    if (loyalp_pf_scratch_create(&s, pf))
        return 1;
    size_t cands = 0;
    double t0 = now();
    for (size_t r = 0; r < rows; r++) {
        const uint32_t *ids;
        loyalp_prefilter_scan(pf, s, all + offs[r], offs[r + 1] - offs[r] - 1);
        cands += loyalp_prefilter_candidates(pf, s, &ids) - info->always;
    }
    double secs = now() - t0;
    struct stat st;
    double file_mb = stat(argv[1], &st) ? 0 : (double)st.st_size / 1e6;
    printf("hs-scan: %zu rows, %.1f MB (file), %.3f s: %.1f MB/s of file, %.1f MB/s of text, "
           "%.2f candidates/row, build %.2f s (%s), db %zu bytes, %zu of %zu rules in db\n",
           rows, file_mb, secs, file_mb / secs, (double)(len - rows) / 1e6 / secs,
           rows ? (double)cands / (double)rows : 0.0, info->build_secs,
           info->from_cache ? "cache" : "compiled", info->db_bytes, info->in_db, info->rules);
    loyalp_pf_scratch_free(s);
    loyalp_prefilter_free(pf);
    loyal_lexicon_free(lex);
    free(all);
    free(offs);
    return 0;
}
