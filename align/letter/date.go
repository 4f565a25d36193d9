package letter

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/letterdiff/letterdiff/align/lazyre"
)

// months maps month names to numbers: English in full and abbreviated,
// and the full names of French, Spanish, Portuguese, Italian, German and
// Dutch, in which letters to European and Canadian governments are
// dated (bilingual letters give the date twice).
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "novembro": 11, "dezembro": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|` +
	`janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|` +
	`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|` +
	`janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|` +
	`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|` +
	`Januar|Februar|März|Juni|Juli|Oktober|Dezember|januari|februari|maart|mei|augustus)\.?`

var (
	weekdayRe = `(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?`
	// October 6, 2016 / Oct. 6th 2016
	mdyRe = lazyre.New(`(?i)^` + weekdayRe + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	// 6 October 2016 / Thu 6 Oct 2016 / 6th of October, 2016 / le 8
	// novembre 2023 / 3 de mayo de 2023 / 3. Mai 2023
	dmyRe = lazyre.New(`(?i)^(?:le\s+|el\s+)?` + weekdayRe + `(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?\s+(?:of\s+|de\s+)?` + monthRe + `,?\s+(?:de\s+)?(\d{4})$`)
	// 2016-10-06
	isoRe = lazyre.New(`^(\d{4})-(\d{2})-(\d{2})$`)
	// October 2016
	myRe = lazyre.New(`(?i)^` + monthRe + `,?\s+(\d{4})$`)
	// 04.10.2021, 4-10-2021 (day first), 10/04/2021 (month first, as in
	// the United States, unless the first number cannot be a month)
	numericRe = lazyre.New(`^(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})$`)
	// the time and zone after a date in an e-mail header: "Fri, 7 Oct
	// 2022 10:41:05 +0200"
	timeSuffixRe = lazyre.New(`\s+(?:(?i:at)\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+(?:[+-]\d{4}|[A-Z]{2,5}|\([A-Z]{2,5}\)))*$`)
	// a place before the date: "Washington, D.C., May 1, 2017"
	placePrefixRe = lazyre.New(`^(?:Date:\s*|[\p{L} .'’-]{2,40},\s+(?:[\p{L}.]{2,6},\s+)?)`)
)

// maxDateLine is the longest line read as a date: a place, a weekday, a
// date and a time ("Washington, D.C., Wednesday, September 23, 2015 at
// 10:00 a.m. EDT") fit in it.
const maxDateLine = 90

// parseDate reads a whole line as a date and returns it in ISO 8601 form
// (2015-01-28, or 2015-01 when the day is not given).
func parseDate(s string) (string, bool) { return readDate(s, true) }

// readDate is parseDate; guarded puts before its patterns the literal
// tests they cannot match without (four digits in a row, a colon before
// the time, a final digit), which TestGuards checks change nothing.
func readDate(s string, guarded bool) (string, bool) {
	if len(s) > maxDateLine || guarded && !hasYear(s) {
		return "", false // a date has a year; a line of prose is long
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if !guarded || strings.Contains(s, ":") {
		s = timeSuffixRe.ReplaceAllString(s, "")
	}
	// every form parseDateExact reads ends in its day or its year
	if !guarded || s != "" && isDigit(s[len(s)-1]) {
		if iso, ok := parseDateExact(s); ok {
			return iso, true
		}
		if loc := placePrefixRe.FindStringIndex(s); loc != nil {
			if iso, ok := parseDateExact(strings.TrimSpace(s[loc[1]:])); ok {
				return iso, true
			}
		}
	}
	// the same date in two languages: "November 8, 2023 / Le 8 novembre
	// 2023"
	if a, b, ok := strings.Cut(s, " / "); ok {
		ia, oka := readDate(a, guarded)
		ib, okb := readDate(b, guarded)
		if oka && (!okb || ia == ib) {
			return ia, true
		}
	}
	return "", false
}

// hasYear reports whether s holds four digits in a row, as every date
// parseDate reads does.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			run = 0
			continue
		}
		if run++; run == 4 {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func parseDateExact(s string) (string, bool) {
	if m := mdyRe.FindStringSubmatch(s); m != nil {
		return ymd(m[3], months[strings.ToLower(m[1])], m[2])
	}
	if m := dmyRe.FindStringSubmatch(s); m != nil {
		return ymd(m[3], months[strings.ToLower(m[2])], m[1])
	}
	if m := isoRe.FindStringSubmatch(s); m != nil {
		mo, _ := strconv.Atoi(m[2])
		return ymd(m[1], mo, m[3])
	}
	if m := numericRe.FindStringSubmatch(s); m != nil && m[2] == m[4] {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		if m[2] == "/" && a <= 12 || b > 12 {
			a, b = b, a // month first
		}
		return ymd(m[5], b, strconv.Itoa(a))
	}
	if m := myRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[2])
		return fmt.Sprintf("%04d-%02d", y, months[strings.ToLower(m[1])]), true
	}
	return "", false
}

func ymd(year string, month int, day string) (string, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || d < 1 || d > 31 || y < 1000 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, month, d), true
}
