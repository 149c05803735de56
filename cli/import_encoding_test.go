package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

const zhSheet = "部门,岗位,职责,负责,批准\n销售部,销售员,拜访客户,销售部,销售部\n仓储部,发货员,两天内发出客户订单,仓储部,销售部\n"

// utf16Bytes is text in UTF-16, little- or big-endian, with or without a
// byte order mark.
func utf16Bytes(text string, big, mark bool) string {
	if mark {
		text = "\ufeff" + text
	}
	var data []byte
	for _, u := range utf16.Encode([]rune(text)) {
		if big {
			data = append(data, byte(u>>8), byte(u))
		} else {
			data = append(data, byte(u), byte(u>>8))
		}
	}
	return string(data)
}

// A UTF-16 file is previewed as the text it holds, Chinese included (it
// showed the bytes: "?, ?\MO, L?#?", tryout15 #14): without a byte order
// mark (Excel's "Unicode Text"), read as UTF-8 or with a wrong
// --encoding, it is told from the NULs of its separators and line ends
// and the fix names the byte order (it offered --encoding windows-1252,
// whose import failed, tryout15 #5). Each fix, followed, imports.
func TestImportUTF16ChineseNamesTheEncoding(t *testing.T) {
	dir := t.TempDir()
	const says = "it says: 部门, 岗位, 职责, 负责, 批准\n"
	for _, c := range []struct {
		name       string
		big, mark  bool
		flags      []string
		msg, fixed string
	}{
		{"le", false, false, nil, "the file is UTF-16 (little-endian) text (a NUL byte beside each ASCII character), not UTF-8; read as UTF-16 (little-endian) " + says, "utf-16le"},
		{"be", true, false, nil, "the file is UTF-16 (big-endian) text (a NUL byte beside each ASCII character), not UTF-8; read as UTF-16 (big-endian) " + says, "utf-16be"},
		{"le-1252", false, false, []string{"--encoding", "windows-1252"}, "the file is UTF-16 (little-endian) text (a NUL byte beside each ASCII character), not Windows-1252; read as UTF-16 (little-endian) " + says, "utf-16le"},
	} {
		file := filepath.Join(dir, c.name+".csv")
		writeFile(t, file, utf16Bytes(zhSheet, c.big, c.mark))
		out := filepath.Join(dir, c.name)
		r := run(t, append([]string{"import", file, "--out", out}, c.flags...)...).fails(t, 1)
		want := file + ":1: " + c.msg + "  fix: import it again with --encoding " + c.fixed + ", or save the sheet as UTF-8 (in Excel: Save As, CSV UTF-8)\n" +
			"1 problem found in " + file + "; nothing was written.\n"
		if r.err != want {
			t.Errorf("%s: stderr:\n%s\nwant:\n%s", c.name, r.err, want)
		}
		mustContain(t, run(t, "import", file, "--out", out, "--encoding", c.fixed).ok(t).out, "Read 2 rows", "部门 → department")
		mustContain(t, run(t, "--content", out, "--builtin=false", "show", "仓储部 › 发货员").ok(t).out, "两天内发出客户订单")
	}
}

// A UTF-16 file with a byte order mark, either order, is read as UTF-16
// without --encoding: the mark makes the encoding certain (it was refused
// with a fix naming --encoding utf-16, a round trip for nothing, tryout16
// nit 10). --encoding utf-16 still reads it.
func TestImportUTF16WithAByteOrderMark(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name  string
		big   bool
		flags []string
	}{{"le", false, nil}, {"be", true, nil}, {"le-flag", false, []string{"--encoding", "utf-16"}}} {
		file, out := filepath.Join(dir, c.name+".csv"), filepath.Join(dir, c.name)
		writeFile(t, file, utf16Bytes(zhSheet, c.big, true))
		mustContain(t, run(t, append([]string{"import", file, "--out", out}, c.flags...)...).ok(t).out,
			"Read 2 rows", "Columns: 部门 → department, 岗位 → position, 职责 → duty, 负责 → responsible, 批准 → accountable")
		mustContain(t, run(t, "--content", out, "--builtin=false", "show", "仓储部 › 发货员").ok(t).out, "两天内发出客户订单")
	}
}

// A wrong --encoding reads a GB18030 header as other characters (窒藷 with
// big5, ²¿ÃÅ with latin1), all valid text: the problem says how the
// header read, how it reads as GB18030, and the --encoding that reads it
// (it said "no column reads as the department … name the department
// column Department", which could not work, tryout15 #5); a UTF-8 file
// read with --encoding gb18030 is told to drop the flag. Each fix works.
func TestImportWrongEncodingNamesTheOneThatReads(t *testing.T) {
	dir := t.TempDir()
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(zhSheet)
	if err != nil {
		t.Fatal(err)
	}
	gbFile, utf8File := filepath.Join(dir, "gb.csv"), filepath.Join(dir, "zh.csv")
	writeFile(t, gbFile, gb)
	writeFile(t, utf8File, zhSheet)
	for _, c := range []struct {
		file, enc, msg, fix string
		fixed               []string
	}{
		{gbFile, "big5", "read as Big5, the header says: 窒藷, 詣弇, 眥孮, 蛹孮, 蠶袧; read as GB18030 it says: 部门, 岗位, 职责, 负责, 批准",
			"import it again with --encoding gb18030, or save the sheet as UTF-8", []string{"--encoding", "gb18030"}},
		{gbFile, "latin1", "read as latin1, the header says: ²¿ÃÅ, ¸ÚÎ», Ö°Ôð, ¸ºÔð, Åú×¼; read as GB18030 it says: 部门, 岗位, 职责, 负责, 批准",
			"import it again with --encoding gb18030, or save the sheet as UTF-8", []string{"--encoding", "gb18030"}},
		{utf8File, "gb18030", "read as GB18030, the header says: 閮ㄩ棬, 宀椾綅, 鑱岃矗, 璐熻矗, 鎵瑰噯; read as UTF-8 it says: 部门, 岗位, 职责, 负责, 批准",
			"import it again without --encoding", nil},
	} {
		out := filepath.Join(dir, "out-"+c.enc)
		r := run(t, "import", c.file, "--out", out, "--encoding", c.enc).fails(t, 1)
		mustContain(t, r.err, c.file+":1: "+c.msg+"\n  fix: "+c.fix, "1 problem found")
		if strings.Contains(r.err, "no column reads as") {
			t.Errorf("--encoding %s: the encoding diagnosed as a missing column:\n%s", c.enc, r.err)
		}
		mustContain(t, run(t, append([]string{"import", c.file, "--out", out}, c.fixed...)...).ok(t).out, "Read 2 rows", "部门 → department")
	}
}
