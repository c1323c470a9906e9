package content

import (
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"callsite/internal/source"
)

func TestDiscover(t *testing.T) {
	fsys := fstest.MapFS{
		"c/zk.txt":            {Data: []byte("x")},
		"c/zk.md":             {Data: []byte("---\nyear: 2020\n---\n")},
		"c/deep/a.html.gz":    {Data: []byte("x")},
		"c/deep/a.md":         {Data: []byte("sidecar of a.html.gz")},
		"c/lone.md":           {Data: []byte("# a Markdown call or page")},
		"c/noext":             {Data: []byte("x")},
		"c/logo.png":          {Data: []byte("\x89PNG")},
		"c/glossary.yaml":     {Data: []byte("terms: []")},
		"c/.hidden.txt":       {Data: []byte("x")},
		"c/.git/HEAD":         {Data: []byte("x")},
		"c/pages/about.md":    {Data: []byte("# About")},
		"c/pages/p.txt":       {Data: []byte("x")},
		"c/sub/pages/q.txt":   {Data: []byte("a pages folder below the root is skipped too")},
		"c/link.txt":          {Data: []byte("/etc/passwd"), Mode: fs.ModeSymlink},
		"c/zk.txt.ids":        {Data: []byte("ids")},
		"c/report.JSON":       {Data: []byte("{}")},
		"c/old.htm":           {Data: []byte("<p>")},
		"c/notes.markdown":    {Data: []byte("notes")},
		"c/deep/b.nlp":        {Data: []byte("x")},
		"c/deep/b.NLP.backup": {Data: []byte("other type")},
	}
	inputs, errs := Discover(fsys, "c")
	want := []Input{
		{Path: "c/deep/a.html.gz", Sidecar: "c/deep/a.md"},
		{Path: "c/deep/b.nlp"},
		{Path: "c/lone.md"},
		{Path: "c/noext"},
		{Path: "c/notes.markdown"},
		{Path: "c/old.htm"},
		{Path: "c/report.JSON"},
		{Path: "c/zk.txt", Sidecar: "c/zk.md"},
	}
	if !reflect.DeepEqual(inputs, want) {
		t.Errorf("inputs:\n got %v\nwant %v", inputs, want)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "c/link.txt:1: not a regular file") {
		t.Errorf("errs = %v, want one for the symlink c/link.txt", errs)
	}
	var se *source.Error
	if len(errs) == 1 && !errors.As(errs[0], &se) {
		t.Errorf("error %T is not a *source.Error", errs[0])
	}
}

// bigEntry is a directory entry of a regular file of the given size.
type bigEntry struct{ size int64 }

func (e bigEntry) Name() string               { return "big.txt" }
func (e bigEntry) IsDir() bool                { return false }
func (e bigEntry) Type() fs.FileMode          { return 0 }
func (e bigEntry) Info() (fs.FileInfo, error) { return e, nil }
func (e bigEntry) Size() int64                { return e.size }
func (e bigEntry) Mode() fs.FileMode          { return 0o644 }
func (e bigEntry) ModTime() time.Time         { return time.Time{} }
func (e bigEntry) Sys() any                   { return nil }

func TestUsableSize(t *testing.T) {
	if err := usable(bigEntry{MaxSize}); err != nil {
		t.Errorf("a file of MaxSize bytes: %v", err)
	}
	err := usable(bigEntry{MaxSize + 1})
	if err == nil || !strings.Contains(err.Error(), "file too large") {
		t.Errorf("a file over MaxSize: %v, want file too large", err)
	}
}

func TestRead(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("call")},
		"a.md":  {Data: []byte("side")},
	}
	f, err := Read(fsys, Input{Path: "a.txt", Sidecar: "a.md"})
	if err != nil || string(f.Transcript.Data) != "call" || f.Transcript.Path != "a.txt" || f.Sidecar == nil || string(f.Sidecar.Data) != "side" {
		t.Errorf("Read = %+v, %v", f, err)
	}
	f, err = Read(fsys, Input{Path: "a.txt"})
	if err != nil || f.Sidecar != nil {
		t.Errorf("Read without sidecar = %+v, %v", f, err)
	}
	_, err = Read(fsys, Input{Path: "a.txt", Sidecar: "gone.md"})
	if err == nil || !strings.HasPrefix(err.Error(), "gone.md:1: ") {
		t.Errorf("a missing sidecar: %v, want gone.md:1: ...", err)
	}
}

func TestReadOptional(t *testing.T) {
	fsys := fstest.MapFS{
		GlossaryFile: {Data: []byte("terms")},
		"x.txt.ids":  {Data: []byte("/etc/passwd"), Mode: fs.ModeSymlink},
	}
	if src, err := Glossary(fsys); err != nil || string(src) != "terms" {
		t.Errorf("Glossary = %q, %v", src, err)
	}
	if src, err := ReadOptional(fsys, "absent.ids"); src != nil || err != nil {
		t.Errorf("an absent file = %q, %v; want nil, nil", src, err)
	}
	if _, err := ReadOptional(fsys, IDsFile("x.txt")); err == nil || !strings.HasPrefix(err.Error(), "x.txt.ids:1: not a regular file") {
		t.Errorf("a symlinked ids file: %v", err)
	}
}

func TestPages(t *testing.T) {
	fsys := fstest.MapFS{
		"pages/b.md":       {Data: []byte("# B")},
		"pages/a.md":       {Data: []byte("# A")},
		"pages/.draft.md":  {Data: []byte("hidden")},
		"pages/notes.txt":  {Data: []byte("not a page")},
		"pages/sub/c.md":   {Data: []byte("not directly in pages/")},
		"pages/link.md":    {Data: []byte("/etc/passwd"), Mode: fs.ModeSymlink},
		"linked/pages":     {Data: []byte("elsewhere"), Mode: fs.ModeSymlink},
		"linked/other.txt": {Data: []byte("x")},
	}
	pages, err := Pages(fsys, PagesDir)
	var names []string
	for _, p := range pages {
		names = append(names, p.Path+"="+string(p.Data))
	}
	if want := []string{"pages/a.md=# A", "pages/b.md=# B"}; !reflect.DeepEqual(names, want) {
		t.Errorf("pages = %v, want %v", names, want)
	}
	if err == nil || !strings.HasPrefix(err.Error(), "pages/link.md:1: not a regular file") {
		t.Errorf("err = %v, want the symlinked page", err)
	}
	if pages, err := Pages(fsys, "none"); pages != nil || err != nil {
		t.Errorf("no pages folder = %v, %v; want none", pages, err)
	}
	if _, err := Pages(fsys, "linked/pages"); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("a symlinked pages folder: %v", err)
	}
}

func TestNames(t *testing.T) {
	for in, want := range map[string]string{
		"c/x.txt": "x.md", "x.html.gz": "x.md", "x.json.gz": "x.md", "x.nlp": "x.md",
		"x.md": "x.md", "noext": "noext.md", "a.b.txt": "a.b.md",
	} {
		if got := SidecarName(in); got != want {
			t.Errorf("SidecarName(%q) = %q, want %q", in, got, want)
		}
	}
	for name, want := range map[string]bool{
		"a.txt": true, "a.JSON": true, "a.gz": true, "a.htm": true, "a": true, "a.nlp": true,
		"a.md": false, "a.png": false, "glossary.yaml": false, "Glossary.txt": false,
	} {
		if got := IsTranscriptFile(name); got != want {
			t.Errorf("IsTranscriptFile(%q) = %v", name, got)
		}
	}
}
