/* liwc.c — LIWC-style .dic dictionaries → a loyal lexicon folder. The
 * whole dictionary is read and its files built in memory first; they are
 * written only when it read cleanly, each to a temporary file renamed into
 * place, so a failed import leaves no file behind. */
#include "buf.h"
#include "error.h"
#include "loyal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_CATEGORIES 512

typedef struct category {
    long number;
    char *name;   /* as in the .dic */
    char id[128]; /* a theme id: lowercase letters, digits, '_' */
    loyalp_buf lex; /* the .lex file's text, once it has a term */
    size_t terms, expects;
    char *expect_words[3];
} category;

/* Latin letters for Cyrillic ones, so a Russian category name makes a
 * readable theme id (Деньги → dengi). */
static const char *const TRANSLIT[64] = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya",
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"};

static void make_id(const char *name, char *id, size_t size) {
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p && n + 4 < size; p++) {
        unsigned char c = *p;
        /* А–я are D0 90 – D1 8F; ё/Ё as е */
        if ((c == 0xD0 || c == 0xD1) && p[1]) {
            unsigned cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            p++;
            const char *t = cp >= 0x410 && cp <= 0x44F ? TRANSLIT[cp - 0x410]
                            : (cp == 0x401 || cp == 0x451) ? "e"
                                                            : "_";
            for (; *t && n + 1 < size; t++)
                id[n++] = *t;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            id[n++] = (char)c;
        else if (n && id[n - 1] != '_')
            id[n++] = '_';
    }
    while (n && id[n - 1] == '_')
        n--;
    if (!n)
        n = (size_t)snprintf(id, size, "category");
    id[n] = '\0';
}

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t')
        s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        e--;
    *e = '\0';
    return s;
}

static category *find(category *c, size_t n, long number) {
    for (size_t i = 0; i < n; i++)
        if (c[i].number == number)
            return &c[i];
    return NULL;
}

/* Why an entry's word cannot be a term (each word of it must be one word
 * token, as the lexicon parser wants), into why[size]; false when it can. */
static bool not_a_term(loyal_text *t, const char *word, char *why, size_t size) {
    bool letters = false;
    for (const unsigned char *q = (const unsigned char *)word; *q && !letters; q++)
        letters = (*q | 0x20) >= 'a' && (*q | 0x20) <= 'z' ? true : *q >= 0x80;
    for (const char *w = word; *w;) {
        while (*w == ' ' || *w == '\t')
            w++;
        const char *we = w;
        while (*we && *we != ' ' && *we != '\t')
            we++;
        if (we == w)
            break;
        size_t n = (size_t)(we - w);
        bool prefix = n > 1 && we[-1] == '*', suffix = n > 1 && !prefix && w[0] == '*';
        loyal_error e;
        loyal_error_init(&e);
        if (loyal_text_normalize(t, w + suffix, n - prefix - suffix, &e)) {
            snprintf(why, size, "'%.*s' is not valid text: %.200s", (int)n, w, e.message);
            return true;
        }
        bool one_word = t->n_tokens == 1 && t->tokens[0].kind == LOYAL_TOKEN_WORD &&
                        t->tokens[0].start == 0 && t->tokens[0].end == t->norm_len;
        int len = (int)n;
        if (t->n_tokens == 1 && t->tokens[0].kind == LOYAL_TOKEN_NUMBER) {
            snprintf(why, size, "'%.*s' is a number, not a word", len, w);
            return true;
        }
        if (!letters) {
            snprintf(why, size, "'%.*s' has no letter", len, w);
            return true;
        }
        if (!one_word && !suffix) {
            snprintf(why, size, "'%.*s' is not one word", len, w);
            return true;
        }
        w = we;
    }
    return false;
}

/* Writes every category's file (error: none left behind). */
static loyal_status write_files(category *cats, size_t nc, const char *out_dir,
                                const char *lname, size_t *n_themes, loyal_error *err) {
    char path[1024];
    loyal_status st = LOYAL_OK;
    bool created = mkdir(out_dir, 0777) == 0;
    if (!created && errno != EEXIST)
        return loyalp_error(err, LOYAL_ERR_OUTPUT, out_dir, 0, 0, "cannot create: %s",
                            strerror(errno));
    for (size_t i = 0; i < nc && !st; i++) {
        snprintf(path, sizeof path, "%s/%s.lex", out_dir, cats[i].id);
        if (cats[i].terms && access(path, F_OK) == 0) {
            st = loyalp_error(err, LOYAL_ERR_OUTPUT, path, 0, 0, "already exists");
            loyalp_error_hint(err, "import into a new folder");
        }
    }
    size_t done = 0; /* files written */
    for (; done < nc && !st; done++) {
        category *c = &cats[done];
        if (!c->terms)
            continue;
        for (size_t k = 0; k < c->expects && !st; k++)
            st = loyalp_buf_printf(&c->lex, "expect %s+ %s\n", lname, c->expect_words[k]);
        snprintf(path, sizeof path, "%s/%s.lex", out_dir, c->id);
        loyal_output *o = NULL;
        if (st)
            st = loyalp_nomem(err);
        else if (!(st = loyal_output_open(&o, path, err)) &&
                 (st = loyal_output_write(o, c->lex.data, c->lex.len, err)))
            loyal_output_abort(o);
        else if (!st)
            st = loyal_output_commit(o, err);
        if (st)
            break;
    }
    if (st) { /* remove what this import wrote: the files before the one that failed */
        for (size_t i = 0; i < done; i++) {
            snprintf(path, sizeof path, "%s/%s.lex", out_dir, cats[i].id);
            if (cats[i].terms)
                unlink(path);
        }
        if (created)
            rmdir(out_dir);
        return st;
    }
    for (size_t i = 0; i < nc; i++)
        *n_themes += cats[i].terms > 0;
    return LOYAL_OK;
}

loyal_status loyal_liwc_import(const char *dic_path, const char *out_dir, loyal_lang lang,
                               size_t *n_themes, size_t *n_terms, size_t *n_skipped,
                               loyal_problem_fn on_skip, void *ctx, loyal_error *err) {
    *n_themes = *n_terms = *n_skipped = 0;
    FILE *in = fopen(dic_path, "r");
    if (!in)
        return loyalp_error(err, LOYAL_ERR_IO, dic_path, 0, 0, "cannot open: %s",
                            strerror(errno));
    category cats[MAX_CATEGORIES];
    size_t nc = 0;
    loyal_status st = LOYAL_OK;
    char line[4096];
    long ln = 0;
    int fences = 0;
    const char *lname = lang == LOYAL_LANG_RU ? "ru " : lang == LOYAL_LANG_EN ? "en " : "";
    loyal_text text;
    loyal_text_init(&text);
    memset(cats, 0, sizeof cats);
    while (!st && fgets(line, sizeof line, in)) {
        ln++;
        if (!strchr(line, '\n') && !feof(in)) {
            st = loyalp_error(err, LOYAL_ERR_INPUT, dic_path, ln, 0, "line longer than %zu bytes",
                              sizeof line - 1);
            break;
        }
        char *s = trim(line);
        if (ln == 1 && !strncmp(s, "\xEF\xBB\xBF", 3))
            s += 3;
        if (!*s)
            continue;
        if (!strcmp(s, "%")) {
            fences++;
            continue;
        }
        if (fences == 1) { /* "NUMBER NAME" */
            char *end;
            long num = strtol(s, &end, 10);
            char *name = trim(end);
            if (end == s || !*name) {
                st = loyalp_error(err, LOYAL_ERR_INPUT, dic_path, ln, 1,
                                  "expected 'NUMBER CATEGORY' between the %% lines");
                break;
            }
            if (nc == MAX_CATEGORIES) {
                st = loyalp_error(err, LOYAL_ERR_INPUT, dic_path, ln, 1,
                                  "more than %d categories", MAX_CATEGORIES);
                break;
            }
            if (find(cats, nc, num)) {
                st = loyalp_error(err, LOYAL_ERR_INPUT, dic_path, ln, 1,
                                  "category number %ld twice", num);
                break;
            }
            category *c = &cats[nc++];
            c->number = num;
            c->name = strdup(name);
            if (!c->name) {
                st = loyalp_nomem(err);
                break;
            }
            make_id(name, c->id, sizeof c->id);
            for (size_t i = 0; i + 1 < nc; i++)
                if (!strcmp(cats[i].id, c->id))
                    snprintf(c->id + strlen(c->id), sizeof c->id - strlen(c->id), "_%ld", num);
            continue;
        }
        if (fences < 2) {
            st = loyalp_error(err, LOYAL_ERR_INPUT, dic_path, ln, 1,
                              "a LIWC dictionary starts with its categories between two %% lines");
            break;
        }
        /* "word[*] N N …" — words may be phrases; the numbers end the line,
         * and the first word is the entry's even when it is a number. */
        char *p = s + strlen(s);
        long nums[64];
        size_t nn = 0;
        while (p > s) {
            char *q = p;
            while (q > s && q[-1] >= '0' && q[-1] <= '9')
                q--;
            if (q == p || q == s || (q[-1] != ' ' && q[-1] != '\t'))
                break;
            if (nn < 64)
                nums[nn++] = strtol(q, NULL, 10);
            p = q;
            while (p > s && (p[-1] == ' ' || p[-1] == '\t'))
                p--;
        }
        *p = '\0';
        char *word = trim(s);
        if (!*word || !nn) {
            st = loyalp_error(err, LOYAL_ERR_INPUT, dic_path, ln, 1,
                              "expected 'word CATEGORY-NUMBER...'");
            break;
        }
        /* Numbers, emoticons and punctuation (":)") are not words a term can
         * match: skipped and told, the import goes on. */
        loyal_problem skip;
        if (not_a_term(&text, word, skip.message, sizeof skip.message)) {
            (*n_skipped)++;
            if (on_skip) {
                snprintf(skip.file, sizeof skip.file, "%s", dic_path);
                skip.line = ln;
                skip.column = 0;
                on_skip(ctx, &skip);
            }
            continue;
        }
        for (size_t i = 0; i < nn && !st; i++) {
            category *c = find(cats, nc, nums[i]);
            if (!c) {
                st = loyalp_error(err, LOYAL_ERR_INPUT, dic_path, ln, 0,
                                  "unknown category number %ld", nums[i]);
                break;
            }
            if (!c->terms &&
                loyalp_buf_printf(&c->lex,
                                  "# imported from %s (LIWC category %ld '%s')\n"
                                  "# Write expect lines from real comments before relying on "
                                  "it.\ntheme %s\nlabel %s %s\n",
                                  dic_path, c->number, c->name, c->id,
                                  lang == LOYAL_LANG_RU ? "ru" : "en", c->name)) {
                st = loyalp_nomem(err);
                break;
            }
            /* LIWC's '*' is a prefix wildcard: loyal writes it the same way. */
            if (loyalp_buf_printf(&c->lex, "term %s%s\n", lname, word)) {
                st = loyalp_nomem(err);
                break;
            }
            c->terms++;
            (*n_terms)++;
            if (c->expects < 3) {
                size_t wl = strlen(word);
                if (!(c->expect_words[c->expects] =
                          loyalp_strndup(word, wl && word[wl - 1] == '*' ? wl - 1 : wl))) {
                    st = loyalp_nomem(err);
                    break;
                }
                c->expects++;
            }
        }
    }
    if (!st && ferror(in))
        st = loyalp_error(err, LOYAL_ERR_IO, dic_path, ln, 0, "read error");
    if (!st)
        st = write_files(cats, nc, out_dir, lname, n_themes, err);
    for (size_t i = 0; i < nc; i++) {
        category *c = &cats[i];
        for (size_t k = 0; k < c->expects; k++)
            free(c->expect_words[k]);
        free(c->name);
        loyalp_buf_clear(&c->lex);
    }
    loyal_text_clear(&text);
    fclose(in);
    return st;
}
