package sheet

import (
	"strings"
	"testing"
)

// A two-language sheet's RACI and hand-off cells name units by one
// language's names; each language's file writes them in its own: the
// Chinese file reads 批准：法务部, not 批准：Legal (tryout28 P12). A name two
// units share in a language is written by the unit's path there, and a
// reference by id stays as written.
func TestRACICellsWrittenInEachLanguagesNames(t *testing.T) {
	sheet := "Department (en),Department (zh),Position (en),Position (zh),Duty (en),Duty (zh),Accountable,Informed,Consulted\n" +
		"Legal,法务部,Contract counsel,合同法务,Review contracts.,审查合同。,Legal,Facilities,finance\n" +
		"Facilities,行政部,Office manager,主管,Book rooms.,预订会议室。,Office manager,法务部,legal/contract-counsel\n" +
		"Finance,财务组,Finance lead,主管,Pay invoices.,支付发票。,,,\n"
	res := importCSV(t, sheet, Options{})
	mustOrg(t, res)
	files := map[string]string{}
	for _, f := range res.Files {
		files[f.Name] = string(f.Data)
	}
	for name, want := range map[string][]string{
		"zh/legal.md":      {"  批准：法务部\n", "  知会：行政部\n", "  咨询：finance\n"},
		"en/legal.md":      {"  Accountable: Legal\n", "  Informed: Facilities\n", "  Consulted: finance\n"},
		"zh/facilities.md": {"  批准：facilities/office-manager\n", "  知会：法务部\n", "  咨询：legal/contract-counsel\n"},
		"en/facilities.md": {"  Accountable: Office manager\n", "  Informed: Legal\n", "  Consulted: legal/contract-counsel\n"},
	} {
		for _, line := range want {
			if !strings.Contains(files[name], line) {
				t.Errorf("%s lacks %q:\n%s", name, line, files[name])
			}
		}
	}
}
