/* bench/hs_scan.c — the machine's limit for matching: every rule of a
 * lexicon in one Hyperscan database, one scan per comment, nothing else.
 *
 *   hs-scan CSV LEXDIR
 *
 * Reads every record's text with loyal's source and normalizes it (not
 * timed), compiles one database (HS_MODE_BLOCK, SINGLEMATCH) with a pattern
 * per rule — a regex's superset as the prefilter builds it
 * (loyalp_regex_widen), a term's longest word as a literal (a stem less its
 * last two characters, a prefix, a suffix) — and times scanning every
 * normalized text with it (best of three). No confirm, no tokens, no
 * statistics: an upper bound for any matcher of these rules. Prints:
 *   hs-scan: ROWS rows, MB MB (file), S s: X MB/s of file, Y MB/s of text,
 *            C matching rules/row, P of R rules in db, compiled in B s
 * MB/s of file is the figure comparable with `rank` and the baseline.
 */
#include "lexicon.h"
#include "prefilter.h"

#include <hs/hs.h>
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

/* A term's longest word as a Hyperscan literal (\xHH for every byte). */
static char *term_pattern(const loyalp_rule *r) {
    const loyalp_word *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < r->n_words; i++) {
        const loyalp_word *w = &r->words[i];
        size_t n = w->len;
        for (int drop = 0; !w->prefix && !w->suffix && drop < 2 && n > 0; drop++)
            do
                n--;
            while (n > 0 && ((unsigned char)w->s[n] & 0xC0) == 0x80);
        if (n > best_len) {
            best = w;
            best_len = n;
        }
    }
    if (!best)
        return NULL;
    char *p = malloc(4 * best_len + 1);
    if (!p)
        return NULL;
    for (size_t i = 0; i < best_len; i++)
        snprintf(p + 4 * i, 5, "\\x%02x", (unsigned char)best->s[i]);
    return p;
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to,
                    unsigned flags, void *ctx) {
    (void)id, (void)from, (void)to, (void)flags;
    (*(size_t *)ctx)++;
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: hs-scan CSV LEXDIR\n");
        return 2;
    }
    loyal_error err;
    loyal_error_init(&err);
    setenv("LOYAL_PREFILTER", "0", 1); /* the lexicon's rules only */
    loyal_lexicon *lex;
    if (loyal_lexicon_load(&lex, argv[2], &err))
        die(&err);

    size_t n = lex->n_rules, in_db = 0;
    const char **exprs = calloc(n + 1, sizeof *exprs);
    unsigned *flags = calloc(n + 1, sizeof *flags), *ids = calloc(n + 1, sizeof *ids);
    if (!exprs || !flags || !ids)
        return 1;
    for (size_t i = 0; i < n; i++) {
        const loyalp_rule *r = &lex->rules[i];
        char *p = r->info.kind == LOYAL_RULE_TERM ? term_pattern(r)
                                                  : loyalp_regex_widen(r->info.source);
        if (!p)
            continue;
        exprs[in_db] = p;
        flags[in_db] = HS_FLAG_DOTALL | HS_FLAG_SINGLEMATCH | HS_FLAG_PREFILTER;
        ids[in_db] = (unsigned)i;
        in_db++;
    }
    hs_database_t *db = NULL;
    hs_compile_error_t *ce = NULL;
    double t0 = now();
    if (hs_compile_multi(exprs, flags, ids, (unsigned)in_db, HS_MODE_BLOCK, NULL, &db, &ce) !=
        HS_SUCCESS) {
        fprintf(stderr, "hs-scan: %s (pattern %d)\n", ce ? ce->message : "compile failed",
                ce ? ce->expression : -1);
        return 1;
    }
    double compile_secs = now() - t0;
    hs_scratch_t *scratch = NULL;
    if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS)
        return 1;

    /* Every normalized text, one after the other, NUL-separated. */
    loyal_source *src;
    loyal_source_options so;
    loyal_source_options_init(&so);
    if (loyal_source_open(&src, argv[1], &so, &err))
        die(&err);
    loyal_text text;
    loyal_text_init(&text);
    char *all = NULL;
    size_t len = 0, cap = 0, rows = 0, *offs = NULL, offs_cap = 0;
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

    double secs = 1e30;
    size_t hits = 0;
    for (int round = 0; round < 3; round++) {
        hits = 0;
        t0 = now();
        for (size_t r = 0; r < rows; r++)
            hs_scan(db, all + offs[r], (unsigned)(offs[r + 1] - offs[r] - 1), 0, scratch,
                    on_match, &hits);
        double s = now() - t0;
        secs = s < secs ? s : secs;
    }
    struct stat st;
    double file_mb = stat(argv[1], &st) ? 0 : (double)st.st_size / 1e6;
    printf("hs-scan: %zu rows, %.1f MB (file), %.3f s: %.1f MB/s of file, %.1f MB/s of text, "
           "%.2f matching rules/row, %zu of %zu rules in db, compiled in %.2f s\n",
           rows, file_mb, secs, file_mb / secs, (double)(len - rows) / 1e6 / secs,
           rows ? (double)hits / (double)rows : 0.0, in_db, n, compile_secs);
    hs_free_scratch(scratch);
    hs_free_database(db);
    for (size_t i = 0; i < in_db; i++)
        free((char *)exprs[i]);
    free(exprs);
    free(flags);
    free(ids);
    loyal_lexicon_free(lex);
    free(all);
    free(offs);
    return 0;
}
