//go:build !unix

package cache

import "os"

// mapFile reads the file: memory maps are used on Unix only.
func mapFile(f *os.File, size int64) ([]byte, bool, error) {
	data, err := readFile(f, size)
	return data, false, err
}

func unmapFile([]byte, bool) {}

func release([]byte, bool) {}
