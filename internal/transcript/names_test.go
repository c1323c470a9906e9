package transcript

import (
	"slices"
	"strings"
	"testing"
)

func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Mike Latimore", "Michael James Latimore", true},
		{"Jeff Bernstein", "Jeffrey M. K. Bernstein", true},
		{"J. Smith", "John Smith", true},
		{"Bob Jones", "Robert Jones", true},
		{"Matthias Ivanov", "Matt Ivanov", true},
		{"Dr. Ana Ruiz", "ana ruiz", true},
		{"Ana Ruiz", "Ana Ruíz", false},
		{"John Smith", "Jane Smith", false},
		{"John Smith", "John Smyth", false},
		{"Smith", "John Smith", false},
		{"", "John Smith", false},
	} {
		if got := SameName(c.a, c.b); got != c.same {
			t.Errorf("SameName(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// TestNameFormIsSameName checks NameForm.Same, which compares names split
// once, against the comparison of the two written names word by word
// (SameFirstName on the first words), on every pair of many names.
func TestNameFormIsSameName(t *testing.T) {
	firsts := []string{"Mike", "Michael", "Mikhail", "M.", "Bob", "Robert", "Rob", "R", "B.", "Jeff", "Jeffrey", "Jeffery",
		"Kate", "Katherine", "Kathy", "Cathy", "Liz", "Beth", "Elizabeth", "Dr. Ana", "ANA", "Ann", "Anna", "Zoë", "Ólafur", "Chuck", "Charles"}
	middles := []string{"", "James", "J.", "M. K."}
	lasts := []string{"Latimore", "Jones", "Ruiz", "Ruíz", "O'Neill", "Smith Jr.", "Smith"}
	var names []string
	for _, f := range firsts {
		for _, m := range middles {
			for _, l := range lasts {
				names = append(names, strings.Join(strings.Fields(f+" "+m+" "+l), " "))
			}
		}
	}
	names = append(names, "", "Smith", "mr. smith", "Operator")
	forms := make([]NameForm, len(names))
	for i, n := range names {
		forms[i] = NameFormOf(n)
	}
	for i, a := range names {
		for j, b := range names {
			if got, want := forms[i].Same(forms[j]), referenceSameName(a, b); got != want {
				t.Fatalf("NameFormOf(%q).Same(%q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// referenceSameName is SameName as first written: each first word
// compared by SameFirstName.
func referenceSameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if slices.Equal(wa, wb) {
		return true
	}
	if len(wa) == 1 || len(wb) == 1 || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	return SameFirstName(wa[0], wb[0])
}

// isNormText is true only of texts that normText's folding leaves as they are.
func TestIsNormText(t *testing.T) {
	for _, c := range []struct {
		s    string
		norm bool
	}{
		{"", true},
		{"Ann Lee", true},
		{"Q3 results, up 4%.", true},
		{" Ann", false},
		{"Ann ", false},
		{"Ann  Lee", false},
		{"Ann\tLee", false},
		{"Ann\nLee", false},
		{"Ann\u00a0Lee", false},
		{"O\u2019Neil", false},
		{"O`Neil", false},
		{"Zoë", false},
		{"a\x01b", true},
		{" ", false},
	} {
		if got := isNormText(c.s); got != c.norm {
			t.Errorf("isNormText(%q) = %v, want %v", c.s, got, c.norm)
		}
		if c.norm && foldText(c.s) != c.s {
			t.Errorf("isNormText(%q) but foldText gives %q", c.s, foldText(c.s))
		}
	}
}
