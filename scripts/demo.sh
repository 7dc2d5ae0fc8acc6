#!/bin/sh
# make demo: ingest the sample articles in data/samples into out/demo.db,
# print the events as a table, and write out/events.csv,
# out/events.geojson, a situation report out/report.html and out/map.svg.  Run from anywhere; works in the repository root.
# Needs ./sitrep (built by `make demo` before this runs).
set -eu
cd "$(dirname "$0")/.."

SITREP=${SITREP:-./sitrep}
SAMPLES=${SAMPLES:-data/samples}
DB=out/demo.db

if [ ! -x "$SITREP" ]; then
	echo "demo: $SITREP not found; run 'make' first" >&2
	exit 1
fi

rm -rf out
mkdir -p out

# The article files, not the directory: the reader takes every regular file
# of a directory as input, and data/samples/README.md is not an article.
set --
for f in "$SAMPLES"/*.txt "$SAMPLES"/*.jsonl; do
	[ -f "$f" ] && set -- "$@" "$f"
done
[ $# -gt 0 ] || {
	echo "demo: no articles in $SAMPLES" >&2
	exit 1
}

"$SITREP" ingest --db "$DB" "$@"
"$SITREP" events --db "$DB" --format table
"$SITREP" events --db "$DB" --format csv >out/events.csv
"$SITREP" events --db "$DB" --format geojson >out/events.geojson
"$SITREP" report --db "$DB" --from 2022-01-01 --to 2024-12-31 \
	--format html >out/report.html
"$SITREP" map --db "$DB" --from 2022-01-01 --to 2024-12-31 \
	--format svg >out/map.svg

# Articles: one per .txt file, one per non-blank line of each .jsonl file.
articles=0
for f in "$SAMPLES"/*.txt; do
	[ -f "$f" ] && articles=$((articles + 1))
done
for f in "$SAMPLES"/*.jsonl; do
	[ -f "$f" ] || continue
	n=$(grep -c '[^[:space:]]' "$f" || true)
	articles=$((articles + n))
done
events=$("$SITREP" events --db "$DB" --format jsonl | grep -c . || true)

echo
echo "demo: $events events from $articles articles;" \
	"wrote out/events.csv, out/events.geojson, out/report.html, out/map.svg"
