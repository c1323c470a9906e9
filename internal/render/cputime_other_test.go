//go:build !unix

package render

// cpuTime is not measured here: the benchmark reports no cpu-ms/card.
func cpuTime() int64 { return 0 }
