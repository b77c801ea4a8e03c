#!/usr/bin/env bash
# Coverage-guided fuzzing of Briefing.Parsing with AFL++ and SharpFuzz (docs/robustness.md).
#
#   fuzz/run.sh <seconds> [output-dir]
#
# Builds the harness (fuzz/Briefing.Parsing.Fuzz), instruments Briefing.Parsing.dll with SharpFuzz.CommandLine, seeds
# the corpus from every fixture (tests/**/Fixtures/*.txt) and seed (seeds/*.txt) plus format-forcing and UTF-16
# variants, runs afl-fuzz for <seconds>, then prints the executions, crashes and hangs. An output directory that
# already holds a run is resumed. Every crash or hang it prints must become a regression fixture:
# tests/Briefing.Parsing.Tests/Robustness/Fixtures/ (see docs/robustness.md).
#
# Environment: FUZZ_EXECS (also stop after about this many executions, afl-fuzz -E), FUZZ_TIMEOUT_MS (afl-fuzz -t,
# default 5000), FUZZ_NICE (the fuzzer's niceness, default 19: it yields to everything else on a shared machine),
# FUZZ_WORK (build and seed folder, default fuzz/.work), FUZZ_KEEP_SEEDS=1 (reuse the seed folder as it is).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -le 0 ]; then
  echo "usage: fuzz/run.sh <seconds> [output-dir]" >&2
  exit 2
fi
seconds=$1
work=${FUZZ_WORK:-$root/fuzz/.work}
out=${2:-$work/findings}
timeout_ms=${FUZZ_TIMEOUT_MS:-5000}
limits=(-V "$seconds")
if [ -n "${FUZZ_EXECS:-}" ]; then limits+=(-E "$FUZZ_EXECS"); fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# AFL++ (Debian package afl++).
if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing afl++ (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
  else
    echo "afl-fuzz not found: sudo apt-get update && sudo apt-get install -y afl++" >&2
    exit 2
  fi
fi

# SharpFuzz's instrumentation tool, in a local tool path.
tools=$root/fuzz/.tools
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

# Build into a folder of its own, then instrument the library there (never the build output the tests use).
bin=$work/bin
rm -rf "$bin"
mkdir -p "$bin"
dotnet publish fuzz/Briefing.Parsing.Fuzz/Briefing.Parsing.Fuzz.csproj -c Release -o "$bin" -nologo -v quiet
# An uninstrumented copy checks the seeds and triages findings: instrumented code outside afl-fuzz writes to a coverage
# map that does not exist (an access violation).
plain=$work/plain
rm -rf "$plain"
cp -r "$bin" "$plain"
"$tools/sharpfuzz" "$bin/Briefing.Parsing.dll"

# Seeds: the fixtures and seeds as they are (detected), each also forced on one of the formats in turn (0x01 and a
# byte that picks the format, FuzzChecks.Decode), and two UTF-16LE inputs (0x0F) with lone surrogates.
seeds=$work/seeds
if [ "${FUZZ_KEEP_SEEDS:-0}" != 1 ] || [ ! -d "$seeds" ]; then
  rm -rf "$seeds"
  mkdir -p "$seeds"
  n=0
  while IFS= read -r -d '' f; do
    name=$(printf %s "${f%.txt}" | sed 's#^tests/Briefing.Parsing.Tests/##; s#/Fixtures/#-#; s#/#-#g')
    cp "$f" "$seeds/$name.txt"
    { printf "\\x01\\x$(printf %02x $(( n % 256 )))"; cat "$f"; } > "$seeds/$name.forced.txt"
    n=$((n + 1))
  done < <(find tests seeds -path '*/Fixtures/*.txt' -print0 -o -path 'seeds/*.txt' -print0 | sort -z)
  # "Q: A\uD800b?\nA: c\uDC00." and a title with a lone low surrogate, as UTF-16LE after the mode byte.
  printf '\x0fQ\x00:\x00 \x00A\x00\x00\xd8b\x00?\x00\n\x00A\x00:\x00 \x00c\x00\x00\xdc.\x00' > "$seeds/utf16-lone-surrogates.txt"
  printf '\x0f\x00\xdcP\x00r\x00e\x00s\x00s\x00 \x00C\x00o\x00n\x00f\x00e\x00r\x00e\x00n\x00c\x00e\x00\n\x00Q\x00:\x00 \x00W\x00h\x00y\x00?\x00\n\x00A\x00:\x00 \x00Y\x00e\x00s\x00.\x00' > "$seeds/utf16-title-surrogate.txt"
  echo "seeds: $(find "$seeds" -type f | wc -l) files in $seeds"
fi

# The harness must pass on every seed before fuzzing (afl-fuzz would refuse a crashing seed anyway).
if ! dotnet "$plain/Briefing.Parsing.Fuzz.dll" "$seeds"/* > "$work/seed-check.txt"; then
  grep -v '^ok: ' "$work/seed-check.txt" | head -40 >&2
  echo "a seed breaks an invariant; fix it first (full list: $work/seed-check.txt)" >&2
  exit 1
fi

input=$seeds
if [ -f "$out/default/fuzzer_stats" ]; then
  echo "resuming the run in $out"
  input=-
fi
mkdir -p "$out"
echo "afl-fuzz for ${seconds}s${FUZZ_EXECS:+ or $FUZZ_EXECS executions}, timeout ${timeout_ms} ms, output $out"
# Shared machine: no CPU pinning, no frequency or core-pattern checks; .NET reserves far more virtual memory than it
# uses, so no memory limit (-m none). A crash is an exception escaping FuzzChecks.CheckInput.
set +e
AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  AFL_AUTORESUME=1 AFL_FAST_CAL=1 \
  nice -n "${FUZZ_NICE:-19}" afl-fuzz "${limits[@]}" -t "$timeout_ms" -m none -i "$input" -o "$out" -- dotnet "$bin/Briefing.Parsing.Fuzz.dll" \
  > "$work/afl.log" 2>&1
status=$?
set -e

stats=$out/default/fuzzer_stats
if [ ! -f "$stats" ]; then
  tail -40 "$work/afl.log" >&2
  echo "afl-fuzz did not start (exit $status); its log: $work/afl.log" >&2
  exit 1
fi
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(stat saved_crashes); crashes=${crashes:-$(stat unique_crashes)}
hangs=$(stat saved_hangs); hangs=${hangs:-$(stat unique_hangs)}
echo "run time: $(stat run_time) s"
echo "executions: $(stat execs_done) ($(stat execs_per_sec) per second)"
echo "corpus: $(stat corpus_count) inputs, $(stat bitmap_cvg) of the map covered"
echo "crashes: ${crashes:-0}"
echo "hangs: ${hangs:-0}"
for f in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
  [ -f "$f" ] && echo "  $f"
done
if [ "${crashes:-0}" -gt 0 ] || [ "${hangs:-0}" -gt 0 ]; then
  echo "what broke: dotnet $plain/Briefing.Parsing.Fuzz.dll <file>"
fi
[ "${crashes:-0}" -eq 0 ] && [ "${hangs:-0}" -eq 0 ]
