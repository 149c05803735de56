package model

// Group is a set of departments the organisation itself names, such as
// "front-office departments": declared once (groups.yaml) with its name in
// each language, and named by the departments that belong to it (their
// Node.Group). A department belongs to at most one group.
type Group struct {
	ID      string
	Name    Text
	Sources []string // source ids the grouping comes from
}

// GroupOf returns the group the node's department belongs to, or nil when
// it belongs to none (or the node is in a topic or relation).
func (o *Org) GroupOf(n *Node) *Group {
	if n == nil {
		return nil
	}
	id := n.Root().Group()
	if id == "" {
		return nil
	}
	for _, g := range o.Groups {
		if g.ID == id {
			return g
		}
	}
	return nil
}

// Grouped returns the departments of each group, in the groups' order
// (groups without departments left out), and the departments of no group;
// each list in the departments' order.
func (o *Org) Grouped() (groups []*Group, members [][]*Node, ungrouped []*Node) {
	at := make(map[string]int, len(o.Groups))
	for _, g := range o.Groups {
		at[g.ID] = -1
	}
	for _, d := range o.Departments {
		i, ok := at[d.Group()]
		if !ok {
			ungrouped = append(ungrouped, d)
			continue
		}
		if i < 0 {
			i = len(members)
			at[d.Group()] = i
			members = append(members, nil)
		}
		members[i] = append(members[i], d)
	}
	// members are in order of first department; put them in the groups' order.
	for _, g := range o.Groups {
		if i := at[g.ID]; i >= 0 {
			groups = append(groups, g)
		}
	}
	ordered := make([][]*Node, 0, len(groups))
	for _, g := range groups {
		ordered = append(ordered, members[at[g.ID]])
	}
	return groups, ordered, ungrouped
}
