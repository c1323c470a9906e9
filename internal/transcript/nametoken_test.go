package transcript

import "testing"

// TestNameToken: a stutter before a name is dropped, and a word whose
// hyphen comes too near its end to hold the repeated letters is read
// without running past it.
func TestNameToken(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"R-Rebecca,", "Rebecca", true},
		{"Jean-Luc", "Jean-Luc", true},
		{"Ch-", "", false},
		{"Ab-A", "Ab-A", true},
		{"ab-c", "", false},
	} {
		got, ok := nameToken(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("nameToken(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
