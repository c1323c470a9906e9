//go:build !amd64

package transcript

// minProducts is minProductsGo where no vector version is written.
func minProducts(mins *[len(Fingerprint{}.Sig)]uint64, runs []uint64) { minProductsGo(mins, runs) }
