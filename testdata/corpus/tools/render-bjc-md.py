#!/usr/bin/env python3
"""Render a Jekyll Markdown post of justinslack/bjc-uat (_media) as a reader sees it.
Same rules as testdata/corpus/tools/render-jekyll-md.py, plus: a front-matter title folded over
several lines is joined with one space; backslash escapes (\\[ \\]) shown as the character;
runs of spaces inside a line shown as one space (as a browser shows them); tabs shown as a space;
heading marks (#, ##, also after a list number "2. ## …") dropped, the list number kept.
- front matter dropped, its title printed as the first line, then a blank line;
- HTML comments (<!--EndFragment-->) dropped;
- one output line per source line;
- `* ` / `- ` list markers shown as `• `;
- links [text](url) shown as their text; images dropped; **, * and _ emphasis markers dropped;
- each line stripped; runs of blank lines made one; no trailing blank line."""
import re, sys
from textlines import front_field, split_front_matter, squeeze_blanks
fm, src = split_front_matter(open(sys.argv[1], encoding='utf-8').read())
title = front_field(fm, 'title', folded=True)
src = re.sub(r'<!--.*?-->', '', src, flags=re.S)
title = re.sub(r' {2,}', ' ', title)
out = [title, ''] if title else []
for line in src.split('\n'):
    line = line.replace('\u00a0', ' ').replace('\t', ' ').strip()
    line = re.sub(r'^(\d+\.\s+)?#{1,6}\s+', lambda m: m.group(1) or '', line)
    line = re.sub(r'^[*-]\s+', '• ', line)
    line = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', line)
    line = re.sub(r'\[((?:[^\]\\]|\\.)*)\]\((?:[^()]|\([^()]*\))*\)', r'\1', line)
    line = line.replace('**', '')
    line = re.sub(r'(^|(?<=[\s(“"]))\*(?=\S)', '', line)
    line = re.sub(r'(?<=\S)\*(?=[\s.,;:)”"]|$)', '', line)
    line = re.sub(r'(^|(?<=[\s(]))_(?=\S)', '', line)
    line = re.sub(r'(?<=\S)_(?=[\s.,;:)]|$)', '', line)
    line = re.sub(r'\\([\\`*_{}\[\]()#+.!-])', r'\1', line)
    line = re.sub(r' {2,}', ' ', line)
    out.append(line.strip())
res = squeeze_blanks(out)
print('\n'.join(res))
