//go:build !linux

package build

import (
	"io/fs"
	"os"
	"path/filepath"
)

// sysStat returns 0, 0 where the status change time is not at hand: the
// size and modification time alone then tell whether a file changed.
func sysStat(fs.FileInfo) (change int64, inode uint64) { return 0, 0 }

// outputFolder looks at the output's folders and files by their full
// paths (stat_unix.go looks relative to the folder held open).
type outputFolder struct{ dir string }

func openOutputFolder(dir string) *outputFolder { return &outputFolder{dir: dir} }

func (o *outputFolder) close() {}

// statDir is how a folder of the output looks; false when it is not a
// folder.
func (o *outputFolder) statDir(name string) (dirStat, bool) {
	fi, err := os.Lstat(filepath.Join(o.dir, filepath.FromSlash(name)))
	if err != nil || !fi.IsDir() {
		return dirStat{}, false
	}
	st := dirStat{ModTime: fi.ModTime().UnixNano()}
	st.Change, st.Inode = sysStat(fi)
	return st, true
}

// exists reports whether the output has a file (of any kind) by name.
func (o *outputFolder) exists(name string) bool {
	_, err := os.Lstat(filepath.Join(o.dir, filepath.FromSlash(name)))
	return err == nil
}
