package transcript

import "golang.org/x/sys/cpu"

// leastHashesVector is set where the processor multiplies eight 64-bit
// numbers at once (AVX-512 with its DQ part): the sketch's 64 positions
// are eight vectors, and each run takes 24 instructions rather than 64
// multiplications one after another, a few times less of a parse.
var leastHashesVector = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// leastHashesAVX512 sets least[i] to the least of runs[k]*muls[i] +
// adds[i] (modulo 2^64) over all runs; all ones when there are none.
//
//go:noescape
func leastHashesAVX512(least *[64]uint64, runs []uint64, muls, adds *[64]uint64)

// leastHashes is leastHashesAVX512 where the processor has it.
func leastHashes(least *[64]uint64, runs []uint64) bool {
	if !leastHashesVector {
		return false
	}
	leastHashesAVX512(least, runs, &sigMuls, &sigAdds)
	return true
}
