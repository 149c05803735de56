package model

import "slices"

// RACIRole is one of the four roles of the responsibility assignment matrix
// (RACI): who does a duty, who answers for it, who is asked, who is told.
type RACIRole uint8

const (
	Responsible RACIRole = iota // does the work
	Accountable                 // answers for the work and signs it off; one unit per duty
	Consulted                   // is asked before the work is done (two-way)
	Informed                    // is told once it is done (one-way)
	NumRACIRoles
)

// RACIRoles lists the roles in the matrix's order: R, A, C, I.
var RACIRoles = [NumRACIRoles]RACIRole{Responsible, Accountable, Consulted, Informed}

var raciNames = [NumRACIRoles]Text{
	{"Responsible", "负责"}, {"Accountable", "批准"}, {"Consulted", "咨询"}, {"Informed", "知会"},
}

// Letter is the role's letter in a matrix cell: "R", "A", "C" or "I".
func (r RACIRole) Letter() string { return "RACI"[r : r+1] }

// String is the role in lower-case English ("accountable"), stable for
// JSON and messages.
func (r RACIRole) String() string {
	return [...]string{"responsible", "accountable", "consulted", "informed"}[r]
}

// Name is the role's name in l, as its attribute line's key is written:
// "Accountable", "批准".
func (r RACIRole) Name(l Lang) string { return raciNames[r][l] }

// ParseRACIRole reads a role written as its letter (R, A, C, I, either
// case) or its name in English or Chinese.
func ParseRACIRole(s string) (RACIRole, bool) {
	for _, r := range RACIRoles {
		if Fold(s) == Fold(r.Letter()) || Fold(s) == r.String() || s == r.Name(Zh) {
			return r, true
		}
	}
	return 0, false
}

// RACI is what the RACI lines of one section or duty say: for each role,
// the units named, as written and as resolved. A section's lines apply to
// every duty beneath it that does not give the role itself (see
// AssignmentOf).
type RACI struct {
	// Refs holds each role's references as written (a path, an id, a name,
	// an alias or a code of a unit), nil for a role with no line.
	Refs [NumRACIRoles][]string
	// At is where each role's line was written (in the English file when
	// both languages' files write it).
	At [NumRACIRoles]Loc
	// Twin is where the other language's file writes the role's line too
	// (the same units, maybe in its own words: 批准：市场部); empty when
	// only one file writes it. A finding about the line cites the file of
	// the language it speaks.
	Twin [NumRACIRoles]Loc
	// Units holds the units each role's references name, filled in when the
	// whole organisation has been read (content.Check reports references
	// that name no unit).
	Units [NumRACIRoles][]*Node
	// ZhKeys records which lines write their key in Chinese (批准：): bit
	// role for the line At, bit NumRACIRoles+role for its Twin, so that a
	// fix names a line by the key its file writes (see KeyLang).
	ZhKeys uint8
}

// KeyLang is the language role's line writes its key in (see ZhKeys);
// twin chooses the Twin line over At.
func (r *RACI) KeyLang(role RACIRole, twin bool) Lang {
	if r == nil {
		return En
	}
	return keyLang(r.ZhKeys, uint(role), uint(NumRACIRoles), twin)
}

// keyLang reads a ZhKeys of lines of n kinds (RACI.ZhKeys, Links.ZhKeys):
// bit k for line k's At, bit n+k for its Twin.
func keyLang(zhKeys uint8, k, n uint, twin bool) Lang {
	if twin {
		k += n
	}
	if zhKeys&(1<<k) != 0 {
		return Zh
	}
	return En
}

// Key is the role's line key as a file in language l writes it, with its
// colon: "批准：" in Chinese, "Accountable:" otherwise.
func (r RACIRole) Key(l Lang) string {
	if l == Zh {
		return r.Name(Zh) + "："
	}
	return r.Name(En) + ":"
}

// Has reports whether r gives role (a nil RACI gives none).
func (r *RACI) Has(role RACIRole) bool { return r != nil && r.Refs[role] != nil }

// Overlap is what a duty's Overlaps line says: the duties of other
// departments that read the same and that the organisation knowingly has
// both hold (the sources give the work to both and do not say how they
// share it). The double-owner check does not report such a pair.
type Overlap struct {
	Refs []string // as written
	At   Loc
	// Duties holds, in the order of Refs, the duty each names, filled in
	// when the whole organisation has been read; nil where a reference
	// names no duty (validate reports it; a department that is gone, a
	// note, and check reports the pair again).
	Duties []*Node
}

// Overlaps reports whether either duty's Overlaps line names the other.
func Overlaps(a, b *Node) bool {
	return a.Overlap() != nil && slices.Contains(a.Overlap().Duties, b) || b.Overlap() != nil && slices.Contains(b.Overlap().Duties, a)
}

// IsUnit reports whether RACI lines may name n: a department, or a section
// that is a position (.position) or a sub-department (.unit). Other
// sections group duties; they hold none themselves.
func IsUnit(n *Node) bool {
	return n != nil && (n.Kind == KindDepartment || (n.Kind == KindSection && (n.Role == RolePosition || n.Role == RoleUnit)))
}

// Assignment is who holds a duty in each RACI role, once the lines written
// on the duty and its sections are read and the implicit rule applied.
//
// The rule: each role is given by the nearest line, on the duty itself or
// else on the closest section above it that has one. A duty in a
// department is done (R) and answered for (A) by the unit it is written
// in, unless a line names others: the nearest position or sub-department
// above it, else its department ("Visit key customers." under Account
// manager is the account manager's, on its page, in every matrix and in
// the answer to "who is responsible for …"). A topic's point has no such
// home: where no Accountable line applies, whoever is responsible answers
// for it.
type Assignment struct {
	Units [NumRACIRoles][]*Node
	// Implicit marks the roles filled by the rule rather than by a line.
	Implicit [NumRACIRoles]bool
	// From is the node whose line gave each role: the duty or one of its
	// sections; nil where the role is implicit or unfilled.
	From [NumRACIRoles]*Node
	// Home is the department the duty is written in; nil for a point of a
	// topic or relation.
	Home *Node
	// WrittenIn is the unit the duty is written in, which holds the
	// implicit roles: its nearest position or sub-department, else Home;
	// nil for a point of a topic or relation.
	WrittenIn *Node
}

// AssignmentOf returns the assignment of a duty or point. For any other
// node it returns the zero Assignment.
func AssignmentOf(n *Node) Assignment {
	var a Assignment
	if n == nil || !n.Kind.IsLeaf() {
		return a
	}
	for _, role := range RACIRoles {
		for p := n; p != nil && !p.Kind.IsDocument(); p = p.Parent {
			if p.RACI().Has(role) {
				a.Units[role], a.From[role] = p.RACI().Units[role], p
				break
			}
		}
	}
	if root := n.Root(); root.Kind == KindDepartment {
		a.Home, a.WrittenIn = root, UnitWrittenIn(n)
	}
	if len(a.Units[Responsible]) == 0 && a.WrittenIn != nil {
		a.Units[Responsible], a.Implicit[Responsible] = []*Node{a.WrittenIn}, true
	}
	if len(a.Units[Accountable]) == 0 {
		switch {
		case a.WrittenIn != nil:
			a.Units[Accountable], a.Implicit[Accountable] = []*Node{a.WrittenIn}, true
		case len(a.Units[Responsible]) > 0:
			a.Units[Accountable], a.Implicit[Accountable] = a.Units[Responsible], true
		}
	}
	return a
}

// UnitWrittenIn is the unit a node of a department is written in: the
// nearest position or sub-department above it (IsUnit), else its
// department; nil for a node of a topic or relation.
func UnitWrittenIn(n *Node) *Node {
	if n == nil || n.Root().Kind != KindDepartment {
		return nil
	}
	p := n.Parent
	for p != nil && !IsUnit(p) {
		p = p.Parent
	}
	if p == nil {
		return n.Root()
	}
	return p
}

// Explicit reports whether any RACI line applies to the duty.
func (a Assignment) Explicit() bool {
	for _, f := range a.From {
		if f != nil {
			return true
		}
	}
	return false
}

// Roles returns the roles u holds: those naming u itself, in RACI order.
func (a Assignment) Roles(u *Node) []RACIRole {
	var out []RACIRole
	for _, role := range RACIRoles {
		if slices.Contains(a.Units[role], u) {
			out = append(out, role)
		}
	}
	return out
}

// Letters is the matrix cell of unit u: the letters of the roles u holds,
// "RA", "C", or "" for none.
func (a Assignment) Letters(u *Node) string {
	s := ""
	for _, role := range a.Roles(u) {
		s += role.Letter()
	}
	return s
}

// Holders returns the units holding role for the duty n: the accountable
// units answer "who is accountable for X?". It is AssignmentOf(n).Units[role].
func Holders(n *Node, role RACIRole) []*Node { return AssignmentOf(n).Units[role] }

// IsWork reports whether n is work to be held, which RACI lines, the
// matrix and the ownership checks are about: every duty of a department,
// and the points of a topic's lists of shared work. A topic's list is
// shared work when a RACI line stands on one of its points, on its section
// or on a section above; a topic's other lists are knowledge, not duties.
func IsWork(n *Node) bool {
	switch {
	case n == nil || !n.Kind.IsLeaf():
		return false
	case n.Kind == KindDuty:
		return true
	case n.Parent == nil || n.Root().Kind != KindTopic:
		return false
	}
	for p := n.Parent; p != nil && !p.Kind.IsDocument(); p = p.Parent {
		if p.RACI() != nil {
			return true
		}
	}
	for _, c := range n.Parent.Children {
		if c.Kind.IsLeaf() && c.RACI() != nil {
			return true
		}
	}
	return false
}
