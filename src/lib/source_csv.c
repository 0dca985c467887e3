/* source_csv.c — CSV and TSV records through libcsv (RFC 4180, strict), and
 * a fast path for plain lines that gives the same records.
 *
 * libcsv reports no positions, so it is fed one physical line at a time:
 * a record then always ends inside the line just fed, which gives each
 * record its first line number and its raw bytes (from the line where it
 * started to the end of the line where it ended, still in the buffer).
 *
 * Line ends. libcsv's default ends a record at CR or LF, which is right for
 * CRLF and LF files and fast (no call per byte). A line that holds a CR
 * that is not part of its CRLF would end a record in mid-line, so such a
 * line is parsed with LF as the only terminator and CR as white space. A
 * file whose sample has CRs and no LF (old Mac) is split at CR instead.
 *
 * Bad quoting: on libcsv's strict parse error the record is malformed, the
 * parser is reset and reading resumes at the next physical line; the lines
 * read since the record began are the malformed record.
 *
 * The fast path. Most records of an export are one plain line: fields
 * unquoted, or quoted and closed on the same line, no CR but a CRLF's.
 * fast_record splits such a line itself (memchr for the delimiter and
 * quotes), trims blanks where libcsv's default space function would, and
 * copies each needed field once, straight into s->fields, unescaping "".
 * A line it is not sure of (a quote inside an unquoted field, text after a
 * closing quote, a quoted field going on to the next line, a CR that is
 * not a CRLF's), the header and old Mac files go to libcsv from the start
 * of the line, so libcsv stays the reference for everything unusual.
 * s->csv_fast = false turns the fast path off: test_source.c reads
 * thousands of generated files both ways and asserts the same records. */
#include "source.h"

#include "error.h"

#include <string.h>

static int space_lf(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

static int term_lf(unsigned char c) {
    return c == '\n';
}

static int space_cr(unsigned char c) {
    return c == ' ' || c == '\t';
}

static int term_cr(unsigned char c) {
    return c == '\r';
}

static void on_field(void *data, size_t len, void *ctx) {
    loyal_source *s = ctx;
    size_t i = s->field_no++;
    loyal_status st = LOYAL_OK;
    if (s->header_mode)
        st = loyalp_source_add_name(s, data ? data : "", len);
    else if (i < s->ncols && s->needed[i])
        st = loyalp_source_put_field(s, i, data, len);
    if (st && !s->cb_status)
        s->cb_status = st;
}

static void on_row(int c, void *ctx) {
    loyal_source *s = ctx;
    (void)c;
    s->row_done = true;
}

static void set_line_funcs(loyal_source *s, bool lone_cr) {
    if (s->cr_mode) {
        csv_set_space_func(&s->csv, space_cr);
        csv_set_term_func(&s->csv, term_cr);
    } else if (lone_cr) {
        csv_set_space_func(&s->csv, space_lf);
        csv_set_term_func(&s->csv, term_lf);
    } else {
        csv_set_space_func(&s->csv, NULL);
        csv_set_term_func(&s->csv, NULL);
    }
}

/* Drops the parser's state after an error, keeping its buffer. */
static void reset_parser(loyal_source *s) {
    csv_set_opts(&s->csv, CSV_STRICT);
    csv_fini(&s->csv, NULL, NULL, NULL);
    csv_set_opts(&s->csv, CSV_STRICT | CSV_STRICT_FINI);
}

/* A line libcsv would skip between records: only spaces, tabs and CRs
 * (CR is a terminator, spaces and tabs are trimmed unless delimiters). */
static bool blank_line(const loyal_source *s, const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == s->delim)
            return false;
        if (c == ' ' || c == '\t' || (c == '\r' && !s->cr_mode))
            continue;
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------------ */
/* The fast path                                                             */
/* ------------------------------------------------------------------------ */

static bool is_blank(char c, char delim) {
    return (c == ' ' || c == '\t') && c != delim;
}

/* Stores the body of a quoted field, p[0..n) between its quotes, with each
 * "" as one quote: what libcsv hands to on_field. */
static loyal_status put_unquoted(loyal_source *s, size_t col, const char *p, size_t n) {
    loyal_status st = loyalp_buf_reserve(&s->fields, n + 1);
    if (st)
        return st;
    char *o = s->fields.data + s->fields.len;
    s->col_off[col] = s->fields.len;
    for (;;) {
        const char *q = memchr(p, '"', n);
        if (!q) {
            memcpy(o, p, n);
            o += n;
            break;
        }
        /* Quotes come in pairs here: keep the first, drop the second. */
        size_t k = (size_t)(q - p) + 1;
        memcpy(o, p, k);
        o += k;
        p += k + 1;
        n -= k + 1;
    }
    *o = '\0';
    s->col_len[col] = (size_t)(o - (s->fields.data + s->fields.len));
    s->fields.len += s->col_len[col] + 1;
    return LOYAL_OK;
}

/* Splits the record that is the whole physical line p[0..n) (without its
 * LF) the way libcsv would, when the line is plain: no CR but the one of a
 * CRLF, every field either unquoted without a quote, or quoted and closed
 * on this line with only blanks between its closing quote and the next
 * delimiter. Blanks (space, tab: libcsv's default, unless the delimiter)
 * around an unquoted field and before an opening quote are dropped, as
 * libcsv does. Stores the needed fields and s->field_no and sets *done;
 * leaves *done false for anything else (a quoted field that goes on to the
 * next line, bad quoting, a lone CR), which libcsv then parses from the
 * start of the line. */
static loyal_status fast_record(loyal_source *s, const char *p, size_t n, bool *done) {
    const char d = s->delim;
    size_t i = 0, col = 0;
    loyal_status st;
    *done = false;
    if (n && p[n - 1] == '\r')
        n--;
    if (memchr(p, '\r', n))
        return LOYAL_OK;
    /* The first quote at or after i. */
    const char *q = memchr(p, '"', n);
    size_t qi = q ? (size_t)(q - p) : n;
    for (;;) {
        while (i < n && is_blank(p[i], d))
            i++;
        size_t b, e;
        bool escaped = false;
        if (i < n && p[i] == '"') {
            b = ++i;
            for (;;) {
                const char *c = memchr(p + i, '"', n - i);
                if (!c)
                    return LOYAL_OK; /* goes on past this line, or never closes */
                i = (size_t)(c - p) + 1;
                if (i < n && p[i] == '"') {
                    escaped = true;
                    i++;
                    continue;
                }
                break;
            }
            e = i - 1;
            while (i < n && is_blank(p[i], d))
                i++;
            if (i < n && p[i] != d)
                return LOYAL_OK; /* text after the closing quote */
            q = i < n ? memchr(p + i, '"', n - i) : NULL;
            qi = q ? (size_t)(q - p) : n;
        } else {
            const char *c = memchr(p + i, d, n - i);
            b = i;
            i = e = c ? (size_t)(c - p) : n;
            if (qi < e)
                return LOYAL_OK; /* a quote inside an unquoted field */
            while (e > b && (p[e - 1] == ' ' || p[e - 1] == '\t'))
                e--;
        }
        if (col < s->ncols && s->needed[col]) {
            st = escaped ? put_unquoted(s, col, p + b, e - b)
                         : loyalp_source_put_field(s, col, p + b, e - b);
            if (st)
                return st;
        }
        col++;
        if (i == n)
            break;
        i++; /* the delimiter */
    }
    s->field_no = col;
    s->csv_fast_recs++;
    *done = true;
    return LOYAL_OK;
}

/* ------------------------------------------------------------------------ */
/* Records                                                                   */
/* ------------------------------------------------------------------------ */

/* What read_record found. */
typedef enum { REC_END, REC_OK, REC_MALFORMED } rec_kind;

static loyal_status nomem_or(loyal_source *s, loyal_status st, loyal_error *err) {
    if (st == LOYAL_ERR_LIMIT) {
        loyalp_error(err, LOYAL_ERR_LIMIT, s->path, s->rec_line, 0,
                     "a record is longer than %zu bytes", s->max_record);
        return LOYAL_ERR_LIMIT;
    }
    return loyalp_nomem(err);
}

/* Reads the next record. Its bytes are buf[s->pin, *raw_end). */
static loyal_status read_record(loyal_source *s, rec_kind *kind, size_t *raw_end,
                                loyal_error *err) {
    loyal_status st;
    *kind = REC_END;
    for (;;) {
        size_t end, next;
        bool got;
        if ((st = loyalp_source_line(s, &end, &next, &got, err)))
            return st;
        if (!got) {
            /* The input ended inside a record (a quote left open). */
            if (!s->in_record)
                return LOYAL_OK;
            s->in_record = false;
            end = s->len;
            if (end > s->pin && s->buf[end - 1] == (s->cr_mode ? '\r' : '\n'))
                end--;
            *raw_end = loyalp_source_raw_end(s, s->pin, end);
            if (csv_fini(&s->csv, on_field, on_row, s) != 0) {
                reset_parser(s);
                *kind = REC_MALFORMED;
            } else {
                *kind = s->row_done ? REC_OK : REC_MALFORMED;
            }
            if (s->cb_status)
                return nomem_or(s, s->cb_status, err);
            return LOYAL_OK;
        }
        const char *line = s->buf + s->pos;
        size_t n = next - s->pos;
        bool last = next == end; /* no terminator: the end of the input */
        if (!s->in_record) {
            if (blank_line(s, line, end - s->pos)) {
                s->pos = s->pin = next;
                if (!last)
                    s->line_no++;
                continue;
            }
            s->in_record = true;
            s->rec_line = s->line_no;
            s->pin = s->pos;
            s->field_no = 0;
            s->row_done = false;
            loyalp_buf_reset(&s->fields);
            if (s->csv_fast && !s->header_mode && !s->cr_mode) {
                bool done;
                if ((st = fast_record(s, line, end - s->pos, &done)))
                    return nomem_or(s, st, err);
                if (done) {
                    s->pos = next;
                    if (!last)
                        s->line_no++;
                    s->in_record = false;
                    *raw_end = loyalp_source_raw_end(s, s->pin, end);
                    *kind = REC_OK;
                    return LOYAL_OK;
                }
                loyalp_buf_reset(&s->fields);
                s->field_no = 0;
            }
        }
        const char *cr = s->cr_mode ? NULL : memchr(line, '\r', end - s->pos);
        bool lone_cr = cr && cr != s->buf + end - 1;
        if (lone_cr || s->cr_mode)
            set_line_funcs(s, lone_cr);
        size_t used = csv_parse(&s->csv, line, n, on_field, on_row, s);
        if (lone_cr)
            set_line_funcs(s, false);
        s->pos = next;
        if (!last)
            s->line_no++;
        if (s->cb_status)
            return nomem_or(s, s->cb_status, err);
        *raw_end = loyalp_source_raw_end(s, s->pin, end);
        if (used < n) {
            if (csv_error(&s->csv) != CSV_EPARSE)
                return loyalp_nomem(err);
            reset_parser(s);
            s->in_record = false;
            *kind = REC_MALFORMED;
            return LOYAL_OK;
        }
        if (!s->row_done && last) {
            if (csv_fini(&s->csv, on_field, on_row, s) != 0) {
                reset_parser(s);
                s->in_record = false;
                *kind = REC_MALFORMED;
                return LOYAL_OK;
            }
            if (s->cb_status)
                return nomem_or(s, s->cb_status, err);
        }
        if (s->row_done) {
            s->in_record = false;
            *kind = REC_OK;
            return LOYAL_OK;
        }
    }
}

loyal_status loyalp_csv_open(loyal_source *s, loyal_error *err) {
    if (csv_init(&s->csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return loyalp_nomem(err);
    s->csv_ready = true;
    s->csv_fast = true;
    csv_set_delim(&s->csv, (unsigned char)s->delim);
    /* libcsv grows its field buffer by this much at a time. */
    csv_set_blk_size(&s->csv, LOYALP_CHUNK);
    set_line_funcs(s, false);

    rec_kind kind;
    size_t raw_end;
    s->header_mode = true;
    loyal_status st = read_record(s, &kind, &raw_end, err);
    s->header_mode = false;
    if (st)
        return st;
    if (kind == REC_END)
        return loyalp_error(err, LOYAL_ERR_INPUT, s->path, 0, 0, "empty file: no header");
    s->header_line = s->rec_line;
    if (kind == REC_MALFORMED) {
        loyalp_error(err, LOYAL_ERR_INPUT, s->path, s->rec_line, 0, "the header has bad quoting");
        loyalp_error_hint(err, "a quote inside a field must be doubled (\"\"), and a quoted "
                               "field must end with a quote");
        return LOYAL_ERR_INPUT;
    }
    s->ncols = s->hdr_n;
    s->pin = s->pos;
    return LOYAL_OK;
}

loyal_status loyalp_csv_next(loyal_source *s, loyal_record *rec, bool *got, loyal_error *err) {
    rec_kind kind;
    size_t raw_end;
    loyal_status st = read_record(s, &kind, &raw_end, err);
    *got = false;
    if (st || kind == REC_END)
        return st;
    loyal_skip skip = LOYAL_SKIP_NONE;
    if (kind == REC_MALFORMED || s->field_no < s->need_fields)
        skip = LOYAL_SKIP_MALFORMED;
    size_t start = s->pin;
    s->pin = s->pos;
    if ((st = loyalp_source_emit(s, rec, skip, start, raw_end, err)))
        return st;
    *got = true;
    return LOYAL_OK;
}

void loyalp_csv_close(loyal_source *s) {
    if (s->csv_ready)
        csv_free(&s->csv);
    s->csv_ready = false;
}
