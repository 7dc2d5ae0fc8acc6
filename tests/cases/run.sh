#!/bin/sh
# Golden end-to-end cases: tests/cases/NAME.txt -> NAME.expected.jsonl.
# Each expected file starts with "# rule: ..." lines saying what the case
# exercises, then one JSON object per expected event holding only the fields
# the case asserts.  The extractor runs with the fixture gazetteer built
# from tests/fixtures/gaz, so gazetteer data updates do not break cases.
# UPDATE=1 rewrites the expected files from the current output (keeping the
# comment lines and the asserted keys); review the diff before committing.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
SITREP=${SITREP:-./sitrep}
mkdir -p "$B"
gaz="$B/fixture.gaz"
if [ ! -s "$gaz" ] || [ -n "$(find tests/fixtures/gaz -newer "$gaz")" ] ||
	[ "$SITREP" -nt "$gaz" ] || [ data/place_aliases.tsv -nt "$gaz" ]; then
	"$SITREP" gazetteer build --no-default --out "$gaz" \
		tests/fixtures/gaz/*.txt 2>/dev/null || {
		echo "cases: cannot build the fixture gazetteer"; exit 1; }
fi
pass=0; fail=0
for input in tests/cases/*.txt; do
	name=${input%.txt}
	expected=$name.expected.jsonl
	actual="$B/cases/$(basename "$name").actual.jsonl"
	mkdir -p "$B/cases"
	if ! "$SITREP" extract --gazetteer "$gaz" --format jsonl "$input" \
		>"$actual" 2>"$actual.err"; then
		echo "FAIL $name: sitrep exited non-zero"; cat "$actual.err"
		fail=$((fail + 1)); continue
	fi
	if python3 tests/cases/compare.py "$expected" "$actual"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
done
echo "cases: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
