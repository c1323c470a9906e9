package source

import (
	"errors"
	"testing"
)

func TestError(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("an empty list is no error")
	}
	l.Add("content/a.txt", 3, "speaker line without a name")
	l.Add("content/b.txt", 0, "empty file")
	want := "content/a.txt:3: speaker line without a name\ncontent/b.txt: empty file"
	if got := l.Err().Error(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var e *Error
	if !errors.As(l.Err(), &e) || e.Pos.Line != 3 {
		t.Errorf("the joined error does not unwrap to the first *Error: %v", e)
	}
}

func TestFromYAML(t *testing.T) {
	cases := []struct{ in, want string }{
		{"yaml: line 4: did not find expected key", "g.yaml:4: did not find expected key"},
		{"yaml: unmarshal errors:\n  line 7: cannot unmarshal !!str `x` into int\n  line 9: other", "g.yaml:7: cannot unmarshal !!str `x` into int"},
		{"yaml: something odd", "g.yaml:1: something odd"},
	}
	for _, c := range cases {
		if got := FromYAML("g.yaml", errors.New(c.in)).Error(); got != c.want {
			t.Errorf("FromYAML(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
