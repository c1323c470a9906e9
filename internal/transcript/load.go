package transcript

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Load parses every transcript under root in fsys, recursing into
// subfolders. It skips hidden files, the pages/ folder (Markdown pages of
// the site), the glossary and files of other types (images, ...).
//
// x.md beside x.txt (or any other transcript file x.*) is the sidecar of
// that call: its front matter overrides the metadata and its body becomes
// Transcript.Editors. A .md with no partner is a call when its body is a
// transcript; otherwise it is a page that Load skips, or an error when its
// front matter names a call (company, ticker, year, quarter or period).
//
// Symlinks and other non-regular files are never followed (an error each);
// files over MaxSize are errors. When two files hold the same call (same
// company slug and period), the richer one is kept (speaker labels, then
// more turns), the other is named in its Sources and a warning.
//
// It returns the calls that parsed, sorted by source path, and every error
// joined (each one "path:line: message").
func Load(fsys fs.FS, root string) ([]*Transcript, error) {
	inputs, errs := Discover(fsys, root)
	var calls []*Transcript
	for _, in := range inputs {
		t, err := ParseInput(fsys, in)
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

// Input is one call's files: a transcript file and its sidecar (x.md
// beside x.txt), or a Markdown file that may hold a call.
type Input struct {
	Path    string
	Sidecar string // "" when there is none
}

// Discover finds the inputs under root, sorted by path, and reports what
// it cannot use (symlinks, files over MaxSize). It reads no file, so
// callers may parse the inputs in parallel with ParseInput.
func Discover(fsys fs.FS, root string) ([]Input, []error) {
	var files []string
	var errs []error
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &Error{Pos: Pos{File: p, Line: 1}, Msg: err.Error()})
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
		if !IsTranscriptFile(base) && !isMarkdown(base) {
			return nil
		}
		if !d.Type().IsRegular() {
			errs = append(errs, &Error{Pos: Pos{File: p, Line: 1}, Msg: "not a regular file (symlinks are not followed); skipped"})
			return nil
		}
		if info, err := d.Info(); err == nil && info.Size() > MaxSize {
			errs = append(errs, &Error{Pos: Pos{File: p, Line: 1}, Msg: fmt.Sprintf("file too large (%d bytes, limit %d MiB)", info.Size(), MaxSize>>20)})
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}

	// Pair x.md with x.<ext> in the same folder.
	present := map[string]bool{}
	for _, p := range files {
		present[p] = true
	}
	paired := map[string]bool{}
	var inputs []Input
	for _, p := range files {
		if isMarkdown(p) {
			continue
		}
		in := Input{Path: p}
		if md := path.Join(path.Dir(p), sidecarName(p)); present[md] {
			in.Sidecar = md
			paired[md] = true
		}
		inputs = append(inputs, in)
	}
	for _, p := range files {
		if isMarkdown(p) && !paired[p] {
			inputs = append(inputs, Input{Path: p})
		}
	}
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Path < inputs[j].Path })
	return inputs, errs
}

// ParseInput reads and parses one input. It returns (nil, nil) for a
// Markdown file that is a page rather than a call.
func ParseInput(fsys fs.FS, in Input) (*Transcript, error) {
	src, err := readInput(fsys, in.Path)
	if err != nil {
		return nil, err
	}
	if isMarkdown(in.Path) {
		s, err := parseSidecar(in.Path, decodeText(src))
		if err != nil {
			return nil, err
		}
		t, perr := Parse(in.Path, src)
		if perr == nil && t.Unlabelled {
			// A Markdown page, not a call.
			perr = &Error{Pos: Pos{File: in.Path, Line: s.bodyAt}, Msg: "no transcript after the front matter"}
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
	if in.Sidecar != "" {
		ssrc, err := readInput(fsys, in.Sidecar)
		if err != nil {
			return nil, err
		}
		if side, err = parseSidecar(in.Sidecar, decodeText(ssrc)); err != nil {
			return nil, err
		}
	}
	return parse(in.Path, src, side)
}

func readInput(fsys fs.FS, p string) ([]byte, error) {
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, &Error{Pos: Pos{File: p, Line: 1}, Msg: err.Error()}
	}
	if len(src) > MaxSize {
		return nil, &Error{Pos: Pos{File: p, Line: 1}, Msg: fmt.Sprintf("file too large (limit %d MiB)", MaxSize>>20)}
	}
	return src, nil
}

// GroupSameCalls groups items that hold the same call: the same company
// slug or the same ticker, the same period, and substantially the same
// words (Meta.Words). Items without a known period are never grouped: they
// come back in alone, in order. Two groups with the same company or ticker
// and period but different words are different calls that would share a
// URL: clash[g] is the first group that group g clashes with, or -1.
func GroupSameCalls[T any](items []T, meta func(T) Meta) (groups [][]T, clash []int, alone []T) {
	bucketOf := map[string]int{}
	var buckets [][]int // group indices per bucket
	for _, it := range items {
		m := meta(it)
		if m.Year == 0 || m.Quarter == 0 {
			alone = append(alone, it)
			continue
		}
		per := fmt.Sprintf("/%d/%d", m.Year, m.Quarter)
		keys := []string{"c:" + Slug(m.Company) + per}
		if m.Ticker != "" {
			keys = append(keys, "t:"+strings.ToUpper(m.Ticker)+per)
		}
		b := -1
		for _, k := range keys {
			if i, ok := bucketOf[k]; ok {
				b = i
				break
			}
		}
		if b < 0 {
			b = len(buckets)
			buckets = append(buckets, nil)
		}
		for _, k := range keys {
			if _, ok := bucketOf[k]; !ok {
				bucketOf[k] = b
			}
		}
		g := -1
		for _, cand := range buckets[b] {
			if meta(groups[cand][0]).Words.SameWords(m.Words) {
				g = cand
				break
			}
		}
		if g < 0 {
			g = len(groups)
			groups = append(groups, nil)
			c := -1
			if len(buckets[b]) > 0 {
				c = buckets[b][0]
			}
			clash = append(clash, c)
			buckets[b] = append(buckets[b], g)
		}
		groups[g] = append(groups[g], it)
	}
	return groups, clash, alone
}

// DuplicateWarning is the warning for dup, a copy of the call kept.
func DuplicateWarning(dup, kept string, m Meta) *Error {
	return &Error{Pos: Pos{File: dup, Line: 1}, Kind: WarnDuplicate,
		Msg: fmt.Sprintf("same call as %s (%s %s, the same words); kept %s", kept, m.Company, m.PeriodLabel(), kept)}
}

// ClashWarning is the warning for a call whose company and period are
// those of another call with other words: both are kept.
func ClashWarning(src, other string, m Meta) *Error {
	return &Error{Pos: Pos{File: src, Line: 1}, Kind: WarnClash,
		Msg: fmt.Sprintf("%s %s is also the company and period of %s, whose words differ: kept both, this one under a suffixed URL; if one of them is mislabelled, set `company:`, `year:` or `quarter:` in %s", m.Company, m.PeriodLabel(), other, sidecarName(src))}
}

// dedupe keeps one transcript per call (GroupSameCalls) and records the
// others in its Sources.
func dedupe(calls []*Transcript) []*Transcript {
	sort.Slice(calls, func(i, j int) bool { return calls[i].Source < calls[j].Source })
	groups, clash, out := GroupSameCalls(calls, func(t *Transcript) Meta { return t.Meta })
	kept := make([]*Transcript, len(groups))
	for g, group := range groups {
		sort.SliceStable(group, func(i, j int) bool { return richer(group[i], group[j]) })
		k := group[0]
		for _, o := range group[1:] {
			k.Sources = append(k.Sources, o.Sources...)
			k.Warnings = append(k.Warnings, DuplicateWarning(o.Source, k.Source, k.Meta))
		}
		kept[g] = k
		out = append(out, k)
	}
	for g, c := range clash {
		if c >= 0 {
			kept[g].Warnings = append(kept[g].Warnings, ClashWarning(kept[g].Source, kept[c].Source, kept[g].Meta))
		}
	}
	return out
}

// richer orders two copies of a call: speaker labels first, then more
// turns, then more paragraphs, then the source path.
func richer(a, b *Transcript) bool {
	if a.Unlabelled != b.Unlabelled {
		return !a.Unlabelled
	}
	if na, nb := len(a.Turns()), len(b.Turns()); na != nb {
		return na > nb
	}
	if pa, pb := a.Paragraphs(), b.Paragraphs(); pa != pb {
		return pa > pb
	}
	return a.Source < b.Source
}

func isMarkdown(name string) bool {
	e := strings.ToLower(path.Ext(name))
	return e == ".md" || e == ".markdown"
}

// IsTranscriptFile reports whether a file name in the content folder holds
// a call: transcripts come as .txt, .json, .nlp, .gz, .html and files
// without an extension; .md files are sidecars or Markdown calls (see
// Load); glossary files are data.
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
