package search

// The O*NET corpus is read from ../shared/data at test time, not copied into
// the repository. Credit, as its licence requires: This includes
// information from the O*NET 30.0 Database by the U.S. Department of Labor,
// Employment and Training Administration (USDOL/ETA). Used under the CC BY
// 4.0 license. O*NET® is a trademark of USDOL/ETA. dutymap has modified all
// or some of this information. USDOL/ETA has not approved, endorsed, or
// tested these modifications.

import (
	"context"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/model"
)

// onetCSV is the corpus, relative to this package's folder.
const onetCSV = "../../../shared/data/onet-task-statements.csv"

// onetOrg builds an organisation from the O*NET task statements: each
// occupation is a department with one section, "Tasks", holding its task
// statements as duties (their Task IDs as ids), in English only. It skips
// the test without the file.
func onetOrg(tb testing.TB) *model.Org {
	tb.Helper()
	f, err := os.Open(onetCSV)
	if err != nil {
		tb.Skipf("O*NET corpus not available: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	byCode := map[string]*model.Node{}
	var docs []*model.Node
	for _, r := range rows[1:] {
		code, title, taskID, task := r[0], r[1], r[2], r[3]
		d := byCode[code]
		if d == nil {
			d = &model.Node{ID: strings.ReplaceAll(code, ".", "-"), Kind: model.KindDepartment, Details: &model.Details{Order: len(docs)}}
			d.Title[model.En] = title
			tasks := &model.Node{ID: "tasks", Kind: model.KindSection, Role: model.RoleGroup}
			tasks.Title[model.En] = "Tasks"
			d.Children = []*model.Node{tasks}
			byCode[code] = d
			docs = append(docs, d)
		}
		tasks := d.Children[0]
		n := &model.Node{ID: taskID, Kind: model.KindDuty}
		n.Title[model.En] = task
		tasks.Children = append(tasks.Children, n)
	}
	return model.NewOrg(docs, nil)
}

// "set prices" on the real O*NET tasks must find Sales Managers'
// "Determine price schedules and discount rates" in the top 10 and
// Marketing Managers' "Develop pricing strategies, ..." in the top 15 (fzf
// 0.38 ranks them 50th and 724th). Neither says "set": "determine" and
// "develop" are its synonyms (model/analysis/synonyms.go), and "price" and
// "pricing" stem alike. Tasks that say "set" itself rank above those that
// only say a synonym, other things equal.
func TestONetSetPrices(t *testing.T) {
	ix := New(onetOrg(t))
	found, err := ix.Search(context.Background(), Parse("set prices"), model.En, 50)
	if err != nil {
		t.Fatal(err)
	}
	res := found.List
	rank := func(occupation, task string) int {
		for i, r := range res {
			for _, p := range r.Places {
				if p.Root().Title[model.En] == occupation && strings.HasPrefix(p.Title[model.En], task) {
					return i + 1
				}
			}
		}
		return 0
	}
	sales := rank("Sales Managers", "Determine price schedules and discount rates")
	marketing := rank("Marketing Managers", "Develop pricing strategies")
	t.Logf("Sales Managers' task ranks %d, Marketing Managers' %d", sales, marketing)
	if sales == 0 || sales > 10 {
		t.Errorf("Sales Managers' price schedules rank %d, want top 10", sales)
	}
	if marketing == 0 || marketing > 15 {
		t.Errorf("Marketing Managers' pricing strategies rank %d, want top 15", marketing)
	}
	setFirst := rank("Funeral Home Managers", "Set prices or credit terms")
	if synonymOnly := rank("Fashion Designers", "Determine prices for styles"); setFirst == 0 || setFirst > synonymOnly {
		t.Errorf(`"Set prices or credit terms" ranks %d, below "Determine prices for styles" (%d)`, setFirst, synonymOnly)
	}
}
