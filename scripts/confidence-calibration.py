#!/usr/bin/env python3
# Usage (in the checkout, CHRONICLE_FROM_SOURCE=1 to read src/): python3 scripts/confidence-calibration.py <IOB2 file> <kk|ru|en> <scheme: kaznerd|factrueval|conll4|uner|crossner> [sentences]
# Precision of `chronicle extract` mentions by confidence bin on the every-5th-sentence fold (the one the
# trainer holds out), read and judged with the shared scorer ../shared/tools/ner_score.py (exact span and type).
import sys, os, json, collections, importlib.util
spec = importlib.util.spec_from_file_location('ns', '../shared/tools/ner_score.py'); ns = importlib.util.module_from_spec(spec); spec.loader.exec_module(ns)
path, lang, scheme = sys.argv[1], sys.argv[2], sys.argv[3]
limit = int(sys.argv[4]) if len(sys.argv) > 4 else 1500
sents, layout = ns.read_file(path)
sch = ns.SCHEMES[scheme]; judge = ns.Judge(sch, set(c for s in sents for _, _, c in s['spans']))
chosen = [s for i, s in enumerate(sents) if i % 5 == 0][:limit]
items = [ns.prepare(s, scheme != 'kaznerd') for s in chosen]
bins = collections.defaultdict(lambda: [0, 0]); tmp = '/tmp/calib'; os.makedirs(tmp, exist_ok=True)
for d in range(0, len(items), 100):
    part = items[d:d+100]; starts = []; p = 0
    for t, _ in part: starts.append(p); p += len(t) + 2
    full = '\n\n'.join(t for t, _ in part) + '\n'
    res, err = ns.run_cli(full, lang, tmp)
    if res is None: print('err', err); continue
    m = ns.u16_map(full); back = {v: i for i, v in enumerate(m)} if m else None
    conv = (lambda x: back.get(x, x)) if back else (lambda x: x)
    gold = set()
    for (t, g), st in zip(part, starts):
        for a, b, c in g:
            ent = sch['entities'].get(c)
            if ent: gold.add((st + a, st + b, ent[0]))
    for e in res.get('entities') or []:
        for mm in e.get('mentions') or []:
            c = mm.get('confidence'); s, t = conv(mm['start']), conv(mm['end'])
            ok = (s, t, judge.home(e['type'])) in gold
            b = 'none' if c is None else ('<0.3' if c < 0.3 else '<0.5' if c < 0.5 else '<0.7' if c < 0.7 else '<0.9' if c < 0.9 else '>=0.9')
            bins[b][0] += 1; bins[b][1] += ok
tot = sum(v[0] for v in bins.values()); wrong = sum(v[0]-v[1] for v in bins.values())
for b in ['<0.3', '<0.5', '<0.7', '<0.9', '>=0.9', 'none']:
    n, ok = bins[b]
    if n: print(f'{b:6} n={n:5} precision={ok/n:.3f}')
low = bins['<0.3'][0] + bins['<0.5'][0]; lowwrong = low - bins['<0.3'][1] - bins['<0.5'][1]
print(f'all {tot}, wrong {wrong}; below 0.5: {low} ({lowwrong} wrong = {lowwrong/max(1,wrong):.1%} of wrong ones; {low-lowwrong} right = {(low-lowwrong)/max(1,tot-wrong):.1%} of right ones)')
