/* fuzz_tagger.c — any bytes as a comment, tagged with the bundled lexicon:
 * spans stay inside the text, nothing crashes, nothing leaks, and the
 * prefilter (word-start index, Hyperscan, stem index) gives exactly the
 * tags of the exact path (every rule confirmed), which a second tagger over
 * the lexicon loaded with LOYAL_PREFILTER=0 computes. */
#include <stdlib.h>
#include <string.h>

#include "loyal.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static loyal_lexicon *LEX, *EXACT_LEX;
static loyal_tagger *TG, *EXACT;

static void same(const loyal_tags *a, const loyal_tags *b) {
    if (a->lang != b->lang || a->n != b->n || a->regex_limit_hits != b->regex_limit_hits)
        abort();
    for (size_t i = 0; i < a->n; i++) {
        const loyal_theme_match *x = &a->themes[i], *y = &b->themes[i];
        if (x->theme != y->theme || x->polarity != y->polarity || x->n_spans != y->n_spans ||
            x->n_rules != y->n_rules ||
            memcmp(x->spans, y->spans, x->n_spans * sizeof *x->spans) ||
            memcmp(x->rules, y->rules, x->n_rules * sizeof *x->rules))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (!LEX) {
        setenv("LOYAL_PREFILTER", "0", 1);
        if (loyal_lexicon_load(&EXACT_LEX, LOYAL_SOURCE_DIR "/lexicons", NULL) ||
            loyal_tagger_create(&EXACT, EXACT_LEX, NULL))
            abort();
        unsetenv("LOYAL_PREFILTER");
        if (loyal_lexicon_load(&LEX, LOYAL_SOURCE_DIR "/lexicons", NULL) ||
            loyal_tagger_create(&TG, LEX, NULL))
            abort();
    }
    const loyal_tags *tags = NULL, *exact = NULL;
    loyal_status st = loyal_tagger_run(TG, (const char *)data, size, LOYAL_LANG_UNKNOWN, &tags,
                                       NULL);
    if (loyal_tagger_run(EXACT, (const char *)data, size, LOYAL_LANG_UNKNOWN, &exact, NULL) != st)
        abort();
    if (st)
        return 0;
    same(tags, exact);
    uint32_t chars = (uint32_t)loyal_tagger_text(TG)->orig_chars;
    for (size_t i = 0; i < tags->n; i++)
        for (size_t k = 0; k < tags->themes[i].n_spans; k++)
            if (tags->themes[i].spans[k].start >= tags->themes[i].spans[k].end ||
                tags->themes[i].spans[k].end > chars)
                abort();
    loyal_near_miss *m = NULL;
    size_t n;
    if (loyal_tagger_near_misses(TG, &m, &n, NULL) == LOYAL_OK)
        free(m);
    return 0;
}
