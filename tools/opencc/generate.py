#!/usr/bin/env python3
"""Generates src/Briefing.Parsing/Text/Data/chinese-variants.txt from OpenCC's character tables.

Python 3, standard library only. Run from anywhere:

    python3 tools/opencc/generate.py            # rewrites the committed data file
    python3 tools/opencc/generate.py --check    # exit 1 when the committed file differs from a fresh run
    python3 tools/opencc/generate.py --output /tmp/x.txt

Sources (OpenCC, Apache-2.0; see src/Briefing.Parsing/Text/Data/OPENCC-NOTICE.txt):
  TSCharacters  traditional -> simplified, one character to one or more candidates
  STCharacters  simplified -> traditional, one character to one or more candidates
Each is read from DIR/<name>.txt (OpenCC's source format: "key<TAB>cand1 cand2 ...") when that file exists, else
from DIR/<name>.ocd2 (the compiled form Debian ships in package libopencc1.1), which is dumped to text with
OpenCC's own `opencc_dict` tool (Debian package opencc). DIR defaults to /usr/share/opencc.
On Debian: apt-get install -y libopencc-data opencc

THE RULE (the library folds one UTF-16 code unit to one code unit, so offsets never move):
  * only the FIRST candidate of an entry is used (OpenCC lists its preferred form first);
  * an entry is kept only when its key and that first candidate are each a single character of the BMP
    (U+0000..U+FFFF, i.e. one UTF-16 code unit) and the candidate differs from the key; every other entry is
    skipped (it is not replaced by a later candidate);
  * traditional -> simplified is made idempotent: a form that is itself a kept key is followed to the end of the
    chain (OpenCC 1.1.6 has one: 薴 -> 苧 -> 苎, so 薴 -> 苎), so folding folded text changes nothing;
  * the "shared" list holds the kept traditional->simplified keys that are also written in simplified text, so
    they do not mark a document as traditional: keys that OpenCC lists among their own candidates (乾 -> 干 乾),
    keys that are themselves a candidate of another traditional->simplified entry, and keys of the
    simplified->traditional table. Every other kept traditional->simplified key is "traditional-only".
The output is sorted by code point and independent of the order of the source files, so a run over the same
OpenCC data always gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "src", "Briefing.Parsing", "Text", "Data", "chinese-variants.txt")
DEFAULT_SOURCE = "/usr/share/opencc"


class GeneratorError(Exception):
    """A problem with the inputs, reported without a traceback."""


def read_table_text(path: str) -> dict[str, list[str]]:
    """Parses OpenCC's text format: one entry a line, "key<TAB>candidate candidate ..."; '#' lines are comments."""
    entries: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            key, sep, rest = line.partition("\t")
            candidates = rest.split(" ") if sep else []
            candidates = [c for c in candidates if c]
            if not key or not candidates:
                raise GeneratorError(f"{path}:{number}: expected 'key<TAB>candidates', got {line!r}")
            if key in entries:
                raise GeneratorError(f"{path}:{number}: key {key!r} appears twice")
            entries[key] = candidates
    if not entries:
        raise GeneratorError(f"{path}: no entries")
    return entries


def load_table(source_dir: str, name: str, work_dir: str) -> dict[str, list[str]]:
    """Reads one OpenCC table from <name>.txt, or from <name>.ocd2 through opencc_dict."""
    text_path = os.path.join(source_dir, name + ".txt")
    if os.path.isfile(text_path):
        return read_table_text(text_path)
    ocd2_path = os.path.join(source_dir, name + ".ocd2")
    if not os.path.isfile(ocd2_path):
        raise GeneratorError(
            f"neither {text_path} nor {ocd2_path} exists; on Debian install the OpenCC data with "
            "'apt-get install -y libopencc-data opencc', or pass --source DIR holding OpenCC's dictionary .txt files")
    tool = shutil.which("opencc_dict")
    if tool is None:
        raise GeneratorError(
            f"{ocd2_path} is OpenCC's compiled format and 'opencc_dict' (Debian package opencc) is not on PATH "
            "to read it; install it with 'apt-get install -y opencc'")
    dumped = os.path.join(work_dir, name + ".txt")
    result = subprocess.run([tool, "-i", ocd2_path, "-o", dumped, "-f", "ocd2", "-t", "text"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not os.path.isfile(dumped):
        raise GeneratorError(f"opencc_dict failed on {ocd2_path} (exit {result.returncode}): {result.stderr.strip()}")
    return read_table_text(dumped)


def is_bmp_char(s: str) -> bool:
    return len(s) == 1 and ord(s) <= 0xFFFF and not 0xD800 <= ord(s) <= 0xDFFF


def one_to_one(entries: dict[str, list[str]]) -> tuple[dict[str, str], int]:
    """Applies the rule: first candidate, single BMP character to single BMP character, changed. Returns (map, skipped)."""
    kept: dict[str, str] = {}
    skipped = 0
    for key, candidates in entries.items():
        first = candidates[0]
        if is_bmp_char(key) and is_bmp_char(first):
            if first != key:
                kept[key] = first
        else:
            skipped += 1
    return kept, skipped


def resolve_chains(fold: dict[str, str]) -> dict[str, str]:
    """Follows key -> form -> form ... to a form that is no key, so that folding twice gives what folding once does."""
    resolved: dict[str, str] = {}
    for key in fold:
        form, seen = fold[key], {key}
        while form in fold:
            if form in seen:
                raise GeneratorError(f"the traditional->simplified table has a cycle through {key!r}")
            seen.add(form)
            form = fold[form]
        if form != key:
            resolved[key] = form
    return resolved


def digest(entries: dict[str, list[str]]) -> str:
    """SHA-256 of a table's entries in code-point order, so the header names the exact source data."""
    h = hashlib.sha256()
    for key in sorted(entries):
        h.update(f"{key}\t{' '.join(entries[key])}\n".encode("utf-8"))
    return h.hexdigest()


def generate(source_dir: str) -> str:
    with tempfile.TemporaryDirectory(prefix="opencc-") as work_dir:
        ts_entries = load_table(source_dir, "TSCharacters", work_dir)
        st_entries = load_table(source_dir, "STCharacters", work_dir)

    ts, ts_skipped = one_to_one(ts_entries)
    ts = resolve_chains(ts)
    st, st_skipped = one_to_one(st_entries)

    all_ts_candidates = {c for candidates in ts_entries.values() for c in candidates}
    shared = sorted(
        key for key in ts
        if key in ts_entries[key][1:] or key in all_ts_candidates or key in st_entries)

    lines = [
        "# chinese-variants.txt: traditional <-> simplified Chinese characters for Briefing.Parsing's ChineseText.",
        "# GENERATED by tools/opencc/generate.py from OpenCC's character tables; do not edit by hand.",
        "# OpenCC is Apache-2.0 (Copyright BYVoid and contributors); see OPENCC-NOTICE.txt beside this file.",
        # The sources are named by table and content, not by file form, so a .txt and an .ocd2 of the same data
        # give the same bytes.
        f"# source: OpenCC TSCharacters ({len(ts_entries)} entries, sha256 {digest(ts_entries)})",
        f"# source: OpenCC STCharacters ({len(st_entries)} entries, sha256 {digest(st_entries)})",
        "# Rule: one UTF-16 code unit to one code unit, so offsets never move. Only the FIRST candidate of an OpenCC",
        "# entry is used; an entry is kept only when its key and that candidate are each one BMP character and differ;",
        "# every other entry is skipped, not replaced by a later candidate. @ts is idempotent: a form that is itself a",
        "# @ts key is followed to the end of the chain.",
        f"# Skipped (key or first candidate outside the BMP or longer than one character): {ts_skipped} ts, {st_skipped} st.",
        "# Format: a line '@ts', '@st' or '@shared' opens a section; '#' lines are comments. In @ts (traditional to",
        "# simplified) and @st (simplified to traditional) each line is two characters, the key then its form. @shared",
        "# lists @ts keys that simplified text also writes (OpenCC lists the key among its own candidates, the key is",
        "# a candidate of another @ts entry, or the key is an @st key); every other @ts key is traditional-only.",
        "# Sections are sorted by code point.",
        f"@ts {len(ts)}",
    ]
    lines += [key + ts[key] for key in sorted(ts)]
    lines.append(f"@st {len(st)}")
    lines += [key + st[key] for key in sorted(st)]
    lines.append(f"@shared {len(shared)}")
    lines += shared
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", default=DEFAULT_SOURCE,
                        help="folder with OpenCC's TSCharacters/STCharacters as .txt or .ocd2 (default: %(default)s)")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="file to write (default: the committed data file)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when --output differs from a fresh run")
    args = parser.parse_args(argv)
    try:
        data = generate(args.source).encode("utf-8")
    except GeneratorError as e:
        print(f"generate.py: {e}", file=sys.stderr)
        return 2
    if args.check:
        try:
            with open(args.output, "rb") as f:
                current = f.read()
        except FileNotFoundError:
            print(f"generate.py: {args.output} does not exist", file=sys.stderr)
            return 1
        if current != data:
            print(f"generate.py: {args.output} differs from a fresh run over {args.source}; "
                  "run tools/opencc/generate.py to regenerate it", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "wb") as f:
        f.write(data)
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
