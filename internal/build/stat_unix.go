//go:build linux

package build

import (
	"io/fs"
	"syscall"
)

// sysStat returns a file's status change time and inode number.
func sysStat(fi fs.FileInfo) (change int64, inode uint64) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return st.Ctim.Nano(), st.Ino
	}
	return 0, 0
}
