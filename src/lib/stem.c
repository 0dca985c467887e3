/* stem.c — Snowball stems with a per-thread cache.
 *
 * Survey text repeats its words a lot, so a cache in front of libstemmer
 * saves most stemming work, and a lookup has to be cheap: ~9 words a row.
 * The cache is a table of 64-byte slots, one cache line each, holding the
 * word, its stem (as a length when it is a prefix of the word, which it is
 * for nearly every word: Snowball mostly strips endings), both hashes and
 * the caller's aux. A hit reads one line, or two adjacent ones.
 *
 * The table is 2-way set associative: a word's hash picks a bucket of two
 * slots, and a miss replaces the less recently used one. Memory is fixed
 * (SLOTS * 64 bytes, zero pages until touched), nothing is ever flushed
 * wholesale, and the frequent words stay while the long tail churns.
 * Words that do not fit a slot (longer than LOYALP_STEM_INLINE bytes with
 * their stem) are stemmed each time; a survey has next to none.
 */
#include "stem.h"

#include <libstemmer.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS LOYALP_STEM_SLOTS
#define MAX_WORD 256 /* longer words are left as they are */

_Static_assert(sizeof(loyalp_stem_slot) == 64, "a slot is one cache line");
_Static_assert(LOYALP_STEM_INLINE <= 255, "lengths fit a byte");

loyal_status loyalp_stemmer_init(loyalp_stemmer *s) {
    memset(s, 0, sizeof *s);
    s->ru = sb_stemmer_new("russian", "UTF_8");
    s->en = sb_stemmer_new("english", "UTF_8");
    /* calloc, not aligned_alloc + memset: the pages stay untouched (and out
     * of the RSS) until a word lands in them. */
    s->mem = calloc(1, SLOTS * sizeof *s->slots + 64);
    if (!s->ru || !s->en || !s->mem) {
        loyalp_stemmer_clear(s);
        return LOYAL_ERR_NOMEM;
    }
    s->slots = (loyalp_stem_slot *)(((uintptr_t)s->mem + 63) & ~(uintptr_t)63);
    return LOYAL_OK;
}

void loyalp_stemmer_clear(loyalp_stemmer *s) {
    if (!s)
        return;
    if (s->ru)
        sb_stemmer_delete(s->ru);
    if (s->en)
        sb_stemmer_delete(s->en);
    free(s->mem);
    memset(s, 0, sizeof *s);
}

const char *loyalp_stem(loyalp_stemmer *s, const char *word, size_t len, loyal_script script,
                        size_t *out_len) {
    uint32_t h;
    return loyalp_stem_hashed(s, word, len, script, 0, out_len, &h, NULL);
}

const char *loyalp_stem_miss(loyalp_stemmer *s, const char *word, size_t len, loyal_script script,
                             uint32_t word_hash, size_t *out_len, uint32_t *stem_hash,
                             uint32_t **aux) {
    if (aux)
        *aux = NULL;
    unsigned lang = loyalp_stem_lang(script);
    struct sb_stemmer *sb = lang == 1 ? s->ru : lang == 2 ? s->en : NULL;
    if (!sb || len > MAX_WORD) {
        *out_len = len;
        *stem_hash = loyalp_hash(word, len);
        return word;
    }
    const sb_symbol *st = sb_stemmer_stem(sb, (const sb_symbol *)word, (int)len);
    if (!st)
        return NULL;
    s->misses++;
    size_t sn = (size_t)sb_stemmer_length(sb);
    bool prefix = sn <= len && !memcmp(st, word, sn);
    if (!word_hash || len + (prefix ? 0 : sn) > LOYALP_STEM_INLINE) {
        /* Too long to keep: Snowball's buffer lasts until its next call. */
        *out_len = sn;
        *stem_hash = loyalp_hash((const char *)st, sn);
        return (const char *)st;
    }
    /* An empty slot, else the less recently used one. */
    loyalp_stem_slot *b = loyalp_stem_bucket(s, word_hash);
    unsigned w = !b[0].hash ? 0 : !b[1].hash ? 1 : b->flags & LOYALP_STEM_OLDER ? 1 : 0;
    loyalp_stem_slot *sl = &b[w];
    sl->hash = word_hash;
    sl->word_len = (uint8_t)len;
    sl->lang = (uint8_t)lang;
    sl->stem_len = (uint8_t)sn;
    sl->flags = prefix ? 0 : LOYALP_STEM_AFTER;
    memcpy(sl->b, word, len);
    if (!prefix)
        memcpy(sl->b + len, st, sn);
    const char *out = sl->b + (prefix ? 0 : len);
    sl->stem_hash = loyalp_hash(out, sn);
    sl->aux = 0;
    /* The slot just written is the most recently used. */
    b->flags = (uint8_t)((b->flags & ~LOYALP_STEM_OLDER) | (w ? 0 : LOYALP_STEM_OLDER));
    *out_len = sn;
    *stem_hash = sl->stem_hash;
    if (aux)
        *aux = &sl->aux;
    return out;
}
