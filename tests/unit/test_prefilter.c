/* test_prefilter.c — the prefilter changes speed, never results.
 *
 * The same texts are tagged by a tagger over the lexicon loaded as usual
 * (with the prefilter where Hyperscan is built in) and one over the same
 * lexicon loaded with LOYAL_PREFILTER=0 (every rule confirmed, the exact
 * path): tags, spans, rules, polarity, regex limit hits and explain's near
 * misses must be identical for every row of the demo corpus and of a
 * generated 20,000-row bench corpus. Then the pieces: regex skeletons and
 * factors, rules the rewrite cannot take, the on-disk cache.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon.h"
#include "prefilter.h"

static char TMP[64];

static void make_tmp(void) {
    snprintf(TMP, sizeof TMP, "/tmp/loyal-test-prefilter-XXXXXX");
    cr_assert_not_null(mkdtemp(TMP));
    char cache[128];
    snprintf(cache, sizeof cache, "%s/cache", TMP);
    setenv("XDG_CACHE_HOME", cache, 1); /* never the user's cache */
}

static void remove_tmp(void) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", TMP);
    cr_assert_eq(system(cmd), 0);
}

TestSuite(prefilter, .init = make_tmp, .fini = remove_tmp);

static bool hyperscan_built_in(void) {
    return strcmp(loyal_matcher_name(), "pcre2 (exact)") != 0;
}

static loyal_lexicon *load(const char *dir, bool exact) {
    loyal_lexicon *lex = NULL;
    loyal_error err;
    loyal_error_init(&err);
    if (exact)
        setenv("LOYAL_PREFILTER", "0", 1);
    else
        unsetenv("LOYAL_PREFILTER");
    cr_assert_eq(loyal_lexicon_load(&lex, dir, &err), LOYAL_OK, "%s: %s", dir, err.message);
    unsetenv("LOYAL_PREFILTER");
    if (exact)
        cr_assert_null(lex->prefilter);
    else if (hyperscan_built_in())
        cr_assert_not_null(lex->prefilter, "%s: no prefilter was built", dir);
    return lex;
}

/* Tags `text` both ways and asserts the results are the same. */
static void same(loyal_tagger *fast, loyal_tagger *exact, const loyal_lexicon *lex,
                 const char *text, size_t len, const char *where) {
    const loyal_tags *a = NULL, *b = NULL;
    loyal_error ea, eb;
    loyal_error_init(&ea);
    loyal_error_init(&eb);
    loyal_status sa = loyal_tagger_run(fast, text, len, LOYAL_LANG_UNKNOWN, &a, &ea);
    loyal_status sb = loyal_tagger_run(exact, text, len, LOYAL_LANG_UNKNOWN, &b, &eb);
    cr_assert_eq(sa, sb, "%s: status", where);
    if (sa)
        return;
    cr_assert_eq(a->lang, b->lang, "%s: lang", where);
    cr_assert_eq(a->regex_limit_hits, b->regex_limit_hits, "%s: limit hits", where);
    cr_assert_eq(a->n, b->n, "%s: %zu themes with the prefilter, %zu without", where, a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        const loyal_theme_match *x = &a->themes[i], *y = &b->themes[i];
        const char *id = loyal_lexicon_theme(lex, y->theme)->id;
        cr_assert_eq(x->theme, y->theme, "%s: theme %zu", where, i);
        cr_assert_eq(x->polarity, y->polarity, "%s: %s polarity", where, id);
        cr_assert_eq(x->n_spans, y->n_spans, "%s: %s spans", where, id);
        cr_assert_arr_eq(x->spans, y->spans, x->n_spans * sizeof *x->spans, "%s: %s spans",
                         where, id);
        cr_assert_eq(x->n_rules, y->n_rules, "%s: %s rules", where, id);
        cr_assert_arr_eq(x->rules, y->rules, x->n_rules * sizeof *x->rules, "%s: %s rules",
                         where, id);
    }
    /* explain's near misses too. */
    loyal_near_miss *ma = NULL, *mb = NULL;
    size_t na = 0, nb = 0;
    cr_assert_eq(loyal_tagger_near_misses(fast, &ma, &na, &ea), LOYAL_OK);
    cr_assert_eq(loyal_tagger_near_misses(exact, &mb, &nb, &eb), LOYAL_OK);
    cr_assert_eq(na, nb, "%s: near misses", where);
    if (na)
        cr_assert_arr_eq(ma, mb, na * sizeof *ma, "%s: near misses", where);
    free(ma);
    free(mb);
}

/* A lexicon loaded both ways, and a tagger over each. */
typedef struct both {
    loyal_lexicon *fast_lex, *exact_lex;
    loyal_tagger *fast, *exact;
} both;

static both open_both(const char *lexdir) {
    both b = {load(lexdir, false), load(lexdir, true), NULL, NULL};
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_tagger_create(&b.fast, b.fast_lex, &err), LOYAL_OK);
    cr_assert_eq(loyal_tagger_create(&b.exact, b.exact_lex, &err), LOYAL_OK);
    return b;
}

static void close_both(both *b) {
    loyal_tagger_free(b->fast);
    loyal_tagger_free(b->exact);
    loyal_lexicon_free(b->fast_lex);
    loyal_lexicon_free(b->exact_lex);
}

/* Every record of a file, tagged both ways; returns the rows compared. */
static long compare_file(const char *lexdir, const char *path) {
    both b = open_both(lexdir);
    loyal_error err;
    loyal_error_init(&err);
    loyal_source *src;
    loyal_source_options so;
    loyal_source_options_init(&so);
    cr_assert_eq(loyal_source_open(&src, path, &so, &err), LOYAL_OK, "%s", err.message);
    long rows = 0;
    for (;;) {
        loyal_record rec;
        bool got;
        cr_assert_eq(loyal_source_next(src, &rec, &got, &err), LOYAL_OK);
        if (!got)
            break;
        if (rec.skip || !rec.text)
            continue;
        char where[600];
        snprintf(where, sizeof where, "%s:%ld", path, rec.line);
        same(b.fast, b.exact, b.exact_lex, rec.text, rec.text_len, where);
        rows++;
    }
    loyal_source_free(src);
    close_both(&b);
    return rows;
}

Test(prefilter, identical_on_the_demo_survey) {
    cr_assert_gt(compare_file("lexicons", "corpus/demo/survey.csv"), 1000);
}

Test(prefilter, identical_on_the_demo_tickets) {
    cr_assert_gt(compare_file("lexicons", "corpus/demo/tickets.jsonl"), 300);
}

Test(prefilter, identical_on_a_generated_bench_corpus, .timeout = 600) {
    char path[128], cmd[256];
    snprintf(path, sizeof path, "%s/bench.csv", TMP);
    snprintf(cmd, sizeof cmd, "bench/gen-corpus 20000 '%s' 7 >/dev/null", path);
    cr_assert_eq(system(cmd), 0, "bench/gen-corpus failed");
    cr_assert_eq(compare_file("lexicons", path), 20000);
}

Test(prefilter, identical_with_a_1600_rule_generated_lexicon, .timeout = 600) {
    /* bench/lexicon-gen's variants: many more regex shapes than the bundled
     * lexicon's, on the demo survey and a small bench corpus. */
    char lex[128], path[128], cmd[512];
    snprintf(lex, sizeof lex, "%s/lex1600", TMP);
    snprintf(path, sizeof path, "%s/bench3k.csv", TMP);
    snprintf(cmd, sizeof cmd, "bench/lexicon-gen 1600 '%s' >/dev/null && bench/gen-corpus 3000 '%s' 11 >/dev/null",
             lex, path);
    cr_assert_eq(system(cmd), 0, "bench/lexicon-gen or bench/gen-corpus failed");
    cr_assert_eq(compare_file(lex, path), 3000);
    cr_assert_gt(compare_file(lex, "corpus/demo/survey.csv"), 1000);
}

Test(prefilter, identical_on_every_expect_line) {
    /* The lexicon's own examples, positive and negative, hit every theme. */
    both b = open_both("lexicons");
    size_t n = loyal_lexicon_expect_count(b.exact_lex);
    cr_assert_gt(n, 100);
    for (size_t i = 0; i < n; i++) {
        const loyal_expect *e = loyal_lexicon_expect(b.exact_lex, i);
        char where[600];
        snprintf(where, sizeof where, "%s:%ld", e->file, e->line);
        same(b.fast, b.exact, b.exact_lex, e->text, strlen(e->text), where);
    }
    close_both(&b);
}

Test(prefilter, identical_at_word_boundaries) {
    /* Every expect line six times, with the characters around its words
     * changed: glued to a word or in place of a space, what PCRE2 counts as
     * a word character (digits, '_', Latin and Cyrillic letters, é) and what
     * it does not (quotes, dashes, a no-break space, an emoji, '.'): where a
     * word starts is what the word-start index decides; and whitespace of
     * other kinds and lengths (U+2028, U+3000, double spaces, newlines):
     * how many runs of it stand between two words is what its pairs check. */
    static const char *const glue[] = {"",  "_", "7", "x",  "я",      "é", "«", "»",
                                       "-", "—", ".", "'", "\u00a0", "🙂", "ё", "\t",
                                       "  ", " \u2028 ", "\u2029", "\u3000", "\n\n",
                                       "٣", "42"};
    const size_t n_glue = sizeof glue / sizeof *glue;
    both b = open_both("lexicons");
    size_t n = loyal_lexicon_expect_count(b.exact_lex);
    uint32_t rnd = 12345;
    char buf[4096];
    for (size_t i = 0; i < n; i++) {
        const char *text = loyal_lexicon_expect(b.exact_lex, i)->text;
        for (int v = 0; v < 6; v++) {
            size_t m = 0;
            for (const char *p = text;; p++) {
                if (*p == ' ' || !*p || p == text) {
                    rnd = rnd * 1103515245u + 12345u;
                    const char *g = glue[(rnd >> 16) % n_glue];
                    bool keep_space = *p == ' ' && (rnd >> 8) % 3 != 0;
                    bool before = (rnd >> 4) & 1;
                    if (keep_space && !before)
                        buf[m++] = ' ';
                    size_t gl = strlen(g);
                    if (m + gl + 8 < sizeof buf) {
                        memcpy(buf + m, g, gl);
                        m += gl;
                    }
                    if (keep_space && before)
                        buf[m++] = ' ';
                    if (p == text && *p != ' ' && *p)
                        buf[m++] = *p;
                } else if (m + 8 < sizeof buf) {
                    buf[m++] = *p;
                }
                if (!*p)
                    break;
            }
            buf[m] = '\0';
            char where[64];
            snprintf(where, sizeof where, "expect %zu variant %d: %.20s", i, v, buf);
            same(b.fast, b.exact, b.exact_lex, buf, m, where);
        }
    }
    close_both(&b);
}

/* ---- the pieces -------------------------------------------------------- */

static void widen(const char *pattern, const char *want) {
    char *got = loyalp_regex_widen(pattern);
    if (!want)
        cr_assert_null(got, "%s -> %s, want none", pattern, got);
    else
        cr_assert_str_eq(got ? got : "(null)", want, "%s", pattern);
    free(got);
}

Test(prefilter, regex_skeletons_and_factors) {
    /* Assertions and lookarounds go; the two longest literal factors stay,
     * in order ("A.*B": the database checks both are there). */
    widen("(?<!\\w)подписа\\w*\\s+(?:\\w+\\s+)?(?:акт|договор)\\w*", "подписа.*(?:акт|договор)");
    widen("\\bpast\\s+due\\b", "past.*due");
    widen("(?<!\\w)(?:эдо|ндс|упд|диадок\\w*|сбис\\w*)(?!\\w)", "(?:эдо|ндс|упд|диадок|сбис)");
    /* Each alternative contributes its own factors. */
    widen("(?:двойн\\w*|лишн\\w*)\\s+списани\\w*|списал\\w*\\s+(?:дважды|лишн\\w*)",
          "(?:(?:двойн|лишн).*списани|списал.*(?:дважды|лишн))");
    /* A second factor under three characters is left out. */
    widen("(?<!\\w)на\\s+шаг\\s+впереди?", "шаг.*вперед");
    /* Small classes are written out exactly; optional parts become gaps. */
    widen("(?<!\\w)(?:l[123]|тир\\s*[123])(?!\\w)", "(?:l(?:1|2|3)|тир.*(?:1|2|3))");
    widen("сч[её]т\\w*", "сч(?:е|ё)т");
    /* No factor of three characters: the whole skeleton, punctuation escaped. */
    widen("\\bpm\\s+(?:me|us)\\b", "pm.*(?:me|us)");
    widen("24\\s*/\\s*7", "24.*\\x2f.*7");
    /* What is not rewritten: the rule is always a candidate. */
    widen("(\\w+)\\s+\\1", NULL);        /* a back reference */
    widen("(?i)срок", NULL);             /* inline flags */
    widen("\\w+\\s+\\d", NULL);          /* no literal at all: matches anything */
    widen("(*UCP)срок", NULL);           /* a verb */
    /* \N{U+…} is a character (here с), \N alone any but a newline. */
    widen("\\N{U+0441}рок", "срок");
    widen("ab\\Ncdef", "cdef");
    widen("\\N{srok}", NULL);
    /* {,n} is a quantifier to PCRE2 10.43 and later, text before: neither. */
    widen("abcd\\s{,2}efgh", NULL);
}

/* What loyalp_regex_word_starts makes of a pattern, as text: clauses
 * joined by " ; ", a clause's sets by " & " (in the regex's order), then
 * its sets to find anywhere after " + ", a set's literals by "|"; NULL when
 * it is not for the index. */
static void word_starts(const char *pattern, const char *want) {
    loyalp_ws_need need;
    char got[2048] = "";
    bool ok = loyalp_regex_word_starts(pattern, &need);
    for (size_t c = 0; ok && c < need.n; c++) {
        if (c)
            strcat(got, " ; ");
        const loyalp_ws_clause *cl = &need.clause[c];
        for (size_t s = 0; s < cl->n + cl->n_any; s++) {
            const loyalp_ws_set *set = s < cl->n ? &cl->set[s] : &cl->any[s - cl->n];
            if (s)
                strcat(got, s < cl->n ? " & " : " + ");
            for (size_t k = 0; k < set->n; k++) {
                if (k)
                    strcat(got, "|");
                cr_assert_eq(strlen(set->lit[k]), set->len[k]);
                strcat(got, set->lit[k]);
            }
        }
    }
    if (ok)
        loyalp_ws_need_free(&need);
    if (!want)
        cr_assert(!ok, "%s -> %s, want none", pattern, got);
    else
        cr_assert_str_eq(ok ? got : "(none)", want, "%s: got \"%s\", want \"%s\"", pattern,
                         ok ? got : "(none)", want);
}

/* The bound of the first clause of a pattern that has a pair. */
static void word_starts_bound(const char *pattern, unsigned want) {
    loyalp_ws_need need;
    cr_assert(loyalp_regex_word_starts(pattern, &need), "%s: not for the index", pattern);
    cr_assert_eq(need.clause[0].n, 2, "%s: not a pair", pattern);
    cr_assert_eq(need.clause[0].bound, want, "%s: bound %u, want %u", pattern,
                 need.clause[0].bound, want);
    loyalp_ws_need_free(&need);
}

Test(prefilter, regex_word_starts) {
    /* (?<!\w), \b and \s+ before a literal: it starts a word. Two factors
     * in order; an alternation of literals is one set. */
    word_starts("(?<!\\w)подписа\\w*\\s+(?:\\w+\\s+)?(?:акт|договор)\\w*", "подписа & акт|договор");
    word_starts("\\bpast\\s+due\\b", "past> & due>");
    word_starts("(?<!\\w)(?:эдо|ндс|упд|диадок\\w*|сбис\\w*)(?!\\w)", "эдо|ндс|упд|диадок|сбис");
    /* A group with gaps in a sequence is one element: its alternatives'
     * strongest sets together. */
    word_starts("(?<!\\w)на\\s+(?:все\\s+сто|1[5-9]0\\s*%|[2-9]00\\s*%)",
                "на> & все>|150|160|170|180|190|200|300|400|500|600|700|800|900");
    /* Top-level alternatives with gaps are clauses of their own. */
    word_starts("(?<!\\w)все\\s+сто|(?<!\\w)1[5-9]0\\s*%",
                "все> & сто ; 150|160|170|180|190 + %");
    /* A literal is cut at its first non-word character: its word ends
     * there ('>'). */
    word_starts("\\bsub-par\\b", "sub>");
    /* A class of spaces and punctuation is a space; optional, it is not. */
    word_starts("(?<!\\w)тяп[-\\s]ляп", "тяп> & ляп");
    word_starts("(?<!\\w)чат[-\\s]?бот\\w*", "чат + бот");
    /* A range in a class is not looked into: [!-~] holds letters, so what
     * follows it need not start a word ("bar afoo" matches). */
    word_starts("(?<!\\w)bar\\s+[!-~]foo", "bar> + foo");
    /* An optional quote before a word leaves it a word start. */
    word_starts("(?<!\\w)дела\\s+[«\"]?передал\\w*", "дела> & передал");
    /* A factor that is not at a word start is looked for anywhere, once the
     * word starts are there; without any at a word start, the rule stays
     * with Hyperscan. */
    word_starts("срок\\w*\\s+оплат\\w*", "оплат + срок");
    word_starts("(?:двойн\\w*|лишн\\w*)\\s+списани\\w*|списал\\w*\\s+(?:дважды|лишн\\w*)",
                "списани + двойн|лишн ; дважды|лишн + списал");
    word_starts("\\w+отчет", NULL);
    /* Where the character before could be one the skeleton spells, no word
     * start is claimed: after '-' and a gap that may be empty, after \s*. */
    word_starts("-\\w*(?<!\\w)foo", NULL);
    word_starts("(?<!\\w)abc\\s*defgh", "abc + defgh");
    /* \b before something that is not a word character says nothing. */
    word_starts("\\b(?:-abc|defgh)", NULL);
    /* A pair's bound on whitespace runs from its first set to its second:
     * what could stand between them, counted on the skeleton (a part a
     * factor left out still counts). */
    word_starts_bound("(?<!\\w)подписа\\w*\\s+(?:\\w+\\s+)?(?:акт|договор)\\w*", 2);
    word_starts_bound("\\b(?:pay|paid)\\w*\\s+(?:\\w+\\s+){0,2}(?:late|on[-\\s]time)\\b", 4);
    /* "сих" and "прислали" are the factors: three runs from one to the other. */
    word_starts_bound("(?<!\\w)до\\s+сих\\s+пор\\s+(?:не\\s+)?прислали", 3);
    word_starts_bound("(?<!\\w)срок\\w*.*(?<!\\w)просроч", LOYALP_WS_NO_BOUND);
    word_starts_bound("(?<!\\w)срок\\w*[^.!?]*(?<!\\w)просроч", LOYALP_WS_NO_BOUND);
    word_starts_bound("(?<!\\w)срок\\w*\\W+просроч", LOYALP_WS_NO_BOUND);
    word_starts_bound("(?<!\\w)срок\\S*\\s+просроч", 1);
    /* Where the regex says what follows is not a word character, the
     * literal must end its word ('>'): \s \W or a class of such at least
     * once, (?!\w) or a class holding \w, \b, $. Not after \s*, a gap
     * (\w*), a lookahead of something else, or a group with gaps. */
    word_starts("(?<!\\w)(?:эдо|ндс)(?!\\w)", "эдо>|ндс>");
    word_starts("(?<!\\w)abcd(?![\\w-])", "abcd>");
    word_starts("(?<!\\w)abcd$", "abcd>");
    word_starts("(?<!\\w)abcd\\W+efg", "abcd> & efg");
    word_starts("(?<!\\w)abcd(?!\\wx)", "abcd");
    word_starts("(?<!\\w)abcd(?!\\w)?", "abcd");
    word_starts("(?<!\\w)abcd(?=\\s)", "abcd");
    word_starts("(?<!\\w)abc\\w*\\s+def", "abc & def");
    word_starts("(?<!\\w)(?:эдо|диадок\\w*)(?!\\w)", "эдо|диадок");
    /* Two characters at a word start will do; one will not, except as the
     * other half of a pair with a set that will, where it is a whole word
     * or a digit (\d is one character that stands for any digit: \x01),
     * the nearest such set to the strong one. */
    word_starts("\\bpm\\s+(?:me|us)\\b", "pm> & me>|us>");
    word_starts("\\b(?:a|b)\\s+(?:x|y)", NULL);
    word_starts("(?<!\\w)я\\s+(?:\\w+\\s+)?менеджер\\w*", "я> & менеджер");
    word_starts("(?<!\\w)я\\w*\\s+менеджер\\w*", "менеджер + я");
    word_starts("(?<!\\w)(?:второй|\\d+-?й)\\s+менеджер", "второй|\x01 & менеджер");
    word_starts("(?<!\\w)\\d+\\s*(?:к|руб\\w*)\\s+(?:в|за)\\s+(?:месяц|год)",
                "в>|за> & месяц|год + к|руб");
    word_starts("(?<!\\w)(?:в|по)\\s+срок\\w*\\s+и\\s+бюджет", "срок & бюджет + в|по + и");
    word_starts("(?<!\\w)l\\d\\b", "l\x01>");
    word_starts("(?<!\\w)24\\s*/\\s*7", "24 + / + 7");
    /* A '<', '>' or \x01 written in the regex is no marker and no digit:
     * the literal stops before it (review of the markers). */
    word_starts("(?<!\\w)abcd\\x{1}", "abcd");
    word_starts("(?<!\\w)abcd.*a->b", "abcd + a-");
    word_starts("(?<!\\w)abcd.*x<y", "abcd + x");
    /* An optional lookbehind claims nothing. */
    word_starts("(?<!\\w)?abc", NULL);
    word_starts("(?<![\\w-]){0,2}abc\\s+defg", "defg + abc");
    /* What is not rewritten at all. */
    word_starts("(\\w+)\\s+\\1", NULL);
}

static void write_file(const char *dir, const char *name, const char *text) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

/* How many rules tag `text` (after checking both taggers agree). */
static size_t rules_tagging(both *b, const char *text) {
    same(b->fast, b->exact, b->exact_lex, text, strlen(text), text);
    const loyal_tags *t;
    cr_assert_eq(loyal_tagger_run(b->fast, text, strlen(text), LOYAL_LANG_UNKNOWN, &t, NULL),
                 LOYAL_OK);
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += t->themes[i].n_rules;
    return n;
}

/* A lexicon folder TMP/name holding t.lex with `text`, into dir. */
static void write_lexicon(char *dir, size_t size, const char *name, const char *text) {
    snprintf(dir, size, "%s/%s", TMP, name);
    cr_assert_eq(mkdir(dir, 0700), 0);
    write_file(dir, "t.lex", text);
}

Test(prefilter, rules_it_cannot_take_are_always_candidates) {
    char dir[128];
    write_lexicon(dir, sizeof dir, "lex",
               "theme t\n"
               "regex ru (\\w+)\\s+\\1\n"            /* back reference: always */
               "term  ru срок\n"                     /* stem index */
               "term  ru просроч*\n"                 /* word-start index: a prefix */
               "term  en *n't work\n"                /* stem index, on 'work' */
               "term  ru не хватает метрик ~2\n"
               "exclude ru срок\\w*\\s+оплат\\w*\n" /* word-start index: "оплат" */
               "regex ru \\w+отчет\n");                  /* mid-word: Hyperscan */
    loyal_lexicon *fast_lex = load(dir, false), *exact_lex = load(dir, true);
    if (hyperscan_built_in()) {
        const loyalp_prefilter *pf = fast_lex->prefilter;
        cr_assert_null(loyalp_prefilter_pattern(pf, 0));
        cr_assert_null(loyalp_prefilter_pattern(pf, 1));
        cr_assert_null(loyalp_prefilter_pattern(pf, 2));
        cr_assert_null(loyalp_prefilter_pattern(pf, 3));
        cr_assert_null(loyalp_prefilter_pattern(pf, 5));
        cr_assert_str_eq(loyalp_prefilter_pattern(pf, 6), "отчет");
        const loyalp_pf_info *info = loyalp_prefilter_info(pf);
        cr_assert_eq(info->rules, 7);
        cr_assert_eq(info->always, 1);
        cr_assert_eq(info->stem_indexed, 3);
        cr_assert_eq(info->word_starts, 2);
        cr_assert_eq(info->in_db, 1);
    }
    loyal_tagger *fast, *exact;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_tagger_create(&fast, fast_lex, &err), LOYAL_OK);
    cr_assert_eq(loyal_tagger_create(&exact, exact_lex, &err), LOYAL_OK);
    static const char *const texts[] = {
        "сроки сорвали, просрочили всё",  "очень очень долго",   "сроки оплаты сдвинули",
        "не хватает нормальных метрик",   "it doesn't work",     "Срок, срок и ещё раз СРОК",
        "",                               "12345 67",             "ничего такого",
        "сроки и оплата",                 "срок оплаты",          "срок неоплаты",
        "годовой отчет",                  "отчет",                "сверхотчет",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        same(fast, exact, exact_lex, texts[i], strlen(texts[i]), texts[i]);
    const loyal_tags *t;
    cr_assert_eq(loyal_tagger_run(fast, texts[1], strlen(texts[1]), LOYAL_LANG_UNKNOWN, &t, &err),
                 LOYAL_OK);
    cr_assert_eq(t->n, 1); /* the back reference, found although not in the database */
    loyal_tagger_free(fast);
    loyal_tagger_free(exact);
    loyal_lexicon_free(fast_lex);
    loyal_lexicon_free(exact_lex);
}

Test(prefilter, digits_and_weak_pairs) {
    /* Rules whose word starts are a digit or a one-letter word and a longer
     * word: in the word-start index, tagged as the exact path tags them,
     * ASCII digits and digits of other scripts (PCRE2's \d, under UCP) alike. */
    char dir[128];
    write_lexicon(dir, sizeof dir, "lexd",
               "theme t\n"
               "regex ru (?<!\\w)(?:второй|\\d+-?й)\\s+менеджер\\w*\n"
               "regex ru (?<!\\w)я\\s+(?:\\w+\\s+)?менеджер\\w*\n"
               "regex ru (?<!\\w)\\d+\\s*(?:к|руб\\w*)\\s+(?:в|за)\\s+месяц\n"
               "regex en \\b\\d\\s*pm\\s+call\\b\n"
               "regex ru (?<!\\w)\\N{U+0441}рок\\w*\\s+\\N\\w*\n");
    both b = open_both(dir);
    if (hyperscan_built_in())
        cr_assert_eq(loyalp_prefilter_info(b.fast_lex->prefilter)->word_starts, 5);
    static const struct {
        const char *text;
        size_t rules; /* how many rules tag it */
    } cases[] = {
        {"уже 3-й менеджер за год", 1},
        {"уже ٣-й менеджер за год", 1}, /* Arabic-Indic three */
        {"уже 12й менеджер", 1},
        {"уже ۱۲й менеджер", 1},        /* Persian twelve */
        {"второй менеджер", 1},
        {"менеджер 3-й", 0},
        {"3-й   новый менеджер", 0},
        {"я менеджер", 1},
        {"я тоже менеджер", 1},
        {"явно менеджер", 0},
        {"и я, менеджер", 0},
        {"100 руб в месяц", 1},
        {"١٠٠ руб в месяц", 1},
        {"100к за месяц, 3-й менеджер", 2},
        {"100 рублей в год", 0},
        {"a 3pm call", 1},
        {"a ३ pm call", 1}, /* Devanagari three */
        {"a pm call", 0},
        {"срок сорван", 1},
        {"сроки\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        cr_assert_eq(rules_tagging(&b, cases[i].text), cases[i].rules, "%s", cases[i].text);
    close_both(&b);
}

Test(prefilter, written_markers_and_optional_lookbehinds) {
    /* A review's counterexamples: a '>' or '<' or U+0001 the regex spells
     * must not be read as the index's markers or digit, and an optional
     * (?<!\w) says nothing of the character before. */
    char dir[128];
    write_lexicon(dir, sizeof dir, "lexm",
                  "theme t\n"
                  "regex en (?<!\\w)abcd\\x{1}\n"
                  "regex en (?<!\\w)abcd.*a->b\n"
                  "regex en (?<!\\w)abcd.*x<y\n"
                  "regex en (?<!\\w)?abcz\n");
    both b = open_both(dir);
    static const struct {
        const char *text;
        size_t rules;
    } cases[] = {
        {"abcd\x01", 1}, {"abcd a->b", 1}, {"abcd x<y", 1}, {"xabcz", 1},
        {"abcd 1", 0},    {"abcd a-b", 0},  {"abcd x y", 0}, {"xabc", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        cr_assert_eq(rules_tagging(&b, cases[i].text), cases[i].rules, "%s", cases[i].text);
    close_both(&b);
}

Test(prefilter, word_prefix_terms_at_token_starts) {
    /* A `word*` term is in the word-start index: a token starts at a word
     * start, or right after a '_' (not a word character to tokenize, one to
     * the index), or after the hyphen of a compound (its head). */
    char dir[128];
    write_lexicon(dir, sizeof dir, "lexp", "theme t\nterm ru просроч*\nterm en over-deliver*\n");
    both b = open_both(dir);
    if (hyperscan_built_in())
        cr_assert_eq(loyalp_prefilter_info(b.fast_lex->prefilter)->word_starts, 2);
    static const struct {
        const char *text;
        size_t rules;
    } cases[] = {
        {"оплату просрочили", 1}, {"foo_просрочили", 1}, {"за-просрочку", 1},
        {"непросрочено", 0},      {"просро", 0},         {"they over-delivered", 1},
        {"x_over-delivered", 1},  {"overdelivered", 0},  {"over delivered", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        cr_assert_eq(rules_tagging(&b, cases[i].text), cases[i].rules, "%s", cases[i].text);
    close_both(&b);
}

Test(prefilter, the_cache_is_used_and_never_fails_a_run) {
    if (!hyperscan_built_in())
        cr_skip_test("Hyperscan is not built in");
    /* Something for the database: a literal inside a word, a suffix. */
    char dir[128];
    write_lexicon(dir, sizeof dir, "lexc",
                  "theme t\nregex ru \\w+отчет\nterm en *n't work\nterm ru просроч*\n");
    loyal_lexicon *lex = load(dir, true);
    loyal_error err;
    loyal_error_init(&err);
    char cache[128];
    snprintf(cache, sizeof cache, "%s/c/loyal", TMP);
    /* First build: compiled and saved; second: read back. */
    loyalp_prefilter *a = NULL, *b = NULL, *c = NULL, *d = NULL;
    cr_assert_eq(loyalp_prefilter_build(&a, lex, cache, &err), LOYAL_OK);
    cr_assert_not_null(a);
    cr_assert_not(loyalp_prefilter_info(a)->from_cache);
    cr_assert_eq(loyalp_prefilter_build(&b, lex, cache, &err), LOYAL_OK);
    cr_assert_not_null(b);
    cr_assert(loyalp_prefilter_info(b)->from_cache);
    /* Both give the same candidates. */
    loyalp_pf_scratch *sa, *sb;
    cr_assert_eq(loyalp_pf_scratch_create(&sa, a), LOYAL_OK);
    cr_assert_eq(loyalp_pf_scratch_create(&sb, b), LOYAL_OK);
    const char *text = "сроки сорвали, менеджер не отвечает, отчеты пустые";
    const uint32_t *ra, *rb;
    loyalp_prefilter_scan(a, sa, text, strlen(text), LOYAL_LANG_RU);
    size_t na = loyalp_prefilter_candidates(a, sa, &ra);
    loyalp_prefilter_scan(b, sb, text, strlen(text), LOYAL_LANG_RU);
    size_t nb = loyalp_prefilter_candidates(b, sb, &rb);
    cr_assert_eq(na, nb);
    cr_assert_arr_eq(ra, rb, na * sizeof *ra);
    /* A file that is not a database is ignored (and replaced). */
    char path[256];
    snprintf(path, sizeof path, "%s/prefilter-%s.hsdb", cache, loyal_lexicon_sha256(lex));
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("LOYALHS1 not a database", f);
    fclose(f);
    cr_assert_eq(loyalp_prefilter_build(&c, lex, cache, &err), LOYAL_OK);
    cr_assert_not_null(c);
    cr_assert_not(loyalp_prefilter_info(c)->from_cache);
    /* Old databases are pruned to the 16 most recent. */
    for (int i = 0; i < 20; i++) {
        char old[256];
        snprintf(old, sizeof old, "%s/prefilter-old%02d.hsdb", cache, i);
        FILE *o = fopen(old, "w");
        cr_assert_not_null(o);
        fclose(o);
        struct timespec times[2] = {{1000000 + i, 0}, {1000000 + i, 0}};
        cr_assert_eq(utimensat(AT_FDCWD, old, times, 0), 0);
    }
    unlink(path);
    loyalp_prefilter *e = NULL;
    cr_assert_eq(loyalp_prefilter_build(&e, lex, cache, &err), LOYAL_OK);
    cr_assert_eq(access(path, F_OK), 0, "the new database is kept");
    char cmd[300];
    snprintf(cmd, sizeof cmd, "test $(ls '%s' | grep -c '^prefilter-.*\\.hsdb$') -eq 16", cache);
    cr_assert_eq(system(cmd), 0, "pruned to 16");
    char oldest[256];
    snprintf(oldest, sizeof oldest, "%s/prefilter-old00.hsdb", cache);
    cr_assert_neq(access(oldest, F_OK), 0, "the oldest went first");
    loyalp_prefilter_free(e);
    /* An unwritable cache (a file where the folder should be): built all the same. */
    char bad[256];
    snprintf(bad, sizeof bad, "%s/c/loyal/prefilter-%s.hsdb/sub", TMP, loyal_lexicon_sha256(lex));
    cr_assert_eq(loyalp_prefilter_build(&d, lex, bad, &err), LOYAL_OK);
    cr_assert_not_null(d);
    cr_assert_eq(err.status, LOYAL_OK);
    loyalp_pf_scratch_free(sa);
    loyalp_pf_scratch_free(sb);
    loyalp_prefilter_free(a);
    loyalp_prefilter_free(b);
    loyalp_prefilter_free(c);
    loyalp_prefilter_free(d);
    loyal_lexicon_free(lex);
}
