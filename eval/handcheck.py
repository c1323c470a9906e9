"""Print a random sample of a built site's key points for a hand check.

usage: python3 eval/handcheck.py OUT N SEED

For each sampled call (OUT/c/*/*/call.json, shuffled with SEED) it prints the
headline and guidance key points with the sentence each was drawn from and
that sentence's paragraph, until N key points are shown. Judge each one
against its sentence and paragraph: right in number, metric, period, basis
and scope, or wrong (and why). The same OUT, N and SEED give the same sample.
"""
import json, random, sys, glob, os
if len(sys.argv) != 4:
    sys.exit(__doc__)
out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
files = sorted(glob.glob(os.path.join(out, 'c', '*', '*', 'call.json')))
random.Random(seed).shuffle(files)
shown = 0
for f in files:
    j = json.load(open(f))
    kps = j.get('key_points') or []
    kps = [k for k in kps if k.get('kind') in ('headline', 'guidance')]
    if not kps: continue
    paras = {}
    def walk(o):
        if isinstance(o, dict):
            if 'id' in o and 'text' in o and isinstance(o['text'], str): paras[o['id']] = o['text']
            for v in o.values(): walk(v)
        elif isinstance(o, list):
            for v in o: walk(v)
    walk(j.get('sections'))
    print('=' * 100); print(f, '|', j.get('title'), '|', j.get('period'))
    for k in kps:
        print('  *', k['text'], '   [', k['kind'], ']')
        p = paras.get(k.get('paragraph'), '')
        print('     S:', k.get('sentence'))
        print('     P:', p[:900])
        shown += 1
    if shown >= n: break
