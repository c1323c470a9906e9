//go:build !unix

package publish

// createNew writes data to a new file p (see create_unix.go).
func createNew(p string, data []byte) error { return createWithOS(p, data) }
