/* lexicon.c — lexicon files (*.lex) → compiled rules.
 *
 * One parser serves both loyal_lexicon_load (stop at the first problem) and
 * loyal_lexicon_check (collect every problem): it reports problems to a sink
 * and keeps going, and load turns the first report into its error.
 *
 * Line format: `KEYWORD [LANG] VALUE`. A '#' at the start of a line, or one
 * preceded by a space or tab, starts a comment, except in `expect` lines,
 * whose text runs to the end of the line.
 */
#include "lexicon.h"

#include "buf.h"
#include "error.h"
#include "prefilter.h"
#include "stem.h"
#include "text.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEX_MAX_FILE (16u << 20)

/* Where problems go. */
typedef struct sink {
    bool stop_at_first;
    loyal_problem *items;
    size_t n, cap;
    bool failed_alloc;
} sink;

typedef struct parser {
    loyal_lexicon *lex;
    sink *sink;
    loyal_text text; /* for normalizing terms */
    loyalp_stemmer stemmer;
    const char *file; /* base name */
    long line;
    size_t theme;     /* current file's theme, or (size_t)-1 */
    long theme_line;
    bool theme_rejected; /* the file's theme line was reported: its rules say no more */
} parser;

static void report(parser *p, long col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void report(parser *p, long col, const char *fmt, ...) {
    sink *s = p->sink;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        loyal_problem *np = realloc(s->items, cap * sizeof *np);
        if (!np) {
            s->failed_alloc = true;
            return;
        }
        s->items = np;
        s->cap = cap;
    }
    loyal_problem *pr = &s->items[s->n++];
    snprintf(pr->file, sizeof pr->file, "%s", p->file);
    pr->line = p->line;
    pr->column = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(pr->message, sizeof pr->message, fmt, ap);
    va_end(ap);
}

static bool stopped(const parser *p) {
    return p->sink->failed_alloc || (p->sink->stop_at_first && p->sink->n > 0);
}

/* 1-based character column of byte `off` of `line`. */
static long column_of(const char *line, size_t off) {
    long col = 1;
    for (size_t i = 0; i < off && line[i]; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80)
            col++;
    return col;
}

static bool is_space(char c) {
    return c == ' ' || c == '\t';
}

void loyalp_fold_yo(char *s) {
    for (unsigned char *u = (unsigned char *)s; *u; u++) {
        if (u[0] == 0xD1 && u[1] == 0x91) {
            u[0] = 0xD0;
            u[1] = 0xB5;
        } else if (u[0] == 0xD0 && u[1] == 0x81) {
            u[1] = 0x95;
        }
    }
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the *.lex files of dir, sorted. */
static loyal_status list_files(const char *dir, char ***names, size_t *n, loyal_error *err) {
    DIR *d = opendir(dir);
    if (!d) {
        loyalp_error(err, LOYAL_ERR_IO, dir, 0, 0, "cannot open lexicon folder: %s",
                     strerror(errno));
        loyalp_error_hint(err, "give a folder of *.lex files with --lexicon DIR");
        return LOYAL_ERR_IO;
    }
    char **v = NULL;
    size_t cnt = 0, cap = 0;
    struct dirent *e;
    loyal_status st = LOYAL_OK;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".lex") != 0 || e->d_name[0] == '.')
            continue;
        if (cnt == cap) {
            cap = cap ? cap * 2 : 32;
            char **nv = realloc(v, cap * sizeof *nv);
            if (!nv) {
                st = loyalp_nomem(err);
                break;
            }
            v = nv;
        }
        if (!(v[cnt] = loyalp_strndup(e->d_name, l))) {
            st = loyalp_nomem(err);
            break;
        }
        cnt++;
    }
    closedir(d);
    if (st) {
        for (size_t i = 0; i < cnt; i++)
            free(v[i]);
        free(v);
        return st;
    }
    if (cnt)
        qsort(v, cnt, sizeof *v, cmp_str);
    *names = v;
    *n = cnt;
    return LOYAL_OK;
}

static loyal_status read_file(const char *path, char **data, size_t *len, loyal_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return loyalp_error(err, LOYAL_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    char *buf = NULL;
    size_t n = 0, cap = 0;
    loyal_status st = LOYAL_OK;
    for (;;) {
        if (cap - n < 4096) {
            cap = cap ? cap * 2 : 8192;
            if (cap > LEX_MAX_FILE + 8192) {
                st = loyalp_error(err, LOYAL_ERR_LIMIT, path, 0, 0,
                                  "lexicon file larger than %u bytes", LEX_MAX_FILE);
                break;
            }
            char *nb = realloc(buf, cap);
            if (!nb) {
                st = loyalp_nomem(err);
                break;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) {
            if (ferror(f))
                st = loyalp_error(err, LOYAL_ERR_IO, path, 0, 0, "read error: %s",
                                  strerror(errno));
            break;
        }
    }
    fclose(f);
    if (st) {
        free(buf);
        return st;
    }
    if (!buf && !(buf = malloc(1)))
        return loyalp_nomem(err);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return LOYAL_OK;
}

typedef struct caps {
    size_t themes, rules, expects;
} caps;

static void free_rule(loyalp_rule *r) {
    free((char *)r->info.source);
    loyalp_regex_anchors_free(r->anchors);
    pcre2_code_free(r->re);
    for (size_t i = 0; i < r->n_words; i++)
        free(r->words[i].s);
    free(r->words);
}

/* The first uppercase letter of a pattern outside escapes (\W, \p{Lu},
 * \x{..}) and {..} counts, or NULL. */
static const char *uppercase_at(const char *pat) {
    for (const char *c = pat; *c; c++) {
        if (*c == '\\') {
            if (!c[1])
                break;
            c++;
            if ((*c == 'p' || *c == 'P' || *c == 'x') && c[1] == '{')
                while (*c && *c != '}')
                    c++;
            if (!*c)
                break;
            continue;
        }
        if (*c == '(' && c[1] == '?') { /* (?i) and named groups */
            while (*c && *c != ')' && *c != ':')
                c++;
            if (!*c)
                break;
            continue;
        }
        unsigned char u = (unsigned char)*c;
        if (u >= 'A' && u <= 'Z')
            return c;
        /* Cyrillic А–Я (D0 90–D0 AF) and Ё (D0 81) */
        if (u == 0xD0 && (((unsigned char)c[1] >= 0x90 && (unsigned char)c[1] <= 0xAF) ||
                          (unsigned char)c[1] == 0x81))
            return c;
    }
    return NULL;
}

/* Texts that make backtracking regexes explode: long runs of short words,
 * of one letter pair, of spaces, each ending in something that fails. */
static bool slow_regex(const pcre2_code *re, const char *anchor) {
    static const char *const units[] = {"ab ", "аб ", "a", "а", " ", "ab", "1 ", ". "};
    /* A text must fail late to backtrack: end on the regex's own literal,
     * cut short, as well as on plain punctuation. */
    char cut[64] = "";
    if (anchor) {
        size_t n = strlen(anchor);
        if (n >= sizeof cut)
            n = sizeof cut - 1;
        while (n > 1 && ((unsigned char)anchor[n - 1] & 0xC0) == 0x80)
            n--; /* drop the last character, whole */
        memcpy(cut, anchor, n ? n - 1 : 0);
        cut[n ? n - 1 : 0] = '\0';
    }
    const char *tails[] = {"!", "\x01", cut, anchor ? anchor : "!"};
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    bool slow = false;
    if (!mc || !md)
        goto out;
    /* A tenth of the tagger's limit: a rule that needs more on a 200-byte
     * text would be the slowest of the lexicon by far. */
    pcre2_set_match_limit(mc, 100000);
    pcre2_set_depth_limit(mc, 1000);
    char subject[320];
    for (size_t u = 0; u < sizeof units / sizeof *units && !slow; u++)
        for (size_t t = 0; t < sizeof tails / sizeof *tails && !slow; t++) {
            size_t n = 0, ul = strlen(units[u]);
            while (n + ul < 200) {
                memcpy(subject + n, units[u], ul);
                n += ul;
            }
            size_t tl = strlen(tails[t]);
            if (n + tl > sizeof subject)
                tl = sizeof subject - n;
            memcpy(subject + n, tails[t], tl);
            n += tl;
            int rc = pcre2_match(re, (PCRE2_SPTR)subject, n, 0, 0, md, mc);
            slow = rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                   rc == PCRE2_ERROR_JIT_STACKLIMIT;
        }
out:
    pcre2_match_data_free(md);
    pcre2_match_context_free(mc);
    return slow;
}

/* Compiles a regex value (ё folded in place) and its anchor set into
 * *anchors (regex_anchor.c: for near misses, and for the slow test here).
 * Reports PCRE2's message at its column. */
static pcre2_code *compile_regex(parser *p, char *pattern, const char *line, size_t voff,
                                 char ***anchors) {
    *anchors = NULL;
    loyalp_fold_yo(pattern);
    int code;
    PCRE2_SIZE eoff;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   LOYALP_PCRE2_OPTIONS, &code, &eoff, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        report(p, column_of(line, voff + eoff), "regex does not compile: %s", (char *)msg);
        return NULL;
    }
    uint32_t minlen = 0;
    pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &minlen);
    if (minlen == 0) {
        report(p, column_of(line, voff), "regex can match the empty string");
        pcre2_code_free(re);
        return NULL;
    }
    /* JIT where the platform has it; the interpreter otherwise. */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    if (!p->sink->stop_at_first && uppercase_at(pattern))
        report(p, column_of(line, voff + (size_t)(uppercase_at(pattern) - pattern)),
               "regex has an uppercase letter: the text is matched in lowercase, so it "
               "never matches (write it in lowercase)");
    *anchors = loyalp_regex_anchors(pattern);
    if (!p->sink->stop_at_first && slow_regex(re, loyalp_regex_anchor_one(*anchors)))
        report(p, column_of(line, voff),
               "regex is slow: it hits PCRE2's match limit on a test text (nested or "
               "overlapping quantifiers such as (\\w+\\s?)+ backtrack exponentially)");
    return re;
}

#define MAX_GAP 5

/* Splits a term into words: each normalized and stemmed, or kept as a
 * prefix when written with a final '*'; a final `~N` allows N other words
 * between two of the term's words. */
static loyal_status term_words(parser *p, char *value, loyalp_rule *r, const char *line,
                               size_t voff) {
    char *end = value + strlen(value);
    /* ~N at the end */
    char *tilde = strrchr(value, '~');
    if (tilde && (tilde == value || is_space(tilde[-1]))) {
        char *q;
        long gap = strtol(tilde + 1, &q, 10);
        if (q == tilde + 1 || *q || gap < 0 || gap > MAX_GAP) {
            report(p, column_of(line, voff + (size_t)(tilde - value)),
                   "~N wants a number of words from 0 to %d", MAX_GAP);
            return LOYAL_OK;
        }
        r->gap = (unsigned)gap;
        end = tilde;
        while (end > value && is_space(end[-1]))
            end--;
        *end = '\0';
    }
    size_t cap = 0;
    for (char *w = value; w < end;) {
        while (w < end && is_space(*w))
            w++;
        if (w >= end)
            break;
        char *we = w;
        while (we < end && !is_space(*we))
            we++;
        bool prefix = we[-1] == '*' && we - w > 1;
        bool suffix = w[0] == '*' && !prefix && we - w > 1;
        if (suffix)
            w++;
        size_t wlen = (size_t)(we - w) - (prefix ? 1 : 0);
        long col = column_of(line, voff + (size_t)(w - value));
        loyal_error e;
        loyal_error_init(&e);
        if (loyal_text_normalize(&p->text, w, wlen, &e)) {
            report(p, col, "term is not valid text: %s", e.message);
            return LOYAL_OK;
        }
        if (!suffix && (p->text.n_tokens != 1 || p->text.tokens[0].kind != LOYAL_TOKEN_WORD ||
                        p->text.tokens[0].start != 0 || p->text.tokens[0].end != p->text.norm_len)) {
            bool number = p->text.n_tokens == 1 && p->text.tokens[0].kind == LOYAL_TOKEN_NUMBER;
            report(p, col,
                   number ? "'%.*s' is a number: terms match words; write a regex for numbers"
                          : "'%.*s' is not one word (write a phrase as words separated by "
                            "spaces)",
                   (int)(we - w), w);
            return LOYAL_OK;
        }
        const char *s = p->text.norm;
        size_t n = p->text.norm_len;
        if (!prefix && !suffix) {
            s = loyalp_stem(&p->stemmer, s, n, p->text.tokens[0].script, &n);
            if (!s)
                return LOYAL_ERR_NOMEM;
        }
        if (r->n_words == cap) {
            cap = cap ? cap * 2 : 4;
            loyalp_word *nw = realloc(r->words, cap * sizeof *nw);
            if (!nw)
                return LOYAL_ERR_NOMEM;
            r->words = nw;
        }
        loyalp_word *word = &r->words[r->n_words];
        word->prefix = prefix;
        word->suffix = suffix;
        word->len = n;
        if (!(word->s = loyalp_strndup(s, n)))
            return LOYAL_ERR_NOMEM;
        r->n_words++;
        w = we;
    }
    if (r->n_words == 0)
        report(p, column_of(line, voff), "term has no words");
    return LOYAL_OK;
}

static bool same_words(const loyalp_rule *a, const loyalp_rule *b) {
    if (a->n_words != b->n_words || a->gap != b->gap)
        return false;
    for (size_t i = 0; i < a->n_words; i++)
        if (a->words[i].prefix != b->words[i].prefix || a->words[i].suffix != b->words[i].suffix ||
            strcmp(a->words[i].s, b->words[i].s))
            return false;
    return true;
}

static bool valid_id(const char *s) {
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

/* Reads the optional language field at *v. */
static loyal_lang take_lang(char **v) {
    char *s = *v;
    loyal_lang lang = LOYAL_LANG_UNKNOWN;
    /* RU and EN too: an uppercase language is a language, not a word */
    char a = (char)(s[0] | 0x20), b = s[0] ? (char)(s[1] | 0x20) : 0;
    if (a == 'r' && b == 'u' && (is_space(s[2]) || !s[2]))
        lang = LOYAL_LANG_RU;
    else if (a == 'e' && b == 'n' && (is_space(s[2]) || !s[2]))
        lang = LOYAL_LANG_EN;
    if (lang != LOYAL_LANG_UNKNOWN) {
        s += 2;
        while (is_space(*s))
            s++;
        *v = s;
    }
    return lang;
}

/* Splits a line into its keyword (*kw, *kwlen) and value (returned), with
 * a trailing comment and spaces cut off the value (not for `expect`, whose
 * text runs to the end of the line). NULL for a blank or comment line. */
static char *split_line(char *line, char **kw, size_t *kwlen) {
    char *s = line;
    while (is_space(*s))
        s++;
    if (!*s || *s == '#')
        return NULL;
    *kw = s;
    while (*s && !is_space(*s))
        s++;
    *kwlen = (size_t)(s - *kw);
    while (is_space(*s))
        s++;
    char *end = s + strlen(s);
    if (!(*kwlen == 6 && !strncmp(*kw, "expect", 6))) {
        /* A comment is a '#' between spaces (or at the line's end), so a
         * regex can still say `#\d+` or `[#№]`. */
        for (char *c = s; *c; c++)
            if (*c == '#' && (c == s || is_space(c[-1])) && (!c[1] || is_space(c[1]))) {
                end = c;
                break;
            }
    }
    while (end > s && is_space(end[-1]))
        end--;
    *end = '\0';
    return s;
}

static loyal_status parse_line(parser *p, char *line, caps *cp) {
    loyal_lexicon *lex = p->lex;
    char *kw;
    size_t kwlen;
    char *s = split_line(line, &kw, &kwlen);
    if (!s)
        return LOYAL_OK;
    bool is_expect = kwlen == 6 && !strncmp(kw, "expect", 6);

#define KW(name) (kwlen == sizeof(name) - 1 && !strncmp(kw, name, kwlen))
    if (KW("theme")) {
        if (!valid_id(s)) {
            report(p, column_of(line, (size_t)(s - line)),
                   "theme id must be lowercase letters, digits and '_', got '%s'", s);
            p->theme_rejected = p->theme == (size_t)-1;
            return LOYAL_OK;
        }
        if (p->theme != (size_t)-1) {
            report(p, 1, "a second 'theme' line in one file (the first is line %ld)",
                   p->theme_line);
            return LOYAL_OK;
        }
        for (size_t i = 0; i < lex->n_themes; i++)
            if (!strcmp(lex->themes[i].id, s)) {
                report(p, column_of(line, (size_t)(s - line)),
                       "duplicate theme id '%s' (first in %s)", s, lex->themes[i].file);
                p->theme_rejected = true;
                return LOYAL_OK;
            }
        if (loyalp_grow((void **)&lex->themes, &cp->themes, lex->n_themes, sizeof *lex->themes, 32))
            return LOYAL_ERR_NOMEM;
        loyal_theme *t = &lex->themes[lex->n_themes];
        memset(t, 0, sizeof *t);
        if (!(t->id = loyalp_strndup(s, strlen(s))) || !(t->file = loyalp_strndup(p->file, strlen(p->file))))
            return LOYAL_ERR_NOMEM;
        p->theme = lex->n_themes++;
        p->theme_line = p->line;
        return LOYAL_OK;
    }
    if (p->theme == (size_t)-1) {
        bool known = KW("label") || KW("owner") || KW("term") || KW("regex") || KW("exclude") ||
                     is_expect;
        if (known && p->theme_rejected)
            return LOYAL_OK; /* its theme line's problem is reported once */
        if (known)
            report(p, 1, "'%.*s' before the 'theme' line", (int)kwlen, kw);
        else
            report(p, 1, "unknown keyword '%.*s'", (int)kwlen, kw);
        return LOYAL_OK;
    }
    loyal_theme *theme = &lex->themes[p->theme];
    if (KW("label")) {
        loyal_lang lang = take_lang(&s);
        if (lang == LOYAL_LANG_UNKNOWN || !*s) {
            report(p, column_of(line, (size_t)(s - line)),
                   "label needs a language and a text: label en|ru TEXT");
            return LOYAL_OK;
        }
        const char **slot = lang == LOYAL_LANG_RU ? &theme->label_ru : &theme->label_en;
        free((char *)*slot);
        if (!(*slot = loyalp_strndup(s, strlen(s))))
            return LOYAL_ERR_NOMEM;
        return LOYAL_OK;
    }
    if (KW("owner")) {
        if (!*s) {
            report(p, column_of(line, (size_t)(s - line)), "owner needs a value");
            return LOYAL_OK;
        }
        free((char *)theme->owner);
        if (!(theme->owner = loyalp_strndup(s, strlen(s))))
            return LOYAL_ERR_NOMEM;
        return LOYAL_OK;
    }
    if (is_expect) {
        loyal_lang lang = take_lang(&s);
        if ((*s != '+' && *s != '-') || !is_space(s[1])) {
            report(p, column_of(line, (size_t)(s - line)),
                   "expect needs '+' or '-' and a text: expect [ru|en] +|- TEXT");
            return LOYAL_OK;
        }
        bool pos = *s == '+';
        s += 2;
        while (is_space(*s))
            s++;
        if (!*s) {
            report(p, column_of(line, (size_t)(s - line)), "expect has no text");
            return LOYAL_OK;
        }
        if (loyalp_grow((void **)&lex->expects, &cp->expects, lex->n_expects, sizeof *lex->expects, 32))
            return LOYAL_ERR_NOMEM;
        loyal_expect *e = &lex->expects[lex->n_expects];
        e->theme = p->theme;
        e->lang = lang;
        e->positive = pos;
        e->file = theme->file;
        e->line = p->line;
        if (!(e->text = loyalp_strndup(s, strlen(s))))
            return LOYAL_ERR_NOMEM;
        lex->n_expects++;
        return LOYAL_OK;
    }
    loyal_rule_kind kind;
    if (KW("term"))
        kind = LOYAL_RULE_TERM;
    else if (KW("regex"))
        kind = LOYAL_RULE_REGEX;
    else if (KW("exclude"))
        kind = LOYAL_RULE_EXCLUDE;
    else {
        report(p, 1, "unknown keyword '%.*s'", (int)kwlen, kw);
        return LOYAL_OK;
    }
#undef KW
    loyal_lang lang = take_lang(&s);
    if (!*s) {
        report(p, column_of(line, (size_t)(s - line)), "%s needs a value",
               kind == LOYAL_RULE_TERM ? "term" : kind == LOYAL_RULE_REGEX ? "regex" : "exclude");
        return LOYAL_OK;
    }
    size_t voff = (size_t)(s - line);
    loyalp_rule r;
    memset(&r, 0, sizeof r);
    r.info.theme = p->theme;
    r.info.kind = kind;
    r.info.lang = lang;
    r.info.file = theme->file;
    r.info.line = p->line;
    if (!(r.info.source = loyalp_strndup(s, strlen(s))))
        return LOYAL_ERR_NOMEM;
    size_t before = p->sink->n;
    if (kind == LOYAL_RULE_TERM) {
        if (term_words(p, s, &r, line, voff)) {
            free_rule(&r);
            return LOYAL_ERR_NOMEM;
        }
        if (p->sink->n == before) {
            for (size_t i = 0; i < lex->n_rules; i++) {
                const loyalp_rule *o = &lex->rules[i];
                if (o->info.theme == p->theme && o->info.kind == LOYAL_RULE_TERM &&
                    o->info.lang == lang && same_words(o, &r)) {
                    report(p, column_of(line, voff), "duplicate term '%s' (first at %s:%ld)",
                           r.info.source, o->info.file, o->info.line);
                    break;
                }
            }
        }
    } else {
        char *pat = loyalp_strndup(s, strlen(s));
        if (!pat) {
            free_rule(&r);
            return LOYAL_ERR_NOMEM;
        }
        r.re = compile_regex(p, pat, line, voff, &r.anchors);
        free(pat);
        size_t jit_size = 0;
        r.jit = r.re && !pcre2_pattern_info(r.re, PCRE2_INFO_JITSIZE, &jit_size) && jit_size;
    }
    if (p->sink->n != before) {
        free_rule(&r);
        return LOYAL_OK;
    }
    if (loyalp_grow((void **)&lex->rules, &cp->rules, lex->n_rules, sizeof *lex->rules, 32)) {
        free_rule(&r);
        return LOYAL_ERR_NOMEM;
    }
    lex->rules[lex->n_rules++] = r;
    return LOYAL_OK;
}

#define DEFAULT_WINDOW 4
#define DEFAULT_NEGATION 3

/* One line of polarity.lex: window N, negation N, and the cues. */
static loyal_status parse_polarity_line(parser *p, char *line, size_t *cue_cap) {
    loyal_lexicon *lex = p->lex;
    char *kw;
    size_t kwlen;
    char *s = split_line(line, &kw, &kwlen);
    if (!s)
        return LOYAL_OK;
#define KW(name) (kwlen == sizeof(name) - 1 && !strncmp(kw, name, kwlen))
    if (KW("window") || KW("negation")) {
        char *q;
        long v = strtol(s, &q, 10);
        if (q == s || *q || v < 0 || v > 20) {
            report(p, column_of(line, (size_t)(s - line)), "%.*s wants a number from 0 to 20",
                   (int)kwlen, kw);
            return LOYAL_OK;
        }
        if (KW("window"))
            lex->window = (unsigned)v;
        else
            lex->negation = (unsigned)v;
        return LOYAL_OK;
    }
    loyalp_cue_kind kind;
    if (KW("positive"))
        kind = LOYALP_CUE_POSITIVE;
    else if (KW("negative"))
        kind = LOYALP_CUE_NEGATIVE;
    else if (KW("negator"))
        kind = LOYALP_CUE_NEGATOR;
    else if (KW("intensifier"))
        kind = LOYALP_CUE_INTENSIFIER;
    else {
        report(p, 1, "unknown keyword '%.*s' in polarity.lex (window, negation, negator, "
                     "positive, negative, intensifier)", (int)kwlen, kw);
        return LOYAL_OK;
    }
#undef KW
    loyal_lang lang = take_lang(&s);
    if (!*s) {
        report(p, column_of(line, (size_t)(s - line)), "%.*s needs a word", (int)kwlen, kw);
        return LOYAL_OK;
    }
    loyalp_cue cue;
    memset(&cue, 0, sizeof cue);
    cue.kind = kind;
    cue.rule.info.kind = LOYAL_RULE_TERM;
    cue.rule.info.lang = lang;
    cue.rule.info.file = "polarity.lex";
    cue.rule.info.line = p->line;
    if (!(cue.rule.info.source = loyalp_strndup(s, strlen(s))))
        return LOYAL_ERR_NOMEM;
    size_t before = p->sink->n;
    if (term_words(p, s, &cue.rule, line, (size_t)(s - line))) {
        free_rule(&cue.rule);
        return LOYAL_ERR_NOMEM;
    }
    if (p->sink->n != before) {
        free_rule(&cue.rule);
        return LOYAL_OK;
    }
    /* Two cues with the same stems would count one word twice (хороший and
     * хорошо are both хорош), or give it two roles (hard, hardly). */
    for (size_t i = 0; i < lex->n_cues; i++)
        if (same_words(&lex->cues[i].rule, &cue.rule)) {
            static const char *const kinds[] = {"positive", "negative", "negator", "intensifier"};
            if (p->sink->stop_at_first) { /* loading: the first one counts, once */
                free_rule(&cue.rule);
                return LOYAL_OK;
            }
            report(p, column_of(line, (size_t)(s - line)),
                   "'%s' has the same stems as polarity.lex:%ld (%s '%s'): keep one", cue.rule.info.source,
                   lex->cues[i].rule.info.line, kinds[lex->cues[i].kind], lex->cues[i].rule.info.source);
            free_rule(&cue.rule);
            return LOYAL_OK;
        }
    if (loyalp_grow((void **)&lex->cues, cue_cap, lex->n_cues, sizeof *lex->cues, 32)) {
        free_rule(&cue.rule);
        return LOYAL_ERR_NOMEM;
    }
    lex->cues[lex->n_cues++] = cue;
    return LOYAL_OK;
}

/* Parses every file of dir into lex, reporting problems to sink. */
static loyal_status parse_dir(const char *dir, loyal_lexicon *lex, sink *sk, loyal_error *err) {
    char **names = NULL;
    size_t n = 0;
    loyal_status st = list_files(dir, &names, &n, err);
    if (st)
        return st;
    parser p;
    memset(&p, 0, sizeof p);
    p.lex = lex;
    p.sink = sk;
    loyal_text_init(&p.text);
    if (loyalp_stemmer_init(&p.stemmer)) {
        for (size_t i = 0; i < n; i++)
            free(names[i]);
        free(names);
        return loyalp_nomem(err);
    }
    caps cp = {0, 0, 0};
    loyal_sha256 sha;
    loyal_sha256_init(&sha);
    if (n == 0) {
        st = loyalp_error(err, LOYAL_ERR_IO, dir, 0, 0, "no *.lex files in lexicon folder");
        loyalp_error_hint(err, "give a folder of *.lex files with --lexicon DIR");
    }
    for (size_t f = 0; f < n && !st && !stopped(&p); f++) {
        size_t plen = strlen(dir) + strlen(names[f]) + 2;
        char *path = malloc(plen);
        if (!path) {
            st = loyalp_nomem(err);
            break;
        }
        snprintf(path, plen, "%s/%s", dir, names[f]);
        char *data = NULL;
        size_t len = 0;
        st = read_file(path, &data, &len, err);
        free(path);
        if (st)
            break;
        loyal_sha256_update(&sha, names[f], strlen(names[f]) + 1);
        loyal_sha256_update(&sha, data, len);
        p.file = names[f];
        p.theme = (size_t)-1;
        p.theme_rejected = false;
        p.line = 0;
        /* polarity.lex holds polarity cues, not a theme. */
        bool polarity = !strcmp(names[f], "polarity.lex");
        char *line = data;
        size_t cue_cap = 0;
        if (polarity) {
            lex->has_polarity = true;
            lex->window = DEFAULT_WINDOW;
            lex->negation = DEFAULT_NEGATION;
        }
        while (line && !st) {
            char *nl = strchr(line, '\n');
            if (nl)
                *nl = '\0';
            size_t ll = strlen(line);
            if (ll && line[ll - 1] == '\r')
                line[ll - 1] = '\0';
            p.line++;
            st = polarity ? parse_polarity_line(&p, line, &cue_cap) : parse_line(&p, line, &cp);
            if (stopped(&p))
                break;
            line = nl ? nl + 1 : NULL;
        }
        if (!st && !stopped(&p) && !polarity && p.theme == (size_t)-1 && !p.theme_rejected) {
            p.line = 1;
            report(&p, 1, "file has no 'theme' line");
        }
        free(data);
        if (st == LOYAL_ERR_NOMEM)
            loyalp_nomem(err);
    }
    if (!st && sk->failed_alloc)
        st = loyalp_nomem(err);
    loyal_sha256_final(&sha, lex->sha256);
    loyal_text_clear(&p.text);
    loyalp_stemmer_clear(&p.stemmer);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

void loyal_lexicon_free(loyal_lexicon *lex) {
    if (!lex)
        return;
    for (size_t i = 0; i < lex->n_themes; i++) {
        loyal_theme *t = &lex->themes[i];
        free((char *)t->id);
        free((char *)t->label_en);
        free((char *)t->label_ru);
        free((char *)t->owner);
        free((char *)t->file);
    }
    free(lex->themes);
    for (size_t i = 0; i < lex->n_rules; i++)
        free_rule(&lex->rules[i]);
    free(lex->rules);
    for (size_t i = 0; i < lex->n_expects; i++)
        free((char *)lex->expects[i].text);
    for (size_t i = 0; i < lex->n_cues; i++)
        free_rule(&lex->cues[i].rule);
    free(lex->cues);
    free(lex->expects);
    free(lex->path);
    loyalp_prefilter_free(lex->prefilter);
    free(lex);
}

loyal_status loyal_lexicon_load(loyal_lexicon **out, const char *dir, loyal_error *err) {
    loyal_status st = LOYAL_OK;
    sink sk = {true, NULL, 0, 0, false};
    *out = NULL;
    loyal_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex || !(lex->path = loyalp_strndup(dir, strlen(dir)))) {
        st = loyalp_nomem(err);
        goto out;
    }
    st = parse_dir(dir, lex, &sk, err);
    if (!st && sk.n) {
        const loyal_problem *pr = &sk.items[0];
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, pr->file);
        st = loyalp_error(err, LOYAL_ERR_LEXICON, path, pr->line, pr->column, "%s", pr->message);
        loyalp_error_hint(err, "run `loyal lexicon check %s` to see every problem", dir);
    }
    if (!st && lex->n_themes == 0) {
        st = loyalp_error(err, LOYAL_ERR_LEXICON, dir, 0, 0, "lexicon has no themes");
    }
    /* LOYAL_PREFILTER=0 forces the exact path (every rule is a candidate). */
    const char *pf = getenv("LOYAL_PREFILTER");
    if (!st && !(pf && !strcmp(pf, "0")))
        st = loyalp_prefilter_build(&lex->prefilter, lex, NULL, err);
out:
    free(sk.items);
    if (st) {
        loyal_lexicon_free(lex);
        return st;
    }
    *out = lex;
    return LOYAL_OK;
}

loyal_status loyal_lexicon_check(const char *dir, loyal_problem **problems, size_t *n,
                                 loyal_error *err) {
    sink sk = {false, NULL, 0, 0, false};
    *problems = NULL;
    *n = 0;
    loyal_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return loyalp_nomem(err);
    loyal_status st = parse_dir(dir, lex, &sk, err);
    loyal_lexicon_free(lex);
    if (st) {
        free(sk.items);
        return st;
    }
    /* In file and line order; stable, so problems of one line keep theirs. */
    for (size_t i = 1; i < sk.n; i++) {
        loyal_problem x = sk.items[i];
        size_t j = i;
        while (j > 0 && (strcmp(sk.items[j - 1].file, x.file) > 0 ||
                         (!strcmp(sk.items[j - 1].file, x.file) && sk.items[j - 1].line > x.line))) {
            sk.items[j] = sk.items[j - 1];
            j--;
        }
        sk.items[j] = x;
    }
    *problems = sk.items;
    *n = sk.n;
    return LOYAL_OK;
}

size_t loyal_lexicon_theme_count(const loyal_lexicon *lex) {
    return lex->n_themes;
}

const loyal_theme *loyal_lexicon_theme(const loyal_lexicon *lex, size_t i) {
    return i < lex->n_themes ? &lex->themes[i] : NULL;
}

size_t loyal_lexicon_find_theme(const loyal_lexicon *lex, const char *id) {
    for (size_t i = 0; i < lex->n_themes; i++)
        if (!strcmp(lex->themes[i].id, id))
            return i;
    return (size_t)-1;
}

size_t loyal_lexicon_rule_count(const loyal_lexicon *lex) {
    return lex->n_rules;
}

const loyal_rule_info *loyal_lexicon_rule(const loyal_lexicon *lex, size_t i) {
    return i < lex->n_rules ? &lex->rules[i].info : NULL;
}

size_t loyal_lexicon_expect_count(const loyal_lexicon *lex) {
    return lex->n_expects;
}

const loyal_expect *loyal_lexicon_expect(const loyal_lexicon *lex, size_t i) {
    return i < lex->n_expects ? &lex->expects[i] : NULL;
}

const char *loyal_lexicon_sha256(const loyal_lexicon *lex) {
    return lex->sha256;
}

bool loyal_lexicon_has_polarity(const loyal_lexicon *lex) {
    return lex->has_polarity;
}

const char *loyal_lexicon_path(const loyal_lexicon *lex) {
    return lex->path;
}
