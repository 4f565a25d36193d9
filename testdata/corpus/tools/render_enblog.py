import sys, re, html
from html.parser import HTMLParser

class Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out=[]; self.skip=0
    def handle_starttag(self, tag, attrs):
        if tag in ('script','style'): self.skip+=1
        if tag=='br': self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script','style'): self.skip-=1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def render(src):
    m=re.match(r'---\n(.*?)\n---\n', src, re.S)
    fm=m.group(1); body=src[m.end():]
    title=re.search(r'^Title: (.*)$', fm, re.M).group(1).strip()
    # markdown links/images
    body=re.sub(r'!\[[^\]]*\]\([^)]*\)', '', body)
    body=re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', body)
    p=Strip(); p.feed(body); p.close()
    text=''.join(p.out)
    text=text.replace('\u00a0',' ')
    lines=[]
    for ln in text.split('\n'):
        ln=ln.rstrip()
        ln=re.sub(r'^(\d+)\.\t', r'\1. ', ln)
        ln=re.sub(r'^#+ ', '', ln)
        ln=re.sub(r' {2,}', ' ', ln)
        ln=re.sub(r'\*\*(.+?)\*\*', r'\1', ln)
        ln=re.sub(r'(?<![\w*])\*(\S.*?)\*(?![\w*])', r'\1', ln)
        if ln.strip()=='' : ln=''
        else: ln=ln.strip(' ')
        lines.append(ln)
    out=[title,'']
    prev_blank=True
    for ln in lines:
        if ln=='':
            if not prev_blank: out.append('')
            prev_blank=True
        else:
            out.append(ln); prev_blank=False
    while out and out[-1]=='': out.pop()
    return '\n'.join(out)+'\n'

print(render(sys.stdin.read()), end='')
