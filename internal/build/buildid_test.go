package build

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// The generator's key is the build ID go tool buildid reads from the
// running binary (ELF systems), which changes with the code.
func TestGoBuildIDIsGoToolsOne(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("ELF only")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Skipf("go tool buildid: %v", err)
	}
	want := strings.TrimSpace(string(out))
	if got := goBuildID(exe); got != want {
		t.Errorf("goBuildID = %q, go tool buildid = %q", got, want)
	}
	if got := generatorKey(); got != "go-build-id:"+want {
		t.Errorf("generatorKey = %q", got)
	}
	if got := goBuildID("cache.go"); got != "" {
		t.Errorf("goBuildID of a source file = %q, want none", got)
	}
}
