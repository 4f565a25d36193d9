#!/usr/bin/env python3
"""md_render.py FILE.md: render a simple Jekyll/Hugo Markdown post as a reader sees it.
Front matter dropped; its title put as the first line; one paragraph per line (soft line
breaks joined with a space); blank line between blocks; HTML entities decoded; lines that
hold only white space end a paragraph. Nothing else is changed."""
import html, re, sys
src = open(sys.argv[1], encoding='utf-8').read()
m = re.match(r'^---\n(.*?)\n---\n', src, re.S)
fm, body = m.group(1), src[m.end():]
title = re.search(r'^title:\s*"?(.*?)"?\s*$', fm, re.M).group(1)
paras, cur = [], []
for line in body.split('\n'):
    if line.strip() == '':
        if cur: paras.append(' '.join(cur)); cur = []
    else:
        cur.append(line.strip())
if cur: paras.append(' '.join(cur))
out = [html.unescape(title)] + [html.unescape(p) for p in paras]
sys.stdout.write('\n\n'.join(out) + '\n')
