package model

// Dimension is a named axis along which departments are compared.
type Dimension string

// The fixed comparison dimensions. Content may only use these keys, so any
// two departments line up row by row.
const (
	Objective  Dimension = "objective"
	Level      Dimension = "level"
	Scope      Dimension = "scope"
	Nature     Dimension = "nature"
	Horizon    Dimension = "horizon"
	Assessment Dimension = "assessment"
	Focus      Dimension = "focus"
	Analogy    Dimension = "analogy"
)

// Dimensions lists the dimensions in display order.
var Dimensions = []Dimension{Objective, Level, Scope, Nature, Horizon, Assessment, Focus, Analogy}

var dimensionLabels = map[Dimension]Text{
	Objective:  {"Objective", "目标"},
	Level:      {"Decision level", "决策层次"},
	Scope:      {"Scope", "视野"},
	Nature:     {"Nature of work", "工作性质"},
	Horizon:    {"Time horizon", "时间跨度"},
	Assessment: {"Assessed by", "考核方式"},
	Focus:      {"Focus", "关注点"},
	Analogy:    {"Analogy", "比喻"},
}

// Label is the dimension's human name in l.
func (d Dimension) Label(l Lang) string {
	if t, ok := dimensionLabels[d]; ok {
		return t.In(l)
	}
	return string(d)
}

// IsDimension reports whether s names a known dimension.
func IsDimension(s string) bool {
	_, ok := dimensionLabels[Dimension(s)]
	return ok
}

// GivenTraits lists, in display order, the dimensions a department's
// traits describe in l (or the other language, as Text.In falls back): the
// rows of a table of its traits. A row of "—" for each of the others says
// nothing and hides the few given; every writer of the table (the page,
// export --format md) shows these rows only.
func GivenTraits(traits map[Dimension]Text, l Lang) []Dimension {
	var out []Dimension
	for _, d := range Dimensions {
		if traits[d].In(l) != "" {
			out = append(out, d)
		}
	}
	return out
}
