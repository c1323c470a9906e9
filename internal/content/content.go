// Package content finds what a site is made from in its content folder:
// the calls (each a transcript file and its sidecar), the Markdown pages,
// the glossary file and the ids files. It holds the folder's rules, the
// same for every file: hidden files and folders are skipped, symlinks and
// other non-regular files are never followed (so that no file from
// outside the folder ends up on the pages), files over MaxSize are
// refused. It reads files but parses none: packages transcript, site,
// glossary and ids parse what it hands them. Every error is a
// *source.Error, "path:line: message".
package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"callsite/internal/source"
)

// MaxSize caps the size of every file read from the content folder, and
// of a transcript decompressed from .gz.
const MaxSize = 64 << 20

// The content folder's own names: the folder of Markdown pages (read by
// Pages, skipped by Discover) and the site's glossary.
const (
	PagesDir     = "pages"
	GlossaryFile = "glossary.yaml"
)

// Input is one call's files: a transcript file and its sidecar (x.md
// beside x.txt), or a Markdown file alone that may hold a call.
type Input struct {
	Path    string
	Sidecar string // "" when there is none
}

// File is a file of the content folder and its bytes.
type File struct {
	Path string
	Data []byte
}

// Files are an input's files, read.
type Files struct {
	Transcript File
	Sidecar    *File // nil when the input has none
}

// Discover finds the inputs under root, sorted by path, recursing into
// subfolders but not into the pages folder; it skips hidden files, the
// glossary and files of other types (images, ...), and reports what it
// cannot use (symlinks, files over MaxSize), an error each. x.md beside
// x.txt (or any other transcript file x.*) is the sidecar of that call; a
// .md with no partner is an input of its own. It reads no file, so that
// callers may read and parse the inputs in parallel.
func Discover(fsys fs.FS, root string) ([]Input, []error) {
	files, errs := walk(fsys, root)
	present := map[string]bool{}
	for _, p := range files {
		present[p] = true
	}
	paired := map[string]bool{}
	var inputs []Input
	for _, p := range files {
		if IsMarkdown(p) {
			continue
		}
		in := Input{Path: p}
		if md := path.Join(path.Dir(p), SidecarName(p)); present[md] {
			in.Sidecar = md
			paired[md] = true
		}
		inputs = append(inputs, in)
	}
	for _, p := range files {
		if IsMarkdown(p) && !paired[p] {
			inputs = append(inputs, Input{Path: p})
		}
	}
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Path < inputs[j].Path })
	return inputs, errs
}

// walk lists the transcript and Markdown files under root that Discover
// may use.
func walk(fsys fs.FS, root string) ([]string, []error) {
	var files []string
	var errs []error
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, source.Errorf(p, 1, err.Error()))
			return nil
		}
		base := d.Name()
		if p != root && strings.HasPrefix(base, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && base == PagesDir {
				return fs.SkipDir
			}
			return nil
		}
		if !IsTranscriptFile(base) && !IsMarkdown(base) {
			return nil
		}
		if err := usable(d); err != nil {
			errs = append(errs, source.Errorf(p, 1, err.Error()))
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return files, errs
}

// errNotRegular is the error of a symlink or other non-regular file.
var errNotRegular = errors.New("not a regular file (symlinks are not followed); skipped")

// usable reports why a listed file cannot be read: not a regular file, or
// over MaxSize.
func usable(d fs.DirEntry) error {
	if !d.Type().IsRegular() {
		return errNotRegular
	}
	if info, err := d.Info(); err == nil && info.Size() > MaxSize {
		return fmt.Errorf("file too large (%d bytes, limit %d MiB)", info.Size(), MaxSize>>20)
	}
	return nil
}

// Read reads an input's files.
func Read(fsys fs.FS, in Input) (Files, error) {
	src, err := ReadFile(fsys, in.Path)
	if err != nil {
		return Files{}, err
	}
	f := Files{Transcript: File{Path: in.Path, Data: src}}
	if in.Sidecar != "" {
		ssrc, err := ReadFile(fsys, in.Sidecar)
		if err != nil {
			return Files{}, err
		}
		f.Sidecar = &File{Path: in.Sidecar, Data: ssrc}
	}
	return f, nil
}

// ReadFile reads a file that Discover or Pages listed, refusing one over
// MaxSize (it may have grown since).
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, source.Errorf(name, 1, err.Error())
	}
	if len(src) > MaxSize {
		return nil, source.Errorf(name, 1, fmt.Sprintf("file too large (limit %d MiB)", MaxSize>>20))
	}
	return src, nil
}

// ReadOptional reads a file of the content folder that may be absent
// (nil, nil): the glossary, an ids file. It never follows a symlink and
// refuses files over MaxSize.
func ReadOptional(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Lstat(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err == nil && !info.Mode().IsRegular() {
		err = errNotRegular
	}
	if err == nil && info.Size() > MaxSize {
		err = fmt.Errorf("file too large (%d bytes)", info.Size())
	}
	var src []byte
	if err == nil {
		src, err = fs.ReadFile(fsys, name)
	}
	if err != nil {
		return nil, source.Errorf(name, 1, err.Error())
	}
	return src, nil
}

// Glossary reads the site's own glossary, GlossaryFile at the root of
// fsys; nil when there is none.
func Glossary(fsys fs.FS) ([]byte, error) {
	return ReadOptional(fsys, GlossaryFile)
}

// IDsFile is the ids file that pins the anchors of the call in the
// transcript file at p: p with ".ids" added.
func IDsFile(p string) string { return p + ".ids" }

// Pages reads the Markdown pages of a site: every *.md directly in dir of
// fsys (PagesDir), sorted by path. A missing dir means no pages. A page
// that cannot be read (a symlink, an unreadable file) is an error; the
// others are still returned, so that -keep-going publishes them.
func Pages(fsys fs.FS, dir string) ([]File, error) {
	// A symlinked pages folder is not followed either.
	if info, err := fs.Lstat(fsys, dir); err == nil && !info.IsDir() {
		return nil, source.Errorf(dir, 1, "not a folder (symlinks are not followed); skipped")
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, source.Errorf(dir, 1, err.Error())
	}
	var pages []File
	var errs []error
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".md" || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := path.Join(dir, e.Name())
		if !e.Type().IsRegular() {
			errs = append(errs, source.Errorf(p, 1, errNotRegular.Error()))
			continue
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, source.Errorf(p, 1, err.Error()))
			continue
		}
		pages = append(pages, File{Path: p, Data: src})
	}
	return pages, errors.Join(errs...)
}

// IsMarkdown reports whether a file name is Markdown: a sidecar, a
// Markdown call or a page.
func IsMarkdown(name string) bool {
	e := strings.ToLower(path.Ext(name))
	return e == ".md" || e == ".markdown"
}

// IsTranscriptFile reports whether a file name in the content folder holds
// a call: transcripts come as .txt, .json, .nlp, .gz, .html and files
// without an extension; .md files are sidecars or Markdown calls (see
// Discover); glossary files are data.
func IsTranscriptFile(base string) bool {
	if strings.HasPrefix(strings.ToLower(base), "glossary.") {
		return false
	}
	switch strings.ToLower(path.Ext(base)) {
	case ".txt", ".json", ".nlp", ".gz", ".html", ".htm", "":
		return true
	}
	return false
}

// SidecarName is the name of the sidecar that holds the overrides of a
// transcript file, in the same folder: x.txt -> x.md (x.html.gz and
// x.json.gz -> x.md too); a Markdown file is its own.
func SidecarName(file string) string {
	base := path.Base(file)
	if strings.HasSuffix(strings.ToLower(base), ".md") {
		return base
	}
	stem := strings.TrimSuffix(base, path.Ext(base))
	if strings.HasSuffix(strings.ToLower(stem), ".html") || strings.HasSuffix(strings.ToLower(stem), ".json") {
		stem = strings.TrimSuffix(stem, path.Ext(stem))
	}
	return stem + ".md"
}
