package figures

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"math/bits"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"callsite/internal/text"
)

// cueSentences are crafted sentences and the sentences of every paragraph
// (lower case) of 20 bulk calls.
func cueSentences(t *testing.T) []string {
	sents := []string{"", "clud", "we exclude it", "the run-rate and run rate", "run\u00a0rate", "run  rate", "a headwind, a tailwind",
		"our prior guidance range", "the midpoint of our target", "deferred, delayed, pushed out, slipped out of",
		"for each $1 and for every $2", "this month and this week", "annualized", "the initial and original and earlier outlook",
		"ſclud", "İnitial", "milestone ambition aspiration", "the accident year gaap ratio of our jv, a joint venture, unconsolidated, by the equity method", "dilution and accretion", "the previous forecast", "expectations"}
	calls, _, _ := realTurns(t, 20)
	for _, turns := range calls {
		for _, paras := range turns {
			for _, p := range paras {
				low := strings.ToLower(p)
				for _, sp := range text.Sentences(low) {
					sents = append(sents, low[sp.Start:sp.End])
				}
			}
		}
	}
	return sents
}

// Every cue has one word, without a space, and readCues finds in a
// sentence the cues strings.Contains finds there.
func TestReadCuesAsContains(t *testing.T) {
	if n := len(cueWords); n == 0 || n > 64 || cueSet(1)<<(n-1) != cueAccident {
		t.Fatalf("%d cue words: one for each cue, the last being cueAccident", n)
	}
	for c, w := range cueWords {
		if bits.OnesCount64(uint64(c)) != 1 || w == "" || strings.IndexFunc(w, unicode.IsSpace) >= 0 {
			t.Errorf("cue %b: %q must be one cue and a word without a space", c, w)
		}
	}
	said := map[cueSet]int{}
	for _, s := range cueSentences(t) {
		got := readCues(s)
		for c, w := range cueWords {
			if want := strings.Contains(s, w); (got&c != 0) != want {
				t.Errorf("readCues(%q) has %q: %v, strings.Contains says %v", s, w, got&c != 0, want)
			}
			if got&c != 0 {
				said[c]++
			}
		}
	}
	for c, w := range cueWords {
		if said[c] == 0 {
			t.Errorf("no sentence says %q: the test reads too little", w)
		}
	}
}

// The texts the rules read of a sentence (slices of it, its first or last
// words, its last clause) say a cue's word only where the sentence does:
// what makes says exact.
func TestCueTextsOfSentence(t *testing.T) {
	for _, s := range cueSentences(t) {
		cues := readCues(s)
		check := func(what, part string) {
			for c, w := range cueWords {
				if cues&c == 0 && strings.Contains(part, w) {
					t.Fatalf("%s of %q is %q, which says %q", what, s, part, w)
				}
			}
		}
		for i := 0; i <= len(s); i += max(1, len(s)/12) {
			for _, n := range []int{1, 2, 3, 4, 6, 12, 16} {
				check("firstWords", firstWords(s[i:], n))
				check("LastWords", text.LastWords(s[:i], n))
			}
			check("lastClauseOf", lastClauseOf(s[:i]))
		}
	}
}

// Each pre-check guards words that all hold one of its cues, so that a
// sentence without the cues cannot say them: c.says(cues) in a chain of
// &&s guards a later operand that is a search for words (a call of a
// matcher, or several joined by ||); an if whose condition ends in
// c.says(cues) guards the searches in its body and the lists its loops
// range over. The searches read the figure's sentence, never another.
func TestCueGatesGuardTheirWords(t *testing.T) {
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	// the cues' words by name, and the package's lists of words by name
	cueWordOf, lists := map[string]string{}, map[string][]string{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 {
				return true
			}
			lit, ok := vs.Values[0].(*ast.CompositeLit)
			if !ok {
				return true
			}
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok && vs.Names[0].Name == "cueWords" {
					cueWordOf[kv.Key.(*ast.Ident).Name] = unquote(t, kv.Value)
				} else if s, ok := e.(*ast.BasicLit); ok && s.Kind == gotoken.STRING {
					lists[vs.Names[0].Name] = append(lists[vs.Names[0].Name], unquote(t, s))
				}
			}
			return true
		})
	}
	if len(cueWordOf) != len(cueWords) {
		t.Fatalf("read %d cue words of cueWords, want %d", len(cueWordOf), len(cueWords))
	}
	matchers := map[string]bool{"containsAnyOf": true, "strings.Contains": true, "hasWordEnd": true, "lastWord": true,
		"containsWordOf": true, "strings.Index": true}
	otherTexts := map[string]bool{"prev": true, "next": true, "raw": true, "rawLow": true, "Text": true, "company": true, "ticker": true}
	// cuesOf is the words of the cues a call of says asks (ok false for any other expression)
	cuesOf := func(e ast.Expr) (words []string, ok bool) {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return nil, false
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "says" {
			return nil, false
		}
		for _, op := range flatten(call.Args[0], gotoken.OR) {
			w, ok := cueWordOf[op.(*ast.Ident).Name]
			if !ok {
				t.Fatalf("%s: says asks %s, not a cue", fset.Position(op.Pos()), op.(*ast.Ident).Name)
			}
			words = append(words, w)
		}
		return words, true
	}
	// guarded reports whether every search of n holds one of words (and
	// that n searches at all)
	guarded := func(n ast.Node, words []string, rangesToo bool) bool {
		holds := func(s string) bool {
			for _, w := range words {
				if strings.Contains(s, w) {
					return true
				}
			}
			return false
		}
		searches, fine := 0, true
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.RangeStmt:
				if lit, ok := n.X.(*ast.CompositeLit); ok && rangesToo {
					for _, e := range lit.Elts {
						searches++
						fine = fine && holds(unquote(t, e))
					}
				}
			case *ast.CallExpr:
				if !matchers[exprString(n.Fun)] {
					return true
				}
				ast.Inspect(n.Args[0], func(m ast.Node) bool {
					if sel, ok := m.(*ast.SelectorExpr); ok && otherTexts[sel.Sel.Name] {
						t.Errorf("%s: a guarded search reads %s, not the figure's sentence", fset.Position(m.Pos()), sel.Sel.Name)
					}
					return true
				})
				for _, a := range n.Args[1:] {
					switch a := a.(type) {
					case *ast.BasicLit:
						searches++
						fine = fine && holds(unquote(t, a))
					case *ast.Ident:
						if l, ok := lists[a.Name]; ok {
							for _, w := range l {
								searches++
								fine = fine && holds(w)
							}
						} else if !rangesToo {
							fine = false // a word the test cannot read
						}
					default:
						fine = false
					}
				}
			}
			return true
		})
		return fine && searches > 0
	}
	// searchOperand reports an operand that is only searches, joined by ||
	searchOperand := func(e ast.Expr) bool {
		for _, op := range flatten(e, gotoken.LOR) {
			call, ok := ast.Unparen(op).(*ast.CallExpr)
			if !ok || !matchers[exprString(call.Fun)] {
				return false
			}
		}
		return true
	}
	asked, checked := 0, 0
	for _, f := range files {
		inner := map[ast.Node]bool{} // the && operands of a longer chain
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if _, ok := cuesOf(n); ok {
					asked++
				}
			case *ast.IfStmt:
				ops := flatten(n.Cond, gotoken.LAND)
				if words, ok := cuesOf(ops[len(ops)-1]); ok {
					if !guarded(n.Body, words, true) {
						t.Errorf("%s: the body of an if that asks %v searches for a word without one", fset.Position(n.Pos()), words)
					}
					checked++
				}
			case *ast.BinaryExpr:
				if n.Op != gotoken.LAND || inner[n] {
					return true
				}
				ops := flatten(n, gotoken.LAND)
				for _, op := range ops {
					if b, ok := ast.Unparen(op).(*ast.BinaryExpr); ok && b.Op == gotoken.LAND {
						inner[b] = true
					}
				}
				markInner(n, inner)
				for i, op := range ops {
					words, ok := cuesOf(op)
					if !ok || i == len(ops)-1 {
						continue // (an if's last: its body is checked)
					}
					found := false
					for _, later := range ops[i+1:] {
						if searchOperand(later) && guarded(later, words, false) {
							found = true
							break
						}
					}
					if !found {
						t.Errorf("%s: says(%v) guards no search for words that all hold one of them", fset.Position(op.Pos()), words)
					}
					checked++
				}
			}
			return true
		})
	}
	if asked == 0 || checked != asked {
		t.Errorf("%d pre-checks asked, %d checked", asked, checked)
	}
}

// flatten is the operands of e joined by op (e itself when it is not).
func flatten(e ast.Expr, op gotoken.Token) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == op {
		return append(flatten(b.X, op), flatten(b.Y, op)...)
	}
	return []ast.Expr{e}
}

// markInner marks the && expressions inside the chain n as read with it.
func markInner(n *ast.BinaryExpr, inner map[ast.Node]bool) {
	for _, e := range []ast.Expr{n.X, n.Y} {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == gotoken.LAND {
			inner[b] = true
			markInner(b, inner)
		}
	}
}

// exprString is a function's name as written: "containsAnyOf", "strings.Contains".
func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	}
	return ""
}

func unquote(t *testing.T, e ast.Expr) string {
	t.Helper()
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != gotoken.STRING {
		t.Fatalf("%T is not a string", e)
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
