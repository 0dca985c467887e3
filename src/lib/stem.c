/* stem.c — Snowball stems with a per-thread cache.
 *
 * Survey text repeats its words a lot, so a small cache in front of
 * libstemmer saves most stemming work. The cache is an open-addressing table
 * over an arena; when either fills up it is emptied and starts again, which
 * keeps memory bounded whatever the input.
 */
#include "stem.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS (1u << 15)          /* power of two */
#define MAX_USED (SLOTS / 2)
#define ARENA_MAX (2u << 20)

loyal_status loyalp_stemmer_init(loyalp_stemmer *s) {
    memset(s, 0, sizeof *s);
    s->ru = sb_stemmer_new("russian", "UTF_8");
    s->en = sb_stemmer_new("english", "UTF_8");
    s->slots = calloc(SLOTS, sizeof *s->slots);
    if (!s->ru || !s->en || !s->slots) {
        loyalp_stemmer_clear(s);
        return LOYAL_ERR_NOMEM;
    }
    return LOYAL_OK;
}

void loyalp_stemmer_clear(loyalp_stemmer *s) {
    if (!s)
        return;
    if (s->ru)
        sb_stemmer_delete(s->ru);
    if (s->en)
        sb_stemmer_delete(s->en);
    free(s->slots);
    free(s->arena);
    memset(s, 0, sizeof *s);
}

static bool arena_add(loyalp_stemmer *s, const char *p, size_t n, uint32_t *off) {
    if (s->arena_len + n > s->arena_cap) {
        size_t cap = s->arena_cap ? s->arena_cap * 2 : 64 * 1024;
        while (cap < s->arena_len + n)
            cap *= 2;
        char *a = realloc(s->arena, cap);
        if (!a)
            return false;
        s->arena = a;
        s->arena_cap = cap;
    }
    memcpy(s->arena + s->arena_len, p, n);
    *off = (uint32_t)s->arena_len;
    s->arena_len += n;
    return true;
}

const char *loyalp_stem(loyalp_stemmer *s, const char *word, size_t len, loyal_script script,
                        size_t *out_len) {
    uint32_t h;
    return loyalp_stem_hashed(s, word, len, script, out_len, &h, NULL);
}

const char *loyalp_stem_hashed(loyalp_stemmer *s, const char *word, size_t len,
                               loyal_script script, size_t *out_len, uint32_t *stem_hash,
                               uint32_t **aux) {
    if (aux)
        *aux = NULL;
    struct sb_stemmer *sb = script == LOYAL_SCRIPT_CYRILLIC ? s->ru
                            : script == LOYAL_SCRIPT_LATIN  ? s->en
                                                            : NULL;
    if (!sb || len > 256) {
        *out_len = len;
        *stem_hash = loyalp_hash(word, len);
        return word;
    }
    uint32_t h = loyalp_hash(word, len); /* never 0: 0 marks an empty slot */
    size_t i = h & (SLOTS - 1);
    for (;; i = (i + 1) & (SLOTS - 1)) {
        loyalp_stem_slot *sl = &s->slots[i];
        if (!sl->hash)
            break;
        if (sl->hash == h && sl->word_len == len && !memcmp(s->arena + sl->word, word, len)) {
            *out_len = sl->stem_len;
            *stem_hash = sl->stem_hash;
            if (aux)
                *aux = &sl->aux;
            return s->arena + sl->stem;
        }
    }
    const sb_symbol *st = sb_stemmer_stem(sb, (const sb_symbol *)word, (int)len);
    if (!st)
        return NULL;
    size_t sl_len = (size_t)sb_stemmer_length(sb);
    if (s->used >= MAX_USED || s->arena_len + len + sl_len > ARENA_MAX) {
        memset(s->slots, 0, SLOTS * sizeof *s->slots);
        s->used = 0;
        s->arena_len = 0;
        i = h & (SLOTS - 1);
    }
    loyalp_stem_slot *slot = &s->slots[i];
    if (!arena_add(s, word, len, &slot->word) ||
        !arena_add(s, (const char *)st, sl_len, &slot->stem)) {
        slot->hash = 0;
        return NULL;
    }
    slot->hash = h;
    slot->word_len = (uint32_t)len;
    slot->stem_len = (uint32_t)sl_len;
    slot->stem_hash = loyalp_hash(s->arena + slot->stem, sl_len);
    slot->aux = 0;
    s->used++;
    *out_len = sl_len;
    *stem_hash = slot->stem_hash;
    if (aux)
        *aux = &slot->aux;
    return s->arena + slot->stem;
}
