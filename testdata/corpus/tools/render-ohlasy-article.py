#!/usr/bin/env python3
"""Render an Ohlasy (ohlasy.info) Markdown article as a reader sees it.

Usage: render-ohlasy-article.py < article.md > article.txt

- the front matter is dropped; its `title:` (quotes removed) becomes the first line;
- `{% photo ... /%}` tags are dropped (the page shows an image there);
- `*...*` emphasis markers around a whole paragraph are removed;
- inline links `[text](url)` become their text;
- each paragraph is one line, one blank line between blocks, final newline.
No word is changed.
"""
import re, sys

src = sys.stdin.read()
m = re.match(r'^---\n(.*?)\n---\n', src, re.S)
fm, body = m.group(1), src[m.end():]
title = re.search(r'^title:\s*(.*)$', fm, re.M).group(1).strip()
if len(title) >= 2 and title[0] == title[-1] and title[0] in '"\'':
    title = title[1:-1]
blocks = [b.strip() for b in re.split(r'\n\s*\n', body) if b.strip()]
out = [title]
for b in blocks:
    if b.startswith('{% photo'):
        continue
    b = ' '.join(l.strip() for l in b.split('\n'))
    if b.startswith('*') and b.endswith('*') and not b.startswith('**'):
        b = b[1:-1]
    b = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', b)
    out.append(b)
sys.stdout.write('\n\n'.join(out) + '\n')
