/* planted.h — a survey with planted drivers and barriers, for the ranking's
 * end-to-end tests (tests/unit/test_rank.c includes it).
 *
 * Each row mentions each theme independently with the theme's prevalence,
 * except "reporting", which is only ever mentioned together with "results"
 * (in 40% of its mentions). The answer to the 0–10 question is
 *     round(7.2 + Σ effect_i · x_i + 1.8 · ε),  clamped to 0..10,
 * ε ≈ N(0, 1) as the sum of 12 uniforms − 6. Only the four planted themes
 * have effects, so the truth is: results and going_extra are drivers,
 * deadlines and manager_fit barriers, every other theme has no effect of its
 * own. "reporting" has no effect either, but its mentioners are "results"
 * mentioners, so its marginal impact rides on the driver's; the key-driver
 * model is what tells the two apart.
 *
 * The generator uses only integer arithmetic and + − × / on doubles
 * (splitmix64; no libm), so every platform draws the same survey. */
#ifndef LOYAL_TESTS_PLANTED_H
#define LOYAL_TESTS_PLANTED_H

#include "loyal.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum {
    PL_RESULTS,
    PL_GOING_EXTRA,
    PL_DEADLINES,
    PL_MANAGER_FIT,
    PL_REPORTING,
    PL_NULL0,
    PL_NULL1,
    PL_NULL2,
    PL_NULL3,
    PL_NULL4,
    PL_THEMES
};

typedef struct planted_theme {
    const char *id;
    double prevalence; /* for "reporting": the share of "results" rows */
    double effect;     /* on the 0–10 latent answer */
    loyal_role truth;  /* the role of the theme's own effect */
} planted_theme;

static const planted_theme planted_themes[PL_THEMES] = {
    {"results", 0.15, +1.6, LOYAL_ROLE_DRIVER},    {"going_extra", 0.12, +1.4, LOYAL_ROLE_DRIVER},
    {"deadlines", 0.12, -1.8, LOYAL_ROLE_BARRIER}, {"manager_fit", 0.10, -1.5, LOYAL_ROLE_BARRIER},
    {"reporting", 0.40, 0.0, LOYAL_ROLE_UNCLEAR},  {"null_a", 0.05, 0.0, LOYAL_ROLE_UNCLEAR},
    {"null_b", 0.08, 0.0, LOYAL_ROLE_UNCLEAR},     {"null_c", 0.10, 0.0, LOYAL_ROLE_UNCLEAR},
    {"null_d", 0.15, 0.0, LOYAL_ROLE_UNCLEAR},     {"null_e", 0.20, 0.0, LOYAL_ROLE_UNCLEAR},
};

static uint64_t planted_next(uint64_t *s) {
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform on [0, 1) with 53 random bits. */
static double planted_unif(uint64_t *s) {
    return (double)(planted_next(s) >> 11) / 9007199254740992.0;
}

/* One row: its themes (indexes, ascending), the answer as text, a weight. */
typedef struct planted_row {
    size_t themes[PL_THEMES];
    size_t n;
    bool x[PL_THEMES];
    int answer;
    char raw[8];
    double weight; /* 0.5 .. 3.0, independent of everything else */
} planted_row;

static void planted_draw(uint64_t *s, planted_row *r) {
    memset(r, 0, sizeof *r);
    double latent = 7.2;
    for (size_t i = 0; i < PL_THEMES; i++) {
        double u = planted_unif(s);
        if (i == PL_REPORTING)
            r->x[i] = r->x[PL_RESULTS] && u < planted_themes[i].prevalence;
        else
            r->x[i] = u < planted_themes[i].prevalence;
        if (r->x[i]) {
            r->themes[r->n++] = i;
            latent += planted_themes[i].effect;
        }
    }
    double e = -6.0;
    for (int j = 0; j < 12; j++)
        e += planted_unif(s);
    latent += 1.8 * e;
    /* round half up without libm */
    long a = (long)(latent + 100.5) - 100;
    r->answer = a < 0 ? 0 : a > 10 ? 10 : (int)a;
    snprintf(r->raw, sizeof r->raw, "%d", r->answer);
    r->weight = 0.5 + 2.5 * planted_unif(s);
}

#endif
