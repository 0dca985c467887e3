#!/usr/bin/env bash
# --threads N gives byte-identical ranking, tagged rows and rejects whatever
# N (issue 7): the demo survey and tickets, on 1, 2 and 4 threads, with the
# bundled lexicon (so every rule kind and polarity runs).
set -u
loyal=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
run() { # name threads args...
    local name=$1 t=$2
    shift 2
    "$loyal" rank -q --threads "$t" -o "$tmp/$name.$t.json" --tagged "$tmp/$name.$t.jsonl" \
        --rejects "$tmp/$name.$t.csv" "$@" || { echo "FAIL: $name on $t threads"; fail=$((fail + 1)); }
}
for t in 1 2 4; do
    run survey $t corpus/demo/survey.csv --segment service --period quarter
    run tickets $t corpus/demo/tickets.jsonl --text subject --text body --score csat --metric csat
done
for name in survey tickets; do
    for t in 2 4; do
        for ext in json jsonl csv; do
            if cmp -s "$tmp/$name.1.$ext" "$tmp/$name.$t.$ext"; then
                pass=$((pass + 1))
            else
                echo "FAIL: $name.$ext differs between 1 and $t threads"
                fail=$((fail + 1))
            fi
        done
    done
done
# and the tagged rows are all there, in input order
n=$(wc -l <"$tmp/survey.4.jsonl")
if [ "$n" = 1192 ]; then pass=$((pass + 1)); else echo "FAIL: $n tagged rows, expected 1192"; fail=$((fail + 1)); fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
