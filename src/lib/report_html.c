/* report_html.c — the report a person reads: one self-contained HTML page
 * (no scripts, no external files) with the overall score, the drivers and
 * barriers as an impact chart with intervals (inline SVG), the themes table,
 * example comments, periods and segments. Built from the same loyal_report
 * as the ranking JSON, so the two never disagree. */
#include "buf.h"
#include "error.h"
#include "jsonw.h"
#include "loyal.h"
#include "report_groups.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct html {
    loyalp_buf *b;
    loyal_status st;
} html;

static void raw(html *h, const char *s) {
    if (!h->st)
        h->st = loyalp_buf_append(h->b, s, strlen(s));
}

static void fmt(html *h, const char *f, ...) __attribute__((format(printf, 2, 3)));
static void fmt(html *h, const char *f, ...) {
    char tmp[1024];
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(tmp, sizeof tmp, f, ap);
    va_end(ap);
    if (n > 0 && !h->st)
        h->st = loyalp_buf_append(h->b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Text as HTML: & < > " ' escaped. */
static void esc(html *h, const char *s) {
    if (!s)
        return;
    for (; *s && !h->st; s++) {
        switch (*s) {
        case '&':
            raw(h, "&amp;");
            break;
        case '<':
            raw(h, "&lt;");
            break;
        case '>':
            raw(h, "&gt;");
            break;
        case '"':
            raw(h, "&quot;");
            break;
        case '\'':
            raw(h, "&#39;");
            break;
        default:
            h->st = loyalp_buf_putc(h->b, *s);
        }
    }
}

/* A number to one decimal, or "–" when undefined. */
static void num(html *h, double x, const char *sign) {
    if (isnan(x))
        raw(h, "&ndash;");
    else
        fmt(h, sign[0] ? "%+.1f" : "%.1f", x);
}

static const char *metric_title(loyal_metric_kind k) {
    return k == LOYAL_METRIC_NPS ? "NPS" : k == LOYAL_METRIC_CSAT ? "CSAT" : "CSI";
}

static const char *label(const loyal_theme *t) {
    return t->label_en ? t->label_en : t->id;
}

static const char CSS[] =
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;"
    "max-width:1100px;color:#222;padding:0 1em}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}"
    ".muted{color:#666}.big{font-size:2.4em;font-weight:600}"
    ".cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;"
    "padding:.8em 1.2em;min-width:12em}"
    "table{border-collapse:collapse;width:100%}td,th{padding:.35em .5em;border-bottom:1px solid "
    "#eee;text-align:right;vertical-align:top}th{background:#fafafa}"
    "td.l,th.l{text-align:left}.driver{color:#1a7f37;font-weight:600}"
    ".barrier{color:#c62828;font-weight:600}.unclear{color:#777}"
    "details{margin:.3em 0}summary{cursor:pointer}blockquote{margin:.3em 0 .3em 1em;"
    "padding-left:.8em;border-left:3px solid #ddd;color:#444}"
    ".pol{display:inline-block;height:.8em;vertical-align:middle}";

static void overall_cards(html *h, const loyal_report *rep) {
    const loyal_summary *s = rep->summary;
    const loyal_overall_result *o = &rep->ranking->overall;
    long skipped = 0;
    for (int k = 1; k < LOYAL_SKIP__COUNT; k++)
        skipped += s->counts.skipped[k];
    raw(h, "<div class=cards><div class=card><div class=muted>");
    raw(h, metric_title(rep->metric->kind));
    raw(h, "</div><div class=big>");
    num(h, o->score, "");
    fmt(h, "</div><div class=muted>%.0f%% CI ", rep->rank->confidence * 100);
    num(h, o->ci_lo, "");
    raw(h, " &hellip; ");
    num(h, o->ci_hi, "");
    raw(h, "</div></div>");
    fmt(h, "<div class=card><div class=muted>answers used</div><div class=big>%ld</div>"
           "<div class=muted>of %ld read; %ld skipped</div></div>",
        s->counts.used, s->counts.read, skipped);
    if (rep->metric->kind != LOYAL_METRIC_CSI)
        fmt(h, "<div class=card><div class=muted>%s</div><div class=big>%ld / %ld</div>"
               "<div class=muted>%s</div></div>",
            rep->metric->kind == LOYAL_METRIC_NPS ? "promoters / detractors"
                                                  : "top two boxes / the rest",
            o->promoters, o->detractors,
            rep->metric->kind == LOYAL_METRIC_NPS ? "9&ndash;10 / 0&ndash;6" : "");
    long with_text = s->stats->comments, tagged = s->stats->tagged;
    fmt(h, "<div class=card><div class=muted>comments with a theme</div><div class=big>%.0f%%"
           "</div><div class=muted>%ld of %ld comments; the rest is the lexicon's blind spot"
           "</div></div></div>",
        with_text ? 100.0 * (double)tagged / (double)with_text : 0.0, tagged, with_text);
}

/* Horizontal bars of impact with their interval, one row per theme. */
static void impact_chart(html *h, const loyal_report *rep) {
    const loyal_ranking *rk = rep->ranking;
    double span = 1;
    size_t rows = 0;
    for (size_t i = 0; i < rk->n_themes; i++) {
        const loyal_theme_result *t = &rk->themes[i];
        if (isnan(t->impact))
            continue;
        rows++;
        double m = fmax(fabs(t->impact), fmax(fabs(t->ci_lo), fabs(t->ci_hi)));
        if (!isnan(m) && m > span)
            span = m;
    }
    const int W = 1000, left = 260, right = 60, rh = 26, top = 24;
    double plot = W - left - right, mid = left + plot / 2, k = plot / 2 / span;
    fmt(h, "<svg role='img' aria-label='impact of each theme' width='100%%' "
           "viewBox='0 0 %d %zu' xmlns='http://www.w3.org/2000/svg' font-size='13'>",
        W, top + rows * rh + 10);
    fmt(h, "<line x1='%.1f' y1='10' x2='%.1f' y2='%zu' stroke='#999'/>", mid, mid,
        top + rows * rh);
    fmt(h, "<text x='%.1f' y='14' text-anchor='middle' fill='#666'>0</text>", mid);
    fmt(h, "<text x='%.1f' y='14' text-anchor='start' fill='#666'>&#8722;%.1f</text>",
        (double)left, span);
    fmt(h, "<text x='%.1f' y='14' text-anchor='end' fill='#666'>+%.1f</text>", left + plot, span);
    size_t row = 0;
    for (size_t i = 0; i < rk->n_themes; i++) {
        const loyal_theme_result *t = &rk->themes[i];
        if (isnan(t->impact))
            continue;
        double y = top + row * rh;
        const char *color = t->role == LOYAL_ROLE_DRIVER    ? "#2e9e4f"
                            : t->role == LOYAL_ROLE_BARRIER ? "#d84343"
                                                            : "#b0b0b0";
        fmt(h, "<text x='%d' y='%.1f' text-anchor='end'>", left - 8, y + 17);
        esc(h, label(loyal_lexicon_theme(rep->lex, t->theme)));
        raw(h, "</text>");
        double x0 = mid, x1 = mid + t->impact * k;
        fmt(h, "<rect x='%.1f' y='%.1f' width='%.1f' height='16' fill='%s'><title>", fmin(x0, x1),
            y + 5, fabs(x1 - x0), color);
        esc(h, loyal_lexicon_theme(rep->lex, t->theme)->id);
        fmt(h, ": impact %+.2f, %ld mentions</title></rect>", t->impact, t->mentions);
        if (!isnan(t->ci_lo))
            fmt(h, "<line x1='%.1f' x2='%.1f' y1='%.1f' y2='%.1f' stroke='#333'/>",
                mid + t->ci_lo * k, mid + t->ci_hi * k, y + 13, y + 13);
        fmt(h, "<text x='%.1f' y='%.1f' fill='#333'>%+.1f</text>", left + plot + 6, y + 17,
            t->impact);
        row++;
    }
    raw(h, "</svg>");
}

static void polarity_bar(html *h, const loyal_theme_result *t) {
    long all = t->polarity[0] + t->polarity[1] + t->polarity[2];
    if (!all)
        return;
    static const char *const colors[3] = {"#bbb", "#2e9e4f", "#d84343"};
    static const int order[3] = {LOYAL_POLARITY_POSITIVE, LOYAL_POLARITY_NEUTRAL,
                                 LOYAL_POLARITY_NEGATIVE};
    for (int k = 0; k < 3; k++) {
        int p = order[k];
        fmt(h, "<span class=pol style='width:%.0fpx;background:%s' title='%ld %s'></span>",
            80.0 * (double)t->polarity[p] / (double)all, colors[p], t->polarity[p],
            loyal_polarity_name((loyal_polarity)p));
    }
}

static void themes_table(html *h, const loyal_report *rep, const loyal_ranking *rk,
                         bool polarity) {
    raw(h, "<table><tr><th class=l>theme</th><th>mentions</th><th>share</th><th>score with</th>"
           "<th>without</th><th>impact</th><th>interval</th><th>q</th><th class=l>role</th>"
           "<th>importance</th>");
    if (polarity)
        raw(h, "<th class=l>polarity (+ / 0 / &minus;)</th>");
    raw(h, "</tr>");
    for (size_t i = 0; i < rk->n_themes; i++) {
        const loyal_theme_result *t = &rk->themes[i];
        const loyal_theme *th = loyal_lexicon_theme(rep->lex, t->theme);
        raw(h, "<tr><td class=l>");
        esc(h, label(th));
        if (th->label_ru) {
            raw(h, "<br><span class=muted>");
            esc(h, th->label_ru);
            raw(h, "</span>");
        }
        fmt(h, "</td><td>%ld</td><td>%.1f%%</td><td>", t->mentions, 100 * t->share);
        num(h, t->score_with, "");
        raw(h, "</td><td>");
        num(h, t->score_without, "");
        raw(h, "</td><td>");
        num(h, t->impact, "+");
        raw(h, "</td><td>");
        num(h, t->ci_lo, "+");
        raw(h, " &hellip; ");
        num(h, t->ci_hi, "+");
        if (isnan(t->q_value))
            raw(h, "</td><td>&ndash;");
        else
            fmt(h, "</td><td>%.3g", t->q_value);
        fmt(h, "</td><td class='l %s'>%s</td><td>", loyal_role_name(t->role),
            loyal_role_name(t->role));
        if (isnan(t->importance))
            raw(h, "&ndash;");
        else
            fmt(h, "%.3f", t->importance);
        raw(h, "</td>");
        if (polarity) {
            raw(h, "<td class=l>");
            polarity_bar(h, t);
            fmt(h, " <span class=muted>%ld / %ld / %ld</span></td>",
                t->polarity[LOYAL_POLARITY_POSITIVE], t->polarity[LOYAL_POLARITY_NEUTRAL],
                t->polarity[LOYAL_POLARITY_NEGATIVE]);
        }
        raw(h, "</tr>");
    }
    raw(h, "</table>");
}

static void example_list(html *h, const loyal_example *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        raw(h, "<blockquote>");
        esc(h, v[i].text);
        raw(h, " <span class=muted>(");
        if (v[i].id) {
            raw(h, "id ");
            esc(h, v[i].id);
            raw(h, ", ");
        }
        fmt(h, "row %ld)</span></blockquote>", v[i].line);
    }
}

static void examples(html *h, const loyal_report *rep) {
    const loyal_ranking *rk = rep->ranking;
    for (size_t i = 0; i < rk->n_themes; i++) {
        const loyal_theme_result *t = &rk->themes[i];
        const loyal_theme *th = loyal_lexicon_theme(rep->lex, t->theme);
        const loyal_examples *ex = &rep->summary->examples[t->theme];
        if (!ex->n_any)
            continue;
        raw(h, "<details><summary>");
        esc(h, label(th));
        fmt(h, " <span class='%s'>%s</span>", loyal_role_name(t->role),
            loyal_role_name(t->role));
        if (th->owner) {
            raw(h, " <span class=muted>&mdash; follow-up: ");
            esc(h, th->owner);
            raw(h, "</span>");
        }
        raw(h, "</summary>");
        if (ex->n_detractors) {
            raw(h, "<div class=muted>from detractors</div>");
            example_list(h, ex->detractors, ex->n_detractors);
        }
        if (ex->n_promoters) {
            raw(h, "<div class=muted>from promoters</div>");
            example_list(h, ex->promoters, ex->n_promoters);
        }
        if (!ex->n_detractors && !ex->n_promoters)
            example_list(h, ex->any, ex->n_any);
        raw(h, "</details>");
    }
}

/* The first cells of a group's row: its value, n, score and interval. */
static void group_cells(html *h, const char *value, const loyal_ranking *rk) {
    raw(h, "<tr><td class=l>");
    esc(h, value);
    fmt(h, "</td><td>%ld</td><td>", rk->overall.n);
    num(h, rk->overall.score, "");
    raw(h, "</td><td>");
    num(h, rk->overall.ci_lo, "");
    raw(h, " &hellip; ");
    num(h, rk->overall.ci_hi, "");
    raw(h, "</td>");
}

static void periods(html *h, const loyal_report *rep, const loyalp_groups *gr) {
    const loyal_summary *s = rep->summary;
    if (!s->period_column || !s->n_periods)
        return;
    raw(h, "<h2>Periods</h2><table><tr><th class=l>");
    esc(h, s->period_column);
    fmt(h, "</th><th>n</th><th>%s</th><th>interval</th><th>change</th><th class=l>"
           "significant</th><th class=l>top barrier</th><th class=l>top driver</th></tr>",
        metric_title(rep->metric->kind));
    for (size_t g = 0; g < s->n_periods; g++) {
        const loyal_ranking *rk = gr->periods[g];
        const loyal_comparison *cmp = gr->changes[g];
        group_cells(h, s->periods[g].value, rk);
        raw(h, "<td>");
        if (cmp)
            num(h, cmp->overall.delta, "+");
        fmt(h, "</td><td class=l>%s</td><td class=l>",
            cmp ? (cmp->overall.significant ? "yes" : "no") : "");
        /* the worst barrier and the best driver of the period */
        for (size_t i = rk->n_themes; i-- > 0;)
            if (rk->themes[i].role == LOYAL_ROLE_BARRIER) {
                esc(h, label(loyal_lexicon_theme(rep->lex, rk->themes[i].theme)));
                break;
            }
        raw(h, "</td><td class=l>");
        for (size_t i = 0; i < rk->n_themes; i++)
            if (rk->themes[i].role == LOYAL_ROLE_DRIVER) {
                esc(h, label(loyal_lexicon_theme(rep->lex, rk->themes[i].theme)));
                break;
            }
        raw(h, "</td></tr>");
    }
    raw(h, "</table>");
}

static void segments(html *h, const loyal_report *rep, const loyalp_groups *gr) {
    const loyal_summary *s = rep->summary;
    for (size_t c = 0; c < s->n_segment_columns; c++) {
        raw(h, "<h2>By ");
        esc(h, s->segment_columns[c]);
        fmt(h, "</h2><table><tr><th class=l>value</th><th>n</th><th>%s</th><th>interval</th>"
               "<th class=l>barriers</th><th class=l>drivers</th></tr>",
            metric_title(rep->metric->kind));
        for (size_t g = 0; g < s->n_segments; g++) {
            if (s->segments[g].column != c)
                continue;
            const loyal_ranking *rk = gr->segments[g];
            group_cells(h, s->segments[g].value, rk);
            raw(h, "<td class='l barrier'>");
            const char *sep = "";
            for (size_t i = rk->n_themes; i-- > 0;)
                if (rk->themes[i].role == LOYAL_ROLE_BARRIER) {
                    raw(h, sep);
                    esc(h, label(loyal_lexicon_theme(rep->lex, rk->themes[i].theme)));
                    sep = ", ";
                }
            raw(h, "</td><td class='l driver'>");
            sep = "";
            for (size_t i = 0; i < rk->n_themes; i++)
                if (rk->themes[i].role == LOYAL_ROLE_DRIVER) {
                    raw(h, sep);
                    esc(h, label(loyal_lexicon_theme(rep->lex, rk->themes[i].theme)));
                    sep = ", ";
                }
            raw(h, "</td></tr>");
        }
        raw(h, "</table>");
    }
}

static void page(html *h, const loyal_report *rep, const loyalp_groups *gr) {
    const loyal_summary *s = rep->summary;
    raw(h, "<!doctype html><html lang=en><head><meta charset=utf-8>"
           "<meta name=viewport content='width=device-width,initial-scale=1'>"
           "<title>Loyalty drivers and barriers</title><style>");
    raw(h, CSS);
    raw(h, "</style></head><body><h1>What makes clients loyal, and what holds them back</h1>"
           "<p class=muted>");
    for (size_t i = 0; i < s->n_inputs; i++) {
        raw(h, i ? ", " : "");
        esc(h, s->inputs[i].path);
    }
    fmt(h, " &middot; lexicon %zu themes, %zu rules &middot; loyal %s</p>",
        loyal_lexicon_theme_count(rep->lex), loyal_lexicon_rule_count(rep->lex), LOYAL_VERSION);
    overall_cards(h, rep);
    raw(h, "<h2>Drivers and barriers</h2><p class=muted>Impact: how many points the theme adds "
           "to the overall score (green, a driver) or takes from it (red, a barrier) &mdash; "
           "the score of all answers minus the score without the answers that mention it. "
           "The line is its interval; grey themes are not significant after correcting for "
           "the number of themes");
    fmt(h, ", or have fewer than %ld mentions.</p>", rep->rank->min_mentions);
    impact_chart(h, rep);
    raw(h, "<h2>Themes</h2>");
    themes_table(h, rep, rep->ranking, loyal_lexicon_has_polarity(rep->lex));
    fmt(h, "<p class=muted>Key-driver model: all themes together explain R&sup2; = %.3f of the "
           "variance of the answers; importance is each theme's share of it.</p>",
        isnan(rep->ranking->r2) ? 0.0 : rep->ranking->r2);
    raw(h, "<h2>What clients wrote</h2>");
    examples(h, rep);
    periods(h, rep, gr);
    segments(h, rep, gr);
    raw(h, "</body></html>\n");
}

loyal_status loyal_report_html(loyal_output *o, const loyal_report *rep, loyal_error *err) {
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    html h = {&b, LOYAL_OK};
    loyalp_groups gr;
    loyal_status st = loyalp_groups_compute(&gr, rep, err);
    if (st) {
        loyalp_buf_clear(&b);
        return st;
    }
    page(&h, rep, &gr);
    loyalp_groups_clear(&gr);
    return loyalp_buf_flush(&b, h.st, o, err);
}
