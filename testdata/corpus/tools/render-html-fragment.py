# Render an HTML fragment to visible text as a desktop browser shows it:
# block elements start new blocks (blank line between), <br> breaks a line,
# white space collapsed, comments dropped, elements with class d-sm-none dropped
# (hidden at desktop width), <i> icon elements (no text) ignored.
import sys, re, html
from html.parser import HTMLParser
BLOCK = {'div','p','section','ul','ol','li','h1','h2','h3','h4','h5','h6','figure','header','footer','table','tr'}
VOID = {'br','img','hr','input','meta','link'}
class R(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out=[]; self.cur=''; self.hide=0; self.stack=[]
    def flush(self):
        t=re.sub(r'[ \t\r\n\f]+',' ',self.cur).strip()
        if t: self.out.append(t)
        self.cur=''
    def handle_starttag(self,tag,attrs):
        a=dict(attrs)
        if tag in VOID:
            if tag=='br' and not self.hide:
                t=re.sub(r'[ \t\r\n\f]+',' ',self.cur).strip()
                self.out.append(('BR',t)); self.cur=''
            return
        hidden = 'd-sm-none' in (a.get('class') or '').split()
        self.stack.append((tag,hidden))
        if hidden: self.hide+=1
        if tag in BLOCK and not self.hide: self.flush(); self.out.append(None)
    def handle_endtag(self,tag):
        if tag in VOID: return
        while self.stack:
            t,h=self.stack.pop()
            if t in BLOCK and not self.hide: self.flush(); self.out.append(None)
            if h: self.hide-=1
            if t==tag: break
    def handle_data(self,d):
        if not self.hide: self.cur+=d
src=sys.stdin.read()
p=R(); p.feed(src); p.flush()
# assemble: None = block boundary; ('BR',t) = text then line break
lines=[]; para=[]
def endpara():
    global para
    if para:
        lines.extend(para); lines.append('')
    para=[]
pending=''
for x in p.out:
    if x is None:
        if pending: para.append(pending); pending=''
        endpara()
    elif isinstance(x,tuple):
        t=(pending+' '+x[1]).strip() if pending else x[1]
        para.append(t); pending=''
    else:
        pending=(pending+' '+x).strip() if pending else x
if pending: para.append(pending)
endpara()
# strip leading/trailing blank lines, collapse runs of blank lines
txt='\n'.join(lines)
txt=re.sub(r'\n{3,}','\n\n',txt).strip('\n')+'\n'
# drop trailing spaces
txt='\n'.join(l.rstrip() for l in txt.split('\n'))
sys.stdout.write(txt)
