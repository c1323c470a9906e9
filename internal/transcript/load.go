package transcript

import (
	"errors"
	"io/fs"
	"sort"

	"callsite/internal/content"
)

// Load reads every call under root in fsys: the inputs content.Discover
// finds, each read with content.Read and parsed with ParseFiles. When two
// files hold the same call (same company slug and period), the richer one
// is kept (speaker labels, then more turns), the other is named in its
// Sources and a warning. The build runs these steps as phases of its own;
// Load is for tools and tests.
//
// It returns the calls that parsed, sorted by source path, and every error
// joined (each one "path:line: message").
func Load(fsys fs.FS, root string) ([]*Transcript, error) {
	inputs, errs := content.Discover(fsys, root)
	var calls []*Transcript
	for _, in := range inputs {
		files, err := content.Read(fsys, in)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		t, err := ParseFiles(files)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if t != nil {
			calls = append(calls, t)
		}
	}
	calls = dedupe(calls)
	sort.Slice(calls, func(i, j int) bool { return calls[i].Source < calls[j].Source })
	return calls, errors.Join(errs...)
}

// ParseFiles parses one call from its files: a transcript file, whose
// sidecar's front matter overrides the metadata and whose body becomes
// Transcript.Editors, or a Markdown file alone. Such a file is a call
// when its body is a transcript; otherwise it is a page and ParseFiles
// returns (nil, nil), or an error when its front matter names a call
// (company, ticker, year, quarter or period).
func ParseFiles(f content.Files) (*Transcript, error) {
	return parseFiles(f, nil)
}

// ParseFilesAgain parses files that ParseFiles parsed before into a
// Transcript whose Meta was meta: the same call, without inferring its
// metadata, fingerprinting its words or deciding its sections, roles and
// questions read out again (meta keeps what the first parse decided),
// which is most of the cost of a parse. The build parses a call twice when it cannot keep its
// text between finding its record and drawing its pages. Its Warnings
// lack the metadata's (the first parse reported them).
func ParseFilesAgain(f content.Files, meta Meta) (*Transcript, error) {
	return parseFiles(f, &meta)
}

// parseFiles is ParseFiles, or ParseFilesAgain when known is the Meta of
// an earlier parse.
func parseFiles(f content.Files, known *Meta) (*Transcript, error) {
	name, src := f.Transcript.Path, f.Transcript.Data
	if content.IsMarkdown(name) {
		s, err := parseSidecar(name, decodeText(src))
		if err != nil {
			return nil, err
		}
		t, perr := parse(name, src, nil, known)
		if perr == nil && t.Unlabelled {
			// A Markdown page, not a call.
			perr = &Error{Pos: Pos{File: name, Line: s.bodyAt}, Msg: "no transcript after the front matter"}
		}
		if perr != nil {
			if s.callish() {
				return nil, perr
			}
			return nil, nil
		}
		return t, nil
	}
	var side *sidecar
	if f.Sidecar != nil {
		var err error
		if side, err = parseSidecar(f.Sidecar.Path, decodeText(f.Sidecar.Data)); err != nil {
			return nil, err
		}
	}
	return parse(name, src, side, known)
}
