#!/bin/sh
# CLI tests of reports, maps and the KML/TimeMap exports (issue 6), on a
# store built from our own sample articles (data/samples) with the default
# gazetteer when installed (else the fixture one).  Runs the browser test
# too when Chromium is installed.  Every check asserts an outcome.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
SITREP=${SITREP:-$PWD/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
gaz=$PWD/.deps/default.gaz
[ -s "$gaz" ] || gaz="$PWD/$B/fixture.gaz"
[ -s "$gaz" ] || "$SITREP" gazetteer build --no-default --out "$gaz" \
	tests/fixtures/gaz/*.txt 2>/dev/null
export SITREP_GAZETTEER="$gaz"
unset SITREP_DB
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() {
	name=$1; want=$2; shift 2
	"$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" -eq "$want" ]; then ok; else
		no "$name: exit $got, expected $want"; sed 's/^/    /' "$T/err" | head -5
	fi
}
has() { if grep -Eq -- "$3" "$2"; then ok; else no "$1: '$3' not in $2"; fi; }
hasnt() { if grep -Eq -- "$3" "$2"; then no "$1: '$3' unexpectedly in $2"; else ok; fi; }
count() { grep -o -- "$1" "$2" | wc -l; }

check "ingest samples" 0 "$SITREP" ingest --db "$T/s.db" data/samples

# --- usage
check "report bad format" 2 "$SITREP" report --db "$T/s.db" --format pdf
has "report bad format named" "$T/err" "unknown format 'pdf'"
check "map bad format" 2 "$SITREP" map --db "$T/s.db" --format png
check "report from after to" 2 "$SITREP" report --db "$T/s.db" --from 2024-03-02 --to 2024-03-01
check "report bad date" 2 "$SITREP" report --db "$T/s.db" --from 2024-02-30
check "map bad width" 2 "$SITREP" map --db "$T/s.db" --width 5
check "report help" 0 "$SITREP" report --help
has "report help text" "$T/out" '^usage: sitrep report'

# --- HTML report
check "report html" 0 "$SITREP" report --db "$T/s.db" --format html
cp "$T/out" "$T/r.html"
has "html doctype" "$T/r.html" '^<!DOCTYPE html>'
has "html map" "$T/r.html" '<svg [^>]*class="map"'
has "html timeline" "$T/r.html" 'class="timeline"'
has "html names Zaporizhzhia" "$T/r.html" 'Zaporizh'
has "html key events" "$T/r.html" 'Key events'
has "html claims section" "$T/r.html" 'Claims and denials'
has "html CSP" "$T/r.html" "default-src 'none'"
hasnt "html loads nothing" "$T/r.html" '(src|href)="(https?:)?//'
hasnt "html no script" "$T/r.html" '<script'
check "report one day" 0 "$SITREP" report --db "$T/s.db" --from 2024-03-22 --to 2024-03-22 --country UKR
has "day report names the strike" "$T/out" 'Zaporizh[^<]*</h3>'
has "day report period" "$T/out" '22 March 2024'
check "report admin1 filter" 0 "$SITREP" report --db "$T/s.db" --admin1 'zaporizka oblast' --format md
has "admin1 report keeps" "$T/out" 'Zaporizh'
hasnt "admin1 report drops" "$T/out" 'Belgorod'

# --- Markdown report
check "report md" 0 "$SITREP" report --db "$T/s.db" --format md
has "md title" "$T/out" '^# Situation report'
has "md names Zaporizhzhia" "$T/out" 'Zaporizh'
has "md quotes sentence" "$T/out" '^> '

# --- HTML injection from article text
printf ' date 2024-03-10\nRussian shelling killed two people in Kherson on Saturday <script>alert(1)</script> <img src=x onerror=alert(2)>.\n' >"$T/evil.txt"
check "ingest hostile" 0 "$SITREP" ingest --db "$T/e.db" "$T/evil.txt"
check "report hostile" 0 "$SITREP" report --db "$T/e.db" --format html
hasnt "no script injected" "$T/out" '<script'
hasnt "no img injected" "$T/out" '<img'
has "hostile text shown escaped" "$T/out" '&lt;script&gt;'

# --- SVG map
check "map svg" 0 "$SITREP" map --db "$T/s.db" --format svg
cp "$T/out" "$T/map.svg"
n=$(count '<g class="ev k-' "$T/map.svg")
[ "$n" -ge 10 ] && ok || no "map: $n event marks, expected at least 10"
has "map legend" "$T/map.svg" 'class="legend"'
if command -v xmllint >/dev/null; then
	if xmllint --noout "$T/map.svg" 2>"$T/err"; then ok; else no "map.svg not well-formed"; head -3 "$T/err"; fi
fi
check "map without outline data" 0 "$SITREP" map --db "$T/s.db" --deps-dir "$T/none"
has "missing outlines warned" "$T/err" 'warning: no country outlines'
n=$(count '<g class="ev k-' "$T/out")
[ "$n" -ge 10 ] && ok || no "map without outlines: $n marks"
has "graticule drawn" "$T/out" 'class="grat"'

# --- KML: a Placemark per located event
check "kml" 0 "$SITREP" events --db "$T/s.db" --format kml
cp "$T/out" "$T/e.kml"
check "geojson" 0 "$SITREP" events --db "$T/s.db" --format geojson
located=$(count '"type":"Point"' "$T/out")
marks=$(count '<Placemark ' "$T/e.kml")
[ "$marks" -eq "$located" ] && [ "$marks" -ge 10 ] && ok ||
	no "kml: $marks Placemarks for $located located events"
has "kml namespace" "$T/e.kml" 'xmlns="http://www.opengis.net/kml/2.2"'
has "kml time stamps" "$T/e.kml" '<TimeStamp><when>2024-03-22</when>'
if command -v xmllint >/dev/null; then
	if xmllint --noout "$T/e.kml" 2>"$T/err"; then ok; else no "kml not well-formed"; head -3 "$T/err"; fi
fi

# --- TimeMap
check "timemap" 0 "$SITREP" events --db "$T/s.db" --format timemap
if command -v jq >/dev/null; then
	if jq -e '(.events | length) > 10 and (.categories | length) > 0 and (.sources | length) > 10 and (.events[0] | has("latitude") and has("date") and has("sources"))' "$T/out" >/dev/null; then ok; else no "timemap structure"; fi
fi

echo "reporttest: $pass passed, $fail failed"
if [ -x tests/browser/report.sh ]; then
	B="$B" SITREP="$SITREP" tests/browser/report.sh || fail=$((fail + 1))
fi
[ "$fail" -eq 0 ]
