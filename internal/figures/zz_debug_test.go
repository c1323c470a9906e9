package figures

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("FIGS")
	if s == "" {
		t.Skip()
	}
	for _, f := range Find(s, Context{Year: 2020, Quarter: 2}) {
		fmt.Printf("%q metric=%q period=%q kind=%s basis=%q scope=%q role=%s reasons=%v\n", f.Text, f.Metric, f.Period, f.Kind, f.Basis, f.Scope, f.Role, f.Reasons)
	}
}
