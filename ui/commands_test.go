package ui

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoCommandIsDropped reads the ui package's own code (not its tests)
// and fails on any call whose tea.Cmd result is thrown away: a statement
// that is only the call, or a blank identifier where the command goes. A
// dropped command is work that never happens, and the page renderer then
// waits for it for good: a jump sized its new explorer with layout and
// dropped the command that rendered the page at the new width, so the page
// showed its title alone (tryout D1). A call that truly has nothing to run
// is written to return nothing.
func TestNoCommandIsDropped(t *testing.T) {
	t.Parallel() // see "Parallel tests" in driver_test.go
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to read the package's dependencies with")
	}
	// The dependencies' export data, as the compiler wrote it.
	out, err := exec.Command("go", "list", "-export", "-deps", "-json=ImportPath,Export", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	exports := map[string]string{}
	for dec := json.NewDecoder(bytes.NewReader(out)); dec.More(); {
		var p struct{ ImportPath, Export string }
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		exports[p.ImportPath] = p.Export
	}
	fset := token.NewFileSet()
	var files []*ast.File
	names, _ := filepath.Glob("*.go")
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		return os.Open(exports[path])
	})}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := conf.Check("github.com/dutymap/dutymap/ui", fset, files, info); err != nil {
		t.Fatal(err)
	}
	isCmd := func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Name() == "Cmd" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "charm.land/bubbletea/v2"
	}
	// cmdAt reports whether result i of a call is a command.
	cmdAt := func(call ast.Expr, i int) bool {
		tv, ok := info.Types[call]
		if !ok {
			return false
		}
		if tup, ok := tv.Type.(*types.Tuple); ok {
			return i < tup.Len() && isCmd(tup.At(i).Type())
		}
		return i == 0 && isCmd(tv.Type)
	}
	checked := 0
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.ExprStmt:
				if call, ok := s.X.(*ast.CallExpr); ok {
					checked++
					if tv, ok := info.Types[call]; ok {
						if tup, ok := tv.Type.(*types.Tuple); ok {
							for i := range tup.Len() {
								if cmdAt(call, i) {
									t.Errorf("%s: the command this call returns is dropped", fset.Position(call.Pos()))
								}
							}
						} else if cmdAt(call, 0) {
							t.Errorf("%s: the command this call returns is dropped", fset.Position(call.Pos()))
						}
					}
				}
			case *ast.AssignStmt:
				for i, l := range s.Lhs {
					if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
						continue
					}
					dropped := false
					if len(s.Rhs) == len(s.Lhs) {
						dropped = cmdAt(s.Rhs[i], 0)
					} else {
						dropped = cmdAt(s.Rhs[0], i)
					}
					if dropped {
						t.Errorf("%s: a command is assigned to _", fset.Position(l.Pos()))
					}
				}
			}
			return true
		})
	}
	if checked == 0 {
		t.Fatal("no call statement was checked: the test reads nothing")
	}
}
