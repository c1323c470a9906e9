#!/usr/bin/env python3
"""Count calls whose source has questions but whose call.json has no exchanges.

An independent check (the parser's own rules are not used) of Motley Fool
JSON sources (`prepared_remarks`, `q_and_a`, `participants`) against a
built site:

  qa-question   the source's q_and_a has a sentence ending in "?", or a
                request ("could you", "wondering", "talk about") by a
                speaker the participant list does not name as management
  analyst-turn  a speaker the participant list marks "-- Analyst" speaks
                anywhere in the call (the Q&A may sit in prepared_remarks)

Calls that have either but zero exchanges are listed. Calls folded into
another as duplicates are skipped.

Usage:
  go run ./cmd/gen build -quiet -cards=false -content ../shared/corpus/bulk/transcripts -out /tmp/qa-bulk
  python3 bench/qa_exchanges.py ../shared/corpus/bulk/transcripts /tmp/qa-bulk
"""
import glob
import json
import os
import re
import sys

REQUEST = re.compile(r"(?i)\b(?:can|could|would|will) you\b|\bwonder|\bcurious\b|\bwalk us through\b"
                     r"|\bgive us\b|\bcomment on\b|\btalk about\b")
LINE_CHECK = re.compile(r"(?i)^(?:can you hear me|am i on|are you there|hello)\W*$")


def exchanges_by_source(out):
    n = {}
    for p in glob.glob(os.path.join(out, "c", "**", "call.json"), recursive=True):
        with open(p) as f:
            d = json.load(f)
        n[os.path.basename(d["source"])] = len(d.get("exchanges") or [])
    return n


def main(src, out):
    built = exchanges_by_source(out)
    counts = {"qa-question": [0, []], "analyst-turn": [0, []]}
    for name in sorted(os.listdir(src)):
        try:
            with open(os.path.join(src, name)) as f:
                d = json.load(f)
        except (ValueError, UnicodeDecodeError, IsADirectoryError):
            continue
        if not isinstance(d, dict) or "q_and_a" not in d:
            continue
        mgmt, analysts = set(), set()
        for p in d.get("participants") or []:
            who, _, rest = p.partition("--")
            (analysts if "analyst" in rest.lower() else mgmt).add(who.strip())
        asked = False
        for e in d.get("q_and_a") or []:
            who = e.get("speaker", "").strip()
            for s in re.split(r"(?<=[.?!])\s+", e.get("speech", "")):
                s = s.strip()
                if not s or s.startswith("[") or LINE_CHECK.match(s):
                    continue
                if s.endswith("?") or (who not in mgmt and who != "Operator" and REQUEST.search(s)):
                    asked = True
        spoke = any(e.get("speaker", "").strip() in analysts
                    for e in (d.get("prepared_remarks") or []) + (d.get("q_and_a") or []))
        n = built.get(name)
        if n is None:
            continue
        for kind, has in (("qa-question", asked), ("analyst-turn", spoke)):
            if has:
                counts[kind][0] += 1
                if n == 0:
                    counts[kind][1].append(name)
    for kind, (total, zero) in counts.items():
        print(f"{kind}: {total} calls, {len(zero)} with no exchanges {' '.join(zero)}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
