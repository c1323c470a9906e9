#!/usr/bin/env python3
"""Count question quotes in a built site that are not questions.

An independent check of the `question` of every exchange in every
call.json under a built site (the parser's own rules are not used):

  empty       no quote
  fragment    starts in lower case: cut mid-sentence
  pleasantry  a greeting, thanks or line check ("Can you hear me?")
  short       four words or fewer
  not-asking  no question mark and no request ("could you", "wondering")

Usage:
  go run ./cmd/gen build -quiet -cards=false -content ../shared/corpus/bulk/transcripts -out /tmp/nlp-bulk
  python3 bench/question_quotes.py /tmp/nlp-bulk [N]   # N: show N examples of each kind
"""
import collections
import glob
import json
import re
import sys

PLEASANTRY = re.compile(
    r"^(?:(?:and|so|okay|ok|yes|yeah|great|hi|hello|hey|uh|um)[,.!]?\s+)*"
    r"(?:thank|thanks|good (?:morning|afternoon|evening|day)|hi\b|hello|hey\b|congrat|can you hear"
    r"|am i (?:on|there)|are you there|how(?: are|'re) you(?: doing| guys| all)?\W*$|got it|perfect"
    r"|understood|sure\b|okay\b|ok\b|yes\b|yeah\b|great\b|all right|appreciate)", re.I)
ASKING = re.compile(
    r"\?|\b(?:could|can|would|will) you\b|wonder|curious|talk (?:a little |a bit )?(?:more )?about"
    r"|question is|\bcolor\b|help (?:us|me) understand|walk us through|\bany (?:update|thoughts)"
    r"|\bhow\b|\bwhat\b|\bwhy\b|\b(?:want|wanted|like|hoping) to (?:ask|understand|know|touch|go back|follow|talk|get)"
    r"|question (?:is|was|on|about|around|regarding)|touch on|follow(?:ing)? up on", re.I)


def kind(q):
    if not q:
        return "empty"
    if q[0].islower():
        return "fragment"
    words = q.split()
    if PLEASANTRY.match(q) and len(words) <= 10:
        return "pleasantry"
    if len(words) <= 4:
        return "short"
    if not ASKING.search(q):
        return "not-asking"
    return None


def main():
    root = sys.argv[1]
    show = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    n, bad, examples = 0, collections.Counter(), collections.defaultdict(list)
    for f in sorted(glob.glob(root + "/**/call.json", recursive=True)):
        with open(f, encoding="utf-8") as fh:
            call = json.load(fh)
        for ex in call.get("exchanges", []):
            n += 1
            k = kind(ex.get("question", "").strip())
            if k:
                bad[k] += 1
                examples[k].append(ex.get("question", ""))
    total = sum(bad.values())
    print(f"exchanges={n} bad={total} ({100 * total / max(n, 1):.1f}%) "
          + " ".join(f"{k}={v}" for k, v in sorted(bad.items())))
    for k, qs in sorted(examples.items()):
        if show:
            print("==", k)
            for q in qs[:show]:
                print("  ", q[:160])


if __name__ == "__main__":
    main()
