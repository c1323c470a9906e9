//go:build !unix

package testshared

import "time"

// CPUTime is not measured here.
func CPUTime() time.Duration { return 0 }
