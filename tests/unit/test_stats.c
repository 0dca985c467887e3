/* test_stats.c — sufficient statistics: sums, stats, and exact merging. */
#include "loyal.h"

#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

Test(sums, add_counts_and_weights) {
    loyal_sums s;
    memset(&s, 0, sizeof s);
    /* Rows (y, w, class): (100, 1, P), (0, 2, Pa), (-100, 0.5, D). */
    loyal_sums_add(&s, 100, 1, LOYAL_CLASS_PROMOTER);
    loyal_sums_add(&s, 0, 2, LOYAL_CLASS_PASSIVE);
    loyal_sums_add(&s, -100, 0.5, LOYAL_CLASS_DETRACTOR);
    cr_assert_eq(s.n, 3);
    cr_assert(s.cls[0] == 1 && s.cls[1] == 1 && s.cls[2] == 1);
    cr_assert_eq(s.w, 3.5);     /* 1 + 2 + 0.5 */
    cr_assert_eq(s.w2, 5.25);   /* 1 + 4 + 0.25 */
    cr_assert_eq(s.wy, 50);     /* 100 − 50 */
    cr_assert_eq(s.wy2, 15000); /* 10000 + 0 + 5000 */
    cr_assert(s.wcls[0] == 1 && s.wcls[1] == 2 && s.wcls[2] == 0.5);
}

Test(sums, merge_and_sub) {
    loyal_sums a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    loyal_sums_add(&a, 100, 1, LOYAL_CLASS_PROMOTER);
    loyal_sums_add(&a, -100, 3, LOYAL_CLASS_DETRACTOR);
    loyal_sums_add(&b, 0, 2, LOYAL_CLASS_PASSIVE);
    loyal_sums ab = a;
    loyal_sums_merge(&ab, &b);
    cr_assert_eq(ab.n, 3);
    cr_assert_eq(ab.w, 6);
    cr_assert_eq(ab.w2, 14);
    cr_assert_eq(ab.wy, -200);
    cr_assert_eq(ab.wy2, 40000);
    cr_assert(ab.cls[0] == 1 && ab.cls[1] == 1 && ab.cls[2] == 1);
    loyal_sums back = loyal_sums_sub(&ab, &b);
    cr_assert_eq(memcmp(&back, &a, sizeof a), 0);
    /* Nothing left: every weighted sum is exactly 0, whatever the rounding. */
    loyal_sums c;
    memset(&c, 0, sizeof c);
    loyal_sums_add(&c, 1.0 / 3.0, 0.1, LOYAL_CLASS_PASSIVE);
    loyal_sums_add(&c, 2.0 / 3.0, 0.7, LOYAL_CLASS_PASSIVE);
    loyal_sums d;
    memset(&d, 0, sizeof d);
    loyal_sums_add(&d, 2.0 / 3.0, 0.7, LOYAL_CLASS_PASSIVE);
    loyal_sums_add(&d, 1.0 / 3.0, 0.1, LOYAL_CLASS_PASSIVE);
    loyal_sums zero = loyal_sums_sub(&c, &d);
    cr_assert_eq(zero.n, 0);
    cr_assert(zero.w == 0 && zero.w2 == 0 && zero.wy == 0 && zero.wy2 == 0);
    cr_assert(zero.wcls[0] == 0 && zero.wcls[1] == 0 && zero.wcls[2] == 0);
}

Test(stats, create_zeroed_and_free_null) {
    loyal_stats *st = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_stats_create(&st, 3, &err), LOYAL_OK);
    cr_assert_eq(st->n_themes, 3);
    cr_assert_eq(st->all.n, 0);
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(st->theme[i].n, 0);
        cr_assert_eq(st->xy[i], 0);
        for (int p = 0; p < 3; p++)
            cr_assert_eq(st->polarity[i][p], 0);
    }
    for (size_t i = 0; i < 9; i++)
        cr_assert_eq(st->xx[i], 0);
    loyal_stats_free(st);
    loyal_stats_free(NULL);
    cr_assert_eq(loyal_stats_create(&st, 0, &err), LOYAL_OK);
    cr_assert_eq(st->n_themes, 0);
    loyal_stats_free(st);
}

Test(stats, create_too_many_themes) {
    loyal_stats *st = (loyal_stats *)1;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_stats_create(&st, (size_t)1 << 40, &err), LOYAL_ERR_LIMIT);
    cr_assert_null(st);
    cr_assert_eq(err.status, LOYAL_ERR_LIMIT);
}

Test(stats, add_row_fills_every_sum) {
    loyal_stats *st;
    cr_assert_eq(loyal_stats_create(&st, 3, NULL), LOYAL_OK);
    size_t t01[] = {0, 2};
    loyal_polarity p01[] = {LOYAL_POLARITY_NEGATIVE, LOYAL_POLARITY_POSITIVE};
    /* Row 1: y = −100, w = 2, detractor, themes 0 (negative) and 2 (positive). */
    loyal_stats_add(st, -100, 2, LOYAL_CLASS_DETRACTOR, true, t01, p01, 2);
    /* Row 2: y = 100, w = 1, promoter, theme 2 with no polarity given. */
    size_t t2[] = {2};
    loyal_stats_add(st, 100, 1, LOYAL_CLASS_PROMOTER, true, t2, NULL, 1);
    /* Row 3: no text, no theme. */
    loyal_stats_add(st, 0, 1, LOYAL_CLASS_PASSIVE, false, NULL, NULL, 0);
    /* Row 4: text, an out-of-range theme index only: counts as untagged. */
    size_t bad[] = {7};
    loyal_stats_add(st, 0, 1, LOYAL_CLASS_PASSIVE, true, bad, NULL, 1);

    cr_assert_eq(st->all.n, 4);
    cr_assert_eq(st->all.w, 5);
    cr_assert_eq(st->comments, 3);
    cr_assert_eq(st->tagged, 2);
    cr_assert_eq(st->theme[0].n, 1);
    cr_assert_eq(st->theme[0].wy, -200);
    cr_assert_eq(st->theme[1].n, 0);
    cr_assert_eq(st->theme[2].n, 2);
    cr_assert_eq(st->theme[2].w, 3);
    cr_assert_eq(st->polarity[0][LOYAL_POLARITY_NEGATIVE], 1);
    cr_assert_eq(st->polarity[2][LOYAL_POLARITY_POSITIVE], 1);
    cr_assert_eq(st->polarity[2][LOYAL_POLARITY_NEUTRAL], 1);
    /* xx: Σw·x_i·x_j; the diagonal is theme[i].w. */
    cr_assert_eq(st->xx[0 * 3 + 0], 2);
    cr_assert_eq(st->xx[0 * 3 + 2], 2);
    cr_assert_eq(st->xx[2 * 3 + 0], 2);
    cr_assert_eq(st->xx[2 * 3 + 2], 3);
    cr_assert_eq(st->xx[1 * 3 + 1], 0);
    /* xy: Σw·x_i·y. */
    cr_assert_eq(st->xy[0], -200);
    cr_assert_eq(st->xy[1], 0);
    cr_assert_eq(st->xy[2], -100);
    loyal_stats_free(st);
}

/* A deterministic stream of rows for the merge tests. */
static uint64_t rng_next(uint64_t *s) {
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void add_random_row(loyal_stats *st, uint64_t *seed) {
    static const double ys[] = {-100, 0, 100};
    uint64_t r = rng_next(seed);
    loyal_class c = (loyal_class)(r % 3);
    double w = 0.25 * (double)(1 + (r >> 8) % 8);
    size_t themes[4];
    loyal_polarity pol[4];
    size_t n = 0;
    for (size_t i = 0; i < 4; i++)
        if ((r >> (16 + i)) & 1) {
            themes[n] = i;
            pol[n++] = (loyal_polarity)((r >> (24 + 2 * i)) % 3);
        }
    loyal_stats_add(st, ys[2 - c], w, c, (r >> 40) & 1, themes, pol, n);
}

static void assert_sums_eq(const loyal_sums *a, const loyal_sums *b) {
    cr_assert_eq(a->n, b->n);
    for (int k = 0; k < 3; k++) {
        cr_assert_eq(a->cls[k], b->cls[k]);
        cr_assert_float_eq(a->wcls[k], b->wcls[k], 1e-9);
    }
    cr_assert_float_eq(a->w, b->w, 1e-9);
    cr_assert_float_eq(a->w2, b->w2, 1e-9);
    cr_assert_float_eq(a->wy, b->wy, 1e-9);
    cr_assert_float_eq(a->wy2, b->wy2, 1e-9);
}

Test(stats, merge_equals_one_pass) {
    loyal_stats *one, *a, *b;
    cr_assert_eq(loyal_stats_create(&one, 4, NULL), LOYAL_OK);
    cr_assert_eq(loyal_stats_create(&a, 4, NULL), LOYAL_OK);
    cr_assert_eq(loyal_stats_create(&b, 4, NULL), LOYAL_OK);
    uint64_t s1 = 7, s2 = 7;
    for (int i = 0; i < 1000; i++)
        add_random_row(one, &s1);
    for (int i = 0; i < 1000; i++)
        add_random_row(i < 377 ? a : b, &s2);
    loyal_stats_merge(a, b);
    assert_sums_eq(&a->all, &one->all);
    cr_assert_eq(a->comments, one->comments);
    cr_assert_eq(a->tagged, one->tagged);
    for (size_t i = 0; i < 4; i++) {
        assert_sums_eq(&a->theme[i], &one->theme[i]);
        for (int p = 0; p < 3; p++)
            cr_assert_eq(a->polarity[i][p], one->polarity[i][p]);
        cr_assert_float_eq(a->xy[i], one->xy[i], 1e-9);
        for (size_t j = 0; j < 4; j++)
            cr_assert_float_eq(a->xx[i * 4 + j], one->xx[i * 4 + j], 1e-9);
    }
    loyal_stats_free(one);
    loyal_stats_free(a);
    loyal_stats_free(b);
}

Test(stats, merge_mismatch_is_a_no_op) {
    loyal_stats *a, *b;
    cr_assert_eq(loyal_stats_create(&a, 2, NULL), LOYAL_OK);
    cr_assert_eq(loyal_stats_create(&b, 3, NULL), LOYAL_OK);
    loyal_stats_add(b, 100, 1, LOYAL_CLASS_PROMOTER, true, NULL, NULL, 0);
    loyal_stats_merge(a, b);
    cr_assert_eq(a->all.n, 0);
    loyal_stats_merge(a, NULL);
    loyal_stats_free(a);
    loyal_stats_free(b);
}
