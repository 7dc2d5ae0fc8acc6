#!/bin/sh
# fuzz.sh - run every libFuzzer target for a while (`make fuzz`; never
# part of `make check`).
#
# Builds libsitrep with clang and -fsanitize=fuzzer-no-link,address,undefined
# in $FUZZ_B (default build-fuzz), links each tests/fuzz/fuzz_<name>.c with
# -fsanitize=fuzzer,address,undefined and runs it for FUZZ_SECONDS (default
# 60) seconds, starting from tests/fuzz/corpus/<name>/.  New inputs go to
# $FUZZ_B/corpus/<name>/ (the committed seeds are not touched); crashes,
# leaks and timeouts land in tests/fuzz/crashes/<name>/.  Exits non-zero
# if any target found one.  Copy a fixed crash into the corpus so that
# `make fuzz-replay` keeps testing it.
set -u
cd "$(dirname "$0")/.." || exit 1
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_B=${FUZZ_B:-build-fuzz}
PKGS="sqlite3 libutf8proc jansson"
SAN=address,undefined

command -v clang >/dev/null || { echo "fuzz: clang is needed" >&2; exit 1; }
make --no-print-directory B="$FUZZ_B" CC=clang SAN="$SAN" \
	CFLAGS="-O1 -g -fsanitize=fuzzer-no-link" "$FUZZ_B/libsitrep.a" ||
	exit 1
fail=0
for src in tests/fuzz/fuzz_*.c; do
	[ -e "$src" ] || continue
	name=$(basename "$src" .c)
	name=${name#fuzz_}
	bin="$FUZZ_B/fuzz/fuzz_$name"
	work="$FUZZ_B/corpus/$name"
	crashes="tests/fuzz/crashes/$name"
	mkdir -p "$FUZZ_B/fuzz" "$work" "$crashes"
	seeds="tests/fuzz/corpus/$name"
	[ -d "$seeds" ] || seeds=
	# shellcheck disable=SC2046
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 \
		-fsanitize=fuzzer,$SAN -fno-omit-frame-pointer \
		-Iinclude -Isrc $(pkg-config --cflags $PKGS) -o "$bin" "$src" \
		"$FUZZ_B/libsitrep.a" $(pkg-config --libs $PKGS) -lm -lpthread ||
		{ fail=1; continue; }
	echo "fuzz: $name for ${FUZZ_SECONDS}s"
	before=$(ls "$crashes" | wc -l)
	"$bin" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$crashes/" "$work" ${seeds:+"$seeds"} \
		>"$FUZZ_B/fuzz/$name.log" 2>&1
	rc=$?
	after=$(ls "$crashes" | wc -l)
	if [ $rc -ne 0 ] || [ "$after" -gt "$before" ]; then
		echo "fuzz: $name: exit $rc, see $crashes/ and $FUZZ_B/fuzz/$name.log" >&2
		tail -n 40 "$FUZZ_B/fuzz/$name.log" >&2
		fail=1
	else
		tail -n 1 "$FUZZ_B/fuzz/$name.log"
		rmdir "$crashes" 2>/dev/null
	fi
done
rmdir tests/fuzz/crashes 2>/dev/null
exit $fail
