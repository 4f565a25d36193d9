#!/usr/bin/env python3
"""Render an hkcnews-article-archive Markdown file as a reader sees it.

Drops the YAML front matter; drops the <figure> block (a photo without
caption); drops image lines ![..](..) and horizontal rules (---);
removes heading marks (#, ###) and ** emphasis marks; keeps every other
line's words unchanged; strips trailing white space; reduces runs of
blank lines to one and drops leading/trailing blank lines.
"""
import re, sys
src = open(sys.argv[1], encoding='utf-8').read().split('\n')
# front matter
if src and src[0].strip() == '---':
    end = src.index('---', 1)
    src = src[end + 1:]
out, infig = [], False
for line in src:
    s = line.rstrip()
    if s.startswith('<figure'):
        infig = True
    if infig:
        if s.endswith('</figure>'):
            infig = False
        continue
    if re.fullmatch(r'!\[[^\]]*\]\([^)]*\)', s.strip()):
        continue
    if s.strip() == '---':
        continue
    s = re.sub(r'^#{1,6}\s+', '', s)
    s = s.replace('**', '')
    out.append(s)
text, prev_blank = [], True
for s in out:
    if s.strip() == '':
        if not prev_blank:
            text.append('')
        prev_blank = True
    else:
        text.append(s)
        prev_blank = False
while text and text[-1] == '':
    text.pop()
sys.stdout.write('\n'.join(text) + '\n')
