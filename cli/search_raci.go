package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
)

// holderHit is one --json line of a role question.
type holderHit struct {
	Role   string  `json:"role"`
	Unit   string  `json:"unit"`
	Path   string  `json:"path"`
	Score  float64 `json:"score"`
	Duties int     `json:"duties"`
	Proof  struct {
		Path string `json:"path"`
		Text string `json:"text"`
		Lang string `json:"lang"`
	} `json:"proof"`
}

var noHolders = [model.NumLangs]string{
	"dutymap search: no duty mentions %s, so nobody holds it",
	"dutymap search：没有职责提到%s",
}

// searchRole answers a query that asks who holds a RACI role ("who is
// accountable for pricing?"): the units holding that role for the duties
// the rest of the query finds, each with its best duty.
func (a *app) searchRole(role model.RACIRole, rest string, limit int, asJSON bool) error {
	org, lang, err := a.loadIn()
	if err != nil {
		return err
	}
	res, err := search.New(org).Search(context.Background(), search.Parse(rest), lang, 0)
	if err != nil {
		return &exitError{1, "dutymap search: " + err.Error()}
	}
	hs := res.Holders(role, limit)
	if len(hs) == 0 || res.NoMention {
		return &exitError{1, fmt.Sprintf(noHolders[lang], quoteWords(res.Words, lang))}
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, h := range hs {
		if asJSON {
			hit := holderHit{Role: role.String(), Unit: h.Unit.Title.In(lang), Path: h.Unit.Path, Score: round(h.Score), Duties: h.Duties}
			hit.Proof.Path, hit.Proof.Text, hit.Proof.Lang = h.Proof.Node.Path, h.Proof.Node.Title.In(h.Proof.Lang), h.Proof.Lang.Code()
			if err := enc.Encode(hit); err != nil {
				return err
			}
			continue
		}
		sep := ": "
		if lang == model.Zh {
			sep = "："
		}
		fmt.Fprintf(&b, "%s%s%s  (%s)\n    %s  %s\n", role.Name(lang), sep, oneLine(h.Unit.Title.In(lang)), dutiesLabel(search.Owner{Duties: h.Duties}, lang),
			h.Proof.Node.Path, oneLine(h.Proof.Node.Title.In(h.Proof.Lang)))
	}
	_, err = fmt.Fprint(a.io.Out, b.String())
	return err
}
