package ownership

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// raciRepeats reports RACI lines that name a unit again: a line naming one
// unit several times (most often a copy-paste, or the same name in other
// capitals), and a unit consulted or informed on a duty it also does or
// answers for. Consulted and Informed name others than those who do the
// work and answer for it, and Informed adds nothing to Consulted, so the
// unit keeps its strongest role (Accountable, Responsible, Consulted,
// Informed, in that order) and the weaker lines drop it. Responsible and
// Accountable on one unit is the usual case and is not reported.
func (r *run) raciRepeats() {
	seen := map[lineKey]bool{} // a section's line is reported once, for all its duties
	for _, n := range r.duties() {
		a := model.AssignmentOf(n)
		for p := n; p != nil && !p.Kind.IsDocument(); p = p.Parent {
			for _, role := range model.RACIRoles {
				if k := (lineKey{p, role, nil}); p.RACI().Has(role) && a.From[role] == p && !seen[k] {
					seen[k] = true
					r.namedTwice(p, role)
				}
			}
		}
		for _, unit := range unitsOf(a) {
			strong, weak := rolesOf(a, unit)
			if len(weak) == 0 || !asSpecific(a, strong, weak[0]) {
				continue
			}
			line := a.From[weak[0]]
			if k := (lineKey{line, weak[0], unit}); seen[k] {
				continue
			}
			seen[lineKey{line, weak[0], unit}] = true
			at, other := r.line(line, line.RACI().At[weak[0]], line.RACI().Twin[weak[0]])
			var deletes []string
			for _, role := range weak {
				deletes = append(deletes, r.deleteFrom(a.From[role], role, unit, at))
			}
			fix := r.alsoThere(fmt.Sprintf(r.t().repeatRoleFix, r.roleWords(strong), strings.Join(deletes, r.t().and)), other)
			r.add(RACIRepeat, n, at, fix, r.t().repeatRoleMsg,
				unit.Title.In(r.lang), r.roleWords(strong), r.name(n), r.roleWords(weak)).Related = []*model.Node{unit}
		}
	}
}

// rolesOf splits the roles unit holds in a into those it keeps (strong:
// Responsible and Accountable, or else Consulted) and those that repeat it
// (weak: Consulted and Informed beside one it keeps), in RACI order.
func rolesOf(a model.Assignment, unit *model.Node) (strong, weak []model.RACIRole) {
	for _, role := range model.RACIRoles {
		switch holds := slices.Contains(a.Units[role], unit); {
		case !holds:
		case role == model.Responsible || role == model.Accountable || len(strong) == 0:
			strong = append(strong, role)
		default:
			weak = append(weak, role)
		}
	}
	return strong, weak
}

// asSpecific reports whether the line of role weak is written where, or
// below where, a line of a strong role is (or a strong role is the rule's):
// a section's Informed: line keeps the departments it informs of all its
// duties informed, also of the one duty a line beneath makes one of them
// accountable for.
func asSpecific(a model.Assignment, strong []model.RACIRole, weak model.RACIRole) bool {
	for _, role := range strong {
		from := a.From[role]
		if from == nil {
			return true
		}
		for p := a.From[weak]; p != nil; p = p.Parent {
			if p == from {
				return true
			}
		}
	}
	return false
}

// lineKey is one RACI line (a node's line of one role), or one unit on it.
type lineKey struct {
	node *model.Node
	role model.RACIRole
	unit *model.Node
}

// namedTwice reports the units n's line of role names more than once.
func (r *run) namedTwice(n *model.Node, role model.RACIRole) {
	refs := n.RACI().Refs[role]
	if len(refs) <= len(n.RACI().Units[role]) {
		return
	}
	as := map[*model.Node][]string{} // each unit's references, as written
	for _, ref := range refs {
		if ns, tier := r.org.Resolve(ref); tier == model.TierExact && len(ns) == 1 {
			as[ns[0]] = append(as[ns[0]], fmt.Sprintf("%q", ref))
		}
	}
	at, other := r.line(n, n.RACI().At[role], n.RACI().Twin[role])
	for _, unit := range n.RACI().Units[role] {
		if written := as[unit]; len(written) > 1 {
			key := r.key(role, n, at)
			fix := r.alsoThere(fmt.Sprintf(r.t().repeatLineFix, key, ids(n.RACI().Units[role])), other)
			r.add(RACIRepeat, n, at, fix, r.t().repeatLineMsg, key, unit.Title.In(r.lang), len(written), strings.Join(written, ", "))
		}
	}
}

// deleteFrom says how to take unit off n's line of role: the whole line
// when it names only the unit. The line is named as the file the finding
// cites (finding, a line of n's or of another node's in the same pair of
// files) writes it: its number and key in that file.
func (r *run) deleteFrom(n *model.Node, role model.RACIRole, unit *model.Node, finding model.Loc) string {
	units := n.RACI().Units[role]
	here, twin := n.RACI().At[role], n.RACI().Twin[role]
	if twin.File != "" && twin.File == finding.File {
		here = twin
	}
	key := r.key(role, n, here)
	if len(units) == 1 {
		return fmt.Sprintf(r.t().deleteLine, key, here.Line)
	}
	var rest []*model.Node
	for _, u := range units {
		if u != unit {
			rest = append(rest, u)
		}
	}
	return fmt.Sprintf(r.t().deleteName, unit.Path, key, key, ids(rest))
}

// key is the key of n's line of role written at at, as that line writes
// it (keyLang).
func (r *run) key(role model.RACIRole, n *model.Node, at model.Loc) string {
	return role.Key(r.keyLang(role, n, at))
}

// keyed is a line of key (as RACI.Key gives it, with its colon) naming
// value: "Accountable: cw", "批准：cw".
func keyed(key, value string) string {
	if strings.HasSuffix(key, "：") {
		return key + value
	}
	return key + " " + value
}

// overlapsKey is the Overlaps line's key as a file of lang writes it.
func overlapsKey(lang model.Lang) string {
	if lang == model.Zh {
		return "重叠："
	}
	return "Overlaps:"
}

// fileLang is the language of the file of n's at: Chinese for its Chinese
// file (when that is not its English one too), else English.
func (r *run) fileLang(n *model.Node, at model.Loc) model.Lang {
	if at.File != "" && at.File == n.Loc[model.Zh].File && at.File != n.Loc[model.En].File {
		return model.Zh
	}
	return model.En
}

// keyLang is the language the key of n's line of role written at at is
// in (model.RACI.KeyLang); for a line to be added at at, the language its
// file writes keys in: Chinese (批准：) in a Chinese file, as the built-in
// content and dutymap's writers write them, English (Accountable:), which
// every file may also use, elsewhere.
func (r *run) keyLang(role model.RACIRole, n *model.Node, at model.Loc) model.Lang {
	if x := n.RACI(); x.Has(role) && (at == x.At[role] || at == x.Twin[role]) {
		return x.KeyLang(role, at != x.At[role])
	}
	return r.fileLang(n, at)
}

// roleWords joins roles as a finding says a unit holds them: "responsible
// and accountable".
func (r *run) roleWords(roles []model.RACIRole) string {
	words := make([]string, len(roles))
	for i, role := range roles {
		words[i] = r.t().roles[role]
	}
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], r.lang.ListSep()) + r.t().and + words[len(words)-1]
}

// unitsOf lists the units of a, each once, in the order of the roles.
func unitsOf(a model.Assignment) []*model.Node {
	var out []*model.Node
	for _, units := range a.Units {
		for _, u := range units {
			if !slices.Contains(out, u) {
				out = append(out, u)
			}
		}
	}
	return out
}
