/* source.h — what source.c, source_csv.c and source_json.c share (private).
 *
 * A source reads its file in chunks into one buffer of decoded UTF-8
 * (cp1251 / KOI8-R are decoded on the way in), hands out physical lines
 * (loyalp_source_line) and turns each record into a loyal_record
 * (loyalp_source_emit). The buffer holds only the record being read and the
 * chunk after it: memory depends on the longest record, never on the count. */
#ifndef LOYAL_SOURCE_H
#define LOYAL_SOURCE_H

#include "buf.h"
#include "encoding.h"
#include "loyal.h"

#include <csv.h>

#define LOYALP_CHUNK ((size_t)64 * 1024)             /* one read(), and the sniffed sample */
#define LOYALP_MAX_RECORD ((size_t)16 * 1024 * 1024) /* default cap on one record */

struct loyal_source {
    char *path; /* as given, for messages */
    int fd;
    bool close_fd;
    loyal_format format;
    loyal_encoding encoding;
    char delim;
    bool cr_mode; /* old Mac files: lines end in CR alone */
    size_t max_record;

    bool use_codepage;
    loyalp_codepage cp;
    loyal_sha256 sha;
    char sha_hex[65];

    unsigned char *in; /* one chunk as read */
    bool eof;          /* read() has returned 0 */
    char *buf;         /* decoded UTF-8; buf[cap] is always writable room for a NUL */
    size_t cap, len;
    size_t pos;   /* first byte not yet consumed */
    size_t pin;   /* first byte of the record being read; == pos between records */
    size_t scan;  /* where the search for the next line end resumes */
    long line_no; /* 1-based line number of the byte at pos */

    /* Columns: names as found, their normalized forms for matching. */
    size_t ncols;
    char **names;
    size_t *name_lens;
    char **keys; /* trimmed, lowercased (ASCII, Cyrillic, ё→е) */
    long header_line;
    long text_col[LOYAL_MAX_TEXT_COLS];
    size_t ntext;
    long score_col, id_col, weight_col, period_col;
    long seg_col[LOYAL_MAX_SEGMENTS];
    size_t nseg;
    size_t need_fields; /* highest resolved column + 1: a shorter row is malformed */
    bool *needed;       /* [ncols] columns a record reads */
    size_t *col_off;    /* [ncols] offsets of this record's needed fields in `fields` */
    size_t *col_len;

    /* The record being read. */
    loyalp_buf fields; /* needed fields, each followed by a NUL */
    loyalp_buf text;   /* several text columns joined by "\n" */
    loyalp_buf raw;    /* rec->raw when it had invalid bytes */
    loyalp_buf hdr;    /* header fields while reading the header */
    size_t *hdr_off, hdr_n, hdr_cap;
    long rec_line;
    long index;
    bool in_record;
    bool header_mode;
    bool row_done;
    size_t field_no;
    loyal_status cb_status; /* an allocation failure inside a libcsv callback */
    bool done;
    loyal_status failed; /* a whole-file error already returned */

    struct csv_parser csv;
    bool csv_ready;
    bool csv_fast;      /* split plain one-line records without libcsv (source_csv.c);
                           true after open, false only in tests that compare the two */
    long csv_fast_recs; /* records the fast path split (for tests) */
};

/* Finds the next physical line at s->pos, reading more input as needed.
 * On return *got says whether there is one; [s->pos, *end) is the line
 * without its terminator and *next is where the line after it starts
 * (*next == *end for a last line with no terminator). The caller consumes it
 * by setting s->pos = *next. LOYAL_ERR_LIMIT when the record being read (from
 * s->pin) grows past the cap, LOYAL_ERR_IO on a read error. */
loyal_status loyalp_source_line(loyal_source *s, size_t *end, size_t *next, bool *got,
                                loyal_error *err);

/* The end of a record's raw bytes that end at `end`: without a CR before
 * the LF. */
size_t loyalp_source_raw_end(const loyal_source *s, size_t start, size_t end);

/* Fills *rec from the record s->rec_line whose bytes are buf[start, end) and
 * whose needed fields are in s->fields at s->col_off / s->col_len (unless
 * skip is set). Checks UTF-8 and counts the record. */
loyal_status loyalp_source_emit(loyal_source *s, loyal_record *rec, loyal_skip skip, size_t start,
                                size_t end, loyal_error *err);

/* Stores one header name (any bytes; made valid UTF-8 here). */
loyal_status loyalp_source_add_name(loyal_source *s, const char *name, size_t len);

/* Appends one needed field of column `col` to s->fields. */
loyal_status loyalp_source_put_field(loyal_source *s, size_t col, const char *p, size_t len);

/* CSV / TSV (source_csv.c). */
loyal_status loyalp_csv_open(loyal_source *s, loyal_error *err);
loyal_status loyalp_csv_next(loyal_source *s, loyal_record *rec, bool *got, loyal_error *err);
void loyalp_csv_close(loyal_source *s);

/* JSON Lines (source_json.c). */
loyal_status loyalp_json_open(loyal_source *s, loyal_error *err);
loyal_status loyalp_json_next(loyal_source *s, loyal_record *rec, bool *got, loyal_error *err);

#endif
