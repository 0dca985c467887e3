/* source.c — records from CSV / TSV / JSON Lines files: opening, sniffing,
 * decoding, buffering, column resolution and the record handed out.
 * The format-specific parts are source_csv.c (libcsv) and source_json.c
 * (jansson). */
#include "source.h"

#include "error.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------------ */
/* Names                                                                     */
/* ------------------------------------------------------------------------ */

static const char *const format_names[] = {"auto", "csv", "tsv", "jsonl"};
static const char *const encoding_names[] = {"auto", "utf-8", "cp1251", "koi8-r"};
static const char *const skip_names[LOYAL_SKIP__COUNT] = {
    [LOYAL_SKIP_NONE] = "",
    [LOYAL_SKIP_BAD_SCORE] = "bad_score",
    [LOYAL_SKIP_INVALID_UTF8] = "invalid_utf8",
    [LOYAL_SKIP_MALFORMED] = "malformed",
    [LOYAL_SKIP_BAD_WEIGHT] = "bad_weight",
};

const char *loyal_format_name(loyal_format format) {
    if ((unsigned)format > LOYAL_FORMAT_JSONL)
        return "auto";
    return format_names[format];
}

const char *loyal_encoding_name(loyal_encoding encoding) {
    if ((unsigned)encoding > LOYAL_ENCODING_KOI8R)
        return "auto";
    return encoding_names[encoding];
}

const char *loyal_skip_name(loyal_skip skip) {
    if ((unsigned)skip >= LOYAL_SKIP__COUNT)
        return "";
    return skip_names[skip];
}

/* Lowercases ASCII letters and drops '-', '_' and spaces, so that "UTF_8",
 * "Windows-1251" and "koi8 r" compare as "utf8", "windows1251", "koi8r". */
static bool squeeze_name(const char *name, char *out, size_t cap) {
    size_t n = 0;
    if (!name)
        return false;
    for (; *name; name++) {
        char c = *name;
        if (c == '-' || c == '_' || c == ' ')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (n + 1 >= cap)
            return false;
        out[n++] = c;
    }
    out[n] = '\0';
    return true;
}

bool loyal_format_parse(const char *name, loyal_format *out) {
    static const struct {
        const char *name;
        loyal_format format;
    } table[] = {
        {"auto", LOYAL_FORMAT_AUTO},   {"csv", LOYAL_FORMAT_CSV},
        {"tsv", LOYAL_FORMAT_TSV},     {"tab", LOYAL_FORMAT_TSV},
        {"jsonl", LOYAL_FORMAT_JSONL}, {"ndjson", LOYAL_FORMAT_JSONL},
        {"json", LOYAL_FORMAT_JSONL},  {"jsonlines", LOYAL_FORMAT_JSONL},
    };
    char s[32];
    if (!squeeze_name(name, s, sizeof s))
        return false;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (!strcmp(s, table[i].name)) {
            if (out)
                *out = table[i].format;
            return true;
        }
    }
    return false;
}

bool loyal_encoding_parse(const char *name, loyal_encoding *out) {
    static const struct {
        const char *name;
        loyal_encoding encoding;
    } table[] = {
        {"auto", LOYAL_ENCODING_AUTO},      {"utf8", LOYAL_ENCODING_UTF8},
        {"cp1251", LOYAL_ENCODING_CP1251},  {"windows1251", LOYAL_ENCODING_CP1251},
        {"win1251", LOYAL_ENCODING_CP1251}, {"koi8r", LOYAL_ENCODING_KOI8R},
    };
    char s[32];
    if (!squeeze_name(name, s, sizeof s))
        return false;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (!strcmp(s, table[i].name)) {
            if (out)
                *out = table[i].encoding;
            return true;
        }
    }
    return false;
}

void loyal_source_options_init(loyal_source_options *opt) {
    if (!opt)
        return;
    memset(opt, 0, sizeof *opt);
    opt->format = LOYAL_FORMAT_AUTO;
    opt->encoding = LOYAL_ENCODING_AUTO;
    opt->require_score = false;
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */
/* ------------------------------------------------------------------------ */

static loyal_status io_error(loyal_source *s, loyal_error *err, const char *what, int e) {
    return loyalp_error(err, LOYAL_ERR_IO, s->path, 0, 0, "cannot %s: %s", what, strerror(e));
}

/* One read() of up to `want` bytes into `to`, hashed. 0 at the end. */
static loyal_status read_some(loyal_source *s, void *to, size_t want, size_t *got,
                              loyal_error *err) {
    ssize_t n;
    do
        n = read(s->fd, to, want);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return io_error(s, err, "read", errno);
    *got = (size_t)n;
    if (n == 0) {
        if (!s->eof)
            loyal_sha256_final(&s->sha, s->sha_hex);
        s->eof = true;
    } else {
        loyal_sha256_update(&s->sha, to, (size_t)n);
    }
    return LOYAL_OK;
}

/* Makes room for `extra` more decoded bytes plus a NUL, first by dropping
 * the consumed bytes before s->pin, then by growing. */
static loyal_status make_room(loyal_source *s, size_t extra, loyal_error *err) {
    if (s->cap - s->len >= extra + 1)
        return LOYAL_OK;
    if (s->pin > 0) {
        memmove(s->buf, s->buf + s->pin, s->len - s->pin);
        s->len -= s->pin;
        s->pos -= s->pin;
        s->scan -= s->pin;
        s->pin = 0;
        if (s->cap - s->len >= extra + 1)
            return LOYAL_OK;
    }
    size_t cap = s->cap ? s->cap : 4 * LOYALP_CHUNK;
    while (cap - s->len < extra + 1)
        cap *= 2;
    char *p = realloc(s->buf, cap + 1);
    if (!p)
        return loyalp_nomem(err);
    s->buf = p;
    s->cap = cap;
    return LOYAL_OK;
}

/* Appends n bytes of s->in, decoded, to the buffer. */
static loyal_status append_input(loyal_source *s, size_t n, loyal_error *err) {
    loyal_status st = make_room(s, s->use_codepage ? 3 * n : n, err);
    if (st)
        return st;
    if (s->use_codepage) {
        s->len += loyalp_codepage_decode(&s->cp, s->in, n, s->buf + s->len);
    } else {
        memcpy(s->buf + s->len, s->in, n);
        s->len += n;
    }
    s->buf[s->len] = '\0';
    return LOYAL_OK;
}

/* Reads and decodes one more chunk. UTF-8 is read straight into the
 * buffer; a code page goes through s->in and its table. */
static loyal_status fill(loyal_source *s, loyal_error *err) {
    size_t n;
    loyal_status st;
    if (!s->use_codepage) {
        if ((st = make_room(s, LOYALP_CHUNK, err)) ||
            (st = read_some(s, s->buf + s->len, LOYALP_CHUNK, &n, err)))
            return st;
        s->len += n;
        s->buf[s->len] = '\0';
        return LOYAL_OK;
    }
    if ((st = read_some(s, s->in, LOYALP_CHUNK, &n, err)) || n == 0)
        return st;
    return append_input(s, n, err);
}

static loyal_status limit_error(loyal_source *s, loyal_error *err) {
    long line = s->in_record ? s->rec_line : s->line_no;
    loyalp_error(err, LOYAL_ERR_LIMIT, s->path, line, 0, "a record is longer than %zu bytes",
                 s->max_record);
    loyalp_error_hint(err, "look for a quote that is never closed near this line");
    return LOYAL_ERR_LIMIT;
}

loyal_status loyalp_source_line(loyal_source *s, size_t *end, size_t *next, bool *got,
                                loyal_error *err) {
    const char sep = s->cr_mode ? '\r' : '\n';
    *got = false;
    if (s->scan < s->pos)
        s->scan = s->pos;
    for (;;) {
        const char *p = s->scan < s->len ? memchr(s->buf + s->scan, sep, s->len - s->scan) : NULL;
        if (p) {
            size_t e = (size_t)(p - s->buf);
            if (e - s->pin > s->max_record)
                return limit_error(s, err);
            s->scan = e + 1;
            *end = e;
            *next = e + 1;
            *got = true;
            return LOYAL_OK;
        }
        s->scan = s->len;
        if (s->len - s->pin > s->max_record)
            return limit_error(s, err);
        if (s->eof) {
            if (s->pos < s->len) {
                *end = *next = s->len;
                *got = true;
            }
            return LOYAL_OK;
        }
        loyal_status st = fill(s, err);
        if (st)
            return st;
    }
}

size_t loyalp_source_raw_end(const loyal_source *s, size_t start, size_t end) {
    if (!s->cr_mode && end > start && s->buf[end - 1] == '\r')
        end--;
    return end;
}

/* ------------------------------------------------------------------------ */
/* Records                                                                   */
/* ------------------------------------------------------------------------ */

loyal_status loyalp_source_put_field(loyal_source *s, size_t col, const char *p, size_t len) {
    loyal_status st = loyalp_buf_reserve(&s->fields, len + 1);
    if (st)
        return st;
    s->col_off[col] = s->fields.len;
    s->col_len[col] = len;
    if (len)
        memcpy(s->fields.data + s->fields.len, p, len);
    s->fields.len += len;
    s->fields.data[s->fields.len++] = '\0';
    return LOYAL_OK;
}

static void set_field(const loyal_source *s, long col, const char **p, size_t *len) {
    if (col < 0)
        return;
    *p = s->fields.data + s->col_off[col];
    *len = s->col_len[col];
}

loyal_status loyalp_source_emit(loyal_source *s, loyal_record *rec, loyal_skip skip, size_t start,
                                size_t end, loyal_error *err) {
    loyal_status st;
    memset(rec, 0, sizeof *rec);
    rec->line = s->rec_line;
    rec->index = s->index++;
    if (loyalp_utf8_valid(s->buf + start, end - start)) {
        s->buf[end] = '\0'; /* the terminator there is consumed already */
        rec->raw = s->buf + start;
        rec->raw_len = end - start;
    } else {
        loyalp_buf_reset(&s->raw);
        if ((st = loyalp_utf8_sanitize(&s->raw, s->buf + start, end - start)))
            return st == LOYAL_ERR_NOMEM ? loyalp_nomem(err) : limit_error(s, err);
        rec->raw = s->raw.data;
        rec->raw_len = s->raw.len;
        /* Only the columns read decide: bad bytes elsewhere do no harm. */
        for (size_t c = 0; c < s->need_fields && skip == LOYAL_SKIP_NONE; c++)
            if (s->needed[c] && !loyalp_utf8_valid(s->fields.data + s->col_off[c], s->col_len[c]))
                skip = LOYAL_SKIP_INVALID_UTF8;
    }
    rec->skip = skip;
    if (skip != LOYAL_SKIP_NONE)
        return LOYAL_OK;

    if (s->ntext == 1) {
        set_field(s, s->text_col[0], &rec->text, &rec->text_len);
    } else {
        loyalp_buf_reset(&s->text);
        if ((st = loyalp_buf_append(&s->text, "", 0)))
            return loyalp_nomem(err);
        for (size_t i = 0; i < s->ntext; i++) {
            size_t len = s->col_len[s->text_col[i]];
            if (!len)
                continue;
            if (s->text.len && (st = loyalp_buf_putc(&s->text, '\n')))
                return loyalp_nomem(err);
            if ((st =
                     loyalp_buf_append(&s->text, s->fields.data + s->col_off[s->text_col[i]], len)))
                return loyalp_nomem(err);
        }
        rec->text = s->text.data;
        rec->text_len = s->text.len;
    }
    set_field(s, s->id_col, &rec->id, &rec->id_len);
    set_field(s, s->score_col, &rec->score, &rec->score_len);
    set_field(s, s->weight_col, &rec->weight, &rec->weight_len);
    set_field(s, s->period_col, &rec->period, &rec->period_len);
    for (size_t i = 0; i < s->nseg; i++)
        set_field(s, s->seg_col[i], &rec->segments[i], &rec->segment_lens[i]);
    return LOYAL_OK;
}

loyal_status loyalp_source_add_name(loyal_source *s, const char *name, size_t len) {
    if (loyalp_grow((void **)&s->hdr_off, &s->hdr_cap, s->hdr_n, sizeof *s->hdr_off, 32))
        return LOYAL_ERR_NOMEM;
    s->hdr_off[s->hdr_n++] = s->hdr.len;
    loyal_status st = loyalp_utf8_sanitize(&s->hdr, name, len);
    if (!st)
        st = loyalp_buf_putc(&s->hdr, '\0');
    return st;
}

/* ------------------------------------------------------------------------ */
/* Columns                                                                   */
/* ------------------------------------------------------------------------ */

/* Decodes one code point of valid UTF-8 at *p and advances it. */
static uint32_t next_cp(const unsigned char **p) {
    const unsigned char *s = *p;
    uint32_t c = s[0];
    if (c < 0x80) {
        *p = s + 1;
    } else if (c < 0xE0) {
        c = (c & 0x1F) << 6 | (s[1] & 0x3F);
        *p = s + 2;
    } else if (c < 0xF0) {
        c = (c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        *p = s + 3;
    } else {
        c = (c & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 | (uint32_t)(s[2] & 0x3F) << 6 |
            (s[3] & 0x3F);
        *p = s + 4;
    }
    return c;
}

static bool is_upper(uint32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x42F);
}

static bool is_lower(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0x430 && c <= 0x45F);
}

/* Lowercase of ASCII and Cyrillic, with ё folded to е. */
static uint32_t fold(uint32_t c) {
    if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
    else if (c >= 0x410 && c <= 0x42F)
        c += 0x20;
    else if (c >= 0x400 && c <= 0x40F)
        c += 0x50;
    if (c == 0x451)
        c = 0x435;
    return c;
}

static bool is_blank_cp(uint32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0xFEFF;
}

/* Letters and digits make words; everything else separates them. Letters
 * outside ASCII count as letters except spaces and punctuation. */
static bool is_word_cp(uint32_t c) {
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return !(c == 0xA0 || c == 0xAB || c == 0xBB || (c >= 0x2000 && c <= 0x206F) || c == 0x2116 ||
             c == 0x3000 || c == 0xFEFF || c == 0xFFFD);
}

/* A header name as compared with a name given by the user: trimmed,
 * without a BOM, folded. Caller frees. */
static char *name_key(const char *name) {
    size_t n = strlen(name);
    char *out = malloc(n + 1), *o = out;
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)name, *e = p + n;
    char *last_nonblank = out;
    while (p < e) {
        uint32_t c = next_cp(&p);
        if (c == 0xFEFF)
            continue;
        if (o == out && is_blank_cp(c))
            continue;
        c = fold(c);
        if (c < 0x80) {
            *o++ = (char)c;
        } else if (c < 0x800) {
            *o++ = (char)(0xC0 | c >> 6);
            *o++ = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *o++ = (char)(0xE0 | c >> 12);
            *o++ = (char)(0x80 | (c >> 6 & 0x3F));
            *o++ = (char)(0x80 | (c & 0x3F));
        } else {
            *o++ = (char)(0xF0 | c >> 18);
            *o++ = (char)(0x80 | (c >> 12 & 0x3F));
            *o++ = (char)(0x80 | (c >> 6 & 0x3F));
            *o++ = (char)(0x80 | (c & 0x3F));
        }
        if (!is_blank_cp(c))
            last_nonblank = o;
    }
    *last_nonblank = '\0';
    return out;
}

/*
 * Recognising a column by its header (when --text / --score / --id is not
 * given). A header is cut into words: a word is a run of letters and digits,
 * and a lowercase letter followed by an uppercase one starts a new word
 * ("ReviewText" is review + text). Words are lowercased (ASCII and Cyrillic,
 * ё as е). The keywords are CONTRACT.md's and their plurals:
 *   text   comment(s) text(s) body answer(s) feedback review(s)
 *          комментарий комментарии отзыв(ы) текст(ы) ответ(ы)
 *   score  nps score(s) rating(s) оценка оценки
 *   id     id(s) номер
 * Tier 1: the header is one word and that word is a keyword
 *         ("Comment", " NPS ", "Оценка", "id").
 * Tier 2: the header has two or three words and its head word is a
 *         keyword. The head word is the last word if that is a keyword
 *         (English: "Review Text", "Reviewer_Score", "Complaint ID"), else
 *         the first ("Текст отзыва", "Оценка клиента", "Comment (optional)").
 *         So "Review Score" is a score, "Comment ID" an id, and
 *         "Positive Feedback Count" nothing. A header with a word of
 *         time or quantity (date, days, since, count, total, дата,
 *         количество…) is never tier 2: "Review_Date" and
 *         "days_since_review" are not texts.
 * A header has at most one role. For each role, the tier-1 headers are the
 * candidates if there are any, else the tier-2 ones; one candidate is the
 * column, several are an error that lists them (name one). Longer headers,
 * such as survey questions, are never recognised: name them.
 */
enum { ROLE_NONE = -1, ROLE_TEXT = 0, ROLE_SCORE, ROLE_ID, ROLE__COUNT };

static const char *const role_names[ROLE__COUNT] = {"text", "score", "id"};
static const char *const role_options[ROLE__COUNT] = {"--text", "--score", "--id"};

static const struct {
    const char *word;
    int role;
} keywords[] = {
    {"comment", ROLE_TEXT},     {"comments", ROLE_TEXT},
    {"text", ROLE_TEXT},        {"texts", ROLE_TEXT},
    {"body", ROLE_TEXT},        {"answer", ROLE_TEXT},
    {"answers", ROLE_TEXT},     {"feedback", ROLE_TEXT},
    {"review", ROLE_TEXT},      {"reviews", ROLE_TEXT},
    {"комментарий", ROLE_TEXT}, {"комментарии", ROLE_TEXT},
    {"отзыв", ROLE_TEXT},       {"отзывы", ROLE_TEXT},
    {"текст", ROLE_TEXT},       {"тексты", ROLE_TEXT},
    {"ответ", ROLE_TEXT},       {"ответы", ROLE_TEXT},
    {"nps", ROLE_SCORE},        {"score", ROLE_SCORE},
    {"scores", ROLE_SCORE},     {"rating", ROLE_SCORE},
    {"ratings", ROLE_SCORE},    {"оценка", ROLE_SCORE},
    {"оценки", ROLE_SCORE},     {"id", ROLE_ID},
    {"ids", ROLE_ID},           {"номер", ROLE_ID},
};

static int keyword_role(const char *word) {
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (!strcmp(word, keywords[i].word))
            return keywords[i].role;
    return ROLE_NONE;
}

#define WORD_MAX 64

/* Appends a folded code point to a word (too long a word can match
 * nothing: it is marked with a leading NUL-free overflow flag). */
static void word_put(char *w, size_t *n, bool *over, uint32_t c) {
    char tmp[4];
    size_t k;
    if (c < 0x80) {
        tmp[0] = (char)c;
        k = 1;
    } else if (c < 0x800) {
        tmp[0] = (char)(0xC0 | c >> 6);
        tmp[1] = (char)(0x80 | (c & 0x3F));
        k = 2;
    } else if (c < 0x10000) {
        tmp[0] = (char)(0xE0 | c >> 12);
        tmp[1] = (char)(0x80 | (c >> 6 & 0x3F));
        tmp[2] = (char)(0x80 | (c & 0x3F));
        k = 3;
    } else {
        tmp[0] = (char)(0xF0 | c >> 18);
        tmp[1] = (char)(0x80 | (c >> 12 & 0x3F));
        tmp[2] = (char)(0x80 | (c >> 6 & 0x3F));
        tmp[3] = (char)(0x80 | (c & 0x3F));
        k = 4;
    }
    if (*n + k >= WORD_MAX) {
        *over = true;
        return;
    }
    memcpy(w + *n, tmp, k);
    *n += k;
    w[*n] = '\0';
}

/* Words that make a header a date or a quantity, whatever else it says. */
static bool disqualifying(const char *w) {
    static const char *const words[] = {"date",  "time",   "day",    "days",    "since",
                                        "count", "counts", "total",  "length",  "num",
                                        "year",  "month",  "дата",   "время",   "дней",
                                        "количество", "число", "длина"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (!strcmp(w, words[i]))
            return true;
    return false;
}

/* The role a header is recognised for and its tier (1 or 2); ROLE_NONE. */
static int header_role(const char *name, int *tier) {
    char first[WORD_MAX] = "", last[WORD_MAX] = "", cur[WORD_MAX] = "";
    bool first_over = false, last_over = false, cur_over = false, disq = false;
    size_t nwords = 0, cur_n = 0;
    uint32_t prev = 0;
    const unsigned char *p = (const unsigned char *)name, *e = p + strlen(name);
    for (;;) {
        uint32_t c = p < e ? next_cp(&p) : 0;
        bool word = c && is_word_cp(c);
        bool split = word && cur_n && is_lower(prev) && is_upper(c);
        if ((!word || split) && cur_n) {
            if (nwords == 0) {
                memcpy(first, cur, sizeof cur);
                first_over = cur_over;
            }
            memcpy(last, cur, sizeof cur);
            last_over = cur_over;
            disq |= disqualifying(cur);
            nwords++;
            cur_n = 0;
            cur[0] = '\0';
            cur_over = false;
        }
        if (!c)
            break;
        if (word)
            word_put(cur, &cur_n, &cur_over, fold(c));
        prev = word ? c : 0;
    }
    int role;
    *tier = 0;
    if (nwords == 1) {
        role = first_over ? ROLE_NONE : keyword_role(first);
        if (role != ROLE_NONE)
            *tier = 1;
        return role;
    }
    if (nwords < 2 || nwords > 3 || disq)
        return ROLE_NONE;
    role = last_over ? ROLE_NONE : keyword_role(last);
    if (role == ROLE_NONE && !first_over)
        role = keyword_role(first);
    if (role != ROLE_NONE)
        *tier = 2;
    return role;
}

/* Writes "'a', 'b', 'c'" for the columns in `cols` (all when NULL) into
 * out, ending with "… (N more)" when it does not fit. */
static void list_columns(const loyal_source *s, const long *cols, size_t n, char *out, size_t cap) {
    size_t len = 0;
    out[0] = '\0';
    if (!cols)
        n = s->ncols;
    for (size_t i = 0; i < n; i++) {
        const char *name = s->names[cols ? (size_t)cols[i] : i];
        char item[160];
        int k = snprintf(item, sizeof item, "%s'%s'", i ? ", " : "", name);
        if (k < 0)
            k = 0;
        if ((size_t)k >= sizeof item) /* a very long header: cut it */
            k = (int)strlen(item);
        if (len + (size_t)k + 24 >= cap) {
            snprintf(out + len, cap - len, ", … (%zu more)", n - i);
            return;
        }
        memcpy(out + len, item, (size_t)k + 1);
        len += (size_t)k;
    }
    if (n == 0)
        snprintf(out, cap, "none");
}

/* A LOYAL_ERR_USAGE about columns: the message, then every header found. */
static loyal_status usage_error(loyal_source *s, loyal_error *err, const char *hint,
                                const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static loyal_status usage_error(loyal_source *s, loyal_error *err, const char *hint,
                                const char *fmt, ...) {
    char headers[sizeof err->message], msg[400];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* The headers take what room the message leaves. */
    size_t room = sizeof err->message - 1 - strlen("; headers found: ");
    room -= n < 0 ? 0 : (size_t)n < room - 40 ? (size_t)n : room - 40;
    list_columns(s, NULL, 0, headers, room);
    loyalp_error(err, LOYAL_ERR_USAGE, s->path, s->header_line, 0, "%s; headers found: %s", msg,
                 headers);
    if (hint)
        loyalp_error_hint(err, "%s", hint);
    return LOYAL_ERR_USAGE;
}

/* Resolves a column named by the user (header or 1-based number). */
static loyal_status find_column(loyal_source *s, const char *want, const char *option, long *col,
                                loyal_error *err) {
    char *key = name_key(want);
    if (!key)
        return loyalp_nomem(err);
    long found[2] = {-1, -1};
    size_t nfound = 0;
    for (size_t i = 0; i < s->ncols; i++) {
        if (!strcmp(s->keys[i], key)) {
            if (nfound < 2)
                found[nfound] = (long)i;
            nfound++;
        }
    }
    bool digits = key[0] != '\0';
    unsigned long long num = 0;
    for (const char *p = key; *p && digits; p++) {
        if (*p < '0' || *p > '9')
            digits = false;
        else if (num < 1000000000ULL)
            num = num * 10 + (unsigned)(*p - '0');
    }
    free(key);
    char hint[200];
    if (nfound == 1) {
        *col = found[0];
        return LOYAL_OK;
    }
    if (nfound > 1) {
        snprintf(hint, sizeof hint, "name it by its number instead, e.g. %s %ld", option,
                 found[0] + 1);
        return usage_error(s, err, hint,
                           "ambiguous column '%.200s': columns %ld and %ld have that header", want,
                           found[0] + 1, found[1] + 1);
    }
    snprintf(hint, sizeof hint, "name a column by its header or its 1-based number (%s COL)",
             option);
    if (digits) {
        if (num >= 1 && num <= s->ncols) {
            *col = (long)num - 1;
            return LOYAL_OK;
        }
        return usage_error(s, err, hint, "no column %.20s: the file has %zu column%s", want,
                           s->ncols, s->ncols == 1 ? "" : "s");
    }
    return usage_error(s, err, hint, "no column '%.200s'", want);
}

/* Recognises the column of `role` among the headers not taken. */
static loyal_status recognise(loyal_source *s, int role, const bool *taken, bool required,
                              long *col, loyal_error *err) {
    long cand[2][64];
    size_t ncand[2] = {0, 0};
    for (size_t i = 0; i < s->ncols; i++) {
        int tier;
        if (taken[i] || header_role(s->names[i], &tier) != role)
            continue;
        if (ncand[tier - 1] < 64)
            cand[tier - 1][ncand[tier - 1]] = (long)i;
        ncand[tier - 1]++;
    }
    int t = ncand[0] ? 0 : 1;
    char hint[200];
    if (ncand[t] == 1) {
        *col = cand[t][0];
        return LOYAL_OK;
    }
    if (ncand[t] > 1) {
        char which[300];
        list_columns(s, cand[t], ncand[t] < 64 ? ncand[t] : 64, which, sizeof which);
        snprintf(hint, sizeof hint, "choose one with %s COL (a header or a 1-based number)",
                 role_options[role]);
        return usage_error(s, err, hint, "ambiguous %s column: %s", role_names[role], which);
    }
    *col = -1;
    if (!required)
        return LOYAL_OK;
    snprintf(hint, sizeof hint, "name it with %s COL (a header or a 1-based number)",
             role_options[role]);
    return usage_error(s, err, hint, "no %s column found", role_names[role]);
}

static void take(loyal_source *s, bool *taken, long col) {
    if (col < 0)
        return;
    taken[col] = true;
    s->needed[col] = true;
    if ((size_t)col + 1 > s->need_fields)
        s->need_fields = (size_t)col + 1;
}

static loyal_status resolve_columns(loyal_source *s, const loyal_source_options *opt,
                                    loyal_error *err) {
    loyal_status st = LOYAL_OK;
    bool *taken = NULL;
    s->names = calloc(s->ncols + 1, sizeof *s->names);
    s->name_lens = calloc(s->ncols + 1, sizeof *s->name_lens);
    s->keys = calloc(s->ncols + 1, sizeof *s->keys);
    s->needed = calloc(s->ncols + 1, sizeof *s->needed);
    s->col_off = calloc(s->ncols + 1, sizeof *s->col_off);
    s->col_len = calloc(s->ncols + 1, sizeof *s->col_len);
    taken = calloc(s->ncols + 1, sizeof *taken);
    if (!s->names || !s->name_lens || !s->keys || !s->needed || !s->col_off || !s->col_len ||
        !taken) {
        st = loyalp_nomem(err);
        goto out;
    }
    for (size_t i = 0; i < s->ncols; i++) {
        s->names[i] = s->hdr.data + s->hdr_off[i];
        size_t stop = i + 1 < s->ncols ? s->hdr_off[i + 1] : s->hdr.len;
        s->name_lens[i] = stop - s->hdr_off[i] - 1;
        if (!(s->keys[i] = name_key(s->names[i]))) {
            st = loyalp_nomem(err);
            goto out;
        }
    }

    s->score_col = s->id_col = s->weight_col = s->period_col = -1;
    s->ntext = opt->n_text_cols < LOYAL_MAX_TEXT_COLS ? opt->n_text_cols : LOYAL_MAX_TEXT_COLS;
    for (size_t i = 0; i < s->ntext; i++) {
        if ((st = find_column(s, opt->text_cols[i], "--text", &s->text_col[i], err)))
            goto out;
        take(s, taken, s->text_col[i]);
    }
    if (opt->score_col) {
        if ((st = find_column(s, opt->score_col, "--score", &s->score_col, err)))
            goto out;
        take(s, taken, s->score_col);
    }
    if (opt->id_col) {
        if ((st = find_column(s, opt->id_col, "--id", &s->id_col, err)))
            goto out;
        take(s, taken, s->id_col);
    }
    if (opt->weight_col) {
        if ((st = find_column(s, opt->weight_col, "--weight", &s->weight_col, err)))
            goto out;
        take(s, taken, s->weight_col);
    }
    if (opt->period_col) {
        if ((st = find_column(s, opt->period_col, "--period", &s->period_col, err)))
            goto out;
        take(s, taken, s->period_col);
    }
    s->nseg = opt->n_segment_cols < LOYAL_MAX_SEGMENTS ? opt->n_segment_cols : LOYAL_MAX_SEGMENTS;
    for (size_t i = 0; i < s->nseg; i++) {
        if ((st = find_column(s, opt->segment_cols[i], "--segment", &s->seg_col[i], err)))
            goto out;
        take(s, taken, s->seg_col[i]);
    }
    /* Recognition never picks a column named for another role. */
    if (!s->ntext) {
        if ((st = recognise(s, ROLE_TEXT, taken, true, &s->text_col[0], err)))
            goto out;
        s->ntext = 1;
        take(s, taken, s->text_col[0]);
    }
    if (!opt->score_col) {
        if ((st = recognise(s, ROLE_SCORE, taken, opt->require_score, &s->score_col, err)))
            goto out;
        take(s, taken, s->score_col);
    }
    if (!opt->id_col) {
        if ((st = recognise(s, ROLE_ID, taken, false, &s->id_col, err)))
            goto out;
        take(s, taken, s->id_col);
    }
out:
    free(taken);
    return st;
}

/* ------------------------------------------------------------------------ */
/* Opening                                                                   */
/* ------------------------------------------------------------------------ */

static bool ends_with(const char *path, const char *ext) {
    size_t n = strlen(path), k = strlen(ext);
    if (n <= k)
        return false;
    for (size_t i = 0; i < k; i++) {
        char c = path[n - k + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != ext[i])
            return false;
    }
    return true;
}

static loyal_format format_from_path(const char *path) {
    if (ends_with(path, ".csv"))
        return LOYAL_FORMAT_CSV;
    if (ends_with(path, ".tsv") || ends_with(path, ".tab"))
        return LOYAL_FORMAT_TSV;
    if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson") || ends_with(path, ".json"))
        return LOYAL_FORMAT_JSONL;
    return LOYAL_FORMAT_AUTO;
}

/* The first byte of the sample that is not a BOM or white space; 0 if none. */
static char first_byte(const unsigned char *p, size_t n) {
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        i = 3;
    for (; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
            return (char)p[i];
    return 0;
}

/* The delimiter of the header record: the most frequent of , ; and tab
 * outside quotes; a tie, or none at all, is ','. */
static char sniff_delimiter(const unsigned char *p, size_t n) {
    size_t comma = 0, semi = 0, tab = 0, i = 0;
    bool quoted = false, started = false;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        i = 3;
    for (; i < n; i++) {
        unsigned char c = p[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r') {
            if (started)
                break;
        } else if (c == ',')
            comma++;
        else if (c == ';')
            semi++;
        else if (c == '\t')
            tab++;
        if (c != '\n' && c != '\r' && c != ' ')
            started = true;
    }
    if (semi > comma && semi > tab)
        return ';';
    if (tab > comma && tab > semi)
        return '\t';
    return ',';
}

loyal_status loyal_source_open(loyal_source **out, const char *path,
                               const loyal_source_options *opt, loyal_error *err) {
    loyal_status st = LOYAL_OK;
    loyal_source_options defaults;
    loyal_source *s = NULL;
    if (!out || !path)
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0, "no input path");
    *out = NULL;
    if (!opt) {
        loyal_source_options_init(&defaults);
        opt = &defaults;
    }
    if (!(s = calloc(1, sizeof *s)) || !(s->path = strdup(path)) ||
        !(s->in = malloc(LOYALP_CHUNK))) {
        st = loyalp_nomem(err);
        goto out;
    }
    s->fd = -1;
    s->max_record = opt->max_record_bytes ? opt->max_record_bytes : LOYALP_MAX_RECORD;
    s->score_col = s->id_col = s->weight_col = s->period_col = -1;
    s->line_no = 1;
    loyalp_buf_init(&s->fields, 0);
    loyalp_buf_init(&s->text, 0);
    loyalp_buf_init(&s->raw, 0);
    loyalp_buf_init(&s->hdr, 0);
    loyal_sha256_init(&s->sha);

    if (!strcmp(path, "-")) {
        s->fd = STDIN_FILENO;
    } else {
        do
            s->fd = open(path, O_RDONLY | O_CLOEXEC);
        while (s->fd < 0 && errno == EINTR);
        if (s->fd < 0) {
            st = io_error(s, err, "open", errno);
            goto out;
        }
        s->close_fd = true;
    }

    /* The sample: up to one chunk, read whole (a pipe gives less per read). */
    size_t n = 0;
    while (n < LOYALP_CHUNK && !s->eof) {
        size_t got;
        if ((st = read_some(s, s->in + n, LOYALP_CHUNK - n, &got, err)))
            goto out;
        n += got;
    }
    const unsigned char *sample = s->in;
    if (n == 0) {
        st = loyalp_error(err, LOYAL_ERR_INPUT, s->path, 0, 0, "empty file: no header");
        goto out;
    }
    if (n >= 2 &&
        ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF))) {
        st = loyalp_error(err, LOYAL_ERR_INPUT, s->path, 1, 0, "UTF-16 text is not supported");
        loyalp_error_hint(err, "save it as CSV UTF-8, or convert it: iconv -f UTF-16 -t UTF-8");
        goto out;
    }

    s->format = opt->format;
    if (s->format == LOYAL_FORMAT_AUTO && strcmp(path, "-"))
        s->format = format_from_path(path);
    char first = first_byte(sample, n);
    if (s->format == LOYAL_FORMAT_AUTO)
        s->format = first == '{' || first == '[' ? LOYAL_FORMAT_JSONL : LOYAL_FORMAT_CSV;
    if (s->format == LOYAL_FORMAT_JSONL && first == '[') {
        st = loyalp_error(err, LOYAL_ERR_INPUT, s->path, 1, 0,
                          "a JSON array, not JSON Lines (one object a line)");
        loyalp_error_hint(err, "convert it to JSON Lines: jq -c '.[]' FILE > FILE.jsonl");
        goto out;
    }

    bool bom = n >= 3 && sample[0] == 0xEF && sample[1] == 0xBB && sample[2] == 0xBF;
    s->encoding = opt->encoding;
    if (s->encoding == LOYAL_ENCODING_AUTO)
        s->encoding = bom || loyalp_utf8_sniff((const char *)sample, n, !s->eof)
                          ? LOYAL_ENCODING_UTF8
                          : LOYAL_ENCODING_CP1251;
    if (s->encoding == LOYAL_ENCODING_CP1251 || s->encoding == LOYAL_ENCODING_KOI8R) {
        if ((st = loyalp_codepage_init(&s->cp, s->encoding, err))) {
            snprintf(err->file, sizeof err->file, "%s", s->path);
            goto out;
        }
        s->use_codepage = true;
    }

    if (opt->delimiter == '"' || opt->delimiter == '\r' || opt->delimiter == '\n') {
        st = loyalp_error(err, LOYAL_ERR_USAGE, s->path, 0, 0,
                          "the delimiter cannot be a quote or a line end");
        loyalp_error_hint(err, "use one of , ; or a tab (--delimiter C)");
        goto out;
    }
    if (s->format != LOYAL_FORMAT_JSONL) {
        if (opt->delimiter)
            s->delim = opt->delimiter;
        else if (s->format == LOYAL_FORMAT_TSV)
            s->delim = '\t';
        else
            s->delim = sniff_delimiter(sample, n);
    }
    s->cr_mode = !memchr(sample, '\n', n) && memchr(sample, '\r', n);

    if ((st = append_input(s, n, err)))
        goto out;
    if (s->encoding == LOYAL_ENCODING_UTF8 && bom)
        s->pos = s->pin = s->scan = 3;

    st = s->format == LOYAL_FORMAT_JSONL ? loyalp_json_open(s, err) : loyalp_csv_open(s, err);
    if (st)
        goto out;
    if ((st = resolve_columns(s, opt, err)))
        goto out;
    *out = s;
    s = NULL;
out:
    loyal_source_free(s);
    return st;
}

loyal_status loyal_source_next(loyal_source *s, loyal_record *rec, bool *got, loyal_error *err) {
    loyal_status st;
    *got = false;
    if (s->failed)
        return loyalp_error(err, s->failed, s->path, 0, 0, "the source failed before: %s",
                            loyal_strerror(s->failed));
    if (s->done)
        return LOYAL_OK;
    if (s->format == LOYAL_FORMAT_JSONL)
        st = loyalp_json_next(s, rec, got, err);
    else
        st = loyalp_csv_next(s, rec, got, err);
    if (st) {
        s->failed = st;
        *got = false;
    } else if (!*got) {
        s->done = true;
    }
    return st;
}

loyal_format loyal_source_format(const loyal_source *src) {
    return src->format;
}

loyal_encoding loyal_source_encoding(const loyal_source *src) {
    return src->encoding;
}

char loyal_source_delimiter(const loyal_source *src) {
    return src->delim;
}

size_t loyal_source_columns(const loyal_source *src, const char *const **names) {
    if (names)
        *names = (const char *const *)src->names;
    return src->ncols;
}

const char *loyal_source_text_column(const loyal_source *src) {
    return src->ntext && src->text_col[0] >= 0 ? src->names[src->text_col[0]] : NULL;
}

const char *loyal_source_score_column(const loyal_source *src) {
    return src->score_col >= 0 ? src->names[src->score_col] : NULL;
}

const char *loyal_source_id_column(const loyal_source *src) {
    return src->id_col >= 0 ? src->names[src->id_col] : NULL;
}

const char *loyal_source_sha256(const loyal_source *src) {
    return src->eof ? src->sha_hex : "";
}

void loyal_source_free(loyal_source *s) {
    if (!s)
        return;
    if (s->format != LOYAL_FORMAT_JSONL)
        loyalp_csv_close(s);
    if (s->close_fd && s->fd >= 0)
        close(s->fd);
    if (s->keys)
        for (size_t i = 0; i < s->ncols; i++)
            free(s->keys[i]);
    free(s->keys);
    free(s->names);
    free(s->name_lens);
    free(s->needed);
    free(s->col_off);
    free(s->col_len);
    free(s->hdr_off);
    loyalp_buf_clear(&s->fields);
    loyalp_buf_clear(&s->text);
    loyalp_buf_clear(&s->raw);
    loyalp_buf_clear(&s->hdr);
    free(s->buf);
    free(s->in);
    free(s->path);
    free(s);
}

void loyal_source_progress(const loyal_source *src, uint64_t *done, uint64_t *total) {
    struct stat st;
    *done = src->sha.bytes;
    *total = fstat(src->fd, &st) == 0 && S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0;
}
