#!/bin/sh
# devset.sh - score ./sitrep extract on the development sets in tests/devsets/
# (Russia-Ukraine ACLED-style briefs, sets A and C; worldwide political-violence
# snippets, sets B and D).  Prints a summary line per set, then the details.
#
#   scripts/devset.sh [extra devset.py options, e.g. --set A]
#
# Environment: SITREP (binary, default ./sitrep), SITREP_GAZETTEER (passed
# as --gazetteer; the word "wof" builds build/devsets/ua_wof.gaz once from
# ../shared/data/gazetteer (or $SHARED/data/gazetteer) added to the
# default sources, and uses it; "wof-only" builds build/devsets/ua_wof_only.gaz
# from those files alone, --no-default),
# DEVSET_OUT (output directory, default build/devsets).
# Writes under DEVSET_OUT: A.in.jsonl A.out.jsonl A.stderr errors_A.jsonl
# and the same for B.
# Exit: 0 scored, 1 extractor missing or failed, 2 data missing.
# Development only: not part of `make check`; figures are not a gate.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${DEVSET_OUT:-$ROOT/build/devsets}
SITREP=${SITREP:-$ROOT/sitrep}
SHARED=${SHARED:-$ROOT/../shared}

command -v python3 >/dev/null || { echo "devset: python3 not found" >&2; exit 1; }
if [ ! -x "$SITREP" ]; then
	echo "devset: no extractor at $SITREP (run make first)" >&2
	exit 1
fi
mkdir -p "$OUT"

GAZ=${SITREP_GAZETTEER:-}
if [ "$GAZ" = wof ] || [ "$GAZ" = wof-only ]; then
	NODEF=
	if [ "$GAZ" = wof-only ]; then
		NODEF=--no-default
	fi
	GDIR=$SHARED/data/gazetteer
	GAZ=$OUT/ua_$(echo "$GAZ" | tr - _).gaz
	if [ ! -r "$GDIR/UA_wof.txt" ]; then
		echo "devset: missing $GDIR/UA_wof.txt (set SHARED=...)" >&2
		exit 2
	fi
	if [ ! -s "$GAZ" ] || [ -n "$(find "$GDIR/UA_wof.txt" "$SITREP" \
		-newer "$GAZ" 2>/dev/null)" ]; then
		"$SITREP" gazetteer build --out "$GAZ.tmp" $NODEF \
			"$GDIR/UA_wof.txt" "$GDIR/admin1CodesASCII.txt" \
			>"$OUT/gazetteer.log" 2>&1 || {
			echo "devset: gazetteer build failed; see $OUT/gazetteer.log" >&2
			exit 1
		}
		mv "$GAZ.tmp" "$GAZ"
	fi
fi

set -- --sitrep "$SITREP" --outdir "$OUT" "$@"
if [ -n "$GAZ" ]; then
	set -- --gazetteer "$GAZ" "$@"
fi
exec python3 "$ROOT/scripts/devset.py" "$@"
