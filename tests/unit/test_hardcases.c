/* test_hardcases.c — a table of hard cases through the whole text layer:
 * morphology, ё, homoglyphs, negation, mixed language, emoji, CAPS. Each
 * asserts the theme, its polarity and its first span in the original text. */
#include <criterion/criterion.h>
#include <string.h>

#include "loyal.h"

typedef struct hard_case {
    const char *text;
    const char *theme; /* NULL: no theme at all */
    loyal_polarity polarity;
    uint32_t start, end;
    loyal_lang lang;
} hard_case;

static const hard_case CASES[] = {
    /* morphology: inflected forms share the stem */
    {"В отчётах нет нужных цифр", "reporting_detail", LOYAL_POLARITY_NEUTRAL, 2, 9, LOYAL_LANG_RU},
    {"Менеджерам спасибо", "manager_fit", LOYAL_POLARITY_NEUTRAL, 0, 10, LOYAL_LANG_RU},
    /* ё and е are one letter */
    {"Отчет супер", "reporting_detail", LOYAL_POLARITY_POSITIVE, 0, 5, LOYAL_LANG_RU},
    {"Отчёт супер", "reporting_detail", LOYAL_POLARITY_POSITIVE, 0, 5, LOYAL_LANG_RU},
    /* homoglyphs: Latin e and o typed inside Russian words */
    {"Наш мeнеджер супер", "manager_fit", LOYAL_POLARITY_POSITIVE, 4, 12, LOYAL_LANG_RU},
    {"oтчeт хороший", "reporting_detail", LOYAL_POLARITY_POSITIVE, 0, 5, LOYAL_LANG_RU},
    /* negation flips a cue in scope */
    {"Отчёт не хороший", "reporting_detail", LOYAL_POLARITY_NEGATIVE, 0, 5, LOYAL_LANG_RU},
    {"The report is not great", "reporting_detail", LOYAL_POLARITY_NEGATIVE, 4, 10,
     LOYAL_LANG_EN},
    {"Deadline missed", "deadlines", LOYAL_POLARITY_NEGATIVE, 0, 8, LOYAL_LANG_EN},
    /* mixed language: Russian grammar around English words */
    {"Отчёт в Looker супер", "reporting_detail", LOYAL_POLARITY_POSITIVE, 0, 5, LOYAL_LANG_RU},
    /* emoji count as tokens of their own and shift nothing */
    {"👍👍 Менеджер супер", "manager_fit", LOYAL_POLARITY_POSITIVE, 3, 11, LOYAL_LANG_RU},
    /* CAPS and squeezed letter runs */
    {"МЕНЕДЖЕР СУУУУПЕР", "manager_fit", LOYAL_POLARITY_POSITIVE, 0, 8, LOYAL_LANG_RU},
    /* compound: the head part carries the theme */
    {"Проект-менеджер супер", "manager_fit", LOYAL_POLARITY_POSITIVE, 0, 15, LOYAL_LANG_RU},
    /* exclude: the client's own sales manager is not this theme */
    {"Менеджер по продажам доволен", NULL, LOYAL_POLARITY_NEUTRAL, 0, 0, LOYAL_LANG_RU},
    /* a prefix term does not reach another word */
    {"Срочно перезвоните", NULL, LOYAL_POLARITY_NEUTRAL, 0, 0, LOYAL_LANG_RU},
};

Test(hardcases, table) {
    loyal_lexicon *lex = NULL;
    loyal_tagger *tg = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/lexicon/golden", &err), LOYAL_OK, "%s",
                 err.message);
    cr_assert_eq(loyal_tagger_create(&tg, lex, &err), LOYAL_OK);
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const hard_case *c = &CASES[i];
        const loyal_tags *t = NULL;
        cr_assert_eq(loyal_tagger_run(tg, c->text, strlen(c->text), LOYAL_LANG_UNKNOWN, &t, &err),
                     LOYAL_OK, "%s", c->text);
        cr_expect_eq(t->lang, c->lang, "%s: lang %s", c->text, loyal_lang_name(t->lang));
        if (!c->theme) {
            cr_expect_eq(t->n, 0, "%s: expected no theme", c->text);
            continue;
        }
        cr_expect_eq(t->n, 1, "%s: %zu themes", c->text, t->n);
        if (t->n != 1)
            continue;
        cr_expect_str_eq(loyal_lexicon_theme(lex, t->themes[0].theme)->id, c->theme, "%s",
                         c->text);
        cr_expect_eq(t->themes[0].polarity, c->polarity, "%s: polarity %s", c->text,
                     loyal_polarity_name(t->themes[0].polarity));
        cr_expect_eq(t->themes[0].spans[0].start, c->start, "%s: start %u", c->text,
                     t->themes[0].spans[0].start);
        cr_expect_eq(t->themes[0].spans[0].end, c->end, "%s: end %u", c->text,
                     t->themes[0].spans[0].end);
    }
    loyal_tagger_free(tg);
    loyal_lexicon_free(lex);
}

Test(hardcases, stems_of_tokens) {
    loyal_lexicon *lex = NULL;
    loyal_tagger *tg = NULL;
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/lexicon/golden", NULL), LOYAL_OK);
    cr_assert_eq(loyal_tagger_create(&tg, lex, NULL), LOYAL_OK);
    const loyal_tags *t = NULL;
    const char *s = "Отчётности менеджеров reporting";
    cr_assert_eq(loyal_tagger_run(tg, s, strlen(s), LOYAL_LANG_UNKNOWN, &t, NULL), LOYAL_OK);
    const char *want[] = {"отчетн", "менеджер", "report"};
    for (size_t i = 0; i < 3; i++) {
        size_t n;
        const char *st = loyal_tagger_token_stem(tg, i, &n);
        cr_assert_not_null(st);
        cr_expect_eq(n, strlen(want[i]), "token %zu", i);
        cr_expect_eq(memcmp(st, want[i], n), 0, "token %zu: %.*s", i, (int)n, st);
    }
    loyal_tagger_free(tg);
    loyal_lexicon_free(lex);
}
