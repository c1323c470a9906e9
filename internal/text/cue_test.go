package text

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestCueNeeds(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want string // "a|b": one of a and b; "(a & b)": both
	}{
		{`(?i)\bquestions?\b.*?\bwebcast\b`, "(question & webcast)"},
		{`(?i)welcome to|joining us for`, "welcome to|joining us for"},
		{`\b(?:CEO|CFO|Chief\s+\w+)\s+of`, "(CEO|CFO|Chief  & of)"},        // case kept: looked for as written
		{`,?\s+(?:Inc|Incorporated|Co|Corp)\b`, "Inc|Co"},                  // "Corp" holds "Co"
		{`(?i)\bpress\b|\*`, ""},                                           // "*" is too short to test for
		{`(?:'s|s')\s+(?i:first|q[1-4])`, "('s |s'  & first|q1|q2|q3|q4)"}, // a class of a few characters is each of them
		{`x*`, ""},
		{`\b(?:19|20)\d\d\b`, "19|20"}, // 20 years are too many words: the run so far
		{`(?:annual )?report`, "report"},
		{`(?i)\b(?:call|webcast)\s+(?:for|with)\b`, "(call |webcast  & for|with)"}, // \s read as a blank
		{`\bChief\s+\w+\s+Officer`, "(Officer & Chief )"},
		// Each branch needs both of its words; a run of words implies its parts.
		{`(?i)\bquestions? from\b.*\bline\b|\bfollow-up (?:on|to)\b`, "follow-up on|follow-up to|(questions from|question from & line)"},
		{`(?i)\b(?:we|they) (?:said|noted)\b.*\b(?:growth|decline)\b`, "(we said|we noted|they said|they noted & growth|decline)"},
	} {
		if got := MustCue(tc.expr).need.String(); got != tc.want {
			t.Errorf("needed(%q) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// cueExprs are expressions of the kinds calls are read with, and cueWords
// the words (in any case, near misses, letters that fold oddly) of the
// random sentences they are tried on.
var cueExprs = []string{
	`(?i)\bquestions?\b.*?\b(?:shareholders?|webcast|e-?mail(?:ed)?)\b|\b(?:submitted|written) questions?\b`,
	`(?i)\b(?:welcome(?:\s+[\w']+){0,6}?\s+(?:to|on|for)|joining(?:\s+us)?\s+(?:for|on))\s+`,
	`\b(?:Chief\s+[A-Z]\w+\s+Officer|CEO|CFO)\s+(?:of|for|at)\s+(?:the\s+)?`,
	`,?\s+(?:Inc|Corp|Corporation|Co|Ltd)\b\.?`,
	`(?i)kelvin|stock`,
	`(?:'s|s')\s+(?i:first|q[1-4])\b`,
	`(?i)\b(?:call|webcast)\s+(?:for|with)\s+(?:the\s+)?`,
	`Chief\s+Financial[ \t]+Officer\s*\n`,
	`(?i)\b(?:ab|c(?:de|f))x?`, `\b(?i:k)s+\b`, `\bCEO(?i)\s+of`, `(?:on|in)\s+(?:the\s+)?(?i:call)`, `(?:\bof|\bwith)\s+(Mr\.?\s+)?([A-Z]\w*)(?:,|\s+(?:of|at))`,
}
var cueWords = []string{"question", "Questions", "QUESTION", "shareholder", "webcast", "email", "e-mail", "submitted",
	"written", "welcome", "Welcome", "to", "on", "for", "joining", "us", "Chief", "Financial", "Officer", "CEO", "ceo",
	"of", "the", "Inc", "Corp.", "Co", ",", "Ltd", "kelvin", "\u212aelvin", "\u017ftock", "stock", "quest", "ion", "web", "cast", "Acme's", "acme's", "Q1", "q2", "First", "FIRST", "Co's", "Company", "Inc.", "call\tfor", "Webcast\nWITH\r\nthe", "call  for", "Chief\nFinancial\tOfficer\n", "Officer\f\n", "ab", "cdx", "cfx", "xab", "ks", "Kss", "k\u017f", "CEO\tOF", "in", "the", "CALL", "_ab", "Mr.", "Mr", "Jim", "at", "with", ","}

// TestCueMatchesAsRegexp checks that a Cue finds exactly what its
// expression finds, on random sentences made of the expression's words in
// any case, near misses and letters that fold oddly.
func TestCueMatchesAsRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, expr := range cueExprs {
		c, re := MustCue(expr), regexp.MustCompile(expr)
		for range 3000 {
			n := 1 + rng.IntN(8)
			parts := make([]string, n)
			for i := range parts {
				parts[i] = cueWords[rng.IntN(len(cueWords))]
			}
			s := strings.Join(parts, " ")
			if c.MatchString(s) != re.MatchString(s) || !reflect.DeepEqual(c.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)) ||
				!reflect.DeepEqual(c.FindAllStringIndex(s, 1), re.FindAllStringIndex(s, 1)) || !reflect.DeepEqual(c.FindStringIndex(s), re.FindStringIndex(s)) ||
				!reflect.DeepEqual(c.FindStringSubmatch(s), re.FindStringSubmatch(s)) || !reflect.DeepEqual(c.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)) ||
				!reflect.DeepEqual(c.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)) {
				t.Fatalf("%q on %q: cue and regexp differ", expr, s)
			}
			// A paragraph around it may hold a match wherever s does.
			para := "So. " + s + " And then. Thanks."
			if re.MatchString(s) && !c.MayMatchIn(para) {
				t.Fatalf("%q: %q matches, but MayMatchIn(%q) says nothing in it can", expr, s, para)
			}
		}
	}
}

// readASCII must read every text it accepts as lits.lower does, and
// refuse the texts it cannot read byte for byte.
func TestReadASCII(t *testing.T) {
	long := strings.Repeat("Margins Rose ", lowerOnStack/10)
	cases := []struct {
		in string
		ok bool
	}{
		{"", true},
		{"Revenue GREW 5% in Q3, ahead of plan.", true},
		{"already lower case", true},
		{"@[`{ brackets around the letters", true},
		{"Lines\nand\ttabs\r\fas blanks", true},
		{"Café sales", false},
		{"\u212aelvin", false},
		{long, false},
	}
	for _, c := range cases {
		for _, fold := range []bool{true, false} {
			var buf [lowerOnStack]byte
			low, ok := readASCII(buf[:0], c.in, fold)
			if ok != c.ok {
				t.Errorf("readASCII(%.30q, %v) ok = %v, want %v", c.in, fold, ok, c.ok)
				continue
			}
			if want := (lits{fold: fold}).lower(c.in); ok && string(low) != want {
				t.Errorf("readASCII(%.30q, %v) = %q, want %q", c.in, fold, low, want)
			}
		}
	}
	// Every byte below 0x80 in every place of an eight-byte block, and
	// after it, read as one at a time would.
	for b := range 0x80 {
		for at := range 11 {
			in := []byte("Ab\tZ@[`z{\v\x08")
			in[at] = byte(b)
			for _, fold := range []bool{true, false} {
				var buf [lowerOnStack]byte
				low, ok := readASCII(buf[:0], string(in), fold)
				if want := (lits{fold: fold}).lower(string(in)); !ok || string(low) != want {
					t.Fatalf("readASCII(%q, %v) = %q, %v, want %q", in, fold, low, ok, want)
				}
			}
		}
	}
	// A long text still finds its words through the Unicode path.
	if c := MustCue(`(?i)\bmargins\b`); !c.MatchString(long) || c.MatchString(strings.Repeat("Sales Rose ", lowerOnStack/8)) {
		t.Errorf("a cue on a text longer than %d bytes matched wrongly", lowerOnStack)
	}
}

// TestCueLeads lists the words a Cue's matches are found from, when it
// can tell: each choice starting a word ("\b") and then literals, or
// literals of two bytes or more; spaces read as blanks, lower case when
// the expression folds case.
func TestCueLeads(t *testing.T) {
	for _, tc := range []struct {
		expr  string
		leads []string // nil: the expression is run over the text
		word  bool
	}{
		{`(?i)\b(?:call|web cast)\s+(?:for|of)`, []string{"call ", "web cast "}, true},
		{`\bCEO(?i)\s+of`, []string{"ceo "}, true},
		{`(?i)\bquestions?\b.*\bsent`, []string{"question", "questions"}, true},
		{`(?:'s|s')\s+(?i:first|q[1-4])\b`, []string{"'s ", "s' "}, false},
		{`,?\s+(?:Inc|Co)\b`, nil, false},             // a blank alone starts a match
		{`(?i)\bconclud|closing remarks`, nil, false}, // one choice starts a word, the other need not
		{`(?i)\b(?:\w+ )?call`, nil, false},           // a match may start with any word
		{`\b\.com`, nil, false},                       // "\b" before a dot starts no word
		{`(?i)\bété`, nil, false},                     // case folded beyond ASCII
		{`operator instructions|q&a`, []string{"operator instructions", "q&a"}, false},
		{`(?:\bof|\bwith)\s+([A-Z]\w*)`, []string{"of", "with"}, true}, // each choice starts a word
		{`(?:\bof|with)\s+([A-Z]\w*)`, nil, false},                     // "with" need not
	} {
		c := MustCue(tc.expr)
		var got []string
		if c.lead != nil {
			for _, ws := range c.lead.byFirst {
				for _, w := range ws {
					if !slices.Contains(got, w) {
						got = append(got, w)
					}
				}
			}
			slices.Sort(got)
			if c.lead.word != tc.word {
				t.Errorf("%s: word = %v, want %v", tc.expr, c.lead.word, tc.word)
			}
		}
		if !slices.Equal(got, tc.leads) {
			t.Errorf("%s: leads %q, want %q", tc.expr, got, tc.leads)
		}
	}
}

// TestCueSetFindsAsEachCue checks that a CueSet finds what each of its
// Cues finds alone, on the random sentences of TestCueMatchesAsRegexp and
// on them inside a paragraph.
func TestCueSetFindsAsEachCue(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for from := 0; from < len(cueExprs); from += maxSetCues {
		var cues []*Cue
		for _, e := range cueExprs[from:min(from+maxSetCues, len(cueExprs))] {
			cues = append(cues, MustCue(e))
		}
		set, out := NewCueSet(cues...), make([][][]int, len(cues))
		for range 3000 {
			parts := make([]string, 1+rng.IntN(12))
			for i := range parts {
				parts[i] = cueWords[rng.IntN(len(cueWords))]
			}
			s := strings.Join(parts, " ")
			for _, s := range []string{s, "So. " + s + " And then.", strings.ReplaceAll(s, " ", "")} {
				out = set.FindAllStringIndex(s, out)
				for k, c := range cues {
					if want := c.FindAllStringIndex(s, -1); len(want)+len(out[k]) > 0 && !reflect.DeepEqual(out[k], want) {
						t.Fatalf("%q on %q: the set finds %v, the cue alone %v", c, s, out[k], want)
					}
				}
			}
		}
	}
}
