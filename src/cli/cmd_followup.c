/* cmd_followup.c — `loyal followup`: detractors with their barrier themes and
 * each theme's owner, most urgent first, for same-day call-backs. */
#include "reading.h"

#include <stdlib.h>
#include <string.h>

#define KEEP_MAX 10000 /* detractors kept while reading, most urgent first */
#define TEXT_CHARS 500

static void help(void) {
    printf("usage: loyal followup [OPTIONS] FILE...\n\n"
           "The clients to call back today: every detractor (NPS 0-6; CSAT below the top\n"
           "two boxes; CSI in the lower 60%% of the scale) with the barrier themes their\n"
           "comment mentions and each theme's owner (from the lexicon), most urgent\n"
           "first: the lowest score, then the most barrier themes, then the most negative\n"
           "mentions. Barriers are the themes `loyal rank` finds significantly negative on\n"
           "the same input. Writes CSV (id,row,file,score,barriers,owners,themes,text)\n"
           "or, with --json, JSON Lines.\n\n"
           "example:\n"
           "  loyal followup survey.csv --top 30 -o callbacks.csv\n\n"
           "%s"
           "followup options:\n"
           "  --top N               at most N clients (default 50)\n"
           "  --json                JSON Lines instead of CSV\n"
           "  --min-mentions N, --confidence P   as for rank (what counts as a barrier)\n",
           CLI_READING_HELP);
}

typedef struct person {
    char *id, *file, *text;
    long line;
    double score;
    size_t themes[32];
    loyal_polarity polarity[32];
    size_t n_themes;
    long negatives;
    long barriers; /* set after the ranking */
    long order;
} person;

typedef struct followup {
    person *v;
    size_t n, cap;
    long seen, order;
    const loyal_metric *metric;
    bool dropped;
} followup;

static void person_free(person *p) {
    free(p->id);
    free(p->file);
    free(p->text);
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

static char *cut(const char *s, size_t len) {
    size_t i = 0, chars = 0;
    while (i < len && chars < TEXT_CHARS) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    char *d = malloc(i + 4);
    if (!d)
        return NULL;
    memcpy(d, s, i);
    if (i < len)
        memcpy(d + i, "\xE2\x80\xA6", 3), i += 3;
    d[i] = '\0';
    return d;
}

static loyal_status add_row(void *ctx, const loyal_row *row, loyal_error *err) {
    followup *f = ctx;
    if (!row->has_score || !loyal_metric_low(f->metric, row->y, row->cls))
        return LOYAL_OK;
    person p;
    memset(&p, 0, sizeof p);
    p.line = row->rec->line;
    p.score = row->score;
    p.order = f->order++;
    for (size_t i = 0; i < row->tags->n && p.n_themes < 32; i++) {
        p.themes[p.n_themes] = row->tags->themes[i].theme;
        p.polarity[p.n_themes] = row->tags->themes[i].polarity;
        p.negatives += row->tags->themes[i].polarity == LOYAL_POLARITY_NEGATIVE;
        p.n_themes++;
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
    } else if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        person *v = realloc(f->v, cap * sizeof *v);
        if (!v) {
            snprintf(err->message, sizeof err->message, "out of memory");
            return err->status = LOYAL_ERR_NOMEM;
        }
        f->v = v;
        f->cap = cap;
    }
    const loyal_record *r = row->rec;
    p.id = r->id ? strndup(r->id, r->id_len) : NULL;
    p.file = strdup(row->path);
    p.text = cut(r->text ? r->text : "", r->text ? r->text_len : 0);
    if ((r->id && !p.id) || !p.file || !p.text) {
        person_free(&p);
        snprintf(err->message, sizeof err->message, "out of memory");
        return err->status = LOYAL_ERR_NOMEM;
    }
    f->v[slot] = p;
    if (slot == f->n)
        f->n++;
    return LOYAL_OK;
}

static void csv_field(FILE *o, const char *s) {
    fputc('"', o);
    for (; s && *s; s++) {
        if (*s == '"')
            fputc('"', o);
        fputc(*s, o);
    }
    fputc('"', o);
}

static void json_str(FILE *o, const char *s) {
    if (!s) {
        fputs("null", o);
        return;
    }
    fputc('"', o);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(o, "\\%c", c);
        else if (c < 0x20)
            fprintf(o, "\\u%04x", c);
        else
            fputc(c, o);
    }
    fputc('"', o);
}

/* "a; b" of the person's barrier themes (ids or owners), in theme order. */
static void barrier_list(char *out, size_t size, const person *p, const loyal_lexicon *lex,
                         const bool *barrier, bool owners) {
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < p->n_themes; i++) {
        if (!barrier[p->themes[i]])
            continue;
        const loyal_theme *t = loyal_lexicon_theme(lex, p->themes[i]);
        const char *s = owners ? (t->owner ? t->owner : "") : t->id;
        if (owners && strstr(out, s)) /* one owner once */
            continue;
        used += (size_t)snprintf(out + used, used < size ? size - used : 0, "%s%s",
                                 used ? "; " : "", s);
    }
}

static void write_people(FILE *o, const followup *f, const cli_opts *opts,
                         const loyal_lexicon *lex, const bool *barrier) {
    size_t n = f->n < opts->top ? f->n : opts->top;
    if (!opts->json)
        fputs("id,row,file,score,barriers,owners,themes,text\n", o);
    for (size_t k = 0; k < n; k++) {
        const person *p = &f->v[k];
        char bar[1024], own[1024], all[1024];
        barrier_list(bar, sizeof bar, p, lex, barrier, false);
        barrier_list(own, sizeof own, p, lex, barrier, true);
        size_t used = 0;
        all[0] = '\0';
        for (size_t i = 0; i < p->n_themes && used < sizeof all; i++)
            used += (size_t)snprintf(all + used, sizeof all - used, "%s%s", used ? "; " : "",
                                     loyal_lexicon_theme(lex, p->themes[i])->id);
        if (opts->json) {
            fputs("{\"id\":", o);
            json_str(o, p->id);
            fprintf(o, ",\"row\":%ld,\"file\":", p->line);
            json_str(o, p->file);
            fprintf(o, ",\"score\":%g", p->score);
            /* lists as arrays: barriers and their owners in theme order, all themes */
            for (int list = 0; list < 3; list++) {
                fputs(list == 0 ? ",\"barriers\":[" : list == 1 ? "],\"owners\":[" : "],\"themes\":[", o);
                bool first = true;
                for (size_t i = 0; i < p->n_themes; i++) {
                    const loyal_theme *t = loyal_lexicon_theme(lex, p->themes[i]);
                    if (list < 2 && !barrier[p->themes[i]])
                        continue;
                    if (list == 1 && !t->owner)
                        continue;
                    fputs(first ? "" : ",", o);
                    json_str(o, list == 1 ? t->owner : t->id);
                    first = false;
                }
            }
            fputs("],\"text\":", o);
            json_str(o, p->text);
            fputs("}\n", o);
        } else {
            csv_field(o, p->id ? p->id : "");
            fprintf(o, ",%ld,", p->line);
            csv_field(o, p->file);
            fprintf(o, ",%g,", p->score);
            csv_field(o, bar);
            fputc(',', o);
            csv_field(o, own);
            fputc(',', o);
            csv_field(o, all);
            fputc(',', o);
            csv_field(o, p->text);
            fputc('\n', o);
        }
    }
}

int cmd_followup(int argc, char **argv) {
    cli_opts o;
    int rc = cli_parse(argc, argv, CLI_FOLLOWUP, &o, help);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    followup f;
    memset(&f, 0, sizeof f);
    f.metric = &o.run.metric;
    cli_reading r;
    loyal_ranking *rk = NULL;
    bool *barrier = NULL;
    loyal_error err;
    loyal_error_init(&err);
    if ((rc = cli_reading_open(&r, &o, NULL)))
        goto out;
    r.each_row = add_row;
    r.each_ctx = &f;
    if ((rc = cli_reading_run(&r)) || (rc = cli_reading_commit(&r)))
        goto out;
    const loyal_summary *sum = loyal_run_summary(r.run);
    if (loyal_rank_compute(sum->stats, &o.run.metric, &o.rank, &rk, &err)) {
        rc = cli_fail(&err);
        goto out;
    }
    size_t nt = loyal_lexicon_theme_count(r.lex);
    barrier = calloc(nt ? nt : 1, sizeof *barrier);
    if (!barrier) {
        rc = cli_usage(NULL, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < rk->n_themes; i++)
        barrier[rk->themes[i].theme] = rk->themes[i].role == LOYAL_ROLE_BARRIER;
    for (size_t k = 0; k < f.n; k++) {
        f.v[k].barriers = 0;
        for (size_t i = 0; i < f.v[k].n_themes; i++)
            f.v[k].barriers += barrier[f.v[k].themes[i]];
    }
    qsort(f.v, f.n, sizeof *f.v, final_cmp);
    FILE *out = stdout;
    if (strcmp(o.output, "-") && !(out = fopen(o.output, "w"))) {
        cli_usage(NULL, "%s: cannot write", o.output);
        rc = EXIT_OUTPUT;
        goto out;
    }
    write_people(out, &f, &o, r.lex, barrier);
    if (out != stdout && fclose(out) != 0)
        rc = EXIT_OUTPUT;
    if (!rc && !o.quiet) {
        cli_reading_summary(&r, "follow-up list", o.output);
        fprintf(stderr, "loyal: %zu detractors%s; the %zu most urgent listed\n", f.n,
                f.dropped ? " kept (of more: the least urgent were dropped)" : "",
                f.n < o.top ? f.n : o.top);
    }
out:
    for (size_t k = 0; k < f.n; k++)
        person_free(&f.v[k]);
    free(f.v);
    free(barrier);
    loyal_ranking_free(rk);
    cli_reading_close(&r);
    return rc;
}
