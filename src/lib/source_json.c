/* source_json.c — JSON Lines records through jansson.
 *
 * One object a line; blank lines are skipped (and counted for line
 * numbers). The columns are the first object's keys in their order. A
 * value becomes text: strings as they are, integers in decimal, reals in
 * their shortest form that reads back the same (with ".0" when whole, as
 * JSON writers do), true / false, and null as "". A key a line lacks is "".
 * A line that does not parse or is not an object, and an object or array
 * where a column that is read should be, make the record malformed. */
#include "source.h"

#include "error.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool blank(const char *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
            return false;
    return true;
}

/* A real as Python's repr writes it: the fewest significant digits that
 * read back as the same double, in positional notation when the exponent
 * is in [-4, 16), and ".0" after a whole number ("100.0", "0.1", "1e+16"). */
static int format_real(double d, char *out, size_t cap) {
    int n = 0, prec = 1;
    for (; prec <= 17; prec++) {
        n = snprintf(out, cap, "%.*e", prec - 1, d);
        if (strtod(out, NULL) == d)
            break;
    }
    const char *e = strchr(out, 'e');
    int exp = e ? atoi(e + 1) : 0;
    if (exp >= -4 && exp < 16)
        n = snprintf(out, cap, "%.*f", prec - 1 - exp > 0 ? prec - 1 - exp : 0, d);
    else
        n = snprintf(out, cap, "%.*g", prec, d);
    if (n > 0 && (size_t)n + 2 < cap && !strpbrk(out, ".eEn")) {
        memcpy(out + n, ".0", 3);
        n += 2;
    }
    return n;
}

/* Appends the text of `v` as column `col`. False for an object or array. */
static bool put_value(loyal_source *s, size_t col, const json_t *v, loyal_status *st) {
    char tmp[64];
    int n = 0;
    const char *p = tmp;
    switch (v ? json_typeof(v) : JSON_NULL) {
    case JSON_OBJECT:
    case JSON_ARRAY:
        return false;
    case JSON_STRING:
        p = json_string_value(v);
        n = (int)json_string_length(v);
        *st = loyalp_source_put_field(s, col, p, (size_t)n);
        return true;
    case JSON_INTEGER:
        n = snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        break;
    case JSON_REAL:
        n = format_real(json_real_value(v), tmp, sizeof tmp);
        break;
    case JSON_TRUE:
        p = "true";
        n = 4;
        break;
    case JSON_FALSE:
        p = "false";
        n = 5;
        break;
    case JSON_NULL:
        p = "";
        n = 0;
        break;
    }
    *st = loyalp_source_put_field(s, col, p, n > 0 ? (size_t)n : 0);
    return true;
}

/* Finds the next non-blank line, consuming blank ones. */
static loyal_status next_line(loyal_source *s, size_t *end, size_t *next, bool *got,
                              loyal_error *err) {
    for (;;) {
        loyal_status st = loyalp_source_line(s, end, next, got, err);
        if (st || !*got)
            return st;
        if (!blank(s->buf + s->pos, *end - s->pos))
            return LOYAL_OK;
        s->pos = s->pin = *next;
        if (*next != *end)
            s->line_no++;
    }
}

loyal_status loyalp_json_open(loyal_source *s, loyal_error *err) {
    size_t end, next;
    bool got;
    loyal_status st = next_line(s, &end, &next, &got, err);
    if (st)
        return st;
    if (!got)
        return loyalp_error(err, LOYAL_ERR_INPUT, s->path, 0, 0, "empty file: no JSON object");
    /* Peek only: the first object is also the first record. */
    s->scan = s->pos;
    s->header_line = s->line_no;
    size_t len = loyalp_source_raw_end(s, s->pos, end) - s->pos;
    const char *line = s->buf + s->pos;
    if (!loyalp_utf8_valid(line, len)) {
        loyalp_error(err, LOYAL_ERR_INPUT, s->path, s->line_no, 0,
                     "the first line is not valid UTF-8");
        loyalp_error_hint(err, "name the encoding with --encoding cp1251 or koi8-r");
        return LOYAL_ERR_INPUT;
    }
    json_error_t je;
    json_t *obj = json_loadb(line, len, JSON_DECODE_ANY, &je);
    if (!obj || !json_is_object(obj)) {
        if (obj)
            loyalp_error(err, LOYAL_ERR_INPUT, s->path, s->line_no, 1,
                         "the first line is not a JSON object");
        else
            loyalp_error(err, LOYAL_ERR_INPUT, s->path, s->line_no, je.column, "%s", je.text);
        loyalp_error_hint(err, "JSON Lines has one object a line; the first object's keys are "
                               "the columns");
        json_decref(obj);
        return LOYAL_ERR_INPUT;
    }
    const char *key;
    size_t key_len;
    json_t *value;
    json_object_keylen_foreach(obj, key, key_len, value) {
        (void)value;
        if (loyalp_source_add_name(s, key, key_len)) {
            json_decref(obj);
            return loyalp_nomem(err);
        }
    }
    json_decref(obj);
    s->ncols = s->hdr_n;
    return LOYAL_OK;
}

loyal_status loyalp_json_next(loyal_source *s, loyal_record *rec, bool *got, loyal_error *err) {
    size_t end, next;
    loyal_status st = next_line(s, &end, &next, got, err);
    if (st || !*got)
        return st;
    *got = false;
    size_t start = s->pos;
    size_t raw_end = loyalp_source_raw_end(s, start, end);
    s->rec_line = s->line_no;
    s->pos = s->pin = next;
    if (next != end)
        s->line_no++;
    loyalp_buf_reset(&s->fields);

    loyal_skip skip = LOYAL_SKIP_NONE;
    json_t *obj = NULL;
    if (!loyalp_utf8_valid(s->buf + start, raw_end - start)) {
        skip = LOYAL_SKIP_INVALID_UTF8;
    } else {
        json_error_t je;
        obj = json_loadb(s->buf + start, raw_end - start, JSON_DECODE_ANY, &je);
        if (!obj || !json_is_object(obj))
            skip = LOYAL_SKIP_MALFORMED;
    }
    for (size_t c = 0; c < s->ncols && skip == LOYAL_SKIP_NONE; c++) {
        if (!s->needed[c])
            continue;
        json_t *v = json_object_getn(obj, s->names[c], s->name_lens[c]);
        if (!put_value(s, c, v, &st))
            skip = LOYAL_SKIP_MALFORMED;
        else if (st)
            break;
    }
    json_decref(obj);
    if (st)
        return st == LOYAL_ERR_LIMIT
                   ? loyalp_error(err, st, s->path, s->rec_line, 0,
                                  "a record is longer than %zu bytes", s->max_record)
                   : loyalp_nomem(err);
    if ((st = loyalp_source_emit(s, rec, skip, start, raw_end, err)))
        return st;
    *got = true;
    return LOYAL_OK;
}
