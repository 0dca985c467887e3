/* lexicon.h — the compiled lexicon, shared read-only by every tagger. */
#ifndef LOYAL_LEXICON_H
#define LOYAL_LEXICON_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "loyal.h"

/* A term word: its Snowball stem, or with `prefix` (written `word*`) the
 * normalized text a token must start with. */
typedef struct loyalp_word {
    char *s;
    size_t len;
    bool prefix; /* word*: the token starts with s */
    bool suffix; /* *word: the token ends with s (n't) */
} loyalp_word;

typedef struct loyalp_rule {
    loyal_rule_info info; /* file and source strings owned by the lexicon */
    pcre2_code *re;       /* REGEX and EXCLUDE */
    bool jit;             /* re is JIT-compiled: matched with pcre2_jit_match */
    loyalp_word *words;   /* TERM */
    size_t n_words;
    unsigned gap;         /* TERM: other words allowed between two of its words (~N) */
    char **anchors;       /* REGEX: literals every match needs one of (NULL-ended), or NULL */
} loyalp_rule;

/* A polarity cue of polarity.lex. */
typedef enum loyalp_cue_kind {
    LOYALP_CUE_POSITIVE,
    LOYALP_CUE_NEGATIVE,
    LOYALP_CUE_NEGATOR,
    LOYALP_CUE_INTENSIFIER
} loyalp_cue_kind;

typedef struct loyalp_cue {
    loyalp_cue_kind kind;
    loyalp_rule rule; /* a TERM rule: words, gap, file:line (theme unused) */
} loyalp_cue;

struct loyal_lexicon {
    char *path;
    loyal_theme *themes;
    size_t n_themes;
    loyalp_rule *rules;
    size_t n_rules;
    loyal_expect *expects;
    size_t n_expects;
    char sha256[65];
    bool has_polarity;   /* polarity.lex was loaded */
    loyalp_cue *cues;
    size_t n_cues;
    unsigned window;     /* tokens either side of a mention where cues count */
    unsigned negation;   /* tokens before a cue where a negator flips it */
    struct loyalp_prefilter *prefilter; /* candidate rules per text; NULL = every rule */
};

/* regex_anchor.c: literal runs of letters such that every match of the
 * regex contains one of them, as a NULL-ended list, or NULL when the regex
 * has no such set of literals of at least 4 characters each; free with
 * loyalp_regex_anchors_free. */
char **loyalp_regex_anchors(const char *pattern);
void loyalp_regex_anchors_free(char **anchors);
/* The anchor of a set (loyalp_regex_anchors) when it has exactly one
 * literal, else NULL. */
const char *loyalp_regex_anchor_one(char *const *anchors);

/* Replaces ё/Ё by е/Е in place (same byte length), as every regex is
 * compiled: the normalized text never has ё. */
void loyalp_fold_yo(char *s);

/* Options every regex of a lexicon is compiled with. */
#define LOYALP_PCRE2_OPTIONS (PCRE2_UTF | PCRE2_UCP)

#endif
