"""Helpers the render scripts share: Jekyll front matter and blank lines.

A render script imports this module from its own directory (Python puts
a script's directory first on its path).
"""
import re

_FRONT = re.compile(r'\A---[ \t]*\n(.*?)\n---[ \t]*\n', flags=re.S)


def split_front_matter(src):
    """Return (front matter, body): the text between a file's opening '---'
    lines ('' when it has none) and the rest of the file."""
    m = _FRONT.match(src)
    if not m:
        return '', src
    return m.group(1), src[m.end():]


def front_field(fm, key, folded=False):
    """Return a front-matter field's value, unquoted ('' if absent). With
    folded, a value continued on indented lines is joined with spaces."""
    if folded:
        t = re.search(r'^' + key + r':[ \t]*(.*(?:\n[ \t]+.*)*)', fm, flags=re.M)
        if not t:
            return ''
        return ' '.join(p.strip() for p in t.group(1).split('\n')).strip().strip('"\'')
    t = re.search(r'^' + key + r':\s*(.*)$', fm, flags=re.M)
    return t.group(1).strip().strip('"\'') if t else ''


def squeeze_blanks(lines):
    """Return lines with leading and trailing blank lines dropped and each
    run of blank lines made one."""
    res = []
    for ln in lines:
        if ln == '' and (not res or res[-1] == ''):
            continue
        res.append(ln)
    while res and res[-1] == '':
        res.pop()
    return res
