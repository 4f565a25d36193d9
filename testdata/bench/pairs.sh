#!/usr/bin/env bash
# Times `letterdiff compare --pairs` on N seed-size pairs (default 1,000)
# in one process, against the same pairs run as N separate processes
# (the first 100 of them, scaled up), and prints the peak memory.
#
#   testdata/bench/pairs.sh [N] [JOBS]
#
# Each pair is a fresh copy of the two seed letters under its own name, so
# that every letter is read and parsed (a series that names a letter twice
# would read it once).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000}
jobs=${2:-0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# static, as a release is built: letterdiff needs no cgo
CGO_ENABLED=0 go build -o "$tmp/letterdiff" ./cmd/letterdiff
before=seeds/2015-01-28-industry-letter-secure-and-controllable.txt
after=seeds/2017-05-15-industry-letter-cybersecurity-law.txt
mkdir "$tmp/letters"
echo "before,after,id" >"$tmp/pairs.csv"
for i in $(seq "$n"); do
	cp "$before" "$tmp/letters/b$i.txt"
	cp "$after" "$tmp/letters/a$i.txt"
	echo "letters/b$i.txt,letters/a$i.txt,$i" >>"$tmp/pairs.csv"
done
now_ns() { date +%s%N; }

s=$(now_ns)
if [ -x /usr/bin/time ]; then
	peak=$(/usr/bin/time -f %M "$tmp/letterdiff" compare --pairs "$tmp/pairs.csv" --jobs "$jobs" 2>&1 >"$tmp/out.jsonl" | tail -n 1)
else
	"$tmp/letterdiff" compare --pairs "$tmp/pairs.csv" --jobs "$jobs" >"$tmp/out.jsonl"
	peak="?"
fi
e=$(now_ns)
batch_ms=$(((e - s) / 1000000))
lines=$(wc -l <"$tmp/out.jsonl")

k=$((n < 100 ? n : 100))
s=$(now_ns)
for i in $(seq "$k"); do
	"$tmp/letterdiff" compare --format json "$tmp/letters/b$i.txt" "$tmp/letters/a$i.txt" >/dev/null
done
e=$(now_ns)
single_ms=$(((e - s) / 1000000 * n / k))

printf 'pairs %d, cores %d\n' "$n" "$(nproc)"
printf 'compare --pairs:        %6d ms  (%d lines, peak %s KB)\n' "$batch_ms" "$lines" "$peak"
printf 'separate processes:     %6d ms  (estimated from %d runs, one after another)\n' "$single_ms" "$k"
