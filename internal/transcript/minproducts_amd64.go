package transcript

import "golang.org/x/sys/cpu"

// hasAVX512 tells whether the processor (and the system) has AVX-512's
// 64-bit multiplication and unsigned minimum (the F and DQ sets).
var hasAVX512 = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// minProducts is minProductsGo: with AVX-512, eight positions a vector
// instruction (a run's 64 products are eight multiplications, not 64),
// which takes a fifth of its time.
func minProducts(mins *[len(Fingerprint{}.Sig)]uint64, runs []uint64) {
	if hasAVX512 {
		minProductsAVX512(mins, runs, &sigHashes.mul, &sigHashes.add)
		return
	}
	minProductsGo(mins, runs)
}

// minProductsAVX512 is minProductsGo given the positions' muls and adds,
// in AVX-512 (minproducts_amd64.s).
//
//go:noescape
func minProductsAVX512(mins *[len(Fingerprint{}.Sig)]uint64, runs []uint64, mul, add *[len(Fingerprint{}.Sig)]uint64)
