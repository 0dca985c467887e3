#!/usr/bin/env python3
"""bench/baseline.py CSV LEXDIR: what an analyst writes instead of loyal.

Python 3 standard library only: the csv module, str.lower(), the lexicon's
rules compiled as `re` (one alternation per theme for its mentions and one
for its excludes, the way a script would group them), and the NPS impact of
each theme: NPS(all) − NPS(all rows that do not mention it).

Terms become word regexes, since the standard library has no Snowball: a
word matches anything that starts with it less its last two letters (about
what its stem would match), `word*` by prefix, `*word` by suffix, and the
words of a phrase follow each other with up to N words between (`~N`).
Regexes are used as written (PCRE and `re` agree on every construct the
bundled lexicon uses). A mention inside an exclude span of its theme does
not count.

Prints the per-theme table on stdout and, on stderr, one line:
    baseline: ROWS rows, MB MB in S s: X MB/s, R rows/s
"""
import csv
import os
import re
import sys
import time

TEXT_HEADERS = ("комментарий", "comment", "text", "feedback")
SCORE_HEADERS = ("nps", "score", "оценка")


def read_lexicon(folder):
    """{theme: (mention regexes, exclude regexes)} from the *.lex files."""
    themes = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".lex") or name == "polarity.lex":
            continue
        theme, pos, neg = None, [], []
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                words = line.split(None, 1)
                if not words or words[0] not in ("theme", "term", "regex", "exclude"):
                    continue
                value = words[1] if len(words) > 1 else ""
                m = re.search(r"(^|[ \t])#", value)
                if m:
                    value = value[: m.start()]
                value = value.strip()
                if words[0] == "theme":
                    theme = value
                    continue
                if value[:3] in ("ru ", "en "):
                    value = value[3:].strip()
                if words[0] == "term":
                    pos.append(term_regex(value))
                elif words[0] == "regex":
                    pos.append(value)
                else:
                    neg.append(value)
        themes[theme] = (pos, neg)
    return themes


def term_regex(value):
    gap = 0
    m = re.search(r"\s~(\d+)$", value)
    if m:
        gap, value = int(m.group(1)), value[: m.start()]
    parts = []
    for w in value.replace("ё", "е").split():
        if w.endswith("*") and len(w) > 1:
            parts.append(r"(?<!\w)" + re.escape(w[:-1]) + r"\w*")
        elif w.startswith("*") and len(w) > 1:
            parts.append(r"\w*" + re.escape(w[1:]) + r"(?!\w)")
        else:
            parts.append(r"(?<!\w)" + re.escape(w[: max(3, len(w) - 2)]) + r"\w*")
    sep = r"\W+(?:\w+\W+){0,%d}" % gap if gap else r"\W+"
    return sep.join(parts)


def compile_themes(themes):
    out = []
    for theme, (pos, neg) in themes.items():
        p = re.compile("|".join("(?:%s)" % r for r in pos)) if pos else None
        n = re.compile("|".join("(?:%s)" % r for r in neg)) if neg else None
        out.append((theme, p, n))
    return out


def mentions(text, p, n):
    if p is None:
        return False
    spans = None
    for m in p.finditer(text):
        if n is None:
            return True
        if spans is None:
            spans = [x.span() for x in n.finditer(text)]
        if not any(s <= m.start() and m.end() <= e for s, e in spans):
            return True
    return False


def nps(prom, det, n):
    return 100.0 * (prom - det) / n if n else float("nan")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: baseline.py CSV LEXDIR\n")
        return 2
    start = time.perf_counter()
    compiled = compile_themes(read_lexicon(argv[2]))
    k = len(compiled)
    n = prom = det = 0
    t_n = [0] * k
    t_prom = [0] * k
    t_det = [0] * k
    with open(argv[1], encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = [h.strip().lower() for h in next(rd)]
        ti = next(i for i, h in enumerate(header) if h in TEXT_HEADERS)
        si = next(i for i, h in enumerate(header) if h in SCORE_HEADERS)
        for row in rd:
            try:
                score = int(row[si])
            except (ValueError, IndexError):
                continue
            if not 0 <= score <= 10:
                continue
            text = row[ti].lower().replace("ё", "е")
            n += 1
            p_ = score >= 9
            d_ = score <= 6
            prom += p_
            det += d_
            for i, (_, p, x) in enumerate(compiled):
                if mentions(text, p, x):
                    t_n[i] += 1
                    t_prom[i] += p_
                    t_det[i] += d_
    elapsed = time.perf_counter() - start
    overall = nps(prom, det, n)
    print("theme\tmentions\timpact")
    for i, (theme, _, _) in enumerate(compiled):
        without = nps(prom - t_prom[i], det - t_det[i], n - t_n[i])
        print("%s\t%d\t%.3f" % (theme, t_n[i], overall - without))
    size = os.path.getsize(argv[1]) / 1e6
    sys.stderr.write("baseline: %d rows, %.1f MB in %.2f s: %.2f MB/s, %.0f rows/s\n"
                     % (n, size, elapsed, size / elapsed, n / elapsed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
