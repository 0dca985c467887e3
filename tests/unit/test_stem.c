/* test_stem.c — Snowball stems by script, and the cache. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "stem.h"

#include <libstemmer.h>
#include <stdlib.h>

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
    /* More distinct words than the cache has slots: the older go, the
     * stems stay right. */
    for (int i = 0; i < 40000; i++) {
        snprintf(w, sizeof w, "word%dings", i);
        size_t n;
        cr_assert_not_null(loyalp_stem(&s, w, strlen(w), LOYAL_SCRIPT_LATIN, &n));
    }
    cr_assert_eq(s.misses, 40000);
    expect_stem(&s, "reporting", LOYAL_SCRIPT_LATIN, "report");
    expect_stem(&s, "reporting", LOYAL_SCRIPT_LATIN, "report"); /* from the cache */
    cr_assert_eq(s.misses, 40001);
    loyalp_stemmer_clear(&s);
}

/* The stem Snowball gives with no cache in front. */
static void snowball(struct sb_stemmer *sb, const char *w, char *out, size_t cap) {
    const sb_symbol *st = sb_stemmer_stem(sb, (const sb_symbol *)w, (int)strlen(w));
    cr_assert_not_null(st);
    int n = sb_stemmer_length(sb);
    cr_assert_lt((size_t)n, cap);
    memcpy(out, st, (size_t)n);
    out[n] = '\0';
}

/* Russian and English words, stems that are not a prefix of their word
 * (skies -> sky, dying -> die), words at and over the slot's inline size,
 * and words over 256 bytes (left as they are). */
static const char *const mixed_words[] = {
    "отчетах",
    "отчетности",
    "менеджера",
    "менеджер",
    "обслуживание",
    "обслуживания",
    "профессионализм",
    "высококвалифицированные",
    "человеконенавистничество",
    "ёлка",
    "я",
    "мы",
    "по",
    "reports",
    "happy",
    "skies",
    "dying",
    "lying",
    "tying",
    "news",
    "generously",
    "generous",
    "a",
    "an",
    "ok",
    "communication",
    "communications",
    "internationalization",
    "antidisestablishmentarianism",
    "responsiveness",
    "pneumonoultramicroscopicsilicovolcanoconiosis",
    "ponies",
    "flies",
    "cries",
};

static void check_word(loyalp_stemmer *s, struct sb_stemmer *ru, struct sb_stemmer *en,
                       const char *w, loyal_script sc) {
    char want[1024];
    if (strlen(w) > 256)
        snprintf(want, sizeof want, "%s", w);
    else
        snowball(sc == LOYAL_SCRIPT_CYRILLIC ? ru : en, w, want, sizeof want);
    size_t n;
    uint32_t h, *aux;
    const char *st = loyalp_stem_hashed(s, w, strlen(w), sc, 0, &n, &h, &aux);
    cr_assert_not_null(st);
    cr_assert_eq(n, strlen(want), "%s: %.*s, want %s", w, (int)n, st, want);
    cr_assert_eq(memcmp(st, want, n), 0, "%s: %.*s, want %s", w, (int)n, st, want);
    cr_assert_eq(h, loyalp_hash(want, n), "%s: the stem's hash", w);
}

Test(stem, cache_gives_snowballs_stems) {
    loyalp_stemmer s;
    cr_assert_eq(loyalp_stemmer_init(&s), LOYAL_OK);
    struct sb_stemmer *ru = sb_stemmer_new("russian", "UTF_8");
    struct sb_stemmer *en = sb_stemmer_new("english", "UTF_8");
    cr_assert(ru && en);
    char long_word[400];
    memset(long_word, 'a', 300);
    strcpy(long_word + 300, "ings");
    size_t nw = sizeof mixed_words / sizeof *mixed_words;
    /* Three rounds: first misses, then hits, then after 100,000 other
     * words have pushed most of them out. */
    for (int round = 0; round < 3; round++) {
        for (size_t i = 0; i < nw; i++) {
            const char *w = mixed_words[i];
            check_word(&s, ru, en, w,
                       (unsigned char)w[0] >= 0x80 ? LOYAL_SCRIPT_CYRILLIC : LOYAL_SCRIPT_LATIN);
        }
        check_word(&s, ru, en, long_word, LOYAL_SCRIPT_LATIN);
        if (round == 1) {
            char w[64];
            for (int i = 0; i < 100000; i++) {
                snprintf(w, sizeof w, "%sflying%d", i % 2 ? "over" : "", i);
                check_word(&s, ru, en, w, LOYAL_SCRIPT_LATIN);
            }
        }
    }
    sb_stemmer_delete(ru);
    sb_stemmer_delete(en);
    loyalp_stemmer_clear(&s);
}

Test(stem, the_same_bytes_by_two_stemmers) {
    loyalp_stemmer s;
    cr_assert_eq(loyalp_stemmer_init(&s), LOYAL_OK);
    /* A word's cache entry is its stemmer's: "flies" as English and as
     * "Russian" (the russian stemmer leaves Latin alone) in either order. */
    expect_stem(&s, "flies", LOYAL_SCRIPT_LATIN, "fli");
    expect_stem(&s, "flies", LOYAL_SCRIPT_CYRILLIC, "flies");
    expect_stem(&s, "flies", LOYAL_SCRIPT_LATIN, "fli");
    expect_stem(&s, "flies", LOYAL_SCRIPT_CYRILLIC, "flies");
    cr_assert_eq(s.misses, 2);
    loyalp_stemmer_clear(&s);
}

Test(stem, hits_keep_frequent_words) {
    loyalp_stemmer s;
    cr_assert_eq(loyalp_stemmer_init(&s), LOYAL_OK);
    char w[64];
    /* A word used every 16 words stays in the cache while 200,000 others
     * (six times the slots) come and go: only its first use is a miss. */
    size_t n;
    for (int i = 0; i < 200000; i++) {
        if (i % 16 == 0)
            expect_stem(&s, "менеджерами", LOYAL_SCRIPT_CYRILLIC, "менеджер");
        snprintf(w, sizeof w, "word%dly", i);
        cr_assert_not_null(loyalp_stem(&s, w, strlen(w), LOYAL_SCRIPT_LATIN, &n));
    }
    cr_assert_eq(s.misses, 200000 + 1);
    loyalp_stemmer_clear(&s);
}

Test(stem, aux_is_kept_with_the_word) {
    loyalp_stemmer s;
    cr_assert_eq(loyalp_stemmer_init(&s), LOYAL_OK);
    size_t n;
    uint32_t h, *aux;
    cr_assert_not_null(loyalp_stem_hashed(&s, "отчетах", strlen("отчетах"), LOYAL_SCRIPT_CYRILLIC,
                                          0, &n, &h, &aux));
    cr_assert_not_null(aux);
    cr_assert_eq(*aux, 0);
    *aux = 42;
    /* Through the prefetch's hash too. */
    uint32_t wh = loyalp_stem_prefetch(&s, "отчетах", strlen("отчетах"), LOYAL_SCRIPT_CYRILLIC);
    cr_assert_neq(wh, 0);
    cr_assert_not_null(loyalp_stem_hashed(&s, "отчетах", strlen("отчетах"), LOYAL_SCRIPT_CYRILLIC,
                                          wh, &n, &h, &aux));
    cr_assert_not_null(aux);
    cr_assert_eq(*aux, 42);
    cr_assert_eq(n, strlen("отчет"));
    cr_assert_eq(h, loyalp_hash("отчет", n));
    /* A word longer than a slot holds is not kept: no aux. */
    const char *w = "высококвалифицированныеспециалисты"; /* 68 bytes */
    cr_assert_eq(loyalp_stem_prefetch(&s, w, strlen(w), LOYAL_SCRIPT_CYRILLIC), 0);
    cr_assert_not_null(
        loyalp_stem_hashed(&s, w, strlen(w), LOYAL_SCRIPT_CYRILLIC, 0, &n, &h, &aux));
    cr_assert_null(aux);
    /* Digits are not stemmed, and not kept. */
    cr_assert_not_null(loyalp_stem_hashed(&s, "2026", 4, LOYAL_SCRIPT_DIGIT, 0, &n, &h, &aux));
    cr_assert_null(aux);
    cr_assert_eq(h, loyalp_hash("2026", 4));
    loyalp_stemmer_clear(&s);
}

Test(stem, word_hash_spreads_words) {
    loyalp_stemmer s;
    cr_assert_eq(loyalp_stemmer_init(&s), LOYAL_OK);
    /* 16,384 words that differ only in the middle of a long word (where the
     * hash reads one 8-byte load) fill at least half of the buckets. */
    char w[64];
    static unsigned char seen[LOYALP_STEM_SLOTS / 2];
    memset(seen, 0, sizeof seen);
    size_t buckets = 0;
    for (int i = 0; i < 16384; i++) {
        snprintf(w, sizeof w, "prefixxxxx%05dsuffixxxxx", i);
        uint32_t h = loyalp_stem_word_hash(w, strlen(w), 2);
        cr_assert_eq(h & 1, 1);
        size_t b = (size_t)(loyalp_stem_bucket(&s, h) - s.slots) / 2;
        buckets += !seen[b];
        seen[b] = 1;
    }
    cr_assert_geq(buckets, 8192, "%zu buckets", buckets);
    loyalp_stemmer_clear(&s);
}

Test(stem, same_bytes_sees_every_byte) {
    /* For every length a slot holds and every position, a word that differs
     * in that one byte is not the same, and the word itself is. */
    char a[64], w[64];
    for (size_t n = 0; n <= LOYALP_STEM_INLINE; n++) {
        for (size_t i = 0; i < n; i++)
            a[i] = w[i] = (char)('a' + (i * 7 + n) % 26);
        cr_assert(loyalp_stem_same(a, w, n), "length %zu", n);
        for (size_t k = 0; k < n; k++) {
            w[k] ^= 0x20;
            cr_assert(!loyalp_stem_same(a, w, n), "length %zu, byte %zu", n, k);
            w[k] ^= 0x20;
        }
    }
}
