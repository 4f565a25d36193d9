package source

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "in.txt: is empty"},
		{"blank", []byte(" \n\t\r\n"), "in.txt: contains no text (only white space)"},
		{"nul", []byte("Dear Sir,\x00\x01"), "in.txt: is binary, not text: NUL byte at offset 9"},
		{"invalid utf8", []byte("Dear Sir,\nwe ask\xff that"), "in.txt: invalid UTF-8 at line 2, column 7 (byte offset 16)"},
		{"invalid utf8 after bom", []byte("\xEF\xBB\xBFab\xc3"), "in.txt: invalid UTF-8 at line 1, column 3 (byte offset 5)"},
		{"utf16 without bom", utf16LE("Dear Sir, we write to ask for a delay.", false), "in.txt: looks like UTF-16 text without a byte-order mark, which cannot be read reliably; convert it to UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)"},
		{"utf16 odd length", append(utf16LE("Dear Sir", true), 'x'), "in.txt: is UTF-16 with an odd number of bytes (19): the file is truncated or not UTF-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("in.txt", tt.in)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Decode error = %v, want *Error", err)
			}
			if err.Error() != tt.want {
				t.Errorf("Decode error\n got %q\nwant %q", err, tt.want)
			}
		})
	}
}

func TestDecodeNormalises(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		text     string
		encoding string
	}{
		{"plain", []byte("Dear Sir,\nThanks.\n"), "Dear Sir,\nThanks.\n", "UTF-8"},
		{"bom", []byte("\xEF\xBB\xBFDear Sir,"), "Dear Sir,", "UTF-8 (BOM)"},
		{"crlf", []byte("a\r\nb\r\n"), "a\nb\n", "UTF-8"},
		{"cr", []byte("a\rb\r"), "a\nb\n", "UTF-8"},
		{"mixed", []byte("a\r\nb\rc\n"), "a\nb\nc\n", "UTF-8"},
		{"nfc", []byte("Cafe\u0301 au lait"), "Caf\u00e9 au lait", "UTF-8"},
		{"utf16le", utf16LE("Dear Sir,\r\nthanks", true), "Dear Sir,\nthanks", "UTF-16LE (BOM)"},
		{"utf16be", utf16BE("Ok \u00e9t\u00e9"), "Ok \u00e9t\u00e9", "UTF-16BE (BOM)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode("x", tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if s.Text != tt.text {
				t.Errorf("Text = %q, want %q", s.Text, tt.text)
			}
			if s.Encoding != tt.encoding {
				t.Errorf("Encoding = %q, want %q", s.Encoding, tt.encoding)
			}
		})
	}
}

// TestOffsetRoundTrip checks that each character of the normalised text maps
// back to the place in the original bytes where that character (or the
// sequence it was normalised from) stands.
func TestOffsetRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   string
		// pairs of (normalised offset, original offset)
		want [][2]int
	}{
		{"identity", "abc", [][2]int{{0, 0}, {2, 2}, {3, 3}}},
		{"bom", "\xEF\xBB\xBFabc", [][2]int{{0, 3}, {2, 5}, {3, 6}}},
		{"crlf", "a\r\nb\r\nc", [][2]int{{0, 0}, {1, 1}, {2, 3}, {4, 6}, {5, 7}}},
		{"bom crlf", "\xEF\xBB\xBFa\r\nb", [][2]int{{0, 3}, {1, 4}, {2, 6}}},
		{"nfc", "e\u0301x", [][2]int{{0, 0}, {2, 3}}},
		{"crlf nfc", "a\r\ne\u0301x", [][2]int{{2, 3}, {4, 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode("x", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tt.want {
				if got := s.Offset(p[0]); got != p[1] {
					t.Errorf("Offset(%d) = %d, want %d (text %q)", p[0], got, p[1], s.Text)
				}
			}
		})
	}
}

func TestOffsetUTF16(t *testing.T) {
	in := utf16LE("ab\r\nc\U0001F600d", true)
	s, err := Decode("x", in)
	if err != nil {
		t.Fatal(err)
	}
	// text: a b \n c 😀(4 bytes) d ; original: BOM(2) a(2) b(2) CR(2) LF(2) c(2) 😀(4) d(2)
	want := map[int]int{0: 2, 1: 4, 2: 6, 3: 10, 4: 12, 8: 16}
	for n, o := range want {
		if got := s.Offset(n); got != o {
			t.Errorf("Offset(%d) = %d, want %d", n, got, o)
		}
	}
}

func TestLine(t *testing.T) {
	s, err := Decode("x", []byte("one\ntwo\n\nfour"))
	if err != nil {
		t.Fatal(err)
	}
	for off, line := range map[int]int{0: 1, 3: 1, 4: 2, 8: 3, 9: 4, 12: 4} {
		if got := s.Line(off); got != line {
			t.Errorf("Line(%d) = %d, want %d", off, got, line)
		}
	}
	if s.Lines() != 4 {
		t.Errorf("Lines() = %d, want 4", s.Lines())
	}
}

func utf16LE(s string, bom bool) []byte {
	var out []byte
	if bom {
		out = append(out, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func utf16BE(s string) []byte {
	out := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u>>8), byte(u))
	}
	return out
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"Dear Sir,\r\nThanks.", "\xEF\xBB\xBFa", "e\u0301", "\xff\xfea\x00", "a\rb"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode("fuzz", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		prev := -1
		for i := 0; i <= len(s.Text); i++ {
			o := s.Offset(i)
			if o < 0 || o > len(data) {
				t.Fatalf("Offset(%d) = %d outside input of %d bytes", i, o, len(data))
			}
			if o < prev {
				t.Fatalf("Offset not monotonic at %d: %d < %d", i, o, prev)
			}
			prev = o
		}
	})
}
