#!/bin/sh
# fuzz-replay.sh - run every libFuzzer target without libFuzzer (`make
# fuzz-replay`, part of `make check`).
#
# Builds each tests/fuzz/fuzz_<name>.c with tests/fuzz/replay_main.c
# against $B/libsitrep.a (B defaults to build; SAN, e.g. address,undefined,
# adds sanitizers) and runs it over tests/fuzz/corpus/<name>/.  Prints one
# line per target; exits non-zero when a target fails to build or crashes
# (or cannot read its corpus).  A target without a corpus is only built.
set -u
cd "$(dirname "$0")/.." || exit 1
B=${B:-build}
SAN=${SAN:-}
CC=${CC:-cc}
PKGS="sqlite3 libutf8proc jansson"

make --no-print-directory B="$B" SAN="$SAN" "$B/libsitrep.a" >/dev/null || {
	echo "fuzz-replay: cannot build $B/libsitrep.a" >&2
	exit 1
}
sanflags=
[ -n "$SAN" ] && sanflags="-fsanitize=$SAN -fno-omit-frame-pointer"
mkdir -p "$B/fuzz"
fail=0
found=0
for src in tests/fuzz/fuzz_*.c; do
	[ -e "$src" ] || continue
	found=$((found + 1))
	name=$(basename "$src" .c)
	name=${name#fuzz_}
	bin="$B/fuzz/replay_$name"
	# shellcheck disable=SC2046,SC2086
	if ! $CC -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 \
		$sanflags -Iinclude -Isrc $(pkg-config --cflags $PKGS) \
		-o "$bin" "$src" tests/fuzz/replay_main.c "$B/libsitrep.a" \
		$(pkg-config --libs $PKGS) -lm -lpthread; then
		echo "fuzz-replay: $name: build failed" >&2
		fail=1
		continue
	fi
	corpus="tests/fuzz/corpus/$name"
	printf '%s: ' "$name"
	if [ ! -d "$corpus" ]; then
		# Built (so it still compiles) but nothing to replay yet.
		echo "fuzz-replay: 0 inputs, 0 crashes (no $corpus)"
		continue
	fi
	"$bin" "$corpus" 2>"$bin.log"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "fuzz-replay: $name: exit $rc (last input and output below)" >&2
		tail -n 30 "$bin.log" >&2
		fail=1
	fi
done
[ $found -gt 0 ] || echo "fuzz-replay: no targets in tests/fuzz" >&2
exit $fail
