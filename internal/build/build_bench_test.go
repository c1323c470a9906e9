package build_test

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite"
	"callsite/internal/build"
	"callsite/internal/render"
)

// BenchmarkBuild runs whole builds (load, parse, site model, parallel
// render, publish) of N generated plain-text transcripts of about 40 kB
// each, in the shape of the corpusgen corpus that `gen bench` uses. MB/s
// is input bytes. Each iteration is a cold build into a fresh output
// folder. CALLSITE_BENCH_CONTENT=DIR adds a benchmark of DIR (a corpusgen
// corpus's transcripts/, say), handy with -cpuprofile and -memprofile:
//
//	go test -run '^$' -bench Build -benchmem ./internal/build
//	CALLSITE_BENCH_CONTENT=/tmp/corpus/transcripts go test -run '^$' -bench Build/dir -benchtime 1x -cpuprofile cpu.out ./internal/build
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint("calls=", n), func(b *testing.B) {
			content := b.TempDir()
			size := writeCorpus(b, content, n, 40000)
			benchBuild(b, content, size)
		})
	}
	if dir := os.Getenv("CALLSITE_BENCH_CONTENT"); dir != "" {
		b.Run("dir", func(b *testing.B) {
			size, err := treeSize(dir)
			if err != nil {
				b.Fatal(err)
			}
			benchBuild(b, dir, size)
		})
	}
}

func benchBuild(b *testing.B, content string, size int64) {
	theme := defaultTheme(b)
	outs := b.TempDir()
	b.SetBytes(size)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		res, err := build.Run(build.Config{Content: content, Out: filepath.Join(outs, fmt.Sprint(i)), Theme: theme})
		if err != nil {
			b.Fatalf("%v: %v", err, res.InputErrors)
		}
		b.ReportMetric(float64(res.Calls), "calls")
	}
}

// BenchmarkRebuild times a rebuild with the build cache after editing one
// transcript of N generated ones, the way an author works: each
// iteration changes a word of the prepared remarks (the call's record
// stays as it was) or of a question (it does not), in turn.
//
//	go test -run '^$' -bench Rebuild -benchtime 20x ./internal/build
func BenchmarkRebuild(b *testing.B) {
	for _, n := range []int{1000} {
		b.Run(fmt.Sprint("calls=", n), func(b *testing.B) {
			content, work := b.TempDir(), b.TempDir()
			writeCorpus(b, content, n, 40000)
			cfg := build.Config{Content: content, Out: filepath.Join(work, "public"), CacheDir: filepath.Join(work, "cache"), Theme: defaultTheme(b)}
			if res, err := build.Run(cfg); err != nil {
				b.Fatalf("%v: %v", err, res.InputErrors)
			}
			name, _ := synthCall(n/2, 40000)
			victim := filepath.Join(content, name)
			orig, err := os.ReadFile(victim)
			if err != nil {
				b.Fatal(err)
			}
			// Each iteration leaves the file different from the last one.
			states := []string{
				strings.Replace(string(orig), "Thank you, operator.", "Thank you, operator, and hello.", 1),
				string(orig),
				strings.Replace(string(orig), "Could you talk about", "Could you speak to", 1),
				string(orig),
			}
			i := 0
			for b.Loop() {
				text := states[i%len(states)]
				i++
				if err := os.WriteFile(victim, []byte(text), 0o644); err != nil {
					b.Fatal(err)
				}
				res, err := build.Run(cfg)
				if err != nil {
					b.Fatalf("%v: %v", err, res.InputErrors)
				}
				if res.Reused < n-1 {
					b.Fatalf("rebuild reused %d of %d calls", res.Reused, n)
				}
			}
		})
	}
}

func treeSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
		}
		return err
	})
	return total, err
}

func defaultTheme(_ *testing.B) render.Theme { return callsite.DefaultTheme() }

// writeCorpus writes n deterministic plain transcripts of about size bytes
// into dir, 8 consecutive quarters per company, and returns their total
// size.
func writeCorpus(b *testing.B, dir string, n, size int) int64 {
	b.Helper()
	var total int64
	for i := 0; i < n; i++ {
		name, text := synthCall(i, size)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(text))
	}
	return total
}

var (
	syllables = []string{"al", "bel", "cor", "dan", "el", "fen", "gar", "hol", "is", "jun", "kel", "lor", "mar", "nov", "or", "pel", "quin", "ros", "sal", "tor", "ul", "ven", "wes", "yar"}
	suffixes  = []string{"Foods", "Robotics", "Energy", "Capital", "Systems", "Health", "Materials", "Networks"}
	given     = []string{"Anna", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hugo", "Irene", "James", "Karen", "Luis", "Maya", "Noah", "Olivia", "Paul"}
	family    = []string{"Abbott", "Brandt", "Chen", "Duarte", "Evans", "Fischer", "Garcia", "Hayes", "Ito", "Jensen", "Kowalski", "Lind", "Moreau", "Nakamura", "Okafor", "Patel"}
	firms     = []string{"Harbor Lane Securities", "Calder & Finch", "Greyfield Bank", "Northgate Research", "Stonebridge Advisors", "Pemberton Financial"}
	ordinals  = []string{"First", "Second", "Third", "Fourth"}
	metrics   = []string{"revenue", "gross margin", "operating income", "free cash flow", "adjusted EBITDA", "net sales"}
	segments  = []string{"Americas", "Europe", "Asia Pacific", "services", "hardware", "subscription"}
)

func person(r *rand.Rand) string {
	return given[r.IntN(len(given))] + " " + family[r.IntN(len(family))]
}

// synthCall returns the file name and text of call i. Calls of a company
// share its people, as real ones do.
func synthCall(i, size int) (string, string) {
	co := i / 8
	cr := rand.New(rand.NewPCG(uint64(co), 1))
	company := strings.ToUpper(syllables[co%len(syllables)][:1]) + syllables[co%len(syllables)][1:] +
		syllables[(co/len(syllables))%len(syllables)] + fmt.Sprintf("%d ", co/(len(syllables)*len(syllables))) + suffixes[co%len(suffixes)]
	company = strings.Replace(company, "0 ", " ", 1)
	ir, ceo, cfo := person(cr)+"son", person(cr), person(cr)+"-Ruiz"
	analysts := []string{person(cr) + "ley", person(cr) + "er", person(cr) + "ton"}

	r := rand.New(rand.NewPCG(uint64(i), 2))
	year, q := 2018+(i%8)/4, 1+i%4
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s Q%d %d Earnings Call Transcript\n", company, q, year)
	fmt.Fprintf(&sb, "Operator\nGood morning, and welcome to the %s %s Quarter %d Earnings Call. I would now like to turn the call over to %s, Vice President of Investor Relations.\n", company, ordinals[q-1], year, ir)
	fmt.Fprintf(&sb, "%s - Vice President, Investor Relations\nThank you, operator. With me today are %s, our Chief Executive Officer, and %s, our Chief Financial Officer.\n", ir, ceo, cfo)
	para := func() string {
		var p strings.Builder
		for s := 0; s < 4; s++ {
			fmt.Fprintf(&p, "In %s, %s was $%d.%d million, up %d.%d%% from the prior year. ",
				segments[r.IntN(len(segments))], metrics[r.IntN(len(metrics))], 10+r.IntN(900), r.IntN(10), r.IntN(20), r.IntN(10))
		}
		return strings.TrimSpace(p.String())
	}
	for _, who := range []string{ceo + " - Chief Executive Officer", cfo + " - Chief Financial Officer"} {
		sb.WriteString(who + "\n")
		for k := 0; k < 6; k++ {
			sb.WriteString(para() + "\n")
		}
	}
	sb.WriteString("Operator\nWe will now begin the question-and-answer session.\n")
	for k := 0; sb.Len() < size; k++ {
		a := analysts[k%len(analysts)]
		fmt.Fprintf(&sb, "Operator\nOur next question comes from %s with %s.\n%s - Analyst\nThank you. Could you talk about %s in %s for the rest of the year?\n",
			a, firms[(co+k)%len(firms)], a, metrics[r.IntN(len(metrics))], segments[r.IntN(len(segments))])
		fmt.Fprintf(&sb, "%s - Chief Executive Officer\n%s\n%s\n", ceo, para(), para())
	}
	sb.WriteString("Operator\nThis concludes today's conference call. Thank you for participating.\n")
	slug := strings.ToLower(strings.ReplaceAll(company, " ", "-"))
	return fmt.Sprintf("%s-q%d-%d.txt", slug, q, year), sb.String()
}
