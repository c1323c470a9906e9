//go:build unix

package publish

import (
	"errors"
	"syscall"
)

// processAlive reports whether a process with the id runs (or may: a
// process of another user counts as alive).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
