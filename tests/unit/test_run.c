/* test_run.c — the pipeline: accounting, groups, natural order, threads. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loyal.h"

Test(run, natural_order_of_period_labels) {
    cr_assert_lt(loyal_natural_cmp("2026Q2", "2026Q10"), 0);
    cr_assert_gt(loyal_natural_cmp("2026Q10", "2026Q9"), 0);
    cr_assert_lt(loyal_natural_cmp("2025Q4", "2026Q1"), 0);
    cr_assert_eq(loyal_natural_cmp("2026-03", "2026-03"), 0);
    cr_assert_lt(loyal_natural_cmp("2026-3", "2026-03x"), 0);
    cr_assert_lt(loyal_natural_cmp("", "a"), 0);
    cr_assert_lt(loyal_natural_cmp("week 9", "week 10"), 0);
}

static const loyal_summary *run_file(loyal_run **run, loyal_lexicon *lex, const char *path,
                                     size_t threads) {
    loyal_run_options opt;
    loyal_run_options_init(&opt);
    opt.threads = threads;
    opt.source.segment_cols[0] = "квартал";
    opt.source.n_segment_cols = 1;
    opt.source.period_col = "квартал";
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_run_create(run, lex, &opt, &err), LOYAL_OK, "%s", err.message);
    cr_assert_eq(loyal_run_file(*run, path, &err), LOYAL_OK, "%s", err.message);
    loyal_run_finish(*run);
    return loyal_run_summary(*run);
}

Test(run, counts_groups_and_threads_agree) {
    loyal_lexicon *lex = NULL;
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/lexicon/golden", NULL), LOYAL_OK);
    loyal_run *a = NULL, *b = NULL;
    const loyal_summary *s1 = run_file(&a, lex, "tests/golden/segments_periods/input.csv", 1);
    const loyal_summary *s3 = run_file(&b, lex, "tests/golden/segments_periods/input.csv", 3);
    for (const loyal_summary *s = s1; s; s = s == s1 ? s3 : NULL) {
        cr_assert_eq(s->counts.read, 12);
        cr_assert_eq(s->counts.used, 12);
        cr_assert_eq(s->stats->all.n, 12);
        cr_assert_eq(s->n_periods, 3);
        cr_assert_str_eq(s->periods[0].value, "2025Q4"); /* natural order, not file order */
        cr_assert_str_eq(s->periods[2].value, "2026Q2");
        cr_assert_eq(s->periods[0].stats->all.n, 4);
        cr_assert_eq(s->n_segments, 3);
    }
    /* the same sums, bit for bit */
    cr_assert_eq(memcmp(&s1->stats->all, &s3->stats->all, sizeof s1->stats->all), 0);
    for (size_t t = 0; t < s1->stats->n_themes; t++)
        cr_assert_eq(memcmp(&s1->stats->theme[t], &s3->stats->theme[t], sizeof(loyal_sums)), 0);
    loyal_run_free(a);
    loyal_run_free(b);
    loyal_lexicon_free(lex);
}

Test(run, too_many_groups_is_an_error) {
    loyal_lexicon *lex = NULL;
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/lexicon/golden", NULL), LOYAL_OK);
    char path[] = "/tmp/loyal-test-groups-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "id,nps,comment\n");
    for (int i = 0; i < LOYAL_MAX_GROUPS + 5; i++)
        fprintf(f, "%d,9,ok\n", i);
    fclose(f);
    loyal_run_options opt;
    loyal_run_options_init(&opt);
    opt.threads = 1;
    opt.source.segment_cols[0] = "id";
    opt.source.n_segment_cols = 1;
    loyal_run *run = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_run_create(&run, lex, &opt, &err), LOYAL_OK);
    cr_assert_eq(loyal_run_file(run, path, &err), LOYAL_ERR_LIMIT);
    cr_assert_str_eq(err.message, "segment column 'id' has more than 1000 distinct values");
    loyal_run_free(run);
    loyal_lexicon_free(lex);
    remove(path);
}
