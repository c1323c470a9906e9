package render

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"callsite/internal/site"
	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// greeting is how a preview must not begin: thanks, a greeting or a bare
// yes or sure. (Written out here, apart from site.Substance's own lists,
// so that the test checks the rule rather than repeating it.)
var greeting = regexp.MustCompile(`(?i)^\W*(thank|thanks|good (morning|afternoon|evening|day)|hi|hello|hey|yes|yeah|yep|sure|okay|ok|great question|good question)\b`)

// TestAnswerDescriptions reads every call of the seed, ../shared/corpus
// and ../shared/corpus/bulk and checks the description of every exchange
// page: it does not open with thanks, a greeting or a bare "yes", and it
// is at least 60 characters unless the whole answer (and question) is
// shorter.
func TestAnswerDescriptions(t *testing.T) {
	var files []string
	for _, dir := range []string{testshared.Path(t, "seed"), testshared.Path(t, "corpus", "transcripts"), testshared.Path(t, "corpus", "bulk", "transcripts")} {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".md") && !strings.HasPrefix(d.Name(), ".") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var pages, greets, described, parsed int
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := transcript.Parse(filepath.Base(f), src)
		if err != nil {
			continue // the parser's tests report these
		}
		parsed++
		for _, ex := range tr.Exchanges {
			pages++
			d := site.AnswerPreview(ex, descMin, descMax).Text
			if utf8.RuneCountInString(d) < descShort {
				described++ // the page says whose exchange it is first (exchangeDescription)
				continue
			}
			if greeting.MatchString(d) {
				greets++
				if greets <= 10 {
					t.Errorf("%s %s: description opens with a greeting: %q", f, ex.ID, d)
				}
			}
		}
	}
	if pages == 0 {
		t.Fatalf("no exchanges in %d files", len(files))
	}
	t.Logf("%d exchange pages of %d calls (%d files): %d descriptions open with a greeting; %d exchanges say less than %d characters beyond courtesy (described by who asked whom)", pages, parsed, len(files), greets, described, descShort)
}

func TestExchangeDescription(t *testing.T) {
	c := &site.Call{Record: &site.Record{Meta: transcript.Meta{Company: "Acme", Year: 2024, Quarter: 2}}, Company: &site.Company{Name: "Acme"}}
	rec := site.ExchangeRecord{N: 3, Analyst: &transcript.Speaker{Name: "Jane Poe"}, Firm: "Example Securities",
		AnsweredBy: []*transcript.Speaker{{Name: "John Roe"}}}
	long := "Gross margin was down 40 basis points on freight, which we expect to recover."
	if got := exchangeDescription(c, rec, site.Preview{Text: long}); got != long {
		t.Errorf("a long preview: description %q, want the preview", got)
	}
	for _, short := range []string{"", "I'll get back in the queue."} {
		got := exchangeDescription(c, rec, site.Preview{Text: short})
		if utf8.RuneCountInString(got) < descShort || !strings.Contains(got, "Jane Poe") || !strings.Contains(got, "John Roe") || !strings.Contains(got, short) || greeting.MatchString(got) {
			t.Errorf("preview %q: description %q does not say who asked whom (at least %d characters)", short, got, descShort)
		}
	}
}
