//go:build !amd64

package transcript

// leastHashesVector is false: leastHashes has no vector form here.
var leastHashesVector = false

// leastHashes reports false: signature takes the runs one by one.
func leastHashes(least *[64]uint64, runs []uint64) bool { return false }
