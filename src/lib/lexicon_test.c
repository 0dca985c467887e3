/* lexicon_test.c — a lexicon's own tests: its `expect` lines. */
#include "error.h"
#include "loyal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes "[a, b]" of the tagged theme ids into buf. */
static void theme_list(const loyal_lexicon *lex, const loyal_tags *tags, char *buf,
                       size_t size) {
    size_t used = (size_t)snprintf(buf, size, "[");
    for (size_t i = 0; i < tags->n && used < size; i++)
        used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "",
                                 loyal_lexicon_theme(lex, tags->themes[i].theme)->id);
    if (used < size)
        snprintf(buf + used, size - used, "]");
}

loyal_status loyal_lexicon_test(const loyal_lexicon *lex, loyal_expect_failure **failures,
                                size_t *n, loyal_error *err) {
    *failures = NULL;
    *n = 0;
    loyal_tagger *tg = NULL;
    loyal_status st = loyal_tagger_create(&tg, lex, err);
    if (st)
        return st;
    loyal_expect_failure *v = NULL;
    size_t cnt = 0, cap = 0;
    for (size_t i = 0; i < loyal_lexicon_expect_count(lex); i++) {
        const loyal_expect *e = loyal_lexicon_expect(lex, i);
        const loyal_tags *tags = NULL;
        loyal_error terr;
        loyal_error_init(&terr);
        /* The expect's language is the comment's: `expect en` tests the en rules. */
        loyal_status rs = loyal_tagger_run(tg, e->text, strlen(e->text), e->lang,
                                           &tags, &terr);
        if (rs == LOYAL_ERR_NOMEM) {
            st = loyalp_nomem(err);
            break;
        }
        bool has = false;
        if (!rs)
            for (size_t k = 0; k < tags->n; k++)
                has |= tags->themes[k].theme == e->theme;
        if (!rs && has == e->positive)
            continue;
        if (cnt == cap) {
            cap = cap ? cap * 2 : 16;
            loyal_expect_failure *nv = realloc(v, cap * sizeof *nv);
            if (!nv) {
                st = loyalp_nomem(err);
                break;
            }
            v = nv;
        }
        v[cnt].expect = i;
        if (rs)
            snprintf(v[cnt].got, sizeof v[cnt].got, "error: %s", terr.message);
        else
            theme_list(lex, tags, v[cnt].got, sizeof v[cnt].got);
        cnt++;
    }
    loyal_tagger_free(tg);
    if (st) {
        free(v);
        return st;
    }
    *failures = v;
    *n = cnt;
    return LOYAL_OK;
}
