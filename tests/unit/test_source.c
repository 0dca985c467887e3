/* test_source.c — records from CSV / TSV / JSON Lines files (source*.c).
 * Fixtures: tests/data/source/ (made by make-fixtures.py there). */
#include "encoding.h"
#include "loyal.h"
#include "source.h" /* csv_fast: the fast path against libcsv */

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DATA LOYAL_SOURCE_DIR "/tests/data/source/"
#define CORPUS LOYAL_SOURCE_DIR "/../shared/corpus-real/"

/* A deterministic generator for random tests: xorshift64*. */
static uint64_t rnd(uint64_t *x) {
    *x ^= *x >> 12;
    *x ^= *x << 25;
    *x ^= *x >> 27;
    return *x * UINT64_C(2685821657736338717);
}

static size_t pick(uint64_t *x, size_t n) {
    return (size_t)(rnd(x) >> 33) % n;
}

static loyal_source_options opts(void) {
    loyal_source_options o;
    loyal_source_options_init(&o);
    return o;
}

static loyal_source *open_ok(const char *path, const loyal_source_options *o) {
    loyal_source *s = NULL;
    loyal_error e;
    loyal_error_init(&e);
    loyal_status st = loyal_source_open(&s, path, o, &e);
    cr_assert_eq(st, LOYAL_OK, "open %s: %s: %s (%s)", path, loyal_strerror(st), e.message, e.hint);
    cr_assert_not_null(s);
    return s;
}

static loyal_status open_err(const char *path, const loyal_source_options *o, loyal_error *e) {
    loyal_source *s = NULL;
    loyal_error_init(e);
    loyal_status st = loyal_source_open(&s, path, o, e);
    cr_assert_null(s);
    cr_assert_eq(e->status, st);
    return st;
}

/* The next record; fails the test on an error or at the end. */
static loyal_record next_rec(loyal_source *s) {
    loyal_record r;
    bool got = false;
    loyal_error e;
    loyal_error_init(&e);
    loyal_status st = loyal_source_next(s, &r, &got, &e);
    cr_assert_eq(st, LOYAL_OK, "next: %s: %s", loyal_strerror(st), e.message);
    cr_assert(got, "expected another record");
    return r;
}

static void assert_end(loyal_source *s) {
    loyal_record r;
    bool got = true;
    loyal_error e;
    loyal_error_init(&e);
    cr_assert_eq(loyal_source_next(s, &r, &got, &e), LOYAL_OK, "%s", e.message);
    cr_assert_not(got, "expected the end, got a record at line %ld", got ? r.line : 0L);
}

static long count_records(loyal_source *s, long *skipped) {
    loyal_record r;
    bool got;
    long n = 0;
    loyal_error e;
    loyal_error_init(&e);
    if (skipped)
        *skipped = 0;
    while (loyal_source_next(s, &r, &got, &e) == LOYAL_OK && got) {
        n++;
        if (skipped && r.skip)
            ++*skipped;
    }
    cr_assert_eq(e.status, LOYAL_OK, "%s", e.message);
    return n;
}

/* Writes `len` bytes to a new file "data<suffix>" in a new temporary
 * folder (the suffix picks the format); remove() both. */
static char *temp_file(const void *data, size_t len, const char *suffix) {
    static char path[128];
    char dir[] = "/tmp/loyal-test-source-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/data%s", dir, suffix);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(data, 1, len, f), len);
    cr_assert_eq(fclose(f), 0);
    return path;
}

static void remove_temp(const char *path) {
    char dir[128];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    cr_assert_eq(unlink(path), 0);
    cr_assert_eq(rmdir(dir), 0);
}

/* ------------------------------------------------------------------------ */
/* Names and options                                                         */
/* ------------------------------------------------------------------------ */

Test(source_names, format_names_and_parsing) {
    loyal_format f;
    cr_assert_str_eq(loyal_format_name(LOYAL_FORMAT_AUTO), "auto");
    cr_assert_str_eq(loyal_format_name(LOYAL_FORMAT_CSV), "csv");
    cr_assert_str_eq(loyal_format_name(LOYAL_FORMAT_TSV), "tsv");
    cr_assert_str_eq(loyal_format_name(LOYAL_FORMAT_JSONL), "jsonl");
    cr_assert(loyal_format_parse("CSV", &f) && f == LOYAL_FORMAT_CSV);
    cr_assert(loyal_format_parse("tsv", &f) && f == LOYAL_FORMAT_TSV);
    cr_assert(loyal_format_parse("JSONL", &f) && f == LOYAL_FORMAT_JSONL);
    cr_assert(loyal_format_parse("ndjson", &f) && f == LOYAL_FORMAT_JSONL);
    cr_assert(loyal_format_parse("auto", &f) && f == LOYAL_FORMAT_AUTO);
    cr_assert_not(loyal_format_parse("xlsx", &f));
    cr_assert_not(loyal_format_parse("", &f));
    cr_assert_not(loyal_format_parse(NULL, &f));
}

Test(source_names, encoding_names_and_aliases) {
    static const struct {
        const char *name;
        loyal_encoding enc;
    } ok[] = {
        {"utf-8", LOYAL_ENCODING_UTF8},         {"UTF8", LOYAL_ENCODING_UTF8},
        {"utf_8", LOYAL_ENCODING_UTF8},         {"cp1251", LOYAL_ENCODING_CP1251},
        {"CP-1251", LOYAL_ENCODING_CP1251},     {"windows-1251", LOYAL_ENCODING_CP1251},
        {"Windows1251", LOYAL_ENCODING_CP1251}, {"koi8-r", LOYAL_ENCODING_KOI8R},
        {"KOI8R", LOYAL_ENCODING_KOI8R},        {"auto", LOYAL_ENCODING_AUTO},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        loyal_encoding e = (loyal_encoding)99;
        cr_assert(loyal_encoding_parse(ok[i].name, &e), "%s", ok[i].name);
        cr_assert_eq(e, ok[i].enc, "%s", ok[i].name);
    }
    loyal_encoding e;
    cr_assert_not(loyal_encoding_parse("latin1", &e));
    cr_assert_not(loyal_encoding_parse("utf-16", &e));
    cr_assert_str_eq(loyal_encoding_name(LOYAL_ENCODING_UTF8), "utf-8");
    cr_assert_str_eq(loyal_encoding_name(LOYAL_ENCODING_CP1251), "cp1251");
    cr_assert_str_eq(loyal_encoding_name(LOYAL_ENCODING_KOI8R), "koi8-r");
    cr_assert_str_eq(loyal_encoding_name(LOYAL_ENCODING_AUTO), "auto");
}

Test(source_names, skip_names) {
    cr_assert_str_eq(loyal_skip_name(LOYAL_SKIP_NONE), "");
    cr_assert_str_eq(loyal_skip_name(LOYAL_SKIP_BAD_SCORE), "bad_score");
    cr_assert_str_eq(loyal_skip_name(LOYAL_SKIP_INVALID_UTF8), "invalid_utf8");
    cr_assert_str_eq(loyal_skip_name(LOYAL_SKIP_MALFORMED), "malformed");
    cr_assert_str_eq(loyal_skip_name(LOYAL_SKIP_BAD_WEIGHT), "bad_weight");
}

Test(source_names, options_defaults) {
    loyal_source_options o;
    memset(&o, 0xAB, sizeof o);
    loyal_source_options_init(&o);
    cr_assert_eq(o.format, LOYAL_FORMAT_AUTO);
    cr_assert_eq(o.encoding, LOYAL_ENCODING_AUTO);
    cr_assert_eq(o.delimiter, 0);
    cr_assert_eq(o.n_text_cols, 0);
    cr_assert_null(o.score_col);
    cr_assert_null(o.id_col);
    cr_assert_null(o.weight_col);
    cr_assert_not(o.require_score);
    cr_assert_eq(o.max_record_bytes, 0);
}

/* ------------------------------------------------------------------------ */
/* Delimiters                                                                */
/* ------------------------------------------------------------------------ */

Test(source_csv, comma_sniffed_with_quoted_comma) {
    loyal_source *s = open_ok(DATA "comma.csv", NULL);
    cr_assert_eq(loyal_source_format(s), LOYAL_FORMAT_CSV);
    cr_assert_eq(loyal_source_delimiter(s), ',');
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_UTF8);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_eq(r.index, 0);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.id, "1");
    cr_assert_str_eq(r.text, "Fast delivery");
    cr_assert_eq(r.text_len, 13);
    cr_assert_str_eq(r.score, "10");
    cr_assert_eq(r.score_len, 2);
    cr_assert_str_eq(r.raw, "1,Fast delivery,10");
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_str_eq(r.text, "Slow, rude support");
    cr_assert_str_eq(r.raw, "2,\"Slow, rude support\",3");
    cr_assert_null(r.weight);
    cr_assert_null(r.period);
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, semicolon_sniffed) {
    loyal_source *s = open_ok(DATA "semicolon.csv", NULL);
    cr_assert_eq(loyal_source_delimiter(s), ';');
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Быстро, спасибо");
    cr_assert_str_eq(r.score, "9");
    r = next_rec(s);
    cr_assert_str_eq(r.text, "Долго; грубо");
    cr_assert_str_eq(r.score, "2");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, tsv_by_extension_with_quoted_tab) {
    loyal_source *s = open_ok(DATA "tab.tsv", NULL);
    cr_assert_eq(loyal_source_format(s), LOYAL_FORMAT_TSV);
    cr_assert_eq(loyal_source_delimiter(s), '\t');
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Good, fast");
    r = next_rec(s);
    cr_assert_str_eq(r.text, "Bad\tslow");
    cr_assert_str_eq(r.score, "1");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, tab_sniffed_outside_quotes_in_unknown_extension) {
    /* The header has only tabs; the data row has ';' and ',' too. */
    loyal_source *s = open_ok(DATA "tab_sniff.txt", NULL);
    cr_assert_eq(loyal_source_format(s), LOYAL_FORMAT_CSV);
    cr_assert_eq(loyal_source_delimiter(s), '\t');
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Good; fast, cheap");
    loyal_source_free(s);
}

Test(source_csv, sniff_tie_is_comma) {
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "1";
    loyal_source *s = open_ok(DATA "tie.csv", &o);
    cr_assert_eq(loyal_source_delimiter(s), ',');
    const char *const *names;
    cr_assert_eq(loyal_source_columns(s, &names), 2);
    cr_assert_str_eq(names[0], "a;b");
    cr_assert_str_eq(names[1], "c");
    loyal_source_free(s);
}

Test(source_csv, forced_delimiter) {
    loyal_source_options o = opts();
    o.delimiter = ';';
    o.text_cols[o.n_text_cols++] = "2";
    loyal_source *s = open_ok(DATA "tie.csv", &o);
    cr_assert_eq(loyal_source_delimiter(s), ';');
    const char *const *names;
    cr_assert_eq(loyal_source_columns(s, &names), 2);
    cr_assert_str_eq(names[0], "a");
    cr_assert_str_eq(names[1], "b,c");
    cr_assert_str_eq(next_rec(s).text, "2,3");
    loyal_source_free(s);
}

Test(source_csv, quote_or_newline_as_delimiter_is_a_usage_error) {
    loyal_source_options o = opts();
    o.delimiter = '"';
    loyal_error e;
    cr_assert_eq(open_err(DATA "comma.csv", &o, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message, "the delimiter cannot be a quote or a line end");
}

/* ------------------------------------------------------------------------ */
/* BOM, line ends, quoting                                                   */
/* ------------------------------------------------------------------------ */

Test(source_csv, utf8_bom_stripped_and_cyrillic_headers_recognised) {
    loyal_source *s = open_ok(DATA "bom.csv", NULL);
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_UTF8);
    const char *const *names;
    cr_assert_eq(loyal_source_columns(s, &names), 3);
    cr_assert_str_eq(names[0], "id");
    cr_assert_str_eq(loyal_source_id_column(s), "id");
    cr_assert_str_eq(loyal_source_text_column(s), "Комментарий");
    cr_assert_str_eq(loyal_source_score_column(s), "Оценка");
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_str_eq(r.id, "7");
    cr_assert_str_eq(r.text, "Всё отлично");
    cr_assert_str_eq(r.score, "10");
    loyal_source_free(s);
}

Test(source_csv, crlf_and_lf_mixed) {
    loyal_source *s = open_ok(DATA "crlf.csv", NULL);
    const char *const *names;
    cr_assert_eq(loyal_source_columns(s, &names), 3);
    cr_assert_str_eq(names[2], "nps");
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_str_eq(r.score, "9");
    cr_assert_str_eq(r.raw, "1,first,9");
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_str_eq(r.raw, "2,second,7");
    r = next_rec(s);
    cr_assert_eq(r.line, 4);
    cr_assert_str_eq(r.text, "third");
    cr_assert_str_eq(r.score, "0");
    cr_assert_str_eq(r.raw, "3,third,0");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, quoted_multiline_fields_and_exact_lines) {
    loyal_source *s = open_ok(DATA "multiline.csv", NULL);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_str_eq(r.text, "one line");
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_eq(r.index, 1);
    cr_assert_str_eq(r.text, "first\nsecond\nthird");
    cr_assert_str_eq(r.raw, "2,\"first\nsecond\nthird\",8");
    cr_assert_str_eq(r.score, "8");
    r = next_rec(s); /* after a blank line 6 */
    cr_assert_eq(r.line, 7);
    cr_assert_eq(r.index, 2);
    cr_assert_str_eq(r.text, "He said \"hi\"");
    r = next_rec(s);
    cr_assert_eq(r.line, 8);
    cr_assert_str_eq(r.text, "crlf\r\ninside");
    cr_assert_str_eq(r.score, "6");
    cr_assert_str_eq(r.raw, "4,\"crlf\r\ninside\",6");
    assert_end(s);
    assert_end(s); /* and again */
    loyal_source_free(s);
}

Test(source_csv, last_line_without_newline) {
    loyal_source *s = open_ok(DATA "trailing.csv", NULL);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_str_eq(r.text, "no newline at end");
    cr_assert_str_eq(r.score, "9");
    cr_assert_str_eq(r.raw, "1,no newline at end,9");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, old_mac_cr_line_ends) {
    loyal_source *s = open_ok(DATA "cr_only.csv", NULL);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_str_eq(r.text, "old mac");
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_str_eq(r.text, "two\rlines");
    cr_assert_str_eq(r.score, "8");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, lone_cr_inside_a_line_is_data) {
    loyal_source *s = open_ok(DATA "lone_cr.csv", NULL);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_str_eq(r.text, "foo\rbar");
    cr_assert_str_eq(r.score, "9");
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_str_eq(r.text, "next");
    assert_end(s);
    loyal_source_free(s);
}

/* ------------------------------------------------------------------------ */
/* Encodings                                                                 */
/* ------------------------------------------------------------------------ */

Test(source_encoding, cp1251_decoded_to_utf8) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_CP1251;
    loyal_source *s = open_ok(DATA "cp1251.csv", &o);
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_CP1251);
    cr_assert_str_eq(loyal_source_text_column(s), "комментарий");
    cr_assert_str_eq(loyal_source_score_column(s), "оценка");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Менеджер Ёжиков не перезвонил, №5 «плохо»");
    cr_assert_str_eq(r.score, "3");
    r = next_rec(s);
    cr_assert_str_eq(r.text, "Спасибо за отличную работу!");
    cr_assert_str_eq(r.raw, "2;Спасибо за отличную работу!;10");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_encoding, koi8r_decoded_to_utf8) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_KOI8R;
    loyal_source *s = open_ok(DATA "koi8r.csv", &o);
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_KOI8R);
    cr_assert_str_eq(loyal_source_text_column(s), "комментарий");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Менеджер Ёжиков не перезвонил, ужас");
    r = next_rec(s);
    cr_assert_str_eq(r.text, "Спасибо за отличную работу!");
    cr_assert_str_eq(r.score, "10");
    loyal_source_free(s);
}

Test(source_encoding, auto_detects_cp1251) {
    loyal_source *s = open_ok(DATA "cp1251.csv", NULL);
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_CP1251);
    cr_assert_str_eq(next_rec(s).text, "Менеджер Ёжиков не перезвонил, №5 «плохо»");
    loyal_source_free(s);
}

Test(source_encoding, auto_detects_utf8) {
    loyal_source *s = open_ok(DATA "semicolon.csv", NULL);
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_UTF8);
    loyal_source_free(s);
}

Test(source_encoding, auto_tolerates_a_sequence_cut_at_the_sample_end) {
    /* "Ж" (D0 96) straddles byte 65536, the end of the sniffed sample. */
    size_t n = 70000;
    char *data = malloc(n);
    const char *head = "id,comment\n1,";
    memcpy(data, head, strlen(head));
    memset(data + strlen(head), 'a', n - strlen(head));
    data[65535] = (char)0xD0;
    data[65536] = (char)0x96;
    memcpy(data + n - 3, ",\n", 2);
    char *path = temp_file(data, n - 1, ".csv");
    loyal_source *s = open_ok(path, NULL);
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_UTF8);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_eq(r.text_len, n - 3 - strlen(head));
    cr_assert_eq(memcmp(r.text + 65535 - strlen(head), "Ж", 2), 0);
    loyal_source_free(s);
    remove_temp(path);
    free(data);
}

Test(source_encoding, cp1251_undefined_byte_is_invalid) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_CP1251;
    loyal_source *s = open_ok(DATA "cp1251_undefined.csv", &o);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_INVALID_UTF8);
    cr_assert_str_eq(r.raw, "1;Привет \xEF\xBF\xBD;9");
    cr_assert_null(r.text);
    r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.text, "ok");
    loyal_source_free(s);
}

Test(source_encoding, invalid_utf8_row_skipped_with_fffd_in_raw) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_UTF8;
    loyal_source *s = open_ok(DATA "invalid_utf8.csv", &o);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_eq(r.index, 1);
    cr_assert_eq(r.skip, LOYAL_SKIP_INVALID_UTF8);
    /* FF is one bad byte; E2 82 is one cut-short sequence: one U+FFFD each. */
    cr_assert_str_eq(r.raw, "2,bad \xEF\xBF\xBD byte \xEF\xBF\xBD,5,x");
    cr_assert_eq(r.raw_len, strlen(r.raw));
    cr_assert_null(r.text);
    cr_assert_null(r.score);
    /* A bad byte in a column that is not read does no harm. */
    r = next_rec(s);
    cr_assert_eq(r.line, 4);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.text, "fine");
    cr_assert_str_eq(r.raw, "3,fine,7,\xEF\xBF\xBD(");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_encoding, invalid_utf8_after_the_sample_in_auto_mode) {
    /* 3000 good rows (> 64 KiB), then one with a bad byte. */
    size_t cap = 200000, n = 0;
    char *data = malloc(cap);
    n += (size_t)sprintf(data + n, "id,comment,nps\n");
    for (int i = 0; i < 3000; i++)
        n += (size_t)sprintf(data + n, "%d,всё хорошо,9\n", i);
    n += (size_t)sprintf(data + n, "x,bad \xC0\xAF,1\nlast,ok,10\n");
    char *path = temp_file(data, n, ".csv");
    loyal_source *s = open_ok(path, NULL);
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_UTF8);
    loyal_record r;
    for (int i = 0; i < 3000; i++)
        r = next_rec(s);
    r = next_rec(s);
    cr_assert_eq(r.line, 3002);
    cr_assert_eq(r.skip, LOYAL_SKIP_INVALID_UTF8);
    cr_assert_str_eq(r.raw, "x,bad \xEF\xBF\xBD\xEF\xBF\xBD,1"); /* an overlong: 2 bad bytes */
    r = next_rec(s);
    cr_assert_str_eq(r.id, "last");
    assert_end(s);
    loyal_source_free(s);
    remove_temp(path);
    free(data);
}

/* Unicode's Table 3-7, a byte at a time: the offset of the first byte that
 * does not start a well-formed sequence, len if none. */
static size_t utf8_reference(const unsigned char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i], lo = 0x80, hi = 0xBF;
        size_t need;
        if (c < 0x80)
            need = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            need = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            need = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        else if (c >= 0xF0 && c <= 0xF4)
            need = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        else
            return i;
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= len || s[i + k] < lo || s[i + k] > hi)
                return i;
            lo = 0x80, hi = 0xBF;
        }
        i += need + 1;
    }
    return i;
}

Test(source_encoding, utf8_check_agrees_with_table_3_7) {
    unsigned char b[64];
    /* Every string of one and two bytes, and of three over bytes at the
     * edges of the table's ranges. */
    for (unsigned x = 0; x < 256; x++) {
        b[0] = (unsigned char)x;
        cr_assert_eq(loyalp_utf8_check((char *)b, 1), utf8_reference(b, 1), "%02X", x);
        for (unsigned y = 0; y < 256; y++) {
            b[1] = (unsigned char)y;
            cr_assert_eq(loyalp_utf8_check((char *)b, 2), utf8_reference(b, 2), "%02X %02X", x, y);
        }
    }
    static const unsigned char edge[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                         0xBF, 0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0, 0xE1,
                                         0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    const size_t ne = sizeof edge;
    for (size_t x = 0; x < ne * ne * ne; x++) {
        b[0] = edge[x % ne], b[1] = edge[x / ne % ne], b[2] = edge[x / ne / ne];
        cr_assert_eq(loyalp_utf8_check((char *)b, 3), utf8_reference(b, 3), "%02X %02X %02X", b[0],
                     b[1], b[2]);
    }
    /* Strings up to 64 bytes of ASCII, Cyrillic and other sequences, with
     * one byte changed: the word-at-a-time path and its edges. */
    static const char *const pieces[] = {"a", " ", "Я", "ж", "\xC2\xAB", "—", "😀", "\xDF\xBF"};
    uint64_t x = 42;
    for (int t = 0; t < 200000; t++) {
        size_t n = 0, want = 1 + pick(&x, 64);
        while (n < want) {
            const char *p = pieces[pick(&x, 8) < 2 ? pick(&x, 8) : pick(&x, 4)];
            size_t k = strlen(p);
            if (n + k > want)
                break;
            memcpy(b + n, p, k);
            n += k;
        }
        if (n && pick(&x, 4))
            b[pick(&x, n)] = (unsigned char)rnd(&x);
        size_t got = loyalp_utf8_check((char *)b, n), ref = utf8_reference(b, n);
        cr_assert_eq(got, ref, "string %d: %zu, want %zu", t, got, ref);
    }
}

/* A file whose record "bad,Я<bytes>Я,1" has <bytes> at file offset `at`,
 * after rows "00000,ok,9", and a last row "last,ok,10". */
static size_t file_with_bytes_at(char *data, size_t at, const char *bytes) {
    size_t n = (size_t)sprintf(data, "id,comment,nps\n");
    size_t row = at - strlen("bad,Я");
    for (int i = 0; n + 11 + 30 <= row; i++)
        n += (size_t)sprintf(data + n, "%05d,ok,9\n", i % 100000);
    size_t k = row - n - strlen("p,,9\n");
    n += (size_t)sprintf(data + n, "p,%.*s,9\n", (int)k,
                         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    cr_assert_eq(n, row);
    n += (size_t)sprintf(data + n, "bad,Я%sЯ,1\nlast,ok,10\n", bytes);
    return n;
}

Test(source_encoding, invalid_byte_at_a_read_boundary) {
    char *data = malloc(3 * LOYALP_CHUNK);
    cr_assert_not_null(data);
    /* A byte that is never valid, and a sequence cut by a wrong byte, on
     * either side of the first and the second read's ends; a valid
     * two-byte sequence split by them is fine. */
    static const struct {
        size_t at;
        const char *bytes, *raw;
        loyal_skip skip;
    } cases[] = {
        {LOYALP_CHUNK - 1, "\xFF", "bad,Я\xEF\xBF\xBDЯ,1", LOYAL_SKIP_INVALID_UTF8},
        {LOYALP_CHUNK, "\xFF", "bad,Я\xEF\xBF\xBDЯ,1", LOYAL_SKIP_INVALID_UTF8},
        {LOYALP_CHUNK + 1, "\xFF", "bad,Я\xEF\xBF\xBDЯ,1", LOYAL_SKIP_INVALID_UTF8},
        {LOYALP_CHUNK - 1, "\xD0\x41", "bad,Я\xEF\xBF\xBD\x41Я,1", LOYAL_SKIP_INVALID_UTF8},
        {2 * LOYALP_CHUNK - 1, "\xE2\x82", "bad,Я\xEF\xBF\xBDЯ,1", LOYAL_SKIP_INVALID_UTF8},
        {2 * LOYALP_CHUNK, "\xFF", "bad,Я\xEF\xBF\xBDЯ,1", LOYAL_SKIP_INVALID_UTF8},
        {LOYALP_CHUNK - 1, "ж", "bad,ЯжЯ,1", LOYAL_SKIP_NONE},
        {2 * LOYALP_CHUNK - 2, "—", "bad,Я—Я,1", LOYAL_SKIP_NONE},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        size_t n = file_with_bytes_at(data, cases[c].at, cases[c].bytes);
        char *path = temp_file(data, n, ".csv");
        loyal_source_options o = opts();
        o.encoding = LOYAL_ENCODING_UTF8;
        loyal_source *s = open_ok(path, &o);
        loyal_record r;
        long rows = 0;
        do {
            r = next_rec(s);
            cr_assert_eq(r.skip, strncmp(r.raw, "bad,", 4) ? LOYAL_SKIP_NONE : cases[c].skip,
                         "case %zu, line %ld", c, r.line);
            rows++;
        } while (strncmp(r.raw, "bad,", 4));
        cr_assert_str_eq(r.raw, cases[c].raw, "case %zu", c);
        cr_assert_eq(r.skip, cases[c].skip, "case %zu", c);
        cr_assert_eq(r.line, rows + 1);
        r = next_rec(s);
        cr_assert_str_eq(r.id, "last");
        cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
        assert_end(s);
        loyal_source_free(s);
        remove_temp(path);
    }
    free(data);
}

Test(source_encoding, utf16_is_an_input_error) {
    loyal_error e;
    cr_assert_eq(open_err(DATA "utf16.csv", NULL, &e), LOYAL_ERR_INPUT);
    cr_assert_str_eq(e.message, "UTF-16 text is not supported");
    cr_assert_str_eq(e.file, DATA "utf16.csv");
    cr_assert(strstr(e.hint, "UTF-8"));
}

/* ------------------------------------------------------------------------ */
/* The fast path (source_csv.c) against libcsv                               */
/* ------------------------------------------------------------------------ */

static loyal_source *open_csv(const char *path, char delim, bool fast) {
    loyal_source_options o = opts();
    o.delimiter = delim;
    o.text_cols[o.n_text_cols++] = "comment";
    o.id_col = "id";
    o.score_col = "nps";
    loyal_source *s = open_ok(path, &o);
    s->csv_fast = fast;
    return s;
}

Test(source_csv, fast_path_splits_plain_lines_like_libcsv) {
    /* Blanks around unquoted fields and before an opening quote go; a
     * quoted field keeps them, and its delimiters, and "" is one quote. */
    const char data[] = "id,comment,nps\r\n"
                        "  1 ,\t a \"\"b\"\" c  , 9\r\n"
                        "2,  \" x, \"\"y\"\" \t\"  \t,10\n"
                        "\"3\",Я,\"\"\n"
                        "4,,,extra,fields\n"
                        "5,last\t";
    char *path = temp_file(data, sizeof data - 1, ".csv");
    loyal_source *s = open_csv(path, 0, true);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED); /* an unquoted field with a quote */
    cr_assert_str_eq(r.raw, "  1 ,\t a \"\"b\"\" c  , 9");
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.id, "2");
    cr_assert_str_eq(r.text, " x, \"y\" \t");
    cr_assert_eq(r.text_len, 9);
    cr_assert_str_eq(r.score, "10");
    r = next_rec(s);
    cr_assert_str_eq(r.id, "3");
    cr_assert_str_eq(r.text, "Я");
    cr_assert_str_eq(r.score, "");
    r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.text, "");
    cr_assert_str_eq(r.score, "");
    r = next_rec(s);
    cr_assert_eq(r.line, 6);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED); /* two fields of three */
    cr_assert_str_eq(r.raw, "5,last\t");
    assert_end(s);
    cr_assert_eq(s->csv_fast_recs, 4); /* all but the bad quote */
    loyal_source_free(s);
    remove_temp(path);
}

Test(source_csv, fast_path_leaves_multiline_lone_cr_and_bad_quotes_to_libcsv) {
    const char data[] = "id;comment;nps\n"
                        "1;\"two\nlines\";9\n"
                        "2;lone\rcr;8\n"
                        "3;\"closed\" junk;7\n"
                        "4;\"a\" \"b\";6\n"
                        "5;plain;5\n";
    char *path = temp_file(data, sizeof data - 1, ".csv");
    loyal_source *s = open_csv(path, 0, true);
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "two\nlines");
    r = next_rec(s);
    cr_assert_eq(r.line, 4);
    cr_assert_str_eq(r.text, "lone\rcr");
    cr_assert_eq(next_rec(s).skip, LOYAL_SKIP_MALFORMED);
    cr_assert_eq(next_rec(s).skip, LOYAL_SKIP_MALFORMED);
    r = next_rec(s);
    cr_assert_eq(r.line, 7);
    cr_assert_str_eq(r.text, "plain");
    assert_end(s);
    cr_assert_eq(s->csv_fast_recs, 1);
    loyal_source_free(s);
    remove_temp(path);
}

/* Appends one piece of the alphabet: a, Я (2 bytes), , ; tab space " CR LF
 * and the invalid byte FF; `plain` leaves out quotes and line ends. */
static void put_piece(char *buf, size_t *n, uint64_t *x, bool plain) {
    static const char *const pieces[] = {"a", "Я", ",", ";", "\t", " ", "\xFF", "\"", "\r", "\n"};
    size_t k = plain ? pick(x, 7) : pick(x, 10);
    if (k == 6 && pick(x, 3))
        k = 0; /* keep invalid bytes rarer than letters */
    size_t len = strlen(pieces[k]);
    memcpy(buf + *n, pieces[k], len);
    *n += len;
}

/* One file: a header and lines that are mostly fields (plain, quoted with
 * "" and delimiters, blanks around them, sometimes a quote left open,
 * junk after a closing quote, a lone CR), some of them any soup at all. */
static size_t gen_csv(char *buf, uint64_t *x, char d, size_t lines) {
    size_t n = (size_t)sprintf(buf, "id%cnps%cx%ccomment%cy\n", d, d, d, d);
    for (size_t l = 0; l < lines; l++) {
        if (!pick(x, 6)) {
            for (size_t k = pick(x, 40); k--;)
                put_piece(buf, &n, x, false);
        } else {
            size_t fields = pick(x, 8);
            for (size_t f = 0; f < fields; f++) {
                if (f)
                    buf[n++] = d;
                for (size_t k = pick(x, 3); k--;)
                    buf[n++] = pick(x, 2) ? ' ' : '\t';
                if (pick(x, 3)) {
                    for (size_t k = pick(x, 6); k--;)
                        put_piece(buf, &n, x, !!pick(x, 12));
                } else {
                    buf[n++] = '"';
                    for (size_t k = pick(x, 8); k--;) {
                        if (!pick(x, 5))
                            buf[n++] = '"', buf[n++] = '"';
                        else
                            put_piece(buf, &n, x, !!pick(x, 10));
                    }
                    if (pick(x, 12))
                        buf[n++] = '"';
                    for (size_t k = pick(x, 3); k--;)
                        buf[n++] = pick(x, 2) ? ' ' : '\t';
                    if (!pick(x, 12))
                        put_piece(buf, &n, x, false);
                }
            }
        }
        size_t end = pick(x, 16);
        if (end < 10)
            buf[n++] = '\n';
        else if (end < 14)
            buf[n++] = '\r', buf[n++] = '\n';
        else if (end < 15)
            buf[n++] = '\r';
    }
    return n;
}

static bool same_field(const char *a, size_t an, const char *b, size_t bn) {
    if (!a || !b)
        return a == b && an == bn;
    return an == bn && !memcmp(a, b, an) && !a[an] && !b[bn];
}

typedef struct {
    long files, records, fast, skips[LOYAL_SKIP__COUNT], errors;
} diff_counts;

/* Reads `path` with the fast path and without it; every record, error and
 * the checksum must be the same. */
static void diff_one(const char *path, const loyal_source_options *o, diff_counts *c,
                     const char *what) {
    loyal_source *a = NULL, *b = NULL;
    loyal_error ea, eb;
    loyal_error_init(&ea);
    loyal_error_init(&eb);
    loyal_status sa = loyal_source_open(&a, path, o, &ea);
    loyal_status sb = loyal_source_open(&b, path, o, &eb);
    cr_assert_eq(sa, sb, "%s: open", what);
    cr_assert_str_eq(ea.message, eb.message, "%s", what);
    c->files++;
    if (sa)
        return;
    b->csv_fast = false;
    for (;;) {
        loyal_record ra, rb;
        bool ga, gb;
        sa = loyal_source_next(a, &ra, &ga, &ea);
        sb = loyal_source_next(b, &rb, &gb, &eb);
        cr_assert_eq(sa, sb, "%s: record %ld", what, c->records);
        cr_assert_eq(ga, gb, "%s", what);
        if (sa) {
            cr_assert_str_eq(ea.message, eb.message, "%s", what);
            cr_assert_eq(ea.line, eb.line, "%s", what);
            c->errors++;
            break;
        }
        if (!ga)
            break;
        c->records++;
        c->skips[ra.skip]++;
        cr_assert_eq(ra.line, rb.line, "%s: record %ld", what, ra.index);
        cr_assert_eq(ra.index, rb.index, "%s", what);
        cr_assert_eq(ra.skip, rb.skip, "%s: line %ld: skip %d, libcsv %d", what, ra.line, ra.skip,
                     rb.skip);
        cr_assert(same_field(ra.raw, ra.raw_len, rb.raw, rb.raw_len), "%s: line %ld raw", what,
                  ra.line);
        cr_assert(same_field(ra.text, ra.text_len, rb.text, rb.text_len),
                  "%s: line %ld text '%s', libcsv '%s'", what, ra.line, ra.text, rb.text);
        cr_assert(same_field(ra.id, ra.id_len, rb.id, rb.id_len), "%s: line %ld id", what, ra.line);
        cr_assert(same_field(ra.score, ra.score_len, rb.score, rb.score_len),
                  "%s: line %ld score '%s', libcsv '%s'", what, ra.line, ra.score, rb.score);
        cr_assert(same_field(ra.weight, ra.weight_len, rb.weight, rb.weight_len), "%s", what);
        cr_assert(same_field(ra.period, ra.period_len, rb.period, rb.period_len), "%s", what);
    }
    cr_assert_str_eq(loyal_source_sha256(a), loyal_source_sha256(b), "%s", what);
    c->fast += a->csv_fast_recs;
    cr_assert_eq(b->csv_fast_recs, 0);
    loyal_source_free(a);
    loyal_source_free(b);
}

Test(source_csv, fast_path_gives_what_libcsv_gives_on_random_files) {
    static const char delims[] = {',', ';', '\t', ' '};
    char *buf = malloc(1 << 20);
    cr_assert_not_null(buf);
    diff_counts c = {0};
    uint64_t x = UINT64_C(0x9E3779B97F4A7C15);
    for (int i = 0; i < 3000; i++) {
        char d = delims[i % 4 == 3 && i % 8 != 3 ? 3 : pick(&x, 3)];
        size_t n = gen_csv(buf, &x, d, pick(&x, 24));
        char *path = temp_file(buf, n, ".csv");
        loyal_source_options o = opts();
        o.delimiter = d;
        o.text_cols[o.n_text_cols++] = "comment";
        if (i % 3)
            o.text_cols[o.n_text_cols++] = "2";
        o.id_col = "id";
        o.score_col = i % 2 ? "x" : NULL;
        o.encoding = i % 5 == 4 ? LOYAL_ENCODING_CP1251 : LOYAL_ENCODING_UTF8;
        o.max_record_bytes = i % 10 == 9 ? 48 : 0;
        char what[64];
        snprintf(what, sizeof what, "file %d", i);
        diff_one(path, &o, &c, what);
        remove_temp(path);
    }
    /* A few files past the first chunk, so records cross reads. */
    for (int i = 0; i < 6; i++) {
        size_t n = gen_csv(buf, &x, ',', 6000);
        char *path = temp_file(buf, n, ".csv");
        loyal_source_options o = opts();
        o.text_cols[o.n_text_cols++] = "comment";
        o.id_col = "id";
        o.score_col = "nps";
        o.encoding = i % 2 ? LOYAL_ENCODING_CP1251 : LOYAL_ENCODING_UTF8;
        diff_one(path, &o, &c, "big file");
        remove_temp(path);
    }
    free(buf);
    cr_log_info("%ld files, %ld records (%ld fast), skips %ld none %ld malformed %ld utf8, "
                "%ld errors",
                c.files, c.records, c.fast, c.skips[LOYAL_SKIP_NONE], c.skips[LOYAL_SKIP_MALFORMED],
                c.skips[LOYAL_SKIP_INVALID_UTF8], c.errors);
    /* Both paths and every kind of record were exercised. */
    cr_assert_eq(c.files, 3006);
    cr_assert_gt(c.records, 40000);
    cr_assert_gt(c.fast, c.records / 3, "%ld fast of %ld", c.fast, c.records);
    cr_assert_lt(c.fast, c.records - c.records / 5, "%ld fast of %ld", c.fast, c.records);
    cr_assert_gt(c.skips[LOYAL_SKIP_NONE], c.records / 10);
    cr_assert_gt(c.skips[LOYAL_SKIP_MALFORMED], c.records / 10);
    cr_assert_gt(c.skips[LOYAL_SKIP_INVALID_UTF8], 1000);
    cr_assert_gt(c.errors, 50);
}

/* ------------------------------------------------------------------------ */
/* Bad rows                                                                  */
/* ------------------------------------------------------------------------ */

Test(source_csv, bad_quote_is_malformed_and_reading_resumes) {
    loyal_source *s = open_ok(DATA "malformed.csv", NULL);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_eq(r.index, 1);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED);
    cr_assert_str_eq(r.raw, "2,bad \"quote\" here,5");
    cr_assert_null(r.text);
    r = next_rec(s);
    cr_assert_eq(r.line, 4);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED);
    cr_assert_str_eq(r.raw, "3,\"closed\" junk,4");
    r = next_rec(s);
    cr_assert_eq(r.line, 5);
    cr_assert_eq(r.index, 3);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.id, "4");
    cr_assert_str_eq(r.text, "after");
    cr_assert_str_eq(r.score, "8");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, quote_left_open_at_the_end_is_malformed) {
    loyal_source *s = open_ok(DATA "unclosed.csv", NULL);
    cr_assert_eq(next_rec(s).skip, LOYAL_SKIP_NONE);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED);
    cr_assert_str_eq(r.raw, "2,\"never closed,5\n3,swallowed,4");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, short_rows_are_malformed_long_rows_fine) {
    loyal_source *s = open_ok(DATA "short.csv", NULL);
    cr_assert_eq(next_rec(s).skip, LOYAL_SKIP_NONE);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED);
    cr_assert_str_eq(r.raw, "2,only two");
    r = next_rec(s);
    cr_assert_eq(r.line, 4);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED);
    cr_assert_str_eq(r.raw, "3");
    r = next_rec(s);
    cr_assert_eq(r.line, 5);
    cr_assert_eq(r.index, 3);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.score, "10");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_csv, short_row_is_fine_when_the_missing_columns_are_not_read) {
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "comment";
    o.id_col = "id";
    o.score_col = "1"; /* only columns 1 and 2 are read */
    loyal_source *s = open_ok(DATA "short.csv", &o);
    next_rec(s);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.text, "only two");
    cr_assert_eq(next_rec(s).skip, LOYAL_SKIP_MALFORMED); /* "3": one field */
    loyal_source_free(s);
}

Test(source_csv, malformed_header_is_an_input_error) {
    const char data[] = "id,\"comment\" x,nps\n1,a,9\n";
    char *path = temp_file(data, sizeof data - 1, ".csv");
    loyal_error e;
    cr_assert_eq(open_err(path, NULL, &e), LOYAL_ERR_INPUT);
    cr_assert_eq(e.line, 1);
    cr_assert_str_eq(e.message, "the header has bad quoting");
    remove_temp(path);
}

/* ------------------------------------------------------------------------ */
/* JSON Lines                                                                */
/* ------------------------------------------------------------------------ */

Test(source_json, values_nulls_missing_keys_and_bad_lines) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_UTF8;
    loyal_source *s = open_ok(DATA "data.jsonl", &o);
    cr_assert_eq(loyal_source_format(s), LOYAL_FORMAT_JSONL);
    const char *const *names;
    cr_assert_eq(loyal_source_columns(s, &names), 4);
    cr_assert_str_eq(names[0], "id");
    cr_assert_str_eq(names[1], "comment");
    cr_assert_str_eq(names[2], "nps");
    cr_assert_str_eq(names[3], "extra");
    cr_assert_str_eq(loyal_source_text_column(s), "comment");
    cr_assert_str_eq(loyal_source_score_column(s), "nps");

    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 1);
    cr_assert_eq(r.index, 0);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.id, "1"); /* an integer, without ".0" */
    cr_assert_str_eq(r.text, "Отлично");
    cr_assert_str_eq(r.score, "10");
    r = next_rec(s); /* line 2 is blank */
    cr_assert_eq(r.line, 3);
    cr_assert_str_eq(r.id, "r2");
    cr_assert_str_eq(r.text, ""); /* null */
    cr_assert_eq(r.text_len, 0);
    cr_assert_str_eq(r.score, "7.5");
    r = next_rec(s);
    cr_assert_eq(r.line, 4);
    cr_assert_str_eq(r.text, "");       /* a missing key */
    cr_assert_str_eq(r.score, "100.0"); /* 1e2, a real */
    r = next_rec(s);
    cr_assert_eq(r.line, 5);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED);
    cr_assert_str_eq(r.raw, "not json at all");
    r = next_rec(s);
    cr_assert_eq(r.line, 6);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED); /* not an object */
    cr_assert_str_eq(r.raw, "[1, 2]");
    r = next_rec(s);
    cr_assert_eq(r.line, 7);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED); /* an object as the text */
    r = next_rec(s);
    cr_assert_eq(r.line, 8);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.score, "true");
    r = next_rec(s);
    cr_assert_eq(r.line, 9);
    cr_assert_eq(r.skip, LOYAL_SKIP_INVALID_UTF8);
    cr_assert_str_eq(r.raw, "{\"id\": 6, \"comment\": \"bad \xEF\xBF\xBD\", \"nps\": 3}");
    r = next_rec(s);
    cr_assert_eq(r.line, 10);
    cr_assert_eq(r.index, 8);
    cr_assert_str_eq(r.id, "-7");
    cr_assert_str_eq(r.text, "last");
    cr_assert_str_eq(r.score, "0.1");
    cr_assert_str_eq(r.raw, "{\"id\": -7, \"comment\": \"last\", \"nps\": 0.1}");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_json, nested_value_in_a_read_column_is_malformed) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_UTF8;
    o.weight_col = "extra";
    loyal_source *s = open_ok(DATA "data.jsonl", &o);
    loyal_record r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_MALFORMED);
    r = next_rec(s);
    cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
    cr_assert_str_eq(r.weight, "");
    loyal_source_free(s);
}

Test(source_json, column_not_in_the_first_object_is_a_usage_error) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_UTF8;
    o.weight_col = "weight";
    loyal_error e;
    cr_assert_eq(open_err(DATA "data.jsonl", &o, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message,
                     "no column 'weight'; headers found: 'id', 'comment', 'nps', 'extra'");
}

Test(source_json, array_file_is_an_error_with_a_hint) {
    loyal_error e;
    cr_assert_eq(open_err(DATA "array.json", NULL, &e), LOYAL_ERR_INPUT);
    cr_assert_eq(e.line, 1);
    cr_assert_str_eq(e.message, "a JSON array, not JSON Lines (one object a line)");
    cr_assert_str_eq(e.hint, "convert it to JSON Lines: jq -c '.[]' FILE > FILE.jsonl");
}

Test(source_json, sniffed_without_extension) {
    loyal_source *s = open_ok(DATA "sniffed_jsonl", NULL);
    cr_assert_eq(loyal_source_format(s), LOYAL_FORMAT_JSONL);
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "hello");
    cr_assert_str_eq(r.score, "9");
    cr_assert_str_eq(r.raw, "  {\"text\": \"hello\", \"score\": 9}");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_json, reals_in_their_shortest_form) {
    const char data[] = "{\"t\": \"x\", \"a\": 2.0, \"b\": 123.456, \"c\": 1e16, \"d\": 1.5e-5, "
                        "\"e\": 0.30000000000000004}\n";
    char *path = temp_file(data, sizeof data - 1, ".jsonl");
    static const char *const cols[] = {"a", "b", "c", "d", "e"};
    static const char *const want[] = {"2.0", "123.456", "1e+16", "1.5e-05", "0.30000000000000004"};
    for (size_t i = 0; i < 5; i++) {
        loyal_source_options o = opts();
        o.text_cols[o.n_text_cols++] = cols[i];
        loyal_source *s = open_ok(path, &o);
        cr_assert_str_eq(next_rec(s).text, want[i], "%s", cols[i]);
        loyal_source_free(s);
    }
    remove_temp(path);
}

Test(source_json, first_line_not_an_object_is_an_input_error) {
    const char data[] = "\n42\n{\"text\": \"x\"}\n";
    char *path = temp_file(data, sizeof data - 1, ".jsonl");
    loyal_error e;
    cr_assert_eq(open_err(path, NULL, &e), LOYAL_ERR_INPUT);
    cr_assert_eq(e.line, 2);
    cr_assert_str_eq(e.message, "the first line is not a JSON object");
    remove_temp(path);
}

/* ------------------------------------------------------------------------ */
/* Columns                                                                   */
/* ------------------------------------------------------------------------ */

Test(source_columns, by_number) {
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "2";
    o.score_col = "3";
    o.id_col = "1";
    loyal_source *s = open_ok(DATA "comma.csv", &o);
    cr_assert_str_eq(loyal_source_text_column(s), "comment");
    cr_assert_str_eq(loyal_source_score_column(s), "nps");
    cr_assert_str_eq(loyal_source_id_column(s), "id");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Fast delivery");
    cr_assert_str_eq(r.score, "10");
    loyal_source_free(s);
}

Test(source_columns, by_name_trimmed_and_case_insensitive) {
    loyal_source_options o = opts();
    o.encoding = LOYAL_ENCODING_CP1251;
    o.text_cols[o.n_text_cols++] = "  КОММЕНТАРИЙ ";
    o.score_col = "Оценка";
    o.id_col = "ID";
    loyal_source *s = open_ok(DATA "cp1251.csv", &o);
    cr_assert_str_eq(loyal_source_text_column(s), "комментарий");
    cr_assert_str_eq(loyal_source_score_column(s), "оценка");
    cr_assert_str_eq(next_rec(s).score, "3");
    loyal_source_free(s);
}

Test(source_columns, recognised_head_words) {
    /* Review Text (tier 2) is the text; Rating (tier 1) beats Review Score
     * (tier 2); Positive Feedback Count and Respondent are nothing. */
    loyal_source *s = open_ok(DATA "recognise.csv", NULL);
    cr_assert_str_eq(loyal_source_text_column(s), "Review Text");
    cr_assert_str_eq(loyal_source_score_column(s), "Rating");
    cr_assert_null(loyal_source_id_column(s));
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Nice");
    cr_assert_str_eq(r.score, "5");
    cr_assert_null(r.id);
    loyal_source_free(s);
}

Test(source_columns, dates_and_counts_are_not_texts) {
    /* the hotel reviews' headers: two real texts stay, the date and the
     * day count do not join them */
    const char data[] = "Review_Date,Negative_Review,Positive_Review,days_since_review,"
                        "Review_Total_Negative_Word_Counts,Reviewer_Score\n"
                        "8/3/2017,bad,good,0 days,1,7.9\n";
    char *path = temp_file(data, sizeof data - 1, ".csv");
    loyal_error e;
    cr_assert_eq(open_err(path, NULL, &e), LOYAL_ERR_USAGE);
    cr_assert(strstr(e.message, "ambiguous text column: 'Negative_Review', 'Positive_Review';") ==
              e.message, "%s", e.message);
    remove_temp(path);
}

Test(source_columns, head_word_decides_the_role) {
    const char data[] = "Comment ID,Review Score,Customer comment text,"
                        "Please tell us why you gave this score\n"
                        "c1,4,Nice fit,Because\n";
    char *path = temp_file(data, sizeof data - 1, ".csv");
    loyal_source *s = open_ok(path, NULL);
    cr_assert_str_eq(loyal_source_id_column(s), "Comment ID");
    cr_assert_str_eq(loyal_source_score_column(s), "Review Score");
    cr_assert_str_eq(loyal_source_text_column(s), "Customer comment text");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.id, "c1");
    cr_assert_str_eq(r.score, "4");
    cr_assert_str_eq(r.text, "Nice fit");
    loyal_source_free(s);
    remove_temp(path);
}

Test(source_columns, recognition_skips_columns_named_for_other_roles) {
    loyal_source_options o = opts();
    o.id_col = "comment"; /* odd, but named: the text must be another column */
    loyal_error e;
    cr_assert_eq(open_err(DATA "comma.csv", &o, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message, "no text column found; headers found: 'id', 'comment', 'nps'");
}

Test(source_columns, recognised_russian_headers) {
    loyal_source *s = open_ok(DATA "ru_headers.csv", NULL);
    cr_assert_str_eq(loyal_source_text_column(s), "Текст отзыва");
    cr_assert_str_eq(loyal_source_score_column(s), "Оценка NPS");
    cr_assert_str_eq(loyal_source_id_column(s), "Номер заявки");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.id, "17");
    cr_assert_str_eq(r.text, "Всё хорошо");
    loyal_source_free(s);
}

Test(source_columns, recognised_camel_case_headers) {
    loyal_source *s = open_ok(DATA "camel.csv", NULL);
    cr_assert_str_eq(loyal_source_text_column(s), "reviewText");
    cr_assert_str_eq(loyal_source_score_column(s), "npsScore");
    cr_assert_str_eq(loyal_source_id_column(s), "ResponseId");
    loyal_source_free(s);
}

Test(source_columns, ambiguous_text_column_lists_headers) {
    loyal_error e;
    cr_assert_eq(open_err(DATA "ambiguous.csv", NULL, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.file, DATA "ambiguous.csv");
    cr_assert_eq(e.line, 1);
    cr_assert_str_eq(e.message, "ambiguous text column: 'comment', 'feedback'; headers found: "
                                "'id', 'comment', 'feedback', 'nps'");
    cr_assert_str_eq(e.hint, "choose one with --text COL (a header or a 1-based number)");
}

Test(source_columns, ambiguous_resolved_by_naming_one) {
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "feedback";
    loyal_source *s = open_ok(DATA "ambiguous.csv", &o);
    cr_assert_str_eq(next_rec(s).text, "b");
    loyal_source_free(s);
}

Test(source_columns, no_text_column_lists_headers) {
    loyal_error e;
    cr_assert_eq(open_err(DATA "no_text.csv", NULL, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message, "no text column found; headers found: 'id', 'product', 'nps'");
    cr_assert_str_eq(e.hint, "name it with --text COL (a header or a 1-based number)");
}

Test(source_columns, missing_score_is_an_error_only_when_required) {
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "product";
    o.score_col = NULL;
    const char data[] = "id,product\n1,seo\n";
    char *path = temp_file(data, sizeof data - 1, ".csv");
    loyal_source *s = open_ok(path, &o);
    cr_assert_null(loyal_source_score_column(s));
    cr_assert_null(next_rec(s).score);
    loyal_source_free(s);
    o.require_score = true;
    loyal_error e;
    cr_assert_eq(open_err(path, &o, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message, "no score column found; headers found: 'id', 'product'");
    cr_assert_str_eq(e.hint, "name it with --score COL (a header or a 1-based number)");
    remove_temp(path);
}

Test(source_columns, named_column_that_does_not_exist) {
    loyal_source_options o = opts();
    o.score_col = "rating";
    loyal_error e;
    cr_assert_eq(open_err(DATA "comma.csv", &o, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message, "no column 'rating'; headers found: 'id', 'comment', 'nps'");
    cr_assert_str_eq(e.hint, "name a column by its header or its 1-based number (--score COL)");
    o.score_col = "4";
    cr_assert_eq(open_err(DATA "comma.csv", &o, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message,
                     "no column 4: the file has 3 columns; headers found: 'id', 'comment', 'nps'");
    o.score_col = "0";
    cr_assert_eq(open_err(DATA "comma.csv", &o, &e), LOYAL_ERR_USAGE);
}

Test(source_columns, duplicate_header_named_is_ambiguous) {
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "comment";
    loyal_error e;
    cr_assert_eq(open_err(DATA "dup.csv", &o, &e), LOYAL_ERR_USAGE);
    cr_assert_str_eq(e.message, "ambiguous column 'comment': columns 2 and 3 have that header; "
                                "headers found: 'id', 'comment', 'comment', 'nps'");
    cr_assert_str_eq(e.hint, "name it by its number instead, e.g. --text 2");
    o.text_cols[0] = "3";
    loyal_source *s = open_ok(DATA "dup.csv", &o);
    cr_assert_str_eq(next_rec(s).text, "b");
    loyal_source_free(s);
}

Test(source_columns, several_text_columns_joined_skipping_empty) {
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "subject";
    o.text_cols[o.n_text_cols++] = "body";
    loyal_source *s = open_ok(DATA "two_text.csv", &o);
    cr_assert_str_eq(loyal_source_text_column(s), "subject");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Invoice\nWrong amount");
    cr_assert_eq(r.text_len, 20);
    cr_assert_str_eq(next_rec(s).text, "Only body");
    cr_assert_str_eq(next_rec(s).text, "Only subject");
    r = next_rec(s);
    cr_assert_str_eq(r.text, "");
    cr_assert_eq(r.text_len, 0);
    cr_assert_str_eq(r.score, "7");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_columns, weight_period_and_segments) {
    const char data[] = "id,comment,nps,budget,quarter,service,tenure\n"
                        "1,ok,9,1500.5,2026Q1,seo,6\n";
    char *path = temp_file(data, sizeof data - 1, ".csv");
    loyal_source_options o = opts();
    o.weight_col = "Budget";
    o.period_col = "quarter";
    o.segment_cols[o.n_segment_cols++] = "service";
    o.segment_cols[o.n_segment_cols++] = "7";
    loyal_source *s = open_ok(path, &o);
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.weight, "1500.5");
    cr_assert_eq(r.weight_len, 6);
    cr_assert_str_eq(r.period, "2026Q1");
    cr_assert_str_eq(r.segments[0], "seo");
    cr_assert_str_eq(r.segments[1], "6");
    cr_assert_eq(r.segment_lens[1], 1);
    cr_assert_null(r.segments[2]);
    loyal_source_free(s);
    remove_temp(path);
}

/* ------------------------------------------------------------------------ */
/* The file as a whole                                                       */
/* ------------------------------------------------------------------------ */

Test(source_file, sha256_of_every_byte) {
    loyal_source *s = open_ok(DATA "comma.csv", NULL);
    cr_assert_eq(count_records(s, NULL), 2);
    /* sha256sum tests/data/source/comma.csv */
    cr_assert_str_eq(loyal_source_sha256(s),
                     "7273245d5528e2825fc6423d1589b64829cdeb0f85f1600a34decaa7e4cd8726");
    loyal_source_free(s);
}

Test(source_file, sha256_includes_the_bom_and_undecoded_bytes) {
    loyal_source *s = open_ok(DATA "cp1251.csv", NULL);
    count_records(s, NULL);
    /* sha256sum tests/data/source/cp1251.csv */
    cr_assert_str_eq(loyal_source_sha256(s),
                     "abc839e023f073d7e610f037e1c1f67d8f6c43817a163cc94ed757d0c025a6a0");
    loyal_source_free(s);
}

Test(source_file, stdin_from_a_pipe) {
    const char data[] = "id;отзыв;оценка\n1;через трубу;8\n2;\"две\nстроки\";7\n";
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    cr_assert_eq(write(fds[1], data, sizeof data - 1), (ssize_t)(sizeof data - 1));
    close(fds[1]);
    cr_assert_eq(dup2(fds[0], STDIN_FILENO), STDIN_FILENO);
    close(fds[0]);
    loyal_source *s = open_ok("-", NULL);
    cr_assert_eq(loyal_source_format(s), LOYAL_FORMAT_CSV);
    cr_assert_eq(loyal_source_delimiter(s), ';');
    cr_assert_str_eq(loyal_source_text_column(s), "отзыв");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "через трубу");
    r = next_rec(s);
    cr_assert_eq(r.line, 3);
    cr_assert_str_eq(r.text, "две\nстроки");
    assert_end(s);
    loyal_source_free(s);
}

Test(source_file, record_cap_is_a_limit_error_with_its_line) {
    loyal_source_options o = opts();
    o.max_record_bytes = 100;
    loyal_source *s = open_ok(DATA "long.csv", &o);
    loyal_record r;
    bool got = true;
    loyal_error e;
    loyal_error_init(&e);
    cr_assert_eq(loyal_source_next(s, &r, &got, &e), LOYAL_ERR_LIMIT);
    cr_assert_not(got);
    cr_assert_str_eq(e.file, DATA "long.csv");
    cr_assert_eq(e.line, 2);
    cr_assert_str_eq(e.message, "a record is longer than 100 bytes");
    loyal_source_free(s);
}

Test(source_file, open_quote_hits_the_cap_at_its_first_line) {
    /* A quote never closed swallows the rest: the cap stops it, at line 3. */
    size_t cap = 100000, n = 0;
    char *data = malloc(cap);
    n += (size_t)sprintf(data + n, "id,comment,nps\n1,ok,9\n2,\"open,5\n");
    for (int i = 0; i < 2000; i++)
        n += (size_t)sprintf(data + n, "%d,text,9\n", i);
    char *path = temp_file(data, n, ".csv");
    loyal_source_options o = opts();
    o.max_record_bytes = 4096;
    loyal_source *s = open_ok(path, &o);
    cr_assert_eq(next_rec(s).line, 2);
    loyal_record r;
    bool got;
    loyal_error e;
    loyal_error_init(&e);
    cr_assert_eq(loyal_source_next(s, &r, &got, &e), LOYAL_ERR_LIMIT);
    cr_assert_eq(e.line, 3);
    cr_assert_str_eq(e.hint, "look for a quote that is never closed near this line");
    loyal_source_free(s);
    remove_temp(path);
    free(data);
}

Test(source_file, missing_file_is_an_io_error) {
    loyal_error e;
    cr_assert_eq(open_err(DATA "no-such-file.csv", NULL, &e), LOYAL_ERR_IO);
    cr_assert_str_eq(e.file, DATA "no-such-file.csv");
    char want[200];
    snprintf(want, sizeof want, "cannot open: %s", strerror(ENOENT));
    cr_assert_str_eq(e.message, want);
}

Test(source_file, directory_is_an_io_error) {
    loyal_error e;
    cr_assert_eq(open_err(DATA, NULL, &e), LOYAL_ERR_IO);
    char want[200];
    snprintf(want, sizeof want, "cannot read: %s", strerror(EISDIR));
    cr_assert_str_eq(e.message, want);
}

Test(source_file, empty_file_is_an_input_error) {
    loyal_error e;
    cr_assert_eq(open_err(DATA "empty.csv", NULL, &e), LOYAL_ERR_INPUT);
    cr_assert_str_eq(e.file, DATA "empty.csv");
    cr_assert_str_eq(e.message, "empty file: no header");
}

Test(source_file, blank_lines_only_is_an_input_error) {
    loyal_error e;
    cr_assert_eq(open_err(DATA "blank_only.csv", NULL, &e), LOYAL_ERR_INPUT);
    cr_assert_str_eq(e.message, "empty file: no header");
}

Test(source_file, streams_200k_rows) {
    /* About 9 MB: many chunks, records across chunk ends. */
    const long rows = 200000;
    char *path = temp_file("", 0, ".csv");
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fprintf(f, "id,comment,nps\n");
    for (long i = 0; i < rows; i++) {
        if (i % 1000 == 7)
            fprintf(f, "%ld,\"multi\nline %ld\",%ld\n", i, i, i % 11);
        else
            fprintf(f, "%ld,comment number %ld,%ld\n", i, i, i % 11);
    }
    fclose(f);
    loyal_source *s = open_ok(path, NULL);
    cr_assert_str_eq(loyal_source_sha256(s), ""); /* not all read yet */
    loyal_record r;
    bool got;
    loyal_error e;
    loyal_error_init(&e);
    long n = 0, line = 2;
    while (loyal_source_next(s, &r, &got, &e) == LOYAL_OK && got) {
        cr_assert_eq(r.skip, LOYAL_SKIP_NONE);
        cr_assert_eq(r.index, n);
        cr_assert_eq(r.line, line, "record %ld", n);
        cr_assert_eq(strtol(r.id, NULL, 10), n);
        line += n % 1000 == 7 ? 2 : 1;
        n++;
    }
    cr_assert_eq(e.status, LOYAL_OK, "%s", e.message);
    cr_assert_eq(n, rows);
    loyal_source_free(s);
    remove_temp(path);
}

/* ------------------------------------------------------------------------ */
/* Real files (tests/../shared/corpus-real, when present)                    */
/* ------------------------------------------------------------------------ */

static void need(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0)
        cr_skip_test("%s is absent", path);
}

Test(source_corpus, womens_clothing_recognised_without_options) {
    const char *path = CORPUS "womens_clothing_reviews_en/data.csv";
    need(path);
    loyal_source *s = open_ok(path, NULL);
    cr_assert_eq(loyal_source_delimiter(s), ',');
    cr_assert_eq(loyal_source_encoding(s), LOYAL_ENCODING_UTF8);
    cr_assert_eq(loyal_source_columns(s, NULL), 11);
    cr_assert_str_eq(loyal_source_text_column(s), "Review Text");
    cr_assert_str_eq(loyal_source_score_column(s), "Rating");
    cr_assert_str_eq(loyal_source_id_column(s), "Clothing ID");
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.text, "Absolutely wonderful - silky and sexy and comfortable");
    cr_assert_str_eq(r.score, "4");
    long skipped;
    cr_assert_eq(count_records(s, &skipped) + 1, 20000);
    cr_assert_eq(skipped, 0);
    cr_assert_str_eq(loyal_source_sha256(s),
                     "f6fe2883d558efe80c2d0b18be621ac5d2924938e425ba2cbdee463f23323794");
    loyal_source_free(s);
}

Test(source_corpus, booking_needs_its_columns_named) {
    const char *path = CORPUS "booking_hotel_reviews_en/data.csv";
    need(path);
    loyal_error e;
    cr_assert_eq(open_err(path, NULL, &e), LOYAL_ERR_USAGE);
    const char *want = "ambiguous text column: 'Negative_Review', 'Positive_Review'; "
                       "headers found: 'Hotel_Address', 'Additional_Number_of_Scoring', "
                       "'Review_Date', ";
    cr_assert(!strncmp(e.message, want, strlen(want)), "%s", e.message);
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "Negative_Review";
    o.text_cols[o.n_text_cols++] = "Positive_Review";
    o.score_col = "Reviewer_Score";
    loyal_source *s = open_ok(path, &o);
    cr_assert_eq(loyal_source_columns(s, NULL), 17);
    cr_assert_str_eq(loyal_source_text_column(s), "Negative_Review");
    cr_assert_str_eq(loyal_source_score_column(s), "Reviewer_Score");
    cr_assert_null(loyal_source_id_column(s));
    loyal_record r = next_rec(s);
    cr_assert_str_eq(r.score, "7.9");
    long skipped;
    cr_assert_eq(count_records(s, &skipped) + 1, 4789);
    cr_assert_eq(skipped, 0);
    loyal_source_free(s);
}

Test(source_corpus, cfpb_complaints_with_crlf_and_multiline_narratives) {
    const char *path = CORPUS "cfpb_complaints_en/data.csv";
    need(path);
    loyal_source_options o = opts();
    o.text_cols[o.n_text_cols++] = "Consumer complaint narrative";
    loyal_source *s = open_ok(path, &o);
    cr_assert_eq(loyal_source_columns(s, NULL), 18);
    cr_assert_str_eq(loyal_source_id_column(s), "Complaint ID");
    cr_assert_null(loyal_source_score_column(s));
    loyal_record r = next_rec(s);
    cr_assert_eq(r.line, 2);
    cr_assert_str_eq(r.id, "3384392");
    cr_assert_str_eq(r.text, "transworld systems inc. \nis trying to collect a debt that is not "
                             "mine, not owed and is inaccurate.");
    r = next_rec(s);
    cr_assert_eq(r.line, 4);
    long skipped;
    cr_assert_eq(count_records(s, &skipped) + 2, 1532);
    cr_assert_eq(skipped, 0);
    loyal_source_free(s);
}
