# Render the JSX returned by a React page component to its visible text, as the
# browser shows it. JSX text rules: each text line trimmed, empty lines dropped,
# the rest joined by one space. Block components (display: block, divs) break
# the line; components with a margin (Section, TitleContainer) stand apart by a
# blank line; <br /> breaks the line; <hr />, images, Header and Footer (site
# chrome) give no text. Runs of blank lines made one.
import sys, re
src=sys.stdin.read()
a=src.index('return (')
body=src[a+len('return ('):]
BLOCK={'TitleContainer','Title','TitleSmall','TitleAlignRight','TitleAlignLeft','TextAlignRight','TextAlignLeft',
       'Section','Body','Heading1','Heading2','TextSmall','TextMedium','TextMediumHeading','TextSmallUnderline',
       'TextSmallBold','ul','li','div','p','StyledFooterContainer','ImageContainer','Row','Column','StyledPage'}
MARGIN={'Section','TitleContainer'}
SKIP={'Header','Footer','GDAHeader'}
INLINE={'Link','TextBold','TextSmallRed','a','span','TextLink','HashLink','LinkExternal','strong','b'}
tok=re.compile(r'<(/?)([A-Za-z][A-Za-z0-9.]*)((?:[^>"\'{}]|"[^"]*"|\'[^\']*\'|\{[^{}]*\})*?)(/?)>|\{[^{}]*\}|[^<{]+',re.S)
lines=[]; cur=['']
def soft():
    if cur[0].strip()!='':
        lines.append(cur[0]); cur[0]=''
def blank():
    soft()
    if lines and lines[-1].strip()!='': lines.append('')
def br():
    lines.append(cur[0]); cur[0]=''
def jsxtext(t):
    ls=t.split('\n')
    res=[]
    for i,l in enumerate(ls):
        if len(ls)>1:
            if i>0: l=l.lstrip(' \t')
            if i<len(ls)-1: l=l.rstrip(' \t')
        if l.strip()=='' and len(ls)>1: continue
        res.append(l)
    return ' '.join(res)
# the component's JSX ends at the ')' that closes 'return ('
depth=1; i=0
while depth and i<len(body):
    c=body[i]
    if c=='(' : depth+=1
    elif c==')': depth-=1
    i+=1
jsx=body[:i-1]
for m in tok.finditer(jsx):
    s=m.group(0)
    if s.startswith('<'):
        close,name=m.group(1),m.group(2)
        if name in SKIP or name in ('hr','Image','img'): continue
        if name=='br': br(); continue
        if name in MARGIN: blank()
        elif name in BLOCK: soft()
        continue
    if s.startswith('{'):
        inner=s[1:-1].strip()
        mm=re.fullmatch(r"'([^']*)'|\"([^\"]*)\"",inner)
        if mm: cur[0]+= (mm.group(1) or mm.group(2) or '')
        continue
    cur[0]+=jsxtext(s)
soft()
t='\n'.join(l.strip() for l in lines)
t=re.sub(r'\n{3,}','\n\n',t).strip('\n')+'\n'
sys.stdout.write(t)
