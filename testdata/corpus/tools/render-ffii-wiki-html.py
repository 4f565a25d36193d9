#!/usr/bin/env python3
"""Render the pandoc HTML of an FFII wiki page as a reader sees it:
text of the <body> only; each block (h1-h6, p, li, hr) one paragraph on its
own line(s), <br> a line break, white space inside a block collapsed,
entities decoded, a blank line between blocks; <hr> shown as '---'."""
import sys, html.parser, re
BLOCK = {'h1','h2','h3','h4','h5','h6','p','li','hr','div','pre'}
class R(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.blocks=[]; s.cur=''; s.inbody=False; s.skip=0
    def flush(s):
        t='\n'.join(re.sub(r'\s+',' ',x).strip() for x in s.cur.split('\x00'))
        if t.strip(): s.blocks.append(t)
        s.cur=''
    def handle_starttag(s,tag,a):
        if tag=='body': s.inbody=True
        if tag in ('script','style'): s.skip+=1
        if tag in BLOCK: s.flush()
        if tag=='hr': s.blocks.append('---')
        if tag=='br': s.cur+='\x00'
    def handle_endtag(s,tag):
        if tag in ('script','style'): s.skip-=1
        if tag in BLOCK: s.flush()
    def handle_data(s,d):
        if s.inbody and not s.skip: s.cur+=d
r=R(); r.feed(sys.stdin.read()); r.flush()
print('\n\n'.join(r.blocks))
