#!/usr/bin/env python3
"""Render a Libraries Hacked Jekyll (kramdown, minimal-mistakes) post as a reader sees it.
Usage: render-librarieshacked-md.py POST.md > POST.txt   (no pandoc here)
- front matter dropped; its `title:` printed as the first line (the page's headline);
- a <div class="mermaid"> ... </div> block dropped (it is drawn as a flowchart picture);
- one output line per source line (the posts keep each paragraph on one line);
- heading markers (#..######) dropped; blockquote markers `> ` dropped (a bare `>` line
  becomes blank);
- `- ` / `* ` list markers shown as `• `; numbered list markers kept as written;
- links [text](url) shown as their text; ** and _ emphasis markers dropped;
- kramdown abbreviation definitions (`*[X]: ...`) dropped (not displayed);
- each line stripped of surrounding white space; runs of blank lines made one.
"""
import re, sys
from textlines import front_field, split_front_matter, squeeze_blanks
fm, src = split_front_matter(open(sys.argv[1], encoding='utf-8').read())
title = front_field(fm, 'title')
src = re.sub(r'<div class="mermaid">.*?</div>', '', src, flags=re.S)
out = [title, ''] if title else []
for line in src.split('\n'):
    line = line.replace('\u00a0', ' ').strip()
    if re.match(r'^\*\[[^\]]*\]:', line):
        continue
    line = re.sub(r'^#{1,6}\s*', '', line)
    line = re.sub(r'^>\s?', '', line)
    line = re.sub(r'^[*-]\s+', '• ', line)
    line = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', line)
    line = line.replace('**', '')
    line = re.sub(r'(^|(?<=[\s(]))_(?=\S)', '', line)
    line = re.sub(r'(?<=\S)_(?=[\s.,;:)]|$)', '', line)
    out.append(line.strip())
res = squeeze_blanks(out)
print('\n'.join(res))
