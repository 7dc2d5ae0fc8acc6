#!/bin/sh
# Run each cmocka unit-test binary; VALGRIND=1 runs them under valgrind.
# Prints one closing "N passed, N failed" line over all binaries.
set -u
pass=0; fail=0
for t in "$@"; do
	if [ "${VALGRIND:-}" = 1 ]; then
		valgrind -q --leak-check=full --error-exitcode=99 "$t" >"$t.log" 2>&1
	else
		"$t" >"$t.log" 2>&1
	fi
	rc=$?
	n=$(grep -c '^\[       OK \]' "$t.log")
	f=$(sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test(s), listed below:$/\1/p' "$t.log")
	[ -n "$f" ] || f=0
	if [ $rc -ne 0 ]; then
		echo "FAIL $t (exit $rc)"; sed -n '1,80p' "$t.log"
		[ "$f" -eq 0 ] && f=1
	fi
	pass=$((pass + n)); fail=$((fail + f))
done
echo "unit: $pass passed, $fail failed"
[ $fail -eq 0 ]
