/* cli.h — what the command files of the CLI share. */
#ifndef LOYAL_CLI_H
#define LOYAL_CLI_H

#include "loyal.h"

#include <stdio.h>

/* Exit statuses (CONTRACT.md). */
enum {
    EXIT_DONE = 0,
    EXIT_PROBLEMS = 1, /* a check or test found problems */
    EXIT_USAGE = 2,
    EXIT_INPUT = 3,
    EXIT_OUTPUT = 4
};

/* Prints `loyal: FILE:LINE:COL: message` and a hint line to stderr and
 * returns the exit status the error's status maps to. */
int cli_fail(const loyal_error *err);
/* Prints `loyal: message` (printf-style) and `hint` when not NULL, returns
 * EXIT_USAGE. */
int cli_usage(const char *hint, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The exit status for a library status. */
int cli_exit_for(loyal_status st);

/* Writes one output (path, or "-" for stdout) with `write`, atomically:
 * a failed write leaves no file. Returns 0 or an exit status (error
 * printed). */
int cli_write_output(const char *path,
                     loyal_status (*write)(loyal_output *, const void *, loyal_error *),
                     const void *arg);

/* The lexicon folder: --lexicon, else $LOYAL_LEXICON, else the bundled one. */
const char *cli_lexicon_dir(const char *given);

/* Loads a lexicon, printing the error. Returns 0 or an exit status. */
int cli_load_lexicon(const char *dir, loyal_lexicon **out);

int cmd_rank(int argc, char **argv);
int cmd_tag(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_coverage(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_followup(int argc, char **argv);
int cmd_help(int argc, char **argv);

#endif
