/* report_groups.h — the rankings of a report's segments and periods and the
 * changes between consecutive periods, computed once for every writer of a
 * report (private). */
#ifndef LOYAL_REPORT_GROUPS_H
#define LOYAL_REPORT_GROUPS_H

#include "loyal.h"

typedef struct loyalp_groups {
    loyal_ranking **segments;   /* [summary->n_segments] */
    loyal_ranking **periods;    /* [summary->n_periods] */
    loyal_comparison **changes; /* [summary->n_periods]; [0] is NULL */
    size_t n_segments, n_periods;
} loyalp_groups;

loyal_status loyalp_groups_compute(loyalp_groups *g, const loyal_report *rep, loyal_error *err);
void loyalp_groups_clear(loyalp_groups *g);

#endif
