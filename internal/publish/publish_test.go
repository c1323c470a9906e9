package publish

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestDirOutputWritesNewFiles writes files into folders made on the way,
// over a file already there (a hard link to another folder's copy, which
// must keep its bytes), and refuses a name outside the folder.
func TestDirOutputWritesNewFiles(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "site")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(root, "other.html")
	if err := os.WriteFile(other, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "c", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(other, filepath.Join(dir, "c", "x", "index.html")); err != nil {
		t.Skip("no hard links here:", err)
	}
	out := NewDirOutput(dir)
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"index.html", []byte("<p>home</p>")},
		{"c/x/index.html", []byte("new")},
		{"c/x/q1/index.html", []byte("question")},
		{"c/y/empty.txt", nil},
		{"search/big.bin", big},
	} {
		if err := out.WriteFile(tc.name, tc.data); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tc.name)))
		if err != nil || string(got) != string(tc.data) {
			t.Errorf("%s holds %d bytes (%v), want %d", tc.name, len(got), err, len(tc.data))
		}
		if fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(tc.name))); err != nil || fi.Mode().Perm()&0o600 != 0o600 {
			t.Errorf("%s: mode %v, %v", tc.name, fi.Mode(), err)
		}
	}
	if got, _ := os.ReadFile(other); string(got) != "old" {
		t.Errorf("the other folder's copy became %q", got)
	}
	if err := out.WriteFile("../escape.html", []byte("x")); err == nil {
		t.Error("wrote outside the folder")
	}
}

// BenchmarkCreateNew writes small files (an exchange page's size) into a
// fresh folder: createNew against os.OpenFile, which the build used
// before.
//
//	go test -run '^$' -bench CreateNew -benchtime 5000x ./internal/publish
func BenchmarkCreateNew(b *testing.B) {
	data := make([]byte, 12<<10)
	viaOS := createWithOS
	for _, bc := range []struct {
		name  string
		write func(string, []byte) error
	}{{"createNew", createNew}, {"os.OpenFile", viaOS}} {
		b.Run(bc.name, func(b *testing.B) {
			dir := b.TempDir()
			i := 0
			for b.Loop() {
				if err := bc.write(filepath.Join(dir, strconv.Itoa(i)), data); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// TestSameBytes compares a file with bytes as reading it whole would,
// across chunks.
func TestSameBytes(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("0123456789abcdef"), 20<<10) // five chunks
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, big, 0o644); err != nil {
		t.Fatal(err)
	}
	changed := bytes.Clone(big)
	changed[len(changed)-1] = 'x'
	for _, c := range []struct {
		name string
		path string
		data []byte
		want bool
	}{
		{"the same", file, big, true},
		{"the last byte changed", file, changed, false},
		{"shorter", file, big[:len(big)-1], false},
		{"longer", file, append(bytes.Clone(big), '!'), false},
		{"missing", filepath.Join(dir, "none"), nil, false},
		{"a folder", dir, nil, false},
	} {
		if got := sameBytes(c.path, c.data); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if !sameBytes(file, nil) || sameBytes(file, []byte("x")) {
		t.Error("an empty file")
	}
}

// TestUpdateRemovesWhatTheListsNoLongerHave updates a folder in place from
// the last build's lists of files: a list kept whole stays, files of a
// list drawn again stay when written, go when not, and stay when they
// moved into another list that was kept.
func TestUpdateRemovesWhatTheListsNoLongerHave(t *testing.T) {
	for _, tc := range []struct {
		name    string
		keep    func(previous [][]string) [][]string // the lists the build keeps
		write   []string
		present []string
		gone    []string
	}{
		{"every list kept", func(p [][]string) [][]string { return p }, nil,
			[]string{"a/1.html", "a/2.html", "b/1.html", "b/2.html"}, nil},
		{"one list drawn again, a file fewer", func(p [][]string) [][]string { return p[:1] }, []string{"b/1.html"},
			[]string{"a/1.html", "a/2.html", "b/1.html"}, []string{"b/2.html"}},
		{"a list drawn again with none of its files", func(p [][]string) [][]string { return p[:1] }, nil,
			[]string{"a/1.html", "a/2.html"}, []string{"b/1.html", "b/2.html", "b"}},
		{"a file moved into a kept list of its own", func(p [][]string) [][]string { return [][]string{p[0], {"b/2.html"}} }, []string{"b/1.html"},
			[]string{"a/1.html", "a/2.html", "b/1.html", "b/2.html"}, nil},
		{"a list kept as a copy, not the same slice", func(p [][]string) [][]string { return [][]string{p[0], append([]string(nil), p[1]...)} }, nil,
			[]string{"a/1.html", "a/2.html", "b/1.html", "b/2.html"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "site")
			previous := [][]string{{"a/1.html", "a/2.html"}, {"b/1.html", "b/2.html"}}
			for _, list := range previous {
				for _, name := range list {
					p := filepath.Join(dir, filepath.FromSlash(name))
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, []byte(name), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			err := Update(dir, previous, func(out Output, keep func([]string)) error {
				for _, list := range tc.keep(previous) {
					keep(list)
				}
				for _, name := range tc.write {
					if err := out.WriteFile(name, []byte(name)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range tc.present {
				if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
					t.Errorf("%s removed: %v", name, err)
				}
			}
			for _, name := range tc.gone {
				if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err == nil {
					t.Errorf("%s is still there", name)
				}
			}
		})
	}
}
