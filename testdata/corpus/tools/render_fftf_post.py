# Render a Jekyll post of the old fightforthefuture.org site (front matter +
# HTML body, layout "blog-post") to the text a reader sees in its <article>:
# the front-matter title first (the layout prints it as <h1>), then the body.
# Block elements (p, div, h1-h6, ul, ol, li, blockquote) start new blocks with a
# blank line between; <br> breaks a line (two <br> in a row give an empty line);
# inline tags (span, a, b, i, strong, em) keep only their text; images dropped;
# entities decoded; runs of white space inside a line collapsed; runs of blank
# lines collapsed to one.  The layout's breadcrumbs, "Posted ..." line, share
# buttons, sidebar and footer are not part of the post source and not printed.
import sys, re
from html.parser import HTMLParser
BLOCK = {'div','p','section','ul','ol','li','h1','h2','h3','h4','h5','h6','blockquote','table','tr','figure'}
VOID = {'br','img','hr','input','meta','link'}
class R(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out=[]; self.cur=''
    def flush(self):
        t=re.sub(r'[ \t\r\n\f]+',' ',self.cur).strip()
        if t: self.out.append(t)
        self.cur=''
    def handle_starttag(self,tag,attrs):
        if tag=='br':
            t=re.sub(r'[ \t\r\n\f]+',' ',self.cur).strip(); self.out.append(('BR',t)); self.cur=''; return
        if tag in VOID: return
        if tag in BLOCK: self.flush(); self.out.append(None)
    def handle_startendtag(self,tag,attrs): self.handle_starttag(tag,attrs)
    def handle_endtag(self,tag):
        if tag in BLOCK: self.flush(); self.out.append(None)
    def handle_data(self,d): self.cur+=d
src=open(sys.argv[1],encoding='utf-8').read()
m=re.match(r'\A---\n(.*?)\n---\n',src,re.S)
fm=m.group(1); body=src[m.end():]
tm=re.search(r"^title: '(.*?)'\s*$",fm,re.S|re.M)
title=re.sub(r'\s+',' ',tm.group(1)).replace("''","'").strip()
p=R(); p.feed(body); p.close(); p.flush()
lines=[title,'']; para=[]; pending=''
def endpara():
    global para
    if para: lines.extend(para); lines.append('')
    para=[]
for x in p.out:
    if x is None:
        if pending: para.append(pending); pending=''
        endpara()
    elif isinstance(x,tuple):
        para.append((pending+' '+x[1]).strip() if pending else x[1]); pending=''
    else:
        pending=(pending+' '+x).strip() if pending else x
if pending: para.append(pending)
endpara()
txt='\n'.join(l.rstrip() for l in lines)
txt=re.sub(r'\n{3,}','\n\n',txt).strip('\n')+'\n'
sys.stdout.write(txt)
