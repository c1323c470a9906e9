package figures

// Earnings-21 money/percent spans against the gold MONEY and PERCENT
// entities of the 20 dev calls (a match is an overlapping byte span of the
// same type), figures whose currency was said: precision 0.981 (1072/1093),
// recall 0.964 (1581/1640); most figures the gold does not mark are lists
// lists with one unit ("52 and 54%") and ranges said in words.
// The gold labels a bare "72 million" (no currency said) as CARDINAL; Find
// calls it money when its context does, so figures whose currency was not
// said are left out here and measured in earnings21_amounts_test.go.

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

type e21Span struct {
	start, end int
	typ        string // "MONEY" or "PERCENT"
}

type e21Turn struct {
	text string
	gold []e21Span
}

// readE21 rebuilds each speaker turn of an .nlp file as text (tokens joined
// by spaces, punctuation appended) with the gold MONEY/PERCENT spans.
func readE21(t *testing.T, nlpPath, tagPath string) []e21Turn {
	tagData, err := os.ReadFile(tagPath)
	if err != nil {
		t.Fatal(err)
	}
	var tags map[string]struct {
		EntityType string `json:"entity_type"`
	}
	if err := json.Unmarshal(tagData, &tags); err != nil {
		t.Fatalf("%s: %v", tagPath, err)
	}
	f, err := os.Open(nlpPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var turns []e21Turn
	var b strings.Builder
	spans := map[string]*e21Span{}
	var order []string
	speaker := ""
	flush := func() {
		if b.Len() == 0 {
			return
		}
		tu := e21Turn{text: b.String()}
		for _, id := range order {
			tu.gold = append(tu.gold, *spans[id])
		}
		turns = append(turns, tu)
		b.Reset()
		spans = map[string]*e21Span{}
		order = order[:0]
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		c := strings.Split(sc.Text(), "|")
		if len(c) < 8 {
			continue
		}
		if c[1] != speaker {
			flush()
			speaker = c[1]
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(c[0])
		end := b.Len()
		b.WriteString(c[4])
		ids := strings.Trim(c[7], "[]")
		for _, id := range strings.Split(ids, ",") {
			id = strings.Trim(strings.TrimSpace(id), "'")
			if id == "" {
				continue
			}
			typ := tags[id].EntityType
			if typ != "MONEY" && typ != "PERCENT" {
				continue
			}
			if sp, ok := spans[id]; ok {
				sp.end = end
			} else {
				spans[id] = &e21Span{start: start, end: end, typ: typ}
				order = append(order, id)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return turns
}

func figType(f Figure) string {
	switch {
	case f.Unit == "%":
		return "PERCENT"
	case isMoney(f.Unit):
		return "MONEY"
	}
	return ""
}

// TestEarnings21Entities measures precision and recall of money and percent
// figures against the Earnings-21 entity gold.
func TestEarnings21Entities(t *testing.T) {
	nlpDir := sharedDir(t, "corpus/transcripts/earnings21-nlp")
	tagDir := sharedDir(t, "corpus/references/earnings21-entities")
	files, err := filepath.Glob(filepath.Join(nlpDir, "*.nlp"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .nlp files in %s: %v", nlpDir, err)
	}
	sort.Strings(files)
	verbose := os.Getenv("FIGURES_DUMP") != ""
	var nFig, okFig, nGold, okGold int
	for _, nlp := range files {
		id := strings.TrimSuffix(filepath.Base(nlp), ".nlp")
		for _, tu := range readE21(t, nlp, filepath.Join(tagDir, id+".wer_tag.json")) {
			figs := Find(tu.text, Context{Year: 2020})
			hitGold := make([]bool, len(tu.gold))
			for _, f := range figs {
				typ := figType(f)
				if typ == "" || typ == "MONEY" && !currencySaid(f) {
					continue
				}
				nFig++
				ok := false
				for gi, g := range tu.gold {
					if g.typ == typ && f.Start < g.end && g.start < f.End {
						ok = true
						hitGold[gi] = true
					}
				}
				if ok {
					okFig++
				} else if verbose {
					t.Logf("%s false positive %s %q in %q", id, typ, f.Text, around(tu.text, f.Start, f.End))
				}
			}
			for gi, g := range tu.gold {
				nGold++
				if hitGold[gi] {
					okGold++
				} else if verbose {
					t.Logf("%s missed %s %q in %q", id, g.typ, tu.text[g.start:g.end], around(tu.text, g.start, g.end))
				}
			}
		}
	}
	p := float64(okFig) / float64(nFig)
	r := float64(okGold) / float64(nGold)
	t.Logf("Earnings-21: precision %.3f (%d/%d), recall %.3f (%d/%d)", p, okFig, nFig, r, okGold, nGold)
	if p < 0.9 || r < 0.9 {
		t.Errorf("Earnings-21 precision %.3f / recall %.3f below 0.9", p, r)
	}
}

func around(s string, i, j int) string {
	a, b := max(0, i-60), min(len(s), j+60)
	return s[a:b]
}

// currencySaid reports whether a money figure's text says its currency
// ("$", "dollars", "cents", "CHF"), rather than Find inferring it.
func currencySaid(f Figure) bool {
	for _, t := range tokenize(f.Text) {
		if currencySymbols[t.low] != "" || currencyWords[t.low] != "" || t.low == "cents" || t.low == "cent" || coinWords[t.low] > 0 {
			return true
		}
		if _, ok := currencyCodes[t.low]; ok && t.upper {
			return true
		}
	}
	return false
}
