//go:build unix

package cache

import (
	"fmt"
	"os"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// mapFile maps size bytes of f read-only into memory: the cache's tables
// are then used where they lie in the page cache, without a copy, and
// only the pages a search touches are read. Cache files are replaced by
// renaming, never written in place, so the mapped file does not change
// under the program.
func mapFile(f *os.File, size int64) (data []byte, mapped bool, err error) {
	if size == 0 || int64(int(size)) != size {
		data, err = readFile(f, size)
		return data, false, err
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		// No copy in memory instead: where the address space cannot take
		// the file (a limit on it), a heap of the same size cannot either,
		// and running out of heap is fatal. The caller reads the content
		// files instead.
		return nil, false, fmt.Errorf("cannot map the cache file: %w", err)
	}
	return data, true, nil
}

// unmapFile releases a mapping mapFile made, once nothing read from it is
// in use (after a failed read).
func unmapFile(data []byte, mapped bool) {
	if mapped {
		_ = syscall.Munmap(data)
	}
}

// release lets the kernel take back the mapped pages read so far (all of
// them: the checksum reads every byte). They are clean pages of the file,
// so those used again are read back from the page cache: the process then
// holds only the parts of the cache it uses, not the whole file.
func release(data []byte, mapped bool) {
	if !mapped || len(data) == 0 {
		return
	}
	// Whole pages only: the part of a page shared with bytes still in use
	// stays.
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(&data[0]))
	from := (start + page - 1) &^ (page - 1)
	to := (start + uintptr(len(data))) &^ (page - 1)
	if to > from {
		_ = unix.Madvise(data[from-start:to-start], unix.MADV_DONTNEED) // x/sys: package syscall has no Madvise on macOS or the BSDs
	}
}
