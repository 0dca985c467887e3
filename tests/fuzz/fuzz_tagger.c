/* fuzz_tagger.c — any bytes as a comment, tagged with the bundled lexicon:
 * spans stay inside the text, nothing crashes, nothing leaks. */
#include <stdlib.h>

#include "loyal.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static loyal_lexicon *LEX;
static loyal_tagger *TG;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (!LEX) {
        if (loyal_lexicon_load(&LEX, LOYAL_SOURCE_DIR "/lexicons", NULL) ||
            loyal_tagger_create(&TG, LEX, NULL))
            abort();
    }
    const loyal_tags *tags = NULL;
    if (loyal_tagger_run(TG, (const char *)data, size, LOYAL_LANG_UNKNOWN, &tags, NULL))
        return 0;
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
