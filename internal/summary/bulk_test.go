package summary

import (
	"os"
	"path/filepath"
	"testing"

	"callsite/internal/testshared"
	"callsite/internal/transcript"
)

// eachBulkTranscript parses the first n real bulk calls
// (testshared.BulkCalls) and calls each with every one that parses: the
// scan tests compare their cues with the expressions on real words.
func eachBulkTranscript(t *testing.T, n int, each func(*transcript.Transcript)) {
	t.Helper()
	for _, p := range testshared.BulkCalls(t, n) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if tr, err := transcript.Parse(filepath.Base(p), src); err == nil {
			each(tr)
		}
	}
}
