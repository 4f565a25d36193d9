#!/usr/bin/env python3
"""Render a post of the Alliance for Corporate Transparency site (Jekyll,
kramdown; GitHub PopulateTools/afct-microsite) as a reader sees the page.
Usage: render-afct-post.py POST.md > POST.txt
What _layouts/post.html prints, in order: the post date ("%-d %B %Y" of the
front matter `date`), the title (h1), the categories as "#name", then the
content. The content is rendered line by line (these posts keep each
paragraph on one line):
- Markdown headings (`## `, `###### `) lose their `#` marks;
- `* ` / `- ` list markers shown as `• ` (indentation dropped);
- images ![alt](url "t") dropped (a picture, no text); links [text](url)
  shown as their text; `**` and single `*` emphasis markers dropped;
  backslash escapes (`\\[`) shown as the character;
- footnote references `[^n]` shown as the bare number n (kramdown prints
  a superscript n); footnote definitions `[^n]: text` shown as `n. text`
  (kramdown prints them as a numbered list at the foot of the post);
- each line stripped of surrounding white space; runs of blank lines made
  one. Nothing else is changed or cut.
"""
import re, sys, datetime
from textlines import front_field, split_front_matter, squeeze_blanks
fm, src = split_front_matter(open(sys.argv[1], encoding='utf-8').read())
def fmval(key):
    return front_field(fm, key, folded=True)
date = fmval('date')
d = datetime.date(int(date[0:4]), int(date[5:7]), int(date[8:10]))
out = [f'{d.day} {d.strftime("%B %Y")}', '', fmval('title'), '']
cats = fmval('categories')
if cats:
    out += [' '.join('#' + c for c in cats.split()), '']
for line in src.split('\n'):
    line = line.replace('\u00a0', ' ').strip()
    line = re.sub(r'^#{1,6}\s+', '', line)
    line = re.sub(r'^\[\^(\d+)\]:\s*', r'\1. ', line)
    line = re.sub(r'\[\^(\d+)\]', r'\1', line)
    line = re.sub(r'^[*-]\s+', '• ', line)
    line = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', line)
    line = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', line)
    line = line.replace('**', '')
    line = re.sub(r'(^|(?<=[\s(]))\*(?=\S)', '', line)
    line = re.sub(r'(?<=\S)\*(?=[\s.,;:)]|$)', '', line)
    line = re.sub(r'\\([\[\]*_\\-])', r'\1', line)
    out.append(line.strip())
res = squeeze_blanks(out)
print('\n'.join(res))
