//go:build !unix

package filekind

// OpenNonblock is 0 where named pipes cannot block an open.
const OpenNonblock = 0
