#!/usr/bin/env python3
"""Tiny Markdown renderer for short Jekyll posts (as a reader sees them).
- front matter dropped; its `title` printed as the first line, then a blank line;
- paragraphs separated by one blank line; the lines of one paragraph are
  joined with a space, except after a hard break (two trailing spaces),
  where a new line starts;
- a list item opening with "* " or "- " is printed with a bullet "• ";
- ** and __ emphasis marks removed, and _single_ underscore emphasis at word
  boundaries; [text](url) reduced to text; an image
  ![alt](url) reduced to its alt text (empty alt: nothing);
- a horizontal rule (---, - - -, ***) is dropped; single *emphasis* marks
  removed; inline HTML <a ...>text</a> reduced to its text;
- a line holding only an HTML tag (<div ...>, </div>) is dropped;
- a <br> tag (any spelling <br>, <br/>, <br />) ends a line; a paragraph left
  empty (only images or <br> tags) is dropped;
- trailing white space removed.
Usage: render_md.py FILE.md > FILE.txt
"""
import re, sys
src = open(sys.argv[1], encoding='utf-8').read().replace('\r\n', '\n')
title = None
if src.startswith('---\n'):
    end = src.index('\n---\n', 4)
    fm = src[4:end]
    src = src[end + 5:]
    for l in fm.split('\n'):
        if l.startswith('title:'):
            title = l[len('title:'):].strip().strip('"').strip("'")
def inline(s):
    s = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = s.replace('**', '').replace('__', '')
    s = re.sub(r'(?<!\w)_(\S(?:.*?\S)?)_(?!\w)', r'\1', s)
    s = re.sub(r'(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])', r'\1', s)
    s = re.sub(r'<a\b[^>]*>(.*?)</a>', r'\1', s)
    return s
out = []
if title:
    out += [inline(title), '']
blocks = re.split(r'\n\s*\n', src.strip('\n'))
for b in blocks:
    lines = [l for l in b.split('\n') if not re.match(r'^\s*</?div\b[^>]*>\s*$', l)
             and not re.match(r'^\s*([-*_])(\s*\1){2,}\s*$', l)]
    cur = ''
    res = []
    for l in lines:
        m = re.match(r'^[*-] (.*)$', l)
        if m:
            if cur: res.append(cur)
            cur = '• ' + m.group(1)
            hard = l.endswith('  ')
        else:
            hard = l.endswith('  ')
            cur = (cur + ' ' + l.strip()) if cur else l.strip()
        if hard:
            res.append(cur); cur = ''
    if cur: res.append(cur)
    lines_out = []
    for x in res:
        for part in re.split(r'<br\s*/?>', inline(x)):
            part = part.strip()
            if part:
                lines_out.append(part)
    if lines_out:
        out += lines_out + ['']
while out and out[-1] == '': out.pop()
print('\n'.join(out))
