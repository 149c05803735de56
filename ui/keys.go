package ui

import (
	"charm.land/bubbles/v2/key"
	"github.com/dutymap/dutymap/model"
)

// KeyMap holds every binding. Help is generated from it, so the help text
// cannot drift from what the keys do.
type KeyMap struct {
	Up, Down, Open, Close, First, Last, PageUp, PageDown key.Binding
	Focus, Lang, Help, Quit, Back                        key.Binding
	Search, Compare, Find, NextMatch, PrevMatch          key.Binding
	Jump, Swap, Select                                   key.Binding
	// Keys of views with a text field, where letters are typed, not bound.
	FieldUp, FieldDown, Expand key.Binding
}

// DefaultKeyMap is dutymap's key map, its help written in lang.
func DefaultKeyMap(lang model.Lang) KeyMap {
	k := KeyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:      key.NewBinding(key.WithKeys("right", "l", "enter"), key.WithHelp("→/l/enter", "open")),
		Close:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "close/parent")),
		First:     key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Last:      key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		Focus:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "switch pane")),
		Lang:      key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "English/中文")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search duties")),
		Compare:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare department")),
		Find:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "find in pane")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/prev match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Jump:      key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "jump to similar duty")),
		Swap:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "swap sides")),
		Select:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to")),
		FieldUp:   key.NewBinding(key.WithKeys("up", "ctrl+k", "ctrl+p"), key.WithHelp("↑/ctrl+k", "up")),
		FieldDown: key.NewBinding(key.WithKeys("down", "ctrl+j", "ctrl+n"), key.WithHelp("↓/ctrl+j", "down")),
		Expand:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "show all places")),
	}
	if lang == model.Zh {
		k.translate()
	}
	return k
}

// zhHelp is the Chinese help text of each binding, by its English text.
var zhHelp = map[string]string{
	"up": "上移", "down": "下移", "open": "展开/打开", "close/parent": "收起/上一级", "first": "第一项",
	"last": "最后一项", "page up": "上一页", "page down": "下一页", "switch pane": "切换窗格",
	"English/中文": "English/中文", "help": "帮助", "quit": "退出", "back": "返回", "search duties": "搜索职责",
	"compare department": "对比部门", "find in pane": "页内查找", "next/prev match": "下一个/上一个",
	"previous match": "上一个匹配", "jump to similar duty": "跳到类似职责", "swap sides": "左右互换",
	"go to": "跳转", "show all places": "展开所有位置",
}

// translate replaces every binding's help text with its Chinese.
func (k *KeyMap) translate() {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Open, &k.Close, &k.First, &k.Last, &k.PageUp, &k.PageDown,
		&k.Focus, &k.Lang, &k.Help, &k.Quit, &k.Back, &k.Search, &k.Compare, &k.Find, &k.NextMatch, &k.PrevMatch,
		&k.Jump, &k.Swap, &k.Select, &k.FieldUp, &k.FieldDown, &k.Expand} {
		h := b.Help()
		if zh, ok := zhHelp[h.Desc]; ok {
			b.SetHelp(h.Key, zh)
		}
	}
}
