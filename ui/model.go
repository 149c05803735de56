// Package ui is dutymap's terminal interface: a Bubble Tea v2 program with a
// department tree, Markdown detail pages, duty search and comparison.
package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/search"
	"github.com/dutymap/dutymap/page"
)

// Theme chooses colours for the terminal's background.
type Theme string

const (
	ThemeAuto  Theme = "auto"
	ThemeDark  Theme = "dark"
	ThemeLight Theme = "light"
)

// Config is what the program needs from the command line.
type Config struct {
	Org     *model.Org
	Lang    model.Lang
	Theme   Theme
	NoColor bool
	// Title names the organisation in the header ("built-in", a folder).
	Title string
	// Related finds duties similar to a duty, for "also appears in".
	Related func(*model.Node) []*model.Node
	// ShowLayer names each node's content layer on its page; worth it only
	// when several layers are loaded.
	ShowLayer bool
	// Similarity returns the index that pairs the shared duties of a
	// comparison; it is asked for only when a comparison opens, so it can
	// be built lazily. When nil, the model builds its own on first use.
	Similarity func() *model.Similarity
	// Index is Org's search index, when the caller has it (read from the
	// cache); nil makes one.
	Index *search.Index
}

// mode is the view the body shows.
type mode int

const (
	modeExplore mode = iota
	modeSearch
	modePicker  // choosing the second department of a comparison
	modeCompare // two departments side by side
)

// pane is which pane has the keyboard.
type pane int

const (
	paneTree pane = iota
	paneDetail
)

// Model is the root of the program.
type Model struct {
	cfg    Config
	org    *model.Org
	lang   model.Lang
	keys   KeyMap
	st     *Styles
	dark   bool
	width  int
	height int
	lay    layout

	focus      pane
	detailOpen bool // narrow layouts: the detail pane replaces the tree
	showHelp   bool
	notice     string

	mode   mode
	tree   treeModel
	detail detailModel
	search searchModel
	picker pickerModel
	cmp    compareModel
	cache  *mdCache
	help   help.Model
}

// New builds the program's model.
func New(cfg Config) Model {
	if cfg.Theme == "" {
		cfg.Theme = ThemeAuto
	}
	dark := cfg.Theme != ThemeLight
	if cfg.Index == nil {
		cfg.Index = search.New(cfg.Org)
	}
	m := Model{
		cfg: cfg, org: cfg.Org, lang: cfg.Lang,
		dark: dark, tree: newTree(cfg.Org), detail: newDetail(), cache: newMDCache(),
		search: newSearch(cfg.Index), picker: newPicker(),
		help: help.New(),
	}
	if !m.org.HasLang(m.lang) {
		m.lang = m.lang.Other()
	}
	m.keys = DefaultKeyMap(m.lang)
	m.setStyles(dark)
	return m
}

func (m *Model) setStyles(dark bool) {
	m.dark = dark
	m.st = NewStyles(dark, m.cfg.NoColor)
	m.help.Styles = help.DefaultStyles(dark)
	if m.cfg.NoColor {
		m.help.Styles = help.Styles{ShortKey: m.st.StatusKey, ShortDesc: m.st.Status, ShortSeparator: m.st.Status,
			FullKey: m.st.StatusKey, FullDesc: m.st.Status, FullSeparator: m.st.Status, Ellipsis: m.st.Status}
	}
	m.detail.input.SetStyles(inputStyles(m.st))
	m.search.input.SetStyles(inputStyles(m.st))
	m.picker.input.SetStyles(inputStyles(m.st))
	m.cmp.build(m.st, m.lang)
}

// Init prepares the search index in the background and asks the terminal
// for its background colour when the theme is auto.
func (m Model) Init() tea.Cmd {
	warm := m.search.warm(m.lang)
	if m.cfg.Theme == ThemeAuto {
		return tea.Batch(tea.RequestBackgroundColor, warm)
	}
	return warm
}

// pageKey is the cache key of the selected node's page at the current size.
func (m *Model) pageKey(n *model.Node) mdKey {
	return mdKey{path: n.Path, lang: m.lang, width: m.lay.detail.w, style: m.st.GlamourStyle()}
}

// refreshDetail points the detail pane at the selected node and returns the
// command that renders its page when it is not cached yet.
func (m *Model) refreshDetail() tea.Cmd {
	n := m.tree.Selected()
	if m.lay.tooSmall || m.lay.detail.w <= 0 {
		return nil
	}
	if m.mode == modeSearch {
		// The detail pane previews the selected result.
		if n = m.search.selected(); n == nil {
			m.detail.show(nil, mdKey{path: "\x00search"})
			m.detail.related = nil
			m.detail.setLines(nil, true)
			return nil
		}
	} else if n == nil {
		m.detail.show(nil, mdKey{path: topicsGroup})
		m.detail.related = nil
		m.detail.setLines(padLines(plainWrap(groupIntro[m.lang], m.lay.detail.w), m.lay.detail.w), true)
		return nil
	}
	k := m.pageKey(n)
	if m.detail.node == n && m.detail.want == k && m.detail.ready {
		return nil
	}
	m.detail.show(n, k)
	m.detail.related = nil
	if n.Kind.IsLeaf() && m.cfg.Related != nil {
		m.detail.related = m.cfg.Related(n)
	}
	if lines, ok := m.cache.pages[k]; ok {
		m.detail.setLines(lines, true)
		return nil
	}
	src := m.pageSource(n)
	m.detail.setLines(padLines(plainWrap(src, k.width), k.width), false)
	return renderCmd(k, src)
}

// currentNode is the node the user is looking at: the selected search
// result while searching, else the tree's selection.
func (m *Model) currentNode() *model.Node {
	if m.mode == modeSearch {
		return m.search.selected()
	}
	return m.tree.Selected()
}

// pageSource is the Markdown page of n, with numbered similar duties.
func (m *Model) pageSource(n *model.Node) string {
	return page.Render(m.org, n, page.Options{Lang: m.lang, Related: m.detail.related, ShowLayer: m.cfg.ShowLayer, NumberRelated: true})
}

var groupIntro = [model.NumLangs]string{
	"Topics and relations\n\nKnowledge that belongs to no single department: how departments differ, why they clash and how they work together, and what each hands to the other. Open the group to browse it.",
	"专题与部门关系\n\n不属于某一个部门的知识：部门之间有何不同、为何冲突、如何协作，以及彼此交接哪些工作。展开本组即可浏览。",
}
