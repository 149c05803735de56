package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).versionCmd) }

// Version may be set when packaging, for builds that carry no module
// version: go build -ldflags "-X github.com/dutymap/dutymap/cli.Version=v1.2.3"
var Version string

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print dutymap's version, the Go version and the source revision",
		Long: `version prints the version of this dutymap binary (the module version it was
installed at, or "devel" for a build from a working copy), the Go version it was
built with, and the source control revision and time when the build recorded them.
Include this output when you report a problem.`,
		Example: `  dutymap version`,
		Args:    a.noArgs("dutymap version"),
		RunE: func(cmd *cobra.Command, args []string) error {
			bi, _ := debug.ReadBuildInfo() // nil when the binary has none
			_, err := fmt.Fprint(a.io.Out, versionText(bi))
			return err
		},
	}
}

// versionText formats the build information; bi may be nil when the binary
// carries none.
func versionText(bi *debug.BuildInfo) string {
	version, goVersion := "devel", runtime.Version()
	settings := map[string]string{}
	if bi != nil {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			version = v
		}
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
		for _, s := range bi.Settings {
			settings[s.Key] = s.Value
		}
	}
	if Version != "" {
		version = Version
	}
	var b strings.Builder
	fmt.Fprintf(&b, "dutymap %s\n", version)
	fmt.Fprintf(&b, "go: %s %s/%s\n", goVersion, runtime.GOOS, runtime.GOARCH)
	rev := settings["vcs.revision"]
	switch {
	case rev == "":
		// Built outside a checkout or with -buildvcs=false: said, so the
		// reader does not look for a line that is not there.
		rev = "unknown (built without version-control information)"
	case settings["vcs.modified"] == "true":
		rev += " (with uncommitted changes)"
	}
	fmt.Fprintf(&b, "revision: %s\n", rev)
	if t := settings["vcs.time"]; t != "" {
		fmt.Fprintf(&b, "commit time: %s\n", t)
	}
	return b.String()
}
