#!/bin/sh
# CLI tests: exit codes, messages and the contract of DESIGN.md, run against
# ./sitrep with the fixture gazetteer.  Every check asserts an outcome.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
SITREP=${SITREP:-$PWD/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
gaz="$PWD/$B/fixture.gaz"
[ -s "$gaz" ] || "$SITREP" gazetteer build --no-default --out "$gaz" \
	tests/fixtures/gaz/*.txt 2>/dev/null
export SITREP_GAZETTEER="$gaz"
unset SITREP_DB
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
# check NAME EXPECTED_EXIT CMD...: runs CMD, stdout in $T/out, stderr $T/err
check() {
	name=$1; want=$2; shift 2
	"$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" -eq "$want" ]; then ok; else
		no "$name: exit $got, expected $want"; sed 's/^/    /' "$T/err" | head -5
	fi
}
has() { # has NAME FILE PATTERN: grep -E must find PATTERN
	if grep -Eq -- "$3" "$2"; then ok; else no "$1: '$3' not in $2"; sed 's/^/    /' "$2" | head -5; fi
}
hasnt() {
	if grep -Eq -- "$3" "$2"; then no "$1: '$3' unexpectedly in $2"; else ok; fi
}
lines() { # lines NAME FILE N
	n=$(grep -c . "$2")
	if [ "$n" -eq "$3" ]; then ok; else no "$1: $n lines, expected $3"; fi
}

# --- dictionaries: a phrase listed twice matches twice (two victims in "a
# priest died", two triggers): none in cues.tsv, triggers.tsv, weapons.tsv
for f in cues triggers weapons; do
	awk -F'\t' '!/^#/ && NF > 1 { print $1 }' "data/$f.tsv" | sort |
		uniq -d >"$T/dups"
	lines "data/$f.tsv has no phrase twice" "$T/dups" 0
done

# --- usage errors: exit 2 with a message
check "no command" 2 "$SITREP"
has "no command prints usage" "$T/err" '^usage: sitrep'
check "unknown command" 2 "$SITREP" frobnicate
has "unknown command named" "$T/err" "sitrep: unknown command 'frobnicate'"
check "bad format" 2 "$SITREP" extract --format xml /dev/null
has "bad format named" "$T/err" "unknown format 'xml'"
check "bad date" 2 "$SITREP" extract --date 2023-02-30 /dev/null
has "bad date named" "$T/err" "'2023-02-30' is not a date"
check "events bad from" 2 "$SITREP" events --db "$T/x.db" --from notadate
check "events bad near" 2 "$SITREP" events --db "$T/x.db" --near 91,0,5
check "ingest without input" 2 "$SITREP" ingest --db "$T/x.db"
check "help" 0 "$SITREP" help
has "help lists extract" "$T/out" 'extract'

# --- a batch mixing good and bad inputs
mkdir -p "$T/batch"
printf ' date 2024-03-10\nRussian forces shelled Kherson on Saturday, killing two people.\n' >"$T/batch/a_good.txt"
printf ' date 2024-03-11\nA drone attack on Odesa injured five people.\n' >"$T/batch/b_good.txt"
printf ' date 2024-03-11\nBad bytes \377\376 here.\n' >"$T/batch/c_badutf8.txt"
: >"$T/batch/d_empty.txt"
{
	printf '{"id":"j1","date":"2024-03-12","text":"Ukrainian troops recaptured Robotyne."}\n'
	printf '{"id":"j2","date":"2024-03-12"}\n'
	printf 'this is not json\n'
	printf '{"id":"j4","date":"2024-02-30","text":"Shelling of Sumy."}\n'
	printf '{"id":"j5","date":"2024-03-13","text":"Two drones were shot down over Kursk."}\n'
} >"$T/batch/e_mixed.jsonl"
check "mixed batch exits 3" 3 "$SITREP" extract --format jsonl "$T/batch"
has "bad utf-8 named with line" "$T/err" 'c_badutf8\.txt:2: .*UTF-8'
has "empty file named" "$T/err" 'd_empty\.txt.*empty'
has "missing text named" "$T/err" 'e_mixed\.jsonl:2: .*text'
has "bad json named" "$T/err" 'e_mixed\.jsonl:3: '
has "impossible date named" "$T/err" 'e_mixed\.jsonl:4: .*date'
has "good article 1 extracted" "$T/out" '"article_id":"a_good'
has "good article 2 extracted" "$T/out" '"article_id":"b_good'
has "jsonl article j1 extracted" "$T/out" '"article_id":"j1"'
has "jsonl article j5 after bad lines" "$T/out" '"article_id":"j5"'
has "kherson toll" "$T/out" '"location":"Kherson".*"fatalities":2'
hasnt "no event from bad article" "$T/out" '"article_id":"j4"'

# --- --threads gives the same output and the same messages in order
check "threads jsonl" 3 "$SITREP" extract --threads 3 --format jsonl "$T/batch"
cp "$T/out" "$T/par.out"; cp "$T/err" "$T/par.err"
"$SITREP" extract --format jsonl "$T/batch" >"$T/seq.out" 2>"$T/seq.err"
if cmp -s "$T/par.out" "$T/seq.out"; then ok; else no "threads: output differs"; fi
if cmp -s "$T/par.err" "$T/seq.err"; then ok; else no "threads: messages differ"; fi
SOURCE_DATE_EPOCH=1 "$SITREP" extract --threads 2 --format csv "$T/batch" >"$T/par.csv" 2>/dev/null
SOURCE_DATE_EPOCH=1 "$SITREP" extract --format csv "$T/batch" >"$T/seq.csv" 2>/dev/null
if cmp -s "$T/par.csv" "$T/seq.csv"; then ok; else no "threads: csv differs"; fi
check "threads bad value" 2 "$SITREP" extract --threads 0 "$T/batch"

# --- stdin, --date and every record field
printf 'Russian shelling killed three people in Sumy yesterday.\n' >"$T/plain.txt"
check "stdin with --date" 0 sh -c "\"$SITREP\" extract --date 2024-05-02 - <\"$T/plain.txt\""
has "stdin event dated from --date" "$T/out" '"event_date":"2024-05-01"'
for field in event_id article_id event_date time_precision kind disorder_type \
	event_type sub_event_type plover_type plover_mode cameo_code actor1 \
	actor1_iso3 actor2 actor2_iso3 location admin1 country iso3 latitude \
	longitude geo_precision gazetteer_id fatalities fatalities_low \
	fatalities_high injured injured_low injured_high quantity weapons status \
	claimed_by historical confidence sentence spans rule; do
	has "record has $field" "$T/out" "\"$field\":"
done

# --- CSV and GeoJSON
check "csv" 0 "$SITREP" extract --format csv "$T/batch/a_good.txt"
head -1 "$T/out" >"$T/header"
has "csv starts with ACLED columns" "$T/header" '^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,'
lines "csv has header and one row" "$T/out" 2
check "geojson" 0 "$SITREP" extract --format geojson "$T/batch/a_good.txt" "$T/batch/b_good.txt"
if command -v jq >/dev/null; then
	if jq -e '.type == "FeatureCollection" and (.features | length) == 2 and .features[0].geometry.type == "Point"' "$T/out" >/dev/null; then ok; else no "geojson structure"; fi
fi

# --- ingest: bad inputs reported, good ones stored, re-ingest changes nothing
check "ingest mixed batch exits 3" 3 "$SITREP" ingest --db "$T/s.db" "$T/batch"
has "ingest names the bad file" "$T/err" 'c_badutf8\.txt:2:'
check "events after ingest" 0 "$SITREP" events --db "$T/s.db" --format jsonl
cp "$T/out" "$T/first"
n1=$(grep -c . "$T/first")
[ "$n1" -ge 4 ] && ok || no "expected at least 4 stored events, got $n1"
has "stored kherson event" "$T/first" '"location":"Kherson"'
check "re-ingest" 3 "$SITREP" ingest --db "$T/s.db" "$T/batch"
has "re-ingest reports unchanged" "$T/err" 'stored 0 \(|0 stored'
check "events after re-ingest" 0 "$SITREP" events --db "$T/s.db" --format jsonl
if cmp -s "$T/first" "$T/out"; then ok; else no "re-ingest changed the events"; fi
# The count of live events (/healthz) reads an index, not every row; a
# store made before the index gains it when it is next opened.
check "count plan" 0 sqlite3 "$T/s.db" "EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE rejected <> 0"
has "count reads the rejected index" "$T/out" 'COVERING INDEX events_rejected'
hasnt "count reads no rows" "$T/out" 'SCAN events$'
check "event plan" 0 sqlite3 "$T/s.db" "EXPLAIN QUERY PLAN SELECT * FROM events WHERE rejected = 0 ORDER BY event_date"
hasnt "events never read through the rejected index" "$T/out" 'events_rejected'
check "drop the count index" 0 sqlite3 "$T/s.db" "DROP INDEX events_rejected"
check "events reopen an old store" 0 "$SITREP" events --db "$T/s.db" --format jsonl
if cmp -s "$T/first" "$T/out"; then ok; else no "reopening an old store changed the events"; fi
check "index restored" 0 sqlite3 "$T/s.db" "SELECT name FROM sqlite_master WHERE type = 'index'"
has "old store gains the count index" "$T/out" '^events_rejected$'
SITREP_DB="$T/s.db" check "SITREP_DB default" 0 "$SITREP" events --kind territory_gain
has "kind filter" "$T/out" '"kind":"territory_gain"'
hasnt "kind filter excludes" "$T/out" '"kind":"shelling_missile"'
check "date filter" 0 "$SITREP" events --db "$T/s.db" --from 2024-03-12 --to 2024-03-13
hasnt "date filter excludes earlier" "$T/out" '"event_date":"2024-03-09"'
has "date filter keeps" "$T/out" '"event_date":"2024-03-1[23]"'
check "near filter" 0 "$SITREP" events --db "$T/s.db" --near 46.65,32.61,20
has "near keeps Kherson" "$T/out" '"location":"Kherson"'
hasnt "near drops Odesa" "$T/out" '"location":"Odesa"'
check "country filter" 0 "$SITREP" events --db "$T/s.db" --country RUS
has "country keeps Kursk" "$T/out" 'Kursk'
hasnt "country drops Ukraine" "$T/out" '"iso3":"UKR"'
check "text query" 0 "$SITREP" events --db "$T/s.db" --q Odesa
has "text query finds Odesa" "$T/out" 'Odesa'
lines "text query finds only Odesa" "$T/out" 1
check "text query junk" 0 "$SITREP" events --db "$T/s.db" --q '"unbalanced AND ('
check "table format" 0 "$SITREP" events --db "$T/s.db" --format table
has "table header" "$T/out" '^date +kind'
check "db in missing dir" 4 "$SITREP" ingest --db "$T/no/such/dir/x.db" "$T/batch/a_good.txt"
has "storage error message" "$T/err" '^sitrep: '

# --- gazetteer
check "lookup variant" 0 "$SITREP" gazetteer lookup Kiev
has "Kiev finds Kyiv" "$T/out" 'Kyiv'
hasnt "an alternate name is no variant" "$T/out" 'spelling variant|misspelling'
check "lookup misspelling" 0 "$SITREP" gazetteer lookup Pokrovk
has "a misspelling says so" "$T/out" '	misspelling \(one edit\)'
check "lookup variant spelling" 0 "$SITREP" gazetteer lookup Kharkivv
has "a spelling variant says so" "$T/out" '^[0-9.]+	Kharkiv	.*	spelling variant'
printf '1\tShortrow\n' >"$T/bad.txt"
cp tests/fixtures/gaz/fixture.txt "$T/good.txt"
check "build with a bad row" 0 "$SITREP" gazetteer build --no-default --out "$T/g.gaz" "$T/good.txt" "$T/bad.txt"
has "bad row named with line" "$T/err" 'bad\.txt:1:'
check "missing gazetteer" 1 "$SITREP" extract --gazetteer "$T/none.gaz" "$T/plain.txt"
has "missing gazetteer message" "$T/err" 'none\.gaz'

B="$B" SITREP="$SITREP" tests/cli/report.sh || fail=$((fail + 1)) # reports, maps (issue 6)
. tests/cli/merge.sh # merging, sources, explain, review (issue 5)

echo "clitest: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
