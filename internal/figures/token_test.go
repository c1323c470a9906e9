package figures

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/text"
)

// tokenSentences returns the sentences Find reads in s, as byte spans.
func tokenSentences(s string) []text.Span {
	toks := tokenize(s)
	var out []text.Span
	start := -1
	for k, t := range toks {
		if start < 0 {
			start = t.start
		}
		if t.sentEnd || k == len(toks)-1 {
			out = append(out, text.Span{Start: start, End: t.end})
			start = -1
		}
	}
	return out
}

// The sentences Find reads are those of text.Sentences: one splitter.
func TestTokenSentencesTable(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Sales at Fernwood Inc. rose 4%. Costs fell.", []string{"Sales at Fernwood Inc. rose 4%.", "Costs fell."}},
		{"We grew in the U.S. We also grew abroad.", []string{"We grew in the U.S.", "We also grew abroad."}},
		{"Plant No. 2 made $3.5 million. Really?", []string{"Plant No. 2 made $3.5 million.", "Really?"}},
		{"Dr. Vane said capex, e.g. freight, was approx. $2 million.", []string{"Dr. Vane said capex, e.g. freight, was approx. $2 million."}},
		{`He said "we're done." Then revenue rose 2%.`, []string{`He said "we're done."`, "Then revenue rose 2%."}},
		{"Margins held; costs fell", []string{"Margins held; costs fell"}},
		{"We think... maybe not. OK.", []string{"We think... maybe not.", "OK."}},
	}
	for _, c := range cases {
		var got []string
		for _, sp := range tokenSentences(c.in) {
			got = append(got, c.in[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("sentences of %q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestTokenSentencesAgree compares Find's sentences with text.Sentences on
// the paragraphs of real calls (Motley Fool speech and Earnings-21 turns).
func TestTokenSentencesAgree(t *testing.T) {
	dir := testshared.Dir(t)
	var paras []string
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "transcripts", "ectsum-motleyfool-json", "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no Motley Fool calls under %s", dir)
	}
	sort.Strings(files)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var call struct {
			Prepared []struct{ Speech string } `json:"prepared_remarks"`
			QA       []struct{ Speech string } `json:"q_and_a"`
		}
		if err := json.Unmarshal(data, &call); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, tu := range append(call.Prepared, call.QA...) {
			paras = append(paras, strings.Split(tu.Speech, "\n")...)
		}
	}
	nlps, _ := filepath.Glob(filepath.Join(dir, "corpus", "transcripts", "earnings21-nlp", "*.nlp"))
	tagDir := filepath.Join(dir, "corpus", "references", "earnings21-entities")
	for _, nlp := range nlps {
		id := strings.TrimSuffix(filepath.Base(nlp), ".nlp")
		for _, p := range readE21All(t, nlp, filepath.Join(tagDir, id+".wer_tag.json")) {
			paras = append(paras, p.text)
		}
	}
	n, bad := 0, 0
	for _, p := range paras {
		if strings.TrimSpace(p) == "" {
			continue
		}
		n++
		got, want := tokenSentences(p), text.Sentences(p)
		if !reflect.DeepEqual(got, want) {
			bad++
			if bad <= 5 {
				t.Errorf("sentences differ in %q:\n tokens %v\n   text %v", around(p, 0, 0)+"…", got, want)
			}
		}
	}
	t.Logf("%d paragraphs, %d split differently", n, bad)
	if n < 1000 {
		t.Errorf("only %d paragraphs read", n)
	}
}
