package summary

// This file ports the scoring of ../shared/eval/ectsum_eval.py to Go and
// scores Summarize against the 40 ECTSum reference summaries: ROUGE-1/2/L F1
// (lower-case [a-z0-9] tokens, no stemming; ROUGE-L is the LCS of the whole
// token sequences), gold-number recall and number precision (numbers after
// masking 19xx/20xx years). When python3 is on the PATH the script itself is
// run on the same files and both must agree to 3 decimals.

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// Targets: the published ECT-BPS model on comparable calls.
const (
	targetRouge1    = 0.44
	targetNumRecall = 0.56
)

// readText reads a file the way Python's open(..., encoding="utf-8",
// errors="replace").read() does, as far as tokens and numbers can tell.
func readText(path string) (string, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", false
	}
	return strings.ToValidUTF8(string(b), "\uFFFD"), true
}

var evalTokenRe = regexp.MustCompile(`[a-z0-9]+`)

// pyLower is str.lower(): Go's ToLower plus the one unconditional
// multi-rune mapping that can touch [a-z] (U+0130 -> "i̇").
func pyLower(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "\u0130", "i\u0307"))
}

// evalTokens is tokens(s).
func evalTokens(s string) []string { return evalTokenRe.FindAllString(pyLower(s), -1) }

func evalNgrams(t []string, n int) map[string]int {
	d := map[string]int{}
	for i := 0; i+n <= len(t); i++ {
		d[strings.Join(t[i:i+n], "\x00")]++
	}
	return d
}

func evalF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func evalRougeN(sys, ref []string, n int) float64 {
	s, r := evalNgrams(sys, n), evalNgrams(ref, n)
	overlap, ns, nr := 0, 0, 0
	for g, c := range s {
		overlap += min(c, r[g])
		ns += c
	}
	for _, c := range r {
		nr += c
	}
	return evalF1(float64(overlap)/float64(max(1, ns)), float64(overlap)/float64(max(1, nr)))
}

func evalLCS(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		cur[0] = 0
		for j, y := range b {
			if x == y {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func evalRougeL(sys, ref []string) float64 {
	l := float64(evalLCS(sys, ref))
	return evalF1(l/float64(max(1, len(sys))), l/float64(max(1, len(ref))))
}

// Python's \d is any Unicode decimal digit (Nd).
var (
	evalNumRe  = regexp.MustCompile(`\p{Nd}+(?:,\p{Nd}{3})*(?:\.\p{Nd}+)?`)
	evalYearRe = regexp.MustCompile(`^(?:19|20)\p{Nd}\p{Nd}$`)
)

// digitValue is the value of a Unicode decimal digit: Nd digits come in runs
// of ten consecutive code points, 0 to 9.
func digitValue(r rune) int {
	k := 0
	for unicode.Is(unicode.Nd, r-rune(k)-1) {
		k++
	}
	return k % 10
}

// evalNumbers is numbers(s): a set of values (as float64 bit patterns).
func evalNumbers(s string) map[float64]bool {
	out := map[float64]bool{}
	for _, m := range evalNumRe.FindAllString(s, -1) {
		v := strings.ReplaceAll(m, ",", "")
		if evalYearRe.MatchString(v) {
			continue
		}
		var b strings.Builder
		for _, r := range v {
			if r == '.' {
				b.WriteByte('.')
			} else {
				b.WriteByte(byte('0' + digitValue(r)))
			}
		}
		var f float64
		if _, err := fmt.Sscan(b.String(), &f); err == nil {
			out[f] = true
		}
	}
	return out
}

// scores are the means the script prints.
type scores struct {
	Rouge1    float64 `json:"rouge1"`
	Rouge2    float64 `json:"rouge2"`
	RougeL    float64 `json:"rougeL"`
	NumRecall float64 `json:"num_recall"`
	NumPrec   float64 `json:"num_prec"`
	Calls     int     `json:"calls"`
	Missing   int     `json:"missing"`
}

// evalDirs is main() of the script.
func evalDirs(t *testing.T, sysDir, goldDir, srcDir string) scores {
	t.Helper()
	ents, err := os.ReadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var r1, r2, rl, rec, prec float64
	nrec, nprec, missing := 0, 0, 0
	for _, f := range names {
		gold, _ := readText(filepath.Join(goldDir, f))
		syst, ok := readText(filepath.Join(sysDir, f))
		if !ok {
			missing++
		}
		src, _ := readText(filepath.Join(srcDir, f))
		st, gt := evalTokens(syst), evalTokens(gold)
		r1 += evalRougeN(st, gt, 1)
		r2 += evalRougeN(st, gt, 2)
		rl += evalRougeL(st, gt)
		gn, sn, srcn := evalNumbers(gold), evalNumbers(syst), evalNumbers(src)
		if len(gn) > 0 {
			hit := 0
			for v := range gn {
				if sn[v] {
					hit++
				}
			}
			rec += float64(hit) / float64(len(gn))
			nrec++
		}
		if len(sn) > 0 {
			hit := 0
			for v := range sn {
				if srcn[v] || gn[v] {
					hit++
				}
			}
			prec += float64(hit) / float64(len(sn))
			nprec++
		}
	}
	n := float64(len(names))
	return scores{
		Rouge1: round4(r1 / n), Rouge2: round4(r2 / n), RougeL: round4(rl / n),
		NumRecall: round4(rec / float64(max(1, nrec))), NumPrec: round4(prec / float64(max(1, nprec))),
		Calls: len(names), Missing: missing,
	}
}

func round4(x float64) float64 { return math.RoundToEven(x*1e4) / 1e4 }

func TestEvalPort(t *testing.T) {
	toks := evalTokens("Q2 Revenue $31.2 million, up 1.1%; İs")
	if got, want := strings.Join(toks, " "), "q2 revenue 31 2 million up 1 1 i s"; got != want {
		t.Errorf("tokens = %q, want %q", got, want)
	}
	if got := evalRougeN([]string{"a", "b", "c"}, []string{"a", "b", "d"}, 2); math.Abs(got-0.5) > 1e-12 {
		t.Errorf("rouge-2 = %v, want 0.5", got)
	}
	if got := evalLCS(strings.Fields("a b c d e"), strings.Fields("a c e f")); got != 3 {
		t.Errorf("lcs = %d, want 3", got)
	}
	nums := evalNumbers("q3 revenue $1,590.5 million in 2021, eps $0.74 and ٣ units, 1,2345")
	for _, v := range []float64{3, 1590.5, 0.74, 3, 1234, 5} {
		if !nums[v] {
			t.Errorf("numbers missing %v: %v", v, nums)
		}
	}
	if nums[2021] {
		t.Errorf("year not masked: %v", nums)
	}
	if !utf8.ValidString(strings.ToValidUTF8("a\xffb", "\uFFFD")) {
		t.Error("invalid UTF-8 kept")
	}
}

// TestECTSum summarises the 40 ECTSum calls, scores them and checks the
// targets; with python3 it checks that the script gives the same scores.
func TestECTSum(t *testing.T) {
	srcDir := testshared.Path(t, "corpus", "transcripts", "ectsum-motleyfool-json")
	goldDir := testshared.Path(t, "corpus", "references", "ectsum-reuters-bullets")
	sysDir := t.TempDir()
	ents, err := os.ReadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		name := e.Name()
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		src, err := os.ReadFile(filepath.Join(srcDir, name))
		if err != nil {
			t.Fatal(err)
		}
		tr, err := transcript.Parse(name, src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var b strings.Builder
		for _, bl := range Summarize(tr) {
			b.WriteString(bl.Text + "\n")
		}
		if testing.Verbose() && os.Getenv("SUMMARY_SHOW") != "" {
			gold, _ := os.ReadFile(filepath.Join(goldDir, name))
			t.Logf("%s\n--- ours\n%s--- gold\n%s", name, b.String(), gold)
		}
		if err := os.WriteFile(filepath.Join(sysDir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := evalDirs(t, sysDir, goldDir, srcDir)
	t.Logf("Go port: ROUGE-1 F1 %.4f  ROUGE-2 F1 %.4f  ROUGE-L F1 %.4f  number recall %.4f  number precision %.4f  (%d calls, %d missing)",
		got.Rouge1, got.Rouge2, got.RougeL, got.NumRecall, got.NumPrec, got.Calls, got.Missing)
	if got.Rouge1 <= targetRouge1 {
		t.Errorf("ROUGE-1 F1 %.4f, want > %.2f", got.Rouge1, targetRouge1)
	}
	if got.NumRecall <= targetNumRecall {
		t.Errorf("number recall %.4f, want > %.2f", got.NumRecall, targetNumRecall)
	}

	py := testshared.Tool(t, "python3")
	script := testshared.Path(t, "eval", "ectsum_eval.py")
	out, err := exec.Command(py, script, sysDir, goldDir, srcDir).Output()
	if err != nil {
		t.Fatalf("ectsum_eval.py: %v\n%s", err, out)
	}
	var want scores
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("ectsum_eval.py output %q: %v", out, err)
	}
	t.Logf("Python:  ROUGE-1 F1 %.4f  ROUGE-2 F1 %.4f  ROUGE-L F1 %.4f  number recall %.4f  number precision %.4f",
		want.Rouge1, want.Rouge2, want.RougeL, want.NumRecall, want.NumPrec)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"rouge1", got.Rouge1, want.Rouge1}, {"rouge2", got.Rouge2, want.Rouge2}, {"rougeL", got.RougeL, want.RougeL},
		{"num_recall", got.NumRecall, want.NumRecall}, {"num_prec", got.NumPrec, want.NumPrec},
	} {
		if fmt.Sprintf("%.3f", c.got) != fmt.Sprintf("%.3f", c.want) || math.Abs(c.got-c.want) > 5e-4 {
			t.Errorf("%s: Go port %.4f, ectsum_eval.py %.4f", c.name, c.got, c.want)
		}
	}
	if got.Calls != want.Calls || got.Missing != want.Missing {
		t.Errorf("calls/missing: Go %d/%d, Python %d/%d", got.Calls, got.Missing, want.Calls, want.Missing)
	}
}
