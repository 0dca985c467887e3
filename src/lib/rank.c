/* rank.c — from one group's sums to its ranking: the score and its interval,
 * each theme's impact with interval, p and q (Benjamini–Hochberg), its role,
 * and its key-driver importance (relative weights); and the change between
 * two periods. Every formula, with its reference, is in docs/STATISTICS.md. */
#include "rank.h"
#include "error.h"
#include "loyal.h"
#include "relweight.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Rounding of the sums. A difference of two means below POINT_EPS metric
 * points is noise (a CSI mean of identical answers summed in another order);
 * a weight below REL_EPS of the group's total is zero; a variance below
 * VAR_EPS of the mean square is zero. Real survey data are nowhere near. */
#define POINT_EPS 1e-7
#define REL_EPS 1e-12
#define VAR_EPS 1e-10

/* NPS adjusted-Wald pseudo-counts (Rocks 2016; Lewis & Sauro): 3/4 promoter,
 * 3/4 detractor and 3 responses in all. */
#define NPS_ADJ_EACH 0.75
#define NPS_ADJ_N 3.0

static const char *const role_names[] = {
    [LOYAL_ROLE_UNCLEAR] = "unclear",
    [LOYAL_ROLE_DRIVER] = "driver",
    [LOYAL_ROLE_BARRIER] = "barrier",
};

const char *loyal_role_name(loyal_role role) {
    if ((unsigned)role > LOYAL_ROLE_BARRIER)
        return "unclear";
    return role_names[role];
}

void loyal_rank_options_init(loyal_rank_options *opt) {
    opt->confidence = 0.95;
    opt->min_mentions = 30;
}

/* ------------------------------------------------------------------------ */
/* One group of rows                                                         */
/* ------------------------------------------------------------------------ */

typedef struct group {
    bool ok;     /* at least one row and a positive weight: its score is defined */
    double w;    /* Σw */
    double neff; /* Kish's effective n, (Σw)² / Σw² */
    double p, d; /* weighted shares of promoters / detractors (CSAT: top two boxes / rest) */
    double mean; /* the metric in points */
    double var;  /* weighted variance of y around the mean, divisor Σw (points²) */
} group;

static group group_of(const loyal_metric *m, const loyal_sums *s, double wref) {
    group g;
    memset(&g, 0, sizeof g);
    g.mean = g.var = g.p = g.d = NAN;
    g.w = s->w;
    g.ok = s->n > 0 && s->w > 0 && s->w > REL_EPS * wref;
    if (!g.ok)
        return g;
    g.neff = s->w2 > 0 ? s->w * s->w / s->w2 : 0.0;
    switch (m->kind) {
    case LOYAL_METRIC_NPS:
        g.p = s->wcls[LOYAL_CLASS_PROMOTER] / s->w;
        g.d = s->wcls[LOYAL_CLASS_DETRACTOR] / s->w;
        g.mean = 100.0 * (g.p - g.d);
        g.var = 1e4 * (g.p + g.d - (g.p - g.d) * (g.p - g.d));
        break;
    case LOYAL_METRIC_CSAT:
        g.p = s->wcls[LOYAL_CLASS_PROMOTER] / s->w;
        g.d = 1.0 - g.p;
        g.mean = 100.0 * g.p;
        g.var = 1e4 * g.p * (1.0 - g.p);
        break;
    case LOYAL_METRIC_CSI:
    default: {
        g.mean = s->wy / s->w;
        double msq = s->wy2 / s->w;
        g.var = msq - g.mean * g.mean;
        if (g.var < VAR_EPS * msq)
            g.var = 0.0;
        break;
    }
    }
    if (g.var < 0)
        g.var = 0.0;
    return g;
}

static double metric_lo(const loyal_metric *m) {
    return m->kind == LOYAL_METRIC_NPS ? -100.0 : 0.0;
}

static double clamp(double x, double lo, double hi) {
    return x < lo ? lo : x > hi ? hi : x;
}

/* The two-sided quantile of the normal at `confidence`. */
static double z_of(double confidence) {
    return gsl_cdf_ugaussian_Pinv(1.0 - (1.0 - confidence) / 2.0);
}

/* A point estimate with its standard error; df = INFINITY for the normal. */
typedef struct est {
    double center, se, df;
} est;

static est est_nan(void) {
    est e = {NAN, NAN, NAN};
    return e;
}

/* The NPS adjusted-Wald estimate: center NPS' = p' − d' and SE' with
 * p' = (p·n + 3/4)/(n + 3), d' likewise, n' = n + 3, Var' = p' + d' − NPS'². */
static est nps_adjusted(const group *g) {
    if (!g->ok)
        return est_nan();
    double n1 = g->neff + NPS_ADJ_N;
    double p1 = (g->p * g->neff + NPS_ADJ_EACH) / n1;
    double d1 = (g->d * g->neff + NPS_ADJ_EACH) / n1;
    double c = p1 - d1;
    est e = {100.0 * c, 100.0 * sqrt((p1 + d1 - c * c) / n1), INFINITY};
    return e;
}

/* The Agresti–Caffo adjusted proportion: one success and one failure added. */
static est csat_adjusted(const group *g) {
    if (!g->ok)
        return est_nan();
    double n1 = g->neff + 2.0;
    double p1 = (g->p * g->neff + 1.0) / n1;
    est e = {100.0 * p1, 100.0 * sqrt(p1 * (1.0 - p1) / n1), INFINITY};
    return e;
}

/* The CSI mean with s/√n, s² = var·n/(n − 1), on n − 1 degrees of freedom;
 * undefined below one degree of freedom. */
static est csi_mean(const group *g) {
    if (!g->ok || !(g->neff - 1.0 >= 1.0 - 1e-9))
        return est_nan();
    double df = g->neff - 1.0;
    if (df < 1.0)
        df = 1.0; /* Kish's n of equal weights is n up to rounding */
    est e = {g->mean, sqrt(g->var / df), df};
    return e;
}

static double t_quantile(double confidence, double df) {
    if (isinf(df))
        return z_of(confidence);
    return gsl_cdf_tdist_Pinv(1.0 - (1.0 - confidence) / 2.0, df);
}

/* Two-sided p of `center` against 0 with standard error `se`. A zero SE
 * (no variance anywhere) gives 1 for a zero estimate and 0 otherwise. */
static double p_two_sided(double center, double se, double df) {
    if (isnan(center) || isnan(se))
        return NAN;
    if (!(se > 0))
        return center == 0 ? 1.0 : 0.0;
    double t = fabs(center) / se;
    double q = isinf(df) ? gsl_cdf_ugaussian_Q(t) : gsl_cdf_tdist_Q(t, df);
    return clamp(2.0 * q, 0.0, 1.0);
}

/* The score's interval: NPS adjusted Wald, CSAT Wilson, CSI t. */
static void score_ci(const loyal_metric *m, const group *g, double confidence, double *lo,
                     double *hi) {
    *lo = *hi = NAN;
    if (!g->ok)
        return;
    double z = z_of(confidence);
    switch (m->kind) {
    case LOYAL_METRIC_NPS: {
        est e = nps_adjusted(g);
        *lo = e.center - z * e.se;
        *hi = e.center + z * e.se;
        break;
    }
    case LOYAL_METRIC_CSAT: {
        double n = g->neff, p = g->p, z2 = z * z;
        double den = 1.0 + z2 / n;
        double center = (p + z2 / (2.0 * n)) / den;
        double half = z / den * sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
        *lo = 100.0 * (center - half);
        *hi = 100.0 * (center + half);
        break;
    }
    case LOYAL_METRIC_CSI:
    default: {
        est e = csi_mean(g);
        if (isnan(e.se))
            return;
        double t = t_quantile(confidence, e.df);
        *lo = e.center - t * e.se;
        *hi = e.center + t * e.se;
        break;
    }
    }
    *lo = clamp(*lo, metric_lo(m), 100.0);
    *hi = clamp(*hi, metric_lo(m), 100.0);
}

/* ------------------------------------------------------------------------ */
/* A theme's impact                                                          */
/* ------------------------------------------------------------------------ */

typedef struct impact_est {
    double share, with, without, impact, se;
} impact_est;

/* impact = score(all) − score(non-mentioners) = s·(m₁ − m₀), s the weighted
 * share of mentioners. Its variance by the delta method over all rows (the
 * share is random too): s²(v₁/n₁ + v₀/n₀) + (m₁ − m₀)²·s(1 − s)/n, with
 * Kish's n of each group. Undefined unless both groups have rows and weight. */
static impact_est theme_impact(const loyal_metric *m, const loyal_sums *all,
                               const loyal_sums *with) {
    impact_est r = {NAN, NAN, NAN, NAN, NAN};
    loyal_sums without = loyal_sums_sub(all, with);
    group ga = group_of(m, all, all->w);
    group g1 = group_of(m, with, all->w);
    group g0 = group_of(m, &without, all->w);
    if (ga.ok)
        r.share = g1.ok ? with->w / all->w : 0.0;
    if (g1.ok)
        r.with = g1.mean;
    if (g0.ok)
        r.without = g0.mean;
    if (!g1.ok || !g0.ok)
        return r;
    double s = with->w / all->w;
    double diff = g1.mean - g0.mean;
    if (fabs(diff) < POINT_EPS)
        diff = 0.0;
    r.impact = s * diff;
    double v =
        s * s * (g1.var / g1.neff + g0.var / g0.neff) + diff * diff * s * (1.0 - s) / ga.neff;
    r.se = sqrt(v > 0 ? v : 0.0);
    return r;
}

/* ------------------------------------------------------------------------ */
/* Benjamini–Hochberg                                                        */
/* ------------------------------------------------------------------------ */

typedef struct pidx {
    double p;
    size_t i;
} pidx;

static int cmp_pidx(const void *a, const void *b) {
    const pidx *x = a, *y = b;
    if (x->p < y->p)
        return -1;
    if (x->p > y->p)
        return 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

loyal_status loyalp_bh_adjust(const double *p, double *q, size_t n) {
    pidx *v = malloc((n ? n : 1) * sizeof *v);
    if (!v)
        return LOYAL_ERR_NOMEM;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        q[i] = NAN;
        if (!isnan(p[i]))
            v[m++] = (pidx){p[i], i};
    }
    qsort(v, m, sizeof *v, cmp_pidx);
    double run = 1.0;
    for (size_t j = m; j-- > 0;) {
        double adj = (double)m / (double)(j + 1) * v[j].p;
        if (adj < run)
            run = adj;
        q[v[j].i] = run;
    }
    free(v);
    return LOYAL_OK;
}

/* ------------------------------------------------------------------------ */
/* Ranking                                                                   */
/* ------------------------------------------------------------------------ */

static int cmp_theme(const void *a, const void *b) {
    const loyal_theme_result *x = a, *y = b;
    bool xn = isnan(x->impact), yn = isnan(y->impact);
    if (xn != yn)
        return xn ? 1 : -1;
    if (!xn && x->impact != y->impact)
        return x->impact > y->impact ? -1 : 1;
    return x->theme < y->theme ? -1 : x->theme > y->theme;
}

static loyal_status check_args(const loyal_metric *metric, const loyal_rank_options *opt,
                               loyal_error *err) {
    if (!metric || (unsigned)metric->kind > LOYAL_METRIC_CSI || !(metric->min < metric->max))
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0, "invalid metric");
    if (!(opt->confidence > 0 && opt->confidence < 1))
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0,
                            "confidence must be between 0 and 1 (exclusive), got %g",
                            opt->confidence);
    if (opt->min_mentions < 0)
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0,
                            "min-mentions must not be negative, got %ld", opt->min_mentions);
    return LOYAL_OK;
}

/* Importance: relative weights of the theme indicators on y from the
 * weighted correlations built from the sums. Themes whose indicator is
 * constant (impact undefined) get 0; a constant y makes everything NAN. */
static loyal_status importance(const loyal_stats *st, const bool *usable, loyal_ranking *r,
                               double *imp) {
    size_t k = st->n_themes;
    const loyal_sums *all = &st->all;
    r->r2 = NAN;
    for (size_t i = 0; i < k; i++)
        imp[i] = NAN;
    if (!(all->n > 0 && all->w > 0))
        return LOYAL_OK;
    double W = all->w;
    double ybar = all->wy / W, msq = all->wy2 / W;
    double vy = msq - ybar * ybar;
    if (!(vy > VAR_EPS * msq))
        return LOYAL_OK;

    size_t *idx = malloc((k ? k : 1) * sizeof *idx);
    double *rxx = malloc((k ? k * k : 1) * sizeof *rxx);
    double *rxy = malloc((k ? k : 1) * sizeof *rxy);
    double *sd = malloc((k ? k : 1) * sizeof *sd);
    double *eps = malloc((k ? k : 1) * sizeof *eps);
    loyal_status result = LOYAL_OK;
    if (!idx || !rxx || !rxy || !sd || !eps) {
        result = LOYAL_ERR_NOMEM;
        goto out;
    }
    size_t u = 0;
    for (size_t i = 0; i < k; i++) {
        imp[i] = 0.0;
        if (usable[i])
            idx[u++] = i;
    }
    for (size_t a = 0; a < u; a++) {
        double pa = st->theme[idx[a]].w / W;
        sd[a] = sqrt(pa * (1.0 - pa));
    }
    for (size_t a = 0; a < u; a++) {
        size_t i = idx[a];
        double pa = st->theme[i].w / W;
        rxy[a] = (st->xy[i] / W - pa * ybar) / (sd[a] * sqrt(vy));
        for (size_t b = 0; b < u; b++) {
            size_t j = idx[b];
            double pb = st->theme[j].w / W;
            rxx[a * u + b] = a == b ? 1.0 : (st->xx[i * k + j] / W - pa * pb) / (sd[a] * sd[b]);
        }
    }
    double r2;
    result = loyalp_relweight(rxx, rxy, u, eps, &r2);
    if (result != LOYAL_OK)
        goto out;
    for (size_t a = 0; a < u; a++)
        imp[idx[a]] = eps[a];
    r->r2 = r2;
out:
    free(idx);
    free(rxx);
    free(rxy);
    free(sd);
    free(eps);
    return result;
}

loyal_status loyal_rank_compute(const loyal_stats *st, const loyal_metric *metric,
                                const loyal_rank_options *opt, loyal_ranking **out,
                                loyal_error *err) {
    loyal_rank_options defaults;
    if (!opt) {
        loyal_rank_options_init(&defaults);
        opt = &defaults;
    }
    *out = NULL;
    loyal_status result = check_args(metric, opt, err);
    if (result != LOYAL_OK)
        return result;
    if (!st)
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0, "no statistics to rank");

    size_t k = st->n_themes;
    size_t nk = k ? k : 1;
    loyal_ranking *r = calloc(1, sizeof *r);
    double *p = calloc(nk, sizeof *p), *q = calloc(nk, sizeof *q);
    double *imp = malloc(nk * sizeof *imp);
    bool *usable = calloc(nk, sizeof *usable);
    if (!r || !p || !q || !imp || !usable) {
        result = loyalp_nomem(err);
        goto out;
    }
    r->themes = calloc(nk, sizeof *r->themes);
    if (!r->themes) {
        result = loyalp_nomem(err);
        goto out;
    }
    r->n_themes = k;

    const loyal_sums *all = &st->all;
    group ga = group_of(metric, all, all->w);
    loyal_overall_result *o = &r->overall;
    o->n = all->n;
    o->weight = all->w;
    o->promoters = all->cls[LOYAL_CLASS_PROMOTER];
    o->passives = all->cls[LOYAL_CLASS_PASSIVE];
    o->detractors = all->cls[LOYAL_CLASS_DETRACTOR];
    o->score = ga.ok ? ga.mean : NAN;
    score_ci(metric, &ga, opt->confidence, &o->ci_lo, &o->ci_hi);

    double z = z_of(opt->confidence);
    for (size_t i = 0; i < k; i++) {
        loyal_theme_result *t = &r->themes[i];
        const loyal_sums *with = &st->theme[i];
        impact_est e = theme_impact(metric, all, with);
        t->theme = i;
        t->mentions = with->n;
        t->share = e.share;
        t->score_with = e.with;
        t->score_without = e.without;
        t->impact = e.impact;
        t->ci_lo = e.impact - z * e.se;
        t->ci_hi = e.impact + z * e.se;
        t->p_value = p_two_sided(e.impact, e.se, INFINITY);
        for (int c = 0; c < 3; c++)
            t->polarity[c] = st->polarity[i][c];
        usable[i] = !isnan(e.impact);
        p[i] = t->p_value;
    }

    if (loyalp_bh_adjust(p, q, k) != LOYAL_OK) {
        result = loyalp_nomem(err);
        goto out;
    }
    if (importance(st, usable, r, imp) != LOYAL_OK) {
        result = loyalp_nomem(err);
        goto out;
    }
    double alpha = 1.0 - opt->confidence;
    for (size_t i = 0; i < k; i++) {
        loyal_theme_result *t = &r->themes[i];
        t->q_value = q[i];
        t->importance = imp[i];
        t->role = LOYAL_ROLE_UNCLEAR;
        if (!isnan(t->q_value) && t->q_value < alpha && t->mentions >= opt->min_mentions) {
            if (t->impact > 0)
                t->role = LOYAL_ROLE_DRIVER;
            else if (t->impact < 0)
                t->role = LOYAL_ROLE_BARRIER;
        }
    }
    qsort(r->themes, k, sizeof *r->themes, cmp_theme);
    *out = r;
    r = NULL;

out:
    loyal_ranking_free(r);
    free(p);
    free(q);
    free(imp);
    free(usable);
    return result;
}

void loyal_ranking_free(loyal_ranking *r) {
    if (!r)
        return;
    free(r->themes);
    free(r);
}

/* ------------------------------------------------------------------------ */
/* Periods                                                                   */
/* ------------------------------------------------------------------------ */

static void change_fill(loyal_change *c, double prev, double cur, est d, double confidence) {
    c->prev = prev;
    c->cur = cur;
    c->delta = cur - prev;
    c->ci_lo = c->ci_hi = c->p_value = c->q_value = NAN;
    c->significant = false;
    if (isnan(c->delta) || isnan(d.center) || isnan(d.se))
        return;
    double t = d.se > 0 ? t_quantile(confidence, d.df) : 0.0;
    c->ci_lo = d.center - t * d.se;
    c->ci_hi = d.center + t * d.se;
    c->p_value = p_two_sided(d.center, d.se, d.df);
}

/* The difference cur − prev of two independent estimates: SEs in quadrature;
 * for two t estimates Welch–Satterthwaite degrees of freedom. */
static est est_diff(est prev, est cur) {
    if (isnan(prev.center) || isnan(cur.center) || isnan(prev.se) || isnan(cur.se))
        return est_nan();
    double a = cur.se * cur.se, b = prev.se * prev.se;
    est d = {cur.center - prev.center, sqrt(a + b), INFINITY};
    if (!isinf(cur.df) || !isinf(prev.df)) {
        double den =
            (isinf(cur.df) ? 0.0 : a * a / cur.df) + (isinf(prev.df) ? 0.0 : b * b / prev.df);
        d.df = den > 0 ? (a + b) * (a + b) / den : INFINITY;
    }
    return d;
}

static est overall_est(const loyal_metric *m, const group *g) {
    switch (m->kind) {
    case LOYAL_METRIC_NPS:
        return nps_adjusted(g);
    case LOYAL_METRIC_CSAT:
        return csat_adjusted(g);
    case LOYAL_METRIC_CSI:
    default:
        return csi_mean(g);
    }
}

loyal_status loyal_rank_compare(const loyal_stats *prev, const loyal_stats *cur,
                                const loyal_metric *metric, const loyal_rank_options *opt,
                                loyal_comparison **out, loyal_error *err) {
    loyal_rank_options defaults;
    if (!opt) {
        loyal_rank_options_init(&defaults);
        opt = &defaults;
    }
    *out = NULL;
    loyal_status result = check_args(metric, opt, err);
    if (result != LOYAL_OK)
        return result;
    if (!prev || !cur)
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0, "no statistics to compare");
    if (prev->n_themes != cur->n_themes)
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0,
                            "periods have different themes (%zu and %zu)", prev->n_themes,
                            cur->n_themes);

    size_t k = cur->n_themes, nk = k ? k : 1;
    loyal_comparison *c = calloc(1, sizeof *c);
    double *p = calloc(nk, sizeof *p), *q = calloc(nk, sizeof *q);
    if (!c || !p || !q) {
        result = loyalp_nomem(err);
        goto out;
    }
    c->themes = calloc(nk, sizeof *c->themes);
    if (!c->themes) {
        result = loyalp_nomem(err);
        goto out;
    }
    c->n_themes = k;
    double alpha = 1.0 - opt->confidence;

    group gp = group_of(metric, &prev->all, prev->all.w);
    group gc = group_of(metric, &cur->all, cur->all.w);
    est d = est_diff(overall_est(metric, &gp), overall_est(metric, &gc));
    c->overall.theme = (size_t)-1;
    change_fill(&c->overall, gp.ok ? gp.mean : NAN, gc.ok ? gc.mean : NAN, d, opt->confidence);
    c->overall.q_value = c->overall.p_value;
    c->overall.significant = !isnan(c->overall.p_value) && c->overall.p_value < alpha;

    for (size_t i = 0; i < k; i++) {
        impact_est ip = theme_impact(metric, &prev->all, &prev->theme[i]);
        impact_est ic = theme_impact(metric, &cur->all, &cur->theme[i]);
        est ep = {ip.impact, ip.se, INFINITY}, ec = {ic.impact, ic.se, INFINITY};
        c->themes[i].theme = i;
        change_fill(&c->themes[i], ip.impact, ic.impact, est_diff(ep, ec), opt->confidence);
        p[i] = c->themes[i].p_value;
    }
    if (loyalp_bh_adjust(p, q, k) != LOYAL_OK) {
        result = loyalp_nomem(err);
        goto out;
    }
    for (size_t i = 0; i < k; i++) {
        loyal_change *t = &c->themes[i];
        t->q_value = q[i];
        t->significant = !isnan(t->q_value) && t->q_value < alpha &&
                         prev->theme[i].n >= opt->min_mentions &&
                         cur->theme[i].n >= opt->min_mentions;
    }
    *out = c;
    c = NULL;

out:
    loyal_comparison_free(c);
    free(p);
    free(q);
    return result;
}

void loyal_comparison_free(loyal_comparison *c) {
    if (!c)
        return;
    free(c->themes);
    free(c);
}
