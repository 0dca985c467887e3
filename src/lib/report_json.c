/* report_json.c — the ranking document, loyal.ranking/1 (CONTRACT.md). */
#include "error.h"
#include "jsonw.h"
#include "loyal.h"
#include "report_groups.h"
#include "summary.h"

#include <math.h>
#include <string.h>

static void ci(jsonw *w, double lo, double hi) {
    if (isnan(lo) || isnan(hi)) {
        jw_null(w);
        return;
    }
    jw_arr(w);
    jw_num(w, lo);
    jw_num(w, hi);
    jw_arr_end(w);
}

static void overall(jsonw *w, const loyal_overall_result *o) {
    jw_obj(w);
    jw_key(w, "n");
    jw_int(w, o->n);
    jw_key(w, "weight");
    jw_num(w, o->weight);
    jw_key(w, "score");
    jw_num(w, o->score);
    jw_key(w, "ci");
    ci(w, o->ci_lo, o->ci_hi);
    jw_key(w, "promoters");
    jw_int(w, o->promoters);
    jw_key(w, "passives");
    jw_int(w, o->passives);
    jw_key(w, "detractors");
    jw_int(w, o->detractors);
    jw_obj_end(w);
}

static void examples(jsonw *w, const loyal_examples *ex, loyal_role role) {
    const loyal_example *v = ex->any;
    size_t n = ex->n_any;
    if (role == LOYAL_ROLE_DRIVER && ex->n_promoters)
        v = ex->promoters, n = ex->n_promoters;
    else if (role == LOYAL_ROLE_BARRIER && ex->n_detractors)
        v = ex->detractors, n = ex->n_detractors;
    loyalp_examples_json(w, v, n, false);
}

static void theme(jsonw *w, const loyal_report *rep, const loyal_theme_result *r,
                  bool with_examples) {
    const loyal_theme *t = loyal_lexicon_theme(rep->lex, r->theme);
    jw_obj(w);
    jw_key(w, "id");
    jw_str(w, t->id);
    jw_key(w, "label");
    jw_obj(w);
    jw_key(w, "en");
    jw_str(w, t->label_en);
    jw_key(w, "ru");
    jw_str(w, t->label_ru);
    jw_obj_end(w);
    jw_key(w, "owner");
    jw_str(w, t->owner);
    jw_key(w, "mentions");
    jw_int(w, r->mentions);
    jw_key(w, "share");
    jw_num(w, r->share);
    jw_key(w, "score_with");
    jw_num(w, r->score_with);
    jw_key(w, "score_without");
    jw_num(w, r->score_without);
    jw_key(w, "impact");
    jw_num(w, r->impact);
    jw_key(w, "ci");
    ci(w, r->ci_lo, r->ci_hi);
    jw_key(w, "p_value");
    jw_num(w, r->p_value);
    jw_key(w, "q_value");
    jw_num(w, r->q_value);
    jw_key(w, "role");
    jw_str(w, loyal_role_name(r->role));
    jw_key(w, "importance");
    jw_num(w, r->importance);
    jw_key(w, "polarity");
    if (loyal_lexicon_has_polarity(rep->lex)) {
        jw_obj(w);
        jw_key(w, "positive");
        jw_int(w, r->polarity[LOYAL_POLARITY_POSITIVE]);
        jw_key(w, "negative");
        jw_int(w, r->polarity[LOYAL_POLARITY_NEGATIVE]);
        jw_key(w, "neutral");
        jw_int(w, r->polarity[LOYAL_POLARITY_NEUTRAL]);
        jw_obj_end(w);
    } else {
        jw_null(w); /* no polarity cues in this lexicon */
    }
    jw_key(w, "examples");
    if (with_examples)
        examples(w, &rep->summary->examples[r->theme], r->role);
    else
        jw_null(w); /* examples are kept for the whole input only */
    jw_obj_end(w);
}

/* "overall" and "themes" of one ranking. */
static void body(jsonw *w, const loyal_report *rep, const loyal_ranking *rk, bool with_examples) {
    jw_key(w, "overall");
    overall(w, &rk->overall);
    jw_key(w, "themes");
    jw_arr(w);
    for (size_t i = 0; i < rk->n_themes; i++)
        theme(w, rep, &rk->themes[i], with_examples);
    jw_arr_end(w);
}

static void change(jsonw *w, const loyal_change *c) {
    jw_key(w, "prev");
    jw_num(w, c->prev);
    jw_key(w, "cur");
    jw_num(w, c->cur);
    jw_key(w, "delta");
    jw_num(w, c->delta);
    jw_key(w, "ci");
    ci(w, c->ci_lo, c->ci_hi);
    jw_key(w, "p_value");
    jw_num(w, c->p_value);
    jw_key(w, "q_value");
    jw_num(w, c->q_value);
    jw_key(w, "significant");
    jw_bool(w, c->significant);
}

/* segments: {column: {value: {overall, themes}}}. */
static void segments(jsonw *w, const loyal_report *rep, const loyalp_groups *gr) {
    const loyal_summary *s = rep->summary;
    if (!s->n_segment_columns) {
        jw_null(w);
        return;
    }
    jw_obj(w);
    for (size_t c = 0; c < s->n_segment_columns; c++) {
        jw_key(w, s->segment_columns[c]);
        jw_obj(w);
        for (size_t g = 0; g < s->n_segments; g++) {
            if (s->segments[g].column != c)
                continue;
            jw_key(w, s->segments[g].value);
            jw_obj(w);
            body(w, rep, gr->segments[g], false);
            jw_obj_end(w);
        }
        jw_obj_end(w);
    }
    jw_obj_end(w);
}

/* periods: [{period, overall, themes, change}] in chronological order;
 * change compares each period with the one before. */
static void periods(jsonw *w, const loyal_report *rep, const loyalp_groups *gr) {
    const loyal_summary *s = rep->summary;
    if (!s->period_column) {
        jw_null(w);
        return;
    }
    jw_arr(w);
    for (size_t g = 0; g < s->n_periods; g++) {
        const loyal_comparison *cmp = gr->changes[g];
        jw_obj(w);
        jw_key(w, "period");
        jw_str(w, s->periods[g].value);
        body(w, rep, gr->periods[g], false);
        jw_key(w, "change");
        if (!cmp) {
            jw_null(w);
        } else {
            jw_obj(w);
            jw_key(w, "from");
            jw_str(w, s->periods[g - 1].value);
            jw_key(w, "overall");
            jw_obj(w);
            change(w, &cmp->overall);
            jw_obj_end(w);
            jw_key(w, "themes");
            jw_arr(w);
            for (size_t t = 0; t < cmp->n_themes; t++) {
                jw_obj(w);
                jw_key(w, "id");
                jw_str(w, loyal_lexicon_theme(rep->lex, cmp->themes[t].theme)->id);
                change(w, &cmp->themes[t]);
                jw_obj_end(w);
            }
            jw_arr_end(w);
            jw_obj_end(w);
        }
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

static void document(jsonw *w, const loyal_report *rep, const loyalp_groups *gr) {
    const loyal_summary *s = rep->summary;
    const loyal_ranking *rk = rep->ranking;
    jw_obj(w);
    jw_key(w, "schema");
    jw_str(w, "loyal.ranking/1");
    jw_key(w, "generator");
    jw_obj(w);
    jw_key(w, "name");
    jw_str(w, "loyal");
    jw_key(w, "version");
    jw_str(w, LOYAL_VERSION);
    jw_obj_end(w);

    jw_key(w, "inputs");
    jw_arr(w);
    for (size_t i = 0; i < s->n_inputs; i++) {
        const loyal_input_info *in = &s->inputs[i];
        jw_obj(w);
        jw_key(w, "path");
        jw_str(w, in->path);
        jw_key(w, "format");
        jw_str(w, loyal_format_name(in->format));
        jw_key(w, "encoding");
        jw_str(w, loyal_encoding_name(in->encoding));
        jw_key(w, "sha256");
        jw_str(w, in->sha256);
        jw_obj_end(w);
    }
    jw_arr_end(w);

    jw_key(w, "lexicon");
    jw_obj(w);
    jw_key(w, "path");
    jw_str(w, loyal_lexicon_path(rep->lex));
    jw_key(w, "sha256");
    jw_str(w, loyal_lexicon_sha256(rep->lex));
    jw_key(w, "themes");
    jw_int(w, (long)loyal_lexicon_theme_count(rep->lex));
    jw_key(w, "rules");
    jw_int(w, (long)loyal_lexicon_rule_count(rep->lex));
    jw_obj_end(w);

    jw_key(w, "metric");
    jw_obj(w);
    jw_key(w, "name");
    jw_str(w, loyal_metric_name(rep->metric->kind));
    jw_key(w, "scale");
    jw_arr(w);
    jw_num(w, rep->metric->min);
    jw_num(w, rep->metric->max);
    jw_arr_end(w);
    jw_key(w, "confidence");
    jw_num(w, rep->rank->confidence);
    jw_key(w, "min_mentions");
    jw_int(w, rep->rank->min_mentions);
    jw_obj_end(w);

    jw_key(w, "rows");
    jw_obj(w);
    jw_key(w, "read");
    jw_int(w, s->counts.read);
    jw_key(w, "used");
    jw_int(w, s->counts.used);
    jw_key(w, "skipped");
    jw_obj(w);
    for (int k = 1; k < LOYAL_SKIP__COUNT; k++) {
        jw_key(w, loyal_skip_name((loyal_skip)k));
        jw_int(w, s->counts.skipped[k]);
    }
    jw_obj_end(w);
    jw_obj_end(w);

    const loyal_stats *st = s->stats;
    jw_key(w, "comments");
    jw_obj(w);
    jw_key(w, "with_text");
    jw_int(w, st->comments);
    jw_key(w, "tagged");
    jw_int(w, st->tagged);
    jw_key(w, "untagged");
    jw_int(w, st->comments - st->tagged);
    jw_key(w, "untagged_share");
    jw_num(w, st->comments ? (double)(st->comments - st->tagged) / (double)st->comments : NAN);
    jw_obj_end(w);

    jw_key(w, "overall");
    overall(w, &rk->overall);

    jw_key(w, "model");
    jw_obj(w);
    jw_key(w, "method");
    jw_str(w, "relative_weights");
    jw_key(w, "r2");
    jw_num(w, rk->r2);
    jw_obj_end(w);

    jw_key(w, "matching");
    jw_obj(w);
    jw_key(w, "matcher");
    jw_str(w, loyal_matcher_name());
    jw_key(w, "regex_limit_hits");
    jw_int(w, s->counts.regex_limit_hits);
    jw_obj_end(w);

    jw_key(w, "themes");
    jw_arr(w);
    for (size_t i = 0; i < rk->n_themes; i++)
        theme(w, rep, &rk->themes[i], true);
    jw_arr_end(w);

    jw_key(w, "drivers");
    jw_arr(w);
    for (size_t i = 0; i < rk->n_themes; i++)
        if (rk->themes[i].role == LOYAL_ROLE_DRIVER)
            jw_str(w, loyal_lexicon_theme(rep->lex, rk->themes[i].theme)->id);
    jw_arr_end(w);
    jw_key(w, "barriers");
    jw_arr(w);
    for (size_t i = rk->n_themes; i-- > 0;)
        if (rk->themes[i].role == LOYAL_ROLE_BARRIER)
            jw_str(w, loyal_lexicon_theme(rep->lex, rk->themes[i].theme)->id);
    jw_arr_end(w);

    jw_key(w, "segments");
    segments(w, rep, gr);
    jw_key(w, "periods");
    periods(w, rep, gr);
    jw_obj_end(w);
}

loyal_status loyal_report_json(loyal_output *o, const loyal_report *rep, loyal_error *err) {
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    jsonw w;
    jw_init(&w, &b, 2);
    loyalp_groups gr;
    loyal_status st = loyalp_groups_compute(&gr, rep, err);
    if (st) { /* a ranking of a group failed: err says why */
        loyalp_buf_clear(&b);
        return st;
    }
    document(&w, rep, &gr);
    loyalp_groups_clear(&gr);
    st = w.st;
    if (!st)
        st = loyalp_buf_putc(&b, '\n');
    return loyalp_buf_flush(&b, st, o, err);
}
