//go:build unix

package publish

import (
	"os"
	"syscall"
)

// createNew writes data to a new file p with three system calls (open,
// write, close). os.OpenFile makes every file ready for the runtime's
// poller as well (non-blocking mode, then a refused registration: two to
// four calls more), which a regular file written once does not use; a
// build writes tens of thousands of files. Errors are os.OpenFile's.
func createNew(p string, data []byte) error {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(p, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return &os.PathError{Op: "open", Path: p, Err: err}
	}
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			syscall.Close(fd)
			return &os.PathError{Op: "write", Path: p, Err: err}
		}
		data = data[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &os.PathError{Op: "close", Path: p, Err: err}
	}
	return nil
}
