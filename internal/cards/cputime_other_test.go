//go:build !linux

package cards

import "testing"

// cpuPerOp runs body b.N times; CPU time per op is measured on Linux only.
func cpuPerOp(b *testing.B, body func()) {
	for b.Loop() {
		body()
	}
}
