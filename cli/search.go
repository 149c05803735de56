package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dutymap/dutymap/model/search"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).searchCmd) }

func (a *app) searchCmd() *cobra.Command {
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Find duties, sections and departments by fuzzy search",
		Long: `search finds every duty, section, department, topic and point whose text matches the
query, and prints the best first, one per line: department › sections › text. A text
written the same way in several places is listed once, with " (N places)".

The words of the query must all match, in any order. A word matches when its letters
appear in the text in order, best when together and at the start of a word:
  set price       both words, letters in order
  'set            exactly "set", as a substring
  d:marketing     only that department: its id, or the start of its id, name or alias
                  (dept:marketing too; several d: words allow any of them)
A word with a capital letter matches case; other words ignore case. The query may be
English or Chinese whatever --lang is: a text that matches only in the other language
is listed after the others, in that language.

With --json each line is a JSON object: path, department, owner, text, lang, score,
places (the paths of every place) and positions (the matched characters of text, as
indices of Unicode code points). search exits 1 when nothing matches.`,
		Example: `  dutymap search set prices
  dutymap search "market research" d:marketing
  dutymap search 定价 --lang zh
  dutymap search plan --limit 5 --json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if search.Parse(strings.Join(args, " ")).IsEmpty() {
				return &exitError{2, "dutymap search: give some words to search for\nexample: dutymap search set prices"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runSearch(strings.Join(args, " "), limit, asJSON)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 20, "print at most N results; 0 prints all")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per line")
	return cmd
}

// searchHit is one --json line.
type searchHit struct {
	Path       string   `json:"path"`
	Department string   `json:"department"`
	Owner      string   `json:"owner"`
	Text       string   `json:"text"`
	Lang       string   `json:"lang"`
	Score      int      `json:"score"`
	Places     []string `json:"places"`
	Positions  []int    `json:"positions"`
}

func (a *app) runSearch(query string, limit int, asJSON bool) error {
	if limit < 0 {
		return &exitError{2, "dutymap search: --limit must be 0 (all) or more"}
	}
	org, lang, err := a.loadIn()
	if err != nil {
		return err
	}
	res, err := search.New(org).Search(context.Background(), search.Parse(query), lang, limit)
	if err != nil {
		return &exitError{1, "dutymap search: " + err.Error()}
	}
	if len(res) == 0 {
		return &exitError{1, fmt.Sprintf("dutymap search: nothing matches %q", query)}
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range res {
		if !asJSON {
			b.WriteString(searchLine(r))
			b.WriteByte('\n')
			continue
		}
		h := searchHit{
			Path:       r.Node.Path,
			Department: r.Node.Root().Title.In(r.Lang),
			Owner:      r.Node.Owner(r.Lang),
			Text:       r.Node.Title.In(r.Lang),
			Lang:       r.Lang.Code(),
			Score:      r.Score,
			Positions:  r.Positions,
		}
		if h.Positions == nil {
			h.Positions = []int{}
		}
		for _, p := range r.Places {
			h.Places = append(h.Places, p.Path)
		}
		if err := enc.Encode(h); err != nil {
			return err
		}
	}
	_, err = fmt.Fprint(a.io.Out, b.String())
	return err
}

// searchLine is "department › sections › text", in the language the text
// matched in, with " (N places)" for a text written in several.
func searchLine(r search.Result) string {
	line := r.Node.Breadcrumb(r.Lang, true)
	if n := len(r.Places); n > 1 {
		line += fmt.Sprintf(" (%d places)", n)
	}
	return line
}
