// Package ids keeps the anchors of a call stable when its transcript is
// corrected, and says which pages moved.
//
// The transcript package gives every turn and paragraph an id from the
// structure of the call (pr2, q3-2, q3-2p1; see its package comment), so
// inserting a turn renumbers the turns after it and deleting a Q&A exchange
// renumbers the exchanges after it. An id map pins the ids a call was
// published with. It is a small text file next to the transcript, named
// after it with ".ids" added (content/acme-2024-q3.txt.ids), that users
// commit with their content:
//
//	callsite ids v1	/c/acme/2024-q3/
//	# comment lines start with "#"; blank lines are ignored
//	pr1	jane-doe
//	pr1p1	jane-doe	Good morning and welcome to Acme's Second Quarter 2024 Earnings Call. ...
//	pr1p2	jane-doe	Some of our comments today are forward-looking statements. ...
//	q3-2	sam-poe
//	q3-2p1	sam-poe	Thanks. Can you talk about margins?
//	moved	/c/acme/2023-q3/
//	gone	q5	q4
//
// Fields are separated by one tab. The header holds the format version and
// the call's page when the file was written. Then comes one line per turn
// and per paragraph, in transcript order. A turn line holds the turn's id
// and its speaker's id. Its paragraph lines follow it, each with the
// paragraph's id (the turn's id, "p" and a number), the speaker's id again
// and a fingerprint: the first 120 characters of the text with white space
// collapsed, so that a person can read the file and review its diffs.
// Exchanges have no lines of their own: the exchange of turn q3-2 is q3.
//
// "moved" lines list earlier pages of the call (its company or period was
// corrected); "gone" lines list exchanges no longer on the call and the
// exchange their page now leads to ("-" for the call page). Both are kept
// so that the redirect pages of old links are written by every build.
//
// Apply aligns a freshly parsed transcript with its pinned map and gives
// every turn, paragraph and exchange its pinned id where it still exists,
// fresh ids elsewhere; FromTranscript makes the map to pin; Redirects lists
// the pages that moved.
package ids

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"callsite/internal/transcript"
)

// Version is the format version written in the header.
const Version = "v1"

// header starts every ids file.
const header = "callsite ids " + Version

// FingerprintLen is the length, in characters, of a fingerprint.
const FingerprintLen = 120

// Map is the ids of one call's turns and paragraphs, with its earlier
// pages.
type Map struct {
	URL   string   // the call's page when the map was made: "/c/acme/2024-q3/"
	Turns []Turn   // in transcript order
	Moved []string // earlier pages of the call, oldest first
	Gone  []Gone   // exchanges no longer on the call, by number
}

// Turn is one turn of a Map.
type Turn struct {
	ID         string // pr2, qa1, cl1, q3-2
	Speaker    string // speaker id: jane-doe
	Paragraphs []Paragraph
	Line       int // in the ids file; 0 when not parsed
}

// Paragraph is one paragraph of a Turn.
type Paragraph struct {
	ID   string // the turn's id, "p" and a number: q3-2p1
	Text string // fingerprint
	Line int
}

// Gone is an exchange that is no longer on the call.
type Gone struct {
	ID   string // q5
	To   string // the exchange its page leads to now; "" for the call page
	Line int
}

// Exchanges lists the exchange ids of the map's turns, in order of first
// appearance.
func (m *Map) Exchanges() []string {
	var out []string
	seen := map[string]bool{}
	for _, tu := range m.Turns {
		if ex := exchangeOf(tu.ID); ex != "" && !seen[ex] {
			seen[ex] = true
			out = append(out, ex)
		}
	}
	return out
}

// FromTranscript makes the map of a transcript's current ids; callURL is
// the call's page. Its Moved and Gone are empty: Inherit fills them in.
func FromTranscript(t *transcript.Transcript, callURL string) *Map {
	m := &Map{URL: callURL}
	for _, tu := range t.Turns() {
		mt := Turn{ID: tu.ID, Speaker: tu.Speaker.ID}
		for _, p := range tu.Paragraphs {
			mt.Paragraphs = append(mt.Paragraphs, Paragraph{ID: p.ID, Text: Fingerprint(p.Text)})
		}
		m.Turns = append(m.Turns, mt)
	}
	return m
}

// Inherit carries the earlier pages and the gone exchanges that Apply
// found into m, a map made by FromTranscript after the call got its URL.
func (m *Map) Inherit(ch *Changes) {
	if ch == nil {
		return
	}
	m.Moved = nil
	seen := map[string]bool{m.URL: true}
	for _, u := range ch.Moved {
		if !seen[u] {
			seen[u] = true
			m.Moved = append(m.Moved, u)
		}
	}
	m.Gone = append([]Gone(nil), ch.Gone...)
}

// Fingerprint is the start of a text as an ids file shows it: white space
// and control characters collapsed to single spaces, invisible format
// characters dropped, cut after FingerprintLen characters.
func Fingerprint(text string) string {
	var b strings.Builder
	n := 0
	space := false
	for _, r := range text {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
			continue
		case unicode.Is(unicode.Cf, r):
			continue
		}
		if space {
			if n+1 >= FingerprintLen {
				break
			}
			b.WriteByte(' ')
			n++
			space = false
		}
		if n >= FingerprintLen {
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// Format writes the map as an ids file. The same map always gives the
// same bytes.
func (m *Map) Format() []byte {
	var b bytes.Buffer
	b.WriteString(header + "\t" + m.URL + "\n")
	b.WriteString("# Anchors of this call, kept when the transcript is corrected: turn id and speaker,\n")
	b.WriteString("# then paragraph id, speaker and the start of the text.\n")
	b.WriteString("# Written by `gen build -write-ids`; commit it with the transcript. See docs/ids.md.\n")
	for _, tu := range m.Turns {
		fmt.Fprintf(&b, "%s\t%s\n", tu.ID, tu.Speaker)
		for _, p := range tu.Paragraphs {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", p.ID, tu.Speaker, Fingerprint(p.Text))
		}
	}
	for _, u := range m.Moved {
		fmt.Fprintf(&b, "moved\t%s\n", u)
	}
	for _, g := range m.Gone {
		to := g.To
		if to == "" {
			to = "-"
		}
		fmt.Fprintf(&b, "gone\t%s\t%s\n", g.ID, to)
	}
	return b.Bytes()
}

var (
	itemRe     = regexp.MustCompile(`^((?:pr|qa|cl)[1-9][0-9]*|q[1-9][0-9]*-[1-9][0-9]*)(?:p([1-9][0-9]*))?$`)
	exchangeRe = regexp.MustCompile(`^q[1-9][0-9]*$`)
)

// Parse reads an ids file; name is its path for error messages. It
// reports every bad line, each as a *transcript.Error ("name:line:
// message"), joined.
func Parse(name string, src []byte) (*Map, error) {
	p := &idsParser{name: name, m: &Map{}, firstLine: map[string]int{}}
	lines := strings.Split(string(src), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		p.fail(1, "empty ids file: want the header %q, a tab and the call's page", header)
		return nil, errors.Join(p.errs...)
	}
	if !p.header(lines[0]) {
		return nil, errors.Join(p.errs...)
	}
	for i, l := range lines[1:] {
		l = strings.TrimSuffix(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p.line(i+2, strings.Split(l, "\t"))
	}
	for _, g := range p.m.Gone {
		if containsExchange(p.m, g.ID) {
			p.fail(g.Line, "exchange %s is listed as gone but has turns in this file", g.ID)
		}
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return p.m, nil
}

// idsParser is the state of Parse: the map so far and every error.
type idsParser struct {
	name      string
	m         *Map
	errs      []error
	firstLine map[string]int // turn, paragraph and gone ids -> line
	cur       *Turn          // the turn the next paragraph lines belong to
}

func (p *idsParser) fail(line int, format string, args ...any) {
	p.errs = append(p.errs, &transcript.Error{Pos: transcript.Pos{File: p.name, Line: line}, Msg: fmt.Sprintf(format, args...)})
}

// seen reports (and fails on) an id met before.
func (p *idsParser) seen(id string, line int) bool {
	if at, ok := p.firstLine[id]; ok {
		p.fail(line, "duplicate id %s (first on line %d)", id, at)
		return true
	}
	p.firstLine[id] = line
	return false
}

// header reads the first line; false when the file cannot be read on.
func (p *idsParser) header(first string) bool {
	first = strings.TrimSuffix(strings.TrimPrefix(first, "\ufeff"), "\r")
	h, u, ok := strings.Cut(first, "\t")
	switch {
	case !ok || !strings.HasPrefix(h, "callsite ids "):
		p.fail(1, "not an ids file: want the header %q, a tab and the call's page", header)
		return false
	case h != header:
		p.fail(1, "unsupported ids format %q (this gen reads %s)", strings.TrimPrefix(h, "callsite ids "), Version)
		return false
	case !validPath(u):
		p.fail(1, "bad call page %q: want a path from the site root ending in /, like /c/acme/2024-q3/", u)
	default:
		p.m.URL = u
	}
	return true
}

// line reads line n, split at tabs into f.
func (p *idsParser) line(n int, f []string) {
	m := p.m
	switch f[0] {
	case "moved":
		if len(f) != 2 || !validPath(f[1]) {
			p.fail(n, "want \"moved\", a tab and an earlier page of the call, like /c/acme/2023-q3/")
			return
		}
		m.Moved = append(m.Moved, f[1])
		return
	case "gone":
		if len(f) != 3 || !exchangeRe.MatchString(f[1]) || (f[2] != "-" && !exchangeRe.MatchString(f[2])) {
			p.fail(n, "want \"gone\", a tab, an exchange id (q5), a tab and the exchange it leads to now (q4, or - for the call page)")
			return
		}
		if p.seen(f[1], n) {
			return
		}
		g := Gone{ID: f[1], To: f[2], Line: n}
		if g.To == "-" {
			g.To = ""
		}
		m.Gone = append(m.Gone, g)
		return
	}
	sm := itemRe.FindStringSubmatch(f[0])
	switch {
	case sm == nil:
		p.fail(n, "bad id %q: want a turn id (pr2, qa1, cl1, q3-2) or a paragraph id (pr2p1, q3-2p1)", f[0])
	case sm[2] == "" && len(f) != 2:
		p.fail(n, "turn %s: want 2 fields separated by a tab (id, speaker), got %d", f[0], len(f))
	case sm[2] != "" && len(f) != 3:
		p.fail(n, "paragraph %s: want 3 fields separated by tabs (id, speaker, text), got %d", f[0], len(f))
	case f[1] == "":
		p.fail(n, "%s: empty speaker", f[0])
	case p.seen(f[0], n):
	case sm[2] == "":
		m.Turns = append(m.Turns, Turn{ID: f[0], Speaker: f[1], Line: n})
		p.cur = &m.Turns[len(m.Turns)-1]
	case p.cur == nil || p.cur.ID != sm[1]:
		p.fail(n, "paragraph %s is not under its turn %s", f[0], sm[1])
	default:
		p.cur.Paragraphs = append(p.cur.Paragraphs, Paragraph{ID: f[0], Text: f[2], Line: n})
	}
}

func containsExchange(m *Map, ex string) bool {
	for _, tu := range m.Turns {
		if exchangeOf(tu.ID) == ex {
			return true
		}
	}
	return false
}

// validPath accepts a path from the site root that ends in "/", without
// spaces, "..", queries or fragments.
func validPath(p string) bool {
	if !strings.HasPrefix(p, "/") || !strings.HasSuffix(p, "/") || strings.ContainsAny(p, " \t?#\\\"'<>") {
		return false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == "." || seg == ".." {
			return false
		}
	}
	return true
}

// exchangeOf is the exchange of a turn id ("q3" for "q3-2"), or "".
func exchangeOf(turnID string) string {
	if !strings.HasPrefix(turnID, "q") || strings.HasPrefix(turnID, "qa") {
		return ""
	}
	ex, _, ok := strings.Cut(turnID, "-")
	if !ok {
		return ""
	}
	return ex
}

// number is the number at the end of an id after prefix ("q3-" in
// "q3-12" gives 12), or 0 when id is not prefix and digits.
func number(id, prefix string) int {
	rest, ok := strings.CutPrefix(id, prefix)
	if !ok || rest == "" {
		return 0
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return 0
		}
	}
	n, err := strconv.Atoi(rest)
	if err != nil {
		return 0
	}
	return n
}
