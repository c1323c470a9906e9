package search

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"callsite/internal/site"
	"callsite/internal/transcript"
)

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Gross Margin", []string{"gross", "margin"}},
		{"How much of the backlog is outside North America today?", []string{"how", "much", "of", "the", "backlog", "is", "outside", "north", "america", "today"}},
		{"Acme's Q2 2024", []string{"acme", "q2", "2024"}},
		{"don't", []string{"dont"}},
		{"Dall’Aglio", []string{"dallaglio"}},
		{"$1.2 billion, up 14.5%", []string{"1.2", "billion", "up", "14.5"}},
		{"2,500 units; 3, 4", []string{"2500", "units", "3", "4"}},
		{"end.", []string{"end"}},
		{"Société Générale", []string{"société", "générale"}},
		{"it's 's", []string{"it", "s"}},
		{"", nil},
		{"--", nil},
		{strings.Repeat("x", MaxTermLen+1) + " ok", []string{"ok"}},
	}
	for _, c := range cases {
		if got := Tokens(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestASCIITokensMatchUnicode checks the fast path for ASCII text
// against the general one on many strings made of the characters the
// rules treat specially.
func TestASCIITokensMatchUnicode(t *testing.T) {
	const alphabet = "aAsSzZ09.,' -x$%7"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(64)) // past a head from a term's start too
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		text := string(b)
		if got, ok := asciiTokens(text); !ok || !slices.Equal(got, unicodeTokens(text)) {
			t.Fatalf("asciiTokens(%q) = %q, %v, want %q", text, got, ok, unicodeTokens(text))
		}
	}
	long := strings.Repeat("a", MaxTermLen) + " " + strings.Repeat("b", MaxTermLen+1) + " Acme's 1,250.5 don't"
	if got, ok := asciiTokens(long); !ok || !slices.Equal(got, unicodeTokens(long)) {
		t.Errorf("asciiTokens = %q, %v, want %q", got, ok, unicodeTokens(long))
	}
	if _, ok := asciiTokens("the café's sales"); ok {
		t.Error("asciiTokens took text with an accent for ASCII")
	}
}

// TestCollectorTokens checks a collector's words against Tokens, with
// and without the stop words, on ASCII text and on text whose first
// character beyond ASCII comes early, late or last.
func TestCollectorTokens(t *testing.T) {
	var b collector
	for _, text := range []string{
		"We expect revenue of $1,250.5 million and we'll grow it",
		"Acme’s revenue grew, and the margin with it",
		"The café chain's sales rose in the quarter",
		"Sales in the quarter rose at the Zürich plant",
		"what we said is all there is to it …",
		"",
	} {
		want := Tokens(text)
		for _, skipStops := range []bool{false, true} {
			var got []string
			for _, w := range b.tokens(text, skipStops) {
				got = append(got, b.words.words[w])
			}
			var expected []string
			for _, w := range want {
				if !skipStops || !slices.Contains(stopWords, w) {
					expected = append(expected, w)
				}
			}
			if !slices.Equal(got, expected) {
				t.Errorf("tokens(%q, %v) = %q, want %q", text, skipStops, got, expected)
			}
		}
	}
}

func TestStopWordsSorted(t *testing.T) {
	if !slices.IsSorted(stopWords) {
		t.Fatal("stopWords must be sorted (the manifest lists them in order)")
	}
	for _, w := range stopWords {
		if !isStop(w) || !reflect.DeepEqual(Tokens(w), []string{w}) {
			t.Errorf("stop word %q is not found or not one token", w)
		}
	}
	// Words that are not stop words, some near them: a stop word with a
	// letter more, less or changed, its prefixes, and some of the words
	// of a call.
	var others []string
	for _, w := range stopWords {
		others = append(others, w+"s", w[1:], w[:len(w)-1], "x"+w, strings.ToUpper(w), w+"\x00")
	}
	others = append(others, Tokens("Revenue grew 12% to $1.2 billion; thankfully, we'll theirs whom hers anyway")...)
	for _, w := range others {
		if got, want := isStop(w), slices.Contains(stopWords, w); got != want {
			t.Errorf("isStop(%q) = %v, want %v", w, got, want)
		}
		if got, want := isStop([]byte(w)), slices.Contains(stopWords, w); got != want {
			t.Errorf("isStop([]byte(%q)) = %v, want %v", w, got, want)
		}
	}
}

func TestShardFile(t *testing.T) {
	for in, want := range map[string]string{"ab": "ab.idx.json", "q2": "q2.idx.json", "1.": "1_2e_.idx.json", "é1": "_e9_1.idx.json", "call": "call.idx.json"} {
		if got := ShardFile(in); got != want {
			t.Errorf("ShardFile(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShardJSONIsEncodingJSON checks the hand-written shard encoding
// against encoding/json's, on terms that need escaping and on those that
// do not.
func TestShardJSONIsEncodingJSON(t *testing.T) {
	lists := map[string][]int32{ // [doc, flags, ...]
		"1.5": {0, 3, 12, 1025}, "acme": {7, 128}, "café": {1, 1},
		"naïve": {4, 0, 5, 2}, "x<y": {2, 9}, "q4": {1234567, 1},
	}
	flags := newFlagTable()
	postings := map[string]*postingList{}
	for term, list := range lists {
		p := &postingList{}
		for k := 0; k < len(list); k += 2 {
			p.add(int(list[k]), flags.idOf(list[k+1]))
		}
		postings[term] = p
	}
	terms := []string{"1.5", "acme", "café", "naïve", "q4", "x<y"}
	codes := flags.codes()
	flagOf := make([]int32, len(codes))
	for id, c := range codes {
		flagOf[c] = flags.flags[id]
	}
	m := map[string]string{}
	for _, term := range terms {
		var enc []byte
		list, prev := lists[term], int32(0)
		for k := 0; k < len(list); k += 2 {
			enc = appendBase64(appendBase64(enc, int(list[k]-prev)), codes[flags.find(list[k+1])])
			prev = list[k]
		}
		m[term] = string(enc)
	}
	want, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	got := appendShardJSON(nil, terms, postings, nil, codes)
	if string(got) != string(want) {
		t.Errorf("appendShardJSON = %s\nwant %s", got, want)
	}
	var back map[string]string
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	for _, term := range terms {
		var list []int32
		doc := 0
		for r := (postingReader{s: back[term]}); r.more(); {
			doc += r.next()
			list = append(list, int32(doc), flagOf[r.next()])
		}
		if !slices.Equal(list, lists[term]) {
			t.Errorf("%s: read back %v, want %v", term, list, lists[term])
		}
		if n := postingBytes(postings[term], codes); n != len(back[term]) {
			t.Errorf("%s: postingBytes %d, written %d", term, n, len(back[term]))
		}
	}
	// Codes go to the most frequent flags first: 1 is in two postings.
	if codes[flags.find(1)] != 0 {
		t.Errorf("flag 1, the most frequent, has code %d", codes[flags.find(1)])
	}
}

// TestBase64Numbers writes and reads back numbers of posting strings.
func TestBase64Numbers(t *testing.T) {
	var b []byte
	nums := []int{0, 1, 31, 32, 33, 1023, 1024, 1<<20 + 7, 1<<31 - 1}
	for _, v := range nums {
		n := len(b)
		b = appendBase64(b, v)
		if len(b)-n != base64Len(v) {
			t.Errorf("%d: %d characters, base64Len %d", v, len(b)-n, base64Len(v))
		}
	}
	if base64Len(31) != 1 || base64Len(32) != 2 {
		t.Errorf("base64Len(31) = %d, base64Len(32) = %d", base64Len(31), base64Len(32))
	}
	r := postingReader{s: string(b)}
	for _, v := range nums {
		if got := r.next(); got != v {
			t.Errorf("read %d, want %d", got, v)
		}
	}
	if r.more() {
		t.Errorf("characters left: %q", r.s[r.i:])
	}
}

// TestShardSplit checks the keys a set of terms gets and the shards a
// query loads.
func TestShardSplit(t *testing.T) {
	flags := newFlagTable()
	post := func(n int) *postingList { // n numbers of 1 character
		p := &postingList{}
		for range n / 2 {
			p.add(p.last, flags.idOf(0))
		}
		return p
	}
	postings := map[string]*postingList{
		"ma": post(2), "mac": post(2), "margin": post(40), "margins": post(40), "market": post(40),
		"revenue": post(200), "b": post(2), "backlog": post(2),
	}
	got := shard(postings, nil, flags.codes(), 100)
	// "m" is too big: it splits into "ma" alone, and "ma" into "ma" (the
	// word), "mac" and "mar"; "mac" is small enough to stay in "ma"'s
	// shard, "mar" is not. "mar" keeps "market" (its "mark" group) and
	// splits off "marg", which splits until "margin" and "margins" part.
	want := map[string][]string{
		"b":       {"b", "backlog"},
		"ma":      {"ma", "mac"},
		"mar":     {"market"},
		"margin":  {"margin"},
		"margins": {"margins"},
		"r":       {"revenue"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("shard = %v\nwant %v", got, want)
	}
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, c := range []struct {
		word   string
		prefix bool
		want   []string
	}{
		{"margin", false, []string{"margin"}},
		{"margins", false, []string{"margins"}},
		{"marginal", false, []string{"margin"}}, // the longest key that begins it
		{"mac", false, []string{"ma"}},
		{"ma", true, []string{"ma", "mar", "margin", "margins"}},
		{"mar", true, []string{"mar", "margin", "margins"}},
		{"marg", true, []string{"mar", "margin", "margins"}}, // "mar" may hold a folded "marg..."
		{"mars", false, []string{"mar"}},
		{"revenue", false, []string{"r"}},
		{"re", true, []string{"r"}},
		{"backlog", true, []string{"b"}},
		{"zebra", true, nil},
	} {
		if got := shardKeys(keys, c.word, c.prefix); !reflect.DeepEqual(got, c.want) {
			t.Errorf("shardKeys(%q, prefix %v) = %q, want %q", c.word, c.prefix, got, c.want)
		}
	}
}

// sample builds the site model of the sample content.
func sample(t *testing.T) *site.Site {
	t.Helper()
	fsys := os.DirFS(filepath.Join("..", "..", "content"))
	calls, err := transcript.Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	var recs []*site.Record
	for _, c := range calls {
		recs = append(recs, site.NewRecord(c, site.CallFigures(c)))
	}
	return site.Build(site.Config{}, recs, nil)
}

// siteFS lays index files out as a site root.
func siteFS(files map[string][]byte) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}

func TestDeterministic(t *testing.T) {
	a, err := Build(sample(t), Options{ShardBytes: 512, ChunkDocs: 8})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(sample(t), Options{ShardBytes: 512, ChunkDocs: 8})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

func TestManifest(t *testing.T) {
	s := sample(t)
	files, err := Build(s, Options{ShardBytes: 512})
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	if err := json.Unmarshal(files["search/manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	if m.Version != Version || m.Docs == 0 || len(m.Shards) < 2 {
		t.Fatalf("manifest: version %d, %d docs, %d shards", m.Version, m.Docs, len(m.Shards))
	}
	for _, k := range m.Shards {
		if files["search/idx/"+ShardFile(k)] == nil {
			t.Errorf("shard %q listed but not written", k)
		}
	}
	if err := json.Unmarshal(files["search/companies.json"], &m.Companies); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range m.Companies {
		names = append(names, c.Slug)
		if c.Lo >= c.Hi || c.Hi > m.Docs {
			t.Errorf("company %s: range %d-%d of %d docs", c.Slug, c.Lo, c.Hi, m.Docs)
		}
	}
	if want := []string{"alder-foods", "northwind-robotics"}; !reflect.DeepEqual(names, want) {
		t.Errorf("companies %q, want %q", names, want)
	}
	var periods []string
	for _, p := range m.Periods {
		periods = append(periods, p.Label)
	}
	if want := []string{"Q3 2024", "Q2 2024", "Q4 2023"}; !reflect.DeepEqual(periods, want) {
		t.Errorf("periods %q, want %q", periods, want)
	}
	if !reflect.DeepEqual(m.Roles, Roles) || !reflect.DeepEqual(m.Kinds, Kinds) || len(m.Stop) == 0 {
		t.Errorf("roles %q, kinds %q, %d stop words", m.Roles, m.Kinds, len(m.Stop))
	}
	// Every document is in one chunk.
	n := 0
	for i := 0; ; i++ {
		data, ok := files["search/docs/"+strconv.Itoa(i)+".json"]
		if !ok {
			break
		}
		var docs []Doc
		if err := json.Unmarshal(data, &docs); err != nil {
			t.Fatal(err)
		}
		n += len(docs)
	}
	if n != m.Docs {
		t.Errorf("%d documents in chunks, manifest says %d", n, m.Docs)
	}
}

func TestSearch(t *testing.T) {
	s := sample(t)
	files, err := Build(s, Options{ShardBytes: 512, ChunkDocs: 8})
	if err != nil {
		t.Fatal(err)
	}
	fsys := siteFS(files)
	const question = "How much of the backlog is outside North America today?"
	cases := []struct {
		name  string
		q     Query
		first string // URL of the first result ("" for none)
		kind  string
	}{
		{"question", Query{Text: question}, "/c/northwind-robotics/2024-q3/#q", "question"},
		{"typing", Query{Text: "backlog outside north am"}, "/c/northwind-robotics/2024-q3/#q", "question"},
		{"company", Query{Text: "northwind"}, "/c/northwind-robotics/", "company"},
		{"company prefix", Query{Text: "northw"}, "/c/northwind-robotics/", "company"},
		{"filter company", Query{Text: "backlog", Company: "alder-foods"}, "", ""},
		{"filter period", Query{Text: "backlog", Period: "Q3 2024"}, "/c/northwind-robotics/2024-q3/#q", "question"},
		{"filter period none", Query{Text: question, Period: "Q2 2024"}, "", ""},
		{"filter kind", Query{Text: "northwind", Kind: "call"}, "/c/northwind-robotics/2024-q", "call"},
		{"stop words only", Query{Text: "the of "}, "", ""},
	}
	for _, c := range cases {
		res, read, err := Search(fsys, c.q, 20)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if c.first == "" {
			if len(res) > 0 {
				t.Errorf("%s: want no results, got %d, first %+v", c.name, len(res), res[0].Doc)
			}
			continue
		}
		if len(res) == 0 {
			t.Errorf("%s: no results (read %q)", c.name, read)
			continue
		}
		if d := res[0].Doc; !strings.HasPrefix(d.URL, c.first) || d.Kind != c.kind {
			t.Errorf("%s: first result %+v, want %s at %s", c.name, d, c.kind, c.first)
		}
	}
	// The question's result is the exchange, and its text is the question.
	res, read, _ := Search(fsys, Query{Text: question}, 20)
	if len(res) != 1 || res[0].Doc.Text != question {
		t.Errorf("question: results %+v", res)
	}
	// Only the shards of the query's terms were read (and one docs chunk).
	var m Manifest
	json.Unmarshal(files["search/manifest.json"], &m)
	want := map[string]bool{"search/manifest.json": true, "search/docs/" + strconv.Itoa(res[0].ID/8) + ".json": true}
	for _, w := range []string{"backlog", "outside", "north", "america", "today"} {
		for _, k := range shardKeys(m.Shards, w, w == "today") {
			want["search/idx/"+ShardFile(k)] = true
		}
	}
	for _, f := range read {
		if !want[f] {
			t.Errorf("read %s, which the query does not need", f)
		}
	}
	if len(read) >= len(files)/2 {
		t.Errorf("read %d of %d files", len(read), len(files))
	}
}

func TestSpeakerAndRole(t *testing.T) {
	s := sample(t)
	files, err := Build(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fsys := siteFS(files)
	// An analyst of the sample: find her questions by name and role.
	var analyst, firm string
	for _, c := range s.Calls {
		for _, ex := range c.Exchanges {
			analyst, firm = ex.Analyst.Name, ex.Firm
		}
	}
	if analyst == "" {
		t.Fatal("no exchange in the sample")
	}
	res, _, err := Search(fsys, Query{Speaker: analyst, Role: "analyst", Kind: "question"}, 100)
	if err != nil || len(res) == 0 {
		t.Fatalf("questions of %s: %v, %d results", analyst, err, len(res))
	}
	for _, r := range res {
		if !strings.Contains(r.Doc.Title, analyst) {
			t.Errorf("question of %s: %+v", analyst, r.Doc)
		}
	}
	if res, _, _ := Search(fsys, Query{Speaker: analyst, Role: "management", Kind: "question"}, 100); len(res) != 0 {
		t.Errorf("%s answered as management? %+v", analyst, res[0].Doc)
	}
	res, _, _ = Search(fsys, Query{Text: analyst}, 100)
	kinds := map[string]bool{}
	for _, r := range res {
		kinds[r.Doc.Kind] = true
	}
	if !kinds["person"] || !kinds["question"] {
		t.Errorf("searching %q finds kinds %v", analyst, kinds)
	}
	if firm != "" {
		res, _, _ = Search(fsys, Query{Text: firm, Kind: "firm"}, 10)
		if len(res) == 0 {
			t.Errorf("firm %q not found", firm)
		}
	}
}

func TestFigures(t *testing.T) {
	s := sample(t)
	var metric, company, id, url string
	for _, c := range s.Calls {
		for _, k := range c.Key {
			if k.Metric == "revenue" {
				metric, company, id, url = k.Metric, c.Company.Slug, k.ID, c.URL
			}
		}
	}
	if metric == "" {
		t.Fatal("no revenue figure in the sample content: this test would test nothing")
	}
	files, err := Build(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, _, err := Search(siteFS(files), Query{Text: metric + " ", Kind: "figure", Company: company}, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Doc.URL == url+"#"+id {
			return
		}
	}
	t.Errorf("figure %s of %s not found in %+v", id, url, res)
}

// A document is written as json.Marshal writes it: fields left out when
// empty, and every string escaped alike (quotes, HTML's characters,
// control bytes, bytes that are not UTF-8, the line separators JSON
// allows and JavaScript does not).
func TestDocJSONAsMarshal(t *testing.T) {
	texts := []string{"", "Acme Corp", "Q3 2024 · 12 questions", `say "hi" \ bye`, "a < b & c > d",
		"tab\there\nnew line", "caf\u00e9 \u2019quoted\u2019", "line\u2028sep\u2029para", "bad \xff byte",
		"\xe2\x80", "replacement \ufffd kept", "emoji \U0001F600", "\x7f del"}
	for b := range 256 {
		texts = append(texts, "x"+string([]byte{byte(b)})+"y")
	}
	for i, text := range texts {
		docs := []Doc{
			{Kind: "call", URL: "/c/" + text, Title: text},
			{Kind: text, URL: "/u#f", Title: "T", Meta: text, Text: text, Said: text},
			{Kind: "k", URL: "", Title: "", Meta: "", Text: text, Said: texts[(i+1)%len(texts)]},
		}
		for _, d := range docs {
			want, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.appendJSON(nil); !bytes.Equal(got, want) {
				t.Errorf("%+q:\n got %s\nwant %s", d, got, want)
			}
		}
	}
}

// TestWordStates looks up words that share their first bytes (a state
// tells words apart by a head of 16 bytes, and the word past it), across
// the table's growth and a wrap of its document count.
func TestWordStates(t *testing.T) {
	ws := newWordStates()
	var words []string
	for _, stem := range []string{"a", "interoperability", "internationalisation", "x"} {
		for n := range 40 {
			words = append(words, stem+strings.Repeat("s", n%20)+strconv.Itoa(n))
			words = append(words, stem+strings.Repeat("s", n))
		}
	}
	states := map[string]int32{}
	for round := range 2 {
		for _, w := range words {
			got := ws.get(tokenOf(w))
			if want, ok := states[w]; ok && got != want {
				t.Fatalf("round %d: %q has two states", round, w)
			}
			states[w] = got
			if ws.words[got] != w {
				t.Fatalf("round %d: the state of %q is %q's", round, w, ws.words[got])
			}
		}
	}
	if len(ws.words) != len(states) {
		t.Errorf("%d states for %d words", len(ws.words), len(states))
	}
	w := &ws.states[ws.get(tokenOf("revenue"))]
	ws.nextDoc()
	w.doc = ws.doc
	ws.doc = math.MaxUint32
	ws.nextDoc()
	if w.doc == ws.doc || ws.doc == 0 {
		t.Errorf("after the wrap: word in document %d, building %d", w.doc, ws.doc)
	}
}

// The scanner gives each token the head and length tokenOf makes of
// its term, whatever its buffer held before (a longer term's bytes past
// this one's), near the text's end too, and the terms unicodeTokens
// finds.
func TestScannerTokens(t *testing.T) {
	text := "Interoperability's 1,250.75 units, DON'T X y internationalisations ab abcdefgh abcdefghi " +
		"abcdefghijklmnop abcdefghijklmnopq 12,5 rock'n'roll's 2.5.6 it'S Q4 z"
	var buf []byte
	for end := len(text) - 20; end <= len(text); end++ { // the last terms near the text's end
		var got []string
		var ok bool
		buf, ok = scanASCIITokens(buf, text[:end], false, func(tok token) {
			got = append(got, tok.String())
			if want := tokenOf(tok.String()); tok.head != want.head || tok.n != want.n || string(tok.long) != string(want.long) {
				t.Errorf("%q: token %+v, want %+v", tok.String(), tok, want)
			}
		})
		if want := unicodeTokens(text[:end]); !ok || !slices.Equal(got, want) {
			t.Errorf("%q: tokens %q (ASCII %v), want %q", text[:end], got, ok, want)
		}
	}
}

// TestWordMask checks the eight-byte test of letters and digits against
// the scanner's table, for every byte at every place in a number.
func TestWordMask(t *testing.T) {
	for c := range 256 {
		want := wordBytes[c] != 0 && wordBytes[c] != notASCII
		for at := range 8 {
			x := uint64(c) << (8 * at)
			x |= uint64(' ') << (8 * ((at + 1) % 8)) // a neighbour that is no letter
			if got := wordMask(x)>>(8*at+7)&1 == 1; got != want {
				t.Errorf("wordMask of byte %#x at %d: %v, want %v", c, at, got, want)
			}
			if other := wordMask(x) &^ (0x80 << (8 * at)); other != 0 {
				t.Errorf("wordMask of byte %#x at %d sets %#x beside it", c, at, other)
			}
		}
	}
	for _, c := range []struct {
		text string
		n    int
	}{{"abc-def!", 3}, {"abcdefgh", 8}, {"Q4 caf\xc3\xa9", 2}, {"\x00abcdefg", 0}} {
		if got := runIn(load64(c.text)); got != c.n {
			t.Errorf("runIn(%q) = %d, want %d", c.text, got, c.n)
		}
	}
}
