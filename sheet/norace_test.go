//go:build !race

package sheet

const raceBuild = false
