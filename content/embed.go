package content

import (
	"embed"
	"io/fs"
)

//go:embed builtin
var builtinFS embed.FS

// Builtin is the embedded default organisation.
func Builtin() Layer {
	sub, err := fs.Sub(builtinFS, "builtin")
	if err != nil {
		panic(err) // the embed directive guarantees the folder exists
	}
	return Layer{Name: "built-in", FS: sub, Root: "built-in", builtin: true}
}

// IsBuiltin reports whether l is the embedded organisation (Builtin).
func (l Layer) IsBuiltin() bool { return l.builtin }

// BuiltinFS exposes the embedded files, for `dutymap init`.
func BuiltinFS() fs.FS { return Builtin().FS }
