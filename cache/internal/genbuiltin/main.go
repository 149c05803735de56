// Command genbuiltin writes cache/builtin.dmc: the built-in organisation and
// its search index, prebuilt, which the program embeds so that it never
// analyses the built-in content's words at run time. Run it with
// `go generate ./cache` after changing content/builtin, the content format,
// the search index or the analysis; TestBuiltinIndexIsCurrent fails until
// then.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/dutymap/dutymap/cache"
)

func main() {
	out := flag.String("o", "builtin.dmc", "the file to write")
	flag.Parse()
	data, err := cache.EncodeBuiltin()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
}
