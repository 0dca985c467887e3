/* prefilter.h — which rules of a lexicon can match a text.
 *
 * A prefilter is built once per lexicon and answers, per text, "which rules
 * are worth confirming?" with a superset of the rules that match:
 *   - a Hyperscan database per language, one pattern per regex/exclude rule
 *     (whose id is the rule's index) that matches wherever the rule can,
 *     and one literal per term rule anchored on a `word*` prefix or `*word`
 *     suffix;
 *   - a stem index for term rules anchored on a stemmed word: each token's
 *     stem looks up the rules that need it;
 *   - the polarity cues of polarity.lex, terms too, the same two ways;
 *   - rules neither can take are "always candidates".
 * The tagger confirms every candidate exactly, so the prefilter changes
 * speed, never results (tests/unit/test_prefilter.c).
 *
 * A compiled prefilter is read-only and shared by every tagger of its
 * lexicon; each tagger works with its own loyalp_pf_scratch. Where Hyperscan
 * is not built in, loyalp_prefilter_build gives NULL and the tagger takes
 * every rule (the exact path).
 *
 * Per text: loyalp_prefilter_scan, then loyalp_prefilter_key for every
 * word token's stems (when loyalp_prefilter_wants_stems), then
 * loyalp_prefilter_candidates.
 */
#ifndef LOYAL_PREFILTER_H
#define LOYAL_PREFILTER_H

#include "loyal.h"

typedef struct loyalp_prefilter loyalp_prefilter;
typedef struct loyalp_pf_scratch loyalp_pf_scratch;

/* What the last build did, for benchmarks and `--version`-style reports. */
typedef struct loyalp_pf_info {
    size_t rules;        /* rules of the lexicon */
    size_t cues;         /* its polarity cues (ids after the rules) */
    size_t in_db;        /* rules the database scans for */
    size_t word_starts;  /* rules in the word-start index (wordstart.h): regexes,
                          * excludes, `word*` terms and cues */
    size_t stem_indexed; /* term rules in the stem index */
    size_t always;       /* rules that are always candidates */
    bool from_cache;   /* the database was read from the on-disk cache */
    double build_secs; /* wall time to compile, or to read the cache */
    size_t db_bytes;   /* size of the compiled database */
} loyalp_pf_info;

/* Builds the prefilter of a loaded lexicon (rules parsed and compiled).
 * `cache_dir`: where compiled databases are cached, keyed by the lexicon's
 * sha256; NULL means $XDG_CACHE_HOME/loyal, else ~/.cache/loyal; "" means
 * no cache. An unreadable or unwritable cache is never an error: the
 * database is compiled instead, and not saved.
 * On success *out is the prefilter (caller frees with loyalp_prefilter_free)
 * or NULL when there is nothing to gain: Hyperscan not built in, or it
 * rejected the rule set as a whole. Errors: LOYAL_ERR_NOMEM only. */
loyal_status loyalp_prefilter_build(loyalp_prefilter **out, const loyal_lexicon *lex,
                                    const char *cache_dir, loyal_error *err);
void loyalp_prefilter_free(loyalp_prefilter *pf);

/* Borrowed until loyalp_prefilter_free. */
const loyalp_pf_info *loyalp_prefilter_info(const loyalp_prefilter *pf);

/* Working memory for one thread's scans. Caller frees with
 * loyalp_pf_scratch_free. Errors: LOYAL_ERR_NOMEM. */
loyal_status loyalp_pf_scratch_create(loyalp_pf_scratch **out, const loyalp_prefilter *pf);
void loyalp_pf_scratch_free(loyalp_pf_scratch *s);

/* Starts a text: scans the normalized text (valid UTF-8, `len` bytes) of
 * language `lang` for the patterns of the rules that apply to it (RU or EN:
 * that language's and both's; MIXED or UNKNOWN: all). */
void loyalp_prefilter_scan(const loyalp_prefilter *pf, loyalp_pf_scratch *s, const char *text,
                           size_t len, loyal_lang lang);

/* True when term rules are in the stem index, so the text's stems count. */
bool loyalp_prefilter_wants_stems(const loyalp_prefilter *pf);

/* The stem index's key for a stem (`hash` is its loyalp_hash, stem.h):
 * what loyalp_prefilter_key takes, LOYALP_NO_KEY when no term or cue is
 * anchored on it. Never 0, so a caller can cache it with the word. */
#define LOYALP_NO_KEY UINT32_MAX
uint32_t loyalp_prefilter_stem_key(const loyalp_prefilter *pf, const char *stem, size_t len,
                                   uint32_t hash);

/* After a scan: no match of rule i starts after this offset of the text
 * (the last word start with a literal its regex needs), SIZE_MAX when the
 * prefilter does not know. */
size_t loyalp_prefilter_last_start(const loyalp_prefilter *pf, const loyalp_pf_scratch *s,
                                   size_t i);

/* Adds the terms and cues anchored on the stem of `key` (of a word token,
 * or of the head part of a compound). LOYALP_NO_KEY adds nothing. */
void loyalp_prefilter_key(const loyalp_prefilter *pf, loyalp_pf_scratch *s, uint32_t key);

/* Ends a text: every rule that may match it, as rule indexes in ascending
 * order, then every polarity cue that may, as n_rules + its index, in
 * *rules (borrowed until the next call with s); returns their count. If the
 * scan failed, all of them. */
size_t loyalp_prefilter_candidates(const loyalp_prefilter *pf, loyalp_pf_scratch *s,
                                   const uint32_t **rules);

/* The pattern the database holds for rule i (a widened regex or an escaped
 * literal), or NULL when it holds none for it. For tests and `bench/`;
 * borrowed until loyalp_prefilter_free. */
const char *loyalp_prefilter_pattern(const loyalp_prefilter *pf, size_t i);

/* The skeleton of a PCRE2 pattern (UTF, UCP), for Hyperscan in byte mode
 * with HS_FLAG_DOTALL: its literal characters in order as UTF-8 bytes, its
 * groups and alternatives, and ".*" for everything else — classes, \w, .,
 * and any part a quantifier lets be absent; assertions and lookarounds
 * dropped. It matches wherever the pattern does (a superset that depends on
 * no Unicode table). NULL when the pattern uses what is not rewritten (back
 * references, inline flags, verbs …) or when its skeleton would match any
 * text: the rule is then always a candidate. Caller frees. */
char *loyalp_regex_widen(const char *pattern);

/* What a regex needs at word starts: clauses (an OR) of one or two sets
 * of literals (an AND): every match of the regex holds, for one clause, a
 * literal of each of its sets at a word start (the start of the text, or
 * after a character that is not an ASCII letter, digit or '_' nor a
 * Cyrillic letter), and one of each of its `any` sets anywhere. A word
 * start literal is word characters only, as normalized text spells them:
 * ASCII letters, digits, '_' and Cyrillic letters, and ends with
 * LOYALP_WS_END (wordstart.h) when its word must end there; an `any` one is
 * bytes. */
#define LOYALP_WS_MAX_BYTES 60 /* the longest literal, in bytes */
#define LOYALP_WS_MAX_CLAUSES 16
#define LOYALP_WS_NO_BOUND 15
#define LOYALP_WS_MAX_PAIRS 4 /* clauses of two sets */
#define LOYALP_WS_MIN_CHARS 2 /* the shortest literal at a word start */

typedef struct loyalp_ws_set {
    char **lit;
    size_t *len;
    size_t n;
} loyalp_ws_set;

typedef struct loyalp_ws_clause {
    loyalp_ws_set set[2]; /* at word starts, in the regex's order */
    size_t n;             /* 1 or 2 sets */
    unsigned bound;       /* of 2: at most this many runs of whitespace between
                           * the two word starts (LOYALP_WS_NO_BOUND: any) */
    loyalp_ws_set any[2]; /* and, for the rest of the regex, anywhere */
    size_t n_any;         /* 0 to 2 sets */
} loyalp_ws_clause;

typedef struct loyalp_ws_need {
    loyalp_ws_clause clause[LOYALP_WS_MAX_CLAUSES];
    size_t n;
    bool tokens; /* the literals start tokens (a term's `word*`), not only words:
                  * tokenize also starts one right after a '_' */
} loyalp_ws_need;

/* Fills *need (free it with loyalp_ws_need_free) and returns true when
 * each alternative of the regex's factors (see loyalp_regex_widen) has a
 * set of literals at word starts, LOYALP_WS_MIN_CHARS or more characters
 * each; its other factors become `any` sets where they spell out, else are
 * left out. False (nothing to free) otherwise: the rule then stays with
 * Hyperscan. */
bool loyalp_regex_word_starts(const char *pattern, loyalp_ws_need *need);
void loyalp_ws_need_free(loyalp_ws_need *need);

#endif
