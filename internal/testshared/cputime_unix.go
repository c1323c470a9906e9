//go:build unix

package testshared

import (
	"syscall"
	"time"
)

// CPUTime is the CPU time (user and system) of this process so far: what
// benchmarks report as cpu-ms/op, which holds on a busy machine where
// wall time does not.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
