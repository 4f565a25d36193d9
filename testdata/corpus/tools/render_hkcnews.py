#!/usr/bin/env python3
"""Render an hkcnews-article-archive Markdown file as a reader sees it.

Reads the file on stdin, writes text on stdout:
- drops the YAML front matter (first '---' ... '---' block);
- cuts at the first later line that is '---' (the rule before hkcnews's
  subscription appeal and blog box);
- drops <figure>, </figure> and <img ...> lines; <figcaption>X</figcaption> -> X;
- removes a leading '#...# ' heading marker;
- replaces [text](url) by text (a url may hold one level of parentheses);
- removes the '*' emphasis markers ('**', '***', '*');
- strips each line; collapses runs of empty lines to one; drops leading and
  trailing empty lines.
"""
import re, sys
from textlines import squeeze_blanks

lines = sys.stdin.read().split('\n')
assert lines[0] == '---'
end = lines.index('---', 1)
lines = lines[end + 1:]
if '---' in lines:
    lines = lines[:lines.index('---')]
out = []
for l in lines:
    s = l.strip()
    if s in ('<figure>', '</figure>') or s.startswith('<img '):
        continue
    m = re.fullmatch(r'<figcaption>(.*)</figcaption>', s)
    if m:
        s = m.group(1)
    s = re.sub(r'^#+ ', '', s)
    s = re.sub(r'\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)', r'\1', s)
    s = s.replace('*', '')
    out.append(s.strip())
res = squeeze_blanks(out)
sys.stdout.write('\n'.join(res) + '\n')
