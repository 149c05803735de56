package matrix

import (
	"strings"

	"github.com/dutymap/dutymap/model"
)

// Places gives each row whose duty reads in l word for word as another
// row's the place that tells them apart, as parts of a breadcrumb: the
// department where theirs differ ("Engineering", "People team"), else the
// way down to the duty from where their ways part ("Positions › Product
// planning supervisor"). A row read alone has none. The explorer's matrix
// and the Markdown table both say it after the duty ("Hire engineers. ·
// People team"): two identical rows would not say which is which.
func Places(rows []Row, l model.Lang) map[*model.Node][]string {
	same := map[string][]*model.Node{}
	var texts []string
	for _, r := range rows {
		text := oneLine(r.Duty.Title.In(l))
		if same[text] == nil {
			texts = append(texts, text)
		}
		same[text] = append(same[text], r.Duty)
	}
	out := map[*model.Node][]string{}
	for _, text := range texts {
		ds := same[text]
		if len(ds) < 2 {
			continue
		}
		roots := map[*model.Node]bool{}
		for _, d := range ds {
			roots[d.Root()] = true
		}
		if len(roots) == len(ds) {
			for _, d := range ds {
				out[d] = []string{d.Root().Title.In(l)}
			}
			continue
		}
		// Within one department: the way down from where their ways part
		// ("Positions › Product planning supervisor"), not the department
		// they share, which a narrow column would show alone.
		places := make([][]string, len(ds))
		common := -1
		for i, d := range ds {
			places[i] = above(d, l)
			if i == 0 {
				common = len(places[0])
				continue
			}
			k := 0
			for k < min(common, len(places[i])) && places[i][k] == places[0][k] {
				k++
			}
			common = k
		}
		for i, d := range ds {
			if common < len(places[i]) {
				out[d] = places[i][common:]
			} else {
				out[d] = places[i]
			}
		}
	}
	return out
}

// PlaceSep parts a place's breadcrumb ("Positions › Recruiter"); DutySep
// parts a duty's text from its place.
const (
	PlaceSep = " › "
	DutySep  = " · "
)

// above are the titles from n's document down to its parent.
func above(n *model.Node, l model.Lang) []string {
	line := n.Lineage()
	parts := make([]string, 0, len(line)-1)
	for _, p := range line[:len(line)-1] {
		parts = append(parts, p.Title.In(l))
	}
	return parts
}

// oneLine is s with its runs of white space, line ends too, as one space:
// how a row shows a text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
