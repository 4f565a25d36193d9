package letter

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// zoneLine is one line (or the part of a line after its label) of a
// recipient or signatory zone.
type zoneLine struct {
	span  Span
	text  string
	line  int
	group int // blank lines and labels start new groups
}

// zone is a run of lines of one party kind.
type zone struct {
	kind  Kind
	lines []zoneLine
}

func (p *parser) zones() []zone {
	var out []zone
	group := 0
	var cur *zone
	for i, l := range p.lines {
		k := p.kinds[i]
		if l.blank || k == KindArtifact {
			group++
			continue
		}
		if k != KindTo && k != KindCC && k != KindSignatories {
			cur = nil
			group++
			continue
		}
		if cur == nil || cur.kind != k || p.label[i] != "" {
			out = append(out, zone{kind: k})
			cur = &out[len(out)-1]
			group++
		}
		sp := p.cont[i]
		t := p.text[sp.Start:sp.End]
		trimmed := strings.TrimFunc(t, isBlankRune)
		if trimmed == "" {
			continue
		}
		off := strings.Index(t, trimmed)
		sp = Span{sp.Start + off, sp.Start + off + len(trimmed)}
		cur.lines = append(cur.lines, zoneLine{span: sp, text: trimmed, line: l.no, group: group})
	}
	return out
}

// buildParties reads the recipients and signatories from their zones.
func (p *parser) buildParties() {
	for _, z := range p.zones() {
		switch z.kind {
		case KindTo:
			p.doc.Recipients = append(p.doc.Recipients, p.recipients(z, RoleTo)...)
		case KindCC:
			p.doc.Recipients = append(p.doc.Recipients, p.recipients(z, RoleCC)...)
		case KindSignatories:
			p.doc.Signatories = append(p.doc.Signatories, p.signatories(z)...)
		}
	}
}

// piece is a part of a zone line that holds one name, title or address.
type piece struct {
	span  Span
	text  string
	line  int
	group int
	split bool // cut from a longer line (a column, or a run-together list)
	runOn bool // cut from a run-together list: not a whole cell of its own
}

// expand cuts a zone line into pieces: columns, people on a run of
// honorifics, a street address after a name, and run-together names.
func (p *parser) expand(zl zoneLine, names bool) []piece {
	var out []piece
	for _, col := range columns(zl) {
		parts := []piece{col}
		// one piece per honorific: "The Honorable A, Title The Honorable B"
		if locs := strongHonorificRe.FindAllStringIndex(col.text, -1); len(locs) > 1 || len(locs) == 1 && locs[0][0] > 0 {
			parts = cutAt(col, locs)
			p.doc.Repairs = append(p.doc.Repairs, Repair{Kind: RepairListSplit, Span: col.span, Line: col.line,
				Detail: fmt.Sprintf("split line %d into %d people at their honorifics", col.line, len(parts))})
		}
		for _, pc := range parts {
			if i := addressTail(pc.text); i > 0 {
				name := sub(pc, 0, i)
				addr := sub(pc, i, len(pc.text))
				p.doc.Repairs = append(p.doc.Repairs, Repair{Kind: RepairNameAddress, Span: pc.span, Line: pc.line,
					Detail: fmt.Sprintf("separated the name %q from the address %q", name.text, addr.text)})
				out = append(out, name, addr)
				continue
			}
			if names && !honorificRe.MatchString(pc.text) && !isTitleLine(pc.text) && isRunOn(pc.text, p.opts.KnownNames) {
				spans := splitNames(pc.text, p.opts.KnownNames)
				if len(spans) > 1 {
					p.doc.Repairs = append(p.doc.Repairs, Repair{Kind: RepairListSplit, Span: pc.span, Line: pc.line,
						Detail: fmt.Sprintf("split line %d into %d names", pc.line, len(spans))})
					for _, s := range spans {
						q := sub(pc, s.Start, s.End)
						q.split, q.runOn = true, true
						out = append(out, q)
					}
					continue
				}
			}
			out = append(out, pc)
		}
	}
	return out
}

// columnGapRe separates columns of names: a tab or two spaces and more
// (names do not hold double spaces; running text does not reach a zone).
var columnGapRe = regexp.MustCompile(`\t+| {2,}`)

// zonePieces expands the lines of a zone into pieces. A group of lines
// that all split into the same number of columns (names printed side by
// side, each with its title and organisation below it) is read column by
// column, each column a group of its own, so that "Anna Berg / Director
// General / Federation …" stays together.
func (p *parser) zonePieces(z zone, names bool) []piece {
	var out []piece
	for i := 0; i < len(z.lines); {
		j := i
		for j < len(z.lines) && z.lines[j].group == z.lines[i].group {
			j++
		}
		group := z.lines[i:j]
		i = j
		if cols := sameColumns(group); cols > 1 {
			table := make([][]piece, len(group))
			for r, zl := range group {
				table[r] = columns(zl)
			}
			for c := 0; c < cols; c++ {
				for r := range table {
					pc := table[r][c]
					pc.group = pc.group*64 + c + 1
					if pc.text != "" {
						out = append(out, pc)
					}
				}
			}
			p.doc.Repairs = append(p.doc.Repairs, Repair{Kind: RepairColumns, Span: Span{group[0].span.Start, group[len(group)-1].span.End}, Line: group[0].line,
				Detail: fmt.Sprintf("read lines %d-%d as %d columns, column by column", group[0].line, group[len(group)-1].line, cols)})
			continue
		}
		for _, zl := range group {
			out = append(out, p.expand(zl, names)...)
		}
	}
	return joinWrapped(out)
}

// joinWrapped joins a name that wraps onto the next line of its group: a
// line that ends with a connector ("Fédération Française des", "Council
// for") or is followed by one that starts in lower case or with a
// parenthesis ("und Folien e.V. (BKF)").
func joinWrapped(pieces []piece) []piece {
	var out []piece
	for _, pc := range pieces {
		if n := len(out); n > 0 && out[n-1].group == pc.group && wraps(out[n-1].text, pc.text) {
			prev := &out[n-1]
			prev.text += " " + pc.text
			prev.span.End = pc.span.End
			continue
		}
		out = append(out, pc)
	}
	return out
}

func wraps(prev, next string) bool {
	f := strings.Fields(prev)
	if len(f) == 0 || next == "" {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if connectors[last] && last != "|" && last != "/" || last == "&" {
		return true
	}
	r := firstRune(next)
	return unicode.IsLower(r) && !strings.HasPrefix(next, "c/o") || r == '('
}

// sameColumns returns the number of columns when every line of a group of
// two or more lines splits into that many (two or more), else 0.
func sameColumns(group []zoneLine) int {
	if len(group) < 2 {
		return 0
	}
	n := len(columnGapRe.FindAllStringIndex(group[0].text, -1)) + 1
	if n < 2 {
		return 0
	}
	for _, zl := range group[1:] {
		if len(columnGapRe.FindAllStringIndex(zl.text, -1))+1 != n {
			return 0
		}
	}
	return n
}

// columns splits a line printed in two or more columns.
func columns(zl zoneLine) []piece {
	whole := piece{span: zl.span, text: zl.text, line: zl.line, group: zl.group}
	locs := columnGapRe.FindAllStringIndex(zl.text, -1)
	if len(locs) == 0 {
		return []piece{whole}
	}
	var out []piece
	start := 0
	for _, loc := range locs {
		out = append(out, sub(whole, start, loc[0]))
		start = loc[1]
	}
	out = append(out, sub(whole, start, len(zl.text)))
	for i := range out {
		out[i].split = true
	}
	return out
}

func cutAt(pc piece, locs [][]int) []piece {
	var out []piece
	start := 0
	for _, loc := range locs {
		if loc[0] > start {
			if q := sub(pc, start, loc[0]); q.text != "" {
				out = append(out, q)
			}
		}
		start = loc[0]
	}
	if q := sub(pc, start, len(pc.text)); q.text != "" {
		out = append(out, q)
	}
	for i := range out {
		out[i].split = len(out) > 1
		out[i].runOn = len(out) > 1
	}
	return out
}

// sub returns the trimmed piece [i, j) of pc.
func sub(pc piece, i, j int) piece {
	t := pc.text[i:j]
	lead := len(t) - len(strings.TrimLeftFunc(t, isBlankRune))
	t = strings.TrimFunc(t, isBlankRune)
	t = strings.TrimRight(t, ",;")
	return piece{span: Span{pc.span.Start + i + lead, pc.span.Start + i + lead + len(t)}, text: t, line: pc.line, group: pc.group, split: pc.split}
}

// recipients reads the addressees or copied parties of a zone. Within a
// group of lines (between blank lines): a person opens a party and the
// title lines that follow belong to them; each line naming a body is a
// party; address lines belong to the parties of their group.
func (p *parser) recipients(z zone, role Role) []Party {
	var out []Party
	pieces := p.zonePieces(z, true)
	groupStart := 0 // index in out of the first party of the current group
	var cur *Party  // the party that title lines attach to
	addrSeen := false
	lastGroup := -1
	for k, pc := range pieces {
		if pc.group != lastGroup {
			groupStart, cur, addrSeen, lastGroup = len(out), nil, false, pc.group
		}
		t := pc.text
		building := buildingRe.MatchString(t) && k+1 < len(pieces) && pieces[k+1].group == pc.group && isAddress(pieces[k+1].text)
		switch {
		case isAddress(t) || building || addrSeen && !hasOrgHead(t) && !honorificRe.MatchString(t) && !isTitleLine(t):
			addrSeen = true
			for i := groupStart; i < len(out); i++ {
				if out[i].Address == "" || i == len(out)-1 && addrSeen {
					out[i].Address = joinNonEmpty(out[i].Address, t, ", ")
				}
			}
			if groupStart == len(out) {
				// an address with no name before it: keep it as a note
				p.doc.Notes = append(p.doc.Notes, fmt.Sprintf("line %d: address with no addressee: %q", pc.line, t))
			}
		case cur != nil && cur.Person && isTitleLine(t):
			cur.Title = joinNonEmpty(cur.Title, t, "; ")
		case cur != nil && cur.Person && cur.Title != "" && !addrSeen && !honorificRe.MatchString(t) && !isPersonName(t):
			// the body a titled person belongs to: "Secretary" then
			// "Department of Commerce"
			cur.Title = joinNonEmpty(cur.Title, t, ", ")
		case cur != nil && !cur.Person && !addrSeen && isSubUnit(cur.Name) && hasOrgHead(t) && !isTitleLine(t):
			// a unit, then the body it belongs to: the body is the
			// addressee, reached through its unit
			unit := cur.Name
			party := newParty(pc, role)
			party.Title = joinNonEmpty(joinNonEmpty(cur.Title, unit, ", "), party.Title, ", ")
			*cur = party
		default:
			party := newParty(pc, role)
			if party.Name == "" || !hasLetterOrDigit(party.Name) {
				continue
			}
			out = append(out, party)
			cur = &out[len(out)-1]
			addrSeen = false
		}
	}
	return out
}

// signatories reads the signatory list. Each line names one signatory,
// except that a person followed by title lines (and the body they sign
// for) is one signatory.
func (p *parser) signatories(z zone) []Party {
	var out []Party
	pieces := p.zonePieces(z, true)
	groupSize := map[int]int{}
	for _, pc := range pieces {
		groupSize[pc.group]++
	}
	var cur *Party
	lastGroup := -1
	for k, pc := range pieces {
		if pc.group != lastGroup {
			cur, lastGroup = nil, pc.group
		}
		t := cleanSignatureLine(pc.text)
		if t == "" || isClosing(t) || signatureRuleRe.MatchString(t) || !hasLetterOrDigit(t) || boilerplateRe.MatchString(t) {
			continue
		}
		switch {
		case cur != nil && isAddress(t):
			cur.Address = joinNonEmpty(cur.Address, t, ", ")
		case cur != nil && cur.Person && isTitleLine(t):
			cur.Title = joinNonEmpty(cur.Title, t, ", ")
		case cur != nil && cur.Person && !pc.runOn && (cur.Title != "" || groupSize[pc.group] <= 3) && !isPersonName(t):
			cur.Title = joinNonEmpty(cur.Title, t, ", ")
		case cur != nil && cur.Person && cur.Title != "" && !pc.runOn && !honorificRe.MatchString(t) && !nextIsTitle(pieces, k):
			// after a person and a title, the next line is the body they
			// sign for, even when its name reads like a person's
			// ("Polska Izba Energii"); unless a title follows it, which
			// makes it the next person
			cur.Title = joinNonEmpty(cur.Title, t, ", ")
		default:
			off := strings.Index(pc.text, t)
			pc.span.Start += off
			pc.span.End = pc.span.Start + len(t)
			pc.text = t
			party := newParty(pc, RoleSignatory)
			if party.Name == "" {
				continue
			}
			// a name alone on its line, with a title on the next, is a
			// person: "Jane Q. Doe" then "President"
			if !party.Person && isPersonName(party.Name) && k+1 < len(pieces) && pieces[k+1].group == pc.group && isTitleLine(cleanSignatureLine(pieces[k+1].text)) {
				party.Person = true
			}
			out = append(out, party)
			cur = &out[len(out)-1]
		}
	}
	return out
}

// nextIsTitle reports whether the piece after k, in the same group, is a
// title line.
func nextIsTitle(pieces []piece, k int) bool {
	return k+1 < len(pieces) && pieces[k+1].group == pieces[k].group && isTitleLine(cleanSignatureLine(pieces[k+1].text))
}

// isBlankRune reports whether r is white space or an invisible format
// character (a bidi mark, a zero-width space).
func isBlankRune(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// boilerplateRe matches a line that is not a name: a phrase of running
// words before a colon ("Share this page: …", "Printed on: …").
var boilerplateRe = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)+:\s`)

var signatureRuleRe = regexp.MustCompile(`^[_\-–—=.*\s]+$`)

// cleanSignatureLine drops the marks of an electronic signature: "/s/".
func cleanSignatureLine(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimPrefix(s, "/s/"))
	if strings.EqualFold(s, "and") {
		return ""
	}
	return s
}

var trailingAcronymRe = regexp.MustCompile(`\s*\(([^()]{2,20})\)$`)

// postNominalRe matches post-nominal letters after a person's name: member
// of a parliament, counsel, honours, degrees.
var postNominalRe = regexp.MustCompile(`,?\s+((?:MP|MEP|MLA|MSP|MS|TD|AM|QC|KC|SC|OBE|CBE|MBE|KBE|DBE|PhD|Ph\.D\.|Esq\.?|MD|JD)(?:,?\s+(?:MP|MEP|MLA|MSP|MS|TD|AM|QC|KC|SC|OBE|CBE|MBE|KBE|DBE|PhD|Ph\.D\.|Esq\.?|MD|JD))*)$`)

// newParty makes a party from a piece: a person when an honorific opens it
// or when it reads "Name, Title"; otherwise a body.
func newParty(pc piece, role Role) Party {
	t := strings.TrimSpace(pc.text)
	start := pc.span.Start + strings.Index(pc.text, t)
	party := Party{Role: role, Line: pc.line, Split: pc.split}
	// honorifics may come in a chain: "H.E. Mr", "Senator the Hon."
	for {
		loc := honorificRe.FindStringIndex(t)
		if loc == nil || loc[1] >= len(t) {
			break
		}
		party.Person = true
		start += loc[1]
		t = t[loc[1]:]
	}
	name, title := t, ""
	if i := strings.Index(t, ","); i > 0 {
		before, after := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
		if party.Person || (isPersonName(before) && isTitleLine(after)) {
			party.Person = true
			name, title = before, after
		}
	}
	name = strings.TrimRight(strings.TrimSpace(name), ",;:")
	// post-nominal letters belong to the title, not the name: "Jane Doe MP"
	if m := postNominalRe.FindStringSubmatchIndex(name); m != nil && party.Person || m != nil && isPersonName(name[:m[0]]) {
		party.Person = true
		title = joinNonEmpty(strings.TrimSpace(name[m[2]:m[3]]), title, ", ")
		name = strings.TrimSpace(name[:m[0]])
	}
	party.Name = name
	party.Title = title
	off := strings.Index(t, name)
	party.Span = Span{start + off, start + off + len(name)}
	if !party.Person {
		if m := trailingAcronymRe.FindStringSubmatch(name); m != nil && IsAcronym(m[1]) {
			party.Acronym = m[1]
		}
	}
	return party
}

// IsAcronym reports whether s is an acronym-like short form: one or two
// words ("ITI", "Ai Group"), at least two capitals.
func IsAcronym(s string) bool {
	if len(strings.Fields(s)) > 2 {
		return false
	}
	caps := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps >= 2
}

func joinNonEmpty(a, b, sep string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + sep + b
}
