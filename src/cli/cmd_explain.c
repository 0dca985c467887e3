/* cmd_explain.c — `loyal explain TEXT`: why a text got (or did not get) its
 * themes. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* Regex near misses shown per theme unless --all: a common word such as
 * "ответ" is a literal of a dozen responsiveness regexes. */
#define REGEX_MISSES_SHOWN 2

static void help(void) {
    printf("usage: loyal explain [--lexicon DIR] [--lang auto|ru|en] [--all] TEXT\n\n"
           "Shows the normalized text, its tokens with stems, every theme it gets with\n"
           "the rule (file:line), span and polarity with its cues, and the near misses:\n"
           "rules that almost matched and what stopped them (at most %d regexes a theme\n"
           "whose literal is here; --all shows every one).\n\n"
           "example:\n"
           "  loyal explain 'Прошу заменить проект-менеджера, не сошлись по химии'\n",
           REGEX_MISSES_SHOWN);
}

/* Prints code points [a, b) of the UTF-8 text s. */
static void print_cps(const char *s, uint32_t a, uint32_t b) {
    uint32_t cp = 0;
    for (const char *p = s; *p; p++) {
        bool lead = ((unsigned char)*p & 0xC0) != 0x80;
        if (lead && p != s)
            cp++;
        if (cp >= b)
            break;
        if (cp >= a)
            putchar(*p);
    }
}

static const char *script_name(loyal_script s) {
    switch (s) {
    case LOYAL_SCRIPT_LATIN:
        return "latin";
    case LOYAL_SCRIPT_CYRILLIC:
        return "cyrillic";
    case LOYAL_SCRIPT_DIGIT:
        return "digit";
    default:
        return "other";
    }
}

static void print_rule(const loyal_lexicon *lex, size_t ri) {
    static const char *kinds[] = {"term", "regex", "exclude"};
    const loyal_rule_info *r = loyal_lexicon_rule(lex, ri);
    printf("%s:%ld %s %s%s%s", r->file, r->line, kinds[r->kind],
           r->lang == LOYAL_LANG_UNKNOWN ? "" : loyal_lang_name(r->lang),
           r->lang == LOYAL_LANG_UNKNOWN ? "" : " ", r->source);
}

static void explain(loyal_lexicon *lex, loyal_tagger *tg, const char *text,
                    const loyal_tags *tags, bool all) {
    const loyal_text *x = loyal_tagger_text(tg);
    printf("text:       %s\nnormalized: %s\nlanguage:   %s\n", text, x->norm,
           loyal_lang_name(tags->lang));
    printf("\ntokens:\n");
    for (size_t i = 0; i < x->n_tokens; i++) {
        const loyal_token *k = &x->tokens[i];
        uint32_t a, b;
        loyal_text_span(x, k->start, k->end, &a, &b);
        size_t sl;
        const char *stem = loyal_tagger_token_stem(tg, i, &sl);
        printf("  %3zu  [%u,%u)  %-6s %-8s %.*s", i, a, b, loyal_token_kind_name(k->kind),
               script_name(k->script), (int)(k->end - k->start), x->norm + k->start);
        if (stem)
            printf("  stem %.*s", (int)sl, stem);
        putchar('\n');
    }
    printf("\nthemes:%s\n", tags->n ? "" : " none");
    for (size_t i = 0; i < tags->n; i++) {
        const loyal_theme_match *m = &tags->themes[i];
        printf("  %s  %s\n", loyal_lexicon_theme(lex, m->theme)->id,
               loyal_lexicon_has_polarity(lex) ? loyal_polarity_name(m->polarity)
                                               : "(no polarity cues)");
        for (size_t k = 0; k < m->n_spans; k++) {
            printf("    span [%u,%u) \"", m->spans[k].start, m->spans[k].end);
            print_cps(text, m->spans[k].start, m->spans[k].end);
            printf("\"\n");
        }
        for (size_t k = 0; k < m->n_rules; k++) {
            printf("    rule ");
            print_rule(lex, m->rules[k]);
            putchar('\n');
        }
    }
    const loyal_cue_match *cues = NULL;
    size_t nc = loyal_tagger_cues(tg, &cues);
    if (nc) {
        printf("\npolarity cues:\n");
        for (size_t i = 0; i < nc; i++) {
            const loyal_token *f = &x->tokens[cues[i].first], *l = &x->tokens[cues[i].last];
            printf("  polarity.lex:%ld  \"%.*s\"  tokens %u-%u  ", cues[i].line,
                   (int)(l->end - f->start), x->norm + f->start, cues[i].first, cues[i].last);
            if (cues[i].value)
                printf("%+d%s\n", cues[i].value, cues[i].negated ? " (negated)" : "");
            else
                printf("negator or intensifier\n");
        }
    }
    loyal_near_miss *miss = NULL;
    size_t nm = 0;
    if (loyal_tagger_near_misses(tg, &miss, &nm, NULL) == LOYAL_OK) {
        printf("\nnear misses:%s\n", nm ? "" : " none");
        size_t nt = loyal_lexicon_theme_count(lex);
        size_t *regexes = calloc(nt ? nt : 1, sizeof *regexes); /* per theme */
        for (size_t i = 0; i < nm; i++) {
            size_t theme = loyal_lexicon_rule(lex, miss[i].rule)->theme;
            const char *id = loyal_lexicon_theme(lex, theme)->id;
            if (miss[i].kind == LOYAL_MISS_REGEX && !all && regexes) {
                size_t seen = regexes[theme]++;
                if (seen >= REGEX_MISSES_SHOWN) {
                    /* The last of the theme's regex misses says how many
                     * were left out. */
                    bool last = true;
                    for (size_t k = i + 1; k < nm && last; k++)
                        last = !(miss[k].kind == LOYAL_MISS_REGEX &&
                                 loyal_lexicon_rule(lex, miss[k].rule)->theme == theme);
                    size_t more = regexes[theme] - REGEX_MISSES_SHOWN;
                    if (last)
                        printf("  %s: %zu more %s with a literal here (--all shows %s)\n", id,
                               more, more == 1 ? "regex" : "regexes", more == 1 ? "it" : "them");
                    continue;
                }
            }
            printf("  %s: ", id);
            print_rule(lex, miss[i].rule);
            printf("\n    ");
            switch (miss[i].kind) {
            case LOYAL_MISS_EXCLUDED:
                printf("matched \"");
                print_cps(text, miss[i].span.start, miss[i].span.end);
                printf("\" but the mention is inside ");
                print_rule(lex, miss[i].by_rule);
                break;
            case LOYAL_MISS_PARTIAL_TERM:
                printf("its first word is here (\"");
                print_cps(text, miss[i].span.start, miss[i].span.end);
                printf("\"), the whole phrase is not: order, gap (~N) or a later word");
                break;
            case LOYAL_MISS_REGEX:
                printf("its literal \"");
                print_cps(text, miss[i].span.start, miss[i].span.end);
                printf("\" is here, the regex as a whole did not match");
                break;
            }
            putchar('\n');
        }
        free(regexes);
        free(miss);
    }
}

int cmd_explain(int argc, char **argv) {
    static const struct option LONG[] = {{"lexicon", required_argument, NULL, 'l'},
                                         {"lang", required_argument, NULL, 'L'},
                                         {"all", no_argument, NULL, 'a'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *dir = NULL;
    bool all = false;
    loyal_lang lang = LOYAL_LANG_UNKNOWN;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", LONG, NULL)) != -1) {
        switch (c) {
        case 'l':
            dir = optarg;
            break;
        case 'L':
            if (!strcmp(optarg, "ru"))
                lang = LOYAL_LANG_RU;
            else if (!strcmp(optarg, "en"))
                lang = LOYAL_LANG_EN;
            else if (strcmp(optarg, "auto"))
                return cli_usage("use auto, ru or en", "unknown --lang '%s'", optarg);
            break;
        case 'a':
            all = true;
            break;
        case 'h':
            help();
            return EXIT_DONE;
        case ':':
            return cli_usage(NULL, "option %s needs a value", argv[optind - 1]);
        default:
            return cli_usage("loyal explain --help", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return cli_usage("loyal explain 'the text in quotes'", "explain takes one TEXT");
    const char *text = argv[optind];
    loyal_lexicon *lex = NULL;
    int rc = cli_load_lexicon(cli_lexicon_dir(dir), &lex);
    if (rc)
        return rc;
    loyal_tagger *tg = NULL;
    loyal_error err;
    loyal_error_init(&err);
    const loyal_tags *tags = NULL;
    if (loyal_tagger_create(&tg, lex, &err) ||
        loyal_tagger_run(tg, text, strlen(text), lang, &tags, &err)) {
        snprintf(err.file, sizeof err.file, "TEXT");
        rc = cli_fail(&err);
    } else {
        explain(lex, tg, text, tags, all);
    }
    loyal_tagger_free(tg);
    loyal_lexicon_free(lex);
    return rc;
}
