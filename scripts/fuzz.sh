#!/usr/bin/env bash
# libFuzzer targets for Duban's readers (fuzz/README.md).
#   scripts/fuzz.sh --smoke             build, then each target for 20,000 runs or 30 s (CI)
#   scripts/fuzz.sh --runs N [--time S] each target for N runs (and at most S seconds)
#   scripts/fuzz.sh ... TARGET...       only those targets (text csv docx xlsx import quantities indicators multipart)
# Exits non-zero if any target reports a crash, hang, leak or sanitizer error, or stops early.
# Seeds are built at run time from Samples/, Tests/Fixtures/, shared/corpus and shared/specs;
# corpora, logs and crash inputs go to fuzz/.build-fuzz/work/ (FUZZ_WORK to change).
set -euo pipefail

ROOT=${FUZZ_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}   # FUZZ_ROOT: when run from a copy of this script
RUNS=20000
MAX_TIME=30
TARGETS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) RUNS=20000; MAX_TIME=30 ;;
        --runs) RUNS=$2; MAX_TIME=0; shift ;;
        --time) MAX_TIME=$2; shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
        *) TARGETS+=("$1") ;;
    esac
    shift
done
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(text csv docx xlsx import quantities indicators multipart sheet)

SCRATCH="$ROOT/fuzz/.build-fuzz"
WORK=${FUZZ_WORK:-$SCRATCH/work}
# CI clones the repository beside a copy of shared/; a session has it at /work/shared.
SHARED=${DUBAN_SHARED:-$ROOT/../shared}
[ -d "$SHARED" ] || SHARED=/work/shared

command -v swift >/dev/null || { echo "fuzz.sh: swift not on PATH" >&2; exit 2; }
# ZIPFoundation links zlib (part of the Swift toolchain's Debian prerequisites, checked anyway).
if command -v dpkg >/dev/null && ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zlib1g-dev
fi

# Release (-O keeps Swift's bounds and overflow traps) is ~20x faster per input than debug.
# lld: gold fails to link the sanitizer runtime here. Only the toolchain is needed.
echo "== building fuzz targets"
start=$(date +%s)
mkdir -p "$WORK/logs"
if ! nice -n 19 swift build --package-path "$ROOT/fuzz" --scratch-path "$SCRATCH" -c release \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld > "$WORK/logs/build.log" 2>&1; then
    grep -v "Cannot export local symbol" "$WORK/logs/build.log" | tail -n 40 >&2
    echo "fuzz.sh: build failed" >&2
    exit 1
fi
BIN=$(swift build --package-path "$ROOT/fuzz" --scratch-path "$SCRATCH" -c release --show-bin-path)
echo "== built in $(( $(date +%s) - start )) s"

# --- seeds -------------------------------------------------------------------------------------
SEEDS="$WORK/seeds"
rm -rf "$SEEDS"
mkdir -p "$SEEDS"

# Text files cut at line ends into pieces no longer than the target's max_len, so the fuzzer sees
# every part of a plan, not only its first page.
chunks() { # DIR SIZE FILE...
    local dir=$1 size=$2; shift 2
    mkdir -p "$dir"
    local f n=0
    for f in "$@"; do
        [ -f "$f" ] || continue
        n=$((n + 1))
        split -C "$size" -d -a 4 "$f" "$dir/$n-$(basename "$f")-"
    done
}
texts=( "$ROOT"/Samples/*.txt "$ROOT"/Tests/Fixtures/corpus/*.txt "$ROOT"/Tests/Fixtures/families/*.txt
        "$ROOT"/Tests/Fixtures/families/*.md "$ROOT"/Tests/Fixtures/layouts/*.txt "$ROOT"/Tests/Fixtures/layouts/*.md
        "$SHARED"/corpus/docs/* )
chunks "$SEEDS/text" 4096 "${texts[@]}"
# UTF-16 and BOM files only make sense from their start: their first 4 KB, whole.
for f in "$ROOT"/Tests/Fixtures/encodings/* "$ROOT"/Tests/Fixtures/bad/*; do
    [ -f "$f" ] && head -c 4096 "$f" > "$SEEDS/text/enc-$(basename "$f")"
done
chunks "$SEEDS/csv" 4096 "$ROOT"/Tests/Fixtures/layouts/csv/* "$ROOT"/Tests/Fixtures/families/*.csv \
    "$ROOT"/Tests/Fixtures/layouts/*.txt
cp -r "$SEEDS/text" "$SEEDS/import"

# Office files whole, behind OfficeInput's mode byte 0 ("the file as it is"); fuzz/seeds/ has
# the XML-part seeds (mode 1).
for kind in docx xlsx; do
    mkdir -p "$SEEDS/$kind"
    for f in $(find "$ROOT/Tests/Fixtures" "$ROOT/Samples" -name "*.$kind" -size -64k); do
        { printf '\000'; cat "$f"; } > "$SEEDS/$kind/raw-$(basename "$f")"
    done
    cp "$ROOT"/fuzz/seeds/$kind/* "$SEEDS/$kind/"
done

# Quantities: the spec's inputs, four lines a seed.
mkdir -p "$SEEDS/quantities"
cat "$ROOT/Tests/Fixtures/quantities.jsonl" "$SHARED/specs/quantities.jsonl" 2>/dev/null \
    | sed -n 's/.*"input": *"\(\([^"\\]\|\\.\)*\)".*/\1/p' | split -l 4 -d -a 4 - "$SEEDS/quantities/q-"
# Indicators: the plans' lines (work standards), 2 KB a seed.
chunks "$SEEDS/indicators" 2048 "$ROOT"/Samples/*.txt "$ROOT"/Tests/Fixtures/corpus/*.txt
cp -r "$ROOT/fuzz/seeds/multipart" "$SEEDS/multipart"
# Progress sheets sealed with the target's stand-in seal (a CSV and an .xlsx), whole.
cp -r "$ROOT/fuzz/seeds/sheet" "$SEEDS/sheet"

# --- runs --------------------------------------------------------------------------------------
max_len() {
    case "$1" in
        docx|xlsx) echo 65536 ;;   # the fixtures are 25-35 KB; a zip cut short loses its directory
        sheet) echo 16384 ;;       # the sealed seeds are 1-6 KB
        multipart) echo 8192 ;;
        quantities|indicators) echo 2048 ;;
        *) echo 4096 ;;            # a few pages of a plan; longer only makes each run slower
    esac
}

# Opening a zip leaks ~50 bytes inside Foundation (see fuzz/lsan.supp), so with leak detection
# on, libFuzzer would run a full leak scan after every Office input (20x slower): the Office
# targets fuzz without it and then run their whole corpus once with it.
leaks_while_fuzzing() {
    case "$1" in docx|xlsx|sheet) echo 0 ;; *) echo 1 ;; esac
}

export SWIFT_BACKTRACE=enable=no   # let libFuzzer catch Swift traps and save the input
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/fuzz/lsan.supp:print_suppressions=0}
command -v llvm-symbolizer >/dev/null || export ASAN_SYMBOLIZER_PATH="$(dirname "$(command -v swift)")/llvm-symbolizer"

failed=0
summary=()
for t in "${TARGETS[@]}"; do
    exe="$BIN/fuzz-$t"
    [ -x "$exe" ] || { echo "fuzz.sh: no target $t" >&2; exit 2; }
    corpus="$WORK/corpus/$t"; artifacts="$WORK/artifacts/$t"; log="$WORK/logs/$t.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    stamp="$WORK/logs/$t.start"; touch "$stamp"
    limit=()
    [ "$MAX_TIME" -gt 0 ] && limit=(-max_total_time="$MAX_TIME")
    echo "== fuzz-$t: runs=$RUNS max_len=$(max_len "$t") ${limit[*]}"
    t0=$(date +%s)
    status=0
    nice -n 19 "$exe" -runs="$RUNS" "${limit[@]}" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks="$(leaks_while_fuzzing "$t")" -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "$SEEDS/$t" > "$log" 2>&1 || status=$?
    if [ "$status" -eq 0 ] && [ "$(leaks_while_fuzzing "$t")" -eq 0 ]; then
        # The leak check skipped while fuzzing: every input found, run once with it.
        nice -n 19 "$exe" -runs=0 -detect_leaks=1 -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$artifacts/" "$corpus" "$SEEDS/$t" > "$log.leaks" 2>&1 || status=$?
        cat "$log.leaks" >> "$log"
    fi
    secs=$(( $(date +%s) - t0 ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    units=$(find "$corpus" -type f | wc -l)
    found=$(find "$artifacts" -type f -newer "$stamp" | wc -l)
    line="fuzz-$t: ${execs:-?} executions in ${secs} s (${rate:-?} exec/s), corpus ${units} inputs, exit ${status}, ${found} crash/hang/leak inputs"
    echo "$line"
    summary+=("$line")
    if [ "$status" -ne 0 ] || [ "$found" -gt 0 ] || grep -qE "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|SUMMARY: " "$log"; then
        failed=1
        echo "!! fuzz-$t failed; log $log" >&2
        grep -E "ERROR:|SUMMARY:|Swift runtime failure|#[0-9]+ .* in .*Duban" "$log" | head -n 30 >&2 || true
        find "$artifacts" -type f -newer "$stamp" | sed 's/^/!! input: /' >&2
    fi
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
