//go:build race

package ui

// raceBuild is set when the race detector is on: it runs tests about ten
// times slower, so the line-breaking sweeps read a sample of the screens.
const raceBuild = true
