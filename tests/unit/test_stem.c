/* test_stem.c — Snowball stems by script, and the cache. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "stem.h"

static void expect_stem(loyalp_stemmer *s, const char *w, loyal_script sc, const char *want) {
    size_t n;
    const char *st = loyalp_stem(s, w, strlen(w), sc, &n);
    cr_assert_not_null(st);
    cr_assert_eq(n, strlen(want), "%s: %.*s", w, (int)n, st);
    cr_assert_eq(memcmp(st, want, n), 0, "%s: %.*s", w, (int)n, st);
}

Test(stem, russian_and_english_by_script) {
    loyalp_stemmer s;
    cr_assert_eq(loyalp_stemmer_init(&s), LOYAL_OK);
    expect_stem(&s, "отчетах", LOYAL_SCRIPT_CYRILLIC, "отчет");
    expect_stem(&s, "отчетности", LOYAL_SCRIPT_CYRILLIC, "отчетн");
    expect_stem(&s, "менеджера", LOYAL_SCRIPT_CYRILLIC, "менеджер");
    expect_stem(&s, "reports", LOYAL_SCRIPT_LATIN, "report");
    expect_stem(&s, "happy", LOYAL_SCRIPT_LATIN, "happi");
    expect_stem(&s, "2026", LOYAL_SCRIPT_DIGIT, "2026"); /* not a word: as it is */
    loyalp_stemmer_clear(&s);
}

Test(stem, cache_survives_many_words) {
    loyalp_stemmer s;
    cr_assert_eq(loyalp_stemmer_init(&s), LOYAL_OK);
    char w[32];
    /* More distinct words than the cache holds: it empties and goes on. */
    for (int i = 0; i < 40000; i++) {
        snprintf(w, sizeof w, "word%dings", i);
        size_t n;
        cr_assert_not_null(loyalp_stem(&s, w, strlen(w), LOYAL_SCRIPT_LATIN, &n));
    }
    expect_stem(&s, "reporting", LOYAL_SCRIPT_LATIN, "report");
    expect_stem(&s, "reporting", LOYAL_SCRIPT_LATIN, "report"); /* from the cache */
    loyalp_stemmer_clear(&s);
}
