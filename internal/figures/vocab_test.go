package figures

import "testing"

func TestVocabulary(t *testing.T) {
	if len(Metrics) < 50 {
		t.Fatalf("vocabulary has %d metrics", len(Metrics))
	}
	for _, rank := range []func(Metric) int{func(m Metric) int { return m.Chart }, func(m Metric) int { return m.Guidance }} {
		seen := map[int]string{}
		for _, m := range Metrics {
			if r := rank(m); r > 0 {
				if seen[r] != "" {
					t.Errorf("rank %d given to %q and %q", r, seen[r], m.Name)
				}
				seen[r] = m.Name
			}
		}
	}
	for _, tc := range []struct{ name, display, label string }{
		{"adjusted ebitda", "adjusted EBITDA", "Adjusted EBITDA"},
		{"eps", "earnings per share", "EPS"},
		{"adjusted ffo per share", "adjusted FFO per share", "Adjusted FFO per share"},
		{"gross margin", "gross margin", "Gross margin"},
		{"noi", "NOI", "NOI"},
		{"g&a", "G&A", "G&A"},
		{"widgets shipped", "widgets shipped", "Widgets shipped"},
	} {
		if got := Display(tc.name); got != tc.display {
			t.Errorf("Display(%q) = %q, want %q", tc.name, got, tc.display)
		}
		if got := Label(tc.name); got != tc.label {
			t.Errorf("Label(%q) = %q, want %q", tc.name, got, tc.label)
		}
	}
	if got := ChartMetrics(); len(got) == 0 || got[0] != "revenue" {
		t.Errorf("ChartMetrics() = %q, want revenue first", got)
	}
	if got := metricNames["revenue"]; len(got) == 0 || got[0] != "revenue" {
		t.Errorf("metricNames[revenue] = %q: the vocabulary's names not read", got)
	}
	if len(namedAs["eps"]) == 0 || len(namedAs["revenue"]) != 0 {
		t.Errorf("namedAs: eps %q, revenue %q", namedAs["eps"], namedAs["revenue"])
	}
	if !IsHeadline("revenue") || IsHeadline("headcount") {
		t.Error("IsHeadline: revenue is a headline, headcount is not")
	}
	// every phrase is found by Find as its metric
	if fs := Find("Funds from operations were $12 million.", q2); len(fs) != 1 || fs[0].Metric != "ffo" {
		t.Errorf("phrase from the vocabulary not read: %+v", fs)
	}
}

func TestParseVocabularyErrors(t *testing.T) {
	for _, bad := range []string{
		"metrics:\n  - name: Revenue\n",
		"metrics:\n  - name: revenue\n  - name: revenue\n",
		"metrics:\n  - name: revenue\n    phrases: [\"Net Sales\"]\n",
		"metrics:\n  - name: revenue\n    phrases: [\"net  sales\"]\n",
		"metrics: [",
		"metrics:\n  - name: organic growth\n    growth_of: sales\n",
		"metrics:\n  - name: revenue\n    names: [\"Net Sales\"]\n",
		"metrics:\n  - name: eps\n    named_as: [\" \"]\n",
		"metrics:\n  - name: headcount\n    count: true\n    money: true\n",
		"metrics:\n  - name: net charge-off rate\n    ratio: true\n    rate_of: net charge-offs\n",
		"metrics:\n  - name: net charge-offs\n  - name: net charge-off rate\n    rate_of: net charge-offs\n",
		"metrics:\n  - name: net charge-offs\n    money: true\n    points: true\n",
	} {
		if _, err := ParseVocabulary([]byte(bad)); err == nil {
			t.Errorf("ParseVocabulary(%q): no error", bad)
		}
	}
	if ms, err := ParseVocabulary([]byte("metrics:\n  - name: revenue\n    phrases: [\"net sales\"]\n")); err != nil || len(ms) != 1 {
		t.Errorf("a good vocabulary: %v, %v", ms, err)
	}
}
