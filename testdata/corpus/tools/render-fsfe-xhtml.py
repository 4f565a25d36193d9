# Render FSFE xhtml <body> as a reader sees it: block elements (h1-h6, p, li)
# one paragraph each, separated by one blank line; <br/> starts a new line
# inside a block; runs of white space collapsed; links as their text;
# consecutive list items on consecutive lines; <ol> items prefixed "N. " as a browser numbers them; <version>, <head> not rendered.
import sys, re
from html.parser import HTMLParser
class R(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True)
        s.blocks=[]; s.cur=None; s.isli=False; s.inbody=False; s.skip=0; s.olcount=[]
    def flush(s):
        if s.cur is not None:
            lines=[re.sub(r'\s+',' ',x).strip() for x in s.cur]
            lines=[x for x in lines if x]
            if lines: s.blocks.append(('li' if s.isli else 'b', '\n'.join(lines)))
        s.cur=None; s.isli=False
    def handle_starttag(s,t,a):
        if t=='body': s.inbody=True; return
        if not s.inbody: return
        if t in ('version','head'): s.skip+=1; return
        if t=='ol': s.flush(); s.olcount.append(0); return
        if t in ('p','h1','h2','h3','h4','h5','h6','li'):
            s.flush(); s.cur=['']; s.isli=(t=='li')
            if t=='li' and s.olcount:
                s.olcount[-1]+=1; s.cur=[f'{s.olcount[-1]}. ']
            return
        if t=='br' and s.cur is not None: s.cur.append('')
    def handle_startendtag(s,t,a): s.handle_starttag(t,a)
    def handle_endtag(s,t):
        if t in ('version','head'):
            if s.inbody: s.skip-=1
            return
        if t=='ol': s.flush(); s.olcount.pop(); return
        if t in ('p','h1','h2','h3','h4','h5','h6','li'): s.flush()
        if t=='body': s.flush(); s.inbody=False
    def handle_data(s,d):
        if not s.inbody or s.skip: return
        if s.cur is None:
            if d.strip(): s.cur=['']
            else: return
        s.cur[-1]+=d
r=R(); r.feed(open(sys.argv[1],encoding='utf-8').read()); r.flush()
out=''
for i,(k,b) in enumerate(r.blocks):
    if i: out+='\n' if (k=='li' and r.blocks[i-1][0]=='li') else '\n\n'
    out+=b
sys.stdout.write(out+'\n')
