#!/usr/bin/env python3
"""relabel.py TXT SPEC > LINES: label each line of TXT by a spec file.
SPEC lines: 'N-M label' or 'N label' (1-based, inclusive); blank lines of the
text are always 'blank'; a line not covered by the spec is an error."""
import sys
txt = open(sys.argv[1], encoding='utf-8').read().split('\n')
if txt[-1] == '':
    txt.pop()
labels = [None] * len(txt)
for sl in open(sys.argv[2], encoding='utf-8'):
    sl = sl.split('#')[0].strip()
    if not sl:
        continue
    rng, lab = sl.split()
    a, _, b = rng.partition('-')
    a = int(a); b = int(b) if b else a
    for i in range(a, b + 1):
        labels[i - 1] = lab
out = []
for i, l in enumerate(txt):
    if l.strip() == '':
        lab = 'blank'
    else:
        lab = labels[i]
        if lab is None or lab == 'blank':
            sys.exit(f'line {i+1} not labelled: {l[:60]}')
    out.append(f'{lab}\t{l}')
sys.stdout.write('\n'.join(out) + '\n')
