package build_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"callsite"
	"callsite/internal/build"
	"callsite/internal/render"
)

const idsCall = `Leo Hart - Head of Investor Relations
Good afternoon, and welcome to Tern Optics' Fourth Quarter 2024 Earnings Call. With me is Ada Brook, our Chief Executive Officer.
Ada Brook - Chief Executive Officer
Thanks, Leo. Revenue was $31.2 million, up 14%, and lens shipments reached a record.
We also finished moving our coating line to the new plant.
Operator
Our first question comes from Sam Reyes of Coastline Securities.
Sam Reyes - Analyst
How much did the new plant add to gross margin?
Ada Brook - Chief Executive Officer
About 150 basis points this quarter.
Operator
The next question comes from Ines Varga of Moorgate Partners.
Ines Varga - Analyst
What are you assuming for lens prices next year?
Ada Brook - Chief Executive Officer
Flat prices, with growth from volume.
Operator
This concludes today's conference call. Thank you for participating.
`

func theme(_ *testing.T) render.Theme { return callsite.DefaultTheme() }

// A call parsed again for rendering (its text was not kept in memory) gets
// the same pinned ids as in phase 1; ids files are staged while rendering
// and put in place only after publishing, with nothing left behind.
func TestPinnedIDsWhenCallsAreParsedTwice(t *testing.T) {
	content := t.TempDir()
	file := filepath.Join(content, "tern-2024-q4.txt")
	if err := os.WriteFile(file, []byte(idsCall), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(keep int64, write bool) (string, *build.Result) {
		out := filepath.Join(t.TempDir(), "public")
		res, err := build.Run(build.Config{Content: content, Out: out, Theme: theme(t), KeepText: keep, WriteIDs: write})
		if err != nil {
			t.Fatalf("%v: %v", err, res.InputErrors)
		}
		return out, res
	}
	if _, res := run(-1, true); len(res.IDFiles) != 1 || !strings.HasSuffix(res.IDFiles[0], "tern-2024-q4.txt.ids") {
		t.Fatalf("IDFiles = %q", res.IDFiles)
	}
	edited := strings.Replace(idsCall, "Ada Brook - Chief Executive Officer\nThanks, Leo.", "Leo Hart - Head of Investor Relations\nA note on our new segment reporting first.\nAda Brook - Chief Executive Officer\nThanks, Leo.", 1)
	edited = strings.Replace(edited, "Operator\nOur first question", "Operator\nThe next question comes from Omar Diaz of Fenwick Research.\nOmar Diaz - Analyst\nWhat about Europe?\nAda Brook - Chief Executive Officer\nEurope grew faster than the US.\nOperator\nOur first question", 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	kept, _ := run(0, false)
	again, res := run(-1, true)
	if len(res.IDFiles) != 1 {
		t.Errorf("IDFiles = %q, want the changed ids file", res.IDFiles)
	}
	for _, f := range []string{"call.json", "index.html", "q1/index.html", "q2/index.html", "q3/index.html"} {
		a, err := os.ReadFile(filepath.Join(kept, "c/tern-optics/2024-q4", f))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(again, "c/tern-optics/2024-q4", f))
		if err != nil {
			t.Fatal(err)
		}
		if string(a) != string(b) {
			t.Errorf("%s differs between a kept and a parsed-again call", f)
		}
	}
	cj, err := os.ReadFile(filepath.Join(again, "c/tern-optics/2024-q4/call.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The new prepared turn is pr3; the exchange inserted before the
	// first one is q3, and Sam Reyes's stays q1.
	for _, want := range []string{`"id": "pr3"`, `"id": "q3-2p1"`, `"text": "What about Europe?"`} {
		if !strings.Contains(string(cj), want) {
			t.Errorf("call.json lacks %s", want)
		}
	}
	if !strings.Contains(string(cj), "\"id\": \"q1-2p1\",\n              \"text\": \"How much did the new plant add to gross margin?\"") {
		t.Error("Sam Reyes's question is not q1-2p1")
	}
	entries, err := os.ReadDir(content)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind %s", e.Name())
		}
	}
}
