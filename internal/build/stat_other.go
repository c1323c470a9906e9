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

// heldFolder looks at the files of a folder by their full paths
// (stat_unix.go looks relative to the folder held open).
type heldFolder struct{ dir string }

func openHeldFolder(dir string) *heldFolder { return &heldFolder{dir: dir} }

func (o *heldFolder) close() {}

// statDir is how a folder in the folder looks; false when it is not one.
func (o *heldFolder) statDir(name string) (dirStat, bool) {
	fi, err := os.Lstat(filepath.Join(o.dir, filepath.FromSlash(name)))
	if err != nil || !fi.IsDir() {
		return dirStat{}, false
	}
	st := dirStat{ModTime: fi.ModTime().UnixNano()}
	st.Change, st.Inode = sysStat(fi)
	return st, true
}

// exists reports whether the folder has a file (of any kind) by name.
func (o *heldFolder) exists(name string) bool {
	_, err := os.Lstat(filepath.Join(o.dir, filepath.FromSlash(name)))
	return err == nil
}

// stat is how a file in the folder looks, following a link.
func (o *heldFolder) stat(name string) (fileStat, error) { return statByPath(o.dir, name) }

// names lists the names in a folder of the folder; false when it cannot
// be read.
func (o *heldFolder) names(name string) ([]string, bool) {
	return namesByPath(filepath.Join(o.dir, filepath.FromSlash(name)))
}
