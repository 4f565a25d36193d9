package logreg

import (
	"bytes"
	"reflect"
	"testing"
)

// toy returns instances whose class one word tells.
func toy() []Example {
	var out []Example
	for i := range 30 {
		out = append(out,
			Example{Features: []string{"w=urge", "bias"}, Class: 1},
			Example{Features: []string{"w=harm", "bias"}, Class: 2},
			Example{Features: []string{"w=the", "bias"}, Class: 0})
		if i%3 == 0 {
			out = append(out, Example{Features: []string{"w=the", "w=urge", "bias"}, Class: 1})
		}
	}
	return out
}

var classes = []string{"none", "demand", "grievance"}

func TestTrainPredict(t *testing.T) {
	m, err := Train(classes, toy(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		fs   []string
		want int
	}{{[]string{"w=urge"}, 1}, {[]string{"w=harm"}, 2}, {[]string{"w=the"}, 0}, {[]string{"w=the", "w=urge"}, 1}} {
		if got, p := m.Predict(tc.fs); got != tc.want {
			t.Errorf("Predict(%v) = %d (%v), want %d", tc.fs, got, p, tc.want)
		}
	}
	if ev := m.Explain([]string{"w=urge", "w=the"}, 1, 0, 5); len(ev) == 0 || ev[0].Feature != "w=urge" {
		t.Errorf("Explain = %v, want w=urge first", ev)
	}
}

func TestTrainDeterministicAndRoundTrip(t *testing.T) {
	var a, b, c bytes.Buffer
	m1, _ := Train(classes, toy(), DefaultOptions())
	m2, _ := Train(classes, toy(), DefaultOptions())
	m1.WriteTo(&a)
	m2.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings differ")
	}
	m3, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	m3.WriteTo(&c)
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("a model read back writes other bytes")
	}
}

func TestRejects(t *testing.T) {
	if _, err := Train(classes, []Example{{Class: 3}}, DefaultOptions()); err == nil {
		t.Error("Train accepted a class out of range")
	}
	for _, in := range []string{"", "x\n", fileMagic + "\nfeat\tx\tnone:1\n", fileMagic + "\nclasses\ta\tb\nbias\t1\n"} {
		if _, err := Read(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Read(%q) accepted", in)
		}
	}
}

// TestBinaryForm checks that the binary form holds the model read from
// its text, and that Embedded reads either form.
func TestBinaryForm(t *testing.T) {
	m1, _ := Train(classes, toy(), DefaultOptions())
	var text bytes.Buffer
	m1.WriteTo(&text)
	fromText, err := Read(bytes.NewReader(text.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	bin, err := fromText.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fromBin, err := ReadBinary(string(bin))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromBin.inMemory(), fromText) {
		t.Error("the binary form reads as another model")
	}
	if !reflect.DeepEqual(Embedded(string(bin))().inMemory(), fromText) || !reflect.DeepEqual(Embedded(text.String())(), fromText) {
		t.Error("Embedded reads the two forms differently")
	}
	for _, f := range fromText.names {
		_, a := fromBin.Predict([]string{f})
		_, b := fromText.Predict([]string{f})
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: %v read in place, %v from text", f, a, b)
		}
	}
	if _, err := ReadBinary(string(bin[:len(bin)-2])); err == nil {
		t.Error("a cut binary form read")
	}
}
