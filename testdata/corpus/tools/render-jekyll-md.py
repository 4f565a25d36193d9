#!/usr/bin/env python3
"""Render a Jekyll Markdown post as a reader sees it (no pandoc here).
Usage: render-jekyll-md.py POST.md > POST.txt
- front matter (between --- lines, trailing spaces allowed, as Jekyll does) dropped, its `title:` printed as the first line (the page's headline);
- HTML comments (<!--more-->) dropped;
- one output line per source line (these posts keep each paragraph on one line);
- `* ` / `- ` list markers shown as `• ` (a bullet, indentation dropped);
- images ![alt](url) dropped (a picture, no text); links [text](url) shown as
  their text; **, * and _ emphasis markers dropped;
- each line stripped of surrounding white space; runs of blank lines made one.
"""
import re, sys
from textlines import front_field, split_front_matter, squeeze_blanks
fm, src = split_front_matter(open(sys.argv[1], encoding='utf-8').read())
title = front_field(fm, 'title')
src = re.sub(r'<!--.*?-->', '', src, flags=re.S)
out = [title, ''] if title else []
for line in src.split('\n'):
    line = line.replace('\u00a0', ' ').strip()
    line = re.sub(r'^[*-]\s+', '• ', line)
    line = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', line)
    line = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', line)
    line = line.replace('**', '')
    line = re.sub(r'(^|(?<=[\s(]))\*(?=\S)', '', line)
    line = re.sub(r'(?<=\S)\*(?=[\s.,;:)]|$)', '', line)
    line = re.sub(r'(^|(?<=[\s(]))_(?=\S)', '', line)
    line = re.sub(r'(?<=\S)_(?=[\s.,;:)]|$)', '', line)
    out.append(line.strip())
res = squeeze_blanks(out)
print('\n'.join(res))
