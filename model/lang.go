package model

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Lang is one of the two languages the explorer shows and toggles between,
// English and Chinese: its interface is written in these two. Content may be
// written in any language: Chinese content (zh, zh-Hant, …) is shown as Zh,
// content in every other language as En, under the English interface (see
// TagLang; Org.Tag says which language a loaded organisation's text is in).
type Lang uint8

const (
	En Lang = iota
	Zh
	NumLangs
)

// Langs lists every supported language in display order.
var Langs = [NumLangs]Lang{En, Zh}

// Code is the folder name and flag value of the language ("en", "zh").
func (l Lang) Code() string {
	switch l {
	case Zh:
		return "zh"
	default:
		return "en"
	}
}

// Name is the language's own name, as shown to users.
func (l Lang) Name() string {
	switch l {
	case Zh:
		return "中文"
	default:
		return "English"
	}
}

// Other returns the other language (the toggle target).
func (l Lang) Other() Lang {
	if l == En {
		return Zh
	}
	return En
}

// Colon is what follows a label in l: ": " in English, the full-width
// "：" in Chinese (which takes no space after it).
func (l Lang) Colon() string {
	if l == Zh {
		return "："
	}
	return ": "
}

// ListSep separates the items of a list in l: ", " in English, the
// enumeration comma "、" in Chinese.
func (l Lang) ListSep() string {
	if l == Zh {
		return "、"
	}
	return ", "
}

// ParseLang reads a language tag or locale ("en", "zh", "zh_CN.UTF-8",
// "de-AT") as the language the explorer shows: Zh for Chinese, En for every
// other language (whose interface falls back to English). It fails only
// for text that is not a language tag.
func ParseLang(s string) (Lang, error) {
	tag, err := ParseTag(s)
	if err != nil {
		return En, fmt.Errorf("unknown language %q: use a language code such as en or zh", s)
	}
	return TagLang(tag), nil
}

// ParseTag reads a BCP 47 language tag, also written as a locale
// ("zh_CN.UTF-8", "de_DE@euro"), and returns it in canonical form ("zh-CN",
// "de-DE"). "und", private-use and unknown tags are errors.
func ParseTag(s string) (string, error) {
	s, _, _ = strings.Cut(s, ".")
	s, _, _ = strings.Cut(s, "@")
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return "", err
	}
	if b, conf := t.Base(); conf != language.Exact || b.String() == "und" {
		return "", fmt.Errorf("%q is not a language", s)
	}
	return t.String(), nil
}

// TagLang is the explorer language content in the canonical tag is shown
// as: Zh for Chinese in any script or region, En for everything else.
func TagLang(tag string) Lang {
	if tag == "zh" || strings.HasPrefix(tag, "zh-") {
		return Zh
	}
	return En
}

// Text holds one string per language.
type Text [NumLangs]string

// In returns the text in l, falling back to another language when l is
// missing, so that single-language organisations still show something.
func (t Text) In(l Lang) string {
	if t[l] != "" {
		return t[l]
	}
	for _, s := range t {
		if s != "" {
			return s
		}
	}
	return ""
}

// Has reports whether the text exists in l itself (no fallback).
func (t Text) Has(l Lang) bool { return t[l] != "" }
