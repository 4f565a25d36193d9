#!/usr/bin/env python3
"""Render a Markdown blog post (with YAML front matter) to the text a reader sees.
Front matter dropped, its title put as the first line; '#' heading marks,
'**'/'_' emphasis marks and link markup removed (link text kept); blockquote
'>' marks removed; code-fence lines dropped (their content kept); horizontal
rules (---, ****) dropped; list markers kept; one paragraph per line, one
blank line between blocks."""
import re, sys
src = open(sys.argv[1], encoding='utf-8').read().replace('\r\n', '\n')
m = re.match(r'---\n(.*?)\n---\n', src, re.S)
fm, body = m.group(1), src[m.end():]
title = re.search(r'^title:\s*"?(.*?)"?\s*$', fm, re.M).group(1)
first_h1 = re.search(r'^#\s+(.*)$', body.lstrip('\n').split('\n')[0]) if body.strip() else None
out = [] if (first_h1 and first_h1.group(1).strip() == title) else [title, '']
def inline(s):
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = s.replace('**', '')
    s = re.sub(r'(?<![\w])_(.+?)_(?![\w])', r'\1', s)
    s = re.sub(r'^\*([^*\s][^*]*[^*\s])\*$', r'\1', s)
    return s
blocks, cur = [], []
for line in body.split('\n'):
    if line.strip().startswith('```'):
        continue
    if re.fullmatch(r'\s*(-{3,}|\*{3,})\s*', line):
        if cur: blocks.append(cur); cur = []
        continue
    if not line.strip():
        if cur: blocks.append(cur); cur = []
        continue
    cur.append(line)
if cur: blocks.append(cur)
for b in blocks:
    lines = []
    for line in b:
        line = re.sub(r'^\s*>\s?', '', line)
        line = re.sub(r'^#+\s*', '', line)
        lines.append(inline(line.rstrip()))
    # join soft-wrapped lines of a paragraph; keep list items and short lines as lines
    merged = []
    for l in lines:
        if merged and not re.match(r'\s*([*•◦-]|\d+[.)])\s', l) and not merged[-1].endswith(',') and not re.match(r'\s*([*•◦-]|\d+[.)])\s', merged[-1]) and len(merged[-1]) > 60:
            merged[-1] += ' ' + l.strip()
        else:
            merged.append(l)
    out.extend(merged); out.append('')
text = '\n'.join(out).rstrip('\n') + '\n'
text = re.sub(r'\n{3,}', '\n\n', text)
sys.stdout.write(text)
