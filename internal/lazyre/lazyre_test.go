package lazyre

import "testing"

func TestCompiledOnceOnFirstUse(t *testing.T) {
	re := New(`^a+$`)
	first := re()
	if !first.MatchString("aaa") || first.MatchString("ab") {
		t.Fatalf("%v does not match as ^a+$ does", first)
	}
	if re() != first {
		t.Error("a second call compiled the expression again")
	}
}

func TestInvalidPanicsOnFirstUse(t *testing.T) {
	re := New(`(`) // not compiled yet: no panic here
	defer func() {
		if recover() == nil {
			t.Error("an invalid expression did not panic on first use")
		}
	}()
	re()
}
