package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// People on RACI lines. Most Chinese duty tables have a 负责人 column
// holding who does the work by name (负责人：张三); a RACI line names units
// (departments, positions, sub-departments). The fix for such a line says
// so and names the unit the duty is written under, never "give a
// department that name" (tryout26 U8: 负责人：张三 → 负责：张三 → a
// department called 张三).

// commonSurnames are the family names most Chinese people bear (the
// first character of a name such as 张三 or 王小明), and the compound ones.
const commonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"

var compoundSurnames = []string{"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木"}

// personTitles follow a family name in how colleagues name a person:
// 王总, 李经理, 张老师; a profession so placed is a person too, though the
// profession alone is a job (李律师, 律师; tryout28 Y5).
var personTitles = []string{"总", "经理", "主任", "老师", "师傅", "工", "姐", "哥", "律师", "会计", "会计师", "工程师", "医生", "秘书", "助理", "教授", "博士"}

// unitEndings end the names of units, never of people: 王府井店, 高新区分公司.
const unitEndings = "部科处室组岗站店厂司局队会办所院校库房区线中心"

// jobEndings end the names of jobs, never of people: 文员, 程序员, 会计师
// (verify26 V5: 负责：文员 read as a person called 文 员).
const jobEndings = "员师"

// commonWord is the count in gse's dictionary from which a word is a
// word, not a name: 华东 775, 董事 1190, 金融 6455; names it knows count
// less (张三 288, 陈静 262).
const commonWord = 500

// looksLikePerson reports whether ref, a reference on a RACI line that
// names no unit, reads as a person's name: two to four Han characters
// beginning with a family name (张三, 欧阳明), a family name with a title
// or 老/小 (王总, 老张), an e-mail address, or an English name after Mr,
// Ms or Dr. byPerson says the line's key names a person (负责人, owner):
// then two or three capitalised English words (John Smith) read as one
// too.
func looksLikePerson(ref string, byPerson bool) bool {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return false
	}
	if analysis.IsHanWord(ref) {
		n := utf8.RuneCountInString(ref)
		if first, size := utf8.DecodeRuneInString(ref); strings.ContainsRune(commonSurnames, first) && slices.Contains(personTitles, ref[size:]) {
			return true // 李律师: a title, whatever it ends with
		}
		last, _ := utf8.DecodeLastRuneInString(ref)
		if n < 2 || n > 4 || strings.ContainsRune(unitEndings, last) || strings.ContainsRune(jobEndings, last) || analysis.Frequency(ref) >= commonWord {
			return false // 金融, 安全, 成本: words that begin with a family name
		}
		first, size := utf8.DecodeRuneInString(ref)
		rest := ref[size:]
		for _, s := range compoundSurnames {
			if strings.HasPrefix(ref, s) && n >= 3 {
				return true
			}
		}
		if (first == '老' || first == '小') && n == 2 {
			r, _ := utf8.DecodeRuneInString(rest)
			return strings.ContainsRune(commonSurnames, r)
		}
		if !strings.ContainsRune(commonSurnames, first) {
			return false
		}
		return n <= 3
	}
	if strings.Contains(ref, "@") && !strings.ContainsAny(ref, " /") {
		return true
	}
	words := strings.Fields(ref)
	if len(words) >= 2 && len(words) <= 4 {
		switch strings.TrimSuffix(strings.ToLower(words[0]), ".") {
		case "mr", "ms", "mrs", "miss", "dr":
			return true
		}
	}
	if !byPerson || len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !isASCIIWord(strings.ToLower(strings.TrimSuffix(w, "."))) {
			return false
		}
	}
	return true
}

// personKey reports whether a key names who holds a role as a person:
// 负责人, 审批人, 联系人, Owner, Responsible person, Person in charge.
func personKey(key string) bool {
	k := strings.ToLower(strings.TrimSpace(key))
	return strings.HasSuffix(k, "人") || strings.HasSuffix(k, "人员") || strings.HasSuffix(k, "者") ||
		strings.Contains(k, "person") || k == "owner" || k == "contact"
}

// personFix is the fix for people, named on the RACI line at (one of refs
// references there) of node n: a RACI line names the unit the person works
// in, such as the one the duty is written under, written after key (as the
// line writes it, "负责："). whole is true when the line names no unit
// but them: the line is then deleted, else they are removed from it. It
// also gives the units offered, as the file names them, for import,
// which speaks of cells.
//
// purpose, when not "", says what the line is for ("for who does the
// work, "), for a line whose key is no RACI key. role is the line's RACI
// role: a unit the duty's lines hold in a role beside it is not offered
// (onLines; tryout27 P1): a person consulted or informed works elsewhere
// than the unit that does the work, which it would name twice.
func (r *resolver) personFix(people []string, whole bool, role attr, key, purpose string, at model.Loc, n *model.Node) (fix, offered string) {
	lang := r.fileLang(at.File)
	who := strings.Join(people, "、")
	if lang != model.Zh {
		who = strings.Join(people, ", ")
	}
	busy := r.onLines(n, role)
	units := r.unitsAround(n)
	if len(units) == 0 {
		units = r.nearestUnits(people[0], 2+len(busy))
	}
	units = slices.DeleteFunc(units, func(u *model.Node) bool { return busy[u] })
	units = units[:min(2, len(units))]
	var names, ways []string
	for i, u := range units {
		name := r.refFor(u, lang)
		names = append(names, name)
		way := "  " + key + name
		if !whole {
			way = " " + name
		}
		if i == 0 && n != nil && u == unitOf(n) {
			gap := "  " // after a line to write, two spaces, as the other fixes set lines off
			if !whole {
				gap = " "
			}
			way += fmt.Sprintf("%s(the %s this duty is under)", gap, unitWord(u))
		}
		ways = append(ways, way)
	}
	s, works := "reads as a person's name", "works"
	if len(people) > 1 {
		s, works = "read as people's names", "work"
	}
	fix = fmt.Sprintf("%s %s, but a RACI line names the units that do the work (departments, positions, sub-departments), not people", who, s)
	drop := "delete this line"
	if !whole {
		drop = fmt.Sprintf("remove %s from this line", who)
	}
	switch {
	case len(ways) == 0 && busy[unitOf(n)]:
		// The units around the duty do its work: the person's is another.
		return fmt.Sprintf("%s: %swrite the unit %s %s in (not %s, which does this duty); or %s", fix, purpose, who, works, r.refFor(unitOf(n), lang), drop), ""
	case len(ways) == 0:
		return fmt.Sprintf("%s: %s", fix, drop), ""
	case whole:
		fix = fmt.Sprintf("%s: %swrite the unit %s %s in, as in%s; or %s", fix, purpose, who, works, strings.Join(ways, " or"), drop)
	default:
		fix = fmt.Sprintf("%s: %swrite the unit %s %s in in its place, such as%s; or %s", fix, purpose, who, works, strings.Join(ways, " or"), drop)
	}
	return fix, strings.Join(names, " or ")
}

// unitOf is the unit a node is written under: itself when it is one, else
// the nearest above it.
func unitOf(n *model.Node) *model.Node {
	for ; n != nil; n = n.Parent {
		if model.IsUnit(n) {
			return n
		}
	}
	return nil
}

// unitsAround are the unit n is written under and its department, the
// likeliest units for a person named on n's RACI line.
func (r *resolver) unitsAround(n *model.Node) []*model.Node {
	u := unitOf(n)
	if u == nil {
		return nil
	}
	out := []*model.Node{u}
	if root := u.Root(); root != u && model.IsUnit(root) {
		out = append(out, root)
	}
	return out
}

// unitWord names the kind of unit u is: department, position, sub-department.
func unitWord(u *model.Node) string {
	switch {
	case u.Kind == model.KindDepartment:
		return "department"
	case u.Role == model.RolePosition:
		return "position"
	}
	return "sub-department"
}

// personRole is a line of an unknown role with a value that may name
// people (负责人：张三): its fix is the role's key unless the value names
// no unit but people, when it is personFix's.
type personRole struct {
	at    model.Loc
	n     *model.Node
	key   string
	value string
	want  attr
	keys  model.Lang // the language the line writes its key in
	fix   string     // the fix when the value names units
}

// reportPersonRoles reports the lines of personRoles: an unknown role
// whose value names units is fixed by writing the role's key (负责人：前台
// → 负责：前台); one whose value names people, by naming their units in
// the same step (tryout26 U8: the key's fix alone led to "张三 names no
// unit").
func (r *resolver) reportPersonRoles(lines []personRole) {
	for _, l := range lines {
		var people []string
		units := 0
		for _, v := range splitNames(l.value) {
			switch found := r.named(v); {
			case len(found) > 0:
				units++
			case looksLikePerson(v, personKey(l.key)):
				people = append(people, v)
			}
		}
		fix := l.fix
		// A line naming units too is fixed in two steps, each of which
		// works: its key, then its people.
		if len(people) > 0 && units == 0 && !r.quiet {
			fix, _ = r.personFix(people, true, l.want, attrKey(l.want, l.keys), "for "+roleMeaning[l.want]+", ", l.at, l.n)
		}
		r.c.add(l.at.File, l.at.Line, fix, "unknown role %q: the RACI roles are %s", l.key, raciKeys(l.keys))
	}
}
