// Package email reads the text of an e-mail message (an .eml file, RFC
// 5322 with MIME) with net/mail and mime/multipart.
//
// The text is the message's header lines that a printed e-mail shows
// (From, To, Cc, Date, Subject, decoded), a blank line, and the body: the
// text/plain part, else the HTML part read as a web page is (see
// align/extract/html). Quoted replies are set aside: lines quoted with
// ">", the attribution line before them ("On 3 March, Ann Wu wrote:"), and
// the earlier messages of a thread below a reply's header block ("From: …
// Sent: …"). A forwarded message's header block is set aside and its text
// kept. Attachments are listed, never opened.
package email

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/letterdiff/letterdiff/align/extract/html"
	"github.com/letterdiff/letterdiff/align/extract/layout"
	"github.com/letterdiff/letterdiff/align/lazyre"
)

// Limits on a message's structure: parts in all, and multipart nesting.
const (
	maxParts = 500
	maxDepth = 12
)

// Looks reports whether data is an e-mail message: it opens with a block
// of header fields (after an mbox "From " line, if any) that names a
// sender and has a field only mail transport or MIME writes (a message
// ID, MIME-Version, Received …). A letter pasted from a mail program,
// with only From, To and Subject lines above its text, is plain text.
func Looks(data []byte) bool {
	head := data[:min(len(data), 64<<10)]
	if bytes.HasPrefix(head, []byte("From ")) {
		i := bytes.IndexByte(head, '\n')
		if i < 0 {
			return false
		}
		head = head[i+1:]
	}
	if len(head) == 0 || head[0] == ' ' || head[0] == '\t' {
		return false
	}
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(head))).ReadMIMEHeader()
	if err != nil && !(errors.Is(err, io.EOF) && len(h) > 0) {
		return false
	}
	if h.Get("From") == "" && h.Get("Sender") == "" {
		return false
	}
	for _, k := range []string{"Mime-Version", "Message-Id", "Received", "Return-Path", "Content-Type", "Dkim-Signature", "Delivered-To", "X-Mailer", "Content-Transfer-Encoding", "Thread-Index", "In-Reply-To", "References", "User-Agent"} {
		if h.Get(k) != "" {
			return true
		}
	}
	return false
}

// Read reads a message's text.
func Read(data []byte) (*layout.Doc, error) {
	if bytes.HasPrefix(data, []byte("From ")) {
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			data = data[i+1:]
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("is an e-mail whose header cannot be read: %v", err)
	}
	doc := &layout.Doc{Format: "e-mail"}
	dec := &mime.WordDecoder{CharsetReader: charset.NewReaderLabel}
	for _, k := range []string{"From", "To", "Cc", "Date", "Subject"} {
		v := msg.Header.Get(k)
		if v == "" {
			continue
		}
		if d, err := dec.DecodeHeader(v); err == nil {
			v = d
		}
		v = strings.Join(strings.Fields(v), " ")
		doc.Lines = append(doc.Lines, layout.Line{Text: k + ": " + v, Kind: layout.Header})
	}
	w := &walker{}
	if err := w.part(textproto.MIMEHeader(msg.Header), msg.Body, 0); err != nil {
		return nil, err
	}
	for _, a := range w.attachments {
		doc.Attachments = append(doc.Attachments, a)
	}
	var body []layout.Line
	switch {
	case w.plain != nil:
		text, cs := w.plain.text()
		for _, l := range strings.Split(text, "\n") {
			body = append(body, layout.Line{Text: strings.TrimRight(l, " \t\r")})
		}
		doc.Facts = append(doc.Facts, "text/plain part"+charsetNote(cs))
	case w.html != nil:
		page, err := html.Read(w.html.data, html.Options{Email: true, Charset: w.html.charset})
		if err != nil {
			if strings.Contains(err.Error(), "no text") {
				return nil, noText(doc.Attachments)
			}
			return nil, err
		}
		body = page.Lines
		doc.Facts = append(doc.Facts, "text/html part (no text/plain part)"+charsetNote(w.html.charset))
		doc.SetAside = append(doc.SetAside, page.SetAside...)
	default:
		return nil, noText(doc.Attachments)
	}
	body, aside := setAside(body)
	doc.SetAside = append(doc.SetAside, aside...)
	empty := true
	for _, l := range body {
		if strings.TrimSpace(l.Text) != "" {
			empty = false
			break
		}
	}
	if empty {
		return nil, noText(doc.Attachments)
	}
	if len(doc.Lines) > 0 {
		doc.Lines = append(doc.Lines, layout.Line{})
	}
	doc.Lines = append(doc.Lines, body...)
	if n := len(doc.Attachments); n > 0 {
		doc.Facts = append(doc.Facts, plural(n, "attachment", "attachments"))
	}
	return doc, nil
}

func charsetNote(cs string) string {
	cs = strings.ToLower(cs)
	if cs == "" || cs == "utf-8" || cs == "us-ascii" {
		return ""
	}
	return ", character set " + cs
}

func noText(atts []layout.Attachment) error {
	if len(atts) == 0 {
		return errors.New("is an e-mail with no text part")
	}
	names := make([]string, len(atts))
	for i, a := range atts {
		names[i] = a.Name
	}
	return fmt.Errorf("is an e-mail with no text part, only attachments (%s); save the attachment that holds the letter and read that", strings.Join(names, ", "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// body is a decoded text part.
type body struct {
	data    []byte
	charset string
}

// text decodes a text part's character set to UTF-8.
func (b *body) text() (string, string) {
	cs := strings.ToLower(strings.TrimSpace(b.charset))
	if cs == "" || cs == "us-ascii" || cs == "utf-8" || cs == "utf8" {
		if utf8.Valid(b.data) {
			return string(b.data), cs
		}
		if cs == "utf-8" {
			return string(bytes.ToValidUTF8(b.data, []byte("\uFFFD"))), cs
		}
		cs = "windows-1252" // what an undeclared 8-bit message most often is
	}
	r, err := charset.NewReaderLabel(cs, bytes.NewReader(b.data))
	if err != nil {
		return string(bytes.ToValidUTF8(b.data, []byte("\uFFFD"))), cs
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return string(bytes.ToValidUTF8(b.data, []byte("\uFFFD"))), cs
	}
	return string(out), cs
}

// walker finds a message's text parts and attachments.
type walker struct {
	plain, html *body
	attachments []layout.Attachment
	parts       int
}

// part reads one MIME part.
func (w *walker) part(h textproto.MIMEHeader, r io.Reader, depth int) error {
	w.parts++
	if w.parts > maxParts || depth > maxDepth {
		return fmt.Errorf("is an e-mail of more than %d parts or %d levels of nesting, more than a letter has", maxParts, maxDepth)
	}
	ct := h.Get("Content-Type")
	media, params, err := mime.ParseMediaType(ct)
	if err != nil || ct == "" {
		media, params = "text/plain", map[string]string{"charset": "us-ascii"}
	}
	disp, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	if strings.HasPrefix(media, "multipart/") {
		boundary := params["boundary"]
		if boundary == "" {
			return errors.New("is an e-mail with a multipart part that has no boundary: it cannot be read")
		}
		mr := multipart.NewReader(r, boundary)
		for {
			p, err := mr.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				if w.plain != nil || w.html != nil {
					return nil // a damaged end after the text: keep what was read
				}
				return fmt.Errorf("is an e-mail whose parts cannot be read: %v", err)
			}
			if err := w.part(p.Header, p, depth+1); err != nil {
				return err
			}
		}
	}
	data, err := decodeBody(h.Get("Content-Transfer-Encoding"), r)
	if err != nil {
		return fmt.Errorf("is an e-mail whose %s part cannot be decoded: %v", media, err)
	}
	attached := disp == "attachment" || name != "" && disp != "inline"
	switch {
	case !attached && media == "text/plain" && w.plain == nil:
		w.plain = &body{data: data, charset: params["charset"]}
	case !attached && media == "text/html" && w.html == nil:
		w.html = &body{data: data, charset: params["charset"]}
	case !attached && (media == "text/plain" || media == "text/html"):
		// a second text part (another alternative, a signature): the first
		// is the message
	default:
		if name == "" {
			name = "unnamed " + media + " part"
			if media == "message/rfc822" {
				name = "forwarded message"
			}
		} else if d, err := (&mime.WordDecoder{CharsetReader: charset.NewReaderLabel}).DecodeHeader(name); err == nil {
			name = d
		}
		w.attachments = append(w.attachments, layout.Attachment{Name: name, Type: media, Size: len(data)})
	}
	return nil
}

// maxPartBytes bounds one decoded part; the whole message is at most the
// input cap, and base64 only shrinks.
const maxPartBytes = 64 << 20

func decodeBody(cte string, r io.Reader) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, &lenient{r: r})
	}
	data, err := io.ReadAll(io.LimitReader(r, maxPartBytes+1))
	if err != nil {
		return nil, err
	}
	return data, nil
}

// lenient passes base64 text on without the line ends and stray
// characters that mail programs leave in it.
type lenient struct{ r io.Reader }

func (l *lenient) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	k := 0
	for _, c := range p[:n] {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' {
			p[k] = c
			k++
		}
	}
	if k == 0 && n > 0 && err == nil {
		return l.Read(p)
	}
	return k, err
}

var (
	// attributionRe: the line a mail program writes above a quoted
	// reply, in a few languages.
	attributionRe = lazyre.New(`(?i)^(?:on\s.+\swrote|am\s.+\sschrieb\s.+|le\s.+\sa\sécrit|el\s.+\sescribió|il\s.+\sha\sscritto|op\s.+\sschreef\s.+)\s?:$`)
	// onStartRe, wroteEndRe: an attribution line wrapped in two
	attributionStartRe = lazyre.New(`(?i)^(?:on|am|le|el|il|op)\s.+`)
	attributionEndRe   = lazyre.New(`(?i)(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s?:$`)
	// forwardRe: the line above a forwarded message's header block.
	forwardRe = lazyre.New(`(?i)^(?:-+\s*(?:forwarded message|original message|weitergeleitete nachricht|message transféré|ursprüngliche nachricht|mensaje reenviado)\s*-+|begin forwarded message:)$`)
	// headerRe: a header line of a quoted or forwarded message.
	headerRe = lazyre.New(`(?i)^\*?(?:from|sent|date|to|cc|bcc|subject|reply-to|von|gesendet|an|betreff|datum|de|envoyé|à|objet|para|asunto|enviado)\*?\s*:\s*\S`)
)

// setAside takes quoted replies and forwarded header blocks out of a
// message's body lines and says what it took.
func setAside(lines []layout.Line) ([]layout.Line, []string) {
	var out []layout.Line
	quoted := 0
	var aside []string
	text := func(i int) string { return strings.TrimSpace(lines[i].Text) }
	for i := 0; i < len(lines); i++ {
		t := text(i)
		switch {
		case strings.HasPrefix(t, ">"):
			quoted++
			continue
		case attributionRe.MatchString(t) && quotedFollows(lines, i+1):
			aside = append(aside, "the attribution line of a quoted reply")
			continue
		case attributionStartRe.MatchString(t) && i+1 < len(lines) && attributionEndRe.MatchString(text(i+1)) && quotedFollows(lines, i+2):
			aside = append(aside, "the attribution line of a quoted reply")
			i++
			continue
		case forwardRe.MatchString(t) || headerBlock(lines, i) > 0:
			start := i
			if forwardRe.MatchString(t) {
				i++
				for i < len(lines) && text(i) == "" {
					i++
				}
			}
			n := headerBlock(lines, i)
			if n == 0 && !forwardRe.MatchString(text(start)) {
				break
			}
			if forwarded(lines, start, out) {
				aside = append(aside, "the header block of a forwarded message")
				i += n - 1
				continue
			}
			// a reply above an earlier message: the thread below is set
			// aside
			aside = append(aside, fmt.Sprintf("the earlier messages of the thread below the reply (%s)", plural(nonBlank(lines[start:]), "line", "lines")))
			return append(out, layout.Line{}), tidy(aside, quoted)
		}
		out = append(out, lines[i])
	}
	return out, tidy(aside, quoted)
}

func tidy(aside []string, quoted int) []string {
	if quoted > 0 {
		aside = append([]string{plural(quoted, "quoted line", "quoted lines") + " (\">\")"}, aside...)
	}
	var out []string
	seen := map[string]bool{}
	for _, a := range aside {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

// quotedFollows reports whether quoted lines (">") follow line i, after
// blank lines.
func quotedFollows(lines []layout.Line, i int) bool {
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i].Text)
		if t == "" {
			continue
		}
		return strings.HasPrefix(t, ">")
	}
	return true // an attribution at the very end quotes what was cut
}

// headerBlock returns the number of lines of the header block of a quoted
// or forwarded message that starts at line i (a From line, then within
// four lines two more of Sent, Date, To, Subject), or 0.
func headerBlock(lines []layout.Line, i int) int {
	if i >= len(lines) {
		return 0
	}
	t := strings.TrimSpace(lines[i].Text)
	if !headerRe.MatchString(t) || !strings.HasPrefix(strings.ToLower(strings.TrimLeft(t, "*")), "from") && !strings.HasPrefix(strings.ToLower(strings.TrimLeft(t, "*")), "von") && !strings.HasPrefix(strings.ToLower(strings.TrimLeft(t, "*")), "de") {
		return 0
	}
	n := 1
	for k := i + 1; k < len(lines) && k < i+8; k++ {
		if !headerRe.MatchString(strings.TrimSpace(lines[k].Text)) {
			break
		}
		n++
	}
	if n < 3 {
		return 0
	}
	return n
}

// forwarded reports whether the message below line start is forwarded
// rather than replied to: a forward marker says so, or the text above it
// (the new message) is a few words only.
func forwarded(lines []layout.Line, start int, above []layout.Line) bool {
	t := strings.ToLower(strings.TrimSpace(lines[start].Text))
	if strings.Contains(t, "forward") || strings.Contains(t, "weitergeleitet") || strings.Contains(t, "transféré") || strings.Contains(t, "reenviado") {
		return true
	}
	words := 0
	for _, l := range above {
		words += len(strings.Fields(l.Text))
	}
	return words < 25
}

func nonBlank(lines []layout.Line) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l.Text) != "" {
			n++
		}
	}
	return n
}
