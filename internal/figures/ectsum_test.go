package figures

// ECTSum number recall, measured on the 40 dev calls of the shared corpus:
// 98.8% (160 of 162; the two misses are a date and a duration). TestECTSumNumbers prints it.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var (
	numeralRE  = regexp.MustCompile(`\d+(?:,\d{3})*(?:\.\d+)?`)
	callNameRE = regexp.MustCompile(`_q(\d)_(\d{4})\.txt$`)
)

// numerals returns the numbers written in s, as floats, leaving out 4-digit
// years and numerals glued to a letter ("q3").
func numerals(s string) []float64 {
	var out []float64
	for _, m := range numeralRE.FindAllStringIndex(s, -1) {
		if m[0] > 0 {
			c := s[m[0]-1]
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				continue
			}
		}
		v := strings.ReplaceAll(s[m[0]:m[1]], ",", "")
		if len(v) == 4 && (strings.HasPrefix(v, "19") || strings.HasPrefix(v, "20")) {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err == nil {
			out = append(out, f)
		}
	}
	return out
}

type foolCall struct {
	PreparedRemarks []struct{ Speaker, Speech string } `json:"prepared_remarks"`
	QAndA           []struct{ Speaker, Speech string } `json:"q_and_a"`
}

func foolParagraphs(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var c foolCall
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []string
	for _, turns := range [][]struct{ Speaker, Speech string }{c.PreparedRemarks, c.QAndA} {
		for _, tu := range turns {
			for _, p := range strings.Split(tu.Speech, "\n") {
				if strings.TrimSpace(p) != "" {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// TestECTSumNumbers: of the numbers in the Reuters bullet summaries that the
// transcript itself states, the share that Find returns as (part of) a figure.
func TestECTSumNumbers(t *testing.T) {
	refDir := sharedDir(t, "corpus/references/ectsum-reuters-bullets")
	trDir := sharedDir(t, "corpus/transcripts/ectsum-motleyfool-json")
	names, err := filepath.Glob(filepath.Join(refDir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no reference files in %s: %v", refDir, err)
	}
	sort.Strings(names)
	total, hit := 0, 0
	for _, ref := range names {
		base := filepath.Base(ref)
		ctx := Context{}
		if m := callNameRE.FindStringSubmatch(base); m != nil {
			ctx.Quarter, _ = strconv.Atoi(m[1])
			ctx.Year, _ = strconv.Atoi(m[2])
		}
		refText, err := os.ReadFile(ref)
		if err != nil {
			t.Fatal(err)
		}
		paras := foolParagraphs(t, filepath.Join(trDir, base))
		stated := map[float64]bool{}
		for _, p := range paras {
			for _, v := range numerals(p) {
				stated[v] = true
			}
		}
		found := map[float64]bool{}
		for _, p := range paras {
			for _, f := range Find(p, ctx) {
				for _, v := range numerals(f.Text) {
					found[v] = true
				}
				found[f.Value], found[f.Low], found[f.High] = true, true, true
			}
		}
		seen := map[float64]bool{}
		var missed []string
		for _, v := range numerals(strings.ToLower(string(refText))) {
			if seen[v] || !stated[v] {
				continue
			}
			seen[v] = true
			total++
			if found[v] {
				hit++
			} else {
				missed = append(missed, strconv.FormatFloat(v, 'f', -1, 64))
			}
		}
		if len(missed) > 0 {
			t.Logf("%s: missed %s", base, strings.Join(missed, ", "))
		}
	}
	share := float64(hit) / float64(total)
	t.Logf("ECTSum: %d of %d stated summary numbers found (%.1f%%)", hit, total, 100*share)
	if share < 0.90 {
		t.Errorf("ECTSum number recall %.1f%% < 90%%", 100*share)
	}
}
