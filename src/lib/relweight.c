/* relweight.c — Johnson's (2000) relative weights: the predictors are replaced
 * by their closest orthonormal counterparts Z, the criterion is regressed on
 * Z, and each Z's share is given back to the predictors by the loadings of X
 * on Z. The weights sum to R² (docs/STATISTICS.md, "Key-driver importance"). */
#include "relweight.h"

#include <gsl/gsl_eigen.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Eigenvalues below this share of the largest are taken as 0: the rounding
 * residue of an exactly singular correlation matrix is ~1e-16, while two
 * themes that part ways in one row of ten thousand still leave ~1e-4. */
#define RW_EIGEN_TOL 1e-10

loyal_status loyalp_relweight(const double *rxx, const double *rxy, size_t k, double *eps,
                              double *r2) {
    if (k == 0) {
        *r2 = 0.0;
        return LOYAL_OK;
    }
    loyal_status result = LOYAL_OK;
    /* One block: A (k·k, destroyed by the solver), V (k·k), lambda (k), the
     * solver's work arrays (4k), Λ = R^½ (k·k), beta (k). */
    size_t kk = k * k;
    double *mem = calloc(4 * kk + 6 * k, sizeof *mem);
    if (!mem)
        return LOYAL_ERR_NOMEM;
    double *a = mem, *v = a + kk, *lambda = v + kk, *work = lambda + k, *half = work + 4 * k,
           *beta = half + kk;
    memcpy(a, rxx, kk * sizeof *a);

    /* GSL's workspace struct is public (gsl_eigen.h): filling it with our own
     * memory keeps GSL from allocating, so its abort-on-ENOMEM handler can
     * never fire inside the library. */
    gsl_eigen_symmv_workspace ws = {k, work, work + k, work + 2 * k, work + 3 * k};
    gsl_matrix_view av = gsl_matrix_view_array(a, k, k);
    gsl_matrix_view vv = gsl_matrix_view_array(v, k, k);
    gsl_vector_view lv = gsl_vector_view_array(lambda, k);
    if (gsl_eigen_symmv(&av.matrix, &lv.vector, &vv.matrix, &ws) != 0) {
        result = LOYAL_ERR_INPUT;
        goto out;
    }

    double lmax = 0.0;
    for (size_t m = 0; m < k; m++)
        if (lambda[m] > lmax)
            lmax = lambda[m];
    double tol = RW_EIGEN_TOL * lmax;

    /* Λ = V diag(√λ) V'  and  β = V diag(1/√λ) V' rxy  over the kept
     * eigenvalues (the pseudo-inverse square root when R is singular). */
    for (size_t m = 0; m < k; m++) {
        if (!(lambda[m] > tol))
            continue;
        double sl = sqrt(lambda[m]);
        double vr = 0.0;
        for (size_t j = 0; j < k; j++)
            vr += v[j * k + m] * rxy[j];
        for (size_t j = 0; j < k; j++) {
            double vj = v[j * k + m];
            beta[j] += vj * vr / sl;
            for (size_t i = 0; i < k; i++)
                half[j * k + i] += vj * sl * v[i * k + m];
        }
    }

    double total = 0.0;
    for (size_t j = 0; j < k; j++) {
        double e = 0.0;
        for (size_t i = 0; i < k; i++)
            e += half[j * k + i] * half[j * k + i] * beta[i] * beta[i];
        eps[j] = e;
        total += e;
    }
    *r2 = total;

out:
    free(mem);
    return result;
}
