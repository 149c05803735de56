// Package pause turns the garbage collector off when the program starts
// (gcstart.Pause), for the program's main package alone to import. Go
// initialises packages in the order of their import paths, each once the
// packages it imports are: importing only gcstart, this one runs before
// the heavy initialisers of the libraries (Chroma, excelize, goldmark,
// bluemonday), and TestBinary checks that it does.
package pause

import "github.com/dutymap/dutymap/internal/gcstart"

func init() { gcstart.Pause() }
