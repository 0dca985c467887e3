#!/usr/bin/env bash
# For a split of the input into shards, rank --from-partial (merge of the
# shards' partials) equals rank over the whole input in every number except
# inputs, floating sums to 1e-9 relative (CONTRACT.md, loyal.partial/1).
# Also: merge refuses another lexicon or metric; bad partials are clear errors.
set -u
loyal=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pass=0
check() { if "$@"; then pass=$((pass + 1)); else echo "FAIL: $*"; fail=$((fail + 1)); fi; }

# The demo survey as UTF-8, whole and in three shards of 400 records.
python3 - "$tmp" <<'PY'
import csv, sys
tmp = sys.argv[1]
rows = list(csv.reader(open('corpus/demo/survey.csv', encoding='cp1251', newline=''), delimiter=';'))
head, body = rows[0], rows[1:]
def write(name, part):
    with open(f'{tmp}/{name}', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=';')
        w.writerow(head)
        w.writerows(part)
write('all.csv', body)
for i in range(3):
    write(f'part{i}.csv', body[i * 400:(i + 1) * 400])
PY
args=(--segment service --segment tenure_months:3,6,9,12 --period quarter --weight budget -q)
check "$loyal" rank "$tmp/all.csv" "${args[@]}" -o "$tmp/whole.json"
for i in 0 1 2; do
    check "$loyal" rank "$tmp/part$i.csv" "${args[@]}" -o /dev/null --partial "$tmp/p$i.json"
done
check "$loyal" merge "$tmp/p0.json" "$tmp/p1.json" "$tmp/p2.json" -o "$tmp/merged.json"
check "$loyal" rank --from-partial "$tmp/merged.json" -q -o "$tmp/fromp.json" --html "$tmp/r.html"
check python3 - "$tmp/whole.json" "$tmp/fromp.json" <<'PY'
import json, math, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
bad = []
def same(x, y, path):
    if isinstance(x, dict):
        if set(x) != set(y):
            bad.append(f'{path}: keys differ'); return
        for k in x:
            if k == 'inputs' or (k in ('row', 'file') and '.examples' in path):
                continue
            same(x[k], y[k], f'{path}.{k}')
    elif isinstance(x, list):
        if len(x) != len(y):
            bad.append(f'{path}: lengths {len(x)} != {len(y)}'); return
        for i, (p, q) in enumerate(zip(x, y)):
            same(p, q, f'{path}[{i}]')
    elif isinstance(x, float) or isinstance(y, float):
        if not (x == y or abs(x - y) <= 1e-9 * max(abs(x), abs(y))):
            bad.append(f'{path}: {x} != {y}')
    elif x != y:
        bad.append(f'{path}: {x!r} != {y!r}')
same(a, b, '$')
for line in bad[:20]:
    print(line)
sys.exit(1 if bad else 0)
PY
# examples name the file their row is in: the whole input, or a shard after
# the merge, and that file's line holds the example's id
check python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
def examples(doc):
    for t in doc['themes']:
        for e in t['examples']:
            yield e
whole = list(examples(json.load(open(f'{tmp}/whole.json'))))
merged = list(examples(json.load(open(f'{tmp}/fromp.json'))))
ok = whole and merged and all(e['file'] == f'{tmp}/all.csv' for e in whole)
shards = {f'{tmp}/part{i}.csv' for i in range(3)}
for e in merged:
    lines = open(e['file'], encoding='utf-8').read().split('\n') if e['file'] in shards else []
    ok = ok and e['file'] in shards and lines[e['row'] - 1].startswith(e['id'] + ';')
sys.exit(0 if ok else 1)
PY
# the rows reconcile after the merge too
check python3 -c "
import json,sys; d=json.load(open('$tmp/fromp.json')); r=d['rows']
sys.exit(0 if r['read'] == r['used'] + sum(r['skipped'].values()) == 1200 else 1)"

# refusals
mkdir -p "$tmp/lex2" && cp tests/data/lexicon/golden/*.lex "$tmp/lex2/"
"$loyal" rank "$tmp/part0.csv" -q --lexicon "$tmp/lex2" -o /dev/null --partial "$tmp/other.json"
"$loyal" merge "$tmp/p0.json" "$tmp/other.json" -o "$tmp/x.json" 2>"$tmp/err"
check test $? = 2
check grep -q "made with another lexicon" "$tmp/err"
"$loyal" rank "$tmp/part1.csv" -q -o /dev/null --partial "$tmp/plain.json"
"$loyal" merge "$tmp/p0.json" "$tmp/plain.json" -o "$tmp/x.json" 2>"$tmp/err"
check test $? = 2
check grep -q "grouped by different segment or period columns" "$tmp/err"
"$loyal" rank "$tmp/part1.csv" -q -o /dev/null --metric csi --scale 0-10 "${args[@]}" --partial "$tmp/csi.json"
"$loyal" merge "$tmp/p0.json" "$tmp/csi.json" -o "$tmp/x.json" 2>"$tmp/err"
check test $? = 2
check grep -q "another metric (csi 0-10)" "$tmp/err"
echo '{"schema": "loyal.partial/1", ' >"$tmp/broken.json"
"$loyal" rank --from-partial "$tmp/broken.json" -o /dev/null 2>"$tmp/err"
check test $? = 3
check grep -q "broken.json:2:" "$tmp/err"
"$loyal" rank --from-partial "$tmp/p0.json" "$tmp/all.csv" 2>"$tmp/err"
check test $? = 2

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
