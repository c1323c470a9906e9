package e2e

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"callsite/internal/search"
	"callsite/internal/testshared"
)

// callJSON is what TestFullTextSearch reads of a call.json.
type callJSON struct {
	URL     string `json:"url"`
	Company struct {
		Slug string `json:"slug"`
	} `json:"company"`
	Period struct {
		Label string `json:"label"`
	} `json:"period"`
	Speakers []struct {
		ID   string `json:"id"`
		Role string `json:"role"`
	} `json:"speakers"`
	Sections []struct {
		Turns []struct {
			ID         string          `json:"id"`
			Speaker    string          `json:"speaker"`
			Paragraphs []paragraphJSON `json:"paragraphs"`
		} `json:"turns"`
	} `json:"sections"`
	Exchanges []struct {
		ID    string   `json:"id"`
		Turns []string `json:"turns"`
	} `json:"exchanges"`
}

// phrase is a few words drawn from a paragraph of a call.
type phrase struct {
	call  callJSON
	para  paragraphJSON
	query string // the word (not a stop word) and the two after it, and a space
	want  string // the URL of the paragraph's exchange (Q&A) or turn
}

type paragraphJSON struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// drawPhrase draws a phrase from a random paragraph of a random turn (not
// the operator's) of a random call; false when the draw found none.
func drawPhrase(calls []callJSON, stop map[string]bool, rng *rand.Rand) (phrase, bool) {
	c := calls[rng.IntN(len(calls))]
	role := map[string]string{}
	for _, sp := range c.Speakers {
		role[sp.ID] = sp.Role
	}
	var turns []int // section*1e4 + turn
	for i, sec := range c.Sections {
		for j, tu := range sec.Turns {
			if role[tu.Speaker] != "operator" && len(tu.Paragraphs) > 0 {
				turns = append(turns, i*10000+j)
			}
		}
	}
	if len(turns) == 0 {
		return phrase{}, false
	}
	k := turns[rng.IntN(len(turns))]
	tu := c.Sections[k/10000].Turns[k%10000]
	para := tu.Paragraphs[rng.IntN(len(tu.Paragraphs))]
	words := search.Tokens(para.Text)
	var content []int // the words a search can find: not stop words
	for i, w := range words {
		if !stop[w] {
			content = append(content, i)
		}
	}
	if len(content) == 0 {
		return phrase{}, false
	}
	i := content[rng.IntN(len(content))]
	ph := phrase{call: c, para: para, query: strings.Join(words[i:min(i+3, len(words))], " ") + " ", want: c.URL + "#" + tu.ID}
	target := map[string]string{} // turn id -> the exchange or turn a search gives for it
	for _, ex := range c.Exchanges {
		for _, id := range ex.Turns {
			target[id] = ex.ID
		}
	}
	if ex, ok := target[tu.ID]; ok {
		ph.want = c.URL + "#" + ex
	}
	// The index knows which words a turn holds, not where: a phrase each of
	// whose words is said in more than ten exchanges or turns of the call
	// ("got it thank", "good morning") names none of them, and is drawn
	// again.
	rare := false
	for _, w := range words[i:min(i+3, len(words))] {
		rare = rare || !stop[w] && holders(c, w, target) <= 10
	}
	if !rare {
		return phrase{}, false
	}
	return ph, true
}

// holders counts the exchanges and turns of call c (the results a search
// gives, target mapping a turn to its exchange) that say word.
func holders(c callJSON, word string, target map[string]string) int {
	held := map[string]bool{}
	for _, sec := range c.Sections {
		for _, tu := range sec.Turns {
			for _, p := range tu.Paragraphs {
				if !slices.Contains(search.Tokens(p.Text), word) {
					continue
				}
				if ex, ok := target[tu.ID]; ok {
					held[ex] = true
				} else {
					held[tu.ID] = true
				}
				break
			}
		}
	}
	return len(held)
}

// readCalls reads the call.json of every call page of a site, and the
// search index's stop words.
func readCalls(t *testing.T, s *builtSite) ([]callJSON, map[string]bool) {
	t.Helper()
	var calls []callJSON
	for _, p := range s.callPages(t) {
		var c callJSON
		if err := json.Unmarshal(readAll(t, filepath.Join(s.Dir, filepath.FromSlash(path.Dir(p)), "call.json")), &c); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		calls = append(calls, c)
	}
	var m search.Manifest
	if err := json.Unmarshal(readAll(t, filepath.Join(s.Dir, "search", "manifest.json")), &m); err != nil {
		t.Fatal(err)
	}
	stop := map[string]bool{}
	for _, w := range m.Stop {
		stop[w] = true
	}
	return calls, stop
}

// bulk is ../shared/corpus/bulk/transcripts (811 calls), built with
// -keep-going and without share images (the checks that use it read the
// search index and call.json).
func bulk(t testing.TB) *builtSite {
	t.Helper()
	content := testshared.Path(t, "corpus", "bulk", "transcripts")
	return site(t, "bulk", func(t testing.TB) (*builtSite, error) {
		return genInto(content, filepath.Join(tmp, "site-bulk"), "/", true, "-cards=false")
	})
}

// TestFullTextSearch draws random words from random paragraphs of the seed,
// corpus and bulk sites (every speaker but the operator) and searches the
// built index (search.Search, which static/search.js mirrors) for the
// word (not a stop word) with the two words after it, within the call's
// company and period, as a reader who remembers a phrase would: the
// paragraph's exchange (for the Q&A) or its turn (prepared remarks,
// closing) must be among the top 10 results, for every one of 200 draws
// per site whose words are said in at most ten of the call's exchanges or
// turns.
func TestFullTextSearch(t *testing.T) {
	for _, tc := range []namedSite{{"seed", seed}, {"corpus", corpus}, {"bulk", bulk}} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.site(t)
			calls, stop := readCalls(t, s)
			fsys := os.DirFS(s.Dir)
			rng := rand.New(rand.NewPCG(15, 1))
			tried, missed := 0, 0
			for tried < 200 {
				ph, ok := drawPhrase(calls, stop, rng)
				if !ok {
					continue
				}
				c, para, query, want := ph.call, ph.para, ph.query, ph.want
				tried++
				res, _, err := search.Search(fsys, search.Query{Text: query, Company: c.Company.Slug, Period: c.Period.Label}, 10)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, r := range res {
					found = found || r.Doc.URL == want
				}
				if !found {
					missed++
					if missed <= 10 {
						var got []string
						for _, r := range res {
							got = append(got, r.Doc.URL)
						}
						t.Logf("missed: %q (from %s#%s): %s not among the top 10 %q", query, c.URL, para.ID, want, got)
					}
				}
			}
			t.Logf("%s: %d of %d phrases found their paragraph's exchange or turn among the top 10", tc.name, tried-missed, tried)
			// (A phrase of words said in more than ten exchanges or turns of
			// its call is drawn again: results that score the same come in
			// the order of the call, and no search could single one out.
			// 3,000 draws per site miss up to 0.1%: phrases whose one rarer
			// word, "million" or "guidance", the call's figures hold too.)
			if missed > 0 {
				t.Errorf("%s: %d of %d phrases missed their paragraph's exchange or turn", tc.name, missed, tried)
			}
		})
	}
}
