#!/usr/bin/env python3
"""Render the page content of an OWINFS PHP page as a reader sees it.
Usage: render-php-html.py FILE.php > FILE.txt
- drops the '#!' line and every <?php ... ?> block (site header/sidebar/footer
  includes, not in the repository);
- text of the HTML as shown: entities decoded, tags dropped (link text kept,
  URLs of links not shown), runs of white space (source line wraps, &nbsp;)
  shown as one space;
- a line break at <br>, <li> and <tr>; a blank line at <p>, <div>, <h1>-<h6>,
  <blockquote>, <hr>, </ul>, </table>; table cells of a row joined by two spaces;
- each line stripped, runs of blank lines made one, leading/trailing blanks cut.
"""
import re, sys
from textlines import squeeze_blanks
from html.parser import HTMLParser

BLANK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'table', 'ul', 'ol'}
LINE = {'br', 'li', 'tr'}

class R(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in BLANK: self.out.append('\x00\x00')
        elif tag in LINE: self.out.append('\x00')
        elif tag == 'td': self.out.append('\x01')
    def handle_endtag(self, tag):
        if tag in BLANK: self.out.append('\x00\x00')
    def handle_data(self, d):
        self.out.append(re.sub(r'[\s\xa0]+', ' ', d))

src = open(sys.argv[1], encoding='utf-8').read()
src = re.sub(r'^#!.*\n', '', src)
src = re.sub(r'<\?php.*?\?>', '', src, flags=re.S)
r = R(); r.feed(src); r.close()
s = ''.join(r.out)
lines = []
for ln in s.split('\x00'):
    cells = [re.sub(r' +', ' ', c).strip() for c in ln.split('\x01')]
    cells = [c for c in cells if c]
    lines.append('  '.join(cells))
res = squeeze_blanks(lines)
print('\n'.join(res))
