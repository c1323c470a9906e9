package publish

import "os"

// createWithOS writes data to a new file p through os.OpenFile: createNew
// on systems without the unix one (create_other.go), and what
// BenchmarkCreateNew measures it against.
func createWithOS(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
