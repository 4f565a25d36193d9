# Render an InternetFreedomFoundation/archive content/post/*.md (Hugo, TOML
# front matter between +++ lines) as a reader sees the post's text: the
# front matter dropped and its title put as the first line; lines holding only
# a Hugo shortcode ({{< ... >}}) dropped; <div ...>...</div> button blocks
# dropped; Markdown links [text](url) replaced by their text; heading marks
# (#...) at line start removed; bold/emphasis markers (** __ and _x_ / *x*
# around words) removed, list markers ("* ", "1. ") kept; trailing white space
# removed; runs of blank lines collapsed to one.  Usage: render-iff-post.py FILE
import sys, re
src = open(sys.argv[1], encoding='utf-8').read()
m = re.match(r'\+\+\+\n(.*?)\n\+\+\+\n', src, re.S)
fm, body = m.group(1), src[m.end():]
t = re.search(r"^title = (['\"])(.*)\1$", fm, re.M).group(2)
body = re.sub(r'<div[^>]*>.*?</div>', '', body, flags=re.S)
out = [t, '']
for line in body.split('\n'):
    if re.fullmatch(r'\s*\{\{<.*>\}\}\s*', line):
        continue
    line = re.sub(r'\[([^\]]*)\]\(([^)]*)\)', r'\1', line)
    line = re.sub(r'^#+\s*', '', line)
    line = line.replace('**', '').replace('__', '')
    line = re.sub(r'(?<![\w*])[_*](?=\S)(.+?)(?<=\S)[_*](?![\w*])', r'\1', line)
    line = line.rstrip()
    if line == '' and out and out[-1] == '':
        continue
    out.append(line)
while out and out[-1] == '':
    out.pop()
print('\n'.join(out))
