#!/bin/sh
# make bench (after bench/run.sh): requests per second of `sitrep serve`
# on a store of about 100k events.
#
#   BENCH_EVENTS=100000 BENCH_SECONDS=5 BENCH_CONNS=8 bench/api.sh
#   BENCH_API_DB=path.db bench/api.sh      (use an existing store)
#
# The store is generated once from the synthetic corpus (build/bench/gen,
# about 4,300 events per MB) with `sitrep ingest` into
# $B/bench/api-<EVENTS>.db and reused afterwards: delete it to regenerate
# (the ingest of 24 MB takes tens of minutes, most of it merging).  The
# server runs on 127.0.0.1 port 0 with --quiet; build/bench/load (bench/
# load.c) keeps BENCH_CONNS connections alive and sends GETs back to back.
# Never part of `make check`; figures depend on the machine and its load.
set -eu
cd "$(dirname "$0")/.."
B=${B:-build}
SITREP=${SITREP:-./sitrep}
GEN=${GEN:-$B/bench/gen}
LOAD=${LOAD:-$B/bench/load}
N=${BENCH_EVENTS:-100000}
SECS=${BENCH_SECONDS:-5}
CONNS=${BENCH_CONNS:-8}
DB=${BENCH_API_DB:-$B/bench/api-$N.db}
T=$(mktemp -d)
SPID=""
trap '[ -z "$SPID" ] || kill "$SPID" 2>/dev/null; rm -rf "$T"' EXIT INT TERM

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$SITREP" ] || die "$SITREP not found; run 'make' first"
[ -x "$LOAD" ] || die "$LOAD not found; run 'make $LOAD' first"

if [ ! -s "$DB" ]; then
	[ -x "$GEN" ] || die "$GEN not found; run 'make $GEN' first"
	mb=$(awk "BEGIN { printf \"%d\", $N / 4200 + 1 }")
	echo "bench: api: generating a store of ~$N events ($mb MB of corpus) into $DB (slow, once)"
	mkdir -p "$(dirname "$DB")"
	rm -f "$DB.tmp"
	"$GEN" --size "$mb" | "$SITREP" ingest --db "$DB.tmp" - 2>"$T/ingest.err" ||
		{ tail -3 "$T/ingest.err" >&2; die "ingest failed"; }
	mv "$DB.tmp" "$DB"
	rm -f "$DB.tmp-wal" "$DB.tmp-shm"
fi

# serve MODE-ARGS...: start a server, set PORT
serve() {
	rm -f "$T/port"
	"$SITREP" serve --db "$DB" --listen 127.0.0.1:0 --port-file "$T/port" \
		--quiet "$@" 2>"$T/server.log" &
	SPID=$!
	i=0
	while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	[ -s "$T/port" ] || { cat "$T/server.log" >&2; die "server did not start"; }
	PORT=$(cat "$T/port")
}

# The server keeps answers while the store is unchanged (cache.c); the
# first pass measures the store itself (--no-cache), the second what
# clients asking the same views again get.
for mode in --no-cache cached; do
	if [ "$mode" = cached ]; then serve; else serve --no-cache; fi
	events=$(curl -s --max-time 30 "http://127.0.0.1:$PORT/healthz" |
		sed -n 's/.*"events":\([0-9]*\).*/\1/p')
	echo "bench: api ($mode): store $DB with $events events, $CONNS connections, $SECS s per path"
	"$LOAD" 127.0.0.1 "$PORT" "/api/events?limit=100" "$CONNS" 1 >/dev/null
	for path in "/api/events" "/api/events?limit=20" \
		"/api/events?from=2024-03-01&to=2024-03-07" \
		"/api/events?limit=100&offset=5000" \
		"/api/events?kind=shelling_missile&limit=50" \
		"/api/events?near=48.0,37.8,30&limit=50" "/healthz"; do
		printf 'bench: api (%s): GET %-44s ' "$mode" "$path"
		"$LOAD" 127.0.0.1 "$PORT" "$path" "$CONNS" "$SECS"
	done
	kill "$SPID"
	wait "$SPID" 2>/dev/null || true
	SPID=""
done
