//go:build !race

package matrix

const raceBuild = false
