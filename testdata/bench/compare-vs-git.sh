#!/usr/bin/env bash
# Times `letterdiff compare --format json` against `git diff --no-index
# --word-diff` on the revision pairs of testdata/perf, in one run, and
# prints the ratio for each pair (the seed pair first), with letterdiff's
# peak memory.
#
#   testdata/bench/compare-vs-git.sh [RUNS]
#
# Each figure is the median of RUNS runs (default 5) of the whole command,
# start-up included. git word-diff only finds changed words; letterdiff
# also parses, aligns paragraphs and sentences, finds and links claims and
# writes redlines, so a ratio well above 1 is expected: the figure to watch
# is how it moves from change to change.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# static, as a release is built: letterdiff needs no cgo
CGO_ENABLED=0 go build -o "$tmp/letterdiff" ./cmd/letterdiff

now_ns() { date +%s%N; }
# ms CMD...: run CMD once and print its wall time in milliseconds
ms() {
	local s e
	s=$(now_ns)
	"$@" >/dev/null 2>&1 || true # git diff exits 1 when files differ
	e=$(now_ns)
	echo $(((e - s) / 1000000))
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
peak_kb() {
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
	else
		echo "?"
	fi
}

printf '%-18s %14s %10s %8s %16s\n' pair letterdiff_ms git_ms ratio letterdiff_peak
for pair in "seeds/2015-01-28-industry-letter-secure-and-controllable.txt seeds/2017-05-15-industry-letter-cybersecurity-law.txt" \
	"testdata/perf/rfc2246.txt testdata/perf/rfc4346.txt" \
	"testdata/perf/rfc4346.txt testdata/perf/rfc5246.txt" \
	"testdata/perf/rfc793.txt testdata/perf/rfc9293.txt"; do
	set -- $pair
	a=$1
	b=$2
	name() { basename "$1" .txt | cut -c1-10; }
	l=$(for _ in $(seq "$runs"); do ms "$tmp/letterdiff" compare --format json "$a" "$b"; done | median)
	g=$(for _ in $(seq "$runs"); do ms git diff --no-index --word-diff "$a" "$b"; done | median)
	ratio=$(awk -v l="$l" -v g="$g" 'BEGIN { if (g < 1) g = 1; printf "%.1f", l / g }')
	mem=$(peak_kb "$tmp/letterdiff" compare --format json "$a" "$b")
	printf '%-18s %14s %10s %8s %13s KB\n' "$(name "$a")→$(name "$b")" "$l" "$g" "$ratio" "$mem"
done
