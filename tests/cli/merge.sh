# merge.sh - CLI tests of merging, sources, explain and review (issue 5).
# Sourced by tests/cli/run.sh: uses its check/has/hasnt/lines/ok/no, $T,
# $SITREP and the fixture gazetteer.  Articles: tests/cases/multi.
M=tests/cases/multi
set -- strike_a strike_b strike_c shelling_village

# count_in FILE PATTERN: occurrences of PATTERN (fixed string) in FILE
count_in() { grep -o -- "$2" "$1" | grep -c . ; }

# --- the four articles in all 24 orders give the same events
first=""
orders=0
for a in "$@"; do for b in "$@"; do for c in "$@"; do for e in "$@"; do
	[ "$a" = "$b" ] || [ "$a" = "$c" ] || [ "$a" = "$e" ] ||
	[ "$b" = "$c" ] || [ "$b" = "$e" ] || [ "$c" = "$e" ] && continue
	db="$T/order.db"
	rm -f "$db" "$db-wal" "$db-shm"
	for f in $a $b $c $e; do
		"$SITREP" ingest --db "$db" "$M/$f.txt" 2>/dev/null
	done
	"$SITREP" events --db "$db" --format jsonl >"$T/order.out"
	orders=$((orders + 1))
	if [ -z "$first" ]; then
		first="$a $b $c $e"
		cp "$T/order.out" "$T/merged"
	elif ! cmp -s "$T/merged" "$T/order.out"; then
		no "order $a $b $c $e gives other events than $first"
		diff "$T/merged" "$T/order.out" | head -4 | sed 's/^/    /'
	else
		ok
	fi
done; done; done; done
[ "$orders" -eq 24 ] && ok || no "ran $orders orders, expected 24"

lines "one strike event and one shelling event" "$T/merged" 2
grep '"location":"Kharkiv"' "$T/merged" >"$T/strike"
grep '"location":"Kupiansk"' "$T/merged" >"$T/shelling"
lines "strike event" "$T/strike" 1
lines "shelling event" "$T/shelling" 1
has "strike has the revised toll" "$T/strike" '"fatalities":7,'
has "strike confirmed by independent reports" "$T/strike" '"status":"confirmed"'
n=$(count_in "$T/strike" '"mention_id"')
[ "$n" -eq 3 ] && ok || no "strike has $n sources, expected 3"
n=$(count_in "$T/shelling" '"mention_id"')
[ "$n" -eq 1 ] && ok || no "shelling has $n sources, expected 1"
has "sources is a list at the end" "$T/strike" '"rule":[^,]*,"sources":\[\{"mention_id"'
has "the toll's source is named" "$T/strike" '"article_id":"strike_c"[^}]*"provides":"[^"]*fatalities'
has "merge reason with distance and days" "$T/strike" '"reason":"kind shelling_missile; 0.0 km apart[^"]*0 days apart'
hasnt "shelling not merged into the strike" "$T/strike" 'shelling_village'
if command -v jq >/dev/null; then
	if jq -s -e 'map(select(.location == "Kharkiv"))[0] | (.sources | length) == 3 and (.sources[0].reason | startswith("anchor"))' "$T/merged" >/dev/null; then ok; else no "jq: sources list"; fi
fi
sid=$(sed 's/^{"event_id":"\([^"]*\)".*/\1/' "$T/strike")
vid=$(sed 's/^{"event_id":"\([^"]*\)".*/\1/' "$T/shelling")

# --- re-ingesting changes nothing; extract output has no sources
check "re-ingest all" 0 "$SITREP" ingest --db "$T/order.db" $M/strike_a.txt $M/strike_b.txt $M/strike_c.txt $M/shelling_village.txt
check "events after re-ingest" 0 "$SITREP" events --db "$T/order.db" --format jsonl
if cmp -s "$T/merged" "$T/out"; then ok; else no "re-ingest changed merged events"; fi
check "extract has no sources" 0 "$SITREP" extract $M/strike_a.txt
hasnt "extract record without sources" "$T/out" '"sources"'

# --- events --sources, explain
check "events --sources" 0 "$SITREP" events --db "$T/order.db" --sources
has "sources table header" "$T/out" '^date +kind'
has "sources listed" "$T/out" 'source 3/3: strike_c'
has "source sentence shown" "$T/out" 'killed seven people'
check "explain" 0 "$SITREP" explain --db "$T/order.db" "$sid"
has "explain names the event" "$T/out" "^event $sid"
has "explain lists mentions" "$T/out" '^  3\. sr-'
has "explain shows spans with words" "$T/out" 'fatalities \[[0-9]+,[0-9]+\] "seven"'
has "explain shows merge reasons" "$T/out" 'merge: kind shelling_missile; 0\.0 km apart'
has "explain shows the toll revision" "$T/out" 'fatalities 3 -> 7 +\(article strike_c\)'
check "explain unknown event" 3 "$SITREP" explain --db "$T/order.db" sr-nosuchevent
has "explain unknown named" "$T/err" "no event 'sr-nosuchevent'"
check "explain without id" 2 "$SITREP" explain --db "$T/order.db"

# --- a claim and its denial: one event, denied, with the claim's history
check "claim and denial" 0 "$SITREP" ingest --db "$T/claim.db" $M/claim.txt $M/denial.txt
check "claim events" 0 "$SITREP" events --db "$T/claim.db" --format jsonl
lines "claim and denial are one event" "$T/out" 1
has "denied" "$T/out" '"status":"denied"'
has "the claimant kept" "$T/out" "\"claimed_by\":\"Russia's defence ministry\""
cid=$(sed 's/^{"event_id":"\([^"]*\)".*/\1/' "$T/out")
check "explain claim" 0 "$SITREP" explain --db "$T/claim.db" "$cid"
has "claim history kept" "$T/out" 'status claimed -> denied +\(article denial\)'

# --- review: export, corrections, bad lines, audit, survival
db="$T/order.db"
check "review export" 0 "$SITREP" review export --db "$db"
cp "$T/out" "$T/review.tsv"
has "review header" "$T/review.tsv" '^event_id	event_date	kind	location	latitude	longitude	fatalities	injured	actor1	actor2	status	sources	action$'
lines "review rows (comments, header, 2 events)" "$T/review.tsv" 6
awk -F'\t' -v OFS='\t' -v id="$sid" '$1 == id { $7 = 8 } { print }' "$T/review.tsv" >"$T/fix.tsv"
{
	printf 'sr-nosuchevent\t\t\t\t\t\t1\t\t\t\t\t\t\n'
	printf '%s\t\t\t\t\t\tmany\t\t\t\t\t\t\n' "$sid"
	printf '%s\t\t\t\t\t\t\t\t\t\tbogus\t\t\n' "$sid"
	printf '%s\t\t\t\t\t\t\t\t\t\t\t\texplode\n' "$sid"
	printf '%s\t\t\t\t91\t10\t\t\t\t\t\t\t\n' "$vid"
} >>"$T/fix.tsv"
check "review apply with bad lines" 3 "$SITREP" review apply --db "$db" --reviewer tester "$T/fix.tsv"
has "unknown event line" "$T/err" "fix\.tsv:7: no event 'sr-nosuchevent'"
has "bad count line" "$T/err" "fix\.tsv:8: fatalities: 'many'"
has "bad status line" "$T/err" "fix\.tsv:9: unknown status 'bogus'"
has "bad action line" "$T/err" "fix\.tsv:10: unknown action 'explode'"
has "bad place line" "$T/err" "fix\.tsv:11: bad latitude"
has "good line applied" "$T/err" '1 correction applied'
check "events after review" 0 "$SITREP" events --db "$db" --format jsonl
has "corrected toll" "$T/out" '"location":"Kharkiv".*"fatalities":8,'
has "bad place line changed nothing" "$T/out" '"location":"Kupiansk".*"latitude":49\.71'
check "explain shows the review" 0 "$SITREP" explain --db "$db" "$sid"
has "audit has reviewer and field" "$T/out" 'tester  set fatalities 7 -> 8'
# a later report of the same strike: merged, the correction stays
check "ingest a later report" 0 "$SITREP" ingest --db "$db" $M/strike_late.txt
check "events after later report" 0 "$SITREP" events --db "$db" --format jsonl
lines "still two events" "$T/out" 2
has "correction survives a later ingest" "$T/out" '"location":"Kharkiv".*"fatalities":8,'
grep '"location":"Kharkiv"' "$T/out" >"$T/strike2"
n=$(count_in "$T/strike2" '"mention_id"')
[ "$n" -eq 4 ] && ok || no "strike has $n sources after the later report, expected 4"
# merge the shelling into the strike, then split it out again
printf 'event_id\taction\n%s\tmerge %s\n' "$sid" "$vid" >"$T/merge.tsv"
check "review merge" 0 "$SITREP" review apply --db "$db" --reviewer tester "$T/merge.tsv"
check "events after merge" 0 "$SITREP" events --db "$db" --format jsonl
lines "merged by review" "$T/out" 1
has "review merge reason" "$T/out" '"reason":"by review, although'
printf 'event_id\taction\n%s\tsplit %s\n' "$sid" "$vid" >"$T/split.tsv"
check "review split" 0 "$SITREP" review apply --db "$db" --reviewer tester "$T/split.tsv"
check "events after split" 0 "$SITREP" events --db "$db" --format jsonl
lines "split by review" "$T/out" 2
printf 'event_id\taction\n%s\tsplit sr-notamention\n' "$sid" >"$T/split2.tsv"
check "split of a foreign mention" 3 "$SITREP" review apply --db "$db" "$T/split2.tsv"
has "split error named" "$T/err" 'split2\.tsv:2: split'
# reject hides the event, also after re-ingesting its article
printf 'event_id\taction\n%s\treject\n' "$vid" >"$T/reject.tsv"
check "review reject" 0 "$SITREP" review apply --db "$db" --reviewer tester "$T/reject.tsv"
check "ingest after reject" 0 "$SITREP" ingest --db "$db" $M/shelling_village.txt
check "events after reject" 0 "$SITREP" events --db "$db" --format jsonl
lines "rejected event hidden" "$T/out" 1
hasnt "rejected event gone" "$T/out" '"location":"Kupiansk"'
check "review without file" 2 "$SITREP" review apply --db "$db"
check "review bad subcommand" 2 "$SITREP" review frob
printf 'kind\tevent_id\n' >"$T/nohdr.tsv"
check "review bad header" 3 "$SITREP" review apply --db "$db" "$T/nohdr.tsv"
has "bad header named" "$T/err" 'nohdr\.tsv:1: the header'
