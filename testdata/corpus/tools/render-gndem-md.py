# Render a gndem.org story (Markdown with YAML front matter) to the text a reader sees:
# front matter title as the first line; each Markdown paragraph one line, blank line between;
# links shown as their text; list items one per line with no blank line between; emphasis marks (*...*, _..._, **) dropped; backslash escapes
# undone; "* " list markers kept; trailing spaces removed; runs of blank lines made one.
import re, sys
src = sys.stdin.read()
m = re.match(r'\A---\n(.*?)\n---\n', src, re.S)
fm, body = m.group(1), src[m.end():]
t = re.search(r'^title:[ \t]*(.*(?:\n[ \t]+.*)*)', fm, re.M).group(1)
title = ' '.join(t.replace('>-', ' ').split()).strip('\'"')
paras = re.split(r'\n[ \t]*\n', body.strip('\n'))
out = [title]
for p in paras:
    block = []
    lines = p.split('\n')
    if all(re.match(r'^\s*[*-] ', l) for l in lines if l.strip()):   # a bullet list: one line per item
        items = [l.strip() for l in lines if l.strip()]
    else:
        items = [' '.join(l.strip() for l in lines)]
    for s in items:
        bullet = ''
        mm = re.match(r'^([*-]) (.*)$', s)
        if mm: bullet, s = mm.group(1) + ' ', mm.group(2)
        s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)          # links -> text
        s = s.replace('**', '')
        s = re.sub(r'(?<![\w\\])[*_](?=\S)(.+?)(?<=\S)[*_](?!\w)', r'\1', s)  # emphasis
        s = re.sub(r'\\([\[\]*_()#\\.-])', r'\1', s)             # escapes
        s = re.sub(r'[ \t]+', ' ', s).strip()
        if s: block.append(bullet + s)
    if block: out.append('\n'.join(block))
sys.stdout.write('\n\n'.join(out[:1]) + '\n\n' + '\n\n'.join(out[1:]) + '\n')
