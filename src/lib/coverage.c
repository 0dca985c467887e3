/* coverage.c — the words, stems and phrases of untagged comments, weighted
 * toward detractors: what an analyst reads to find the theme a lexicon
 * misses.
 *
 * Three hash tables (open addressing, string keys in an arena). Each comment
 * counts once per entry. Memory is bounded: a table that reaches its cap is
 * pruned of entries seen in one comment only.
 */
#include "buf.h"
#include "error.h"
#include "loyal.h"
#include "stem.h"

#include <stdlib.h>
#include <string.h>

#define TABLE_CAP (1u << 18)       /* entries per table before pruning */
#define EXAMPLE_CHARS 160
#define DETRACTOR_WEIGHT 3.0

typedef struct entry {
    char *text;
    long comments, detractors;
    double weight;
    long last; /* serial of the last comment counted */
    char *examples[2];
} entry;

typedef struct table {
    entry *slots;
    size_t cap, used;
} table;

struct loyal_coverage {
    table t[LOYAL_GRAM__COUNT];
    loyalp_stemmer stemmer;
    long with_text, untagged, serial;
    bool pruned;
};

static const char *const STOP[] = {
    /* ru */
    "и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все", "она",
    "так", "его", "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по", "только", "ее",
    "мне", "было", "вот", "от", "меня", "еще", "нет", "о", "из", "ему", "теперь", "когда",
    "даже", "ну", "вдруг", "ли", "если", "уже", "или", "ни", "быть", "был", "него", "до",
    "вас", "нибудь", "опять", "уж", "вам", "ведь", "там", "потом", "себя", "ничего", "ей",
    "может", "они", "тут", "где", "есть", "надо", "ней", "для", "мы", "тебя", "их", "чем",
    "была", "сам", "чтоб", "без", "будто", "чего", "раз", "тоже", "себе", "под", "будет",
    "ж", "тогда", "кто", "этот", "того", "потому", "этого", "какой", "совсем", "ним", "здесь",
    "этом", "один", "почти", "мой", "тем", "чтобы", "нее", "были", "куда", "зачем", "всех",
    "никогда", "можно", "при", "наконец", "два", "об", "другой", "хоть", "после", "над",
    "больше", "тот", "через", "эти", "нас", "про", "всего", "них", "какая", "много", "разве",
    "три", "эту", "моя", "впрочем", "хорошо", "свою", "этой", "перед", "иногда", "лучше",
    "чуть", "том", "нельзя", "такой", "им", "более", "всегда", "конечно", "всю", "между",
    "это", "наш", "наши", "нам", "очень", "все", "всё", "вообще", "просто", "спасибо",
    /* en */
    "the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being",
    "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "it", "its", "this",
    "that", "these", "those", "i", "we", "you", "he", "she", "they", "me", "us", "him", "her",
    "them", "my", "our", "your", "his", "their", "not", "no", "so", "very", "too", "just",
    "have", "has", "had", "do", "does", "did", "will", "would", "can", "could", "should",
    "all", "any", "some", "more", "most", "what", "which", "who", "when", "where", "how",
    "there", "here", "if", "then", "than", "about", "up", "out", "into", "over", "also",
    "only", "really", "thank", "thanks", "get", "got", "one", "much", "am", "s", "t",
    "every", "each", "other", "another", "even", "again", "still", "already", "always",
    "never", "now", "well", "many", "because", "while", "however", "though", "although",
    "каждый", "каждые", "каждого", "каждую", "каждом", "нашей", "нашего", "нашем", "нашу",
    "ваш", "ваши", "вашей", "вашего", "ещё", "уже", "вы", "вами", "весь", "всем", "сами",
    "самим", "свой", "свои", "своих", "которые", "который", "которая", "также", "однако",
    "хотя", "тоже"};

static bool is_stop(const char *w, size_t n) {
    for (size_t i = 0; i < sizeof STOP / sizeof *STOP; i++)
        if (strlen(STOP[i]) == n && !memcmp(STOP[i], w, n))
            return true;
    return false;
}

static uint64_t hash(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void free_entry(entry *e) {
    free(e->text);
    free(e->examples[0]);
    free(e->examples[1]);
}

static void table_clear(table *t) {
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].text)
            free_entry(&t->slots[i]);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

static entry *slot_for(table *t, const char *s, size_t n) {
    size_t i = (size_t)hash(s, n) & (t->cap - 1);
    for (;; i = (i + 1) & (t->cap - 1)) {
        entry *e = &t->slots[i];
        if (!e->text || (strlen(e->text) == n && !memcmp(e->text, s, n)))
            return e;
    }
}

static loyal_status rehash(table *t, size_t cap, bool drop_singles) {
    table nt = {calloc(cap, sizeof(entry)), cap, 0};
    if (!nt.slots)
        return LOYAL_ERR_NOMEM;
    for (size_t i = 0; i < t->cap; i++) {
        entry *e = &t->slots[i];
        if (!e->text)
            continue;
        if (drop_singles && e->comments <= 1) {
            free_entry(e);
            continue;
        }
        *slot_for(&nt, e->text, strlen(e->text)) = *e;
        nt.used++;
    }
    free(t->slots);
    *t = nt;
    return LOYAL_OK;
}

/* Counts gram s[0..n) once for the current comment. */
static loyal_status count(loyal_coverage *cov, loyal_gram_kind kind, const char *s, size_t n,
                          const char *orig, size_t orig_len, bool detractor) {
    table *t = &cov->t[kind];
    if (t->used * 2 >= t->cap) {
        bool full = t->cap >= TABLE_CAP;
        if (full)
            cov->pruned = true;
        loyal_status st = rehash(t, full ? t->cap : (t->cap ? t->cap * 2 : 1024), full);
        if (st)
            return st;
        if (t->used * 2 >= t->cap) /* every entry seen twice or more: grow after all */
            if ((st = rehash(t, t->cap * 2, false)))
                return st;
    }
    entry *e = slot_for(t, s, n);
    if (!e->text) {
        if (!(e->text = malloc(n + 1)))
            return LOYAL_ERR_NOMEM;
        memcpy(e->text, s, n);
        e->text[n] = '\0';
        e->last = -1;
        t->used++;
    }
    if (e->last == cov->serial)
        return LOYAL_OK;
    e->last = cov->serial;
    e->comments++;
    e->detractors += detractor;
    e->weight += detractor ? DETRACTOR_WEIGHT : 1.0;
    for (int k = 0; k < 2; k++)
        if (!e->examples[k]) {
            if (!(e->examples[k] = loyalp_excerpt(orig, orig_len, EXAMPLE_CHARS, true)))
                return LOYAL_ERR_NOMEM;
            break;
        }
    return LOYAL_OK;
}

loyal_status loyal_coverage_create(loyal_coverage **out, loyal_error *err) {
    loyal_coverage *cov = calloc(1, sizeof *cov);
    if (!cov || loyalp_stemmer_init(&cov->stemmer)) {
        free(cov);
        return loyalp_nomem(err);
    }
    *out = cov;
    return LOYAL_OK;
}

void loyal_coverage_free(loyal_coverage *cov) {
    if (!cov)
        return;
    for (int k = 0; k < LOYAL_GRAM__COUNT; k++)
        table_clear(&cov->t[k]);
    loyalp_stemmer_clear(&cov->stemmer);
    free(cov);
}

/* Is token k a word worth counting (a word, two letters or more, not a
 * stop word)? */
static bool content_word(const loyal_text *x, size_t k) {
    const loyal_token *t = &x->tokens[k];
    if (t->kind != LOYAL_TOKEN_WORD || t->script == LOYAL_SCRIPT_DIGIT)
        return false;
    size_t n = t->end - t->start;
    const unsigned char *s = (const unsigned char *)x->norm + t->start;
    size_t chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += (s[i] & 0xC0) != 0x80;
    /* "XXXX" is how exports redact names and dates: not a word */
    bool redacted = true;
    for (size_t i = 0; i < n && redacted; i++)
        redacted = s[i] == 'x';
    return chars >= 2 && !redacted && !is_stop(x->norm + t->start, n);
}

/* Only spaces between tokens a and b (no punctuation breaks the phrase). */
static bool adjacent(const loyal_text *x, size_t a, size_t b) {
    if (x->tokens[a].kind != LOYAL_TOKEN_WORD || x->tokens[b].kind != LOYAL_TOKEN_WORD)
        return false;
    for (uint32_t i = x->tokens[a].end; i < x->tokens[b].start; i++)
        if (x->norm[i] != ' ')
            return false;
    return true;
}

loyal_status loyal_coverage_add(loyal_coverage *cov, const loyal_text *x, const char *orig,
                                size_t orig_len, bool tagged, bool detractor,
                                loyal_error *err) {
    if (x->n_tokens == 0)
        return LOYAL_OK;
    cov->with_text++;
    if (tagged)
        return LOYAL_OK;
    cov->untagged++;
    cov->serial++;
    loyal_status st = LOYAL_OK;
    for (size_t k = 0; k < x->n_tokens && !st; k++) {
        const loyal_token *t = &x->tokens[k];
        if (content_word(x, k)) {
            const char *w = x->norm + t->start;
            size_t n = t->end - t->start, sn;
            st = count(cov, LOYAL_GRAM_WORD, w, n, orig, orig_len, detractor);
            const char *stem = st ? NULL : loyalp_stem(&cov->stemmer, w, n, t->script, &sn);
            if (!st && !stem)
                st = LOYAL_ERR_NOMEM;
            if (!st) {
                /* The stem lives in the stemmer's cache until its next call. */
                char buf[256];
                if (sn < sizeof buf) {
                    memcpy(buf, stem, sn);
                    st = count(cov, LOYAL_GRAM_STEM, buf, sn, orig, orig_len, detractor);
                }
            }
        }
        /* Phrases of 2 and 3 words that start and end with a content word. */
        for (size_t len = 2; len <= 3 && !st && k + len <= x->n_tokens; len++) {
            size_t last = k + len - 1;
            bool ok = content_word(x, k) && content_word(x, last);
            for (size_t j = k; ok && j < last; j++)
                ok = adjacent(x, j, j + 1);
            if (ok)
                st = count(cov, LOYAL_GRAM_PHRASE, x->norm + t->start,
                           x->tokens[last].end - t->start, orig, orig_len, detractor);
        }
    }
    return st ? loyalp_nomem(err) : LOYAL_OK;
}

void loyal_coverage_counts(const loyal_coverage *cov, long *with_text, long *untagged,
                           bool *pruned) {
    *with_text = cov->with_text;
    *untagged = cov->untagged;
    *pruned = cov->pruned;
}

static int cmp_gram(const void *a, const void *b) {
    const loyal_gram *x = a, *y = b;
    if (x->weight != y->weight)
        return x->weight > y->weight ? -1 : 1;
    return strcmp(x->text, y->text);
}

loyal_status loyal_coverage_top(const loyal_coverage *cov, loyal_gram_kind kind, size_t n,
                                loyal_gram **out, size_t *count_out, loyal_error *err) {
    const table *t = &cov->t[kind];
    loyal_gram *v = calloc(t->used ? t->used : 1, sizeof *v);
    if (!v)
        return loyalp_nomem(err);
    size_t m = 0;
    for (size_t i = 0; i < t->cap; i++) {
        const entry *e = &t->slots[i];
        if (!e->text)
            continue;
        v[m].text = e->text;
        v[m].comments = e->comments;
        v[m].detractors = e->detractors;
        v[m].weight = e->weight;
        v[m].examples[0] = e->examples[0];
        v[m].examples[1] = e->examples[1];
        m++;
    }
    qsort(v, m, sizeof *v, cmp_gram);
    *out = v;
    *count_out = m < n ? m : n;
    return LOYAL_OK;
}
