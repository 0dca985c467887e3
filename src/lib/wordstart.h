/* wordstart.h — the word-start index: which rules can match a text, by the
 * literals their regexes need at the start of a word (see
 * loyalp_regex_word_starts in prefilter.h). Internal to the library.
 *
 * A rule needs one of its clauses: one or two sets of literals at word
 * starts (two: in order, in different words, within a number of runs of
 * whitespace), and maybe sets to find anywhere in the text. The index maps
 * each literal to the clauses that hold it; a scan walks the words of a
 * normalized text, following each word's prefixes while some literal goes
 * on like it, and marks a rule a candidate once a clause of it is all
 * there. A superset by construction: the tagger confirms every candidate.
 * Built once per lexicon and read-only after; each scan has its own
 * loyalp_ws_scratch. */
#ifndef LOYAL_WORDSTART_H
#define LOYAL_WORDSTART_H

#include "prefilter.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The index's word characters, by their first byte: ASCII letters, digits
 * and '_', and Cyrillic (lead bytes D0, D1: U+0400 to U+047F, all letters).
 * PCRE2 (UCP) counts each of them as \w, so every place PCRE2 sees a word
 * start, with a word character after it, the index sees one too. The
 * skeleton's word-start marks (prefilter.c) and the scan rest on this one
 * definition. */
extern const unsigned char loyalp_ws_word_ascii[128]; /* 1: an ASCII word byte */

static inline bool loyalp_ws_word_byte(unsigned char c) {
    return c < 0x80 ? loyalp_ws_word_ascii[c] : (c == 0xD0 || c == 0xD1);
}

/* ASCII whitespace: what PCRE2's \s matches below U+0080. */
static inline bool loyalp_ws_space_byte(unsigned char c) {
    return c == ' ' || (unsigned)(c - 9) < 5u;
}

/* A word-start literal that ends with this byte must end its word there
 * (what follows is not a word character, or the text ends). */
#define LOYALP_WS_END '>'

/* In a word-start literal, this byte stands for any decimal digit (\d: an
 * ASCII digit, or one PCRE2 takes for a digit elsewhere in Unicode, which a
 * scan answers by making every rule with such a literal a candidate). The
 * index does not tell digits apart: a digit written in a literal matches
 * any digit too. */
#define LOYALP_WS_DIGIT '\x01'

typedef struct loyalp_ws_index loyalp_ws_index;

#define LOYALP_WS_PENDING 64
#define LOYALP_WS_CHECKS 64

/* Per rule, in a scan: the scan that last touched it (the rest is stale
 * otherwise), its last word start with a literal, its pairs' first sets. */
typedef struct loyalp_ws_rule_state {
    uint32_t stamp, last;
    uint16_t runs_at[4]; /* runs of whitespace before pair p's latest first set */
    uint8_t seen;        /* bit 2p: pair p's first set had a literal */
} loyalp_ws_rule_state;

/* Per-scan state. */
typedef struct loyalp_ws_scratch {
    loyalp_ws_rule_state *rule; /* [n_ids] */
    uint32_t scan;
    uint32_t pending[LOYALP_WS_PENDING]; /* first sets of this word: id << 3 | bit */
    size_t n_pending;
    uint64_t checks[LOYALP_WS_CHECKS]; /* postings of clauses to check for `any` sets */
    size_t n_checks;
    uint32_t runs;   /* runs of ASCII whitespace before the word being walked */
    bool ws_unsure;  /* a possible non-ASCII space came before: bounds are off */
} loyalp_ws_scratch;

/* An empty index for rule ids below n_ids; NULL when out of memory. */
loyalp_ws_index *loyalp_ws_index_new(size_t n_ids);
void loyalp_ws_index_free(loyalp_ws_index *x);

/* Adds rule id's needs (ids below n_ids and 2^29, at least one clause, at
 * most LOYALP_WS_MAX_PAIRS of two sets). False when out of memory, or for
 * an id or need it cannot take. */
bool loyalp_ws_index_add(loyalp_ws_index *x, uint32_t id, const loyalp_ws_need *need);

/* Builds the lookup table after the last add. False when out of memory. */
bool loyalp_ws_index_finish(loyalp_ws_index *x);

/* Rules in the index. */
size_t loyalp_ws_index_rules(const loyalp_ws_index *x);

bool loyalp_ws_scratch_init(loyalp_ws_scratch *s, const loyalp_ws_index *x);
void loyalp_ws_scratch_clear(loyalp_ws_scratch *s);

/* After a scan: the last offset where a literal of rule id starts a word
 * (0 when none; UINT32_MAX when the scan made it a candidate wholesale: a
 * digit outside ASCII, a '_' before a token), SIZE_MAX when the rule is not
 * in the index. No match of the rule starts after it. */
size_t loyalp_ws_last(const loyalp_ws_index *x, const loyalp_ws_scratch *s, size_t id);

/* Marks in the bitmap `hit` every rule of the index whose sets the
 * normalized text (valid UTF-8) all has at word starts. */
void loyalp_ws_scan(const loyalp_ws_index *x, loyalp_ws_scratch *s, const char *text,
                    size_t len, uint64_t *hit);

#endif
