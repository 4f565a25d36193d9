# Render a Hugo Markdown post of the Unblock Health site (reshmapaul/unblockss)
# as text, line for line: the front-matter title first (the blog layout prints
# it as a heading above the post), a blank line, then the post body with its
# source line breaks kept (the body was pasted from a wrapped document).  Markup
# removed: <br> tags, <ins>/</ins> tags, <a href=...>text</a> -> text,
# ** and * emphasis markers; leading and trailing white space of each line
# stripped (list markers "- " and "1)" kept); runs of blank lines collapsed.
import sys, re
src = open(sys.argv[1], encoding='utf-8').read()
m = re.match(r'\A---\s*\n(.*?)\n---\s*\n', src, re.S)
fm, body = m.group(1), src[m.end():]
title = re.search(r'^title:\s*"(.*)"\s*$', fm, re.M).group(1)
out = [title, '']
for line in body.split('\n'):
    line = re.sub(r'<br\s*/?>', '', line)
    line = re.sub(r'</?ins>', '', line)
    line = re.sub(r'<a\s[^>]*>(.*?)</a>', r'\1', line)
    line = line.replace('***', '').replace('**', '')
    line = re.sub(r'(?<![\w*])\*(?=\S)', '', line)
    line = re.sub(r'(?<=\S)\*(?![\w*])', '', line)
    out.append(line.strip())
text = '\n'.join(out)
text = re.sub(r'\n{3,}', '\n\n', text).strip('\n') + '\n'
sys.stdout.write(text)
