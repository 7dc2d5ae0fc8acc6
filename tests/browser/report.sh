#!/bin/sh
# Browser test of the HTML situation report: builds a store from our own
# sample articles (data/samples), renders the report, opens it in headless
# Chromium and checks that
#  - the DOM has the SVG map with at least ten event marks and the
#    timeline chart with bars (--dump-dom);
#  - the screenshot of the page and of the map alone are not blank (many
#    colours, a good share of non-white pixels: tests/browser/png.py);
#  - the page loads nothing: no http(s) URL in src/href/url(), and with
#    every host name unresolvable and the report's CSP, Chromium logs no
#    blocked or failed load (a negative control page proves the log check
#    sees one).
# Skips (exit 0) when chromium or python3 is missing; every browser run is
# bounded by `timeout 60`.  KEEP=DIR keeps the screenshots there.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
SITREP=${SITREP:-$PWD/sitrep}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM" ] || ! command -v python3 >/dev/null; then
	echo "browsertest: skipped (no chromium or python3; run 'make deps')"
	exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }

browser() { # browser ARGS...: headless, no background traffic, fresh profile
	rm -rf "$T/profile"; mkdir -p "$T/profile"
	timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
		--disable-quic --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--user-data-dir="$T/profile" --hide-scrollbars \
		--host-resolver-rules="MAP * ~NOTFOUND" \
		--enable-logging=stderr --v=0 "$@"
}

gaz=${SITREP_GAZETTEER:-$PWD/.deps/default.gaz}
[ -s "$gaz" ] || gaz="$PWD/$B/fixture.gaz"
SITREP_GAZETTEER="$gaz" "$SITREP" ingest --db "$T/s.db" data/samples 2>/dev/null
"$SITREP" report --db "$T/s.db" --gazetteer "$gaz" --format html \
	--out "$T/report.html" 2>"$T/report.err" || no "report failed: $(cat "$T/report.err")"
"$SITREP" map --db "$T/s.db" --gazetteer "$gaz" --format svg \
	--out "$T/map.svg" 2>/dev/null || no "map failed"

# --- static: nothing in the page points outside
if grep -Eiq '(src|href|xlink:href|action|poster|data)[[:space:]]*=[[:space:]]*["'"'"']?[[:space:]]*(https?:)?//|url\([[:space:]]*["'"'"']?(https?:)?//|@import' "$T/report.html"; then
	no "report.html refers to an outside resource"
else ok; fi
if grep -q "default-src 'none'" "$T/report.html"; then ok; else no "no CSP"; fi

# --- DOM as Chromium built it
browser --dump-dom "file://$T/report.html" >"$T/dom.html" 2>"$T/dom.log" ||
	no "chromium --dump-dom failed ($?)"
count() { grep -o "$1" "$2" | wc -l; }
n=$(count '<svg[^>]*class="map"' "$T/dom.html")
[ "$n" -eq 1 ] && ok || no "DOM: $n map SVGs, expected 1"
n=$(count '<g class="ev k-' "$T/dom.html")
[ "$n" -ge 10 ] && ok || no "DOM: $n event marks, expected at least 10"
n=$(count 'class="timeline"' "$T/dom.html")
[ "$n" -eq 1 ] && ok || no "DOM: no timeline chart"
n=$(count '<rect class="bar"' "$T/dom.html")
[ "$n" -ge 5 ] && ok || no "DOM: $n timeline bars, expected at least 5"
grep -q 'Zaporizh' "$T/dom.html" && ok || no "DOM: no Zaporizhzhia"

# --- screenshots, not blank
browser --screenshot="$T/report.png" --window-size=1200,2000 \
	"file://$T/report.html" >/dev/null 2>"$T/shot.log" || no "screenshot failed"
browser --screenshot="$T/map.png" --window-size=960,1200 \
	"file://$T/map.svg" >/dev/null 2>>"$T/shot.log" || no "map screenshot failed"
for png in report map; do
	if [ -s "$T/$png.png" ]; then
		set -- $(python3 tests/browser/png.py stats "$T/$png.png")
		# colours > 40 and non-white share > 10%
		if [ "${3:-0}" -gt 40 ] && python3 -c "import sys; sys.exit(not float('${4:-0}') > 0.10)"; then ok; else
			no "$png.png looks blank: ${3:-?} colours, non-white ${4:-?}"; fi
	else no "$png.png missing"; fi
done

# --- no load attempted: blocked (CSP) or failed (no DNS) loads are logged
if grep -Eq 'violates the following Content Security Policy|net::ERR_|Failed to load resource' \
	"$T/dom.log" "$T/shot.log"; then
	no "the report tried to load something:"; grep -E 'Content Security|net::ERR_|Failed to load' "$T/dom.log" "$T/shot.log" | head -3
else ok; fi
# negative control: the same check does see a page that fetches
sed 's|<body>|<body><img src="http://example.invalid/x.png">|' "$T/report.html" >"$T/bad.html"
browser --dump-dom "file://$T/bad.html" >/dev/null 2>"$T/bad.log"
if grep -Eq 'violates the following Content Security Policy|net::ERR_' "$T/bad.log"; then ok; else
	no "negative control: a fetching page was not detected"; fi

if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; cp "$T"/*.png "$T/report.html" "$KEEP/"; fi
echo "browsertest: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
