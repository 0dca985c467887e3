/* relweight.h — Johnson's (2000) relative weights (private to the library). */
#ifndef LOYAL_RELWEIGHT_H
#define LOYAL_RELWEIGHT_H

#include "loyal.h"

/* Relative weights of k predictors from their correlation matrix `rxx`
 * (k×k, row-major, symmetric, unit diagonal) and their correlations `rxy`
 * with the criterion (Johnson 2000). Writes eps[k] >= 0 and *r2 = Σ eps, the
 * R² of the least-squares regression of the criterion on all k predictors.
 * A singular rxx (a predictor that is a combination of others, e.g. two
 * themes always mentioned together) is handled by the pseudo-inverse: the
 * shared variance is split between them (two identical predictors get half
 * each). k = 0 gives *r2 = 0. Errors: LOYAL_ERR_NOMEM. */
loyal_status loyalp_relweight(const double *rxx, const double *rxy, size_t k, double *eps,
                              double *r2);

#endif
