//go:build !race

package page_test

const raceBuild = false
