/*
 * loyal.h — the one public header of libloyal.
 *
 * libloyal reads survey and ticket exports, normalizes and tags their text with
 * theme lexicons, accumulates sufficient statistics and ranks themes as loyalty
 * drivers and barriers. The library never prints and never exits: every fallible
 * function returns a loyal_status and fills a loyal_error (first error wins).
 *
 * Ownership is stated on every function. "Borrowed until X" means the pointer
 * stays valid until X happens and must not be freed by the caller.
 * Nothing here holds global mutable state: a compiled loyal_lexicon is read-only
 * after loading and may be shared by threads, each with its own loyal_tagger.
 */
#ifndef LOYAL_H
#define LOYAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LOYAL_VERSION "0.1.0"

/* ------------------------------------------------------------------------ */
/* Status and errors                                                         */
/* ------------------------------------------------------------------------ */

typedef enum loyal_status {
    LOYAL_OK = 0,
    LOYAL_ERR_NOMEM,    /* an allocation failed */
    LOYAL_ERR_USAGE,    /* a bad option value or an unknown / ambiguous column */
    LOYAL_ERR_IO,       /* a file cannot be opened or read */
    LOYAL_ERR_INPUT,    /* the input as a whole cannot be parsed (no header, …) */
    LOYAL_ERR_LEXICON,  /* a lexicon file is malformed or a regex does not compile */
    LOYAL_ERR_LIMIT,    /* a cap on a buffer or a count was hit */
    LOYAL_ERR_OUTPUT,   /* an output cannot be written */
    LOYAL_ERR_ENCODING, /* bytes are not valid in the declared encoding */
    LOYAL_ERR_REGEX,    /* a regex hit its match or depth limit */
    LOYAL_STATUS__COUNT
} loyal_status;

/* A short English name of a status ("out of memory"). Never NULL. */
const char *loyal_strerror(loyal_status status);

/* Details of the first error (like jansson's json_error_t). `line` and
 * `column` are 1-based, 0 when unknown; column counts characters. */
typedef struct loyal_error {
    loyal_status status;
    char file[512];
    long line;
    long column;
    char message[512];
    char hint[256];
} loyal_error;

/* Clears an error to LOYAL_OK and empty strings. Accepts NULL. */
void loyal_error_init(loyal_error *err);

/* An output file (see "Outputs" below). */
typedef struct loyal_output loyal_output;

/* ------------------------------------------------------------------------ */
/* SHA-256                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct loyal_sha256 {
    uint32_t h[8];
    uint64_t bytes;
    unsigned char block[64];
    size_t fill;
} loyal_sha256;

void loyal_sha256_init(loyal_sha256 *ctx);
void loyal_sha256_update(loyal_sha256 *ctx, const void *data, size_t len);
/* Writes 64 lowercase hex digits and a NUL into hex[65]. */
void loyal_sha256_final(loyal_sha256 *ctx, char hex[65]);

/* ------------------------------------------------------------------------ */
/* Sources: records from CSV / TSV / JSON Lines files                        */
/* ------------------------------------------------------------------------ */

typedef enum loyal_format {
    LOYAL_FORMAT_AUTO = 0, /* from the extension, else sniffed */
    LOYAL_FORMAT_CSV,
    LOYAL_FORMAT_TSV,
    LOYAL_FORMAT_JSONL
} loyal_format;

typedef enum loyal_encoding {
    LOYAL_ENCODING_AUTO = 0, /* BOM, else valid UTF-8, else cp1251 */
    LOYAL_ENCODING_UTF8,
    LOYAL_ENCODING_CP1251,
    LOYAL_ENCODING_KOI8R
} loyal_encoding;

/* "csv", "tsv", "jsonl"; "auto" for AUTO. */
const char *loyal_format_name(loyal_format format);
/* "utf-8", "cp1251", "koi8-r"; "auto" for AUTO. */
const char *loyal_encoding_name(loyal_encoding encoding);
/* Parses a name (case-insensitive; "utf8", "windows-1251", "koi8r" accepted
 * too). Returns false when unknown. */
bool loyal_format_parse(const char *name, loyal_format *out);
bool loyal_encoding_parse(const char *name, loyal_encoding *out);

/* Why a row read was not used. Names are stable snake_case words. */
typedef enum loyal_skip {
    LOYAL_SKIP_NONE = 0,
    LOYAL_SKIP_BAD_SCORE,    /* "bad_score": missing, non-numeric or off the scale */
    LOYAL_SKIP_INVALID_UTF8, /* "invalid_utf8": bytes not valid in the encoding */
    LOYAL_SKIP_MALFORMED,    /* "malformed": bad quoting, bad JSON, too few fields */
    LOYAL_SKIP_BAD_WEIGHT,   /* "bad_weight": weight missing, negative or not a number */
    LOYAL_SKIP__COUNT
} loyal_skip;

/* The stable name of a skip reason ("bad_score"); "" for NONE. */
const char *loyal_skip_name(loyal_skip skip);

#define LOYAL_MAX_TEXT_COLS 8
#define LOYAL_MAX_SEGMENTS 8

/* Which columns to read. A column is a header name (matched exactly after
 * trimming spaces, case-insensitively) or a 1-based number written as digits.
 * NULL / 0 means "recognise by the usual headers" (CONTRACT.md). */
typedef struct loyal_source_options {
    loyal_format format;
    char delimiter;          /* CSV only; 0 = sniff among , ; tab */
    loyal_encoding encoding;
    const char *text_cols[LOYAL_MAX_TEXT_COLS];
    size_t n_text_cols;      /* 0 = recognise one text column */
    const char *id_col;      /* NULL = recognise; absent is fine */
    const char *score_col;   /* NULL = recognise */
    bool require_score;      /* true: a missing score column is an error */
    const char *weight_col;  /* NULL = none */
    const char *period_col;  /* NULL = none */
    const char *segment_cols[LOYAL_MAX_SEGMENTS];
    size_t n_segment_cols;
    size_t max_record_bytes; /* cap on one record; 0 = 16 MiB */
} loyal_source_options;

/* Fills defaults: AUTO everything, nothing named, require_score false. */
void loyal_source_options_init(loyal_source_options *opt);

/* One record. Every pointer is borrowed until the next loyal_source_next or
 * loyal_source_free on the same source. Strings are NUL-terminated UTF-8
 * (after re-encoding); `*_len` excludes the NUL. A column that is not read is
 * NULL. When `skip` is set by the source (malformed, invalid_utf8) the fields
 * may be NULL, but `line` and `raw` are always set. */
typedef struct loyal_record {
    long line;            /* 1-based line of the record's first line in its file */
    long index;           /* 0-based number of the record after the header */
    loyal_skip skip;      /* NONE, MALFORMED or INVALID_UTF8 */
    const char *id;       size_t id_len;
    const char *text;     size_t text_len; /* text columns joined by "\n" */
    const char *score;    size_t score_len;
    const char *weight;   size_t weight_len;
    const char *period;   size_t period_len;
    const char *segments[LOYAL_MAX_SEGMENTS];
    size_t segment_lens[LOYAL_MAX_SEGMENTS];
    const char *raw;      size_t raw_len;  /* the record as read, UTF-8, invalid bytes as U+FFFD, no final newline */
} loyal_record;

typedef struct loyal_source loyal_source;

/* Opens a file ("-" is standard input), detects format, delimiter and
 * encoding as asked, reads the header (CSV) or the first object (JSONL) and
 * resolves the columns. Errors: LOYAL_ERR_IO (cannot open), LOYAL_ERR_USAGE
 * (a named column does not exist, no text column or an ambiguous one: the
 * message lists the headers found), LOYAL_ERR_INPUT (empty file, no header).
 * On success the caller owns *out and frees it with loyal_source_free. */
loyal_status loyal_source_open(loyal_source **out, const char *path,
                               const loyal_source_options *opt, loyal_error *err);

/* Reads the next record into *rec. Sets *got to false at the end of input.
 * A bad row is not an error: it comes back with rec->skip set. Errors are
 * only for the file as a whole (LOYAL_ERR_IO on a read error, LOYAL_ERR_LIMIT
 * when a record exceeds max_record_bytes). Memory does not grow with the
 * number of records. */
loyal_status loyal_source_next(loyal_source *src, loyal_record *rec, bool *got,
                               loyal_error *err);

/* What was detected or forced. Valid after open. */
loyal_format loyal_source_format(const loyal_source *src);
loyal_encoding loyal_source_encoding(const loyal_source *src);
char loyal_source_delimiter(const loyal_source *src);
/* The column names found (CSV header, or the first JSON object's keys).
 * Borrowed until loyal_source_free. */
size_t loyal_source_columns(const loyal_source *src, const char *const **names);
/* The header name of the resolved text / score / id column (NULL if none).
 * For several text columns, the first. Borrowed until free. */
const char *loyal_source_text_column(const loyal_source *src);
const char *loyal_source_score_column(const loyal_source *src);
const char *loyal_source_id_column(const loyal_source *src);
/* Bytes read so far and the file's size (0 when unknown: a pipe, stdin). */
void loyal_source_progress(const loyal_source *src, uint64_t *done, uint64_t *total);
/* SHA-256 of all bytes of the file, as 64 hex digits. Complete only after
 * loyal_source_next has returned got == false. Borrowed until free. */
const char *loyal_source_sha256(const loyal_source *src);
void loyal_source_free(loyal_source *src);

/* ------------------------------------------------------------------------ */
/* Text: normalization and tokens                                            */
/* ------------------------------------------------------------------------ */

typedef enum loyal_lang {
    LOYAL_LANG_UNKNOWN = 0, /* no letters */
    LOYAL_LANG_RU,
    LOYAL_LANG_EN,
    LOYAL_LANG_MIXED
} loyal_lang;

/* "ru", "en", "mixed", "unknown". */
const char *loyal_lang_name(loyal_lang lang);

typedef enum loyal_script {
    LOYAL_SCRIPT_OTHER = 0,
    LOYAL_SCRIPT_LATIN,
    LOYAL_SCRIPT_CYRILLIC,
    LOYAL_SCRIPT_DIGIT
} loyal_script;

typedef enum loyal_token_kind {
    LOYAL_TOKEN_WORD = 0, /* letters (and digits), hyphen/apostrophe compounds joined */
    LOYAL_TOKEN_NUMBER,   /* digits with . , : / inside: 10,5  24/7  2026-03 */
    LOYAL_TOKEN_URL,      /* http://…, https://…, www.… */
    LOYAL_TOKEN_EMAIL,    /* name@host.tld */
    LOYAL_TOKEN_EMOJI     /* one pictograph (with its modifiers and joiners) */
} loyal_token_kind;

/* "word", "number", "url", "email", "emoji". */
const char *loyal_token_kind_name(loyal_token_kind kind);

/* A token: [start, end) byte offsets into the normalized text. For a
 * compound word (проект-менеджер, e-mail) `head` is where its last part
 * starts (the part that carries the meaning in Russian and English);
 * otherwise head == start. `script` is the script of the first letter. */
typedef struct loyal_token {
    uint32_t start, end, head;
    loyal_script script;
    loyal_token_kind kind;
} loyal_token;

/* A normalized text with its map back to the original. Reuse one loyal_text
 * for many texts: buffers grow to the largest text and are kept.
 *   norm        NFKC + case fold + default ignorables removed + ё→е +
 *               accents stripped from Latin letters + look-alike letters
 *               repaired to the script of their word + runs of 3 or more
 *               identical letters squeezed to one; NUL-terminated UTF-8
 *   ostart[i]   code-point offset in the original of the character that
 *   oend[i]     produced normalized byte i: [ostart, oend)
 *   tokens      word tokens of norm */
typedef struct loyal_text {
    char *norm;
    size_t norm_len, norm_cap;
    uint32_t *ostart, *oend;
    size_t orig_chars; /* code points in the original */
    loyal_token *tokens;
    size_t n_tokens, tokens_cap;
    size_t letters_cyr, letters_lat;
    size_t max_bytes; /* cap on one text; 0 = 1 MiB */
    int32_t *scratch; /* private: utf8proc's working buffer */
    size_t scratch_cap;
    char *norm2;      /* private: the repair pass's buffers */
    uint32_t *ostart2, *oend2;
    size_t norm2_cap;
} loyal_text;

void loyal_text_init(loyal_text *t);
void loyal_text_clear(loyal_text *t);

/* Normalizes `len` bytes of UTF-8 `s` into t (replacing its previous
 * content) and tokenizes it. Errors: LOYAL_ERR_ENCODING for invalid UTF-8
 * (err->column is the 1-based character where it starts), LOYAL_ERR_LIMIT
 * past t->max_bytes, LOYAL_ERR_NOMEM. */
loyal_status loyal_text_normalize(loyal_text *t, const char *s, size_t len,
                                  loyal_error *err);

/* The language of the last normalized text, by script. */
loyal_lang loyal_text_lang(const loyal_text *t);

/* Maps a byte span [bstart, bend) of t->norm to code points of the
 * original: [*cstart, *cend). */
void loyal_text_span(const loyal_text *t, size_t bstart, size_t bend, uint32_t *cstart,
                     uint32_t *cend);

/* ------------------------------------------------------------------------ */
/* Lexicons                                                                  */
/* ------------------------------------------------------------------------ */

typedef enum loyal_rule_kind {
    LOYAL_RULE_TERM = 0, /* a word or phrase, matched word by word */
    LOYAL_RULE_REGEX,    /* PCRE2 on the normalized text */
    LOYAL_RULE_EXCLUDE   /* a span where the theme's mentions do not count */
} loyal_rule_kind;

typedef struct loyal_theme {
    const char *id;       /* "manager_fit" */
    const char *label_en; /* may be NULL */
    const char *label_ru; /* may be NULL */
    const char *owner;    /* may be NULL */
    const char *file;     /* "manager_fit.lex" (base name) */
} loyal_theme;

typedef struct loyal_rule_info {
    size_t theme;
    loyal_rule_kind kind;
    loyal_lang lang;     /* RU, EN, or UNKNOWN for both */
    const char *file;    /* base name */
    long line;
    const char *source;  /* the value as written */
} loyal_rule_info;

typedef struct loyal_expect {
    size_t theme;
    loyal_lang lang;
    bool positive;       /* '+': the text must get the theme; '-': must not */
    const char *text;
    const char *file;
    long line;
} loyal_expect;

typedef struct loyal_lexicon loyal_lexicon;

/* Loads every *.lex file of `dir` (sorted by name) and compiles its rules.
 * Stops at the first problem: LOYAL_ERR_IO (no such folder, unreadable),
 * LOYAL_ERR_LEXICON with file:line:column (malformed line, regex that does
 * not compile, with PCRE2's message). Caller frees *out with
 * loyal_lexicon_free. The result is read-only and may be shared by threads. */
loyal_status loyal_lexicon_load(loyal_lexicon **out, const char *dir, loyal_error *err);
void loyal_lexicon_free(loyal_lexicon *lex);

size_t loyal_lexicon_theme_count(const loyal_lexicon *lex);
/* Borrowed until loyal_lexicon_free. */
const loyal_theme *loyal_lexicon_theme(const loyal_lexicon *lex, size_t i);
/* Index of a theme id, or (size_t)-1. */
size_t loyal_lexicon_find_theme(const loyal_lexicon *lex, const char *id);
size_t loyal_lexicon_rule_count(const loyal_lexicon *lex);
const loyal_rule_info *loyal_lexicon_rule(const loyal_lexicon *lex, size_t i);
size_t loyal_lexicon_expect_count(const loyal_lexicon *lex);
const loyal_expect *loyal_lexicon_expect(const loyal_lexicon *lex, size_t i);
/* SHA-256 over the names and bytes of the loaded files, in load order. */
const char *loyal_lexicon_sha256(const loyal_lexicon *lex);
/* The folder it was loaded from, as given. */
const char *loyal_lexicon_path(const loyal_lexicon *lex);

/* True when the lexicon has polarity cues (polarity.lex), so mentions get a
 * polarity; false means polarity is not measured (written as null). */
bool loyal_lexicon_has_polarity(const loyal_lexicon *lex);

/* One problem found by loyal_lexicon_check. */
typedef struct loyal_problem {
    char file[512];
    long line, column;
    char message[512];
} loyal_problem;

/* Told about one problem (borrowed during the call). */
typedef void (*loyal_problem_fn)(void *ctx, const loyal_problem *p);

/* Checks every *.lex file of `dir` and reports *every* problem, in file and
 * line order, into a newly allocated array (*problems, caller frees with
 * free()). Returns LOYAL_OK when the folder could be read, whatever it
 * found; LOYAL_ERR_IO when it could not. */
loyal_status loyal_lexicon_check(const char *dir, loyal_problem **problems, size_t *n,
                                 loyal_error *err);

/* ------------------------------------------------------------------------ */
/* Tagging                                                                   */
/* ------------------------------------------------------------------------ */

typedef enum loyal_polarity {
    LOYAL_POLARITY_NEUTRAL = 0,
    LOYAL_POLARITY_POSITIVE,
    LOYAL_POLARITY_NEGATIVE
} loyal_polarity;

/* "neutral", "positive", "negative". */
const char *loyal_polarity_name(loyal_polarity p);

typedef struct loyal_span {
    uint32_t start, end; /* code points of the original text, [start, end) */
} loyal_span;

/* One theme found in one text. */
typedef struct loyal_theme_match {
    size_t theme;
    loyal_polarity polarity;
    size_t n_spans;
    const loyal_span *spans;  /* sorted, distinct */
    size_t n_rules;
    const size_t *rules;      /* indexes for loyal_lexicon_rule, sorted, distinct */
} loyal_theme_match;

typedef struct loyal_tags {
    loyal_lang lang;
    size_t n;
    const loyal_theme_match *themes; /* sorted by theme index */
    size_t regex_limit_hits;         /* rules stopped by the PCRE2 match limit */
} loyal_tags;

typedef struct loyal_tagger loyal_tagger;

/* One tagger per thread over a shared lexicon, which must outlive it. */
loyal_status loyal_tagger_create(loyal_tagger **out, const loyal_lexicon *lex,
                                 loyal_error *err);
void loyal_tagger_free(loyal_tagger *t);

/* Tags one text (UTF-8, `len` bytes). `lang` forces the language (UNKNOWN =
 * detect by script). On success *out is borrowed until the next call on the
 * same tagger. Errors: LOYAL_ERR_ENCODING (invalid UTF-8), LOYAL_ERR_LIMIT,
 * LOYAL_ERR_NOMEM. A regex that hits its match limit is not an error: it is
 * counted in regex_limit_hits and that rule does not match. */
loyal_status loyal_tagger_run(loyal_tagger *t, const char *text, size_t len, loyal_lang lang,
                              const loyal_tags **out, loyal_error *err);

/* A polarity cue found in the last text (polarity.lex), for explaining. */
typedef struct loyal_cue_match {
    size_t cue;        /* index of the cue in polarity.lex order */
    long line;         /* its line in polarity.lex */
    uint32_t first, last; /* token indexes it covers */
    int value;         /* +1/−1 (×2 with an intensifier), sign flipped when negated; 0 for negators and intensifiers */
    bool negated;
} loyal_cue_match;

/* The cues of the last run (computed only when the text had a mention).
 * Borrowed until the next run. */
size_t loyal_tagger_cues(const loyal_tagger *t, const loyal_cue_match **cues);

typedef enum loyal_miss_kind {
    LOYAL_MISS_EXCLUDED,     /* a mention removed by an `exclude` (by_rule) */
    LOYAL_MISS_PARTIAL_TERM, /* the first word of a phrase is there, the phrase is not */
    LOYAL_MISS_REGEX         /* the regex's longest literal is there, the regex did not match */
} loyal_miss_kind;

/* A rule that nearly matched the last text: the answer to "why didn't it
 * match?". `span` is where the mention or the found part is, in code points
 * of the original text. */
typedef struct loyal_near_miss {
    size_t rule;
    loyal_miss_kind kind;
    size_t by_rule; /* EXCLUDED: the exclude rule; otherwise (size_t)-1 */
    loyal_span span;
} loyal_near_miss;

/* The Snowball stem of token `token` of the last text (words only; NULL
 * for other tokens or on allocation failure). Borrowed until the next run. */
const char *loyal_tagger_token_stem(loyal_tagger *t, size_t token, size_t *len);

/* The near misses of the last run, in a new array (caller frees with
 * free()). Errors: LOYAL_ERR_NOMEM. */
loyal_status loyal_tagger_near_misses(loyal_tagger *t, loyal_near_miss **out, size_t *n,
                                      loyal_error *err);

/* What confirms matches: "pcre2 (exact)" or, with the prefilter built in,
 * "word-start index + hyperscan prefilter + pcre2". Static string. */
const char *loyal_matcher_name(void);

/* The loyal_text of the last run (normalized text, tokens). Borrowed. */
const loyal_text *loyal_tagger_text(const loyal_tagger *t);

/* Imports a LIWC-style dictionary (.dic: a `%`-fenced list of "NUMBER
 * CATEGORY" lines, then "word[*] NUMBER..." lines) as a lexicon folder: one
 * <category>.lex per category with a `term` per word (`abandon*` stays a
 * prefix term, plain words match by stem, multi-word entries are phrases)
 * and `expect +` lines for up to three of its words. Files are written to
 * out_dir (created if missing; an existing <category>.lex is an error).
 * lang is the language of the terms and label (UNKNOWN: terms for all
 * languages, an English label). Theme ids are the category names in
 * lowercase Latin (Cyrillic transliterated). An entry that cannot be a term
 * (a number such as "2020", no letter as ":)", not one word as "a.m.", not
 * valid UTF-8) is skipped: counted in *n_skipped and, when on_skip is not
 * NULL, told to it with the .dic's path, the line and why. Nothing is
 * written unless the whole .dic reads cleanly, and a failed import leaves no
 * file behind (nor out_dir, if it created it).
 * Errors: LOYAL_ERR_IO (unreadable .dic), LOYAL_ERR_INPUT with file:line
 * (malformed line, unknown category number), LOYAL_ERR_OUTPUT. */
loyal_status loyal_liwc_import(const char *dic_path, const char *out_dir, loyal_lang lang,
                               size_t *n_themes, size_t *n_terms, size_t *n_skipped,
                               loyal_problem_fn on_skip, void *ctx, loyal_error *err);

/* One `expect` line that does not hold. */
typedef struct loyal_expect_failure {
    size_t expect;   /* index for loyal_lexicon_expect */
    char got[1024];  /* the themes the text got, as "[a, b]" */
} loyal_expect_failure;

/* Runs every `expect` line of lex with a tagger of its own. Failures go into
 * a newly allocated array (*failures, caller frees with free()), in lexicon
 * order; *n is their count. An expect text that is not valid UTF-8 is a
 * failure too. Errors: LOYAL_ERR_NOMEM. */
loyal_status loyal_lexicon_test(const loyal_lexicon *lex, loyal_expect_failure **failures,
                                size_t *n, loyal_error *err);

/* ------------------------------------------------------------------------ */
/* Metrics                                                                   */
/* ------------------------------------------------------------------------ */

typedef enum loyal_metric_kind {
    LOYAL_METRIC_NPS = 0, /* 0–10; 9–10 promoter, 7–8 passive, 0–6 detractor */
    LOYAL_METRIC_CSAT,    /* share of the top two boxes, scale default 1–5 */
    LOYAL_METRIC_CSI      /* mean rescaled to 0–100, scale default 1–10 */
} loyal_metric_kind;

typedef struct loyal_metric {
    loyal_metric_kind kind;
    double min, max; /* the answer scale */
} loyal_metric;

/* "nps", "csat", "csi". */
const char *loyal_metric_name(loyal_metric_kind kind);
bool loyal_metric_parse(const char *name, loyal_metric_kind *out);
/* Sets the kind and its default scale. */
void loyal_metric_init(loyal_metric *m, loyal_metric_kind kind);
/* Parses "MIN-MAX" (e.g. "1-5", "0-10") into the scale. False if malformed
 * or MIN >= MAX, and then the scale is unchanged. Bounds are non-negative
 * decimals with '.'. NPS accepts only "0-10"; CSAT needs integer bounds at
 * least 2 apart (three answers or more); CSI takes any scale. */
bool loyal_metric_set_scale(loyal_metric *m, const char *spec);

/* Classes of an answer, for counts. NPS: promoter/passive/detractor; CSAT:
 * top-two-box is PROMOTER, the rest DETRACTOR; CSI: all PASSIVE. */
typedef enum loyal_class {
    LOYAL_CLASS_PROMOTER = 0,
    LOYAL_CLASS_PASSIVE,
    LOYAL_CLASS_DETRACTOR
} loyal_class;

/* Parses one raw score cell (surrounding spaces allowed). NPS and CSAT take
 * integers on the scale ("9", "9.0", "9,0"; "9,5" is not an answer); CSI
 * takes decimals with '.' or ','. Exponents, "inf", "NaN", trailing junk are
 * rejected; the locale plays no part. `score`, `y`, `cls` may be NULL.
 * On success sets *score (the answer), *y (its contribution to the metric:
 * NPS +100/0/−100, CSAT 100/0, CSI 100·(s−min)/(max−min)) and *cls and
 * returns true; returns false for empty, "n/a", non-numbers, off-scale. */
bool loyal_metric_value(const loyal_metric *m, const char *raw, size_t len, double *score,
                        double *y, loyal_class *cls);

/* Is an answer a low one, a complaint: an NPS detractor (0–6), a CSAT answer
 * below the top two boxes, a CSI answer in the lower 60% of the scale (y ≤ 60,
 * as 0–6 is on 0–10)? Used to weight coverage toward unhappy clients. */
bool loyal_metric_low(const loyal_metric *m, double y, loyal_class cls);

/* ------------------------------------------------------------------------ */
/* Sufficient statistics                                                     */
/* ------------------------------------------------------------------------ */

/* Sums over a set of rows. With weights w (1 without --weight), y as given by
 * loyal_metric_value. Everything the ranking needs is one of these sums, so
 * shards and threads add exactly. */
typedef struct loyal_sums {
    long n;          /* rows */
    long cls[3];     /* rows per loyal_class */
    double w, w2;    /* Σw, Σw² */
    double wy, wy2;  /* Σw·y, Σw·y² */
    double wcls[3];  /* Σw per class */
} loyal_sums;

void loyal_sums_add(loyal_sums *s, double y, double w, loyal_class cls);
/* a += b */
void loyal_sums_merge(loyal_sums *a, const loyal_sums *b);
/* a − b (for "all rows but the theme's mentioners"). The counts are exact,
 * so a class (or the whole group) with no rows left gets weighted sums of
 * exactly 0 rather than the rounding residue of the subtraction. */
loyal_sums loyal_sums_sub(const loyal_sums *a, const loyal_sums *b);

/* Statistics of one group of rows (the whole input, one segment, one
 * period): overall sums, per-theme sums over mentioners, polarity counts, and
 * the cross-products of the theme indicators x and y for key-driver models. */
typedef struct loyal_stats {
    size_t n_themes;
    loyal_sums all;
    loyal_sums *theme;     /* [n_themes] over rows mentioning the theme */
    long (*polarity)[3];   /* [n_themes][loyal_polarity] rows */
    double *xx;            /* [n_themes*n_themes] Σw·x_i·x_j */
    double *xy;            /* [n_themes] Σw·x_i·y */
    long comments;         /* rows with non-empty text */
    long tagged;           /* rows with at least one theme */
} loyal_stats;

/* Allocates zeroed statistics for n_themes. Caller frees with
 * loyal_stats_free. */
loyal_status loyal_stats_create(loyal_stats **out, size_t n_themes, loyal_error *err);
void loyal_stats_free(loyal_stats *st);

/* Adds one used row: its y and weight, class, whether it has text, and its
 * themes (indexes, distinct) with their polarities. `polarity` NULL counts
 * every theme neutral; an index >= n_themes is ignored. A row is `tagged`
 * when it has at least one theme. */
void loyal_stats_add(loyal_stats *st, double y, double w, loyal_class cls, bool has_text,
                     const size_t *themes, const loyal_polarity *polarity, size_t n);

/* a += b; both must have the same n_themes (otherwise nothing is done). */
void loyal_stats_merge(loyal_stats *a, const loyal_stats *b);

/* ------------------------------------------------------------------------ */
/* Ranking                                                                   */
/* ------------------------------------------------------------------------ */

typedef enum loyal_role {
    LOYAL_ROLE_UNCLEAR = 0,
    LOYAL_ROLE_DRIVER,
    LOYAL_ROLE_BARRIER
} loyal_role;

/* "unclear", "driver", "barrier". */
const char *loyal_role_name(loyal_role role);

typedef struct loyal_rank_options {
    double confidence;  /* 0.95 */
    long min_mentions;  /* 30 */
} loyal_rank_options;

void loyal_rank_options_init(loyal_rank_options *opt);

/* Figures of one group. Undefined figures are NAN (written as null).
 * Formulas and references: docs/STATISTICS.md. */
typedef struct loyal_overall_result {
    long n;              /* rows (a count, also with weights) */
    double weight;       /* Σw (= n without weights) */
    double score;        /* the metric, weighted; NAN when n = 0 or Σw = 0 */
    double ci_lo, ci_hi; /* NPS adjusted Wald, CSAT Wilson, CSI t on Kish's n − 1
                            df; clipped to the metric's range; NAN when n = 0
                            (CSI: when Kish's n < 2) */
    long promoters, passives, detractors; /* counts per loyal_class */
} loyal_overall_result;

typedef struct loyal_theme_result {
    size_t theme;        /* lexicon index */
    long mentions;       /* rows mentioning the theme (a count) */
    double share;        /* Σw of mentioners / Σw (= mentions / n without weights) */
    double score_with, score_without; /* the metric among mentioners / the rest */
    double impact, ci_lo, ci_hi;      /* score − score_without = share·(with − without);
                                         NAN when no row or every row mentions it */
    double p_value, q_value;          /* two-sided normal; Benjamini–Hochberg over the
                                         themes whose p is defined */
    loyal_role role;     /* driver / barrier when q < 1 − confidence and mentions >=
                            min_mentions, else unclear */
    double importance;   /* relative weight (Johnson 2000): the theme's share of R²;
                            0 when its impact is undefined; NAN when R² is */
    long polarity[3];    /* per loyal_polarity */
} loyal_theme_result;

typedef struct loyal_ranking {
    loyal_overall_result overall;
    size_t n_themes;
    loyal_theme_result *themes; /* sorted by impact, highest first; NAN last */
    double r2;                  /* R² of the score on all theme indicators together
                                   (weighted least squares); NAN when n = 0 or the
                                   score does not vary */
} loyal_ranking;

/* Ranks one group's statistics; every figure is a function of the sums in
 * *st, so ranking merged shards equals ranking all rows. opt NULL means the
 * defaults. Errors: LOYAL_ERR_USAGE (st or metric NULL, an invalid metric,
 * confidence not strictly between 0 and 1, min_mentions < 0),
 * LOYAL_ERR_NOMEM. Caller frees *out with loyal_ranking_free. */
loyal_status loyal_rank_compute(const loyal_stats *st, const loyal_metric *metric,
                                const loyal_rank_options *opt, loyal_ranking **out,
                                loyal_error *err);
void loyal_ranking_free(loyal_ranking *r);

/* The change of one figure from one period to the next (cur − prev). */
typedef struct loyal_change {
    size_t theme;         /* lexicon index; (size_t)-1 for the overall score */
    double prev, cur;     /* the overall score, or the theme's impact, in each period */
    double delta;         /* cur − prev; NAN when either is undefined */
    double ci_lo, ci_hi;  /* interval of the change at `confidence` */
    double p_value;       /* two-sided, against "no change" */
    double q_value;       /* themes: Benjamini–Hochberg over the themes; overall: p_value */
    bool significant;     /* q_value < 1 − confidence (themes: and both periods have at
                             least min_mentions mentions) */
} loyal_change;

typedef struct loyal_comparison {
    loyal_change overall;
    size_t n_themes;
    loyal_change *themes; /* [n_themes], in lexicon order */
} loyal_comparison;

/* Compares two periods' statistics (independent samples): the change of the
 * overall score and of each theme's impact, with its interval, p-value and
 * whether it is significant (docs/STATISTICS.md, "Periods"). Both must have
 * the same n_themes (else LOYAL_ERR_USAGE) and come from the same metric.
 * opt NULL means the defaults. Caller frees *out with loyal_comparison_free. */
loyal_status loyal_rank_compare(const loyal_stats *prev, const loyal_stats *cur,
                                const loyal_metric *metric, const loyal_rank_options *opt,
                                loyal_comparison **out, loyal_error *err);
void loyal_comparison_free(loyal_comparison *c);

/* ------------------------------------------------------------------------ */
/* Runs: sources → tags → statistics                                         */
/* ------------------------------------------------------------------------ */

/* Counts that reconcile: read = used + Σ skipped. */
typedef struct loyal_counts {
    long read;
    long used;
    long skipped[LOYAL_SKIP__COUNT]; /* [LOYAL_SKIP_NONE] stays 0 */
    long regex_limit_hits;           /* rule runs stopped by a PCRE2 limit */
} loyal_counts;

/* One input file as read. */
typedef struct loyal_input_info {
    char *path;
    loyal_format format;
    loyal_encoding encoding;
    char delimiter; /* CSV/TSV; 0 for JSON Lines */
    char sha256[65];
} loyal_input_info;

/* One example comment of a theme. */
typedef struct loyal_example {
    char *id;   /* may be NULL */
    char *text; /* cut to LOYAL_EXAMPLE_CHARS characters, with "…" */
    char *file; /* the input the row is in (may be NULL: a partial of an older loyal) */
    long line;  /* its first line in that file */
    loyal_class cls;
} loyal_example;

#define LOYAL_EXAMPLE_CHARS 280
#define LOYAL_EXAMPLES 3

/* Examples kept per theme: the first LOYAL_EXAMPLES mentions among
 * promoters, among detractors, and among all rows. */
typedef struct loyal_examples {
    loyal_example promoters[LOYAL_EXAMPLES], detractors[LOYAL_EXAMPLES], any[LOYAL_EXAMPLES];
    size_t n_promoters, n_detractors, n_any;
} loyal_examples;

/* The rows of one value of a segment column, or of one period. */
typedef struct loyal_group {
    size_t column;       /* index into loyal_summary.segment_columns; unused for periods */
    char *value;         /* the cell's text */
    loyal_stats *stats;
} loyal_group;

#define LOYAL_MAX_GROUPS 1000 /* distinct values of one segment or period column */

/* Everything a ranking document is written from: what a run over the input
 * accumulated (and, later, what merged partial statistics hold). */
typedef struct loyal_summary {
    loyal_counts counts;
    loyal_input_info *inputs;
    size_t n_inputs;
    loyal_stats *stats;          /* all used rows */
    loyal_examples *examples;    /* [stats->n_themes] */
    size_t n_segment_columns;    /* as given by --segment, in order */
    const char *segment_columns[LOYAL_MAX_SEGMENTS];
    loyal_group *segments;       /* every (column, value) seen, in first-seen order */
    size_t n_segments;
    const char *period_column;   /* NULL without --period */
    loyal_group *periods;        /* in chronological (natural) order once the run ends */
    size_t n_periods;
    /* private: capacities, and column names owned by the summary (read back
     * from a partial) */
    size_t inputs_cap, segments_cap, periods_cap;
    char *owned_columns[LOYAL_MAX_SEGMENTS + 1];
} loyal_summary;

/* Frees a summary made by loyal_partial_read. Accepts NULL. */
void loyal_summary_free(loyal_summary *s);

/* Puts the periods in chronological order (natural sort of their labels:
 * 2026Q2 < 2026Q10). */
void loyal_summary_sort(loyal_summary *s);

/* Partial statistics (loyal.partial/1, CONTRACT.md): a summary as its sums,
 * so shards run apart merge exactly. Written to o. */
loyal_status loyal_partial_write(loyal_output *o, const loyal_lexicon *lex,
                                 const loyal_metric *metric, const loyal_summary *s,
                                 loyal_error *err);
/* Reads a partial made with `lex` (else LOYAL_ERR_USAGE: its sha256 must
 * match), setting *metric to the partial's. Caller frees *out with
 * loyal_summary_free. Errors: LOYAL_ERR_IO, LOYAL_ERR_INPUT (file:line:col
 * of bad JSON, or what is missing), LOYAL_ERR_USAGE. */
loyal_status loyal_partial_read(const char *path, const loyal_lexicon *lex,
                                loyal_metric *metric, loyal_summary **out, loyal_error *err);
/* a += b: counts, inputs, statistics, groups (by column and value) and
 * examples (a's first, then b's, up to LOYAL_EXAMPLES). Both must come from
 * the same lexicon and group by the same columns (else LOYAL_ERR_USAGE).
 * Call loyal_summary_sort after the last merge. */
loyal_status loyal_summary_merge(loyal_summary *a, const loyal_summary *b, loyal_error *err);

#define LOYAL_MAX_EDGES 16

typedef struct loyal_run_options {
    loyal_source_options source;
    /* Cohorts of a numeric segment column (e.g. tenure in months, edges 3 6 9
     * 12 → "<3", "3-6", "6-9", "9-12", "12+", each [from, to)); a column
     * without edges groups by its text. A cell that is not a number: "n/a". */
    double segment_edges[LOYAL_MAX_SEGMENTS][LOYAL_MAX_EDGES];
    size_t n_segment_edges[LOYAL_MAX_SEGMENTS];
    loyal_metric metric;
    bool need_score; /* rank: a row without a valid score is skipped (bad_score) */
    loyal_lang lang; /* UNKNOWN: detect per row */
    size_t threads;  /* taggers in parallel; 0 = one per core. With more than one,
                        rows reach on_row without `text` (NULL). Results are the
                        same whatever the number. */
} loyal_run_options;

/* The number of cores online (at least 1, at most 64). */
size_t loyal_cores(void);

/* Sets defaults: source defaults, NPS, need_score true, lang detected. */
void loyal_run_options_init(loyal_run_options *opt);

/* One used row as the run saw it; borrowed during the callback only. */
typedef struct loyal_row {
    const char *path;
    const loyal_record *rec;
    bool has_score;
    double score, y, w;
    loyal_class cls;
    const loyal_tags *tags;
    const loyal_text *text; /* the normalized text and its tokens; NULL with threads > 1 */
} loyal_row;

/* Called for every used row, in input order. A non-OK return stops the run
 * with that status. */
typedef loyal_status (*loyal_row_fn)(void *ctx, const loyal_row *row, loyal_error *err);
/* Called for every skipped row with its reason. */
typedef loyal_status (*loyal_skip_fn)(void *ctx, const char *path, const loyal_record *rec,
                                      loyal_skip reason, loyal_error *err);
/* Called now and then (every 4096 rows) with the rows read so far and the
 * bytes of the current file read so far and in all (0: unknown). */
typedef void (*loyal_progress_fn)(void *ctx, const char *path, long rows, uint64_t done,
                                  uint64_t total);

typedef struct loyal_run loyal_run;

/* A run over one or more files with one lexicon, which must outlive it.
 * Callbacks may be NULL. Caller frees with loyal_run_free. */
loyal_status loyal_run_create(loyal_run **out, const loyal_lexicon *lex,
                              const loyal_run_options *opt, loyal_error *err);
void loyal_run_set_callbacks(loyal_run *run, loyal_row_fn on_row, loyal_skip_fn on_skip,
                             loyal_progress_fn on_progress, void *ctx);
/* Reads every record of one file. Errors: as loyal_source_open/next, or
 * what a callback returned, or LOYAL_ERR_LIMIT when a segment or period
 * column has more than LOYAL_MAX_GROUPS values. Bad rows are counted, not
 * errors. */
loyal_status loyal_run_file(loyal_run *run, const char *path, loyal_error *err);
/* Puts the periods in chronological order (loyal_summary_sort). Call after
 * the last file. */
void loyal_run_finish(loyal_run *run);

/* Natural order of two labels: digit runs compare as numbers. */
int loyal_natural_cmp(const char *a, const char *b);
/* Borrowed until loyal_run_free. */
const loyal_summary *loyal_run_summary(const loyal_run *run);
void loyal_run_free(loyal_run *run);

/* ------------------------------------------------------------------------ */
/* Coverage: what the untagged comments talk about                           */
/* ------------------------------------------------------------------------ */

typedef enum loyal_gram_kind {
    LOYAL_GRAM_WORD = 0, /* a word (stop words left out) */
    LOYAL_GRAM_STEM,     /* a Snowball stem */
    LOYAL_GRAM_PHRASE,   /* 2–3 consecutive words, not starting or ending with a stop word */
    LOYAL_GRAM__COUNT
} loyal_gram_kind;

/* One frequent word, stem or phrase among untagged comments. */
typedef struct loyal_gram {
    const char *text;       /* normalized */
    long comments;          /* untagged comments it occurs in */
    long detractors;        /* of which detractors (NPS 0–6, or the low answers) */
    double weight;          /* Σ of the comments' weights: detractor 3, other 1 */
    const char *examples[2]; /* original texts of the first two comments, cut */
} loyal_gram;

typedef struct loyal_coverage loyal_coverage;

/* A coverage accumulator. Memory is bounded: when a table passes its cap,
 * entries seen in only one comment are dropped (counts of the frequent ones
 * stay exact unless they were dropped early; the report says so). */
loyal_status loyal_coverage_create(loyal_coverage **out, loyal_error *err);
void loyal_coverage_free(loyal_coverage *cov);
/* Adds one comment: its normalized text (tokens) and original text, and
 * whether it was tagged and whether it is a detractor. Tagged comments only
 * count toward the share. */
loyal_status loyal_coverage_add(loyal_coverage *cov, const loyal_text *text, const char *orig,
                                size_t orig_len, bool tagged, bool detractor,
                                loyal_error *err);
/* Comments with text seen, and how many were untagged. */
void loyal_coverage_counts(const loyal_coverage *cov, long *with_text, long *untagged,
                           bool *pruned);
/* The top `n` entries of a kind by weight (ties by text), in a new array
 * (caller frees with free(); strings borrowed until loyal_coverage_free). */
loyal_status loyal_coverage_top(const loyal_coverage *cov, loyal_gram_kind kind, size_t n,
                                loyal_gram **out, size_t *count, loyal_error *err);

/* ------------------------------------------------------------------------ */
/* Follow-up: the detractors to call back                                   */
/* ------------------------------------------------------------------------ */

typedef struct loyal_followup loyal_followup;

/* A follow-up list over rows tagged with lex; lex and metric are borrowed
 * and must outlive it. It keeps the detractors (loyal_metric_low) with their
 * id, file, row, score, themes and the first 500 characters of their
 * comment; past 10,000 the least urgent are dropped (lowest score, then most
 * negative mentions, then input order, is the most urgent). Caller frees with
 * loyal_followup_free. Errors: LOYAL_ERR_NOMEM. */
loyal_status loyal_followup_create(loyal_followup **out, const loyal_lexicon *lex,
                                   const loyal_metric *metric, loyal_error *err);
void loyal_followup_free(loyal_followup *f);
/* Adds a used row (ignored unless it has a score that is low). Errors:
 * LOYAL_ERR_NOMEM. */
loyal_status loyal_followup_add(loyal_followup *f, const loyal_row *row, loyal_error *err);
/* After the last row: marks the themes rk finds to be barriers and orders
 * the list for calling: the lowest score first, then the most barrier
 * themes, then the most negative mentions, then input order. */
void loyal_followup_sort(loyal_followup *f, const loyal_ranking *rk);
/* The detractors kept; *dropped (when not NULL) tells whether there were
 * more (the least urgent were dropped). */
size_t loyal_followup_count(const loyal_followup *f, bool *dropped);

/* ------------------------------------------------------------------------ */
/* Outputs                                                                   */
/* ------------------------------------------------------------------------ */

/* Opens an output: "-" is standard output; a path is written to a temporary
 * file beside it and renamed on commit, so a failed run never leaves half a
 * file. Errors: LOYAL_ERR_OUTPUT with the path. */
loyal_status loyal_output_open(loyal_output **out, const char *path, loyal_error *err);
loyal_status loyal_output_write(loyal_output *o, const void *data, size_t len,
                                loyal_error *err);
/* Flushes, renames into place and frees o (also on error). */
loyal_status loyal_output_commit(loyal_output *o, loyal_error *err);
/* Removes the temporary file and frees o. Accepts NULL. */
void loyal_output_abort(loyal_output *o);

/* What a ranking document is made of. */
typedef struct loyal_report {
    const loyal_lexicon *lex;
    const loyal_metric *metric;
    const loyal_rank_options *rank;
    const loyal_summary *summary;
    const loyal_ranking *ranking;
} loyal_report;

/* Writes the ranking JSON (loyal.ranking/1, CONTRACT.md) to o. */
loyal_status loyal_report_json(loyal_output *o, const loyal_report *rep, loyal_error *err);

/* The rejects file (CONTRACT.md): a UTF-8 CSV with header line,reason,raw
 * and, added after them, file. Write the header once, then one row per
 * skipped record. */
loyal_status loyal_report_rejects_header(loyal_output *o, loyal_error *err);
loyal_status loyal_report_reject(loyal_output *o, const char *path, const loyal_record *rec,
                                 loyal_skip reason, loyal_error *err);

/* Writes the HTML report (one self-contained page: overall score, impact
 * chart, themes, examples, periods, segments) to o. */
loyal_status loyal_report_html(loyal_output *o, const loyal_report *rep, loyal_error *err);

/* Writes the coverage report of cov to o: the share of untagged comments
 * and the `top` most frequent words, stems and phrases among them, each with
 * up to two example comments; as a table a person reads, or with json as
 * one line of JSON (schema loyal.coverage/1). Errors: LOYAL_ERR_NOMEM,
 * LOYAL_ERR_OUTPUT. */
loyal_status loyal_report_coverage(loyal_output *o, const loyal_coverage *cov, size_t top,
                                   bool json, loyal_error *err);

/* Writes the first `top` people of a sorted follow-up list to o: CSV with
 * the header id,row,file,score,barriers,owners,themes,text (lists as
 * "a; b"), or with json one JSON object a line (lists as arrays). Errors:
 * LOYAL_ERR_NOMEM, LOYAL_ERR_OUTPUT. */
loyal_status loyal_report_followup(loyal_output *o, const loyal_followup *f, size_t top,
                                   bool json, loyal_error *err);

/* Writes one tagged JSON line (CONTRACT.md) for a used row to o. */
loyal_status loyal_report_tagged(loyal_output *o, const loyal_lexicon *lex,
                                 const loyal_row *row, loyal_error *err);

#ifdef __cplusplus
}
#endif
#endif /* LOYAL_H */
