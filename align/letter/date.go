package letter

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	weekdayRe = `(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?`
	// January 28, 2015 / Jan. 28th 2015
	mdyRe = regexp.MustCompile(`(?i)^` + weekdayRe + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	// 28 January 2015 / Wed 12 Aug 2015 / 28th of January, 2015
	dmyRe = regexp.MustCompile(`(?i)^` + weekdayRe + `(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})$`)
	// 2015-01-28
	isoRe = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	// January 2015
	myRe = regexp.MustCompile(`(?i)^` + monthRe + `,?\s+(\d{4})$`)
	// 02.11.2023, 2-11-2023 (day first), 11/02/2023 (month first, as in
	// the United States, unless the first number cannot be a month)
	numericRe = regexp.MustCompile(`^(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})$`)
	// the time and zone after a date in an e-mail header: "Tue, 14 Feb
	// 2023 09:12:44 +0100"
	timeSuffixRe = regexp.MustCompile(`\s+(?:(?i:at)\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+(?:[+-]\d{4}|[A-Z]{2,5}|\([A-Z]{2,5}\)))*$`)
	// a place before the date: "Washington, D.C., May 1, 2017"
	placePrefixRe = regexp.MustCompile(`^(?:Date:\s*|[\p{L} .'’-]{2,40},\s+(?:[\p{L}.]{2,6},\s+)?)`)
)

// maxDateLine is the longest line read as a date: a place, a weekday, a
// date and a time ("Washington, D.C., Wednesday, September 23, 2015 at
// 10:00 a.m. EDT") fit in it.
const maxDateLine = 90

// parseDate reads a whole line as a date and returns it in ISO 8601 form
// (2015-01-28, or 2015-01 when the day is not given).
func parseDate(s string) (string, bool) {
	if len(s) > maxDateLine || !strings.ContainsAny(s, "0123456789") {
		return "", false // a date has a year; a line of prose is long
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	s = timeSuffixRe.ReplaceAllString(s, "")
	if iso, ok := parseDateExact(s); ok {
		return iso, true
	}
	if loc := placePrefixRe.FindStringIndex(s); loc != nil {
		return parseDateExact(strings.TrimSpace(s[loc[1]:]))
	}
	return "", false
}

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
