#!/usr/bin/env python3
"""Render a Hugo Markdown page (letindiadevelop.org mirror in hindutva/hindutva.github.io)
to plain text as a reader sees it.  Rules: the +++ TOML front matter is dropped; blocks are
separated by one blank line (runs of blank lines become one); inside a block a line ending in
two spaces (or a backslash) is a hard line break, any other line is joined to the next with a
space (Markdown soft wrap); a line opening a list item ("- ") starts a new line and its marker
is shown as "• "; "> " blockquote marks are removed; links [t](u) are written as their text t,
images ![a](u) as their alt text (empty: nothing; a line left empty is dropped); ** and __
emphasis marks are removed; backslash escapes (\\[ \\# \\*) print the escaped character;
trailing white space is removed.  Words are not changed."""
import re, sys

def inline(s):
    s = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = re.sub(r'(?<!\\)\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = s.replace('**', '').replace('__', '')
    s = re.sub(r'\\([\\`*_{}\[\]()#+\-.!>])', r'\1', s)
    return s

def render(text):
    lines = text.split('\n')
    if lines and lines[0].strip() == '+++':
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == '+++')
        lines = lines[end + 1:]
    out, cur = [], None   # cur: the output line being built (soft wraps join)
    def flush():
        nonlocal cur
        if cur is not None:
            t = inline(cur).rstrip()
            if t.strip():
                out.append(t)
            cur = None
    for raw in lines:
        if raw.strip() == '':
            flush()
            if out and out[-1] != '':
                out.append('')
            continue
        hard = raw.endswith('  ') or raw.endswith('\\')
        line = raw.rstrip()
        if line.endswith('\\'):
            line = line[:-1].rstrip()
        line = re.sub(r'^\s*>\s?', '', line)
        m = re.match(r'^(\s*)- (.*)$', line)
        if m:
            flush()
            line = m.group(1) + '• ' + m.group(2)
        if cur is None:
            cur = line
        else:
            cur = cur + ' ' + line.lstrip()
        if hard:
            flush()
    flush()
    while out and out[0] == '':
        out.pop(0)
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n'

if __name__ == '__main__':
    sys.stdout.write(render(open(sys.argv[1], encoding='utf-8').read()))
