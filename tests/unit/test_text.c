/* test_text.c — normalization, offset map, tokens, language. */
#include <criterion/criterion.h>
#include <string.h>
#include <utf8proc.h>

#include "loyal.h"

static loyal_text T;

static void setup(void) {
    loyal_text_init(&T);
}
static void teardown(void) {
    loyal_text_clear(&T);
}

TestSuite(text, .init = setup, .fini = teardown);

static void norm(const char *s) {
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_text_normalize(&T, s, strlen(s), &err), LOYAL_OK, "%s", err.message);
}

Test(text, ascii_and_cyrillic_fold) {
    norm("Наш МЕНЕДЖЕР Hello");
    cr_assert_str_eq(T.norm, "наш менеджер hello");
    cr_assert_eq(T.orig_chars, 18);
}

Test(text, yo_becomes_ye_in_every_form) {
    /* Ё, ё precomposed and е + U+0308 combining diaeresis. */
    norm("Ёлка ёж е\xCC\x88ж");
    cr_assert_str_eq(T.norm, "елка еж еж");
    /* The decomposed ё is two original code points mapped to one char. */
    uint32_t a, b;
    loyal_text_span(&T, 14, 18, &a, &b); /* "еж" after the second space */
    cr_assert_eq(a, 8);
    cr_assert_eq(b, 11);
}

Test(text, nfkc_casefold_like_python) {
    /* python3: unicodedata.normalize('NFKC', s).casefold().replace('ё','е') */
    norm("Ёлка \xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3 \xEF\xAC\x81ne Stra\xC3\x9F" "e caf\xC3\xA9");
    cr_assert_str_eq(T.norm, "елка abc fine strasse cafe"); /* Latin accents stripped */
}

Test(text, identical_to_utf8proc_map) {
    /* No Latin accents, no mixed-script words, no letter runs: the repair
     * steps do nothing here, so the result must be utf8proc's exactly. */
    const char *s = "ＦＵＬＬ ｗｉｄｔｈ Ⅻ ㎏ ﬃ Σίσυφος Ĳss Йод ЁЖ\xC2\xAD ";
    utf8proc_uint8_t *ref = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &ref,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                          UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                          UTF8PROC_IGNORE);
    cr_assert_gt(n, 0);
    for (unsigned char *u = ref; *u; u++) /* and ё → е, the one step of our own here */
        if (u[0] == 0xD1 && u[1] == 0x91)
            u[0] = 0xD0, u[1] = 0xB5;
    norm(s);
    cr_assert_str_eq(T.norm, (const char *)ref);
    free(ref);
}

Test(text, ignorables_are_removed_with_offsets_kept) {
    /* soft hyphen U+00AD inside a word, zero-width space U+200B after it */
    norm("от\xC2\xAD" "чет\xE2\x80\x8B!");
    cr_assert_str_eq(T.norm, "отчет!");
    cr_assert_eq(T.n_tokens, 1);
    uint32_t a, b;
    loyal_text_span(&T, T.tokens[0].start, T.tokens[0].end, &a, &b);
    cr_assert_eq(a, 0);
    cr_assert_eq(b, 6); /* о т SHY ч е т */
}

Test(text, ligature_maps_both_letters_to_one_char) {
    norm("\xEF\xAC\x81le"); /* ﬁle */
    cr_assert_str_eq(T.norm, "file");
    uint32_t a, b;
    loyal_text_span(&T, 0, 1, &a, &b);
    cr_assert_eq(a, 0);
    cr_assert_eq(b, 1);
    loyal_text_span(&T, 1, 2, &a, &b);
    cr_assert_eq(a, 0);
    cr_assert_eq(b, 1);
    loyal_text_span(&T, 2, 4, &a, &b);
    cr_assert_eq(a, 1);
    cr_assert_eq(b, 3);
}

Test(text, tokens_kinds_and_scripts) {
    norm("CRM-система, 24/7 don't! пишите ivan@mail.ru или www.site.ru/a?b=1. 👍🏽 10,5");
    const char *want[] = {"crm-система", "24/7", "don't", "пишите", "ivan@mail.ru", "или",
                          "www.site.ru/a?b=1", "👍🏽", "10,5"};
    loyal_script sc[] = {LOYAL_SCRIPT_LATIN, LOYAL_SCRIPT_DIGIT,  LOYAL_SCRIPT_LATIN,
                         LOYAL_SCRIPT_CYRILLIC, LOYAL_SCRIPT_OTHER, LOYAL_SCRIPT_CYRILLIC,
                         LOYAL_SCRIPT_OTHER, LOYAL_SCRIPT_OTHER, LOYAL_SCRIPT_DIGIT};
    loyal_token_kind kd[] = {LOYAL_TOKEN_WORD,  LOYAL_TOKEN_NUMBER, LOYAL_TOKEN_WORD,
                             LOYAL_TOKEN_WORD,  LOYAL_TOKEN_EMAIL,  LOYAL_TOKEN_WORD,
                             LOYAL_TOKEN_URL,   LOYAL_TOKEN_EMOJI,  LOYAL_TOKEN_NUMBER};
    cr_assert_eq(T.n_tokens, 9);
    /* the compound's head is its last part */
    cr_assert_eq(T.tokens[0].head, 4);
    cr_assert_eq(T.tokens[2].head, T.tokens[2].start);
    for (size_t i = 0; i < 9; i++) {
        cr_assert_eq(T.tokens[i].kind, kd[i], "token %zu kind", i);
        size_t n = T.tokens[i].end - T.tokens[i].start;
        cr_assert_eq(n, strlen(want[i]), "token %zu", i);
        cr_assert_eq(memcmp(T.norm + T.tokens[i].start, want[i], n), 0, "token %zu", i);
        cr_assert_eq(T.tokens[i].script, sc[i], "token %zu", i);
    }
}

Test(text, language_by_script) {
    norm("Менеджер настроил CRM");
    cr_assert_eq(loyal_text_lang(&T), LOYAL_LANG_RU);
    norm("The manager is great");
    cr_assert_eq(loyal_text_lang(&T), LOYAL_LANG_EN);
    /* letters split: function words decide */
    norm("дашборд в Looker");
    cr_assert_eq(loyal_text_lang(&T), LOYAL_LANG_RU);
    norm("Looker dashboards are ок");
    cr_assert_eq(loyal_text_lang(&T), LOYAL_LANG_EN);
    norm("отчет в Looker is great");
    cr_assert_eq(loyal_text_lang(&T), LOYAL_LANG_MIXED);
    norm("12345 !!!");
    cr_assert_eq(loyal_text_lang(&T), LOYAL_LANG_UNKNOWN);
    cr_assert_str_eq(loyal_lang_name(LOYAL_LANG_MIXED), "mixed");
}

Test(text, invalid_utf8_is_an_error_with_column) {
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_text_normalize(&T, "ab\xFF" "c", 4, &err), LOYAL_ERR_ENCODING);
    cr_assert_eq(err.column, 3);
    cr_assert_eq(T.norm_len, 0);
}

Test(text, cap_is_an_error) {
    loyal_error err;
    loyal_error_init(&err);
    T.max_bytes = 8;
    cr_assert_eq(loyal_text_normalize(&T, "0123456789", 10, &err), LOYAL_ERR_LIMIT);
    T.max_bytes = 0;
    norm("0123456789");
    cr_assert_str_eq(T.norm, "0123456789");
}

Test(text, empty_text) {
    norm("");
    cr_assert_eq(T.norm_len, 0);
    cr_assert_eq(T.n_tokens, 0);
    cr_assert_eq(T.orig_chars, 0);
}

Test(text, lookalike_letters_repaired_with_offsets) {
    /* "мeнеджер" typed with a Latin e; "Hеllo" with a Cyrillic е;
     * "crm-система" keeps its two scripts (one per part). */
    norm("мeнеджер Hеllo crm-система");
    cr_assert_str_eq(T.norm, "менеджер hello crm-система");
    cr_assert_eq(T.n_tokens, 3);
    uint32_t a, b;
    loyal_text_span(&T, T.tokens[1].start, T.tokens[1].end, &a, &b);
    cr_assert_eq(a, 9);
    cr_assert_eq(b, 14);
}

Test(text, letter_runs_squeezed_spans_cover_the_run) {
    norm("Оооочень доллго!!!");
    cr_assert_str_eq(T.norm, "очень доллго!!!"); /* two letters stay two */
    uint32_t a, b;
    loyal_text_span(&T, T.tokens[0].start, T.tokens[0].end, &a, &b);
    cr_assert_eq(a, 0);
    cr_assert_eq(b, 8);
    loyal_text_span(&T, 0, 2, &a, &b); /* the squeezed "о" stands for four */
    cr_assert_eq(b, 4);
}

Test(text, a_word_that_is_one_run_is_kept) {
    norm("ООО «Ромашка» www и zzz-ааа аааа Аааа, ясно");
    cr_assert_str_eq(T.norm, "ооо «ромашка» www и zzz-ааа аааа аааа, ясно");
}

Test(text, latin_accents_stripped_cyrillic_kept) {
    norm("Café naïve йогурт Ё");
    cr_assert_str_eq(T.norm, "cafe naive йогурт е");
}

Test(text, plain_words_letter_runs_counts_and_scripts) {
    /* Plain chunks take tokenize's letter-run loops: a script is the first
     * letter's (after digits), letters are counted per script, and three
     * identical letters in a row are found across runs but not across a
     * digit or another letter. */
    norm("1ая 42abc (мир) hello, оо1о баааб wwwx ааб");
    cr_assert_str_eq(T.norm, "1ая 42abc (мир) hello, оо1о баб wx ааб");
    cr_assert_eq(T.n_tokens, 8);
    loyal_script sc[] = {LOYAL_SCRIPT_CYRILLIC, LOYAL_SCRIPT_LATIN,    LOYAL_SCRIPT_CYRILLIC,
                         LOYAL_SCRIPT_LATIN,    LOYAL_SCRIPT_CYRILLIC, LOYAL_SCRIPT_CYRILLIC,
                         LOYAL_SCRIPT_LATIN,    LOYAL_SCRIPT_CYRILLIC};
    for (size_t i = 0; i < 8; i++) {
        cr_assert_eq(T.tokens[i].kind, LOYAL_TOKEN_WORD, "token %zu kind", i);
        cr_assert_eq(T.tokens[i].script, sc[i], "token %zu script", i);
    }
    /* "(мир)": the token is the word without the brackets */
    cr_assert_eq(T.tokens[2].end - T.tokens[2].start, strlen("мир"));
    /* Letters of the normalized text (after the squeeze): ая мир оо о баб
     * ааб, abc hello wx. */
    cr_assert_eq(T.letters_cyr, 2 + 3 + 3 + 3 + 3, "%zu", T.letters_cyr);
    cr_assert_eq(T.letters_lat, 3 + 5 + 2, "%zu", T.letters_lat);
}

Test(text, spaces_nfkc_keeps_separate_tokens_and_end, .timeout = 10) {
    /* U+2028, U+2029 and U+1680 stay what they are under NFKC; a chunk that
     * started with one never ended (tokenize looped for ever). */
    norm("яв \u2029новое");
    cr_assert_eq(T.n_tokens, 2);
    cr_assert_eq(T.tokens[1].end - T.tokens[1].start, strlen("новое"));
    norm("\u2028a\u2029\u2029b\u1680c \u2028");
    cr_assert_eq(T.n_tokens, 3);
    cr_assert_eq(T.tokens[0].start, strlen("\u2028"));
    norm("\u2029");
    cr_assert_eq(T.n_tokens, 0);
}
