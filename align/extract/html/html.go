// Package html reads the text of a web page (or of an e-mail's HTML part)
// with golang.org/x/net/html.
//
// The page is parsed, never run: scripts, styles, embedded objects, forms,
// navigation and hidden elements are dropped before anything else looks
// at it, and nothing the page refers to (images, style sheets, frames,
// links) is fetched. The letter is found with go-readability (Mozilla's
// Readability ported to Go), unless readability leaves out a list or a
// table that the page holds (signatory lists often stand outside what
// readability takes for the article), or finds too little: then the whole
// page is read.
//
// Block elements make lines: a paragraph, heading, list, table or
// quotation is set off by blank lines; a division, list item, table row or
// line break starts a new line. List items get their markers ("•", "1.",
// "a."), as browsers print them. A table whose cells hold short text (a
// signatory table) is laid out in aligned columns; a layout table is read
// cell after cell. Superscript numbers become superscript digits (¹), as
// footnote markers print. Character references are decoded and white space
// folded as a browser does.
package html

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/letterdiff/letterdiff/align/extract/layout"
	"github.com/letterdiff/letterdiff/align/lazyre"
)

// MaxBytes bounds the size of a page that is read. A letter's web page,
// with its site's markup and inline images, is rarely over a few
// megabytes; parsing and searching a page costs far more memory than its
// size, so larger pages are refused rather than read slowly.
const MaxBytes = 16 << 20

// Options tune reading a page. The zero value is ready to use.
type Options struct {
	// Email reads the HTML part of an e-mail: quoted replies (blockquotes
	// of type cite, mail programs' quote containers) are set aside, and
	// readability is not used (an e-mail has no site around its text).
	Email bool
	// Charset is the page's character set when the carrier says it (an
	// e-mail's Content-Type); empty to find it in the page.
	Charset string
	// Whole reads the whole page without looking for its main content.
	Whole bool
}

// Looks reports whether data is an HTML page or fragment: after white
// space and comments it opens with a doctype or an HTML element, or it has
// <html> or <body> tags and closing tags near its start.
func Looks(data []byte) bool {
	head := data[:min(len(data), 8192)]
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	low := bytes.ToLower(head)
	s := bytes.TrimLeft(low, " \t\r\n\f")
	for bytes.HasPrefix(s, []byte("<!--")) {
		end := bytes.Index(s, []byte("-->"))
		if end < 0 {
			return false
		}
		s = bytes.TrimLeft(s[end+3:], " \t\r\n\f")
	}
	if bytes.HasPrefix(s, []byte("<?xml")) {
		return bytes.Contains(low, []byte("<html"))
	}
	if openRe.Match(s) {
		return true
	}
	return htmlTagRe.Match(low) && bytes.Count(low, []byte("</")) >= 2
}

var (
	openRe    = lazyre.New(`^<(?:!doctype\s+html|html|head|body|meta|title|p|div|span|br|h[1-6]|article|section|main|header|table|ul|ol|blockquote|center|font|b|strong|em|i|a|base|link|style)[\s>/]`)
	htmlTagRe = lazyre.New(`<(?:html|body)[\s>]`)
)

// Read reads a page's text.
func Read(data []byte, opts Options) (*layout.Doc, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("is an HTML page of %.0f MiB, larger than the %d MiB letterdiff reads; save the part of the page that holds the letter", float64(len(data))/(1<<20), MaxBytes>>20)
	}
	utf8Data, cs, err := decode(data, opts.Charset)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		return nil, fmt.Errorf("is an HTML page that cannot be parsed: %v", err)
	}
	doc := &layout.Doc{Format: "HTML"}
	if cs != "" && cs != "utf-8" {
		doc.Facts = append(doc.Facts, "character set "+cs)
	}
	quotes := clean(root, opts.Email)
	if quotes > 0 {
		doc.SetAside = append(doc.SetAside, plural(quotes, "quoted reply", "quoted replies"))
	}
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	main := body
	if !opts.Email && !opts.Whole {
		if n, why := article(root, body); n != nil {
			main = n
			doc.Facts = append(doc.Facts, "main content found by readability")
		} else if why != "" {
			doc.Facts = append(doc.Facts, "whole page read ("+why+")")
		}
	}
	r := &renderer{}
	r.block(main)
	r.flush()
	doc.Lines = r.lines
	if r.columnar > 0 {
		doc.Facts = append(doc.Facts, plural(r.columnar, "table", "tables")+" laid out in columns")
	}
	empty := true
	for _, l := range doc.Lines {
		if strings.TrimSpace(l.Text) != "" {
			empty = false
			break
		}
	}
	if empty {
		return nil, errors.New("is an HTML page with no text")
	}
	return doc, nil
}

// decode turns the page into UTF-8: the character set the carrier gave,
// else the one a byte-order mark or a meta element names, else UTF-8 when
// the page is valid UTF-8, else Windows-1252 (as browsers guess).
func decode(data []byte, given string) ([]byte, string, error) {
	contentType := "text/html"
	if given != "" {
		contentType += "; charset=" + given
	}
	enc, name, _ := charset.DetermineEncoding(data[:min(len(data), 4096)], contentType)
	if name == "windows-1252" && utf8.Valid(data) && !strings.EqualFold(given, "windows-1252") && !metaNames(data, "1252", "8859") {
		// DetermineEncoding guesses windows-1252 for pages that do not
		// say; a page valid as UTF-8 is UTF-8
		return data, "utf-8", nil
	}
	if name == "utf-8" {
		if !utf8.Valid(data) {
			data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		}
		return data, name, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, "", fmt.Errorf("is an HTML page in %s that cannot be decoded: %v", name, err)
	}
	return out, name, nil
}

// metaNames reports whether the page's head names one of the character
// sets.
func metaNames(data []byte, names ...string) bool {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	for _, n := range names {
		if bytes.Contains(head, []byte(n)) {
			return true
		}
	}
	return false
}

// dropped are the elements whose content is never the letter's text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true, atom.Embed: true, atom.Applet: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Map: true,
	atom.Nav: true, atom.Form: true, atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Dialog: true, atom.Head: true, atom.Link: true, atom.Meta: true, atom.Base: true,
}

// clean removes from the tree what is not the page's text: dropped
// elements, hidden ones, and page-level headers, footers and asides
// (those of an article or main element are kept). For an e-mail it also
// removes quoted replies, and returns how many.
func clean(n *html.Node, email bool) int {
	quotes := 0
	var walk func(n *html.Node, inMain bool)
	walk = func(n *html.Node, inMain bool) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode || c.Type == html.DoctypeNode:
				n.RemoveChild(c)
			case c.Type != html.ElementNode:
			case dropped[c.DataAtom] || hidden(c):
				n.RemoveChild(c)
			case !inMain && (c.DataAtom == atom.Footer || c.DataAtom == atom.Header || c.DataAtom == atom.Aside):
				n.RemoveChild(c)
			case email && isQuote(c):
				quotes++
				n.RemoveChild(c)
			default:
				walk(c, inMain || c.DataAtom == atom.Article || c.DataAtom == atom.Main || c.DataAtom == atom.Body && email)
			}
			c = next
		}
	}
	walk(n, false)
	return quotes
}

var hiddenStyleRe = lazyre.New(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// hiddenClasses are class names that style sheets use to hide an element
// (the page's style sheets themselves are never loaded).
var hiddenClasses = map[string]bool{"hidden": true, "d-none": true, "sr-only": true, "visually-hidden": true, "screen-reader-text": true, "is-hidden": true, "u-hidden": true, "hide": true}

func hidden(n *html.Node) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if hiddenClasses[c] {
			return true
		}
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			if hiddenStyleRe.MatchString(a.Val) {
				return true
			}
		}
	}
	return false
}

// isQuote reports whether an element of an e-mail holds a quoted reply:
// a blockquote of type cite, or a mail program's quote container.
func isQuote(n *html.Node) bool {
	if n.DataAtom == atom.Blockquote && strings.EqualFold(attr(n, "type"), "cite") {
		return true
	}
	class := " " + strings.ToLower(attr(n, "class")) + " "
	id := strings.ToLower(attr(n, "id"))
	for _, c := range []string{" gmail_quote ", " yahoo_quoted ", " moz-cite-prefix ", " protonmail_quote ", " zmail_extra "} {
		if strings.Contains(class, c) {
			return true
		}
	}
	return id == "appendonsend" || id == "divrplyfwdmsg" || strings.HasPrefix(id, "yahoo_quoted")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// minArticle: readability's article must hold at least this many
// characters of text to be taken for the letter.
const minArticle = 200

// article returns the main content that readability finds, or nil and why
// the whole page is read instead: readability found nothing, or too
// little, or it left out a list or table of the page.
func article(root, body *html.Node) (*html.Node, string) {
	art, err := readability.FromDocument(root, nil)
	if err != nil || art.Node == nil {
		return nil, "readability found no main content"
	}
	text := fold(textOf(art.Node))
	if len(text) < minArticle {
		return nil, "readability found too little main content"
	}
	whole := fold(textOf(body))
	if len(text) >= len(whole)*95/100 {
		return nil, "" // the article is the page: read the page as it is
	}
	var missing string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if missing != "" {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Table) {
			if items(n) >= 3 && linkShare(n) < 0.5 {
				t := fold(textOf(n))
				if len(t) > 0 && !strings.Contains(text, t) {
					missing = map[atom.Atom]string{atom.Ul: "list", atom.Ol: "list", atom.Table: "table"}[n.DataAtom]
					return
				}
				return // a kept list's own lists are kept with it
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	if missing != "" {
		return nil, "readability left out a " + missing + " of the page"
	}
	title := fold(art.Title())
	if title != "" && !strings.Contains(text, title) {
		// readability takes the page's title apart from its content: put
		// the heading that holds it back
		if h := headingWith(body, title); h != nil {
			wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			wrap.AppendChild(cloneNode(h))
			wrap.AppendChild(art.Node)
			return wrap, ""
		}
	}
	return art.Node, ""
}

func headingWith(n *html.Node, title string) *html.Node {
	if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) && fold(textOf(n)) == title {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h := headingWith(c, title); h != nil {
			return h
		}
	}
	return nil
}

func cloneNode(n *html.Node) *html.Node {
	m := &html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Attr: append([]html.Attribute(nil), n.Attr...)}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.AppendChild(cloneNode(c))
	}
	return m
}

// items counts a list's items or a table's rows.
func items(n *html.Node) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Li, atom.Tr:
				count++
			case atom.Ul, atom.Ol, atom.Table:
				continue // nested lists and tables count for themselves
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return count
}

// linkShare is the share of an element's text that stands in links: a
// menu is mostly links; a list of signatories, hardly.
func linkShare(n *html.Node) float64 {
	all := len(fold(textOf(n)))
	if all == 0 {
		return 0
	}
	linked := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				linked += len(fold(textOf(c)))
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return float64(linked) / float64(all)
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// fold folds white space and case, to compare texts.
func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00A0", " ")), " "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
