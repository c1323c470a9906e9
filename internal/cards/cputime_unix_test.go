//go:build linux

package cards

import (
	"runtime"
	"syscall"
	"testing"
)

// threadCPU is the calling thread's user and system CPU time so far, in ns: what a
// benchmark locked to its thread spent itself, whatever else the machine runs.
func threadCPU() int64 {
	const rusageThread = 1 // RUSAGE_THREAD
	var ru syscall.Rusage
	if syscall.Getrusage(rusageThread, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// cpuPerOp runs body b.N times on one locked thread and reports its CPU time per op
// (cpu-µs/op), which holds on a busy machine where ns/op does not.
func cpuPerOp(b *testing.B, body func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := threadCPU()
	n := 0
	for b.Loop() {
		body()
		n++
	}
	if cpu := threadCPU() - start; cpu > 0 && n > 0 {
		b.ReportMetric(float64(cpu)/1e3/float64(n), "cpu-µs/op")
	}
}
