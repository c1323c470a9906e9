package transcript

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Load parses every transcript under root in fsys, recursing into
// subfolders. It skips hidden files, the pages/ folder (Markdown pages of
// the site) and the glossary. It returns the calls that parsed, sorted by
// source path, and every error joined (each one "path:line: message").
func Load(fsys fs.FS, root string) ([]*Transcript, error) {
	var calls []*Transcript
	var errs []error
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &Error{Pos: Pos{File: p}, Msg: err.Error()})
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
			if p != root && base == "pages" {
				return fs.SkipDir
			}
			return nil
		}
		if !IsTranscriptFile(base) {
			return nil
		}
		if !d.Type().IsRegular() {
			errs = append(errs, &Error{Pos: Pos{File: p}, Msg: "not a regular file (symlinks are not followed)"})
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, &Error{Pos: Pos{File: p}, Msg: err.Error()})
			return nil
		}
		t, err := Parse(p, src)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		calls = append(calls, t)
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	sort.Slice(calls, func(i, j int) bool { return calls[i].Source < calls[j].Source })
	return calls, errors.Join(errs...)
}

// IsTranscriptFile reports whether a file name in the content folder holds
// a call: transcripts come as .txt, .json, .nlp, .gz and .md (a sidecar
// with a transcript after its front matter); glossary files are data.
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
