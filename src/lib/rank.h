/* rank.h — helpers of the ranking shared with the tests (private). */
#ifndef LOYAL_RANK_H
#define LOYAL_RANK_H

#include "loyal.h"

/* Benjamini–Hochberg (1995) adjusted p-values, as R's p.adjust(p, "BH"):
 * q[i] for every p[i] that is not NAN, with m the number of those;
 * q_(j) = min over l >= j of min(1, m·p_(l)/l) in ascending order of p.
 * A NAN p gives a NAN q and is not counted. Errors: LOYAL_ERR_NOMEM. */
loyal_status loyalp_bh_adjust(const double *p, double *q, size_t n);

#endif
