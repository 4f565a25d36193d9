package render

// style applies ANSI terminal colours when enabled, and nothing otherwise.
type style struct{ on bool }

func newStyle(on bool) style { return style{on} }

func (s style) wrap(code, text string) string {
	if !s.on || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

func (s style) bold(t string) string    { return s.wrap("1", t) }
func (s style) heading(t string) string { return s.wrap("1;4", t) }
func (s style) dim(t string) string     { return s.wrap("2", t) }
func (s style) red(t string) string     { return s.wrap("31", t) }
func (s style) green(t string) string   { return s.wrap("32", t) }
func (s style) yellow(t string) string  { return s.wrap("33", t) }
func (s style) cyan(t string) string    { return s.wrap("36", t) }
func (s style) del(t string) string     { return s.wrap("9;31", t) }
func (s style) ins(t string) string     { return s.wrap("4;32", t) }
