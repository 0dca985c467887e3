/* prefilter.h — which rules of a lexicon can match a text.
 *
 * A prefilter is built once per lexicon and answers, per text, "which rules
 * are worth confirming?" with a superset of the rules that match:
 *   - a Hyperscan database per language: per regex/exclude rule (its id
 *     is the rule's index) a set of literals every match contains one of,
 *     the rest of the regex's skeleton checked after a hit (the check,
 *     below); per term rule anchored on a `word*` prefix or `*word`
 *     suffix, that literal;
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

/* Adds the terms and cues anchored on the stem of `key` (of a word token,
 * or of the head part of a compound). LOYALP_NO_KEY adds nothing. */
void loyalp_prefilter_key(const loyalp_prefilter *pf, loyalp_pf_scratch *s, uint32_t key);

/* Ends a text: every rule that may match it, as rule indexes in ascending
 * order, then every polarity cue that may, as n_rules + its index, in
 * *rules (borrowed until the next call with s); returns their count. If the
 * scan failed, all of them. */
size_t loyalp_prefilter_candidates(const loyalp_prefilter *pf, loyalp_pf_scratch *s,
                                   const uint32_t **rules);

/* After a match of candidate rule `rule` (a regex) that ended at `from`,
 * in the text of the last scan: can another one start at or after it?
 * False only when none can (the rule's check, loyalp_check_run); true
 * when the rule has no check. */
bool loyalp_prefilter_more(const loyalp_prefilter *pf, loyalp_pf_scratch *s, size_t rule,
                           size_t from);

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

/* The check of a regex: its skeleton (see loyalp_regex_widen) as a tree of
 * literals, gaps and alternatives, and a set of literals every match of it
 * contains one of (the rarest such set, by the length of its shortest
 * literal), for Hyperscan. The database holds that set; a text that has
 * one of them is then checked against the whole tree here: the walk
 * passes every text the regex can match (a superset, like the skeleton),
 * and rejects most of the others, before any PCRE2 call. */
typedef struct loyalp_check loyalp_check;

/* The check of a PCRE2 pattern, or NULL when its skeleton cannot be made
 * (the rule is then always a candidate) or memory runs out. Caller frees
 * with loyalp_check_free. */
loyalp_check *loyalp_check_create(const char *pattern);
void loyalp_check_free(loyalp_check *c);

/* The literal set as a Hyperscan pattern ("(?:a|b)", or one literal,
 * bytes as loyalp_regex_widen writes them). Borrowed until
 * loyalp_check_free. */
const char *loyalp_check_literals(const loyalp_check *c);

/* The characters of the literal set's shortest literal. */
size_t loyalp_check_shortest(const loyalp_check *c);

/* True when the literal set is the whole tree: a text with one of them
 * passes, there is nothing left to check. */
bool loyalp_check_exact(const loyalp_check *c);

/* A text's signature: a bit for each hashed four bytes of it that start a
 * character. A literal one of whose grams' bits is clear is not in it. */
#define LOYALP_SIG_BITS 10
#define LOYALP_SIG_WORDS (1 << LOYALP_SIG_BITS) / 64
void loyalp_check_sig(const char *text, size_t len, uint64_t sig[LOYALP_SIG_WORDS]);

/* Can a match of the skeleton start at or after `from` in text[0, len)?
 * False only when no match of the regex can (lookbehinds may look before
 * `from`, but a match consumes only text after it).
 * `sig`: the text's signature (loyalp_check_sig) to skip the search for
 * literals it rules out, or NULL to search for every one; the answer is
 * the same. */
bool loyalp_check_run(const loyalp_check *c, const char *text, size_t len, size_t from,
                      const uint64_t *sig);

#endif
