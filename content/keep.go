package content

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	"go.yaml.in/yaml/v3"
)

// Kept says what KeepLists did to one of a folder's lists (sources.yaml,
// groups.yaml): the ids of entries it added, and of the entries the new
// content no longer names that it kept (prune false) or removed.
type Kept struct {
	Name           string // "sources.yaml" or "groups.yaml"
	Added, Unnamed []string
	Pruned         bool // Unnamed were removed
}

// KeepLists merges the sources.yaml and groups.yaml of files, written from
// content that carries no more than their ids and group names (an imported
// spreadsheet), with the ones a folder already holds (old returns a file's
// bytes, or nil when the folder has none). Every entry the folder's file
// has keeps what it says (titles, url, ref, a group's sources; a group's
// name is replaced only when the new content names it otherwise), entries
// the new content adds are appended, and entries it no longer names are
// kept unless prune (a source a kept group cites is kept in any case). A
// file that needs no change keeps its bytes; one that only gains entries
// keeps its text and gains theirs.
func KeepLists(files []File, old func(name string) []byte, prune bool) ([]File, []Kept, error) {
	var report []Kept
	groupSources := map[string]bool{}
	for _, name := range []string{groupsDoc.name, "sources.yaml"} {
		prev := old(name)
		if prev == nil {
			continue
		}
		i := slices.IndexFunc(files, func(f File) bool { return f.Name == name })
		var made []byte
		if i >= 0 {
			made = files[i].Data
		}
		need := map[string]bool{}
		if name == "sources.yaml" {
			need = groupSources
		}
		data, k, err := keepList(name, prev, made, need, prune)
		if err != nil {
			return nil, nil, err
		}
		if name == groupsDoc.name {
			var final []struct {
				Sources []string `yaml:"sources"`
			}
			if yaml.Unmarshal(data, &final) == nil {
				for _, g := range final {
					for _, s := range g.Sources {
						groupSources[s] = true
					}
				}
			}
		}
		report = append(report, k)
		if data == nil { // pruned to nothing: the caller removes the file
			if i >= 0 {
				files = slices.Delete(files, i, i+1)
			}
			continue
		}
		f := File{Name: name, Data: data, Origin: make([]Origin, bytes.Count(data, []byte("\n")))}
		if i >= 0 {
			files[i] = f
		} else {
			files = append(files, f)
		}
	}
	return files, report, nil
}

// keepList merges one list; see KeepLists. need names ids kept even when
// made does not name them. It returns nil data when prune leaves nothing.
func keepList(name string, prev, made []byte, need map[string]bool, prune bool) ([]byte, Kept, error) {
	k := Kept{Name: name, Pruned: prune}
	var doc yaml.Node
	if err := yaml.Unmarshal(prev, &doc); err != nil {
		return nil, k, fmt.Errorf("the folder's %s cannot be read (%v); correct it, or move it away to have it written anew", name, err)
	}
	if len(doc.Content) == 0 { // an empty file
		if made == nil {
			return prev, k, nil
		}
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.SequenceNode}}}
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return nil, k, fmt.Errorf("the folder's %s is not a list of entries; correct it, or move it away to have it written anew", name)
	}
	var mine []*yaml.Node
	if made != nil {
		var m yaml.Node
		if err := yaml.Unmarshal(made, &m); err != nil || len(m.Content) == 0 {
			return nil, k, fmt.Errorf("%s as written does not read back: %v", name, err) // cannot happen: the writer wrote it
		}
		mine = m.Content[0].Content
	}
	named := map[string]bool{}
	var added []*yaml.Node
	rewrite := false
	for _, e := range mine {
		id := field(e, "id").Value
		named[id] = true
		j := slices.IndexFunc(list.Content, func(o *yaml.Node) bool { return field(o, "id").Value == id })
		if j < 0 {
			added = append(added, e)
			k.Added = append(k.Added, id)
			continue
		}
		if name == groupsDoc.name { // the sheet carries a group's name
			if was, now := field(list.Content[j], "name"), field(e, "name"); !maps.Equal(texts(was), texts(now)) {
				setField(list.Content[j], "name", now)
				rewrite = true
			}
		}
	}
	kept := list.Content[:0:0]
	for _, o := range list.Content {
		id := field(o, "id").Value
		if id == "" || named[id] || need[id] {
			kept = append(kept, o)
			continue
		}
		k.Unnamed = append(k.Unnamed, id)
		if !prune {
			kept = append(kept, o)
		}
	}
	if len(kept) != len(list.Content) {
		rewrite = true
	}
	list.Content = append(kept, added...)
	if prune && len(list.Content) == 0 {
		return nil, k, nil
	}
	if !rewrite && list.Style&yaml.FlowStyle == 0 && list.Column == 1 {
		// Only appended, or nothing: the file keeps its text.
		out := slices.Clip(prev)
		if len(added) == 0 {
			return out, k, nil
		}
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		return append(out, encode(&yaml.Node{Kind: yaml.SequenceNode, Content: added})...), k, nil
	}
	return encode(&doc), k, nil
}

// field returns the value of key in mapping m, or an empty node.
func field(m *yaml.Node, key string) *yaml.Node {
	if m.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == key {
				return m.Content[i+1]
			}
		}
	}
	return &yaml.Node{}
}

// setField sets key in mapping m to v.
func setField(m *yaml.Node, key string, v *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content[i+1] = v
			return
		}
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
}

// texts reads a text as sources.yaml and groups.yaml give it, once or per
// language tag, for comparison.
func texts(n *yaml.Node) map[string]string {
	out := map[string]string{}
	if n.Kind == yaml.ScalarNode {
		out[""] = n.Value
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			out[n.Content[i].Value] = n.Content[i+1].Value
		}
	}
	return out
}

func encode(n *yaml.Node) []byte {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		panic(fmt.Sprintf("yaml: %v", err)) // nodes read from YAML always encode
	}
	return b.Bytes()
}
