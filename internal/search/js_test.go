package search

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"callsite/internal/testshared"
)

// runNode runs script under node with the site's static/tokens.js loaded
// (callsiteTokens) and the functions of static/search.js between from
// and to in lib, giving it in as process.argv[1] (a JSON file), and
// decodes what it writes into out.
func runNode(t *testing.T, script string, in any, out any) {
	t.Helper()
	node := testshared.Tool(t, "node")
	dir := t.TempDir()
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "in.json")
	if err := os.WriteFile(input, data, 0o644); err != nil {
		t.Fatal(err)
	}
	static := filepath.Join("..", "..", "static")
	prelude := `
const fs = require("fs");
require(` + jsString(t, filepath.Join(static, "tokens.js")) + `);
const src = fs.readFileSync(` + jsString(t, filepath.Join(static, "search.js")) + `, "utf8");
const input = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const cut = (from, to) => src.slice(src.indexOf(from), src.indexOf(to));
const lib = new Function("manifest", cut("  var TEXT =", "  var LABEL") + cut("  function shardFile(k)", "  function params()") +
  "; return {shardKeys, shardFile, reader, weight, KIND};")({kinds: input.kinds || []});
`
	cmd := exec.Command(node, "-e", prelude+script, input)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v: %s", err, stderr.String())
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("%v: %.300s", err, res)
	}
}

func jsString(t *testing.T, s string) string {
	abs, err := filepath.Abs(s)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(abs)
	return string(b)
}

// TestJSMirrorsGo runs static/tokens.js's tokens and search.js's
// shardKeys, shardFile and posting reader under node (skipped without
// it, failed under CI=true) on the inputs of the Go tests and compares.
func TestJSMirrorsGo(t *testing.T) {
	texts := []string{"Gross Margin", "Acme's Q2 2024", "don't", "Dall’Aglio", "$1.2 billion, up 14.5%",
		"2,500 units; 3, 4", "Société Générale", "it's 's", "end.", "How much of the backlog is outside North America today?",
		"U.S. GAAP EPS of $0.42", "O’Neil’s 10-K", "İstanbul ÅRHUS", "x—y", "Q3’24", strings.Repeat("long", 10) + " " + strings.Repeat("x", 41),
		"ＡＢＣ　１２３", "naïve café", "ǅemal", "3.5.7 1,2,3 ,5 5, .5", "Mr. O'Brien's", "rock 'n' roll", "٣٤ ١٢"}
	keys := []string{"b", "ma", "mac", "margin", "margins", "mark", "r", "é", "éc"}
	type keyCase struct {
		Word   string `json:"word"`
		Prefix bool   `json:"prefix"`
	}
	var kcs []keyCase
	for _, w := range []string{"margin", "margins", "marginal", "ma", "mar", "marg", "mars", "revenue", "re", "é", "éco", "zebra"} {
		kcs = append(kcs, keyCase{w, false}, keyCase{w, true})
	}
	nums := []int{0, 1, 31, 32, 1000, 1 << 20, 1<<31 - 1}
	var posting []byte
	for _, n := range nums {
		posting = appendBase64(posting, n)
	}
	var got struct {
		Tokens  [][]string `json:"tokens"`
		Keys    [][]string `json:"keys"`
		Files   []string   `json:"files"`
		Nums    []int      `json:"nums"`
		Weights []float64  `json:"weights"`
	}
	var flags []int
	for kind := range Kinds {
		for fields := 0; fields <= fieldsMask>>7; fields++ {
			flags = append(flags, kind<<kindShift|fields<<7|RoleAnalyst)
		}
	}
	runNode(t, `
const r = lib.reader(input.posting), nums = [];
while (r.more()) nums.push(r.next());
process.stdout.write(JSON.stringify({
  tokens: input.texts.map(callsiteTokens.tokens),
  keys: input.cases.map(c => lib.shardKeys(input.keys, c.word, c.prefix)),
  files: input.keys.map(lib.shardFile),
  nums: nums,
  weights: input.flags.map(f => lib.weight(f & (input.mask | lib.KIND))),
}));`, map[string]any{"texts": texts, "keys": keys, "cases": kcs, "posting": string(posting), "kinds": Kinds, "flags": flags, "mask": fieldsMask}, &got)
	for i, text := range texts {
		want := Tokens(text)
		if len(want) == 0 && len(got.Tokens[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(got.Tokens[i], want) {
			t.Errorf("tokens(%q): js %q, go %q", text, got.Tokens[i], want)
		}
	}
	for i, c := range kcs {
		want := shardKeys(keys, c.Word, c.Prefix)
		if len(want) == 0 && len(got.Keys[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(got.Keys[i], want) {
			t.Errorf("shardKeys(%q, %v): js %q, go %q", c.Word, c.Prefix, got.Keys[i], want)
		}
	}
	for i, k := range keys {
		if got.Files[i] != ShardFile(k) {
			t.Errorf("shardFile(%q): js %q, go %q", k, got.Files[i], ShardFile(k))
		}
	}
	for i, f := range flags {
		if want := fieldWeight(f); i >= len(got.Weights) || got.Weights[i] != want {
			t.Errorf("weight(%#x) of a %s: js %v, go %v", f, Kinds[f>>kindShift&7], got.Weights, want)
			break
		}
	}
	if !reflect.DeepEqual(got.Nums, nums) {
		t.Errorf("posting numbers: js read %v, go wrote %v", got.Nums, nums)
	}
}

// TestJSTokensAgreeOnCorpus tokenizes every line of the shared corpus's
// transcripts (all their formats, in every language and script they use)
// with static/tokens.js under node and with Tokens, and compares: the
// words a reader types must be the index's words.
func TestJSTokensAgreeOnCorpus(t *testing.T) {
	root := testshared.Path(t, "corpus", "transcripts")
	var lines []string
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
		}
		for _, l := range strings.Split(string(data), "\n") {
			// Text only: a line that is not UTF-8 is no one's words.
			if l = strings.TrimSpace(l); l != "" && utf8.ValidString(l) && !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 1000 {
		t.Fatalf("%s: only %d lines", root, len(lines))
	}
	var got [][]string
	runNode(t, `process.stdout.write(JSON.stringify(input.map(callsiteTokens.tokens)));`, lines, &got)
	if len(got) != len(lines) {
		t.Fatalf("js tokenized %d lines of %d", len(got), len(lines))
	}
	differ := 0
	for i, l := range lines {
		want := Tokens(l)
		if len(want) == 0 && len(got[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(got[i], want) {
			if differ++; differ <= 5 {
				t.Errorf("tokens(%.200q):\njs %q\ngo %q", l, got[i], want)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d lines tokenized differently", differ, len(lines))
	}
	t.Logf("%d lines tokenized alike", len(lines))
}

// TestJSRanksAsGo runs the search of static/search.js (its search
// function, as the search page calls it, over the index files) under node
// and Search in Go on the same index, the seed site's with the words said
// and postings in small pages, for queries of every kind (words,
// prefixes, names, figures, filters, words drawn from what was said), for
// the first 3 results and for all, and compares the documents found and
// their order.
func TestJSRanksAsGo(t *testing.T) {
	files, _, s := pagedIndexes(t, 4)
	queries := rankQueries(t, s, 60)
	co := s.Companies[0]
	queries = append(queries, Query{Text: strings.ToLower(co.Name[:2])})
	for _, c := range s.Calls[:min(3, len(s.Calls))] {
		for _, ex := range c.Exchanges[:min(2, len(c.Exchanges))] {
			queries = append(queries, Query{Text: ex.Analyst.Name}, Query{Text: ex.Question[:min(40, len(ex.Question))]})
		}
	}
	limits := []int{3, 1 << 20}
	type jsQuery struct {
		Q       string `json:"q"`
		Speaker string `json:"speaker"`
		Type    string `json:"type"`
		Role    string `json:"role"`
		Company string `json:"company"`
		Period  string `json:"period"`
	}
	in := map[string]any{"files": map[string]string{}, "queries": []jsQuery{}, "limits": limits}
	for name, data := range files {
		in["files"].(map[string]string)[name] = string(data)
	}
	for _, q := range queries {
		in["queries"] = append(in["queries"].([]jsQuery), jsQuery{q.Text, q.Speaker, q.Kind, q.Role, q.Company, q.Period})
	}
	var got [][]int
	runNode(t, `
globalThis.window = globalThis;
globalThis.fetch = async (u) => {
  const p = new URL(u).pathname.replace(/^\//, "");
  return p in input.files ? { ok: true, json: async () => JSON.parse(input.files[p]) } : { ok: false, status: 404 };
};
const run = new Function("base", "var cache = {}, manifest = null, stop = {}, words = [], said = [];" +
  cut("  var PAGE =", "  var LABEL") + cut("  function get(path)", "  function doc(id)") +
  "; return get('manifest.json').then(m => { manifest = m; m.stop.forEach(w => { stop[w] = true; }); return search; });");
run(new URL("http://site.test/search/")).then(async search => {
  const out = [];
  for (const q of input.queries) for (const lim of input.limits) out.push(((await search(q, lim)) || []).map(r => r.id));
  process.stdout.write(JSON.stringify(out));
});`, in, &got)
	if len(got) != len(queries)*len(limits) {
		t.Fatalf("js ran %d searches of %d", len(got), len(queries)*len(limits))
	}
	fsys := siteFS(files)
	found := 0
	for i, q := range queries {
		for j, limit := range limits {
			res, _, err := Search(fsys, q, limit)
			if err != nil {
				t.Fatal(err)
			}
			var want []int
			for _, r := range res {
				want = append(want, r.ID)
			}
			found += len(want)
			if g := got[i*len(limits)+j]; (len(want) > 0 || len(g) > 0) && !reflect.DeepEqual(g, want) {
				t.Errorf("%+v, first %d: js found %v, go %v", q, limit, g, want)
			}
		}
	}
	if found < len(queries) {
		t.Errorf("the queries found %d documents in all: too few to compare", found)
	}
}
