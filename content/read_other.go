//go:build !unix

package content

// openNonblock is 0 where named pipes cannot block an open.
const openNonblock = 0
