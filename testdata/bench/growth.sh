#!/usr/bin/env bash
# Prints how `letterdiff compare --format json` grows with its input, beside
# `git diff --no-index --word-diff` on the same files: wall time and peak
# memory (from /usr/bin/time -v) of one run of each, and for each series
# the fitted exponent of time in input size (the slope of log time on log
# bytes, least squares; 1.0 is linear).
#
#   testdata/bench/growth.sh [SERIES...]
#
# SERIES (default: all, in this order):
#   rfc      the RFC 2246 → 4346 revision pair of testdata/perf, each file
#            concatenated with itself 1×, 2×, 4×, 8× and 16× (7 MB a side)
#   signers  letters with 100 … 50,000 signatories one per line, invented
#            names that share words ("Northern Timber Growers Association");
#            the later letter drops one in ten and adds as many new ones
#   big      a 60 MB input (the RFCs of testdata/perf, concatenated up to
#            60 MB) compared with rfc5246.txt
#   line     a single 5 MB line (RFC 2246 repeated, its line ends made
#            spaces) compared with RFC 4346 as one line
#
# Environment: LETTERDIFF=path uses that binary instead of building one
# from this checkout (to compare two builds); RUNS=n (default 1) times each
# command n times and keeps the median time and the greatest peak;
# TIMEOUT=seconds (default 600)
# stops a run that takes longer, which then prints as "timeout" and is
# left out of the fit; KEEP=dir keeps the generated inputs there.
#
# Figures are from the machine the script runs on; run it on a quiet one. The targets of issue 12 are noted beside each series;
# they live here and in `go test -bench`, never in timed unit tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
timeout_s=${TIMEOUT:-600}
runs=${RUNS:-1}
tmp=${KEEP:-$(mktemp -d)}
mkdir -p "$tmp"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
if [ ! -x /usr/bin/time ]; then
	echo "growth.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
	exit 2
fi
# letterdiff turns its collector off for a run of 1 MiB of input or less
# (cmd/letterdiff/main.go); GOGC set holds one policy over every size, so
# that the fitted exponent measures the work and not the switch.
export GOGC=${GOGC:-100}
bin=${LETTERDIFF:-}
if [ -z "$bin" ]; then
	bin=$tmp/letterdiff
	CGO_ENABLED=0 go build -o "$bin" ./cmd/letterdiff # static, as a release is built
fi

# run CMD...: run CMD RUNS times (see run1) and print the median time and
# the greatest peak, or the first failure.
run() {
	local out
	out=$(for _ in $(seq "$runs"); do run1 "$@"; done)
	if grep -q '[a-z]' <<<"$out"; then
		grep '[a-z]' <<<"$out" | head -n 1
		return
	fi
	sort -n <<<"$out" | awk '{t[NR] = $1; if ($2 > kb) kb = $2} END {print t[int((NR + 1) / 2)], kb}'
}

# run1 CMD...: run CMD once under /usr/bin/time -v and print
# "seconds peak_kb" (or "timeout ?" / "failed ?").
run1() {
	local log=$tmp/time.log status=0
	timeout "$timeout_s" /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$tmp/stderr" || status=$?
	if [ "$status" = 124 ]; then
		echo "timeout ?"
		return
	fi
	# git diff exits 1 when the files differ
	if [ "$status" != 0 ] && [ "$status" != 1 ]; then
		echo "failed ?"
		return
	fi
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
		/Maximum resident set size/ { kb = $2 }
		END { printf "%.2f %d\n", s, kb }' "$log"
}

# fit: reads "bytes seconds" lines, prints the least-squares slope of
# log(seconds) on log(bytes) over the lines with a time, and over the last
# two ("local").
fit() {
	awk '$2 != "timeout" && $2 != "failed" && $2 > 0 {
			n++; x[n] = log($1); y[n] = log($2); sx += x[n]; sy += y[n]; sxx += x[n] * x[n]; sxy += x[n] * y[n]
		}
		END {
			if (n < 2) { print "n/a"; exit }
			b = (n * sxy - sx * sy) / (n * sxx - sx * sx)
			printf "%.2f (last two: %.2f)", b, (y[n] - y[n-1]) / (x[n] - x[n-1])
		}'
}

header() {
	printf '\n%s\n' "$1"
	printf '%-16s %12s %10s %12s %10s %12s %8s\n' input bytes ld_s ld_peak_MB git_s git_peak_MB ratio
}

# row LABEL BEFORE AFTER: compare the two files with both tools, print a
# row and append "bytes seconds" to $tmp/points.
row() {
	local label=$1 a=$2 b=$3 bytes ld git
	bytes=$(($(wc -c <"$a") + $(wc -c <"$b")))
	read -r ld_s ld_kb <<<"$(run "$bin" compare --format json "$a" "$b")"
	read -r git_s git_kb <<<"$(run git diff --no-index --word-diff "$a" "$b")"
	ratio=$(awk -v l="$ld_s" -v g="$git_s" 'BEGIN { if (l + 0 > 0 && g + 0 > 0) printf "%.0f", l / g; else print "?" }')
	mb() { awk -v k="$1" 'BEGIN { if (k + 0 > 0) printf "%.0f", k / 1024; else print "?" }'; }
	printf '%-16s %12d %10s %12s %10s %12s %8s\n' "$label" "$bytes" "$ld_s" "$(mb "$ld_kb")" "$git_s" "$(mb "$git_kb")" "$ratio"
	echo "$bytes $ld_s" >>"$tmp/points"
}

# repeat FILE TIMES OUT: OUT is FILE concatenated TIMES times.
repeat() {
	: >"$3"
	for _ in $(seq "$2"); do cat "$1" >>"$3"; done
}

series_rfc() {
	header "RFC 2246 → 4346 concatenated k× (target: exponent ≤ 1.1)"
	: >"$tmp/points"
	for k in 1 2 4 8 16; do
		repeat testdata/perf/rfc2246.txt "$k" "$tmp/rfc-a-$k.txt"
		repeat testdata/perf/rfc4346.txt "$k" "$tmp/rfc-b-$k.txt"
		row "${k}×" "$tmp/rfc-a-$k.txt" "$tmp/rfc-b-$k.txt"
	done
	echo "exponent: $(fit <"$tmp/points")"
}

# signers N FIRST DROP OUT: a letter signed by N invented bodies, numbered
# from FIRST, leaving out every DROP-th (0 for none).
signers() {
	awk -v n="$1" -v first="$2" -v drop="$3" -v later="$4" 'BEGIN {
		nr = split("Northern Southern Eastern Western Central Coastal Upland Lowland Island Valley River Lake Mountain Prairie Delta Harbour Forest Desert Border Metro Rural Capital Frontier Highland Riverside Bay Gulf Plains Canyon Summit Meadow Harbor Pacific Atlantic Midland Lakeshore Tidewater Piedmont Basin Ridge", region, " ")
		ns = split("Timber Widget Dairy Grain Textile Software Shipping Mining Fisheries Orchard Vineyard Poultry Steel Cement Glass Paper Rubber Leather Tobacco Cotton Wool Sugar Coffee Cocoa Spice Salt Copper Nickel Zinc Tin Silver Granite Marble Clay Ceramic Solar Wind Battery Hydrogen Rail", sector, " ")
		nk = split("Growers Association|Makers Council|Producers Federation|Workers Union|Traders Chamber|Exporters Forum|Importers League|Owners Alliance|Engineers Institute|Farmers Cooperative|Merchants Guild|Manufacturers Society|Suppliers Network|Retailers Board|Processors Coalition|Carriers Conference|Dealers Assembly|Builders Congress|Planners Circle|Investors Group|Employers Confederation|Artisans Collective|Distributors Bureau|Operators Council|Breeders Society|Brokers Association|Contractors Federation|Refiners Union|Millers Chamber|Packers Forum|Haulers League|Installers Alliance", kind, "|")
		print "March 3, " (later ? 2024 : 2023)
		print ""
		print "The Honourable Minister of Industry"
		print "Ministry of Industry"
		print "100 Main Street, Capital City"
		print ""
		print "Dear Minister,"
		print ""
		print "We write on behalf of the associations listed below about the proposed licensing scheme for imported machinery and spare parts."
		print ""
		print "We urge the Ministry to " (later ? "delay" : "postpone") " the scheme until the criteria for granting licences are published, and we request a transition period of at least one year for existing contracts."
		print ""
		print "We are concerned that the scheme exempts domestic producers, which raises questions under trade rules."
		print ""
		print "Sincerely,"
		print ""
		for (i = first; i < first + n; i++) {
			if (drop > 0 && i % drop == 0) continue
			print region[i % nr + 1] " " sector[int(i / nr) % ns + 1] " " kind[int(i / (nr * ns)) % nk + 1]
		}
	}'
}

series_signers() {
	header "signatories one per line, 100 … 50,000 (target: exponent ≤ 1.1; 20,000 under 5 s)"
	: >"$tmp/points"
	for n in 100 500 1000 5000 10000 20000 50000; do
		signers "$n" 0 0 0 >"$tmp/signers-a-$n.txt"
		# the later letter: one in ten left, as many new ones joined
		signers $((n + n / 10)) 0 10 1 >"$tmp/signers-b-$n.txt"
		row "$n" "$tmp/signers-a-$n.txt" "$tmp/signers-b-$n.txt"
	done
	echo "exponent: $(fit <"$tmp/points")"
}

# grow FILE BYTES COMMAND...: FILE made of COMMAND's output, written again
# and again, cut to BYTES. COMMAND's standard input is the function's.
grow() {
	local file=$1 bytes=$2 input
	shift 2
	input=$(mktemp)
	cat >"$input"
	: >"$file"
	while [ "$(wc -c <"$file")" -lt "$bytes" ]; do
		"$@" <"$input" >>"$file"
	done
	rm -f "$input"
	head -c "$bytes" "$file" >"$file.cut" && mv "$file.cut" "$file"
}

series_big() {
	header "a 60 MB input compared with rfc5246.txt (target: under 60 s and 1 GB)"
	: >"$tmp/points"
	local big=$tmp/big.txt
	grow "$big" 60000000 cat testdata/perf/rfc*.txt </dev/null
	row "60 MB" "$big" testdata/perf/rfc5246.txt
}

series_line() {
	header "a single 5 MB line compared with RFC 4346 as one line (target: under 3 s)"
	: >"$tmp/points"
	local line=$tmp/line.txt
	grow "$line" 5000000 tr '\n' ' ' <testdata/perf/rfc2246.txt
	tr '\n' ' ' <testdata/perf/rfc4346.txt >"$tmp/line-b.txt"
	row "5 MB line" "$line" "$tmp/line-b.txt"
}

echo "letterdiff: $("$bin" version 2>/dev/null || echo "$bin"); git: $(git --version); $(nproc) cores"
for s in "${@:-rfc signers big line}"; do
	for one in $s; do
		"series_$one"
	done
done
