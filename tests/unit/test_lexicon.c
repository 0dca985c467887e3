/* test_lexicon.c — loading, checking and testing lexicons. */
#include <criterion/criterion.h>
#include <string.h>

#include "loyal.h"

#define GOOD "tests/data/lexicon/good"
#define BAD "tests/data/lexicon/bad"

Test(lexicon, loads_themes_rules_and_expects) {
    loyal_lexicon *lex = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_lexicon_load(&lex, GOOD, &err), LOYAL_OK, "%s", err.message);
    cr_assert_eq(loyal_lexicon_theme_count(lex), 2);
    const loyal_theme *t = loyal_lexicon_theme(lex, 0);
    cr_assert_str_eq(t->id, "manager_fit");
    cr_assert_str_eq(t->label_en, "Manager fit");
    cr_assert_str_eq(t->label_ru, "Менеджер и отношения с ним");
    cr_assert_str_eq(t->owner, "Head of account management");
    cr_assert_str_eq(t->file, "manager_fit.lex");
    cr_assert_eq(loyal_lexicon_rule_count(lex), 8);
    const loyal_rule_info *r = loyal_lexicon_rule(lex, 2);
    cr_assert_eq(r->kind, LOYAL_RULE_REGEX);
    cr_assert_eq(r->lang, LOYAL_LANG_RU);
    cr_assert_eq(r->line, 8);
    cr_assert_str_eq(r->source, "не\\s+сошлись\\s+(?:по\\s+)?хими");
    cr_assert_eq(loyal_lexicon_expect_count(lex), 8);
    const loyal_expect *e = loyal_lexicon_expect(lex, 2);
    cr_assert_eq(e->positive, false);
    cr_assert_str_eq(e->text, "Менеджмент качества у нас свой");
    cr_assert_eq(loyal_lexicon_find_theme(lex, "reporting_detail"), 1);
    cr_assert_eq(loyal_lexicon_find_theme(lex, "nope"), (size_t)-1);
    cr_assert_eq(strlen(loyal_lexicon_sha256(lex)), 64);
    loyal_lexicon_free(lex);
}

Test(lexicon, sha256_changes_with_content_only) {
    loyal_lexicon *a = NULL, *b = NULL;
    cr_assert_eq(loyal_lexicon_load(&a, GOOD, NULL), LOYAL_OK);
    cr_assert_eq(loyal_lexicon_load(&b, GOOD "/", NULL), LOYAL_OK);
    cr_assert_str_eq(loyal_lexicon_sha256(a), loyal_lexicon_sha256(b));
    loyal_lexicon_free(a);
    loyal_lexicon_free(b);
}

Test(lexicon, load_stops_at_the_first_problem) {
    loyal_lexicon *lex = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_lexicon_load(&lex, BAD, &err), LOYAL_ERR_LEXICON);
    cr_assert_null(lex);
    cr_assert_str_eq(err.file, BAD "/a.lex");
    cr_assert_eq(err.line, 2);
    cr_assert_eq(err.column, 8);
    cr_assert_str_eq(err.message, "term needs a value");
}

Test(lexicon, check_reports_every_problem) {
    loyal_problem *p = NULL;
    size_t n = 0;
    cr_assert_eq(loyal_lexicon_check(BAD, &p, &n, NULL), LOYAL_OK);
    struct {
        const char *file;
        long line, col;
        const char *msg;
    } want[] = {
        {"a.lex", 2, 8, "term needs a value"},
        {"a.lex", 3, 14, "regex does not compile: missing closing parenthesis"},
        {"a.lex", 4, 10, "regex can match the empty string"},
        {"a.lex", 5, 1, "unknown keyword 'foo'"},
        {"a.lex", 7, 9, "duplicate term 'Отчёт' (first at a.lex:6)"},
        {"a.lex", 8, 7, "label needs a language and a text: label en|ru TEXT"},
        {"a.lex", 9, 11, "expect needs '+' or '-' and a text: expect [ru|en] +|- TEXT"},
        {"b.lex", 1, 7, "duplicate theme id 'dup' (first in a.lex)"},
        {"c.lex", 2, 1, "'term' before the 'theme' line"},
        {"c.lex", 4, 7,
         "regex is slow: it hits PCRE2's match limit on a test text (nested or overlapping "
         "quantifiers such as (\\w+\\s?)+ backtrack exponentially)"},
    };
    size_t nw = sizeof want / sizeof want[0];
    for (size_t i = 0; i < n && i < nw; i++) {
        cr_expect_str_eq(p[i].file, want[i].file, "problem %zu", i);
        cr_expect_eq(p[i].line, want[i].line, "problem %zu: line %ld", i, p[i].line);
        cr_expect_eq(p[i].column, want[i].col, "problem %zu: col %ld", i, p[i].column);
        cr_expect_str_eq(p[i].message, want[i].msg, "problem %zu", i);
    }
    cr_assert_eq(n, nw);
    free(p);
}

Test(lexicon, missing_folder_is_io_error) {
    loyal_lexicon *lex = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/nope", &err), LOYAL_ERR_IO);
    cr_assert_str_eq(err.file, "tests/data/nope");
    loyal_problem *p = NULL;
    size_t n = 7;
    cr_assert_eq(loyal_lexicon_check("tests/data/nope", &p, &n, NULL), LOYAL_ERR_IO);
    cr_assert_eq(n, 0);
}

Test(lexicon, expect_lines_run) {
    loyal_lexicon *lex = NULL;
    cr_assert_eq(loyal_lexicon_load(&lex, GOOD, NULL), LOYAL_OK);
    loyal_expect_failure *f = NULL;
    size_t n = 9;
    cr_assert_eq(loyal_lexicon_test(lex, &f, &n, NULL), LOYAL_OK);
    cr_assert_eq(n, 0);
    free(f);
    loyal_lexicon_free(lex);
}

Test(lexicon, cues_with_one_stem_count_once_and_check_says_so) {
    /* хороший and хорошо share the stem хорош: loading keeps the first,
     * check reports the second. */
    loyal_lexicon *lex = NULL;
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/lexicon/dupcue", NULL), LOYAL_OK);
    loyal_tagger *tg = NULL;
    cr_assert_eq(loyal_tagger_create(&tg, lex, NULL), LOYAL_OK);
    const loyal_tags *t = NULL;
    const char *s = "Отчеты хорошие";
    cr_assert_eq(loyal_tagger_run(tg, s, strlen(s), LOYAL_LANG_UNKNOWN, &t, NULL), LOYAL_OK);
    const loyal_cue_match *c = NULL;
    cr_assert_eq(loyal_tagger_cues(tg, &c), 1);
    cr_assert_eq(c[0].value, 1);
    cr_assert_eq(t->themes[0].polarity, LOYAL_POLARITY_POSITIVE);
    loyal_tagger_free(tg);
    loyal_lexicon_free(lex);
    loyal_problem *p = NULL;
    size_t n = 0;
    cr_assert_eq(loyal_lexicon_check("tests/data/lexicon/dupcue", &p, &n, NULL), LOYAL_OK);
    cr_assert_eq(n, 1);
    cr_assert_str_eq(p[0].file, "polarity.lex");
    cr_assert_eq(p[0].line, 3);
    cr_assert_str_eq(p[0].message, "'хорошо' has the same stems as polarity.lex:2 (positive "
                                   "'хороший'): keep one");
    free(p);
}
