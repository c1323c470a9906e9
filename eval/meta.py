#!/usr/bin/env python3
"""Check what a build inferred about each call against its inputs (issue 13).

usage: eval/meta.py OUT WARNINGS CONTENT [-v]

OUT is a site built by `gen build -v -content CONTENT -out OUT`, WARNINGS
that build's stderr. It reads what the build wrote (call.json) and prints:
calls built against distinct input texts (no call lost), where companies and
periods came from, whether the period agrees with the period the call
states (read here by a simpler, independent rule), whether every
disagreement with the file name is warned, whether every call with a Q&A
section has exchanges, and warnings per call. Exit 1 when a target is
missed. See README.md ("Checking metadata").
"""
import glob
import gzip
import hashlib
import json
import os
import re
import sys
from collections import Counter

TRANSCRIPT_EXT = {".txt", ".json", ".nlp", ".gz", ".html", ".htm", ""}

ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
Q = r"(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|q([1-4]))"
YEAR = r"((?:19|20)\d\d)"
CALLWORD = r"(?:\s+[\w'&.-]+){0,5}?\s+(?:earnings|results|call|conference|webcast|teleconference)\b"
# "third quarter (and full year) (of) (fiscal) (year) 2021 ... earnings call"
STATED = [
    re.compile(Q + r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:full|fiscal)[- ]year)?,?\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?" + YEAR + CALLWORD, re.I),
    # "fiscal 2021 second quarter ... results"
    re.compile(r"(?:fiscal\s+(?:year\s+)?)" + YEAR + r"\s+" + Q + CALLWORD, re.I),
]



QUESTION_FROM = re.compile(r"\bquestion (?:comes|is coming|will come) from\b|\b(?:first|next|following) question\b", re.I)

def stated_period(cj):
    """The first quarter and year the opening turns state for the call."""
    turns = [t for s in cj["sections"] for t in s["turns"]][:3]
    for t in turns:
        for p in t["paragraphs"]:
            for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p["text"]):
                if re.search(r"\b(?:compared|versus|prior|last year|ago)\b", sent, re.I):
                    continue
                for rx in STATED:
                    m = rx.search(sent)
                    if not m:
                        continue
                    g = [x for x in m.groups()]
                    if rx is STATED[0]:
                        q = ORD.get((g[0] or "").lower()) or int(g[1])
                        y = int(g[2])
                    else:
                        y = int(g[0])
                        q = ORD.get((g[1] or "").lower()) or int(g[2])
                    return "Q%d %d" % (q, y)
    return None


def inputs(content):
    out = []
    for root, dirs, files in os.walk(content):
        dirs[:] = [d for d in dirs if not d.startswith(".") and not (d == "pages" and root == content)]
        for f in files:
            ext = os.path.splitext(f)[1].lower()
            if f.startswith(".") or f.lower().startswith("glossary.") or ext not in TRANSCRIPT_EXT:
                continue
            out.append(os.path.relpath(os.path.join(root, f), content).replace(os.sep, "/"))
    return sorted(out)


def read_json_input(path):
    data = open(path, "rb").read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    try:
        return json.loads(data)
    except ValueError:
        return None


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, warn_file, content = sys.argv[1:4]
    verbose = "-v" in sys.argv[4:]
    warns = [l.rstrip("\n") for l in open(warn_file, encoding="utf-8", errors="replace")]
    warns = [l for l in warns if ": warning: " in l]
    files = inputs(content)
    texts = {}
    for f in files:
        texts.setdefault(hashlib.sha256(open(os.path.join(content, f), "rb").read()).hexdigest(), []).append(f)
    calls = []
    for p in sorted(glob.glob(os.path.join(out, "c", "*", "*", "call.json"))):
        calls.append(json.load(open(p, encoding="utf-8")))
    covered = {s for cj in calls for s in cj.get("sources") or [cj["source"]]}
    lost = [f for f in files if f not in covered]
    merged = sum(len(cj.get("sources") or []) - 1 for cj in calls)
    n = len(calls)
    fails = []

    def pct(a, b):
        return 100.0 * a / b if b else 100.0

    print("calls built %d, input files %d, distinct input texts %d, files merged into another call %d, files in no call %d"
          % (n, len(files), len(texts), merged, len(lost)))
    for f in lost[:20]:
        print("  lost:", f)
    if lost or n < len(texts) - merged:
        fails.append("calls lost")

    comp = Counter(cj["company"].get("source", "") for cj in calls)
    good = sum(comp[k] for k in ("text", "header", "ticker-list", "sidecar"))
    print("company from the text or the ticker list: %.1f%% (%s)" % (pct(good, n), ", ".join("%s %d" % kv for kv in comp.most_common())))
    if pct(good, n) < 99:
        fails.append("company < 99%")
    if verbose:
        for cj in calls:
            if cj["company"].get("source") == "file-name":
                print("  company from the file name:", cj["source"], cj["company"]["name"])

    per = Counter(cj["period"].get("source", "") or "none" for cj in calls)
    print("period sources: " + ", ".join("%s %d" % kv for kv in per.most_common()))
    stating = agree = 0
    for cj in calls:
        s = stated_period(cj)
        if s is None:
            continue
        stating += 1
        if cj["period"].get("label") == s:
            agree += 1
        else:
            print("  period %s, the call states %s: %s" % (cj["period"].get("label"), s, cj["source"]))
    print("period agrees with the period the call states: %d of %d (%.1f%%)" % (agree, stating, pct(agree, stating)))
    if pct(agree, stating) < 99:
        fails.append("period agreement < 99%")

    fname = re.compile(r"^([A-Z][A-Z0-9.\-]{0,7})_q([1-4])_(\d{4})$")
    differ = unwarned = 0
    for cj in calls:
        stem = os.path.basename(cj["source"]).split(".")[0]
        m = fname.match(stem)
        if not m:
            continue
        if cj["period"].get("label") != "Q%s %s" % (m.group(2), m.group(3)):
            differ += 1
            if not any(cj["source"] + ":" in w and "file name" in w for w in warns):
                unwarned += 1
                print("  period %s differs from the file name, not warned: %s" % (cj["period"].get("label"), cj["source"]))
    print("periods that differ from the file name: %d, not warned: %d" % (differ, unwarned))
    if unwarned:
        fails.append("file-name disagreement not warned")

    # A Q&A section counts when a question is asked in it: a "?" said by
    # someone other than the operator, or the operator introducing a
    # caller. Calls whose Q&A is only the operator's opening and closing
    # (no one asked) rightly have no exchanges.
    noex = []
    for cj in calls:
        turns = []
        doc = None
        if cj["source"].endswith((".json", ".txt")):
            doc = read_json_input(os.path.join(content, cj["source"]))
        if isinstance(doc, dict) and isinstance(doc.get("q_and_a"), list):
            turns = [((e.get("speaker") or ""), (e.get("speech") or "")) for e in doc["q_and_a"] if isinstance(e, dict)]
        else:
            for sec in cj["sections"]:
                if sec["kind"] == "qa":
                    for t in sec["turns"]:
                        text = " ".join(p.get("text", "") for p in t.get("paragraphs") or [])
                        turns.append((t.get("speaker") or "", text))
        asked = any(
            ("?" in text and speaker.strip().lower() != "operator")
            or (speaker.strip().lower() == "operator" and QUESTION_FROM.search(text))
            for speaker, text in turns)
        if asked and not cj["exchanges"]:
            noex.append(cj["source"])
    print("calls with a question asked in a Q&A section but no exchanges: %d" % len(noex))
    for f in noex[:20]:
        print("  no exchanges:", f)
    if noex:
        fails.append("Q&A without exchanges")

    kinds = Counter()
    for w in warns:
        msg = w.split(": warning: ", 1)[1]
        kinds[re.sub(r'"[^"]*"|\b[A-Z]{1,5}_q\d_\d{4}\S*|\bQ\d \d{4}\b|\d+', "_", msg)[:60]] += 1
    print("warnings: %d, %.3f per call" % (len(warns), len(warns) / n if n else 0))
    for k, c in kinds.most_common(8):
        print("  %4d  %s" % (c, k))
    if n and len(warns) / n > 0.3:
        fails.append("more than 0.3 warnings per call")

    print("targets: " + ("all met" if not fails else "MISSED: " + "; ".join(fails)))
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
