package figures

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// realTurns reads the first n real calls of the shared bulk corpus and
// gives each call's turns as FindTurn takes them (the operator left out, as
// the site does), with the call's context and the bytes of text.
func realTurns(b testing.TB, n int) (calls [][][]string, ctxs []Context, size int) {
	dir := sharedDir(b, "corpus/bulk/transcripts")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no transcripts in %s: %v", dir, err)
	}
	sort.Strings(names)
	for _, name := range names[:min(n, len(names))] {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		t, err := transcript.Parse(name, src)
		if err != nil {
			b.Fatal(err)
		}
		var turns [][]string
		for _, s := range t.Sections {
			for _, tu := range s.Turns {
				if tu.Speaker.Role == transcript.RoleOperator {
					continue
				}
				paras := make([]string, len(tu.Paragraphs))
				for i, p := range tu.Paragraphs {
					paras[i] = p.Text
					size += len(p.Text)
				}
				turns = append(turns, paras)
			}
		}
		calls = append(calls, turns)
		ctxs = append(ctxs, Context{Year: t.Meta.Year, Quarter: t.Meta.Quarter, Company: t.Meta.Company})
	}
	return calls, ctxs, size
}

// BenchmarkFindTurnReal finds the figures of 20 real calls of the shared
// bulk corpus turn by turn, as a build does: the CPU a build spends in this
// package, on the prose it really gets.
func BenchmarkFindTurnReal(b *testing.B) {
	calls, ctxs, size := realTurns(b, 20)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ops := 0
	start := testshared.CPUTime()
	for b.Loop() {
		for c, turns := range calls {
			ctx := ctxs[c]
			for _, paras := range turns {
				FindTurn(paras, ctx)
			}
		}
		ops++
	}
	// The process's CPU time (collector included) holds on a busy
	// machine where ns/op does not.
	b.ReportMetric(float64(testshared.CPUTime()-start)/float64(time.Millisecond)/float64(ops), "cpu-ms/op")
}

// BenchmarkSubstringSetIn asks two of the package's sets about every
// paragraph of 20 real calls, in lower case as the rules read them.
func BenchmarkSubstringSetIn(b *testing.B) {
	calls, _, size := realTurns(b, 20)
	var paras []string
	for _, turns := range calls {
		for _, ps := range turns {
			for _, p := range ps {
				paras = append(paras, lower(p))
			}
		}
	}
	b.SetBytes(int64(2 * size))
	for b.Loop() {
		for _, p := range paras {
			reviewSet.in(p)
			previousWordSet.in(p)
		}
	}
}
