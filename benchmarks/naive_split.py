#!/usr/bin/env python3
"""The naive script the `briefing` tool is compared with end to end.

What a researcher writes in ten minutes: read every *.txt file of a folder, split it into `Label: text` lines with
one multiline regex, print one JSON line per file. No formats, no spans, no boilerplate, no speakers.

Usage: naive_split.py DIR > out.jsonl
"""
import json
import os
import re
import sys

LABEL = re.compile(r"^(?P<label>[^:\n]{1,40}):\s*(?P<text>.*)$", re.MULTILINE)


def main() -> int:
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print("usage: naive_split.py DIR", file=sys.stderr)
        return 2
    folder = sys.argv[1]
    out = sys.stdout
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        turns = [{"label": m.group("label").strip(), "text": m.group("text").strip()} for m in LABEL.finditer(text)]
        out.write(json.dumps({"file": name, "turns": turns}, ensure_ascii=False))
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
