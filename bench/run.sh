#!/bin/sh
# make bench: throughput of `sitrep extract` on a synthetic corpus.
#
#   BENCH_MB=50 bench/run.sh        (make bench runs it after building
#                                    ./sitrep and build/bench/gen)
#
# Generates the corpus once into $B/bench/corpus-<MB>.jsonl (reused when
# present: delete it to regenerate), times one extract over it, times each
# pipeline stage when the binary has `extract --stage`, and times start-up
# on a one-article input.  See bench/README.md for what each figure means.
# Never part of `make check`; timings depend on the machine and its load.
set -eu
cd "$(dirname "$0")/.."

B=${B:-build}
MB=${BENCH_MB:-50}
SITREP=${SITREP:-./sitrep}
GEN=${GEN:-$B/bench/gen}
STARTUP_RUNS=${STARTUP_RUNS:-10}
DIR=$B/bench
CORPUS=$DIR/corpus-$MB.jsonl
EMPTY=$DIR/startup.jsonl
TMP=$DIR/tmp.$$

die() {
	echo "bench: $*" >&2
	exit 1
}

[ -x "$SITREP" ] || die "$SITREP not found; run 'make' first"
[ -x "$GEN" ] || die "$GEN not found; run 'make $GEN' first"
case $MB in
'' | *[!0-9.]*) die "BENCH_MB must be a number of megabytes, not '$MB'" ;;
esac

mkdir -p "$DIR" "$TMP"
trap 'rm -rf "$TMP"' EXIT INT TERM

# Nanoseconds since the epoch (GNU date).
now() { date +%s%N; }
# calc EXPR: floating-point arithmetic through awk.
calc() { awk "BEGIN { printf \"%s\", $1 }"; }

if [ ! -s "$CORPUS" ]; then
	t0=$(now)
	"$GEN" --size "$MB" >"$CORPUS.tmp"
	mv "$CORPUS.tmp" "$CORPUS"
	t1=$(now)
	echo "bench: generated $CORPUS in $(calc "sprintf(\"%.2f\", ($t1 - $t0) / 1e9)") s"
fi
# sitrep rejects an empty file, so start-up is timed on one short
# article without an event.
printf '{"id":"startup","date":"2024-01-01","text":"No news today."}\n' \
	>"$EMPTY"

bytes=$(wc -c <"$CORPUS" | tr -d ' ')
articles=$(wc -l <"$CORPUS" | tr -d ' ')
in_mb=$(calc "sprintf(\"%.1f\", $bytes / 1e6)")
echo "bench: input $CORPUS: $in_mb MB, $articles articles"

HAVE_TIME=0
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$TMP/probe" true 2>/dev/null; then
	HAVE_TIME=1
fi

# run_extract OUTFILE ARGS...: run `sitrep extract ARGS`, count its output
# lines into OUTFILE.count, seconds into OUTFILE.secs, peak RSS (KB) into
# OUTFILE.rss and user + system CPU seconds into OUTFILE.cpu (when
# /usr/bin/time works), and the exit code into OUTFILE.rc.
run_extract() {
	out=$1
	shift
	rm -f "$out".*
	t0=$(now)
	{
		rc=0
		if [ "$HAVE_TIME" = 1 ]; then
			/usr/bin/time -f '%M %U %S' -o "$out.time" \
				"$SITREP" extract "$@" 2>"$out.err" || rc=$?
		else
			"$SITREP" extract "$@" 2>"$out.err" || rc=$?
		fi
		echo "$rc" >"$out.rc"
	} | wc -l | tr -d ' ' >"$out.count"
	t1=$(now)
	if [ -s "$out.time" ]; then
		tail -n 1 "$out.time" | awk '{ print $1 }' >"$out.rss"
		tail -n 1 "$out.time" | awk '{ print $2 + $3 }' >"$out.cpu"
	fi
	# At least 1 us, so that rates never divide by zero.
	calc "($t1 - $t0) / 1e9 < 1e-6 ? 1e-6 : ($t1 - $t0) / 1e9" >"$out.secs"
}

# check_run OUTFILE WHAT: report a failed run with its first errors.
check_run() {
	rc=$(cat "$1.rc")
	nerr=$(grep -c . "$1.err" || true)
	if [ "$rc" != 0 ]; then
		echo "bench: $2 exited with status $rc; first errors:" >&2
		head -n 5 "$1.err" >&2
		return 1
	fi
	if [ "$nerr" != 0 ]; then
		echo "bench: note: $2 wrote $nerr lines to stderr, first:" >&2
		head -n 3 "$1.err" >&2
	fi
	return 0
}

# ---- end to end ---------------------------------------------------------
run_extract "$TMP/main" --format jsonl "$CORPUS"
check_run "$TMP/main" "sitrep extract" || exit 1
secs=$(cat "$TMP/main.secs")
events=$(cat "$TMP/main.count")
mbps=$(calc "sprintf(\"%.1f\", $bytes / 1e6 / $secs)")
aps=$(calc "sprintf(\"%.0f\", $articles / $secs)")
eps=$(calc "sprintf(\"%.0f\", $events / $secs)")
rss=""
cpu=""
if [ -s "$TMP/main.rss" ]; then
	rss=$(calc "sprintf(\"%.1f\", $(cat "$TMP/main.rss") / 1024)")
	c=$(cat "$TMP/main.cpu")
	c=$(calc "$c < 0.01 ? 0.01 : $c")
	cpu=$(calc "sprintf(\"%.2f s (%.1f MB per CPU second)\", $c, $bytes / 1e6 / $c)")
fi
echo "bench: extract: $(calc "sprintf(\"%.3f\", $secs)") s, $mbps MB/s," \
	"$aps articles/s, $events events ($eps events/s)"
[ -z "$cpu" ] || echo "bench: extract: CPU $cpu, peak RSS $rss MB"

# ---- per stage (only if the binary has extract --stage) -----------------
if "$SITREP" extract --help 2>&1 | grep -q -- '--stage'; then
	for stage in read scan places extract; do
		run_extract "$TMP/st" --stage "$stage" --format jsonl "$CORPUS"
		if check_run "$TMP/st" "sitrep extract --stage $stage"; then
			s=$(cat "$TMP/st.secs")
			echo "bench: stage $stage: $(calc "sprintf(\"%.3f\", $s)") s," \
				"$(calc "sprintf(\"%.1f\", $bytes / 1e6 / $s)") MB/s," \
				"$(calc "sprintf(\"%.0f\", $articles / $s)") articles/s"
		fi
	done
else
	echo "bench: per-stage figures skipped (no 'extract --stage' in this binary)"
fi

# ---- threads: the same run with one worker per core -----------------------
ncpu=$(nproc 2>/dev/null || echo 2)
if [ "$ncpu" -gt 1 ]; then
	run_extract "$TMP/par" --threads "$ncpu" --format jsonl "$CORPUS"
	if check_run "$TMP/par" "sitrep extract --threads $ncpu"; then
		s=$(cat "$TMP/par.secs")
		echo "bench: --threads $ncpu: $(calc "sprintf(\"%.3f\", $s)") s," \
			"$(calc "sprintf(\"%.1f\", $bytes / 1e6 / $s)") MB/s" \
			"($(calc "sprintf(\"%.2f\", $secs / $s)")x one thread)"
	fi
fi

# ---- start-up: engine and gazetteer load on an empty input ----------------
total=0
i=0
while [ "$i" -lt "$STARTUP_RUNS" ]; do
	run_extract "$TMP/empty" --format jsonl "$EMPTY"
	check_run "$TMP/empty" "sitrep extract (start-up input)" || exit 1
	total=$(calc "$total + $(cat "$TMP/empty.secs")")
	i=$((i + 1))
done
startup=$(calc "sprintf(\"%.3f\", $total / $STARTUP_RUNS)")
echo "bench: start-up (one-article input, mean of $STARTUP_RUNS runs): $startup s"

echo "bench: extract $mbps MB/s, $aps articles/s, start-up $startup s"
