/* main.c — `loyal COMMAND …`: dispatch, help and version. */
#include "cli.h"

#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command COMMANDS[] = {
    {"rank", cmd_rank, "themes ranked as drivers and barriers -> ranking JSON"},
    {"tag", cmd_tag, "every row with its themes -> JSON Lines"},
    {"followup", cmd_followup, "detractors to call back today, with barriers and owners"},
    {"coverage", cmd_coverage, "untagged share and what untagged comments talk about"},
    {"explain", cmd_explain, "explain TEXT: normalized text, tokens, matches, near misses"},
    {"merge", cmd_merge, "merge PARTIAL... -o FILE: add shards' partial statistics"},
    {"lexicon", cmd_lexicon, "lexicon check|test [DIR]: prove a lexicon"},
    {"help", cmd_help, "help [COMMAND]"},
};
#define N_COMMANDS (sizeof COMMANDS / sizeof COMMANDS[0])

static void usage(FILE *f) {
    fprintf(f, "loyal %s: what makes clients loyal and what holds them back\n\n", LOYAL_VERSION);
    fprintf(f, "usage: loyal COMMAND [OPTIONS] [FILE...]\n\ncommands:\n");
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(f, "  %-9s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fprintf(f, "\n`loyal COMMAND --help` for a command's options. Quick start:\n"
               "  loyal rank survey.csv -o ranking.json\n"
               "  loyal tag tickets.jsonl -o tagged.jsonl\n");
}

static const command *find(const char *name) {
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (!strcmp(COMMANDS[i].name, name))
            return &COMMANDS[i];
    return NULL;
}

int cmd_help(int argc, char **argv) {
    if (argc < 2) {
        usage(stdout);
        return EXIT_DONE;
    }
    const command *c = find(argv[1]);
    if (!c || c->run == cmd_help)
        return cli_usage("loyal help", "no such command '%s'", argv[1]);
    char *args[] = {argv[1], "--help", NULL};
    return c->run(2, args);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
        printf("loyal %s (matcher: %s)\n", LOYAL_VERSION, loyal_matcher_name());
        return EXIT_DONE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(stdout);
        return EXIT_DONE;
    }
    const command *c = find(argv[1]);
    if (!c)
        return cli_usage("run `loyal help` for the list of commands", "unknown command '%s'",
                         argv[1]);
    return c->run(argc - 1, argv + 1);
}
