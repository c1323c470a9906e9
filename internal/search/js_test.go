package search

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"callsite/internal/testshared"
)

// TestJSMirrorsGo runs static/search.js's tokens and shardKeys under node
// (skipped without it, failed under CI=true) on the inputs of the Go tests and compares.
func TestJSMirrorsGo(t *testing.T) {
	node := testshared.Tool(t, "node")
	src, err := os.ReadFile(filepath.Join("..", "..", "static", "search.js"))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Gross Margin", "Acme's Q2 2024", "don't", "Dall’Aglio", "$1.2 billion, up 14.5%",
		"2,500 units; 3, 4", "Société Générale", "it's 's", "end.", "How much of the backlog is outside North America today?",
		"U.S. GAAP EPS of $0.42", "O’Neil’s 10-K", "İstanbul ÅRHUS", "x—y", "Q3’24"}
	keys := []string{"b", "ma", "mac", "margin", "margins", "mark", "r", "é", "éc"}
	type keyCase struct {
		Word   string `json:"word"`
		Prefix bool   `json:"prefix"`
	}
	var kcs []keyCase
	for _, w := range []string{"margin", "margins", "marginal", "ma", "mar", "marg", "mars", "revenue", "re", "é", "éco", "zebra"} {
		kcs = append(kcs, keyCase{w, false}, keyCase{w, true})
	}
	in, _ := json.Marshal(map[string]any{"texts": texts, "keys": keys, "cases": kcs})
	script := `
const fs = require("fs");
const src = fs.readFileSync(process.argv[1], "utf8");
const cut = (from, to) => src.slice(src.indexOf(from), src.indexOf(to));
const lib = new Function("MAX_TERM",
  cut("  var WORD =", "  function weight") + "; return {tokens, shardKeys, shardFile};")(40);
const input = JSON.parse(process.argv[2]);
process.stdout.write(JSON.stringify({
  tokens: input.texts.map(lib.tokens),
  keys: input.cases.map(c => lib.shardKeys(input.keys, c.word, c.prefix)),
  files: input.keys.map(lib.shardFile),
}));`
	f := filepath.Join(t.TempDir(), "search.js")
	if err := os.WriteFile(f, src, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, "-e", script, f, string(in)).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got struct {
		Tokens [][]string `json:"tokens"`
		Keys   [][]string `json:"keys"`
		Files  []string   `json:"files"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
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
}
