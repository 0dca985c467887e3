/* test_rank.c — the ranking: scores and intervals, impact, p, q (BH), roles,
 * order, importance (relative weights), weights (Kish), period changes, and
 * a planted-effects simulation.
 *
 * Every expected number is worked by hand in the comment beside it; the
 * digits come from tests/stats/expected.py, which computes the same formulas
 * with mpmath at 40 digits, independently of the library and of GSL. */
#include "loyal.h"
#include "rank.h"
#include "relweight.h"

#include "../stats/planted.h"

#include <criterion/criterion.h>
#include <gsl/gsl_multifit.h>
#include <math.h>
#include <string.h>

#define TOL 1e-9
#define Z95 1.9599639845400539 /* Φ⁻¹(0.975) */

/* A row of a hand-made table: the raw answer, its weight, and a bit mask of
 * the themes it mentions. */
typedef struct trow {
    const char *raw;
    double w;
    unsigned themes;
} trow;

static loyal_stats *build(const loyal_metric *m, const trow *rows, size_t n, size_t k) {
    loyal_stats *st;
    cr_assert_eq(loyal_stats_create(&st, k, NULL), LOYAL_OK);
    for (size_t r = 0; r < n; r++) {
        double s, y;
        loyal_class c;
        cr_assert(loyal_metric_value(m, rows[r].raw, strlen(rows[r].raw), &s, &y, &c), "%s",
                  rows[r].raw);
        size_t th[32], nt = 0;
        for (size_t i = 0; i < k; i++)
            if (rows[r].themes & (1u << i))
                th[nt++] = i;
        loyal_stats_add(st, y, rows[r].w, c, true, th, NULL, nt);
    }
    return st;
}

static loyal_ranking *rank(const loyal_stats *st, const loyal_metric *m, double conf,
                           long min_mentions) {
    loyal_rank_options opt;
    loyal_rank_options_init(&opt);
    opt.confidence = conf;
    opt.min_mentions = min_mentions;
    loyal_ranking *r = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_rank_compute(st, m, &opt, &r, &err), LOYAL_OK, "%s", err.message);
    return r;
}

static const loyal_theme_result *find(const loyal_ranking *r, size_t theme) {
    for (size_t i = 0; i < r->n_themes; i++)
        if (r->themes[i].theme == theme)
            return &r->themes[i];
    cr_assert_fail("theme %zu not in the ranking", theme);
    return NULL;
}

#define EQ(a, b) cr_assert_float_eq((a), (b), TOL, "%s = %.17g, expected %.17g", #a, (a), (b))
#define ISNAN(a) cr_assert(isnan(a), "%s = %.17g, expected NAN", #a, (a))

static void assert_undefined_impact(const loyal_theme_result *t) {
    ISNAN(t->impact);
    ISNAN(t->ci_lo);
    ISNAN(t->ci_hi);
    ISNAN(t->p_value);
    ISNAN(t->q_value);
    cr_assert_eq(t->role, LOYAL_ROLE_UNCLEAR);
}

/* ------------------------------------------------------------------------ */

Test(rank, names_and_defaults) {
    cr_assert_str_eq(loyal_role_name(LOYAL_ROLE_UNCLEAR), "unclear");
    cr_assert_str_eq(loyal_role_name(LOYAL_ROLE_DRIVER), "driver");
    cr_assert_str_eq(loyal_role_name(LOYAL_ROLE_BARRIER), "barrier");
    loyal_rank_options o;
    loyal_rank_options_init(&o);
    cr_assert_eq(o.confidence, 0.95);
    cr_assert_eq(o.min_mentions, 30);
    loyal_ranking_free(NULL);
    loyal_comparison_free(NULL);
}

/* 10 rows: 5 promoters, 2 passives, 3 detractors → NPS = 50% − 30% = 20.
 * Themes: 0 "price" (1 passive + 3 detractors), 1 every row, 2 no row,
 * 3 "praise" (3 promoters). */
static const trow nps_table[] = {
    {"10", 1, 1u << 1 | 1u << 3},
    {"9", 1, 1u << 1 | 1u << 3},
    {"9", 1, 1u << 1 | 1u << 3},
    {"10", 1, 1u << 1},
    {"9", 1, 1u << 1},
    {"8", 1, 1u << 1 | 1u << 0},
    {"7", 1, 1u << 1},
    {"6", 1, 1u << 1 | 1u << 0},
    {"3", 1, 1u << 1 | 1u << 0},
    {"0", 1, 1u << 1 | 1u << 0},
};

Test(rank, nps_hand_table) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    loyal_stats *st = build(&m, nps_table, 10, 4);
    loyal_ranking *r = rank(st, &m, 0.95, 3);
    const loyal_overall_result *o = &r->overall;
    cr_assert(o->n == 10 && o->promoters == 5 && o->passives == 2 && o->detractors == 3);
    EQ(o->weight, 10.0);
    EQ(o->score, 20.0);
    /* Adjusted Wald: n' = 13, p' = 5.75/13, d' = 3.75/13, NPS' = 2/13,
     * Var' = 9.5/13 − (2/13)² = 0.70710059…, SE' = √(Var'/13) = 0.23322…,
     * CI = 100·(2/13 ∓ 1.959964·SE') = [−30.326, 61.095]. */
    EQ(o->ci_lo, -30.325994435504159);
    EQ(o->ci_hi, 61.095225204734928);

    /* Theme 0: mentioners 1 Pa + 3 D → score_with = −75; the rest 5 P +
     * 1 Pa → 83.333; impact = 20 − 83.333 = −63.333 = 0.4·(−75 − 83.333).
     * v₁ = 10⁴·(0.75 − 0.75²) = 1875, v₀ = 10⁴·(5/6 − (5/6)²) = 1388.89,
     * SE² = 0.4²·(1875/4 + 1388.89/6) + 158.333²·0.4·0.6/10 = 713.70,
     * SE = 26.715; CI = −63.333 ∓ 1.96·26.715; p = 2·Φ(−2.3707) = 0.017755. */
    const loyal_theme_result *t0 = find(r, 0);
    cr_assert_eq(t0->mentions, 4);
    EQ(t0->share, 0.4);
    EQ(t0->score_with, -75.0);
    EQ(t0->score_without, 500.0 / 6.0);
    EQ(t0->impact, -63.333333333333333);
    EQ(t0->ci_lo, -115.69422893257474);
    EQ(t0->ci_hi, -10.972437734091923);
    EQ(t0->p_value, 0.017755281934298186);
    /* Theme 3: 3 P → 100; the rest 2 P, 2 Pa, 3 D → −14.286; impact =
     * 0.3·114.286 = 34.286. v₁ = 0, v₀ = 10⁴·(5/7 − 1/49) = 6938.8,
     * SE² = 0.09·6938.8/7 + 114.286²·0.21/10 = 363.50, SE = 19.066,
     * p = 2·Φ(−1.7983) = 0.072130. */
    const loyal_theme_result *t3 = find(r, 3);
    EQ(t3->score_with, 100.0);
    EQ(t3->score_without, -100.0 / 7.0);
    EQ(t3->impact, 34.285714285714286);
    EQ(t3->ci_lo, -3.082249018807878);
    EQ(t3->ci_hi, 71.653677590236449);
    EQ(t3->p_value, 0.07212966296714177);
    /* BH over the two defined p: q(0.017755) = min(2·0.017755, 0.072130) =
     * 0.035511, q(0.072130) = 0.072130. */
    EQ(t0->q_value, 0.035510563868596371);
    EQ(t3->q_value, 0.07212966296714177);
    /* q 0.0355 < 0.05 and 4 >= 3 mentions: barrier; theme 3 not significant. */
    cr_assert_eq(t0->role, LOYAL_ROLE_BARRIER);
    cr_assert_eq(t3->role, LOYAL_ROLE_UNCLEAR);

    /* Theme 1, mentioned by every row: nothing to compare with. */
    const loyal_theme_result *t1 = find(r, 1);
    cr_assert_eq(t1->mentions, 10);
    EQ(t1->share, 1.0);
    EQ(t1->score_with, 20.0);
    ISNAN(t1->score_without);
    assert_undefined_impact(t1);
    cr_assert_eq(t1->importance, 0.0);
    /* Theme 2, mentioned by no row. */
    const loyal_theme_result *t2 = find(r, 2);
    cr_assert_eq(t2->mentions, 0);
    EQ(t2->share, 0.0);
    ISNAN(t2->score_with);
    EQ(t2->score_without, 20.0);
    assert_undefined_impact(t2);
    cr_assert_eq(t2->importance, 0.0);

    /* Sorted by impact, highest first, undefined last by lexicon index. */
    cr_assert_eq(r->n_themes, 4);
    cr_assert_eq(r->themes[0].theme, 3);
    cr_assert_eq(r->themes[1].theme, 0);
    cr_assert_eq(r->themes[2].theme, 1);
    cr_assert_eq(r->themes[3].theme, 2);

    /* With the default --min-mentions 30 nothing here is significant enough
     * to name, whatever q says. */
    loyal_ranking *r30 = rank(st, &m, 0.95, 30);
    cr_assert_eq(find(r30, 0)->role, LOYAL_ROLE_UNCLEAR);
    EQ(find(r30, 0)->q_value, 0.035510563868596371);
    loyal_ranking_free(r30);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, confidence_is_not_hard_wired) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    loyal_stats *st = build(&m, nps_table, 10, 4);
    loyal_ranking *r = rank(st, &m, 0.90, 3);
    /* z = Φ⁻¹(0.95) = 1.644854: CI = 100·(2/13 ∓ 1.644854·0.23322). */
    EQ(r->overall.ci_lo, -22.976937657101089);
    EQ(r->overall.ci_hi, 53.746168426331858);
    /* impact −63.333 ∓ 1.644854·26.715 */
    const loyal_theme_result *t0 = find(r, 0);
    EQ(t0->ci_lo, -63.333333333333333 - 1.6448536269514728 * 26.715233551359863);
    /* At 90%, theme 3 (q 0.0721 < 0.10) becomes a driver. */
    cr_assert_eq(find(r, 3)->role, LOYAL_ROLE_DRIVER);
    cr_assert_eq(t0->role, LOYAL_ROLE_BARRIER);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, nps_n1) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    static const trow rows[] = {{"10", 1, 1u << 0}};
    loyal_stats *st = build(&m, rows, 1, 2);
    loyal_ranking *r = rank(st, &m, 0.95, 30);
    cr_assert_eq(r->overall.n, 1);
    EQ(r->overall.score, 100.0);
    /* n' = 4, p' = 1.75/4, d' = 0.75/4, NPS' = 0.25, Var' = 0.625 − 0.0625
     * = 0.5625, SE' = √(0.5625/4) = 0.375; CI = 100·(0.25 ∓ 1.96·0.375). */
    EQ(r->overall.ci_lo, -48.49864942025202);
    EQ(r->overall.ci_hi, 98.49864942025202);
    assert_undefined_impact(find(r, 0)); /* the only row mentions it */
    assert_undefined_impact(find(r, 1)); /* no row does */
    /* One row: y has no variance, R² is undefined. */
    ISNAN(r->r2);
    ISNAN(find(r, 0)->importance);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, nps_all_promoters_and_all_detractors) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    trow rows[10];
    for (int i = 0; i < 10; i++)
        rows[i] = (trow){i % 2 ? "9" : "10", 1, i < 4 ? 1u : 0u};
    loyal_stats *st = build(&m, rows, 10, 1);
    loyal_ranking *r = rank(st, &m, 0.95, 1);
    EQ(r->overall.score, 100.0);
    /* n' = 13, p' = 10.75/13, d' = 0.75/13: CI = [47.504, 106.343], the
     * upper end clipped to the scale's 100. */
    EQ(r->overall.ci_lo, 47.503551544790214);
    EQ(r->overall.ci_hi, 100.0);
    /* 4 of the promoters mention theme 0: 100 with, 100 without: impact 0
     * with no variance anywhere: SE 0, CI [0, 0], p = 1 = q. */
    const loyal_theme_result *t = find(r, 0);
    EQ(t->score_with, 100.0);
    EQ(t->score_without, 100.0);
    cr_assert_eq(t->impact, 0.0);
    cr_assert_eq(t->ci_lo, 0.0);
    cr_assert_eq(t->ci_hi, 0.0);
    cr_assert_eq(t->p_value, 1.0);
    cr_assert_eq(t->q_value, 1.0);
    cr_assert_eq(t->role, LOYAL_ROLE_UNCLEAR);
    ISNAN(r->r2); /* y is constant */
    loyal_ranking_free(r);
    loyal_stats_free(st);

    for (int i = 0; i < 10; i++)
        rows[i] = (trow){i % 2 ? "0" : "6", 1, i < 4 ? 1u : 0u};
    st = build(&m, rows, 10, 1);
    r = rank(st, &m, 0.95, 1);
    EQ(r->overall.score, -100.0);
    EQ(r->overall.ci_lo, -100.0); /* −106.343 clipped */
    EQ(r->overall.ci_hi, -47.503551544790214);
    cr_assert_eq(find(r, 0)->impact, 0.0);
    cr_assert_eq(find(r, 0)->p_value, 1.0);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, n0_everything_undefined) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    loyal_stats *st;
    cr_assert_eq(loyal_stats_create(&st, 2, NULL), LOYAL_OK);
    loyal_ranking *r = rank(st, &m, 0.95, 30);
    cr_assert_eq(r->overall.n, 0);
    cr_assert_eq(r->overall.weight, 0.0);
    cr_assert(r->overall.promoters == 0 && r->overall.passives == 0 && r->overall.detractors == 0);
    ISNAN(r->overall.score);
    ISNAN(r->overall.ci_lo);
    ISNAN(r->overall.ci_hi);
    ISNAN(r->r2);
    for (size_t i = 0; i < 2; i++) {
        const loyal_theme_result *t = &r->themes[i];
        cr_assert_eq(t->theme, i);
        cr_assert_eq(t->mentions, 0);
        ISNAN(t->share);
        ISNAN(t->score_with);
        ISNAN(t->score_without);
        assert_undefined_impact(t);
        ISNAN(t->importance);
    }
    loyal_ranking_free(r);
    loyal_stats_free(st);

    /* No themes at all is fine too. */
    cr_assert_eq(loyal_stats_create(&st, 0, NULL), LOYAL_OK);
    r = rank(st, &m, 0.95, 30);
    cr_assert_eq(r->n_themes, 0);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, csat_wilson) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSAT);
    static const trow rows[] = {{"5", 1, 0}, {"5", 1, 0}, {"4", 1, 0}, {"4", 1, 0}, {"4", 1, 0},
                                {"4", 1, 0}, {"4", 1, 0}, {"3", 1, 0}, {"2", 1, 0}, {"1", 1, 0}};
    loyal_stats *st = build(&m, rows, 10, 0);
    loyal_ranking *r = rank(st, &m, 0.95, 30);
    EQ(r->overall.score, 70.0);
    cr_assert(r->overall.promoters == 7 && r->overall.detractors == 3);
    /* Wilson, p = 0.7, n = 10, z² = 3.8415: center = (0.7 + 0.19207)/1.38415
     * = 0.64449, half = 1.95996/1.38415·√(0.021 + 0.0096037) = 0.24772. */
    EQ(r->overall.ci_lo, 39.677814746114537);
    EQ(r->overall.ci_hi, 89.220873259369896);
    loyal_ranking_free(r);
    loyal_stats_free(st);

    /* n = 1, top box: [1/(1 + z²), 1]. */
    static const trow one[] = {{"5", 1, 0}};
    st = build(&m, one, 1, 0);
    r = rank(st, &m, 0.95, 30);
    EQ(r->overall.score, 100.0);
    EQ(r->overall.ci_lo, 100.0 / (1.0 + Z95 * Z95));
    EQ(r->overall.ci_hi, 100.0);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, csi_t_interval) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    cr_assert(loyal_metric_set_scale(&m, "1-5"));
    /* Answers 1..5 → y = 0, 25, 50, 75, 100; theme 0 on 4 and 5. */
    static const trow rows[] = {{"1", 1, 0}, {"2", 1, 0}, {"3", 1, 0}, {"4", 1, 1}, {"5", 1, 1}};
    loyal_stats *st = build(&m, rows, 5, 1);
    loyal_ranking *r = rank(st, &m, 0.95, 30);
    EQ(r->overall.score, 50.0);
    /* s² = 6250/4 = 1562.5, SE = √(1562.5/5) = 17.678, t(0.975, 4) =
     * 2.7764451: CI = 50 ∓ 49.081. */
    EQ(r->overall.ci_lo, 0.9189209630610729);
    EQ(r->overall.ci_hi, 99.081079036938927);
    /* with = 87.5, without = 25, impact = 50 − 25 = 0.4·62.5 = 25;
     * v₁ = 156.25, v₀ = 416.67; SE² = 0.16·(156.25/2 + 416.67/3) +
     * 62.5²·0.24/5 = 222.22, SE = 14.907; p = 2·Φ(−1.6771) = 0.093533. */
    const loyal_theme_result *t = find(r, 0);
    EQ(t->score_with, 87.5);
    EQ(t->score_without, 25.0);
    EQ(t->impact, 25.0);
    EQ(t->ci_lo, -4.217418019219382);
    EQ(t->ci_hi, 54.217418019219382);
    EQ(t->p_value, 0.093532512689093114);
    /* One theme: relative weight = R² = r²(x, y); x = (0,0,0,1,1),
     * y = (0,25,50,75,100): cov = 15, var x = 0.24, var y = 1250,
     * r² = 225/300 = 0.75. */
    EQ(r->r2, 0.75);
    EQ(t->importance, 0.75);
    loyal_ranking_free(r);
    loyal_stats_free(st);

    /* n = 1: no degrees of freedom, no interval. */
    static const trow one[] = {{"4", 1, 0}};
    st = build(&m, one, 1, 0);
    r = rank(st, &m, 0.95, 30);
    EQ(r->overall.score, 75.0);
    ISNAN(r->overall.ci_lo);
    ISNAN(r->overall.ci_hi);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, csi_zero_variance) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    /* Every answer 4 on 1–10: y = 100·3/9 = 33.33…, which no double holds
     * exactly, so the sums carry rounding: the zero still comes out zero. */
    trow rows[7];
    for (int i = 0; i < 7; i++)
        rows[i] = (trow){"4", 1, i < 3 ? 1u : 0u};
    loyal_stats *st = build(&m, rows, 7, 1);
    loyal_ranking *r = rank(st, &m, 0.95, 1);
    EQ(r->overall.score, 100.0 / 3.0);
    EQ(r->overall.ci_lo, 100.0 / 3.0);
    EQ(r->overall.ci_hi, 100.0 / 3.0);
    const loyal_theme_result *t = find(r, 0);
    cr_assert_eq(t->impact, 0.0);
    cr_assert_eq(t->ci_lo, 0.0);
    cr_assert_eq(t->ci_hi, 0.0);
    cr_assert_eq(t->p_value, 1.0);
    cr_assert_eq(t->role, LOYAL_ROLE_UNCLEAR);
    ISNAN(r->r2);
    ISNAN(t->importance);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, weights_kish) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    /* P w1 (theme 0), P w3, Pa w2 (theme 0), D w4. Σw = 10, Σw² = 30,
     * Kish n = 100/30 = 3.333. Weighted p = 0.4, d = 0.4: NPS 0. */
    static const trow rows[] = {{"10", 1, 1}, {"9", 3, 0}, {"8", 2, 1}, {"2", 4, 0}};
    loyal_stats *st = build(&m, rows, 4, 1);
    loyal_ranking *r = rank(st, &m, 0.95, 1);
    cr_assert_eq(r->overall.n, 4);
    cr_assert(r->overall.promoters == 2 && r->overall.passives == 1 &&
              r->overall.detractors == 1); /* counts stay counts */
    EQ(r->overall.weight, 10.0);
    EQ(r->overall.score, 0.0);
    /* n' = 3.333 + 3 = 6.333, p' = d' = (1.333 + 0.75)/6.333 = 0.32895,
     * Var' = 0.65789, SE' = 0.32230; CI = ∓1.96·32.230. */
    EQ(r->overall.ci_lo, -63.169890478359334);
    EQ(r->overall.ci_hi, 63.169890478359334);
    /* Theme 0: 2 of 4 rows but 3 of 10 weight: share 0.3 (weighted).
     * with: P w1 + Pa w2 → 100/3; without: P w3 + D w4 → −100/7;
     * impact = 0.3·(33.333 + 14.286) = 14.286 = 0 − (−14.286).
     * Kish n₁ = 9/5, n₀ = 49/25, n = 10/3; v₁ = 10⁴·(1/3 − 1/9),
     * v₀ = 10⁴·(1 − 1/49); SE² = 0.09·(2222.2/1.8 + 9795.9/1.96) +
     * 47.619²·0.21/3.333 = 703.78, SE = 26.529. */
    const loyal_theme_result *t = find(r, 0);
    cr_assert_eq(t->mentions, 2);
    EQ(t->share, 0.3);
    EQ(t->score_with, 100.0 / 3.0);
    EQ(t->score_without, -100.0 / 7.0);
    EQ(t->impact, 14.285714285714286);
    EQ(t->ci_lo, -37.709911349093549);
    EQ(t->ci_hi, 66.28133992052212);
    EQ(t->p_value, 0.5902340145123891);
    EQ(t->impact, t->share * (t->score_with - t->score_without));
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, weights_csi_t_on_kish_df) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    cr_assert(loyal_metric_set_scale(&m, "0-10"));
    /* y = 40, 50, 60, 45, 55 with w = 1, 2, 1, 3, 3: Σw = 10, mean 50,
     * weighted variance 35, Kish n = 100/24 = 4.1667, df = 3.1667,
     * t(0.975, 3.1667) = 3.08976, SE = √(35/3.1667) = 3.3245. */
    static const trow rows[] = {
        {"4", 1, 0}, {"5", 2, 0}, {"6", 1, 0}, {"4.5", 3, 0}, {"5,5", 3, 0}};
    loyal_stats *st = build(&m, rows, 5, 0);
    loyal_ranking *r = rank(st, &m, 0.95, 30);
    EQ(r->overall.score, 50.0);
    EQ(r->overall.ci_lo, 39.727950990847702);
    EQ(r->overall.ci_hi, 60.272049009152298);
    loyal_ranking_free(r);
    loyal_stats_free(st);

    /* y = 0 (w1), 50 (w2), 100 (w1): Kish n = 16/6, df = 1.6667,
     * t = 5.24227, SE = √(1250/1.6667) = 27.386: [−93.6, 193.6] clipped to
     * the scale [0, 100]. */
    static const trow wide[] = {{"0", 1, 0}, {"5", 2, 0}, {"10", 1, 0}};
    st = build(&m, wide, 3, 0);
    r = rank(st, &m, 0.95, 30);
    EQ(r->overall.ci_lo, 0.0);
    EQ(r->overall.ci_hi, 100.0);
    loyal_ranking_free(r);
    loyal_stats_free(st);

    /* Kish n below 2 (one heavy row): no degree of freedom left. */
    static const trow heavy[] = {{"0", 1, 0}, {"5", 1, 0}, {"10", 100, 0}};
    st = build(&m, heavy, 3, 0);
    r = rank(st, &m, 0.95, 30);
    ISNAN(r->overall.ci_lo);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, zero_weight_mentioners) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    /* Theme 0's only mentioner weighs 0: it has no score, and no impact. */
    static const trow rows[] = {{"10", 0, 1}, {"9", 1, 0}, {"3", 1, 0}};
    loyal_stats *st = build(&m, rows, 3, 1);
    loyal_ranking *r = rank(st, &m, 0.95, 1);
    const loyal_theme_result *t = find(r, 0);
    cr_assert_eq(t->mentions, 1);
    EQ(t->share, 0.0);
    ISNAN(t->score_with);
    EQ(t->score_without, 0.0);
    assert_undefined_impact(t);
    cr_assert_eq(t->importance, 0.0);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

/* ------------------------------------------------------------------------ */
/* Benjamini–Hochberg                                                        */

Test(rank, bh_known_vector) {
    /* p sorted: 0.005 (#3), 0.01 (#0), 0.03 (#2), 0.04 (#1), 0.04 (#6),
     * 0.20 (#4); m = 6 (the NAN is left out).
     * m·p/rank: 0.03, 0.03, 0.06, 0.06, 0.048, 0.20; running minimum from the
     * top: 0.03, 0.03, 0.048, 0.048, 0.048, 0.20 — as R's
     * p.adjust(c(.01,.04,.03,.005,.2,.04), "BH") = .03 .048 .048 .03 .2 .048. */
    const double p[] = {0.01, 0.04, 0.03, 0.005, 0.20, NAN, 0.04};
    double q[7];
    cr_assert_eq(loyalp_bh_adjust(p, q, 7), LOYAL_OK);
    EQ(q[0], 0.03);
    EQ(q[1], 0.048);
    EQ(q[2], 0.048);
    EQ(q[3], 0.03);
    EQ(q[4], 0.2);
    ISNAN(q[5]);
    EQ(q[6], 0.048);
    /* Capped at 1, and an empty vector is fine. */
    const double big[] = {0.9, 0.8};
    cr_assert_eq(loyalp_bh_adjust(big, q, 2), LOYAL_OK);
    EQ(q[0], 0.9);
    EQ(q[1], 0.9);
    const double one[] = {0.7};
    cr_assert_eq(loyalp_bh_adjust(one, q, 1), LOYAL_OK);
    EQ(q[0], 0.7);
    cr_assert_eq(loyalp_bh_adjust(NULL, NULL, 0), LOYAL_OK);
}

/* ------------------------------------------------------------------------ */
/* Relative weights                                                          */

Test(relweight, uncorrelated_predictors_get_their_r_squared) {
    /* R = I: the predictors are already orthogonal, ε_j = r_j². */
    const double rxx[] = {1, 0, 0, 1};
    const double rxy[] = {0.6, 0.3};
    double eps[2], r2;
    cr_assert_eq(loyalp_relweight(rxx, rxy, 2, eps, &r2), LOYAL_OK);
    EQ(eps[0], 0.36);
    EQ(eps[1], 0.09);
    EQ(r2, 0.45);
}

Test(relweight, two_predictors_closed_form) {
    /* ρ = 0.5, r = (0.6, 0.3). R^½ = [[a, b], [b, a]] with
     * a = (√1.5 + √0.5)/2, b = (√1.5 − √0.5)/2; R^−½ = [[c, d], [d, c]] with
     * c = (1/√1.5 + 1/√0.5)/2, d = (1/√1.5 − 1/√0.5)/2; β = R^−½ r;
     * ε₁ = a²β₁² + b²β₂² = 0.315, ε₂ = b²β₁² + a²β₂² = 0.045; their sum is
     * the OLS R² = (r₁² + r₂² − 2ρr₁r₂)/(1 − ρ²) = 0.27/0.75 = 0.36. */
    const double rxx[] = {1, 0.5, 0.5, 1};
    const double rxy[] = {0.6, 0.3};
    double eps[2], r2;
    cr_assert_eq(loyalp_relweight(rxx, rxy, 2, eps, &r2), LOYAL_OK);
    EQ(eps[0], 0.315);
    EQ(eps[1], 0.045);
    EQ(r2, 0.36);
}

Test(relweight, identical_predictors_split_evenly) {
    /* x₁ = x₂: R = [[1, 1], [1, 1]] is singular. R^½ = (1/√2)·J, the
     * pseudo-inverse root is (1/(2√2))·J, β = (r/√2, r/√2), ε_j = 2·½·r²/2
     * = r²/2: each gets half of R² = r². */
    const double rxx[] = {1, 1, 1, 1};
    const double rxy[] = {0.5, 0.5};
    double eps[2], r2;
    cr_assert_eq(loyalp_relweight(rxx, rxy, 2, eps, &r2), LOYAL_OK);
    EQ(eps[0], 0.125);
    EQ(eps[1], 0.125);
    EQ(r2, 0.25);
    double none;
    cr_assert_eq(loyalp_relweight(NULL, NULL, 0, NULL, &none), LOYAL_OK);
    cr_assert_eq(none, 0.0);
}

Test(rank, importance_of_two_themes_mentioned_together) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    cr_assert(loyal_metric_set_scale(&m, "0-10"));
    /* Themes 0 and 1 always mentioned together (rows 1–3), theme 2 alone
     * (rows 3–5, overlapping row 3). */
    static const trow rows[] = {{"10", 1, 3}, {"9", 1, 3}, {"8", 1, 3 | 4}, {"6", 1, 4},
                                {"5", 1, 4},  {"7", 1, 0}, {"4", 1, 0},     {"3", 1, 0}};
    loyal_stats *st = build(&m, rows, 8, 3);
    loyal_ranking *r = rank(st, &m, 0.95, 30);
    /* The pair shares credit exactly. */
    EQ(find(r, 0)->importance, find(r, 1)->importance);
    /* The same data with the twin left out: the same R² (the twin adds no
     * column to the model), still shared out in full. (The pair's total is
     * not the single theme's weight exactly: the orthogonal counterparts of
     * {x, x, z} are not those of {x, z} when z correlates with x.) */
    static const trow single[] = {{"10", 1, 1}, {"9", 1, 1}, {"8", 1, 1 | 2}, {"6", 1, 2},
                                  {"5", 1, 2},  {"7", 1, 0}, {"4", 1, 0},     {"3", 1, 0}};
    loyal_stats *st1 = build(&m, single, 8, 2);
    loyal_ranking *r1 = rank(st1, &m, 0.95, 30);
    EQ(r->r2, r1->r2);
    EQ(find(r, 0)->importance + find(r, 1)->importance + find(r, 2)->importance, r->r2);
    /* Closed form for the two distinct indicators x (rows 1–3) and z (rows
     * 3–5) on y = 100, 90, 80, 60, 50, 70, 40, 30 (n = 8, means 3/8, 3/8,
     * 65): cov(x,z) = 1/8 − 9/64 = −1/64, var = 15/64 each → ρ = −1/15;
     * cov(x,y) = 270/8 − (3/8)·65 = 9.375, cov(z,y) = 190/8 − 24.375 = −0.625,
     * var y = 38000/8 − 65² = 525. */
    double sd = sqrt(15.0 / 64.0), sy = sqrt(525.0);
    double rho = -1.0 / 15.0, r1x = 9.375 / (sd * sy), r2z = -0.625 / (sd * sy);
    double a = (sqrt(1 + rho) + sqrt(1 - rho)) / 2, b = (sqrt(1 + rho) - sqrt(1 - rho)) / 2;
    double c = (1 / sqrt(1 + rho) + 1 / sqrt(1 - rho)) / 2;
    double d = (1 / sqrt(1 + rho) - 1 / sqrt(1 - rho)) / 2;
    double b1 = c * r1x + d * r2z, b2 = d * r1x + c * r2z;
    EQ(find(r1, 0)->importance, a * a * b1 * b1 + b * b * b2 * b2);
    EQ(find(r1, 1)->importance, b * b * b1 * b1 + a * a * b2 * b2);
    EQ(r1->r2, (r1x * r1x + r2z * r2z - 2 * rho * r1x * r2z) / (1 - rho * rho));
    loyal_ranking_free(r);
    loyal_ranking_free(r1);
    loyal_stats_free(st);
    loyal_stats_free(st1);
}

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */

Test(rank, importance_of_twins_alone_is_half_each) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    /* Themes 0 and 1 on the same three rows, nothing else: R² = r²(x, y),
     * each twin gets r²/2. x = (1,1,1,0,0,0), y = (100,100,0,0,−100,−100):
     * mean x 1/2, mean y 0, cov = 200/6 = 33.33, var x = 1/4,
     * var y = 40000/6 = 6666.7: r² = 33.33²/(0.25·6666.7) = 2/3. */
    static const trow rows[] = {{"10", 1, 3}, {"9", 1, 3}, {"8", 1, 3},
                                {"7", 1, 0},  {"2", 1, 0}, {"0", 1, 0}};
    loyal_stats *st = build(&m, rows, 6, 2);
    loyal_ranking *r = rank(st, &m, 0.95, 30);
    EQ(r->r2, 2.0 / 3.0);
    EQ(find(r, 0)->importance, 1.0 / 3.0);
    EQ(find(r, 1)->importance, 1.0 / 3.0);
    /* Their impacts are the same, both full: impact double counts, the
     * key-driver model does not. */
    EQ(find(r, 0)->impact, find(r, 1)->impact);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(rank, bad_arguments) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    loyal_stats *st;
    cr_assert_eq(loyal_stats_create(&st, 1, NULL), LOYAL_OK);
    loyal_rank_options opt;
    loyal_rank_options_init(&opt);
    loyal_ranking *r = (loyal_ranking *)1;
    loyal_error err;
    static const double bad_conf[] = {0.0, 1.0, -0.5, 1.5, NAN};
    for (size_t i = 0; i < 5; i++) {
        loyal_error_init(&err);
        opt.confidence = bad_conf[i];
        cr_assert_eq(loyal_rank_compute(st, &m, &opt, &r, &err), LOYAL_ERR_USAGE);
        cr_assert_null(r);
        cr_assert_eq(err.status, LOYAL_ERR_USAGE);
    }
    loyal_rank_options_init(&opt);
    opt.min_mentions = -1;
    cr_assert_eq(loyal_rank_compute(st, &m, &opt, &r, NULL), LOYAL_ERR_USAGE);
    cr_assert_eq(loyal_rank_compute(st, NULL, NULL, &r, NULL), LOYAL_ERR_USAGE);
    cr_assert_eq(loyal_rank_compute(NULL, &m, NULL, &r, NULL), LOYAL_ERR_USAGE);
    /* opt NULL: the defaults. */
    cr_assert_eq(loyal_rank_compute(st, &m, NULL, &r, NULL), LOYAL_OK);
    loyal_ranking_free(r);

    loyal_stats *st2;
    cr_assert_eq(loyal_stats_create(&st2, 2, NULL), LOYAL_OK);
    loyal_comparison *c = (loyal_comparison *)1;
    loyal_error_init(&err);
    cr_assert_eq(loyal_rank_compare(st, st2, &m, NULL, &c, &err), LOYAL_ERR_USAGE);
    cr_assert_null(c);
    cr_assert_eq(err.status, LOYAL_ERR_USAGE);
    loyal_stats_free(st);
    loyal_stats_free(st2);
}

/* ------------------------------------------------------------------------ */
/* Periods                                                                   */

/* The next period of nps_table: 8 P, 1 Pa, 1 D → NPS 70; theme 0 on the Pa
 * and the D, theme 1 on the eight promoters. */
static const trow nps_cur_table[] = {{"10", 1, 2}, {"10", 1, 2}, {"9", 1, 2}, {"9", 1, 2},
                                     {"9", 1, 2},  {"10", 1, 2}, {"9", 1, 2}, {"9", 1, 2},
                                     {"7", 1, 1},  {"1", 1, 1}};

static loyal_comparison *compare(const loyal_stats *a, const loyal_stats *b, const loyal_metric *m,
                                 long min_mentions) {
    loyal_rank_options opt;
    loyal_rank_options_init(&opt);
    opt.min_mentions = min_mentions;
    loyal_comparison *c = NULL;
    cr_assert_eq(loyal_rank_compare(a, b, m, &opt, &c, NULL), LOYAL_OK);
    return c;
}

Test(compare, nps_overall_and_theme) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    loyal_stats *prev = build(&m, nps_table, 10, 4);
    loyal_stats *cur = build(&m, nps_cur_table, 10, 4);
    loyal_comparison *c = compare(prev, cur, &m, 2);
    cr_assert_eq(c->overall.theme, (size_t)-1);
    EQ(c->overall.prev, 20.0);
    EQ(c->overall.cur, 70.0);
    EQ(c->overall.delta, 50.0);
    /* Adjusted Wald on both (Lewis & Sauro): NPS'prev = 2/13, NPS'cur =
     * (8.75 − 1.75)/13 = 7/13, difference 100·5/13 = 38.462;
     * SE = √(23.322² + 19.717²) = 30.695; p = 2·Φ(−1.2530) = 0.2102. */
    EQ(c->overall.ci_lo, -21.699903267626002);
    EQ(c->overall.ci_hi, 98.622980190702925);
    EQ(c->overall.p_value, 0.21019999818552725);
    EQ(c->overall.q_value, c->overall.p_value);
    cr_assert_not(c->overall.significant);
    cr_assert_eq(c->n_themes, 4);
    /* Theme 0: prev impact −63.333 (SE 26.715, as in nps_hand_table); cur:
     * with = (0 − 1)/2·100 = −50, without = 100, s = 0.2, impact =
     * 0.2·(−150) = −30, SE² = 0.04·(2500/2 + 0) + 150²·0.16/10 = 410,
     * SE = 20.248. Change 33.333, SE = √(26.715² + 20.248²) = 33.522,
     * p = 2·Φ(−0.99438) = 0.32004. */
    const loyal_change *t0 = &c->themes[0];
    cr_assert_eq(t0->theme, 0);
    EQ(t0->prev, -63.333333333333333);
    EQ(t0->cur, -30.0);
    EQ(t0->delta, 33.333333333333333);
    EQ(t0->ci_lo, -32.367971862524454);
    EQ(t0->ci_hi, 99.034638529191121);
    EQ(t0->p_value, 0.32003739048742041);
    EQ(t0->q_value, 0.32003739048742041); /* the only defined change */
    cr_assert_not(t0->significant);
    /* Theme 1: every row in prev, every row but two in cur: undefined. */
    ISNAN(c->themes[1].prev);
    ISNAN(c->themes[1].delta);
    ISNAN(c->themes[1].p_value);
    cr_assert_not(c->themes[1].significant);
    loyal_comparison_free(c);
    loyal_stats_free(prev);
    loyal_stats_free(cur);
}

Test(compare, significance_needs_q_and_mentions) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    /* The two tables of nps_overall_and_theme, each row ten times: the
     * theme-0 change (33.3 points, SE 33.52/√10 ≈ 10.6) is now clear. */
    trow a[100], b[100];
    for (int i = 0; i < 100; i++) {
        a[i] = nps_table[i % 10];
        b[i] = nps_cur_table[i % 10];
    }
    loyal_stats *prev = build(&m, a, 100, 4), *cur = build(&m, b, 100, 4);
    loyal_comparison *c = compare(prev, cur, &m, 20);
    cr_assert(c->overall.significant, "p %g", c->overall.p_value);
    cr_assert_lt(c->themes[0].q_value, 0.05);
    cr_assert(c->themes[0].significant); /* 40 and 20 mentions >= 20 */
    loyal_comparison_free(c);
    c = compare(prev, cur, &m, 30);
    cr_assert_lt(c->themes[0].q_value, 0.05);
    cr_assert_not(c->themes[0].significant); /* 20 mentions < 30 in cur */
    loyal_comparison_free(c);
    loyal_stats_free(prev);
    loyal_stats_free(cur);
}

Test(compare, csat_agresti_caffo) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSAT);
    trow a[10], b[10];
    for (int i = 0; i < 10; i++) {
        a[i] = (trow){i < 7 ? "5" : "2", 1, 0}; /* 7 of 10 */
        b[i] = (trow){i < 9 ? "4" : "1", 1, 0}; /* 9 of 10 */
    }
    loyal_stats *prev = build(&m, a, 10, 0), *cur = build(&m, b, 10, 0);
    loyal_comparison *c = compare(prev, cur, &m, 30);
    EQ(c->overall.delta, 20.0);
    /* p̃ = (x + 1)/(n + 2): 8/12 and 10/12; difference 16.667;
     * SE = 100·√((8/12)(4/12)/12 + (10/12)(2/12)/12) = 17.347. */
    EQ(c->overall.ci_lo, -17.333253223293293);
    EQ(c->overall.ci_hi, 50.666586556626626);
    EQ(c->overall.p_value, 0.33666836761003881);
    loyal_comparison_free(c);
    loyal_stats_free(prev);
    loyal_stats_free(cur);
}

Test(compare, csi_welch) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    cr_assert(loyal_metric_set_scale(&m, "1-5"));
    static const trow a[] = {{"1", 1, 0}, {"2", 1, 0}, {"3", 1, 0}, {"4", 1, 0}, {"5", 1, 0}};
    static const trow b[] = {{"3", 1, 0}, {"4", 1, 0}, {"5", 1, 0}, {"5", 1, 0}};
    loyal_stats *prev = build(&m, a, 5, 0), *cur = build(&m, b, 4, 0);
    loyal_comparison *c = compare(prev, cur, &m, 30);
    /* prev: mean 50, s²/n = 1562.5/5 = 312.5; cur: y = 50, 75, 100, 100,
     * mean 81.25, s²/n = (1718.75/3)/4 = 143.23. SE = √455.73 = 21.348,
     * Welch df = 455.73²/(312.5²/4 + 143.23²/3) = 6.6456,
     * t(0.975, 6.6456) = 2.39043; p = 2·T(−1.4638; 6.6456) = 0.18887. */
    EQ(c->overall.delta, 31.25);
    EQ(c->overall.ci_lo, -19.780487234833918);
    EQ(c->overall.ci_hi, 82.280487234833918);
    EQ(c->overall.p_value, 0.18887004778078313);
    loyal_comparison_free(c);
    loyal_stats_free(prev);
    loyal_stats_free(cur);
}

/* ------------------------------------------------------------------------ */
/* Merge and the planted-effects simulation                                  */

static void add_planted(loyal_stats *st, const loyal_metric *m, const planted_row *row,
                        bool weighted) {
    double s, y;
    loyal_class c;
    cr_assert(loyal_metric_value(m, row->raw, strlen(row->raw), &s, &y, &c));
    loyal_stats_add(st, y, weighted ? row->weight : 1.0, c, true, row->themes, NULL, row->n);
}

static void assert_close(double a, double b, const char *what) {
    if (isnan(a) || isnan(b)) {
        cr_assert(isnan(a) && isnan(b), "%s: %.17g vs %.17g", what, a, b);
        return;
    }
    double scale = fabs(a) > 1 ? fabs(a) : 1;
    cr_assert(fabs(a - b) <= 1e-9 * scale, "%s: %.17g vs %.17g", what, a, b);
}

Test(rank, merged_shards_rank_like_one_pass) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    loyal_stats *one, *shard[3];
    cr_assert_eq(loyal_stats_create(&one, PL_THEMES, NULL), LOYAL_OK);
    for (int s = 0; s < 3; s++)
        cr_assert_eq(loyal_stats_create(&shard[s], PL_THEMES, NULL), LOYAL_OK);
    uint64_t seed = 42;
    for (int i = 0; i < 3000; i++) {
        planted_row row;
        planted_draw(&seed, &row);
        add_planted(one, &m, &row, true);
        add_planted(shard[(i * 7) % 3], &m, &row, true);
    }
    loyal_stats_merge(shard[0], shard[1]);
    loyal_stats_merge(shard[0], shard[2]);
    loyal_ranking *a = rank(one, &m, 0.95, 30), *b = rank(shard[0], &m, 0.95, 30);
    cr_assert_eq(a->overall.n, b->overall.n);
    assert_close(a->overall.score, b->overall.score, "score");
    assert_close(a->overall.ci_lo, b->overall.ci_lo, "ci_lo");
    assert_close(a->overall.ci_hi, b->overall.ci_hi, "ci_hi");
    assert_close(a->r2, b->r2, "r2");
    for (size_t i = 0; i < PL_THEMES; i++) {
        const loyal_theme_result *x = &a->themes[i], *y = &b->themes[i];
        cr_assert_eq(x->theme, y->theme);
        cr_assert_eq(x->mentions, y->mentions);
        cr_assert_eq(x->role, y->role);
        assert_close(x->share, y->share, "share");
        assert_close(x->impact, y->impact, "impact");
        assert_close(x->ci_lo, y->ci_lo, "ci_lo");
        assert_close(x->p_value, y->p_value, "p");
        assert_close(x->q_value, y->q_value, "q");
        assert_close(x->importance, y->importance, "importance");
    }
    loyal_ranking_free(a);
    loyal_ranking_free(b);
    loyal_stats_free(one);
    for (int s = 0; s < 3; s++)
        loyal_stats_free(shard[s]);
}

/* R² of the (weighted) least squares of y on an intercept and the usable
 * indicators, straight from the rows with GSL's multifit: an independent
 * check of the R² the ranking builds from sums. */
static double ols_r2(const double *y, const double *w, const bool (*x)[PL_THEMES], size_t n,
                     const bool *use) {
    size_t p = 1;
    for (size_t i = 0; i < PL_THEMES; i++)
        p += use[i];
    gsl_matrix *X = gsl_matrix_alloc(n, p), *cov = gsl_matrix_alloc(p, p);
    gsl_vector *Y = gsl_vector_alloc(n), *W = gsl_vector_alloc(n), *beta = gsl_vector_alloc(p);
    gsl_multifit_linear_workspace *ws = gsl_multifit_linear_alloc(n, p);
    double W_sum = 0, wy = 0;
    for (size_t r = 0; r < n; r++) {
        size_t col = 0;
        gsl_matrix_set(X, r, col++, 1.0);
        for (size_t i = 0; i < PL_THEMES; i++)
            if (use[i])
                gsl_matrix_set(X, r, col++, x[r][i] ? 1.0 : 0.0);
        gsl_vector_set(Y, r, y[r]);
        gsl_vector_set(W, r, w[r]);
        W_sum += w[r];
        wy += w[r] * y[r];
    }
    double chisq;
    cr_assert_eq(gsl_multifit_wlinear(X, W, Y, beta, cov, &chisq, ws), 0);
    double mean = wy / W_sum, tss = 0;
    for (size_t r = 0; r < n; r++)
        tss += w[r] * (y[r] - mean) * (y[r] - mean);
    gsl_multifit_linear_free(ws);
    gsl_matrix_free(X);
    gsl_matrix_free(cov);
    gsl_vector_free(Y);
    gsl_vector_free(W);
    gsl_vector_free(beta);
    return 1.0 - chisq / tss;
}

static void planted_run(bool weighted) {
    enum { N = 5000 };
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    loyal_stats *st;
    cr_assert_eq(loyal_stats_create(&st, PL_THEMES, NULL), LOYAL_OK);
    static double y[N], w[N];
    static bool x[N][PL_THEMES];
    uint64_t seed = 20260101;
    for (size_t r = 0; r < N; r++) {
        planted_row row;
        planted_draw(&seed, &row);
        add_planted(st, &m, &row, weighted);
        double s, yy;
        loyal_class c;
        cr_assert(loyal_metric_value(&m, row.raw, strlen(row.raw), &s, &yy, &c));
        y[r] = yy;
        w[r] = weighted ? row.weight : 1.0;
        memcpy(x[r], row.x, sizeof row.x);
    }
    loyal_ranking *r = rank(st, &m, 0.95, 30);

    /* The planted drivers and barriers, and nothing else among the themes
     * with an effect-free truth, except the rider (below). */
    for (size_t i = 0; i < PL_THEMES; i++) {
        const loyal_theme_result *t = find(r, i);
        loyal_role want = i == PL_REPORTING ? LOYAL_ROLE_DRIVER : planted_themes[i].truth;
        cr_assert_eq(t->role, want, "%s: %s, planted %s (impact %g, q %g)", planted_themes[i].id,
                     loyal_role_name(t->role), loyal_role_name(want), t->impact, t->q_value);
    }
    /* "reporting" has no effect of its own: its marginal impact rides on
     * "results" (every one of its mentioners is a "results" mentioner), which
     * is what impact means. The key-driver model sees through it: its
     * importance is below every planted theme's, and the pair is not split
     * evenly as twins would be: the host keeps most of it. (Two predictors,
     * y on x₁ only, ρ = 0.6 as here: relative weights give x₂ 18% of the
     * pair, ε₂/ε₁ = 0.18/0.82.) */
    double host = find(r, PL_RESULTS)->importance;
    double rider = find(r, PL_REPORTING)->importance;
    for (size_t i = 0; i < PL_REPORTING; i++)
        cr_assert_gt(find(r, i)->importance, rider, "%s", planted_themes[i].id);
    cr_assert_lt(rider, host / 2, "rider %g, host %g", rider, host);
    /* The nulls explain next to nothing. */
    for (size_t i = PL_NULL0; i < PL_THEMES; i++)
        cr_assert_lt(find(r, i)->importance, 0.002, "%s", planted_themes[i].id);

    /* Importance sums to R², and R² is the least-squares R² from the rows. */
    double sum = 0;
    bool use[PL_THEMES];
    for (size_t i = 0; i < PL_THEMES; i++) {
        sum += find(r, i)->importance;
        use[i] = true;
    }
    assert_close(sum, r->r2, "sum of importance");
    assert_close(r->r2, ols_r2(y, w, (const bool(*)[PL_THEMES])x, N, use), "r2 vs OLS");

    /* Order: the drivers first, the barriers last. */
    cr_assert_gt(r->themes[0].impact, 0);
    cr_assert_eq(r->themes[PL_THEMES - 1].role, LOYAL_ROLE_BARRIER);
    cr_assert_eq(r->themes[PL_THEMES - 2].role, LOYAL_ROLE_BARRIER);
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(planted, roles_recovered) {
    planted_run(false);
}

Test(planted, roles_recovered_weighted) {
    planted_run(true);
}

/* The true impact of each theme in the population the survey is drawn from,
 * from one large draw (2·10⁶ rows; its own error is ~1/20 of a 2000-row
 * survey's standard error). */
static void planted_truth(const loyal_metric *m, double *truth) {
    loyal_stats *st;
    cr_assert_eq(loyal_stats_create(&st, PL_THEMES, NULL), LOYAL_OK);
    uint64_t seed = 99;
    for (int i = 0; i < 2000000; i++) {
        planted_row row;
        planted_draw(&seed, &row);
        add_planted(st, m, &row, false);
    }
    loyal_ranking *r = rank(st, m, 0.95, 30);
    for (size_t i = 0; i < PL_THEMES; i++)
        truth[i] = find(r, i)->impact;
    loyal_ranking_free(r);
    loyal_stats_free(st);
}

Test(planted, coverage_power_and_fdr, .timeout = 120) {
    /* 200 surveys of 2000 rows. The impact intervals cover the true impact
     * about 95% of the time; the planted themes are found in (nearly) every
     * survey; among the themes named driver or barrier, the share that have
     * no effect of their own (the nulls; the rider is counted apart) stays
     * near or below 5% on average (BH controls the FDR at 1 − confidence). */
    enum { REPS = 200, N = 2000 };
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    double truth[PL_THEMES];
    planted_truth(&m, truth);
    for (size_t i = PL_NULL0; i < PL_THEMES; i++)
        cr_assert_lt(fabs(truth[i]), 0.1, "%s %g", planted_themes[i].id, truth[i]);

    long covered = 0, intervals = 0, found = 0, planted = 0;
    long covered_null = 0, covered_effect = 0;
    double fdp_sum = 0;
    long null_hits = 0, score_covered = 0;
    double true_score = NAN;
    {
        /* the population NPS from the same large draw */
        loyal_stats *st;
        cr_assert_eq(loyal_stats_create(&st, 0, NULL), LOYAL_OK);
        uint64_t seed = 99;
        for (int i = 0; i < 2000000; i++) {
            planted_row row;
            planted_draw(&seed, &row);
            double s, y;
            loyal_class c;
            loyal_metric_value(&m, row.raw, strlen(row.raw), &s, &y, &c);
            loyal_stats_add(st, y, 1, c, true, NULL, NULL, 0);
        }
        loyal_ranking *r = rank(st, &m, 0.95, 30);
        true_score = r->overall.score;
        loyal_ranking_free(r);
        loyal_stats_free(st);
    }
    uint64_t seed = 7;
    for (int rep = 0; rep < REPS; rep++) {
        loyal_stats *st;
        cr_assert_eq(loyal_stats_create(&st, PL_THEMES, NULL), LOYAL_OK);
        for (int i = 0; i < N; i++) {
            planted_row row;
            planted_draw(&seed, &row);
            add_planted(st, &m, &row, false);
        }
        loyal_ranking *r = rank(st, &m, 0.95, 30);
        score_covered += r->overall.ci_lo <= true_score && true_score <= r->overall.ci_hi;
        long named = 0, false_named = 0;
        for (size_t i = 0; i < PL_THEMES; i++) {
            const loyal_theme_result *t = find(r, i);
            bool in = t->ci_lo <= truth[i] && truth[i] <= t->ci_hi;
            intervals++;
            covered += in;
            covered_null += i >= PL_NULL0 && in;
            covered_effect += i < PL_NULL0 && in;
            if (i < PL_REPORTING) {
                planted++;
                found += t->role == planted_themes[i].truth;
            }
            if (i >= PL_NULL0 && t->role != LOYAL_ROLE_UNCLEAR) {
                null_hits++;
                false_named++;
            }
            if (i != PL_REPORTING && t->role != LOYAL_ROLE_UNCLEAR)
                named++;
        }
        fdp_sum += named ? (double)false_named / (double)named : 0.0;
        loyal_ranking_free(r);
        loyal_stats_free(st);
    }
    double coverage = (double)covered / (double)intervals;
    double power = (double)found / (double)planted;
    double fdr = fdp_sum / REPS;
    double score_cov = (double)score_covered / REPS;
    double cov_effect = (double)covered_effect / (double)(REPS * PL_NULL0);
    double cov_null = (double)covered_null / (double)(REPS * (PL_THEMES - PL_NULL0));
    cr_log_info("impact CI coverage %.4f over %ld (themes with an impact %.4f, nulls %.4f), "
                "power %.4f, FDR %.4f (%ld null hits), score CI coverage %.3f",
                coverage, intervals, cov_effect, cov_null, power, fdr, null_hits, score_cov);
    cr_assert(cov_effect > 0.92 && cov_effect < 0.98, "coverage %g", cov_effect);
    /* 2000 intervals: a binomial SE of 0.5 points around 95%. */
    cr_assert(coverage > 0.93 && coverage < 0.97, "coverage %g", coverage);
    cr_assert(power > 0.99, "power %g", power);
    cr_assert(fdr < 0.05, "FDR %g", fdr);
    cr_assert(score_cov > 0.91 && score_cov < 0.99, "score coverage %g", score_cov);
}
