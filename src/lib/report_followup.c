/* report_followup.c — the follow-up list (`loyal followup`): detractors kept
 * while reading, most urgent first, with the barrier themes their comment
 * mentions and each theme's owner; written as CSV or JSON Lines. */
#include "buf.h"
#include "error.h"
#include "jsonw.h"
#include "loyal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEEP_MAX 10000 /* detractors kept while reading, most urgent first */
#define TEXT_CHARS 500 /* of a comment, then "…" */
#define MAX_THEMES 32  /* of one comment */

typedef struct person {
    char *id, *file, *text;
    long line;
    double score;
    size_t themes[MAX_THEMES];
    size_t n_themes;
    long negatives;
    long barriers; /* set by loyal_followup_sort */
    long order;
} person;

struct loyal_followup {
    const loyal_lexicon *lex;
    const loyal_metric *metric;
    person *v;
    size_t n, cap;
    long order;
    bool dropped;
    bool *barrier; /* [theme count]: set by loyal_followup_sort */
};

static void person_free(person *p) {
    free(p->id);
    free(p->file);
    free(p->text);
}

loyal_status loyal_followup_create(loyal_followup **out, const loyal_lexicon *lex,
                                   const loyal_metric *metric, loyal_error *err) {
    size_t nt = loyal_lexicon_theme_count(lex);
    loyal_followup *f = calloc(1, sizeof *f);
    if (f)
        f->barrier = calloc(nt ? nt : 1, sizeof *f->barrier);
    if (!f || !f->barrier) {
        free(f);
        *out = NULL;
        return loyalp_nomem(err);
    }
    f->lex = lex;
    f->metric = metric;
    *out = f;
    return LOYAL_OK;
}

void loyal_followup_free(loyal_followup *f) {
    if (!f)
        return;
    for (size_t k = 0; k < f->n; k++)
        person_free(&f->v[k]);
    free(f->v);
    free(f->barrier);
    free(f);
}

/* While reading: lower score first, then more negative mentions, then
 * input order. */
static int provisional(const person *a, const person *b) {
    if (a->score != b->score)
        return a->score < b->score ? -1 : 1;
    if (a->negatives != b->negatives)
        return a->negatives > b->negatives ? -1 : 1;
    return a->order < b->order ? -1 : 1;
}

static int final_cmp(const void *x, const void *y) {
    const person *a = x, *b = y;
    if (a->score != b->score)
        return a->score < b->score ? -1 : 1;
    if (a->barriers != b->barriers)
        return a->barriers > b->barriers ? -1 : 1;
    return provisional(a, b);
}

loyal_status loyal_followup_add(loyal_followup *f, const loyal_row *row, loyal_error *err) {
    if (!row->has_score || !loyal_metric_low(f->metric, row->y, row->cls))
        return LOYAL_OK;
    person p;
    memset(&p, 0, sizeof p);
    p.line = row->rec->line;
    p.score = row->score;
    p.order = f->order++;
    for (size_t i = 0; i < row->tags->n && p.n_themes < MAX_THEMES; i++) {
        p.themes[p.n_themes++] = row->tags->themes[i].theme;
        p.negatives += row->tags->themes[i].polarity == LOYAL_POLARITY_NEGATIVE;
    }
    /* Full: replace the least urgent kept one if this one is more urgent. */
    size_t slot = f->n;
    if (f->n == KEEP_MAX) {
        size_t worst = 0;
        for (size_t i = 1; i < f->n; i++)
            if (provisional(&f->v[i], &f->v[worst]) > 0)
                worst = i;
        f->dropped = true;
        if (provisional(&p, &f->v[worst]) > 0)
            return LOYAL_OK;
        person_free(&f->v[worst]);
        slot = worst;
    } else if (loyalp_grow((void **)&f->v, &f->cap, f->n, sizeof *f->v, 64)) {
        return loyalp_nomem(err);
    }
    const loyal_record *r = row->rec;
    p.id = r->id ? loyalp_strndup(r->id, r->id_len) : NULL;
    p.file = loyalp_strndup(row->path, strlen(row->path));
    p.text = loyalp_excerpt(r->text ? r->text : "", r->text ? r->text_len : 0, TEXT_CHARS, false);
    if ((r->id && !p.id) || !p.file || !p.text) {
        person_free(&p);
        if (slot < f->n) /* the replaced one is gone: close the gap */
            f->v[slot] = f->v[--f->n];
        return loyalp_nomem(err);
    }
    f->v[slot] = p;
    if (slot == f->n)
        f->n++;
    return LOYAL_OK;
}

void loyal_followup_sort(loyal_followup *f, const loyal_ranking *rk) {
    size_t nt = loyal_lexicon_theme_count(f->lex);
    memset(f->barrier, 0, (nt ? nt : 1) * sizeof *f->barrier);
    for (size_t i = 0; i < rk->n_themes; i++)
        f->barrier[rk->themes[i].theme] = rk->themes[i].role == LOYAL_ROLE_BARRIER;
    for (size_t k = 0; k < f->n; k++) {
        f->v[k].barriers = 0;
        for (size_t i = 0; i < f->v[k].n_themes; i++)
            f->v[k].barriers += f->barrier[f->v[k].themes[i]];
    }
    if (f->n)
        qsort(f->v, f->n, sizeof *f->v, final_cmp);
}

size_t loyal_followup_count(const loyal_followup *f, bool *dropped) {
    if (dropped)
        *dropped = f->dropped;
    return f->n;
}

/* The owner of the person's i-th theme when it is a barrier with an owner
 * no earlier barrier of theirs has, else NULL: each owner is listed once,
 * at their first barrier ("devops" and "ops" are two owners). */
static const char *new_owner(const loyal_followup *f, const person *p, size_t i) {
    if (!f->barrier[p->themes[i]])
        return NULL;
    const char *o = loyal_lexicon_theme(f->lex, p->themes[i])->owner;
    if (!o || !*o)
        return NULL;
    for (size_t k = 0; k < i; k++) {
        const char *e = loyal_lexicon_theme(f->lex, p->themes[k])->owner;
        if (f->barrier[p->themes[k]] && e && !strcmp(e, o))
            return NULL;
    }
    return o;
}

/* "a; b" of the person's barrier themes (ids or owners, each owner once), in
 * theme order, or of all their themes; cut to fit `size` as snprintf cuts. */
static void theme_list(char *out, size_t size, const loyal_followup *f, const person *p,
                       bool barriers, bool owners) {
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < p->n_themes && used < size; i++) {
        if (barriers && !f->barrier[p->themes[i]])
            continue;
        const char *s = owners ? new_owner(f, p, i) : loyal_lexicon_theme(f->lex, p->themes[i])->id;
        if (!s)
            continue;
        used += (size_t)snprintf(out + used, size - used, "%s%s", used ? "; " : "", s);
    }
}

static loyal_status csv_person(loyalp_buf *b, const loyal_followup *f, const person *p) {
    char bar[1024], own[1024], all[1024];
    theme_list(bar, sizeof bar, f, p, true, false);
    theme_list(own, sizeof own, f, p, true, true);
    theme_list(all, sizeof all, f, p, false, false);
    const char *id = p->id ? p->id : "";
    loyal_status st = loyalp_buf_csv_field(b, id, strlen(id));
    if (!st)
        st = loyalp_buf_printf(b, ",%ld,", p->line);
    if (!st)
        st = loyalp_buf_csv_field(b, p->file, strlen(p->file));
    if (!st)
        st = loyalp_buf_printf(b, ",%g,", p->score);
    const char *cells[4] = {bar, own, all, p->text};
    for (int c = 0; c < 4 && !st; c++) {
        st = loyalp_buf_csv_field(b, cells[c], strlen(cells[c]));
        if (!st)
            st = loyalp_buf_putc(b, c < 3 ? ',' : '\n');
    }
    return st;
}

static void json_person(jsonw *w, const loyal_followup *f, const person *p) {
    char score[32];
    snprintf(score, sizeof score, "%g", p->score);
    jw_obj(w);
    jw_key(w, "id");
    jw_str(w, p->id);
    jw_key(w, "row");
    jw_int(w, p->line);
    jw_key(w, "file");
    jw_str(w, p->file);
    jw_key(w, "score");
    jw_raw(w, score);
    /* barriers, their owners (each once), then all themes, in theme order */
    static const char *const LISTS[3] = {"barriers", "owners", "themes"};
    for (int list = 0; list < 3; list++) {
        jw_key(w, LISTS[list]);
        jw_arr(w);
        for (size_t i = 0; i < p->n_themes; i++) {
            if (list == 0 && !f->barrier[p->themes[i]])
                continue;
            const char *s = list == 1 ? new_owner(f, p, i)
                                      : loyal_lexicon_theme(f->lex, p->themes[i])->id;
            if (s)
                jw_str(w, s);
        }
        jw_arr_end(w);
    }
    jw_key(w, "text");
    jw_str(w, p->text);
    jw_obj_end(w);
}

loyal_status loyal_report_followup(loyal_output *o, const loyal_followup *f, size_t top, bool json,
                                   loyal_error *err) {
    size_t n = f->n < top ? f->n : top;
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    jsonw w;
    jw_init(&w, &b, 0);
    loyal_status st = LOYAL_OK;
    if (!json)
        st = loyalp_buf_printf(&b, "id,row,file,score,barriers,owners,themes,text\n");
    for (size_t k = 0; k < n && !st; k++) {
        if (!json) {
            st = csv_person(&b, f, &f->v[k]);
            continue;
        }
        json_person(&w, f, &f->v[k]);
        if (!(st = w.st))
            st = loyalp_buf_putc(&b, '\n');
    }
    return loyalp_buf_flush(&b, st, o, err);
}
