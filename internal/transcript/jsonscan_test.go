package transcript

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"callsite/internal/testshared"
)

// scanJSON either reads a text as decodeJSON does or declines it.
func TestScanJSONAgreesWithDecoder(t *testing.T) {
	cases := []struct {
		name, text string
		scans      bool // read by scanJSON, not left to the decoder
	}{
		{"ectsum", "{\"prepared_remarks\": [{\"speaker\": \"Operator\", \"speech\": \"Hello.\\nWelcome.\"}],\n \"q_and_a\": [\n{\"speaker\": \"Ann\",\n \"speech\" :  \"Why?\"}], \"participants\": [\"Ann--Analyst\"]}", true},
		{"structured", `{"company_name": "Acme", "fiscal_period_year": 2021, "call_transcript": [{"section": "qa", "statement_type": "Q", "speaker": "Bo", "role": "Analyst", "affiliation": "Birch", "text": "A \"quoted\" \u00e9 \/ word"}], "participants": {"management": [{"speaker": "Cy", "role": "CEO"}], "analysts": []}}`, true},
		{"null list and other values", `{"header_texts": ["a", {"b": [1, true, null]}], "q_and_a": null, "x": -1.5e3, "y": false}`, true},
		{"empty", `{}`, true},
		{"text before speech", `{"q_and_a": [{"text": "first", "speech": "second"}]}`, true},
		{"same key twice", `{"q_and_a": [{"speech": "one", "speech": "two"}], "q_and_a": []}`, true},
		{"surrogate pair", `{"q_and_a": [{"speaker": "A", "speech": "smile \ud83d\ude00 \ud83d"}]}`, true},
		{"key in other case", `{"q_and_a": [{"Speaker": "A", "speech": "hi"}]}`, false},
		{"escaped key", `{"q_and_a": [{"sp\u0065ech": "hi"}]}`, false},
		{"statement without speech", `{"q_and_a": [{"speaker": "A"}]}`, false},
		{"number in a statement", `{"q_and_a": [{"n": 1, "speaker": "A", "speech": "hi", "ok": true}]}`, true},
		{"list in a statement", `{"q_and_a": [{"speaker": "A", "speech": "hi", "n": [1]}]}`, false},
		{"null speech", `{"q_and_a": [{"speaker": "A", "speech": null}]}`, false},
		{"missing comma", `{"q_and_a": [{"speaker": "A" "speech": "hi"}]}`, false},
		{"trailing comma", `{"q_and_a": [{"speech": "hi"},]}`, false},
		{"control byte", "{\"q_and_a\": [{\"speech\": \"a\tb\"}]}", false},
		{"bad escape", `{"q_and_a": [{"speech": "a\qb"}]}`, false},
		{"bad number", `{"x": 01, "q_and_a": []}`, false},
		{"truncated", `{"q_and_a": [{"speech": "hi"`, false},
		{"not an object", `["q_and_a"]`, false},
		{"text after the object", `{"q_and_a": []} trailing`, true},
		{"escapes up to the quote", `{"q_and_a": [{"speech": "a\nb\n\"c\"", "speaker": "\"A\\"}, {"speech": "\n\n", "speaker": "x\"\""}]}`, true},
		{"participants empty", `{"participants": [], "q_and_a": []}`, true},
		{"participants null", `{"participants": null}`, true},
		{"participants escaped", `{"participants": [ "A\u00e9--CEO" ,"B \"Bo\"--CFO\\"] }`, true},
		{"participants not all strings", `{"participants": ["A--CEO", 1]}`, true},
		{"participants trailing comma", `{"participants": ["A--CEO",]}`, false},
		{"participants bad escape", `{"participants": ["A\q"]}`, false},
		{"header with escapes", `{"header_texts": ["a\"b", "c\\", "\u00e9"], "q_and_a": []}`, true},
		{"header with a control byte", "{\"header_texts\": [\"a\tb\"], \"q_and_a\": []}", false},
		{"header unterminated", `{"header_texts": ["a\"]}`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var decoded jsonDoc
			if err := decodeJSON(c.text, &decoded); err != nil {
				t.Fatal(err)
			}
			for _, views := range []bool{false, true} {
				var scanned jsonDoc
				ok := scanJSON(c.text, views, &scanned)
				if ok != c.scans {
					t.Errorf("scanJSON (views %v) = %v, want %v", views, ok, c.scans)
				}
				if ok && !reflect.DeepEqual(scanned, decoded) {
					t.Errorf("views %v: scanned %+v\ndecoded %+v", views, scanned, decoded)
				}
			}
		})
	}
}

// Every JSON call of the shared corpora is read alike both ways, and
// scanJSON reads them all.
func TestScanJSONSharedCorpora(t *testing.T) {
	var files []string
	for _, dir := range [][]string{{"corpus", "bulk", "transcripts"}, {"corpus", "transcripts", "ectsum-motleyfool-json"}, {"corpus", "transcripts", "motleyfool-structured-json"}} {
		fs, _ := filepath.Glob(filepath.Join(testshared.Path(t, dir...), "*"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		testshared.Missing(t, "no JSON calls in ../shared/corpus")
	}
	declined := 0
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := decodeText(src)
		var scanned, decoded jsonDoc
		if err := decodeJSON(text, &decoded); err != nil || decoded.Err != nil {
			continue // not JSON
		}
		if !scanJSON(text, false, &scanned) {
			declined++
			continue
		}
		if !reflect.DeepEqual(scanned, decoded) {
			t.Errorf("%s: scanJSON and decodeJSON differ", p)
		}
		var viewed jsonDoc
		if !scanJSON(text, true, &viewed) || !reflect.DeepEqual(viewed, decoded) {
			t.Errorf("%s: scanJSON with views and decodeJSON differ", p)
		}
	}
	if declined > 0 {
		t.Errorf("scanJSON declined %d of %d files", declined, len(files))
	}
}

// entryKeys are the keys encoding/json reads into a statement.
func TestEntryKeys(t *testing.T) {
	want := []string{"speaker", "speech", "text", "section", "statement_type", "role", "affiliation"}
	if !reflect.DeepEqual(entryKeys, want) {
		t.Errorf("entryKeys = %q, want %q", entryKeys, want)
	}
}

// Whatever scanJSON reads, encoding/json's decoder reads alike.
func FuzzScanJSON(f *testing.F) {
	for _, s := range []string{foolJSONFixture, structuredFixture, `{"q_and_a": [{"speaker": "A", "speech": "a\nb \u00e9 \ud83d\ude00"}], "x": 1.5}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var scanned, viewed, decoded jsonDoc
		if !scanJSON(text, false, &scanned) {
			return
		}
		if !scanJSON(text, true, &viewed) || !reflect.DeepEqual(viewed, scanned) {
			t.Fatalf("scanned with views %+v\nwithout %+v", viewed, scanned)
		}
		if err := decodeJSON(text, &decoded); err != nil || decoded.Err != nil {
			t.Fatalf("scanned, but the decoder fails: %v %v", err, decoded.Err)
		}
		if !reflect.DeepEqual(scanned, decoded) {
			t.Fatalf("scanned %+v\ndecoded %+v", scanned, decoded)
		}
	})
}
