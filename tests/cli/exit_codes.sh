#!/usr/bin/env bash
# Exit statuses and messages of the CLI, end to end (CONTRACT.md):
# 0 done, 1 a check or test found problems, 2 usage, 3 input unreadable,
# 4 output not written. Run from the repository root with the binary.
set -u
loyal=$1
lex=tests/data/lexicon/golden
csv=tests/golden/nps_csv_basic/input.csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# expect STATUS 'stderr substring' COMMAND...
expect() {
    local want=$1 msg=$2
    shift 2
    "$loyal" "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" != "$want" ]; then
        echo "FAIL: loyal $* -> exit $got, expected $want"; cat "$tmp/err"; fail=$((fail + 1))
    elif [ -n "$msg" ] && ! cat "$tmp/err" "$tmp/out" | grep -qF -- "$msg"; then
        echo "FAIL: loyal $* -> output lacks '$msg':"; cat "$tmp/err"; fail=$((fail + 1))
    else
        pass=$((pass + 1))
    fi
}

# 0: done
expect 0 "" rank --lexicon $lex -q -o "$tmp/r.json" $csv
expect 0 "" tag --lexicon $lex -q -o "$tmp/t.jsonl" $csv
expect 0 "" --version
expect 0 "" rank --help
expect 0 "" help tag
expect 0 "no problems" lexicon check $lex
expect 0 "6 expect lines, 6 passed, 0 failed" lexicon test $lex
expect 0 "manager_fit" explain --lexicon $lex "Менеджер супер"
# the summary line reconciles: read = used + skipped
expect 0 "loyal: 12 rows read, 12 used, 0 skipped; ranking -> $tmp/r2.json" \
    rank --lexicon $lex -o "$tmp/r2.json" $csv
# scores on another scale: counted as bad_score, with a hint; accepted as CSI
printf 'comment,score\nменеджер супер,7.5\nотчеты пустые,6.3\nвсё хорошо,10\n' >"$tmp/dec.csv"
expect 0 "3 rows read, 1 used, 2 skipped (bad_score 2)" rank --lexicon $lex -o "$tmp/d.json" "$tmp/dec.csv"
expect 0 "hint: an NPS answer is a whole number 0-10" rank --lexicon $lex -o "$tmp/d.json" "$tmp/dec.csv"
expect 0 "3 rows read, 3 used, 0 skipped" \
    rank --lexicon $lex --metric csi --scale 1-10 -o "$tmp/d.json" "$tmp/dec.csv"

# LIWC import: the result is a lexicon that checks and tests clean
expect 0 "3 themes, 8 terms" lexicon import tests/data/liwc/sample.dic -o "$tmp/liwc" --lang en
expect 0 "no problems" lexicon check "$tmp/liwc"
expect 0 "7 expect lines, 7 passed, 0 failed" lexicon test "$tmp/liwc"
expect 4 "already exists" lexicon import tests/data/liwc/sample.dic -o "$tmp/liwc"
expect 2 "import needs a .dic file and -o DIR" lexicon import tests/data/liwc/sample.dic
# a number is not a word: that entry is skipped and told, the import goes on
expect 0 "numeric.dic:6: skipped: '2020' is a number, not a word" \
    lexicon import tests/data/liwc/numeric.dic -o "$tmp/liwc3" --lang en
expect 0 "2 themes, 4 terms -> $tmp/liwc4 (4 entries skipped)" \
    lexicon import tests/data/liwc/numeric.dic -o "$tmp/liwc4" --lang en
printf '%%\n1 a\n%%\nword 9\n' >"$tmp/bad.dic"
expect 3 "bad.dic:4: unknown category number 9" lexicon import "$tmp/bad.dic" -o "$tmp/liwc2"
[ ! -e "$tmp/liwc2" ] && pass=$((pass + 1)) || { echo "FAIL: a failed import left $tmp/liwc2"; fail=$((fail + 1)); }

# 1: problems found
expect 1 "bad/a.lex:2:8: term needs a value" lexicon check tests/data/lexicon/bad
mkdir -p "$tmp/lexfail" && cp $lex/*.lex "$tmp/lexfail/" &&
    echo 'expect ru + Совсем про другое' >>"$tmp/lexfail/deadlines.lex"
expect 1 "deadlines.lex:11: expected deadlines, got: []" lexicon test "$tmp/lexfail"

# 2: usage
expect 2 "unknown command 'rnak'" rnak
expect 2 "unknown option '--bogus'" rank --bogus $csv
expect 2 "no input file given" rank --lexicon $lex
expect 2 "unknown --metric 'foo'" rank --metric foo $csv
expect 2 "--scale does not apply to nps" rank --scale 1-5 $csv
expect 2 "bad --scale '5-1'" rank --metric csat --scale 5-1 $csv
expect 2 "--confidence wants a number between 0 and 1" rank --confidence 95 $csv
expect 2 "ambiguous text column: 'comment', 'feedback'" rank --lexicon $lex tests/golden/ambiguous_column/input.csv
expect 2 "no column 'nope'" rank --lexicon $lex --text nope $csv
expect 2 "--from-partial ranks a partial: give no input files" rank --from-partial x.json $csv
expect 2 "explain takes one TEXT" explain
expect 2 "bad cohort edges" rank --segment tenure:6,3 $csv
expect 0 "invoice errors" coverage --lexicon $lex -q tests/golden/coverage_basic/input.csv
expect 2 "--top is not an option of loyal rank" rank --top 3 $csv
expect 2 "" lexicon

# 3: input unreadable
expect 3 "loyal: $tmp/none.csv: cannot open" rank --lexicon $lex "$tmp/none.csv"
expect 3 "cannot open lexicon folder" rank --lexicon "$tmp/nolex" $csv
expect 3 "bad/a.lex:2:8: term needs a value" rank --lexicon tests/data/lexicon/bad $csv
: >"$tmp/empty.csv"
expect 3 "empty.csv" rank --lexicon $lex "$tmp/empty.csv"

# 4: output not written, and no half file left behind
expect 4 "cannot create" rank --lexicon $lex -o "$tmp/no/such/dir/r.json" $csv
expect 4 "cannot create" rank --lexicon $lex --rejects "$tmp/no/dir/rej.csv" $csv
if ls "$tmp"/no 2>/dev/null | grep -q .; then echo "FAIL: temporary file left"; fail=$((fail + 1)); fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
