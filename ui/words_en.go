package ui

import "github.com/dutymap/dutymap/model"

// wordsEn is the English catalog.
var wordsEn = words{
	langName: [model.NumLangs]string{model.En: "English", model.Zh: "中文"},
	app: appWords{
		builtin:       "built-in",
		tooSmall:      "Terminal too small — enlarge the window",
		tooSmallShort: "too small",
		noLang:        "This organisation has no content in %s.",
		pickDept:      "Select a department (or anything in one) to compare it.",
		noHistory:     "Nothing to go back to.",
		noForward:     "Nothing to go forward to.",
		newContent:    "The content was updated.",
	},
	keys: keyWords{
		more: "more", quit: "quit", lang: "中文", search: "search", compare: "compare",
		back: "back", forward: "forward",
		move: "move", up: "up", down: "down", pageUp: "page up", pageDown: "page down",
		first: "first", last: "last",
	},
	tree: treeWords{
		open: "open", close: "close", page: "page",
		group: "Topics and relations",
		groupIntro: "Topics and relations\n\nKnowledge that belongs to no single department: how departments differ, " +
			"why they clash and how they work together, and what each hands to the other. Open the group to browse it.",
	},
	page: pageWords{
		scroll: "scroll", top: "top", bottom: "bottom", tree: "tree", find: "find",
		next: "next match", prev: "previous match", jump: "similar duty",
		findPrompt: "find: ", noMatches: "no matches", keep: "keep", clear: "clear",
		preparing: "similar duties: preparing…",
	},
	field: fieldWords{
		clearStart: "delete to start", clearEnd: "delete to end", deleteWord: "delete word",
		startEnd: "start / end", wordMove: "word left / right", paste: "paste",
	},
	search: searchWords{
		prompt: "/ ", open: "go to", places: "all places", runRecent: "search again",
		intro: "Type to search every duty, section and department.\n\n" +
			"  set prices      words, in any form; a question works too\n" +
			"  'brand          an exact phrase\n" +
			"  d:sales visit   only the sales department\n" +
			"  定价            Chinese words find English duties too",
		recent:    "Recent searches (↑/↓ to pick, enter to search again)",
		count:     "%d found",
		none:      "Nothing matches. Try fewer letters, or another language's words.",
		badge:     "%s %d places",
		matchedIn: "matched in %s",
		owners:    "Who does it", matches: "Matches",
		openOwner: "go to the owner", proof: "go to its duty",
		oneDuty: "1 duty", duties: "%d duties", partial: "%d in part",
		noMention:    "No duty mentions %s; closest:",
		notMentioned: "No duty mentions %s; the results match the other words.",
		nothingClose: "No duty mentions %s, and nothing comes close.",
		listSep:      ", ",
		nearRelated:  "related word",
		nearLetters:  "similar letters",
		mentions:     "mentions it",
	},
	picker: pickerWords{
		prompt: "> ", title: "Compare %s with", none: "no department matches", open: "compare",
	},
	compare: compareWords{
		side: "other side", swap: "swap sides", open: "open duty",
		vs: "%s vs %s", traits: "Traits",
		traitsNone:    "The sources describe no traits of either department.",
		traitsUnknown: "Not described for either: %s",
		similar:       "Similar duties (%d)",
		only:          "Only in %s (%d)",
		none:          "None.",
		relations:     "What they hand each other",
		noRelations:   "No hand-over between them is recorded.",
		topics:        "Topics about both",
		noTopics:      "No topic is about both.",
		self:          "This is %s compared with itself: every duty is its own. Press c to pick another department.",
		tierFmt:       "≈ %s",
		preparing:     "Similar duties: preparing the index…",
		comparing:     "Comparing…",
		tiers:         [4]string{"not alike", "related", "similar", "very similar"},
		picture:       "picture",
		list:          "list",
		similarCount:  "%d similar",
		ownCount:      "%d own",
	},
	chart: chartWords{
		chart: "chart", open: "open", next: "next", prev: "previous", move: "move",
		title:       "Organisation chart",
		summary:     "%d departments · %d hand-offs",
		linked:      "Hand-offs between departments",
		others:      "Other departments",
		departments: "Departments",
		empty:       "Named only: no duties recorded",
		none:        "This organisation has no departments.",
		duties:      "%d duties",
		duty:        "1 duty",
		items:       "%d items",
		item:        "1 item",
		help:        "Organisation chart",
	},
	help: helpWords{
		title: "Keys", close: "close", scroll: "scroll",
		tree: "Tree", page: "Page", find: "Find in page", field: "Editing text", search: "Search",
		picker: "Pick a department", compare: "Comparison", everywhere: "Everywhere",
		owners: "On an owner (Who does it)",
		mouse:  "Mouse", click: "select", twice: "open, or close", wheel: "scroll the pane under the pointer",
		tabs:     "switch language",
		clickKey: "click", twiceKey: "click again", wheelKey: "wheel", tabsKey: "English | 中文",
	},
}
