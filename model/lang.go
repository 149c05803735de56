package model

import "fmt"

// Lang is a content language. The set is closed: the content format has one
// folder per language and the UI toggles between exactly these.
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

// ParseLang reads a language code such as "en", "zh", "zh_CN.UTF-8".
func ParseLang(s string) (Lang, error) {
	if len(s) >= 2 {
		switch s[:2] {
		case "en", "EN":
			return En, nil
		case "zh", "ZH":
			return Zh, nil
		}
	}
	return En, fmt.Errorf("unknown language %q: use en or zh", s)
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
