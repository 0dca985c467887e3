/* tagger.c — text → theme matches with spans and the rules that made them.
 *
 * A run has three steps:
 *   1. normalize and tokenize the text (text.c);
 *   2. pick the candidate rules for this text (candidates(): the rules of
 *      the text's language that the lexicon's prefilter says may match — a
 *      Hyperscan scan of the normalized text, a stem-index lookup of its
 *      words, prefilter.h — or every rule of the language where there is no
 *      prefilter: the exact path);
 *   3. confirm each candidate exactly — terms against the tokens, regexes
 *      with PCRE2 under match limits — drop mentions inside an `exclude`
 *      span of their theme, and group the rest by theme.
 * All working memory lives in the tagger, so runs allocate only while the
 * buffers grow to the largest text seen.
 */
#include "lexicon.h"

#include "buf.h"
#include "error.h"
#include "prefilter.h"
#include "stem.h"

#include <stdlib.h>
#include <string.h>

#define MATCH_LIMIT 1000000u
#define DEPTH_LIMIT 10000u
#define JIT_STACK_MAX (1u << 20)

typedef struct hit {
    size_t theme, rule;
    uint32_t bs, be; /* byte span of the normalized text */
} hit;

typedef struct vec {
    void *p;
    size_t n, cap;
} vec;

/* The stems of one token: of the whole word and of its head part, with
 * their keys in the prefilter's stem index. */
typedef struct tok_stem {
    uint32_t off, len;   /* into stem_chars */
    uint32_t hoff, hlen; /* the head part's stem (= the word's for simple words) */
    uint32_t key, hkey;  /* their keys in the prefilter's stem index (with t->pf) */
} tok_stem;

struct loyal_tagger {
    const loyal_lexicon *lex;
    loyal_text text;
    loyalp_stemmer stemmer;
    loyalp_pf_scratch *pf; /* NULL: the exact path */
    bool stems_ready;     /* stems of this text computed */
    vec stem_chars;       /* char */
    tok_stem *stems;      /* [text.n_tokens] */
    size_t stems_cap;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit;
    vec cand;    /* size_t rule indexes */
    vec cue_cand; /* size_t cue indexes the prefilter found (with t->pf) */
    vec hits;    /* hit */
    vec excl;    /* hit of exclude rules */
    vec matches; /* loyal_theme_match */
    vec spans;   /* loyal_span */
    vec rules;   /* size_t */
    vec cues;    /* loyal_cue_match */
    vec dropped; /* hit[2]: a mention removed by an exclude, and that exclude */
    loyal_tags tags;
};

static loyal_status vec_push(vec *v, const void *item, size_t size) {
    if (loyalp_grow(&v->p, &v->cap, v->n, size, 32))
        return LOYAL_ERR_NOMEM;
    memcpy((char *)v->p + v->n * size, item, size);
    v->n++;
    return LOYAL_OK;
}

const char *loyal_matcher_name(void) {
#ifdef LOYAL_HAVE_HYPERSCAN
    const char *pf = getenv("LOYAL_PREFILTER");
    if (!(pf && !strcmp(pf, "0")))
        return "word-start index + hyperscan prefilter + pcre2";
#endif
    return "pcre2 (exact)";
}

const char *loyal_polarity_name(loyal_polarity p) {
    switch (p) {
    case LOYAL_POLARITY_POSITIVE:
        return "positive";
    case LOYAL_POLARITY_NEGATIVE:
        return "negative";
    default:
        return "neutral";
    }
}

loyal_status loyal_tagger_create(loyal_tagger **out, const loyal_lexicon *lex,
                                 loyal_error *err) {
    *out = NULL;
    loyal_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return loyalp_nomem(err);
    t->lex = lex;
    loyal_text_init(&t->text);
    if (loyalp_stemmer_init(&t->stemmer)) {
        free(t);
        return loyalp_nomem(err);
    }
    t->md = pcre2_match_data_create(4, NULL);
    t->mctx = pcre2_match_context_create(NULL);
    t->jit = pcre2_jit_stack_create(32 * 1024, JIT_STACK_MAX, NULL);
    if (!t->md || !t->mctx || (lex->prefilter && loyalp_pf_scratch_create(&t->pf, lex->prefilter))) {
        loyal_tagger_free(t);
        return loyalp_nomem(err);
    }
    pcre2_set_match_limit(t->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(t->mctx, DEPTH_LIMIT);
    if (t->jit) /* NULL where JIT is not available: the interpreter needs none */
        pcre2_jit_stack_assign(t->mctx, NULL, t->jit);
    *out = t;
    return LOYAL_OK;
}

void loyal_tagger_free(loyal_tagger *t) {
    if (!t)
        return;
    loyal_text_clear(&t->text);
    loyalp_stemmer_clear(&t->stemmer);
    loyalp_pf_scratch_free(t->pf);
    free(t->stem_chars.p);
    free(t->stems);
    pcre2_match_data_free(t->md);
    pcre2_match_context_free(t->mctx);
    pcre2_jit_stack_free(t->jit);
    free(t->cand.p);
    free(t->cue_cand.p);
    free(t->hits.p);
    free(t->excl.p);
    free(t->matches.p);
    free(t->spans.p);
    free(t->rules.p);
    free(t->cues.p);
    free(t->dropped.p);
    free(t);
}

const loyal_text *loyal_tagger_text(const loyal_tagger *t) {
    return &t->text;
}

size_t loyal_tagger_cues(const loyal_tagger *t, const loyal_cue_match **cues) {
    *cues = t->cues.p;
    return t->cues.n;
}

/* Does a rule of language `rule` apply to a text of language `text`? */
static bool lang_applies(loyal_lang rule, loyal_lang text) {
    return rule == LOYAL_LANG_UNKNOWN || text == LOYAL_LANG_MIXED || text == rule;
}

static loyal_status ensure_stems(loyal_tagger *t);

/* Step 2 with the prefilter: its candidates of the text's language into
 * t->cand, and the polarity cues it found into t->cue_cand. */
static loyal_status prefilter_candidates(loyal_tagger *t, loyal_lang lang) {
    const loyal_lexicon *lex = t->lex;
    const loyalp_prefilter *pf = lex->prefilter;
    loyalp_prefilter_scan(pf, t->pf, t->text.norm, t->text.norm_len, lang);
    if (loyalp_prefilter_wants_stems(pf)) {
        if (ensure_stems(t))
            return LOYAL_ERR_NOMEM;
        for (size_t k = 0; k < t->text.n_tokens; k++) {
            const tok_stem *ts = &t->stems[k];
            if (t->text.tokens[k].kind != LOYAL_TOKEN_WORD)
                continue;
            loyalp_prefilter_key(pf, t->pf, ts->key);
            if (ts->hkey != ts->key)
                loyalp_prefilter_key(pf, t->pf, ts->hkey);
        }
    }
    const uint32_t *ids;
    size_t n = loyalp_prefilter_candidates(pf, t->pf, &ids);
    for (size_t k = 0; k < n; k++) {
        size_t i = ids[k];
        if (i >= lex->n_rules) {
            i -= lex->n_rules; /* a polarity cue, for find_cues */
            if (vec_push(&t->cue_cand, &i, sizeof i))
                return LOYAL_ERR_NOMEM;
        } else if (lang_applies(lex->rules[i].info.lang, lang) &&
                   vec_push(&t->cand, &i, sizeof i)) {
            return LOYAL_ERR_NOMEM;
        }
    }
    return LOYAL_OK;
}

/* Step 2: the rules worth confirming on this text, in rule order. */
static loyal_status candidates(loyal_tagger *t, loyal_lang lang) {
    const loyal_lexicon *lex = t->lex;
    t->cand.n = t->cue_cand.n = 0;
    if (lang == LOYAL_LANG_UNKNOWN)
        return LOYAL_OK; /* no letters: no rule can mention a theme */
    if (t->pf)
        return prefilter_candidates(t, lang);
    for (size_t i = 0; i < lex->n_rules; i++) {
        if (!lang_applies(lex->rules[i].info.lang, lang))
            continue;
        if (vec_push(&t->cand, &i, sizeof i))
            return LOYAL_ERR_NOMEM;
    }
    return LOYAL_OK;
}

static loyal_status push_chars(vec *v, const char *p, size_t n, uint32_t *off) {
    if (v->n + n > v->cap) {
        size_t cap = v->cap ? v->cap : 256;
        while (cap < v->n + n)
            cap *= 2;
        char *q = realloc(v->p, cap);
        if (!q)
            return LOYAL_ERR_NOMEM;
        v->p = q;
        v->cap = cap;
    }
    *off = (uint32_t)v->n;
    memcpy((char *)v->p + v->n, p, n);
    v->n += n;
    return LOYAL_OK;
}

/* The prefilter's stem index key of a stem, looked up once per word while
 * the stem cache keeps the word (in *aux); 0 without a prefilter. */
static uint32_t stem_key(const loyal_tagger *t, const char *st, size_t n, uint32_t hash,
                         uint32_t *aux) {
    if (!t->pf)
        return 0;
    if (aux && *aux)
        return *aux;
    uint32_t key = loyalp_prefilter_stem_key(t->lex->prefilter, st, n, hash);
    if (aux)
        *aux = key;
    return key;
}

/* The script Snowball stems a token's head part by: its first letter's. */
static loyal_script head_script(const loyal_text *x, const loyal_token *tok) {
    unsigned char c = (unsigned char)x->norm[tok->head];
    return c < 0x80 ? LOYAL_SCRIPT_LATIN : (c == 0xD0 || c == 0xD1) ? LOYAL_SCRIPT_CYRILLIC
                                                                  : tok->script;
}

/* Stems every word token of the text, once per text and only when a term
 * rule is a candidate. Two passes: the first hashes every word and
 * prefetches its cache slot, so the second's lookups do not each wait for
 * memory in turn. */
static loyal_status ensure_stems(loyal_tagger *t) {
    if (t->stems_ready)
        return LOYAL_OK;
    const loyal_text *x = &t->text;
    if (x->n_tokens > t->stems_cap) {
        tok_stem *p = realloc(t->stems, x->n_tokens * sizeof *p);
        if (!p)
            return LOYAL_ERR_NOMEM;
        t->stems = p;
        t->stems_cap = x->n_tokens;
    }
    for (size_t k = 0; k < x->n_tokens; k++) {
        const loyal_token *tok = &x->tokens[k];
        tok_stem *ts = &t->stems[k];
        if (tok->kind != LOYAL_TOKEN_WORD)
            continue;
        /* The hashes wait in key and hkey until the second pass. */
        ts->key = loyalp_stem_prefetch(&t->stemmer, x->norm + tok->start, tok->end - tok->start,
                                       tok->script);
        if (tok->head != tok->start)
            ts->hkey = loyalp_stem_prefetch(&t->stemmer, x->norm + tok->head,
                                            tok->end - tok->head, head_script(x, tok));
    }
    t->stem_chars.n = 0;
    for (size_t k = 0; k < x->n_tokens; k++) {
        const loyal_token *tok = &x->tokens[k];
        tok_stem *ts = &t->stems[k];
        if (tok->kind != LOYAL_TOKEN_WORD) {
            memset(ts, 0, sizeof *ts);
            continue;
        }
        /* Built in locals and stored once: reading back fields just
         * written through pointers stalled on store forwarding. */
        size_t n;
        uint32_t hash, *aux, off, len, key;
        const char *st = loyalp_stem_hashed(&t->stemmer, x->norm + tok->start,
                                            tok->end - tok->start, tok->script, ts->key, &n,
                                            &hash, &aux);
        if (!st || push_chars(&t->stem_chars, st, n, &off))
            return LOYAL_ERR_NOMEM;
        len = (uint32_t)n;
        key = stem_key(t, st, n, hash, aux);
        tok_stem v = {off, len, off, len, key, key};
        if (tok->head != tok->start) {
            st = loyalp_stem_hashed(&t->stemmer, x->norm + tok->head, tok->end - tok->head,
                                    head_script(x, tok), ts->hkey, &n, &hash, &aux);
            if (!st || push_chars(&t->stem_chars, st, n, &off))
                return LOYAL_ERR_NOMEM;
            v.hoff = off;
            v.hlen = (uint32_t)n;
            v.hkey = stem_key(t, st, n, hash, aux);
        }
        *ts = v;
    }
    t->stems_ready = true;
    return LOYAL_OK;
}

static bool starts_with(const char *s, size_t n, const loyalp_word *w) {
    return n >= w->len && !memcmp(s, w->s, w->len);
}

static bool ends_with(const char *s, size_t n, const loyalp_word *w) {
    return n >= w->len && !memcmp(s + n - w->len, w->s, w->len);
}

/* Does token k match one word of a term: by stem (of the word or of its
 * head part), or by prefix for `word*`? */
static bool word_matches(const loyal_tagger *t, size_t k, const loyalp_word *w) {
    const loyal_text *x = &t->text;
    const loyal_token *tok = &x->tokens[k];
    if (tok->kind != LOYAL_TOKEN_WORD)
        return false;
    if (w->suffix)
        return ends_with(x->norm + tok->start, tok->end - tok->start, w);
    if (w->prefix)
        return starts_with(x->norm + tok->start, tok->end - tok->start, w) ||
               (tok->head != tok->start && starts_with(x->norm + tok->head, tok->end - tok->head, w));
    const tok_stem *ts = &t->stems[k];
    const char *sc = t->stem_chars.p;
    return (ts->len == w->len && !memcmp(sc + ts->off, w->s, w->len)) ||
           (ts->hlen == w->len && !memcmp(sc + ts->hoff, w->s, w->len));
}

/* Where a term's words stand, in order, each by stem (or prefix/suffix),
 * with at most `gap` other tokens between two of them: the term's
 * occurrence starting at token i ends at *last. */
static bool term_at(const loyal_tagger *t, const loyalp_rule *r, size_t i, size_t *last) {
    const loyal_text *x = &t->text;
    if (!word_matches(t, i, &r->words[0]))
        return false;
    size_t at = i;
    for (size_t k = 1; k < r->n_words; k++) {
        size_t j = at + 1, stop = at + 2 + r->gap;
        while (j < x->n_tokens && j < stop && !word_matches(t, j, &r->words[k]))
            j++;
        if (j >= x->n_tokens || j >= stop)
            return false;
        at = j;
    }
    *last = at;
    return true;
}

static loyal_status confirm_term(loyal_tagger *t, size_t ri) {
    const loyalp_rule *r = &t->lex->rules[ri];
    const loyal_text *x = &t->text;
    if (r->n_words == 0 || x->n_tokens < r->n_words)
        return LOYAL_OK;
    if (ensure_stems(t))
        return LOYAL_ERR_NOMEM;
    for (size_t i = 0; i + r->n_words <= x->n_tokens; i++) {
        size_t last;
        if (!term_at(t, r, i, &last))
            continue;
        hit h = {r->info.theme, ri, x->tokens[i].start, x->tokens[last].end};
        if (vec_push(&t->hits, &h, sizeof h))
            return LOYAL_ERR_NOMEM;
    }
    return LOYAL_OK;
}

/* Every polarity cue of the text, with its sign after negation. */
static loyal_status find_cues(loyal_tagger *t) {
    const loyal_lexicon *lex = t->lex;
    const loyal_text *x = &t->text;
    t->cues.n = 0;
    if (ensure_stems(t))
        return LOYAL_ERR_NOMEM;
    /* With a prefilter, only the cues it found; the same order either way. */
    size_t n = t->pf ? t->cue_cand.n : lex->n_cues;
    const size_t *cc = t->cue_cand.p;
    for (size_t ci = 0; ci < n; ci++) {
        size_t c = t->pf ? cc[ci] : ci;
        const loyalp_cue *cue = &lex->cues[c];
        if (!lang_applies(cue->rule.info.lang, t->tags.lang) || !cue->rule.n_words)
            continue;
        for (size_t i = 0; i + cue->rule.n_words <= x->n_tokens; i++) {
            size_t last;
            if (!term_at(t, &cue->rule, i, &last))
                continue;
            loyal_cue_match m = {c, cue->rule.info.line, (uint32_t)i, (uint32_t)last, 0, false};
            if (vec_push(&t->cues, &m, sizeof m))
                return LOYAL_ERR_NOMEM;
        }
    }
    /* Signs: a negator shortly before a cue flips it; an intensifier right
     * before doubles it. */
    loyal_cue_match *cm = t->cues.p;
    for (size_t a = 0; a < t->cues.n; a++) {
        loyalp_cue_kind k = lex->cues[cm[a].cue].kind;
        if (k != LOYALP_CUE_POSITIVE && k != LOYALP_CUE_NEGATIVE)
            continue;
        int v = k == LOYALP_CUE_POSITIVE ? 1 : -1;
        for (size_t b = 0; b < t->cues.n; b++) {
            loyalp_cue_kind kb = lex->cues[cm[b].cue].kind;
            if (cm[b].last >= cm[a].first)
                continue;
            size_t gap = cm[a].first - cm[b].last; /* 1: right before */
            if (kb == LOYALP_CUE_NEGATOR && gap <= lex->negation)
                cm[a].negated = true;
            else if (kb == LOYALP_CUE_INTENSIFIER && gap <= 2)
                v *= 2; /* right before, or one word between: "очень даже хороший" */
        }
        cm[a].value = cm[a].negated ? -v : v;
    }
    return LOYAL_OK;
}

/* The token index of the token holding byte b (tokens are sorted). */
static size_t token_at(const loyal_text *x, uint32_t b) {
    size_t lo = 0, hi = x->n_tokens;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->tokens[mid].end <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The polarity of one theme's mentions: the sign of the sum of the cues in
 * the window around each of its spans. */
static loyal_polarity polarity_of(const loyal_tagger *t, const hit *h, size_t n) {
    const loyal_text *x = &t->text;
    const loyal_cue_match *cm = t->cues.p;
    unsigned w = t->lex->window;
    int sum = 0;
    for (size_t i = 0; i < n; i++) {
        size_t first = token_at(x, h[i].bs);
        size_t last = h[i].be ? token_at(x, h[i].be - 1) : first;
        size_t lo = first > w ? first - w : 0, hi = last + w;
        for (size_t c = 0; c < t->cues.n; c++)
            if (cm[c].value && cm[c].last >= lo && cm[c].first <= hi)
                sum += cm[c].value;
    }
    return sum > 0 ? LOYAL_POLARITY_POSITIVE : sum < 0 ? LOYAL_POLARITY_NEGATIVE
                                                      : LOYAL_POLARITY_NEUTRAL;
}

/* Every match of a regex rule into `into`; a rule stopped by a limit adds
 * nothing and counts in regex_limit_hits. */
static loyal_status confirm_regex(loyal_tagger *t, size_t ri, vec *into) {
    const loyalp_rule *r = &t->lex->rules[ri];
    const loyal_text *x = &t->text;
    size_t first = into->n;
    /* With the prefilter, no match starts after `last`: the call that would
     * only say so is skipped. */
    size_t last = t->pf ? loyalp_prefilter_last_start(t->lex->prefilter, t->pf, ri) : SIZE_MAX;
    PCRE2_SIZE off = 0;
    while (off <= x->norm_len && off <= last) {
        /* The JIT entry skips pcre2_match's checks of what the tagger
         * already knows (valid UTF-8, a compiled pattern): same results. */
        int rc = r->jit ? pcre2_jit_match(r->re, (PCRE2_SPTR)x->norm, x->norm_len, off, 0,
                                          t->md, t->mctx)
                        : pcre2_match(r->re, (PCRE2_SPTR)x->norm, x->norm_len, off,
                                      PCRE2_NO_UTF_CHECK, t->md, t->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0) {
            /* Match or depth limit, JIT stack: the rule does not match. */
            into->n = first;
            t->tags.regex_limit_hits++;
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->md);
        hit h = {r->info.theme, ri, (uint32_t)ov[0], (uint32_t)ov[1]};
        if (ov[1] > ov[0] && vec_push(into, &h, sizeof h))
            return LOYAL_ERR_NOMEM;
        if (ov[1] > off)
            off = ov[1];
        else {
            /* An empty match: step over one character. */
            off++;
            while (off < x->norm_len && ((unsigned char)x->norm[off] & 0xC0) == 0x80)
                off++;
        }
    }
    return LOYAL_OK;
}

/* The exclude hit whose span holds h, or NULL. */
static const hit *excluded(const loyal_tagger *t, const hit *h) {
    const hit *e = t->excl.p;
    for (size_t i = 0; i < t->excl.n; i++)
        if (e[i].theme == h->theme && e[i].bs <= h->bs && h->be <= e[i].be)
            return &e[i];
    return NULL;
}

static int cmp_hit(const void *a, const void *b) {
    const hit *x = a, *y = b;
    if (x->theme != y->theme)
        return x->theme < y->theme ? -1 : 1;
    if (x->bs != y->bs)
        return x->bs < y->bs ? -1 : 1;
    if (x->be != y->be)
        return x->be < y->be ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

static int cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Groups the kept hits by theme into t->tags. */
static loyal_status group(loyal_tagger *t) {
    hit *h = t->hits.p;
    size_t n = t->hits.n;
    if (n > 1)
        qsort(h, n, sizeof *h, cmp_hit);
    t->matches.n = t->spans.n = t->rules.n = 0;
    /* Offsets first (the arrays may move while they grow), pointers after. */
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        loyal_theme_match m;
        memset(&m, 0, sizeof m);
        m.theme = h[i].theme;
        size_t span0 = t->spans.n, rule0 = t->rules.n;
        for (; j < n && h[j].theme == m.theme; j++) {
            loyal_span sp;
            loyal_text_span(&t->text, h[j].bs, h[j].be, &sp.start, &sp.end);
            const loyal_span *last =
                t->spans.n > span0 ? (const loyal_span *)t->spans.p + t->spans.n - 1 : NULL;
            if (!last || last->start != sp.start || last->end != sp.end)
                if (vec_push(&t->spans, &sp, sizeof sp))
                    return LOYAL_ERR_NOMEM;
            if (vec_push(&t->rules, &h[j].rule, sizeof h[j].rule))
                return LOYAL_ERR_NOMEM;
        }
        size_t *rv = (size_t *)t->rules.p + rule0;
        size_t nr = t->rules.n - rule0;
        qsort(rv, nr, sizeof *rv, cmp_size);
        size_t u = 0;
        for (size_t k = 0; k < nr; k++)
            if (u == 0 || rv[u - 1] != rv[k])
                rv[u++] = rv[k];
        t->rules.n = rule0 + u;
        m.n_spans = t->spans.n - span0;
        m.n_rules = u;
        m.spans = (const loyal_span *)(uintptr_t)span0;
        m.rules = (const size_t *)(uintptr_t)rule0;
        m.polarity = t->lex->has_polarity ? polarity_of(t, h + i, j - i) : LOYAL_POLARITY_NEUTRAL;
        if (vec_push(&t->matches, &m, sizeof m))
            return LOYAL_ERR_NOMEM;
        i = j;
    }
    loyal_theme_match *mv = t->matches.p;
    for (size_t k = 0; k < t->matches.n; k++) {
        mv[k].spans = (const loyal_span *)t->spans.p + (uintptr_t)mv[k].spans;
        mv[k].rules = (const size_t *)t->rules.p + (uintptr_t)mv[k].rules;
    }
    t->tags.n = t->matches.n;
    t->tags.themes = mv;
    return LOYAL_OK;
}

loyal_status loyal_tagger_run(loyal_tagger *t, const char *text, size_t len, loyal_lang lang,
                              const loyal_tags **out, loyal_error *err) {
    loyal_status st;
    memset(&t->tags, 0, sizeof t->tags);
    t->hits.n = t->excl.n = t->cues.n = 0;
    t->stems_ready = false;
    st = loyal_text_normalize(&t->text, text, len, err);
    if (st)
        return st;
    t->tags.lang = lang != LOYAL_LANG_UNKNOWN ? lang : loyal_text_lang(&t->text);
    if ((st = candidates(t, t->tags.lang)))
        goto out;
    const size_t *cand = t->cand.p;
    for (size_t c = 0; c < t->cand.n && !st; c++) {
        const loyalp_rule *r = &t->lex->rules[cand[c]];
        switch (r->info.kind) {
        case LOYAL_RULE_TERM:
            st = confirm_term(t, cand[c]);
            break;
        case LOYAL_RULE_REGEX:
            st = confirm_regex(t, cand[c], &t->hits);
            break;
        case LOYAL_RULE_EXCLUDE:
            st = confirm_regex(t, cand[c], &t->excl);
            break;
        }
    }
    if (st)
        goto out;
    t->dropped.n = 0;
    if (t->excl.n) {
        hit *h = t->hits.p;
        size_t kept = 0;
        for (size_t i = 0; i < t->hits.n; i++) {
            const hit *e = excluded(t, &h[i]);
            if (!e) {
                h[kept++] = h[i];
                continue;
            }
            /* Kept for explaining: the mention and the exclude that ate it. */
            hit pair[2] = {h[i], *e};
            if (vec_push(&t->dropped, pair, sizeof pair)) {
                st = LOYAL_ERR_NOMEM;
                goto out;
            }
        }
        t->hits.n = kept;
    }
    if (t->lex->has_polarity && t->hits.n && (st = find_cues(t)))
        goto out;
    st = group(t);
out:
    if (st == LOYAL_ERR_NOMEM)
        return loyalp_nomem(err);
    if (st)
        return st;
    *out = &t->tags;
    return LOYAL_OK;
}

/* ------------------------------------------------------------------------ */
/* Near misses, for `loyal explain`                                          */
/* ------------------------------------------------------------------------ */

static bool theme_tagged(const loyal_tagger *t, size_t theme) {
    for (size_t i = 0; i < t->tags.n; i++)
        if (t->tags.themes[i].theme == theme)
            return true;
    return false;
}

static loyal_status push_miss(vec *v, size_t rule, loyal_miss_kind kind, size_t by,
                              const loyal_text *x, size_t bs, size_t be) {
    loyal_near_miss m;
    memset(&m, 0, sizeof m);
    m.rule = rule;
    m.kind = kind;
    m.by_rule = by;
    loyal_text_span(x, bs, be, &m.span.start, &m.span.end);
    return vec_push(v, &m, sizeof m);
}

loyal_status loyal_tagger_near_misses(loyal_tagger *t, loyal_near_miss **out, size_t *n,
                                      loyal_error *err) {
    vec v = {NULL, 0, 0};
    const loyal_text *x = &t->text;
    loyal_status st = LOYAL_OK;
    /* Mentions an exclude removed. */
    const hit *d = t->dropped.p;
    for (size_t i = 0; i < t->dropped.n && !st; i++)
        st = push_miss(&v, d[2 * i].rule, LOYAL_MISS_EXCLUDED, d[2 * i + 1].rule, x,
                       d[2 * i].bs, d[2 * i].be);
    /* Rules of the text's language that did not fire although part of them
     * is in the text: every such rule, not just the prefilter's candidates
     * (a phrase's first word may be there without its rarest one). */
    if (!st && (st = ensure_stems(t)))
        goto out;
    for (size_t ri = 0; ri < t->lex->n_rules && !st; ri++) {
        const loyalp_rule *r = &t->lex->rules[ri];
        if (t->tags.lang == LOYAL_LANG_UNKNOWN || !lang_applies(r->info.lang, t->tags.lang) ||
            r->info.kind == LOYAL_RULE_EXCLUDE || theme_tagged(t, r->info.theme))
            continue; /* a theme the text got needs no "why not" */
        bool was_dropped = false;
        for (size_t i = 0; i < t->dropped.n; i++)
            was_dropped |= d[2 * i].rule == ri;
        if (was_dropped)
            continue;
        if (r->info.kind == LOYAL_RULE_TERM && r->n_words > 1) {
            /* The first word is there, the phrase is not. */
            for (size_t k = 0; k < x->n_tokens; k++)
                if (word_matches(t, k, &r->words[0])) {
                    st = push_miss(&v, ri, LOYAL_MISS_PARTIAL_TERM, (size_t)-1, x,
                                   x->tokens[k].start, x->tokens[k].end);
                    break;
                }
        } else if (r->info.kind == LOYAL_RULE_REGEX && r->anchors) {
            /* A literal the regex needs is there, the regex did not match:
             * the first of its anchors found (regex_anchor.c). */
            for (char **an = r->anchors; *an; an++) {
                const char *a = strstr(x->norm, *an);
                if (a) {
                    st = push_miss(&v, ri, LOYAL_MISS_REGEX, (size_t)-1, x,
                                   (size_t)(a - x->norm), (size_t)(a - x->norm) + strlen(*an));
                    break;
                }
            }
        }
    }
out:
    if (st) {
        free(v.p);
        return loyalp_nomem(err);
    }
    *out = v.p;
    *n = v.n;
    return LOYAL_OK;
}

const char *loyal_tagger_token_stem(loyal_tagger *t, size_t token, size_t *len) {
    if (token >= t->text.n_tokens || ensure_stems(t)) {
        *len = 0;
        return NULL;
    }
    const tok_stem *ts = &t->stems[token];
    *len = ts->len;
    return ts->len ? (const char *)t->stem_chars.p + ts->off : NULL;
}
