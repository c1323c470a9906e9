package figures

import (
	"bufio"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// seedParagraphs returns the paragraph lines of a plain "Name - Title"
// transcript: line 1 (a disclaimer) and speaker lines are left out.
func seedParagraphs(t testing.TB, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || line == "" || isSpeakerLine(line) {
			continue
		}
		out = append(out, line)
	}
	return out
}

func isSpeakerLine(line string) bool {
	if line == "Operator" {
		return true
	}
	name, _, ok := strings.Cut(line, " - ")
	return ok && len(line) < 160 && len(strings.Fields(name)) <= 6 && !strings.HasSuffix(line, ".")
}

type goldRow struct {
	metric  *regexp.Regexp
	periods []string
	kind    Kind
	value   float64
	unit    string
	surface string
}

func readGold(t *testing.T, path string) []goldRow {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []goldRow
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 6 {
			t.Fatalf("bad gold row %q", line)
		}
		v, err := strconv.ParseFloat(c[3], 64)
		if err != nil {
			t.Fatalf("bad value in %q: %v", line, err)
		}
		rows = append(rows, goldRow{
			metric:  regexp.MustCompile("(?i)" + c[0]),
			periods: strings.Split(c[1], "|"),
			kind:    Kind(c[2]),
			value:   v,
			unit:    c[4],
			surface: c[5],
		})
	}
	return rows
}

func (g goldRow) matches(f Figure) bool {
	if f.Unit != g.unit || f.Kind != g.kind || !g.metric.MatchString(f.Metric) {
		return false
	}
	if math.Abs(f.Value-g.value) > 1e-6*math.Max(1, math.Abs(g.value)) {
		return false
	}
	for _, p := range g.periods {
		if p == "-" || p == f.Period {
			return true
		}
	}
	return false
}

// TestGold checks the hand-labelled key figures of the seed call (Q2 2020).
func TestGold(t *testing.T) {
	seed := sharedDir(t, "seed/000_037e1c84daa94943.txt")
	gold := readGold(t, sharedDir(t, "gold/000_037e1c84daa94943.figures.tsv"))
	var figs []Figure
	for _, p := range seedParagraphs(t, seed) {
		figs = append(figs, Find(p, Context{Year: 2020, Quarter: 2})...)
	}
	hit := 0
	for _, g := range gold {
		ok := false
		for _, f := range figs {
			if g.matches(f) {
				ok = true
				break
			}
		}
		if ok {
			hit++
			continue
		}
		var near []string
		for _, f := range figs {
			if math.Abs(f.Value-g.value) <= 1e-6*math.Max(1, math.Abs(g.value)) {
				near = append(near, describe(f))
			}
		}
		t.Logf("miss: %s %v %s %v %s %q; same value: %s", g.metric, g.periods, g.kind, g.value, g.unit, g.surface, strings.Join(near, " | "))
	}
	share := float64(hit) / float64(len(gold))
	t.Logf("gold: %d of %d rows matched (%.1f%%)", hit, len(gold), 100*share)
	if share < 0.95 {
		t.Errorf("gold recall %.1f%% < 95%%", 100*share)
	}
}

func describe(f Figure) string {
	return strings.Join([]string{strconv.Quote(f.Text), f.Unit, "metric=" + f.Metric, "period=" + f.Period, string(f.Kind), strconv.FormatFloat(f.Value, 'g', -1, 64), "chg=" + f.Change}, " ")
}

// TestDumpSeed prints every figure of the seed when FIGURES_DUMP is set.
func TestDumpSeed(t *testing.T) {
	if os.Getenv("FIGURES_DUMP") == "" {
		t.Skip("set FIGURES_DUMP=1 to print the seed's figures")
	}
	seed := sharedDir(t, "seed/000_037e1c84daa94943.txt")
	for _, p := range seedParagraphs(t, seed) {
		for _, f := range Find(p, Context{Year: 2020, Quarter: 2}) {
			t.Log(describe(f))
		}
	}
}
