#!/usr/bin/env bash
# Packaging test: pack the library and the tool to a local folder feed, then
#  1. restore the library into a fresh console project created outside the solution (in a temp dir), build it,
#     run it on the seed transcript and check its output;
#  2. install the tool from the same feed with `dotnet tool install --tool-path` and run it on the seeds;
#  3. check that both packages carry their README and that symbol packages (.snupkg) were made.
# Prints "consumer: N passed, N failed" (counted by .ci/run); exits non-zero on any failure.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/briefing-consumer-XXXXXX")"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
# A version of its own, so the global package cache can never hand back a package packed by an earlier run.
version="0.1.0-consumer.$(date +%Y%m%d%H%M%S).$$"
passed=0
failed=0
check() { # check NAME COMMAND...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
}

pack() {
  dotnet pack "$repo/src/Briefing.Parsing/Briefing.Parsing.csproj" -c Release -o "$feed" -p:Version="$version" -nologo -v quiet &&
  dotnet pack "$repo/src/Briefing.Parsing.Cli/Briefing.Parsing.Cli.csproj" -c Release -o "$feed" -p:Version="$version" -nologo -v quiet
}
if ! pack; then
  echo "FAILED: dotnet pack" >&2
  echo "consumer: 0 passed, 1 failed"
  exit 1
fi

# (No "producer | grep -q" here: with pipefail, grep -q exiting at its first match can fail the pipeline with SIGPIPE.)
has_entry() { unzip -Z1 "$1" > "$work/entries" && grep -qx "$2" "$work/entries"; }
check "library package carries PACKAGE.md" has_entry "$feed/Briefing.Parsing.$version.nupkg" PACKAGE.md
check "tool package carries PACKAGE.md" has_entry "$feed/Briefing.Parsing.Tool.$version.nupkg" PACKAGE.md
check "library symbols package" test -f "$feed/Briefing.Parsing.$version.snupkg"
check "tool symbols package" test -f "$feed/Briefing.Parsing.Tool.$version.snupkg"
unzip -p "$feed/Briefing.Parsing.$version.nupkg" Briefing.Parsing.nuspec > "$work/library.nuspec"
unzip -p "$feed/Briefing.Parsing.Tool.$version.nupkg" Briefing.Parsing.Tool.nuspec > "$work/tool.nuspec"
check "library package readme declared" grep -q '<readme>PACKAGE.md</readme>' "$work/library.nuspec"
check "tool package readme declared" grep -q '<readme>PACKAGE.md</readme>' "$work/tool.nuspec"

# 1. A consumer project outside the solution (no Directory.Build.props, no central package versions).
app="$work/app"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Briefing.Parsing" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using Briefing.Parsing;

string text = File.ReadAllText(args[0]);
PressBriefing briefing = BriefingParser.Default.Parse(text, new ParseOptions { SourceName = Path.GetFileName(args[0]) });
PressBriefing back = BriefingJson.Deserialize(BriefingJson.Serialize(briefing));
Console.WriteLine($"format={briefing.Format?.Id} date={briefing.Date:yyyy-MM-dd} exchanges={briefing.Exchanges.Length} roundtrip={back.Exchanges.Length == briefing.Exchanges.Length}");
CS
if (cd "$app" && dotnet build -c Release -nologo -v quiet > "$work/app-build.log" 2>&1); then
  passed=$((passed + 1)); echo "ok: consumer project restores the package and builds"
  out="$(cd "$app" && dotnet bin/Release/net10.0/Consumer.dll "$repo/seeds/004_e628fec4aaf0b8d1.txt")"
  echo "consumer printed: $out"
  check "consumer parses the seed" test "$out" = "format=mfa-transcript date=2024-07-02 exchanges=7 roundtrip=True"
else
  cat "$work/app-build.log" >&2
  failed=$((failed + 1)); echo "FAILED: consumer project restores the package and builds" >&2
fi

# 2. The tool, installed from the feed.
tools="$work/tools"
if dotnet tool install --tool-path "$tools" --add-source "$feed" --version "$version" Briefing.Parsing.Tool > "$work/tool-install.log" 2>&1; then
  passed=$((passed + 1)); echo "ok: dotnet tool install --tool-path"
  "$tools/briefing" parse "$repo/seeds" --output jsonl > "$work/seeds.jsonl"
  check "installed tool parses the seeds (exit 0)" test $? -eq 0
  check "installed tool writes one line per seed" test "$(wc -l < "$work/seeds.jsonl")" -eq 2
  "$tools/briefing" --version > "$work/version.txt"
  check "installed tool prints its version" grep -q "^$version" "$work/version.txt"
else
  cat "$work/tool-install.log" >&2
  failed=$((failed + 1)); echo "FAILED: dotnet tool install --tool-path" >&2
fi

echo "consumer: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
