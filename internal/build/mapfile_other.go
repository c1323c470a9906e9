//go:build !linux

package build

import "os"

// mapFile reads a file (mapfile_linux.go maps it instead).
func mapFile(name string) ([]byte, error) { return os.ReadFile(name) }
