package cli

import (
	"testing"
)

// A flag naming a file or folder given empty or blank is refused, exit 2,
// with a fix: --content "$ORG" with ORG unset used to be dropped without a
// word and the built-in content answered (hostile14 #9); -o "" wrote to
// standard output, import --out "" named the folder after the file.
func TestEmptyPathFlagsAreRefused(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--content", "", "validate"}, "dutymap validate: --content \"\": the folder name is empty\n  fix: give the folder, such as --content ./myorg (in a script, --content \"$VAR\" with VAR unset gives an empty name)\n"},
		{[]string{"--content", " ", "search", "price"}, "dutymap search: --content \" \": the folder name is empty\n"},
		{[]string{"--content", "testdata/myorg", "--content", "", "show", "sales"}, "dutymap show: --content \"\": the folder name is empty\n"},
		{[]string{"--content", ""}, "dutymap: --content \"\": the folder name is empty\n"},
		{[]string{"export", "-o", ""}, "dutymap export: --out \"\": the file name is empty\n  fix: give the file, such as --out org.md, or leave --out out to write to standard output"},
		{[]string{"import", "x.csv", "--out", "\t"}, "dutymap import: --out \"\\t\": the folder name is empty\n  fix: give the folder, such as --out myorg, or leave --out out to name the folder after the file"},
		// A file named only by its extension gives no folder to name
		// after it: the message blamed a folder the user never gave.
		{[]string{"import", ".csv"}, "dutymap import: the name of .csv is only its extension, so it gives no folder to write\n  fix: give the folder with --out, such as --out myorg\n"},
		{[]string{"import", "dir/ .XLSX"}, "dutymap import: the name of dir/ .XLSX is only its extension, so it gives no folder to write\n"},
		// --max-sessions 0 is refused too, after: a server never starts here.
		{[]string{"serve", "--allow-anyone", "--max-sessions", "0", "--host-key", ""}, "dutymap serve: --host-key \"\": the file name is empty\n"},
		{[]string{"serve", "--max-sessions", "0", "--authorized-keys", ""}, "dutymap serve: --authorized-keys \"\": the file name is empty\n"},
		{[]string{"validate", ""}, "dutymap validate: \"\": the folder name is empty\n  fix: give the folder, such as dutymap validate ./myorg, or none to validate the content --content chooses\n"},
		{[]string{"check", " "}, "dutymap check: \" \": the folder name is empty\n"},
	} {
		r := run(t, tc.args...)
		if r.code != 2 || r.out != "" || len(r.err) < len(tc.want) || r.err[:len(tc.want)] != tc.want {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit 2 and stderr beginning:\n%s", tc.args, r.code, r.out, r.err, tc.want)
		}
	}
	// An empty $DUTYMAP_CONTENT is no folder at all, as an unset one.
	invocation{args: []string{"validate"}, env: map[string]string{ContentEnv: ""}}.run(t).ok(t)
}
