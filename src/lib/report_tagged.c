/* report_tagged.c — one JSON line per used row (CONTRACT.md). */
#include "error.h"
#include "jsonw.h"
#include "loyal.h"

#include <stdio.h>
#include <string.h>

/* "file:line" of a rule into ref (as snprintf "%s:%ld" would, cut to fit). */
static void rule_ref(char *ref, size_t size, const loyal_rule_info *r) {
    char num[24];
    size_t n = 0;
    unsigned long v = r->line < 0 ? 0 : (unsigned long)r->line;
    do
        num[n++] = (char)('0' + v % 10);
    while ((v /= 10) && n < sizeof num);
    size_t f = strlen(r->file), at = 0;
    if (f > size - n - 2)
        f = size - n - 2;
    memcpy(ref, r->file, f);
    at = f;
    ref[at++] = ':';
    while (n)
        ref[at++] = num[--n];
    ref[at] = '\0';
}

loyal_status loyal_report_tagged(loyal_output *o, const loyal_lexicon *lex,
                                 const loyal_row *row, loyal_error *err) {
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    /* One allocation for a typical line (it grows if needed). */
    if (loyalp_buf_reserve(&b, 512))
        return loyalp_nomem(err);
    jsonw w;
    jw_init(&w, &b, 0);
    const loyal_record *rec = row->rec;
    bool polarity = loyal_lexicon_has_polarity(lex);
    jw_obj(&w);
    jw_key(&w, "id");
    if (rec->id)
        jw_strn(&w, rec->id, rec->id_len);
    else
        jw_null(&w);
    jw_key(&w, "file");
    jw_str(&w, row->path);
    jw_key(&w, "row");
    jw_int(&w, rec->line);
    jw_key(&w, "lang");
    jw_str(&w, loyal_lang_name(row->tags->lang));
    jw_key(&w, "score");
    if (row->has_score)
        jw_num(&w, row->score);
    else
        jw_null(&w);
    jw_key(&w, "themes");
    jw_arr(&w);
    for (size_t i = 0; i < row->tags->n; i++) {
        const loyal_theme_match *m = &row->tags->themes[i];
        jw_obj(&w);
        jw_key(&w, "theme");
        jw_str(&w, loyal_lexicon_theme(lex, m->theme)->id);
        jw_key(&w, "polarity");
        if (polarity)
            jw_str(&w, loyal_polarity_name(m->polarity));
        else
            jw_null(&w);
        jw_key(&w, "spans");
        jw_arr(&w);
        for (size_t k = 0; k < m->n_spans; k++) {
            jw_arr(&w);
            jw_int(&w, (long)m->spans[k].start);
            jw_int(&w, (long)m->spans[k].end);
            jw_arr_end(&w);
        }
        jw_arr_end(&w);
        jw_key(&w, "rules");
        jw_arr(&w);
        for (size_t k = 0; k < m->n_rules; k++) {
            const loyal_rule_info *r = loyal_lexicon_rule(lex, m->rules[k]);
            char ref[600];
            rule_ref(ref, sizeof ref, r);
            jw_str(&w, ref);
        }
        jw_arr_end(&w);
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    jw_obj_end(&w);
    loyal_status st = w.st;
    if (!st)
        st = loyalp_buf_putc(&b, '\n');
    return loyalp_buf_flush(&b, st, o, err);
}
