/* stats.c — sufficient statistics: every figure of the ranking is a function
 * of these sums, so shards and threads add them exactly (loyal merge). */
#include "error.h"
#include "loyal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void loyal_sums_add(loyal_sums *s, double y, double w, loyal_class cls) {
    if ((unsigned)cls > LOYAL_CLASS_DETRACTOR)
        cls = LOYAL_CLASS_PASSIVE;
    s->n++;
    s->cls[cls]++;
    s->w += w;
    s->w2 += w * w;
    s->wy += w * y;
    s->wy2 += w * y * y;
    s->wcls[cls] += w;
}

void loyal_sums_merge(loyal_sums *a, const loyal_sums *b) {
    a->n += b->n;
    for (int k = 0; k < 3; k++) {
        a->cls[k] += b->cls[k];
        a->wcls[k] += b->wcls[k];
    }
    a->w += b->w;
    a->w2 += b->w2;
    a->wy += b->wy;
    a->wy2 += b->wy2;
}

loyal_sums loyal_sums_sub(const loyal_sums *a, const loyal_sums *b) {
    loyal_sums d;
    d.n = a->n - b->n;
    for (int k = 0; k < 3; k++) {
        d.cls[k] = a->cls[k] - b->cls[k];
        /* The counts are exact: a class nobody is left in weighs exactly 0,
         * not the rounding residue of a difference of two sums. */
        d.wcls[k] = d.cls[k] == 0 ? 0.0 : a->wcls[k] - b->wcls[k];
    }
    if (d.n == 0) {
        d.w = d.w2 = d.wy = d.wy2 = 0.0;
    } else {
        d.w = a->w - b->w;
        d.w2 = a->w2 - b->w2;
        d.wy = a->wy - b->wy;
        d.wy2 = a->wy2 - b->wy2;
    }
    return d;
}

loyal_status loyal_stats_create(loyal_stats **out, size_t n_themes, loyal_error *err) {
    *out = NULL;
    if (n_themes > 0 && n_themes > SIZE_MAX / sizeof(double) / n_themes)
        return loyalp_error(err, LOYAL_ERR_LIMIT, NULL, 0, 0, "too many themes: %zu", n_themes);
    /* calloc(0) may return NULL: keep at least one element so NULL means
     * only "out of memory". */
    size_t nt = n_themes ? n_themes : 1;
    loyal_stats *st = calloc(1, sizeof *st);
    if (!st)
        return loyalp_nomem(err);
    st->n_themes = n_themes;
    st->theme = calloc(nt, sizeof *st->theme);
    st->polarity = calloc(nt, sizeof *st->polarity);
    st->xx = calloc(nt * nt, sizeof *st->xx);
    st->xy = calloc(nt, sizeof *st->xy);
    if (!st->theme || !st->polarity || !st->xx || !st->xy) {
        loyal_stats_free(st);
        return loyalp_nomem(err);
    }
    *out = st;
    return LOYAL_OK;
}

void loyal_stats_free(loyal_stats *st) {
    if (!st)
        return;
    free(st->theme);
    free(st->polarity);
    free(st->xx);
    free(st->xy);
    free(st);
}

void loyal_stats_add(loyal_stats *st, double y, double w, loyal_class cls, bool has_text,
                     const size_t *themes, const loyal_polarity *polarity, size_t n) {
    size_t k = st->n_themes;
    loyal_sums_add(&st->all, y, w, cls);
    if (has_text)
        st->comments++;
    bool tagged = false;
    for (size_t a = 0; a < n; a++) {
        size_t i = themes[a];
        if (i >= k)
            continue;
        tagged = true;
        loyal_sums_add(&st->theme[i], y, w, cls);
        loyal_polarity p = polarity ? polarity[a] : LOYAL_POLARITY_NEUTRAL;
        if ((unsigned)p > LOYAL_POLARITY_NEGATIVE)
            p = LOYAL_POLARITY_NEUTRAL;
        st->polarity[i][p]++;
        st->xy[i] += w * y;
        for (size_t b = 0; b < n; b++) {
            size_t j = themes[b];
            if (j < k)
                st->xx[i * k + j] += w;
        }
    }
    if (tagged)
        st->tagged++;
}

void loyal_stats_merge(loyal_stats *a, const loyal_stats *b) {
    if (!a || !b || a->n_themes != b->n_themes)
        return;
    size_t k = a->n_themes;
    loyal_sums_merge(&a->all, &b->all);
    for (size_t i = 0; i < k; i++) {
        loyal_sums_merge(&a->theme[i], &b->theme[i]);
        for (int p = 0; p < 3; p++)
            a->polarity[i][p] += b->polarity[i][p];
        a->xy[i] += b->xy[i];
    }
    for (size_t i = 0; i < k * k; i++)
        a->xx[i] += b->xx[i];
    a->comments += b->comments;
    a->tagged += b->tagged;
}
