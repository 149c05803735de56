//go:build race

package model

// raceBuild is set when the race detector is on: it runs tests ~10 times
// slower, so the measurements on the whole O*NET corpus are left to
// normal runs.
const raceBuild = true
