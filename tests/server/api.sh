#!/bin/sh
# Server tests: `sitrep serve` on 127.0.0.1 with port 0 over a store built
# from data/samples and articles written here, with the fixture gazetteer.
# Checks filters against `sitrep events` (the same store, the same
# filters), paging, formats, one event, stats, the report, errors (400
# naming the parameter, 401, 403, 404, 405, 413), ingest and review through
# the API, reads during an ingest, the curl examples of docs/API.md, a
# clean stop on SIGTERM, and (when chromium, node and playwright-core are
# installed) the browser test tests/browser/web.mjs.  Every request is
# bounded by curl --max-time; the servers are killed on exit.
#
#   B=build SITREP=./sitrep tests/server/api.sh     (make servertest)
#   NO_BROWSER=1 skips the browser test.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
B=${B:-build}
SITREP=${SITREP:-$ROOT/sitrep}
T=$(mktemp -d)
PIDS=""
cleanup() {
	for p in $PIDS; do kill "$p" 2>/dev/null; done
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
gaz="$ROOT/$B/fixture.gaz"
[ -s "$gaz" ] || "$SITREP" gazetteer build --no-default --out "$gaz" \
	tests/fixtures/gaz/*.txt 2>/dev/null
export SITREP_GAZETTEER="$gaz"
unset SITREP_DB
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
C="curl -s --max-time 10"

# start NAME ARGS...: start a server, set $BASE and $SPID
start() {
	name=$1; shift
	rm -f "$T/$name.port"
	"$SITREP" serve --listen 127.0.0.1:0 --port-file "$T/$name.port" "$@" \
		2>"$T/$name.log" &
	SPID=$!
	PIDS="$PIDS $SPID"
	i=0
	while [ ! -s "$T/$name.port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	if [ ! -s "$T/$name.port" ]; then
		no "server $name did not start"; sed 's/^/    /' "$T/$name.log"; exit 1
	fi
	BASE="http://127.0.0.1:$(cat "$T/$name.port")"
}
# req NAME STATUS METHOD PATH [CURL ARGS]: body in $T/out, headers $T/hdr
req() {
	name=$1; want=$2; method=$3; path=$4; shift 4
	got=$($C -X "$method" -D "$T/hdr" -o "$T/out" -w '%{http_code}' "$@" "$BASE$path")
	if [ "$got" = "$want" ]; then ok; else
		no "$name: HTTP $got, expected $want"; head -c 300 "$T/out" | sed 's/^/    /'; echo
	fi
}
# jqt NAME FILTER: jq -e FILTER on $T/out must hold
jqt() {
	if jq -e "$2" "$T/out" >/dev/null 2>&1; then ok; else
		no "$1: jq '$2' fails on"; head -c 300 "$T/out" | sed 's/^/    /'; echo
	fi
}
has() { if grep -Eq -- "$3" "$2"; then ok; else no "$1: '$3' not in $2"; fi; }
same() { if [ "$2" = "$3" ]; then ok; else no "$1: '$2' != '$3'"; fi; }

# --- the store: the samples and articles written for these tests
cat >"$T/mine.jsonl" <<'EOF'
{"id":"srv-1","date":"2024-03-10","text":"Russian forces shelled Kherson on Saturday, killing two people and wounding five."}
{"id":"srv-2","date":"2024-03-11","text":"A drone attack on Odesa overnight injured three dock workers, the port authority said."}
{"id":"srv-3","date":"2024-03-12","text":"Two Ukrainian drones were shot down over Kursk region on Tuesday, the governor said."}
EOF
"$SITREP" ingest --db "$T/s.db" data/samples "$T/mine.jsonl" 2>"$T/ingest.err" ||
	{ no "ingest of the test store"; sed 's/^/    /' "$T/ingest.err"; }
printf 'test-token-0123456789\n' >"$T/token"
TOKEN=test-token-0123456789
start main --db "$T/s.db" --token-file "$T/token"

# cli FILTER-ARGS: number of events `sitrep events` gives
cli() { "$SITREP" events --db "$T/s.db" --format jsonl "$@" | grep -c .; }

# --- health, the page and its assets
req "healthz" 200 GET /healthz
jqt "healthz counts" '.status == "ok" and .events > 10 and .articles == 27'
req "page" 200 GET /
has "page is the app" "$T/out" '<script src="/app.js">'
has "page is HTML" "$T/hdr" '^Content-Type: text/html'
has "page has a CSP" "$T/hdr" "^Content-Security-Policy: default-src 'self'"
req "app.js" 200 GET /app.js
has "app.js is the app" "$T/out" 'api/events'
has "app.js content type" "$T/hdr" 'text/javascript'
req "style.css" 200 GET /style.css
req "outlines" 200 GET /api/outlines/world.json
has "outlines are TopoJSON" "$T/out" '"Topology"'

# --- /api/events: filters agree with `sitrep events`
total=$(cli)
req "events" 200 GET "/api/events?limit=1000"
jqt "events total" ".events | length == $total"
jqt "events paging" '.paging.offset == 0 and .paging.next_offset == null'
n=$(cli --kind shelling_missile)
req "kind" 200 GET "/api/events?kind=shelling_missile&limit=1000"
jqt "kind count is the CLI's" ".events | length == $n and $n > 0"
jqt "kind applied" '[.events[].kind] | all(. == "shelling_missile")'
n=$(cli --from 2024-03-09 --to 2024-03-12)
req "period" 200 GET "/api/events?from=2024-03-09&to=2024-03-12&limit=1000"
jqt "period count is the CLI's" ".events | length == $n and $n >= 3"
jqt "period applied" '[.events[].event_date] | all(. >= "2024-03-09" and . <= "2024-03-12")'
jqt "our articles are there" '[.events[].article_id] | index("srv-1") != null and index("srv-3") != null'
n=$(cli --country RUS)
req "country" 200 GET "/api/events?country=RUS&limit=1000"
jqt "country count is the CLI's" ".events | length == $n and $n > 0"
jqt "country applied" '[.events[].iso3] | all(. == "RUS")'
req "near" 200 GET "/api/events?near=46.65,32.61,20&limit=1000"
jqt "near keeps Kherson" '[.events[].location] | index("Kherson") != null'
jqt "near drops Odesa" '[.events[].location] | index("Odesa") == null'
n=$(cli --q dock)
req "text query" 200 GET "/api/events?q=dock"
jqt "text query is the CLI's" ".events | length == $n and $n >= 1"
jqt "text query finds Odesa" '[.events[].article_id] | all(. == "srv-2")'
req "side" 200 GET "/api/events?side=RUS&limit=1000"
jqt "side applied" '(.events | length) > 0 and ([.events[].actor1_iso3] | all(. == "RUS"))'

# --- paging and formats
req "page 1" 200 GET "/api/events?limit=5"
jqt "page 1 paging" '.paging.returned == 5 and .paging.next_offset == 5'
jq -r '.events[].event_id' "$T/out" >"$T/p1"
req "page 2" 200 GET "/api/events?limit=5&offset=5"
jq -r '.events[].event_id' "$T/out" >"$T/p2"
req "pages 1-2" 200 GET "/api/events?limit=10"
jq -r '.events[].event_id' "$T/out" >"$T/p12"
same "two pages are the first ten" "$(cat "$T/p1" "$T/p2")" "$(cat "$T/p12")"
req "csv" 200 GET "/api/events?format=csv&kind=shelling_missile&limit=0"
has "csv header" "$T/out" '^event_id_cnty,event_date,'
same "csv rows" "$(grep -c . "$T/out")" "$(($(cli --kind shelling_missile) + 1))"
req "geojson" 200 GET "/api/events?format=geojson&limit=0"
jqt "geojson" '.type == "FeatureCollection" and (.features | length) > 0'

# --- one event, stats, report
req "events for an id" 200 GET "/api/events?q=Kherson&from=2024-03-09&to=2024-03-09"
id=$(jq -r '[.events[] | select(.article_id == "srv-1")][0].event_id' "$T/out")
req "one event" 200 GET "/api/events/$id"
jqt "one event is it" ".event.event_id == \"$id\" and .event.location == \"Kherson\""
jqt "one event has sources" '(.event.sources | length) >= 1 and .event.sources[0].reason != null'
jqt "one event has spans" '.event.spans.trigger[1] > 0 and .event.spans.sentence[1] > 0'
jqt "one event explained" '.explain | type == "string"'
req "no such event" 404 GET "/api/events/sr-0000000000000000"
req "junk event id" 404 GET "/api/events/..%2F..%2Fetc"
req "stats" 200 GET /api/stats
jqt "stats total" ".total == $total"
jqt "stats by kind adds up" '([.by_kind[].count] | add) == .total'
jqt "stats by day adds up" '([.by_day[].count] | add) + .undated == .total'
jqt "stats by region" '.by_region | length > 3'
req "stats filtered" 200 GET "/api/stats?kind=shelling_missile"
jqt "stats filtered total" ".total == $(cli --kind shelling_missile)"
req "report" 200 GET "/api/report?from=2024-03-01&to=2024-03-31"
has "report is HTML" "$T/out" '<html'
has "report names Kherson" "$T/out" 'Kherson'

# --- bad requests: 400 naming the parameter; 404; 405
for case in "from=notadate from" "to=2024-13-01 to" "from=2024-03-12&to=2024-03-01 from" \
	"near=91,0,5 near" "near=abc near" "limit=abc limit" "limit=20000 limit" \
	"offset=-1 offset" "format=xml format" "bogus=1 bogus"; do
	qs=${case% *}; param=${case##* }
	req "bad $qs" 400 GET "/api/events?$qs"
	jqt "bad $qs names $param" ".error == \"bad parameter\" and .parameter == \"$param\""
done
req "stats bad from" 400 GET "/api/stats?from=notadate"
jqt "stats bad from named" '.parameter == "from"'
req "unknown path" 404 GET /nope
req "unknown api" 404 GET /api/nope
req "delete events" 405 DELETE /api/events
has "405 says what is allowed" "$T/hdr" '^Allow: GET'
req "get articles" 405 GET /api/articles

# --- writes
art='{"id":"srv-new","date":"2024-04-02","text":"Russian artillery shelled Sumy on Monday, killing four civilians near the zebrafish market."}'
req "ingest without token" 401 POST /api/articles -d "$art"
jqt "401 is JSON" '.error == "unauthorized"'
req "ingest with a wrong token" 401 POST /api/articles -H "Authorization: Bearer nope-nope-nope" -d "$art"
req "review without token" 401 POST /api/review -d "x"
req "not stored without token" 200 GET "/api/events?q=zebrafish"
jqt "not stored without token" '.events | length == 0'
req "ingest" 201 POST /api/articles -H "Authorization: Bearer $TOKEN" -d "$art"
jqt "ingest counts" '.read == 1 and .stored == 1 and .events >= 1 and .articles[0].id == "srv-new"'
req "ingested is queryable" 200 GET "/api/events?q=zebrafish"
jqt "ingested is queryable" '(.events | length) >= 1 and .events[0].article_id == "srv-new"'
req "ingest again" 200 POST /api/articles -H "Authorization: Bearer $TOKEN" -d "$art"
jqt "ingest again unchanged" '.stored == 0 and .unchanged == 1'
printf '{"id":"srv-j1","date":"2024-04-03","text":"Ukrainian troops recaptured Robotyne after heavy fighting."}\nnot json\n{"id":"srv-j3","date":"2024-02-30","text":"Shelling of Sumy."}\n' >"$T/batch.jsonl"
req "ingest batch" 201 POST /api/articles -H "Authorization: Bearer $TOKEN" --data-binary @"$T/batch.jsonl"
jqt "batch stores the good one" '.stored == 1 and .bad == 2'
jqt "batch names bad lines" '[.errors[].line] == [2, 3]'
printf '{\n  "id": "srv-pretty",\n  "date": "2024-04-04",\n  "text": "A missile strike on Odesa killed one man."\n}\n' >"$T/pretty.json"
req "ingest pretty JSON" 201 POST /api/articles -H "Authorization: Bearer $TOKEN" --data-binary @"$T/pretty.json"
req "ingest empty" 400 POST /api/articles -H "Authorization: Bearer $TOKEN"
head -c 9000000 /dev/zero | tr '\0' 'a' >"$T/big"
req "body too large" 413 POST /api/articles -H "Authorization: Bearer $TOKEN" --data-binary @"$T/big"
printf 'event_id\tstatus\n%s\tconfirmed\n' "$id" >"$T/review.tsv"
req "review" 200 POST /api/review -H "Authorization: Bearer $TOKEN" --data-binary @"$T/review.tsv"
jqt "review applied" '.applied == 1'
req "reviewed event" 200 GET "/api/events/$id"
jqt "review changed the status" '.event.status == "confirmed"'
printf 'event_id\tstatus\nsr-nosuchevent00000\tconfirmed\n' >"$T/review-bad.tsv"
req "bad review" 400 POST /api/review -H "Authorization: Bearer $TOKEN" --data-binary @"$T/review-bad.tsv"
jqt "bad review names the line" '.applied == 0 and .errors[0].line == 2'

# --- the answer cache follows writes by other processes
req "before an outside ingest" 200 GET "/api/events?q=walrus"
jqt "before an outside ingest" '.events | length == 0'
printf '{"id":"srv-cli","date":"2024-04-05","text":"Russian shelling of Kherson killed a walrus keeper on Friday."}\n' >"$T/cli.jsonl"
"$SITREP" ingest --db "$T/s.db" "$T/cli.jsonl" 2>/dev/null
req "after an outside ingest" 200 GET "/api/events?q=walrus"
jqt "after an outside ingest" '(.events | length) >= 1'

# --- reads while an ingest runs
$C -o "$T/bulk.out" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
	--data-binary @data/samples/wire.jsonl "$BASE/api/articles" >"$T/bulk.code" &
readers="$!"
i=0
while [ $i -lt 12 ]; do
	$C -o /dev/null -w '%{http_code}\n' "$BASE/api/events?limit=50" >>"$T/codes" &
	readers="$readers $!"
	i=$((i + 1))
done
for p in $readers; do wait "$p"; done
same "12 concurrent reads during an ingest" "$(grep -c '^200$' "$T/codes")" 12
same "the ingest during reads" "$(cat "$T/bulk.code")" 200

# --- the curl examples of docs/API.md ("$ curl ... # -> STATUS")
grep -E '^\$ curl .*# -> [0-9]{3}$' docs/API.md >"$T/examples" || true
nex=$(grep -c . "$T/examples")
[ "$nex" -ge 8 ] && ok || no "docs/API.md has only $nex runnable examples"
while IFS= read -r line; do
	cmd=${line#\$ }; want=${line##*# -> }; cmd=${cmd% \# -> *}
	got=$(BASE="$BASE" TOKEN="$TOKEN" sh -c "$cmd --max-time 10 -o '$T/doc.out' -w '%{http_code}'" </dev/null)
	if [ "$got" = "$want" ]; then ok; else no "docs example: $cmd: HTTP $got, expected $want"; fi
done <"$T/examples"

# --- a read-only server answers 403 to writes
start ro --db "$T/s.db"
req "writes disabled" 403 POST /api/articles -H "Authorization: Bearer $TOKEN" -d "$art"
jqt "403 says why" '.error == "writes disabled"'
kill "$SPID"; wait "$SPID" 2>/dev/null
# usage errors
"$SITREP" serve --db "$T/s.db" --listen nowhere >/dev/null 2>&1
same "bad --listen exits 2" "$?" 2
printf 'short\n' >"$T/short"
"$SITREP" serve --db "$T/s.db" --token-file "$T/short" >/dev/null 2>&1
same "short token exits 2" "$?" 2

# --- the browser test, on the main server
if [ -z "${NO_BROWSER:-}" ] && [ -x /usr/bin/chromium ] && command -v node >/dev/null &&
	[ -d .deps/npm/node_modules/playwright-core ]; then
	mkdir -p "$B/browser"
	if BASE_URL="http://127.0.0.1:$(cat "$T/main.port")" SHOT="$B/browser/web.png" \
		timeout 120 node tests/browser/web.mjs >"$T/browser.out" 2>&1; then
		ok
	else
		no "browser test:"; sed 's/^/    /' "$T/browser.out" | head -20
	fi
	tail -1 "$T/browser.out"
else
	echo "servertest: browser test skipped (needs /usr/bin/chromium, node and make deps)"
fi

# --- clean stop
kill -TERM "$(echo $PIDS | awk '{print $1}')"
i=0
while kill -0 "$(echo $PIDS | awk '{print $1}')" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if kill -0 "$(echo $PIDS | awk '{print $1}')" 2>/dev/null; then no "server did not stop on SIGTERM"; else ok; fi
has "server said it stops" "$T/main.log" 'stopping on signal'

echo "servertest: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
