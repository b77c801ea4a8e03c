#!/usr/bin/env bash
# End-to-end benchmark: the `briefing` tool (JIT build, ReadyToRun publish and, when it builds, Native AOT) against a naive Python script
# (benchmarks/naive_split.py) on the same generated folder of small files. Wall time with hyperfine, peak memory
# (max RSS) with GNU time. Prints the wall-time ratio tool/python and each command's peak MB.
#
# Usage: benchmarks/e2e.sh [--files N] [--runs N] [--warmup N] [--no-r2r] [--no-aot] [--keep]
#   --files N   number of generated files (default 5000; 2–10 KB each)
#   --runs N    hyperfine runs per command (default 5), after --warmup N untimed runs (default 1)
#   --no-r2r    do not time the framework-dependent ReadyToRun publish
#   --no-aot    do not try the Native AOT build
#   --keep      keep the temporary folder (files, outputs, logs) and print where it is
#
# Needs: the .NET 10 SDK, python3, hyperfine (Debian package `hyperfine`), GNU time (Debian package `time`, as
# /usr/bin/time), and for AOT clang and zlib1g-dev (Debian packages). When run as root with apt-get, the script
# installs the missing Debian packages itself; otherwise it says which to install.
set -euo pipefail

files=5000 runs=5 warmup=1 aot=1 r2r=1 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --no-aot) aot=0; shift ;;
    --no-r2r) r2r=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "e2e.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- tools --------------------------------------------------------------------------------------------------------
apt_updated=0
install_debian() { # install_debian PACKAGE... ; returns 1 when it cannot
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then return 1; fi
  if [ "$apt_updated" -eq 0 ]; then apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null || return 1; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$@" >/dev/null
}
need() { # need COMMAND DEBIAN-PACKAGE
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 (for $1)..."
    install_debian "$2" || { echo "e2e.sh: '$1' is missing; install the Debian package '$2' (apt-get install $2)" >&2; exit 1; }
  fi
}
command -v dotnet >/dev/null 2>&1 || { echo "e2e.sh: the .NET 10 SDK (dotnet) is not on PATH" >&2; exit 1; }
need python3 python3
need hyperfine hyperfine
if [ ! -x /usr/bin/time ]; then
  echo "installing time (GNU time, for peak memory)..."
  install_debian time || { echo "e2e.sh: /usr/bin/time is missing; install the Debian package 'time'" >&2; exit 1; }
fi

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d "${TMPDIR:-/tmp}/briefing-e2e.XXXXXX")"
if [ "$keep" -eq 0 ]; then trap 'rm -rf "$work"' EXIT; fi
data="$work/files"

# --- inputs and builds --------------------------------------------------------------------------------------------
echo "== generating $files files (2–10 KB) into $data"
dotnet run --project benchmarks/Briefing.Parsing.Benchmarks -c Release -- generate "$data" "$files" --min-bytes 2000 --max-bytes 10000

echo "== building the tool (JIT): dotnet build src/Briefing.Parsing.Cli -c Release"
dotnet build src/Briefing.Parsing.Cli -c Release -nologo -v quiet > "$work/jit-build.log" 2>&1 || { tail -20 "$work/jit-build.log" >&2; echo "e2e.sh: the JIT build failed" >&2; exit 1; }
jit="$repo/src/Briefing.Parsing.Cli/bin/Release/net10.0/briefing"
[ -x "$jit" ] || { echo "e2e.sh: the JIT build did not produce $jit" >&2; exit 1; }

r2r_bin=""
if [ "$r2r" -eq 1 ]; then
  # Framework-dependent like the JIT build (it needs the .NET runtime), with the code compiled ahead of time
  # (the SDK restores the crossgen package); the hot methods are still recompiled by the JIT's tiers.
  echo "== building the tool (ReadyToRun): dotnet publish src/Briefing.Parsing.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o $work/r2r"
  if dotnet publish src/Briefing.Parsing.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo > "$work/r2r-publish.log" 2>&1 \
     && [ -x "$work/r2r/briefing" ]; then
    r2r_bin="$work/r2r/briefing"
  else
    echo "!! The ReadyToRun publish FAILED; not timing it. Last lines of the log:"
    tail -5 "$work/r2r-publish.log"
  fi
fi

aot_bin="" aot_status="not tried (--no-aot)"
if [ "$aot" -eq 1 ]; then
  if ! command -v clang >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then
    echo "installing clang and zlib1g-dev (for Native AOT)..."
    install_debian clang zlib1g-dev || echo "e2e.sh: could not install clang/zlib1g-dev (apt-get install clang zlib1g-dev); the AOT build will likely fail"
  fi
  echo "== building the tool (Native AOT): dotnet publish src/Briefing.Parsing.Cli -c Release -r linux-x64 -p:PublishAot=true -o $work/aot"
  if dotnet publish src/Briefing.Parsing.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -nologo > "$work/aot-publish.log" 2>&1 \
     && [ -x "$work/aot/briefing" ] && "$work/aot/briefing" formats > /dev/null 2>&1; then
    aot_bin="$work/aot/briefing"
    aot_status="built ($(du -h "$aot_bin" | cut -f1) binary)"
  else
    aot_status="FAILED"
    echo "!! The Native AOT build FAILED (or its binary does not run); timing the JIT build only. Last lines of the log:"
    grep -E "error|warning IL|Error" "$work/aot-publish.log" | sort -u | head -15 || true
    tail -5 "$work/aot-publish.log"
  fi
fi

declare -a names cmds
q() { printf '%q' "$1"; }
names+=(python); cmds+=("python3 $(q "$repo/benchmarks/naive_split.py") $(q "$data") > /dev/null")
names+=(tool-jit); cmds+=("$(q "$jit") parse $(q "$data") --output jsonl > /dev/null")
if [ -n "$r2r_bin" ]; then names+=(tool-r2r); cmds+=("$(q "$r2r_bin") parse $(q "$data") --output jsonl > /dev/null"); fi
if [ -n "$aot_bin" ]; then names+=(tool-aot); cmds+=("$(q "$aot_bin") parse $(q "$data") --output jsonl > /dev/null"); fi

# --- one checked run of each: exit code, output lines, peak memory -------------------------------------------------
echo "== one run of each under /usr/bin/time -v (exit code, JSON lines written, max RSS)"
declare -A rss exitcode lines
for i in "${!names[@]}"; do
  n="${names[$i]}"
  c="${cmds[$i]% > /dev/null}"
  set +e
  /usr/bin/time -v -o "$work/$n.time" bash -c "$c > '$work/$n.out' 2> '$work/$n.err'"
  exitcode[$n]=$?
  set -e
  rss[$n]=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/$n.time")
  lines[$n]=$(wc -l < "$work/$n.out")
  echo "   $n: exit ${exitcode[$n]}, ${lines[$n]} lines out, $(wc -l < "$work/$n.err") lines on stderr, max RSS $((rss[$n] / 1024)) MB"
  if [ "${exitcode[$n]}" -ne 0 ]; then
    # Exit 1 from the tool means some documents failed (each reported on stderr); the others were written.
    echo "      stderr by diagnostic code: $(grep -Eo 'BP[0-9]{4}' "$work/$n.err" | sort | uniq -c | tr '\n' ' ')"
    head -2 "$work/$n.err" | sed 's/^/      stderr: /'
  fi
done

# --- wall time --------------------------------------------------------------------------------------------------
echo "== hyperfine --warmup $warmup --runs $runs"
hf_args=()
for i in "${!names[@]}"; do hf_args+=(-n "${names[$i]}" "${cmds[$i]}"); done
hyperfine --warmup "$warmup" --runs "$runs" --ignore-failure --style basic --export-json "$work/hyperfine.json" "${hf_args[@]}"

# --- summary --------------------------------------------------------------------------------------------------------
bytes=$(du -sb "$data" | cut -f1)
echo
echo "== summary"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
     "dotnet $(dotnet --version), $(python3 --version), $(hyperfine --version)"
echo "input: $files files, $bytes bytes on disk (du -sb), AOT: $aot_status"
echo "load average at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine slow wall time; CPU time is less affected)"
RSS_PY="${rss[python]}" RSS_JIT="${rss[tool-jit]}" RSS_R2R="${rss[tool-r2r]:-}" RSS_AOT="${rss[tool-aot]:-}" \
EXIT_PY="${exitcode[python]}" EXIT_JIT="${exitcode[tool-jit]}" EXIT_R2R="${exitcode[tool-r2r]:-}" EXIT_AOT="${exitcode[tool-aot]:-}" \
python3 - "$work/hyperfine.json" <<'PY'
import json, os, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rss = {"python": os.environ["RSS_PY"], "tool-jit": os.environ["RSS_JIT"], "tool-r2r": os.environ["RSS_R2R"], "tool-aot": os.environ["RSS_AOT"]}
codes = {"python": os.environ["EXIT_PY"], "tool-jit": os.environ["EXIT_JIT"], "tool-r2r": os.environ["EXIT_R2R"], "tool-aot": os.environ["EXIT_AOT"]}
py = results["python"]["mean"]
print("| Command | Mean wall time | ± σ | Wall time / python | Python / this (× faster) | CPU (user+sys) | CPU / python | Peak RSS | Exit | Targets (≥ 5× faster than python, < 100 MB) |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
py_cpu = results["python"]["user"] + results["python"]["system"]
for name, r in results.items():
    ratio = r["mean"] / py
    mb = int(rss[name]) / 1024 if rss[name] else float("nan")
    target = "" if name == "python" else ("met" if py / r["mean"] >= 5 and mb < 100 else
        "NOT met: " + ", ".join(x for x in [f"{py / r['mean']:.2f}× python" if py / r["mean"] < 5 else "", f"{mb:.0f} MB" if mb >= 100 else ""] if x))
    cpu = r["user"] + r["system"]
    print(f"| {name} | {r['mean']:.3f} s | {r['stddev'] or 0:.3f} s | {ratio:.2f} | {py / r['mean']:.2f} | {cpu:.3f} s | {cpu / py_cpu:.2f} | {mb:.1f} MB | {codes[name]} | {target} |")
PY
if [ "$keep" -eq 1 ]; then echo "(kept: $work)"; fi
