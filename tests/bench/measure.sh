#!/usr/bin/env bash
# Measures titraille's performance (see docs/performance.md).
#
#   tests/bench/measure.sh [BUILD_DIR]      BUILD_DIR defaults to build-bench (relative to the repo root)
#
# 1. configures and builds Release in BUILD_DIR (titraille, titraille_bench, titraille_stage_times);
# 2. runs the Google Benchmark driver (5 repetitions, aggregates only);
# 3. runs the per-stage driver;
# 4. measures whole processes on the ~5 KB article and the 10 000-word page: median wall time of 50 runs
#    (hyperfine if installed, else a bash loop over date +%s%N) and peak RSS
#    (/usr/bin/time -f %M).
# Raw outputs go to BUILD_DIR/perf/; a summary is printed at the end.
# Environment: RUNS (process runs, default 50), STAGE_RUNS (default 101),
# STAGE_LARGE_RUNS (default 5), BENCH_FILTER (default: all benchmarks),
# NO_HYPERFINE=1 (use the bash loop even when hyperfine is installed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-build-bench}"
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
RUNS="${RUNS:-50}"
STAGE_RUNS="${STAGE_RUNS:-101}"
STAGE_LARGE_RUNS="${STAGE_LARGE_RUNS:-5}"
ARTICLE="$ROOT/data/examples/06-reforme-retraites.txt"  # the ~5 KB article (tests/bench/bench_inputs.h)
PAGE="$ROOT/tests/data/page-10000-words.txt"           # issue 5's page of 10 000 words
OUT="$BUILD/perf"

say() { printf '\n== %s\n' "$*"; }

say "Machine"
echo "nproc: $(nproc)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "compiler: $(${CXX:-c++} --version | head -1)"
echo "kernel: $(uname -sr)"
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"

say "Build (Release) in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target titraille titraille_bench titraille_stage_times >/dev/null
mkdir -p "$OUT"
TITRAILLE="$BUILD/titraille"
BENCH="$BUILD/tests/bench/titraille_bench"
STAGES="$BUILD/tests/bench/titraille_stage_times"

say "Google Benchmark (5 repetitions, aggregates only)"
"$BENCH" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  ${BENCH_FILTER:+--benchmark_filter="$BENCH_FILTER"} \
  --benchmark_out="$OUT/benchmark.json" --benchmark_out_format=json | tee "$OUT/benchmark.txt"

say "Per-stage split"
"$STAGES" --runs "$STAGE_RUNS" --large-runs "$STAGE_LARGE_RUNS" | tee "$OUT/stage_times.md"

say "Cold Engine start-up split, median of 11 processes (titraille_stage_times --cold-only)"
for ((i = 0; i < 11; i++)); do "$STAGES" --cold-only; done >"$OUT/cold_startup.tsv"
awk -F'\t' '
  !($1 in seen) { seen[$1] = 1; order[++n] = $1 }
  { v[$1, ++c[$1]] = $2 }
  END {
    print "| part | ms, cold (median of 11 processes) |"; print "|---|---:|"
    for (k = 1; k <= n; k++) {
      p = order[k]; m = c[p]
      for (i = 1; i <= m; i++) a[i] = v[p, i]
      for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
      med = m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
      total += med
      printf "| %s | %.3f |\n", p, med
    }
    printf "| **sum of medians** | %.3f |\n", total
  }' "$OUT/cold_startup.tsv" | tee "$OUT/cold_startup.md"

say "Whole process on $(basename "$ARTICLE") ($(wc -c <"$ARTICLE") bytes), $RUNS runs"
# titraille --help      process start, dynamic loading, option parsing (no Engine)
# titraille --version   the same plus Engine construction (all rules compiled)
# titraille --format json FILE   the real thing
median_ms_loop() {  # median wall time in ms of $RUNS runs of "$@" (stdout discarded)
  local i t0 t1
  for ((i = 0; i < 3; i++)); do "$@" >/dev/null; done  # warm-up
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 ))
  done | sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%.2f\n", m / 1000}'
}
declare -A PROC
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs "$RUNS" --export-json "$OUT/hyperfine.json" \
    -n help "$TITRAILLE --help" -n version "$TITRAILLE --version" \
    -n json "$TITRAILLE --format json $ARTICLE" -n page "$TITRAILLE --format json $PAGE" | tee "$OUT/hyperfine.txt"
  while read -r name ms; do PROC[$name]=$ms; done < <(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(r["command"], "%.2f" % (r["median"] * 1000))' "$OUT/hyperfine.json")
  PROC_TOOL="hyperfine $(hyperfine --version | awk '{print $2}'), -N, 5 warm-up runs"
else
  PROC[help]=$(median_ms_loop "$TITRAILLE" --help)
  PROC[version]=$(median_ms_loop "$TITRAILLE" --version)
  PROC[json]=$(median_ms_loop "$TITRAILLE" --format json "$ARTICLE")
  PROC[page]=$(median_ms_loop "$TITRAILLE" --format json "$PAGE")
  PROC_TOOL="bash loop over date +%s%N, 3 warm-up runs"
fi
for k in help version json page; do echo "median $k: ${PROC[$k]} ms"; done | tee "$OUT/process.txt"

say "Peak RSS (/usr/bin/time -f %M), median of 5 runs"
if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time is missing: apt-get install -y time" >&2
  exit 1
fi
rss_kb() {
  for ((i = 0; i < 5; i++)); do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 3p
}
RSS_JSON=$(rss_kb "$TITRAILLE" --format json "$ARTICLE")
RSS_HELP=$(rss_kb "$TITRAILLE" --help)
echo "titraille --format json: $RSS_JSON KB; titraille --help: $RSS_HELP KB" | tee "$OUT/rss.txt"

say "Summary"
python3 - "$OUT/benchmark.json" "${PROC[json]}" "${PROC[version]}" "${PROC[help]}" "$RSS_JSON" "$PROC_TOOL" "${PROC[page]}" <<'EOF' | tee "$OUT/summary.txt"
import json, sys
bench = {b["run_name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"] if b.get("aggregate_name") == "median"}
def ms(name, key="real_time"):
    b = bench[name]
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
    return b[key] * scale
proc, version, helpt, rss_kb, tool = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
print(f"process, 5 KB article to JSON: median {proc:.2f} ms ({tool})  goal < 5 ms: {'MET' if proc < 5 else 'NOT MET'}")
print(f"  of which: process without Engine (--help) {helpt:.2f} ms, with Engine (--version) {version:.2f} ms")
page = float(sys.argv[7])
print(f"process, 10 000-word page to JSON: median {page:.2f} ms  goal: well under 50 ms")
print(f"peak RSS: {rss_kb} KB = {rss_kb / 1024:.1f} MiB  goal < 25 MB: {'MET' if rss_kb * 1024 < 25e6 else 'NOT MET'}")
if "BM_EngineStartup" in bench:
    print(f"engine start-up (in process, warm): {ms('BM_EngineStartup'):.2f} ms (CPU {ms('BM_EngineStartup', 'cpu_time'):.2f} ms)")
if "BM_Article5KB" in bench:
    print(f"rewrite + render(JSON), 5 KB article (in process): {ms('BM_Article5KB'):.2f} ms (CPU {ms('BM_Article5KB', 'cpu_time'):.2f} ms)")
if "BM_PipelineThroughput" in bench and "BM_IcuBaseline" in bench:
    size = bench["BM_PipelineThroughput"]["input_bytes"]
    p, i = ms("BM_PipelineThroughput"), ms("BM_IcuBaseline")
    pc, ic = ms("BM_PipelineThroughput", "cpu_time"), ms("BM_IcuBaseline", "cpu_time")
    print(f"pipeline throughput: {size / 1e6 / (p / 1e3):.2f} MB/s ({p:.1f} ms wall, {pc:.1f} ms CPU for {size:.0f} bytes)")
    print(f"ICU NFC + word + sentence pass: {size / 1e6 / (i / 1e3):.2f} MB/s ({i:.1f} ms wall, {ic:.1f} ms CPU)")
    print(f"pipeline / ICU time: {p / i:.1f} (wall), {pc / ic:.1f} (CPU)  goal <= 4: {'MET' if p / i <= 4 else 'NOT MET'}")
busy = [n for n in bench if ms(n) > 1.1 * ms(n, "cpu_time")]
if busy:
    print(f"WARNING: wall time exceeds CPU time by more than 10% for {', '.join(busy)}: the machine was busy, "
          "numbers are inflated; rerun on a quiet machine")
EOF
echo
echo "raw results in $OUT"
