package render

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Output receives the files of a site. Names are slash-separated paths
// relative to the site root ("c/kaleyra/2020-q2/index.html").
type Output interface {
	WriteFile(name string, data []byte) error
}

// DirOutput writes files below a directory. It refuses names that would
// leave it. It is safe for concurrent use.
type DirOutput struct {
	Dir  string
	made *sync.Map // folders already created
}

// NewDirOutput writes below dir.
func NewDirOutput(dir string) DirOutput { return DirOutput{Dir: dir, made: &sync.Map{}} }

func (o DirOutput) WriteFile(name string, data []byte) error {
	clean := filepath.FromSlash(name)
	if !filepath.IsLocal(clean) {
		return fmt.Errorf("refusing to write %q outside the output folder", name)
	}
	p := filepath.Join(o.Dir, clean)
	dir := filepath.Dir(p)
	if o.made == nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	} else if _, ok := o.made.Load(dir); !ok {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		o.made.Store(dir, true)
	}
	return writeNew(p, data)
}

// writeNew writes a file that must not exist yet: a file already there
// (a hard link to the previous build's output, say) is removed first, so
// that writing never changes another folder's copy.
func writeNew(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if os.IsExist(err) {
		if err = os.Remove(p); err == nil {
			f, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		}
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Publish builds a site into a staging folder beside dir and swaps it in
// only when build succeeds, so a failed build leaves dir exactly as it was.
func Publish(dir string, build func(Output) error) error {
	dir = filepath.Clean(dir)
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	staging, err := os.MkdirTemp(parent, "."+base+".building-")
	if err != nil {
		return err
	}
	if err := os.Chmod(staging, 0o755); err != nil {
		os.RemoveAll(staging)
		return err
	}
	if err := build(NewDirOutput(staging)); err != nil {
		os.RemoveAll(staging)
		return err
	}
	return swap(dir, staging)
}

// swap replaces dir by staging with two renames.
func swap(dir, staging string) error {
	old := ""
	if _, err := os.Lstat(dir); err == nil {
		old = staging + ".old"
		if err := os.Rename(dir, old); err != nil {
			os.RemoveAll(staging)
			return fmt.Errorf("moving the previous %s aside: %w", dir, err)
		}
	}
	if err := os.Rename(staging, dir); err != nil {
		if old != "" {
			os.Rename(old, dir) // put the previous site back
		}
		os.RemoveAll(staging)
		return err
	}
	if old != "" && strings.Contains(old, ".building-") {
		return os.RemoveAll(old)
	}
	return nil
}
