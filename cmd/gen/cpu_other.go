//go:build !unix

package main

import "time"

// processCPU is not measured where there is no getrusage: 0.
func processCPU() time.Duration { return 0 }

// peakRSSKB is not measured where there is no getrusage: 0.
func peakRSSKB() int64 { return 0 }
