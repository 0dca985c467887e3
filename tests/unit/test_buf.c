/* test_buf.c — buf.c's array growth rule (loyalp_grow). */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "buf.h"

Test(buf, grow_doubles_from_first_only_when_full) {
    int *v = NULL;
    size_t cap = 0;
    cr_assert_eq(loyalp_grow((void **)&v, &cap, 0, sizeof *v, 4), LOYAL_OK);
    cr_assert_eq(cap, 4);
    cr_assert_not_null(v);
    for (size_t n = 1; n < 4; n++) {
        int *before = v;
        cr_assert_eq(loyalp_grow((void **)&v, &cap, n, sizeof *v, 4), LOYAL_OK);
        cr_assert_eq(cap, 4, "room left: no growth at n = %zu", n);
        cr_assert_eq(v, before);
    }
    for (int i = 0; i < 4; i++)
        v[i] = i + 1;
    cr_assert_eq(loyalp_grow((void **)&v, &cap, 4, sizeof *v, 4), LOYAL_OK);
    cr_assert_eq(cap, 8);
    cr_assert_eq(v[0] + v[1] + v[2] + v[3], 10, "elements kept");
    /* An index past twice the capacity doubles until it fits. */
    cr_assert_eq(loyalp_grow((void **)&v, &cap, 20, sizeof *v, 4), LOYAL_OK);
    cr_assert_eq(cap, 32);
    v[20] = 7;
    cr_assert_eq(v[20], 7);
    free(v);
}
