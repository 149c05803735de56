//go:build race

package matrix

// raceBuild is set when the race detector is on: its instrumented code
// keeps on the heap what a plain build keeps on the stack, so a bound on
// what a test allocates is looser there (TestLargeMatrixMemory: 6 MB
// plain, 28-32 MB under -race).
const raceBuild = true
