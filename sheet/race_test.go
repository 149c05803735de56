//go:build race

package sheet

// raceBuild is set when the race detector is on: its runtime maps
// gigabytes of shadow memory, which a memory limit refuses, and its
// instrumented reads allocate more than a plain build's.
const raceBuild = true
