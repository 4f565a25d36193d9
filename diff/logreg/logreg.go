// Package logreg is a multinomial logistic regression over named
// features: the probability of class c for an instance is proportional to
// exp(bias[c] + Σ weight[f][c]) over the instance's features f. It is
// trained by stochastic gradient with AdaGrad step sizes and an L2
// penalty, one instance at a time in a seeded order, so that the same
// examples give the same model byte for byte; a model is written as
// sorted text, so that a change of model shows in a diff.
//
// It knows nothing of what it classifies: package claims gives each
// clause of a letter its features and reads the classes as demand,
// grievance or neither.
package logreg

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/letterdiff/letterdiff/align/wtable"
)

// Example is one training instance.
type Example struct {
	Features []string
	Class    int
}

// Options tune training.
type Options struct {
	Epochs   int     // passes over the examples
	Rate     float64 // AdaGrad's step size
	L2       float64 // penalty on the squared weights, summed over the examples
	MinCount int     // features seen in fewer examples are left out
	Seed     uint64  // orders the examples in each epoch
	Prune    float64 // weights smaller than this are not written
	// Balance weighs each example by the inverse of its class's share of
	// the examples, raised to this power: 0 weighs all alike, 1 makes
	// each class count as much as the others. Rare classes (a demand
	// among many sentences of background) are otherwise under-predicted.
	Balance float64
}

// DefaultOptions are the options the committed clause model is trained
// with.
func DefaultOptions() Options {
	return Options{Epochs: 15, Rate: 0.1, L2: 1, MinCount: 2, Seed: 1, Prune: 0.005, Balance: 1.5}
}

// Model is a trained classifier: its weights in memory (index, names
// and w) when it was trained or read from text, or read in place from
// the binary form (view) when it is embedded.
type Model struct {
	classes []string
	index   map[string]int32
	names   []string
	w       []float32 // len(names) × len(classes)
	view    *wtable.View
	bias    []float32
}

// row returns a feature's row of weights, and whether the model has it.
func (m *Model) row(f string) (int, bool) {
	if m.view != nil {
		return m.view.Find(f)
	}
	r, ok := m.index[f]
	return int(r), ok
}

// weight returns a feature's weight (by its row) for a class.
func (m *Model) weight(row, c int) float32 {
	if m.view != nil {
		return m.view.Weight(row, c)
	}
	return m.w[row*len(m.classes)+c]
}

// inMemory returns the model with its weights in memory, copied out of
// the binary form when it was read in place.
func (m *Model) inMemory() *Model {
	if m.view == nil {
		return m
	}
	t := m.view.Table()
	return &Model{classes: m.classes, index: t.Index(), names: t.Names, w: t.W, bias: m.bias}
}

// Classes returns the names of the classes, in order.
func (m *Model) Classes() []string { return m.classes }

// Train fits a model with the given class names to the examples.
func Train(classes []string, examples []Example, opts Options) (*Model, error) {
	nc := len(classes)
	for i, ex := range examples {
		if ex.Class < 0 || ex.Class >= nc {
			return nil, fmt.Errorf("example %d: class %d of %d", i, ex.Class, nc)
		}
	}
	count := map[string]int{}
	for _, ex := range examples {
		for _, f := range dedupe(ex.Features) {
			count[f]++
		}
	}
	m := &Model{classes: classes, index: map[string]int32{}}
	for f, c := range count {
		if c >= opts.MinCount {
			m.names = append(m.names, f)
		}
	}
	sort.Strings(m.names)
	for i, f := range m.names {
		m.index[f] = int32(i)
	}
	rows := make([][]int32, len(examples))
	for i, ex := range examples {
		for _, f := range dedupe(ex.Features) {
			if r, ok := m.index[f]; ok {
				rows[i] = append(rows[i], r)
			}
		}
	}
	w := make([]float64, len(m.names)*nc)
	g2 := make([]float64, len(w))
	bias, bg2 := make([]float64, nc), make([]float64, nc)
	l2 := opts.L2 / float64(max(len(examples), 1))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed))
	p := make([]float64, nc)
	perClass := make([]int, nc)
	for _, ex := range examples {
		perClass[ex.Class]++
	}
	weight := make([]float64, nc)
	for c, n := range perClass {
		if n > 0 {
			weight[c] = math.Pow(float64(len(examples))/float64(nc*n), opts.Balance)
		}
	}
	for range opts.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			probs(p, rows[i], w, bias)
			for c := range nc {
				d := -p[c]
				if c == examples[i].Class {
					d++
				}
				d *= weight[examples[i].Class]
				for _, r := range rows[i] {
					k := int(r)*nc + c
					g := d - l2*w[k]
					g2[k] += g * g
					w[k] += opts.Rate * g / (math.Sqrt(g2[k]) + 1e-8)
				}
				bg2[c] += d * d
				bias[c] += opts.Rate * d / (math.Sqrt(bg2[c]) + 1e-8)
			}
		}
	}
	m.w = make([]float32, len(w))
	for k, v := range w {
		if math.Abs(v) >= opts.Prune {
			m.w[k] = float32(v)
		}
	}
	m.bias = make([]float32, nc)
	for c, v := range bias {
		m.bias[c] = float32(v)
	}
	return m.compact(), nil
}

func dedupe(fs []string) []string {
	if len(fs) <= smallDedupe {
		// a few features: a scan of those kept costs less than a map
		out := make([]string, 0, len(fs))
		for _, f := range fs {
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
		return out
	}
	seen := make(map[string]bool, len(fs))
	out := fs[:0:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// smallDedupe is the most features dedupe scans rather than hashes.
const smallDedupe = 48

// probs sets p to the class probabilities of an instance.
func probs(p []float64, rows []int32, w []float64, bias []float64) {
	nc := len(p)
	top := math.Inf(-1)
	for c := range nc {
		s := bias[c]
		for _, r := range rows {
			s += w[int(r)*nc+c]
		}
		p[c] = s
		top = max(top, s)
	}
	sum := 0.0
	for c := range nc {
		p[c] = math.Exp(p[c] - top)
		sum += p[c]
	}
	for c := range nc {
		p[c] /= sum
	}
}

// Predict returns the most probable class of an instance and each class's
// probability.
func (m *Model) Predict(features []string) (int, []float64) {
	nc := len(m.classes)
	s := make([]float64, nc)
	for c := range nc {
		s[c] = float64(m.bias[c])
	}
	for _, f := range dedupe(features) {
		if r, ok := m.row(f); ok {
			for c := range nc {
				s[c] += float64(m.weight(r, c))
			}
		}
	}
	top := math.Inf(-1)
	for _, v := range s {
		top = max(top, v)
	}
	sum := 0.0
	for c := range s {
		s[c] = math.Exp(s[c] - top)
		sum += s[c]
	}
	best := 0
	for c := range s {
		s[c] /= sum
		if s[c] > s[best] {
			best = c
		}
	}
	return best, s
}

// Evidence is a feature's weight for a class over another.
type Evidence struct {
	Feature string  `json:"feature"`
	Weight  float64 `json:"weight"`
}

// Explain returns the features of an instance that most favour class a
// over class b, strongest first.
func (m *Model) Explain(features []string, a, b, top int) []Evidence {
	var out []Evidence
	for _, f := range dedupe(features) {
		r, ok := m.row(f)
		if !ok {
			continue
		}
		if d := float64(m.weight(r, a) - m.weight(r, b)); d > 0 {
			out = append(out, Evidence{f, d})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Feature < out[j].Feature
	})
	return out[:min(top, len(out))]
}

func (m *Model) compact() *Model {
	m = m.inMemory()
	nc := len(m.classes)
	out := &Model{classes: m.classes, index: map[string]int32{}, bias: m.bias}
	for row, f := range m.names {
		ws := m.w[row*nc : row*nc+nc]
		zero := true
		for _, v := range ws {
			zero = zero && v == 0
		}
		if zero {
			continue
		}
		out.index[f] = int32(len(out.names))
		out.names = append(out.names, f)
		out.w = append(out.w, ws...)
	}
	return out
}

// The model file:
//
//	letterdiff logistic regression model v1
//	classes	none	demand	grievance
//	bias	-0.5	0.1	0.3
//	feat	NAME	demand:0.25	grievance:-1.5
const fileMagic = "letterdiff logistic regression model v1"

// WriteTo writes the model in its file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	m = m.inMemory()
	var b bytes.Buffer
	fmt.Fprintln(&b, fileMagic)
	fmt.Fprintln(&b, "classes\t"+strings.Join(m.classes, "\t"))
	b.WriteString("bias")
	for _, v := range m.bias {
		b.WriteString("\t" + formatWeight(v))
	}
	b.WriteByte('\n')
	nc := len(m.classes)
	for row, f := range m.names {
		b.WriteString("feat\t" + f)
		for c, v := range m.w[row*nc : row*nc+nc] {
			if v != 0 {
				b.WriteString("\t" + m.classes[c] + ":" + formatWeight(v))
			}
		}
		b.WriteByte('\n')
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

func formatWeight(v float32) string { return strconv.FormatFloat(float64(v), 'g', 4, 32) }

// Embedded returns a function that reads the model in data (a file
// embedded in a package, text or binary) the first time it is called and
// returns it then and after; nil when data holds no model (an untrained
// one), so that the caller falls back on rules.
func Embedded(data string) func() *Model {
	return sync.OnceValue(func() *Model {
		if strings.HasPrefix(data, binaryMagic+"\n") {
			m, err := ReadBinary(data)
			if err != nil {
				return nil
			}
			return m
		}
		m, err := Read(strings.NewReader(data))
		if err != nil {
			return nil
		}
		return m
	})
}

// binaryMagic opens the binary form of a model.
const binaryMagic = "letterdiff logistic regression model binary v2"

// MarshalBinary returns the model in the binary form of align/wtable,
// which a program embeds and reads in place. It holds the numbers of the
// model as read from its text file.
func (m *Model) MarshalBinary() ([]byte, error) {
	m = m.inMemory()
	return wtable.Table{Header: m.classes, Fixed: m.bias, Names: m.names, W: m.w}.Marshal(binaryMagic)
}

// ReadBinary reads a model written by MarshalBinary, in place: the model
// keeps data, which must not change (an embedded file's string never
// does).
func ReadBinary(data string) (*Model, error) {
	v, err := wtable.Open(data, binaryMagic)
	if err != nil {
		return nil, fmt.Errorf("logistic regression model: %w", err)
	}
	if len(v.Header) == 0 || len(v.Fixed) != len(v.Header) {
		return nil, fmt.Errorf("logistic regression model: %d classes and %d biases", len(v.Header), len(v.Fixed))
	}
	return &Model{classes: v.Header, bias: v.Fixed, view: v}, nil
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	if !sc.Scan() || sc.Text() != fileMagic {
		return nil, fmt.Errorf("not a clause model: want %q on the first line", fileMagic)
	}
	m := &Model{index: map[string]int32{}}
	class := map[string]int{}
	for no := 2; sc.Scan(); no++ {
		kind, rest, _ := strings.Cut(sc.Text(), "\t")
		fields := strings.Split(rest, "\t")
		switch kind {
		case "classes":
			m.classes = fields
			for i, c := range fields {
				class[c] = i
			}
		case "bias":
			if len(fields) != len(m.classes) {
				return nil, fmt.Errorf("clause model line %d: %d biases for %d classes", no, len(fields), len(m.classes))
			}
			for _, f := range fields {
				v, err := strconv.ParseFloat(f, 32)
				if err != nil {
					return nil, fmt.Errorf("clause model line %d: %w", no, err)
				}
				m.bias = append(m.bias, float32(v))
			}
		case "feat":
			if len(m.classes) == 0 {
				return nil, fmt.Errorf("clause model line %d: a feature before the classes", no)
			}
			if _, dup := m.index[fields[0]]; dup {
				return nil, fmt.Errorf("clause model line %d: feature %q twice", no, fields[0])
			}
			row := len(m.names)
			m.index[fields[0]] = int32(row)
			m.names = append(m.names, fields[0])
			m.w = append(m.w, make([]float32, len(m.classes))...)
			for _, f := range fields[1:] {
				name, val, ok := strings.Cut(f, ":")
				c, known := class[name]
				v, err := strconv.ParseFloat(val, 32)
				if !ok || !known || err != nil {
					return nil, fmt.Errorf("clause model line %d: bad weight %q", no, f)
				}
				m.w[row*len(m.classes)+c] = float32(v)
			}
		default:
			return nil, fmt.Errorf("clause model line %d: unknown record %q", no, kind)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clause model: %w", err)
	}
	if len(m.classes) == 0 || len(m.bias) != len(m.classes) {
		return nil, fmt.Errorf("clause model: no classes or biases")
	}
	return m, nil
}
