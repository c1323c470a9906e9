//go:build linux

package build

import (
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// sysStat returns a file's status change time and inode number.
func sysStat(fi fs.FileInfo) (change int64, inode uint64) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return st.Ctim.Nano(), st.Ino
	}
	return 0, 0
}

// outputFolder looks at the output's folders and files by their names
// relative to the output folder, held open: the folder check of a rebuild
// looks at 50,000 folders at 5,000 calls, and by a full path each look
// walked the output's own path again in the kernel and built a path and
// a FileInfo in Go. A name that could leave the folder (or one the folder
// could not be opened for) is looked at by its full path, as before.
type outputFolder struct {
	dir string
	fd  int // -1 when not open
}

func openOutputFolder(dir string) *outputFolder {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		fd = -1
	}
	return &outputFolder{dir: dir, fd: fd}
}

func (o *outputFolder) close() {
	if o.fd >= 0 {
		unix.Close(o.fd)
		o.fd = -1
	}
}

// lstat looks at a slash path of the output without following a link.
func (o *outputFolder) lstat(name string, st *unix.Stat_t) error {
	if o.fd < 0 || name == "" || name[0] == '/' || strings.Contains(name, "..") {
		return unix.Lstat(filepath.Join(o.dir, filepath.FromSlash(name)), st)
	}
	for {
		err := unix.Fstatat(o.fd, name, st, unix.AT_SYMLINK_NOFOLLOW)
		if err != unix.EINTR {
			return err
		}
	}
}

// statDir is how a folder of the output looks; false when it is not a
// folder.
func (o *outputFolder) statDir(name string) (dirStat, bool) {
	var st unix.Stat_t
	if o.lstat(name, &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return dirStat{}, false
	}
	return dirStat{ModTime: st.Mtim.Nano(), Change: st.Ctim.Nano(), Inode: st.Ino}, true
}

// exists reports whether the output has a file (of any kind) by name.
func (o *outputFolder) exists(name string) bool {
	var st unix.Stat_t
	return o.lstat(name, &st) == nil
}

