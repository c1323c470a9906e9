package figures

// Every amount said, measured on the Earnings-21 calls (verbatim speech, so
// "$" is written only when "dollars" was said; many amounts are said without
// it, or in words).
//
// Gold: the entities of the wer_tag files. An amount is a MONEY or PERCENT
// entity, or a CARDINAL entity written with a digit that is not also part of
// a date, year, time, ordinal or name (DATE, YEAR, TIME, ORDINAL, PRODUCT,
// ALPHANUMERIC, ORG, LAW, EVENT, FAC, WORK_OF_ART): the gold tags a year and
// the model number of an aircraft CARDINAL as well. A MONEY or PERCENT amount is found when a figure of the same type
// overlaps it; a CARDINAL one when any figure does (the gold calls a bare
// "72 million" of sales CARDINAL, Find calls it money by its context).
//
// Dates: a figure must never cover a token whose normalisation tag is
// ORDINAL, or YEAR with a value from 1900 to 2100 (the tag is given to any
// four digits, a capacity in megawatts too), nor a number that is part of a DATE or TIME entity and of no
// MONEY, PERCENT or CARDINAL one.
//
// Run with FIGURES_DUMP=1 to list misses and figures on dates.

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

type e21Ent struct {
	start, end int
	typ        string
	digit      bool
	numberWord bool            // a number said in words: "six", "half", "million"
	others     map[string]bool // types of other entities on the same tokens
}

type e21Tok struct {
	start, end int
	norm       string   // normalisation tag: YEAR, ORDINAL, CARDINAL, ...
	types      []string // entity types of the token
	digit      bool
	year       bool // a number from 1900 to 2100 (the gold tags any four digits YEAR)
}

type e21Para struct {
	text string
	ents []*e21Ent
	toks []e21Tok
}

func readE21All(t testing.TB, nlpPath, tagPath string) []e21Para {
	t.Helper()
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
	var out []e21Para
	var b strings.Builder
	var cur e21Para
	ents := map[string]*e21Ent{}
	speaker := ""
	flush := func() {
		if b.Len() > 0 {
			cur.text = b.String()
			out = append(out, cur)
		}
		b.Reset()
		cur = e21Para{}
		ents = map[string]*e21Ent{}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
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
		tk := e21Tok{start: start, end: end, digit: strings.ContainsAny(c[0], "0123456789")}
		if v, err := strconv.Atoi(strings.TrimRight(c[0], "s'")); err == nil && v >= 1900 && v <= 2100 {
			tk.year = true
		}
		if n := strings.Trim(c[6], "[]'"); n != "" {
			if i := strings.IndexByte(n, ':'); i >= 0 {
				tk.norm = n[i+1:]
			}
		}
		var ids []string
		for _, id := range strings.Split(strings.Trim(c[7], "[]"), ",") {
			if id = strings.Trim(strings.TrimSpace(id), "'"); id != "" {
				ids = append(ids, id)
			}
		}
		for _, id := range ids {
			typ := tags[id].EntityType
			tk.types = append(tk.types, typ)
			e, ok := ents[id]
			if !ok {
				e = &e21Ent{start: start, typ: typ, others: map[string]bool{}}
				ents[id] = e
				cur.ents = append(cur.ents, e)
			}
			e.end = end
			e.digit = e.digit || tk.digit
			e.numberWord = e.numberWord || isNumberWord(c[0])
			for _, o := range ids {
				if o != id {
					e.others[tags[o].EntityType] = true
				}
			}
		}
		cur.toks = append(cur.toks, tk)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return out
}

func isNumberWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,?!-"))
	_, one := onesWords[w]
	_, ten := tensWords[w]
	_, scale := scaleWords[w]
	return one || ten || scale || w == "hundred" || w == "half" || w == "quarter" || w == "dozen"
}

// notAmount are entity types that make a CARDINAL a date or a name.
var notAmount = map[string]bool{
	"DATE": true, "YEAR": true, "TIME": true, "ORDINAL": true, "PRODUCT": true, "ALPHANUMERIC": true,
	"ORG": true, "LAW": true, "EVENT": true, "FAC": true, "WORK_OF_ART": true,
}

func (e *e21Ent) amount() bool {
	switch e.typ {
	case "MONEY", "PERCENT":
		return e.digit || e.numberWord // not the gold's stray "the" or "and"
	case "CARDINAL":
		if !e.digit {
			return false
		}
		for o := range e.others {
			if notAmount[o] {
				return false
			}
		}
		return true
	}
	return false
}

// dateToken reports whether a token is a year, an ordinal or the number of a
// date or time.
func (tk e21Tok) dateToken() bool {
	if tk.norm == "ORDINAL" || tk.norm == "YEAR" && tk.year {
		return true
	}
	if !tk.digit {
		return false
	}
	date := false
	for _, ty := range tk.types {
		switch ty {
		case "DATE", "TIME":
			date = true
		case "MONEY", "PERCENT", "CARDINAL":
			return false
		}
	}
	return date
}

type e21Score struct {
	gold, found       map[string]int
	figs, onDate      int
	misses, dateFalse []string
	unsupported       []string // figures on no gold amount
}

func scoreE21(t *testing.T) e21Score {
	nlpDir := sharedDir(t, "corpus/transcripts/earnings21-nlp")
	tagDir := sharedDir(t, "corpus/references/earnings21-entities")
	files, err := filepath.Glob(filepath.Join(nlpDir, "*.nlp"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no .nlp files in %s: %v", nlpDir, err)
	}
	sort.Strings(files)
	s := e21Score{gold: map[string]int{}, found: map[string]int{}}
	for _, nlp := range files {
		id := strings.TrimSuffix(filepath.Base(nlp), ".nlp")
		for _, p := range readE21All(t, nlp, filepath.Join(tagDir, id+".wer_tag.json")) {
			figs := Find(p.text, Context{Year: 2020})
			for _, f := range figs {
				s.figs++
				supported := false
				for _, e := range p.ents {
					if (e.typ == "MONEY" || e.typ == "PERCENT" || e.typ == "CARDINAL" || e.typ == "QUANTITY") && f.Start < e.end && e.start < f.End {
						supported = true
					}
				}
				if !supported {
					s.unsupported = append(s.unsupported, id+": "+f.Unit+" "+quote(f.Text)+" in "+quote(around(p.text, f.Start, f.End)))
				}
				for _, tk := range p.toks {
					if tk.dateToken() && f.Start < tk.end && tk.start < f.End {
						s.onDate++
						s.dateFalse = append(s.dateFalse, id+": "+f.Unit+" "+quote(f.Text)+" in "+quote(around(p.text, f.Start, f.End)))
						break
					}
				}
			}
			for _, e := range p.ents {
				if !e.amount() {
					continue
				}
				s.gold[e.typ]++
				ok := false
				for _, f := range figs {
					if f.Start < e.end && e.start < f.End && (e.typ == "CARDINAL" || figType(f) == e.typ) {
						ok = true
						break
					}
				}
				if !strings.Contains(p.text[e.start:e.end], "$") {
					s.gold["no $"]++
					if ok {
						s.found["no $"]++
					}
				}
				if ok {
					s.found[e.typ]++
				} else {
					s.misses = append(s.misses, id+": "+e.typ+" "+quote(p.text[e.start:e.end])+" in "+quote(around(p.text, e.start, e.end)))
				}
			}
		}
	}
	return s
}

func quote(s string) string { return "\"" + s + "\"" }

// TestEarnings21Amounts: at least 90% of the gold amounts are found, at
// most 1% of the figures lie on no gold amount, and none on a date, year or
// ordinal.
func TestEarnings21Amounts(t *testing.T) {
	s := scoreE21(t)
	if os.Getenv("FIGURES_DUMP") != "" {
		for _, m := range s.misses {
			t.Log("missed " + m)
		}
		for _, m := range s.dateFalse {
			t.Log("on a date " + m)
		}
		for _, m := range s.unsupported {
			t.Log("no gold amount " + m)
		}
	}
	all, allFound := 0, 0
	for _, typ := range []string{"MONEY", "PERCENT", "CARDINAL"} {
		all += s.gold[typ]
		allFound += s.found[typ]
		r := float64(s.found[typ]) / float64(max(1, s.gold[typ]))
		t.Logf("Earnings-21 %s: %d of %d found (%.3f)", typ, s.found[typ], s.gold[typ], r)
	}
	t.Logf("Earnings-21 amounts said without \"$\": %d of %d found (%.3f)", s.found["no $"], s.gold["no $"], float64(s.found["no $"])/float64(max(1, s.gold["no $"])))
	r := float64(allFound) / float64(max(1, all))
	t.Logf("Earnings-21 amounts: %d of %d found (%.3f); %d figures, %d on a date, year or ordinal, %d on no gold amount", allFound, all, r, s.figs, s.onDate, len(s.unsupported))
	if r < 0.9 {
		t.Errorf("Earnings-21: %.3f of the gold amounts found, want >= 0.9", r)
	}
	if len(s.unsupported)*100 > s.figs {
		t.Errorf("Earnings-21: %d of %d figures lie on no gold amount, want at most 1%%", len(s.unsupported), s.figs)
	}
	if s.onDate > 0 {
		t.Errorf("Earnings-21: %d figures on a date, year or ordinal", s.onDate)
	}
}

// BenchmarkFindSpoken runs Find over the Earnings-21 turns: verbatim speech,
// where amounts are said without "$", in words and as fractions.
func BenchmarkFindSpoken(b *testing.B) {
	nlpDir := sharedDir(b, "corpus/transcripts/earnings21-nlp")
	tagDir := sharedDir(b, "corpus/references/earnings21-entities")
	files, _ := filepath.Glob(filepath.Join(nlpDir, "*.nlp"))
	if len(files) == 0 {
		b.Fatalf("no .nlp files in %s", nlpDir)
	}
	var paras []string
	size := 0
	for _, nlp := range files[:min(4, len(files))] {
		id := strings.TrimSuffix(filepath.Base(nlp), ".nlp")
		for _, p := range readE21All(b, nlp, filepath.Join(tagDir, id+".wer_tag.json")) {
			paras = append(paras, p.text)
			size += len(p.text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range paras {
			Find(p, Context{Year: 2020})
		}
	}
}
