/* test_tagger.c — themes, spans in original code points, provenance. */
#include <criterion/criterion.h>
#include <string.h>

#include "loyal.h"

static loyal_lexicon *LEX;
static loyal_tagger *TG;

static void setup(void) {
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_lexicon_load(&LEX, "tests/data/lexicon/good", &err), LOYAL_OK, "%s",
                 err.message);
    cr_assert_eq(loyal_tagger_create(&TG, LEX, &err), LOYAL_OK);
}

static void teardown(void) {
    loyal_tagger_free(TG);
    loyal_lexicon_free(LEX);
}

TestSuite(tagger, .init = setup, .fini = teardown);

static const loyal_tags *tag(const char *s) {
    const loyal_tags *t = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_tagger_run(TG, s, strlen(s), LOYAL_LANG_UNKNOWN, &t, &err), LOYAL_OK,
                 "%s", err.message);
    return t;
}

Test(tagger, term_prefix_with_exact_original_spans) {
    /* "Ёлки, наш МЕНЕДЖЕРА нет" — the term starts at code point 10. */
    const loyal_tags *t = tag("Ёлки, наш МЕНЕДЖЕРА нет");
    cr_assert_eq(t->lang, LOYAL_LANG_RU);
    cr_assert_eq(t->n, 1);
    cr_assert_eq(t->themes[0].theme, 0);
    cr_assert_eq(t->themes[0].n_spans, 1);
    cr_assert_eq(t->themes[0].spans[0].start, 10);
    cr_assert_eq(t->themes[0].spans[0].end, 19);
    cr_assert_eq(t->themes[0].n_rules, 1);
    const loyal_rule_info *r = loyal_lexicon_rule(LEX, t->themes[0].rules[0]);
    cr_assert_str_eq(r->file, "manager_fit.lex");
    cr_assert_eq(r->line, 6);
}

Test(tagger, two_rules_two_spans_one_theme) {
    const loyal_tags *t = tag("Менеджер хороший, но не сошлись по химии");
    cr_assert_eq(t->n, 1);
    const loyal_theme_match *m = &t->themes[0];
    cr_assert_eq(m->n_spans, 2);
    cr_assert_eq(m->spans[0].start, 0);
    cr_assert_eq(m->spans[0].end, 8);
    cr_assert_eq(m->spans[1].start, 21);
    cr_assert_eq(m->spans[1].end, 39);
    cr_assert_eq(m->n_rules, 2);
    cr_assert_eq(loyal_lexicon_rule(LEX, m->rules[0])->line, 6);
    cr_assert_eq(loyal_lexicon_rule(LEX, m->rules[1])->line, 8);
}

Test(tagger, exclude_drops_mentions_inside_its_span) {
    cr_assert_eq(tag("Наш менеджер по продажам всё сделал")->n, 0);
    /* Another mention outside the excluded span still counts. */
    const loyal_tags *t = tag("Менеджер по продажам ушёл, а новый менеджер молодец");
    cr_assert_eq(t->n, 1);
    cr_assert_eq(t->themes[0].n_spans, 1);
    cr_assert_eq(t->themes[0].spans[0].start, 35);
}

Test(tagger, multi_word_term_and_several_themes_sorted) {
    const loyal_tags *t = tag("Our account manager sends weekly reports and a dashboard");
    cr_assert_eq(t->lang, LOYAL_LANG_EN);
    cr_assert_eq(t->n, 2);
    cr_assert_eq(t->themes[0].theme, 0);
    cr_assert_eq(t->themes[0].spans[0].start, 4);
    cr_assert_eq(t->themes[0].spans[0].end, 19);
    cr_assert_eq(t->themes[1].theme, 1);
    cr_assert_eq(t->themes[1].n_spans, 2);
    cr_assert_eq(t->themes[1].spans[0].start, 33);
    cr_assert_eq(t->themes[1].spans[0].end, 40);
    cr_assert_eq(t->themes[1].spans[1].start, 47);
    cr_assert_eq(t->themes[1].spans[1].end, 56);
}

Test(tagger, language_filters_rules) {
    /* The English term does not apply to a Russian text and vice versa. */
    cr_assert_eq(tag("менеджер")->n, 1);
    const loyal_tags *t = NULL;
    cr_assert_eq(loyal_tagger_run(TG, "менеджер", strlen("менеджер"), LOYAL_LANG_EN, &t, NULL),
                 LOYAL_OK);
    cr_assert_eq(t->n, 0);
}

Test(tagger, no_match_and_empty) {
    cr_assert_eq(tag("всё хорошо, спасибо")->n, 0);
    cr_assert_eq(tag("")->n, 0);
    cr_assert_eq(tag("")->lang, LOYAL_LANG_UNKNOWN);
}

Test(tagger, invalid_utf8_is_an_error) {
    const loyal_tags *t = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_tagger_run(TG, "a\xC3", 2, LOYAL_LANG_UNKNOWN, &t, &err),
                 LOYAL_ERR_ENCODING);
}

Test(tagger, catastrophic_regex_hits_the_limit_not_the_clock) {
    loyal_lexicon *lex = NULL;
    loyal_tagger *tg = NULL;
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/lexicon/slow", NULL), LOYAL_OK);
    cr_assert_eq(loyal_tagger_create(&tg, lex, NULL), LOYAL_OK);
    char text[128] = "";
    for (int i = 0; i < 30; i++)
        strcat(text, "ab ");
    strcat(text, "!");
    const loyal_tags *t = NULL;
    cr_assert_eq(loyal_tagger_run(tg, text, strlen(text), LOYAL_LANG_UNKNOWN, &t, NULL),
                 LOYAL_OK);
    cr_assert_eq(t->n, 0);
    cr_assert_eq(t->regex_limit_hits, 1);
    loyal_tagger_free(tg);
    loyal_lexicon_free(lex);
}

/* Term semantics on their own lexicon: stems, compounds, gaps, prefixes. */
static const loyal_tags *tag_with(const char *dir, const char *s, loyal_lexicon **lex,
                                  loyal_tagger **tg) {
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_lexicon_load(lex, dir, &err), LOYAL_OK, "%s", err.message);
    cr_assert_eq(loyal_tagger_create(tg, *lex, &err), LOYAL_OK);
    const loyal_tags *t = NULL;
    cr_assert_eq(loyal_tagger_run(*tg, s, strlen(s), LOYAL_LANG_UNKNOWN, &t, &err), LOYAL_OK);
    return t;
}

Test(terms, stems_compounds_gaps_and_prefixes) {
    struct {
        const char *text;
        size_t n_spans;
        uint32_t start, end; /* the first span */
    } cases[] = {
        {"Менеджеры хорошие", 1, 0, 9},              /* inflection by stem */
        {"Прошу заменить проект-менеджера", 1, 15, 31}, /* compound's head part */
        {"Не хватает метрик", 1, 0, 17},              /* all stems in order */
        {"не хватает нормальных метрик", 1, 0, 28},   /* one word of gap */
        {"не хватает совсем никаких метрик", 1, 0, 32}, /* two words of gap */
        {"не хватает, ну совсем никаких метрик", 0, 0, 0}, /* three: too far */
        {"метрик не хватает", 0, 0, 0},               /* order matters */
        {"our Account Managers", 1, 4, 20},
        {"Менеджмент качества", 0, 0, 0},             /* another stem */
        {"Сроки сорваны, срочно", 1, 0, 5},           /* срок* is a prefix: not сроч- */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        loyal_lexicon *lex = NULL;
        loyal_tagger *tg = NULL;
        const loyal_tags *t = tag_with("tests/data/lexicon/terms", cases[i].text, &lex, &tg);
        size_t n = t->n ? t->themes[0].n_spans : 0;
        cr_expect_eq(n, cases[i].n_spans, "%s: %zu spans", cases[i].text, n);
        if (n && cases[i].n_spans) {
            cr_expect_eq(t->themes[0].spans[0].start, cases[i].start, "%s", cases[i].text);
            cr_expect_eq(t->themes[0].spans[0].end, cases[i].end, "%s", cases[i].text);
        }
        loyal_tagger_free(tg);
        loyal_lexicon_free(lex);
    }
}
