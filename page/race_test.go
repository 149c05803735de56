//go:build race

package page_test

// raceBuild is set when the race detector is on: it runs tests ~10 times
// slower, so the sweeps sample less.
const raceBuild = true
