/* report_groups.c — rankings of segments and periods for the reports. */
#include "report_groups.h"

#include "error.h"

#include <stdlib.h>
#include <string.h>

loyal_status loyalp_groups_compute(loyalp_groups *g, const loyal_report *rep, loyal_error *err) {
    const loyal_summary *s = rep->summary;
    memset(g, 0, sizeof *g);
    g->segments = calloc(s->n_segments + 1, sizeof *g->segments);
    g->periods = calloc(s->n_periods + 1, sizeof *g->periods);
    g->changes = calloc(s->n_periods + 1, sizeof *g->changes);
    g->n_segments = s->n_segments;
    g->n_periods = s->n_periods;
    loyal_status st = g->segments && g->periods && g->changes ? LOYAL_OK : loyalp_nomem(err);
    for (size_t i = 0; i < s->n_segments && !st; i++)
        st = loyal_rank_compute(s->segments[i].stats, rep->metric, rep->rank, &g->segments[i],
                                err);
    for (size_t i = 0; i < s->n_periods && !st; i++) {
        st = loyal_rank_compute(s->periods[i].stats, rep->metric, rep->rank, &g->periods[i], err);
        if (!st && i > 0)
            st = loyal_rank_compare(s->periods[i - 1].stats, s->periods[i].stats, rep->metric,
                                    rep->rank, &g->changes[i], err);
    }
    if (st)
        loyalp_groups_clear(g);
    return st;
}

void loyalp_groups_clear(loyalp_groups *g) {
    for (size_t i = 0; g->segments && i < g->n_segments; i++)
        loyal_ranking_free(g->segments[i]);
    for (size_t i = 0; g->periods && i < g->n_periods; i++) {
        loyal_ranking_free(g->periods[i]);
        loyal_comparison_free(g->changes ? g->changes[i] : NULL);
    }
    free(g->segments);
    free(g->periods);
    free(g->changes);
    memset(g, 0, sizeof *g);
}
