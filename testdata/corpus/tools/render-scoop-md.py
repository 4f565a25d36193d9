#!/usr/bin/env python3
"""Render a Scoop press release stored as Markdown (JavaGT/wearetheuniversity.org)
as a reader sees it: YAML front matter dropped; setext underline (=== / ---) dropped;
'**' markers dropped; links shown as their text; backslash escapes removed
('\\*' -> '*'); trailing spaces removed; lines of white space only made empty; runs
of empty lines made one. The text is cut before the Scoop page footer (the line
starting '[© Scoop Media]'): the footer and what follows it are left out."""
import re, sys
src = sys.stdin.read().replace('\r\n', '\n')
src = re.sub(r'\A---\n.*?\n---\n', '', src, flags=re.S)
i = src.find('[© Scoop Media]')
if i >= 0:
    src = src[:i]
out = []
for line in src.split('\n'):
    if re.fullmatch(r'\s*(=+|-{3,})\s*', line):
        continue
    line = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', line)
    line = line.replace('**', '')
    line = re.sub(r'\\([\\`*_{}\[\]()#+\-.!])', r'\1', line)
    out.append(line.rstrip())
text = '\n'.join(out)
text = re.sub(r'\n{3,}', '\n\n', text).strip('\n') + '\n'
sys.stdout.write(text)
