package content

// Cases of hostile13 #17: sources.yaml.
func init() {
	fixCases = append(fixCases,
		// #17: sources.yaml.
		fixCase{"source listed twice", map[string]string{"en/a.md": "---\nid: a\nname: A\nsources: [s1]\n---\n## S {#s}\n- Work.\n", "sources.yaml": "- id: s1\n  title: {en: First book}\n- id: s1\n  title: {en: Second book}\n  url: https://example.com/2\n"},
			`org/sources.yaml:3: source "s1" is listed twice (line 1 lists it too)`, "or delete this entry and keep the one on line 1",
			[]edit{{"sources.yaml", "- id: s1\n  title: {en: Second book}\n  url: https://example.com/2\n", ""}}},
		fixCase{"source url not a web address", map[string]string{"en/a.md": okEn, "sources.yaml": srcs + "  url: javascript:alert(1)\n"},
			`org/sources.yaml:3: url: "javascript:alert(1)" is not a web address: a source's url: starts with https:// or http://`,
			"or delete the url: line", []edit{{"sources.yaml", "  url: javascript:alert(1)\n", ""}}},
		fixCase{"source url not an address", map[string]string{"en/a.md": okEn, "sources.yaml": srcs + "  url: not a url\n"},
			`org/sources.yaml:3: url: "not a url" is not a web address`,
			"write the document's full address, starting with https://", []edit{{"sources.yaml", "not a url", "https://example.com/report"}}},
		fixCase{"source url without https://", map[string]string{"en/a.md": okEn, "sources.yaml": srcs + "  url: www.example.com/report\n"},
			`org/sources.yaml:3: url: "www.example.com/report" is not a web address`,
			"url: https://www.example.com/report", []edit{{"sources.yaml", "www.example", "https://www.example"}}},
	)
}
