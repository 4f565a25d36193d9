# Render a cynaramaira/acervo _posts Markdown file (Blog de Jamildo archive:
# YAML front matter, then HTML between {% raw %} and {% endraw %}) as a reader
# sees the post: the front matter title (JSON string escapes decoded) as the
# first line; then the HTML body: every <p> / </p> starts a new block, <br />
# breaks a line inside a block, other tags dropped, HTML entities decoded,
# no-break spaces shown as spaces, runs of spaces collapsed, each line trimmed;
# empty lines inside a block and empty blocks dropped; blocks separated by one
# blank line.  Usage: render-acervo-post.py FILE
import sys, html, re, json
src = open(sys.argv[1], encoding='utf-8').read()
m = re.match(r'---\n(.*?)\n---\n', src, re.S)
fm, body = m.group(1), src[m.end():]
title = json.loads(re.search(r'^title: (".*")$', fm, re.M).group(1)).strip()
body = body.split('{% raw %}', 1)[1].split('{% endraw %}', 1)[0]
body = body.replace('\n', ' ')
body = re.sub(r'<br\s*/?>', '\x01', body, flags=re.I)
body = re.sub(r'</?p\b[^>]*>', '\x02', body, flags=re.I)
body = re.sub(r'<[^>]+>', '', body)
blocks = [[title]]
for b in body.split('\x02'):
    lines = []
    for l in b.split('\x01'):
        t = html.unescape(l).replace('\u00a0', ' ')
        t = re.sub(r'[ \t]+', ' ', t).strip()
        if t:
            lines.append(t)
    if lines:
        blocks.append(lines)
print('\n\n'.join('\n'.join(b) for b in blocks))
