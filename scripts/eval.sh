#!/bin/sh
# eval.sh - `make eval`: score ./sitrep extract on the shared evaluation sets.
#
#   scripts/eval.sh [SHARED]      SHARED defaults to ../shared beside the repo
#
# Reads SHARED/data/eval/ucdp_ua_dev.jsonl and plover_gsr_cameo.txt where they
# lie (never copies them into the project), writes the extractor's inputs and
# outputs, the report and a per-article mismatch list under build/eval/:
#   ucdp.in.jsonl plover.in.jsonl     articles given to the extractor
#   ucdp.out.jsonl plover.out.jsonl   its events; *.stderr its diagnostics
#   report.txt                        the printed report
#   errors.jsonl                      one line per gold event scored wrong
#   seeds.out.jsonl seeds.txt         events of SHARED/seeds and their score
#                                     against tests/seeds/analyst.jsonl
# Environment: SITREP (binary, default ./sitrep), SITREP_GAZETTEER (passed
# as --gazetteer; the word "wof" builds build/eval/ua_wof.gaz from
# SHARED/data/gazetteer once and uses it), EVAL_OUT (output directory,
# default build/eval).
# Exit: 0 scored, 1 extractor missing or failed to run, 2 data missing.
# Not part of `make check`; figures are not a pass/fail gate.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${1:-$ROOT/../shared}
EVAL_DIR=$SHARED/data/eval
UCDP=$EVAL_DIR/ucdp_ua_dev.jsonl
PLOVER=$EVAL_DIR/plover_gsr_cameo.txt
OUT=${EVAL_OUT:-$ROOT/build/eval}
SITREP=${SITREP:-$ROOT/sitrep}

missing=0
for f in "$UCDP" "$PLOVER"; do
	if [ ! -r "$f" ]; then
		echo "eval: missing evaluation data: $f" >&2
		missing=1
	fi
done
if [ "$missing" -ne 0 ]; then
	echo "eval: give the shared directory: make eval SHARED=/path/to/shared" >&2
	exit 2
fi
if [ ! -x "$SITREP" ]; then
	echo "eval: no extractor at $SITREP (run make first)" >&2
	exit 1
fi
command -v python3 >/dev/null || { echo "eval: python3 not found" >&2; exit 1; }

mkdir -p "$OUT"
python3 "$ROOT/scripts/eval.py" inputs --ucdp "$UCDP" --plover "$PLOVER" \
	--outdir "$OUT" >/dev/null

GAZ=${SITREP_GAZETTEER:-}
if [ "$GAZ" = wof ]; then
	GDIR=$SHARED/data/gazetteer
	GAZ=$OUT/ua_wof.gaz
	if [ ! -s "$GAZ" ] || [ -n "$(find "$GDIR/UA_wof.txt" "$SITREP" \
		-newer "$GAZ" 2>/dev/null)" ]; then
		"$SITREP" gazetteer build --out "$GAZ.tmp" --no-default \
			"$GDIR/UA_wof.txt" "$GDIR/admin1CodesASCII.txt" \
			>"$OUT/gazetteer.log" 2>&1 || {
			echo "eval: gazetteer build failed; see $OUT/gazetteer.log" >&2
			exit 1
		}
		mv "$GAZ.tmp" "$GAZ"
	fi
fi
set -- extract --format jsonl
if [ -n "$GAZ" ]; then
	set -- "$@" --gazetteer "$GAZ"
	echo "eval: gazetteer $GAZ"
fi

# One bad article is reported and skipped by the extractor (exit 3); score
# what it wrote and say so, but stop when it could not run at all.
run() { # name extract-args...
	name=$1
	shift
	rc=0
	t0=$(date +%s.%N)
	"$SITREP" "$@" "$OUT/$name.in.jsonl" >"$OUT/$name.out.jsonl" \
		2>"$OUT/$name.stderr" || rc=$?
	t1=$(date +%s.%N)
	nerr=$(wc -l <"$OUT/$name.stderr")
	printf 'eval: %-6s extract exit %d, %d events, %d diagnostics, %.2f s\n' \
		"$name" "$rc" "$(wc -l <"$OUT/$name.out.jsonl")" "$nerr" \
		"$(awk "BEGIN { print $t1 - $t0 }")"
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
		echo "eval: extractor failed on $name; see $OUT/$name.stderr:" >&2
		head -n 5 "$OUT/$name.stderr" >&2
		if grep -q gazetteer "$OUT/$name.stderr"; then
			echo "eval: hint: make deps, or SITREP_GAZETTEER=wof make eval" >&2
		fi
		exit 1
	fi
}
run ucdp "$@"
run plover "$@"
echo

ONTO=$SHARED/ONTOLOGY.md
python3 "$ROOT/scripts/eval.py" score \
	--ucdp-gold "$UCDP" --ucdp-pred "$OUT/ucdp.out.jsonl" \
	--plover-gold "$PLOVER" --plover-pred "$OUT/plover.out.jsonl" \
	--ontology "$ONTO" \
	--report "$OUT/report.txt" --errors "$OUT/errors.jsonl"

# The seed articles against an analyst's coding of them (tests/seeds/).
SEEDS=$SHARED/seeds
SGOLD=$ROOT/tests/seeds/analyst.jsonl
if [ -d "$SEEDS" ] && [ -r "$SGOLD" ]; then
	"$SITREP" "$@" "$SEEDS" >"$OUT/seeds.out.jsonl" 2>"$OUT/seeds.stderr" ||
		echo "eval: extractor exit $? on $SEEDS; see $OUT/seeds.stderr" >&2
	echo
	python3 "$ROOT/scripts/seeds.py" --gold "$SGOLD" \
		--pred "$OUT/seeds.out.jsonl" | tee "$OUT/seeds.txt"
fi
echo
echo "eval: report in $OUT/report.txt, mismatches in $OUT/errors.jsonl"
