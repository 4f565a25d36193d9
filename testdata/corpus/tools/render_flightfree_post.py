#!/usr/bin/env python3
"""Render a Middleman/kramdown blog post (front matter + Markdown) to the text a
reader sees on flightfree.co.uk: the post header the layout prints ("Back to
blog", title, summary, "DD Mon YYYY • N min read"), then the body, one block per
line with a blank line between blocks, then the "Share this post" heading.
Headings -> their text; blockquote '> ' markers dropped; **bold**, *em*, _em_
markers dropped; [text](url) -> text; backslash escapes unescaped; soft line
breaks inside a paragraph -> one space; trailing white space removed.
No typographic quote conversion."""
import re, sys, datetime
src = open(sys.argv[1], encoding='utf-8').read()
m = re.match(r'^---\n(.*?)\n---\n(.*)$', src, re.S)
fm, body = m.group(1), m.group(2)
def fmval(key):
    mm = re.search(r'^' + key + r':\s*(.*(?:\n  .*)*)', fm, re.M)
    v = mm.group(1)
    v = re.sub(r'\n\s+', ' ', v).strip()
    if v.startswith('>-'): v = v[2:].strip()
    if len(v) > 1 and v[0] == v[-1] and v[0] in '"\'': v = v[1:-1]
    return v
title, summary = fmval('title'), fmval('summary')
date = datetime.datetime.strptime(fmval('date')[:10], '%Y-%m-%d')
mins = fmval('read_time_minute')
def inline(t):
    t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
    t = t.replace('**', '')
    t = re.sub(r'(?<![\w\\])\*(?=\S)(.+?)(?<=\S)\*(?!\w)', r'\1', t)
    t = re.sub(r'(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)', r'\1', t)
    t = re.sub(r'\\([\[\]\\*_#>])', r'\1', t)
    return t
out = ['Back to blog', title, summary, date.strftime('%d %b %Y') + ' • ' + mins + ' min read']
for block in re.split(r'\n\s*\n', body.strip('\n')):
    lines = [l for l in block.split('\n')]
    lines = [re.sub(r'^>\s?', '', l) for l in lines]
    lines = [re.sub(r'^#{1,6}\s*', '', l) for l in lines]
    text = ' '.join(l.strip() for l in lines if l.strip())
    if not text: continue
    out.append(inline(text).rstrip())
out.append('Share this post')
print('\n\n'.join(out))
