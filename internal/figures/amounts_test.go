package figures

import (
	"strings"
	"testing"
)

// amt is what an amounts case checks: text, value, unit always; metric
// when "-" (must be empty) or set; high for ranges; noun for counts.
type amt struct {
	text   string
	value  float64
	unit   string
	metric string
	high   float64
	noun   string
	ps     bool
}

// Amounts said without "$", in words, as fractions or as spoken dollars,
// and numbers that are not amounts. The sentences are invented.
var amountCases = []struct {
	name string
	in   string
	want []amt
}{
	// money by its context
	{"metric before", "Net sales at Hollin Mills were 72 million in the quarter.",
		[]amt{{text: "72 million", value: 72e6, unit: "USD", metric: "revenue"}}},
	{"of cash", "We closed the quarter with 2.5 billion of cash on hand.",
		[]amt{{text: "2.5 billion", value: 2.5e9, unit: "USD", metric: "cash"}}},
	{"of a money noun", "This year Tarnby paid about 40 million of interest.",
		[]amt{{text: "about 40 million", value: 40e6, unit: "USD", metric: "-"}}},
	{"in new notes", "In May we raised 250 million in new notes.",
		[]amt{{text: "250 million", value: 250e6, unit: "USD", metric: "debt"}}},
	{"link words and a period", "Operating loss for the third quarter was 181,000.",
		[]amt{{text: "181,000", value: 181000, unit: "USD", metric: "operating loss"}}},
	{"noun before", "Pretax income for the quarter of last year was 5 million.",
		[]amt{{text: "5 million", value: 5e6, unit: "USD", metric: "-"}}},
	{"change on the way", "Quarterly sales declined 5% year over year to 2.3 billion.",
		[]amt{{text: "5%", value: 5, unit: "%"}, {text: "2.3 billion", value: 2.3e9, unit: "USD", metric: "revenue"}}},
	{"currency said in the sentence", "Revenue was $12 million, compared to 9.5 million a year ago.",
		[]amt{{text: "$12 million", value: 12e6, unit: "USD", metric: "revenue"}, {text: "9.5 million", value: 9.5e6, unit: "USD", metric: "-"}}},
	{"stated money earlier in the sentence", "Quarterly sales were 91 million, a decrease of 56 million.",
		[]amt{{text: "91 million", value: 91e6, unit: "USD", metric: "revenue"}, {text: "56 million", value: 56e6, unit: "USD", metric: "-"}}},
	{"a segment's sales are no headline", "Segment sales were 91 million.",
		[]amt{{text: "91 million", value: 91e6, unit: "USD", metric: "-"}}},
	{"a named part's revenue is no headline", "We expect total revenue of 2.8 to 2.9 billion, with Orvale revenues of 2.1 billion.",
		[]amt{{text: "2.8 to 2.9 billion", value: 2.8e9, high: 2.9e9, unit: "USD", metric: "revenue"}, {text: "2.1 billion", value: 2.1e9, unit: "USD", metric: "-"}}},
	{"a basis the metric does not name", "We reported adjusted net income of 11 million, or $0.11 per share.",
		[]amt{{text: "11 million", value: 11e6, unit: "USD", metric: "-"}, {text: "$0.11 per share", value: 0.11, unit: "USD", ps: true}}},
	{"a modified noun after is a part", "We expect 32 to 45 million in water sales.",
		[]amt{{text: "32 to 45 million", value: 32e6, high: 45e6, unit: "USD", metric: "-"}}},
	{"a fraction is no headline", "Career programs brought over a quarter billion dollars in revenue.",
		[]amt{{text: "over a quarter billion dollars", value: 2.5e8, unit: "USD", metric: "-"}}},
	{"range without a currency", "We expect net income of 13.5 to 17.5 million.",
		[]amt{{text: "13.5 to 17.5 million", value: 13.5e6, high: 17.5e6, unit: "USD", metric: "net income"}}},
	{"range low end in millions", "Our goal is between 850 and $1 billion of EBITDA by 2023.",
		[]amt{{text: "between 850 and $1 billion", value: 850e6, high: 1e9, unit: "USD", metric: "ebitda"}}},
	{"last currency said", "Revenue was CHF 4 billion. Gross profit was 1.1 billion.",
		[]amt{{text: "CHF 4 billion", value: 4e9, unit: "CHF", metric: "revenue"}, {text: "1.1 billion", value: 1.1e9, unit: "CHF", metric: "gross profit"}}},
	// not money: a count of things not named, or nothing
	{"bare scaled count", "I think there's about 1.7 million left on it.",
		[]amt{{text: "about 1.7 million", value: 1.7e6, unit: "count", metric: "-"}}},
	{"a count named before", "Revenue was $8 million. Average monthly users for the quarter rose 3% year-over-year to 72 million.",
		[]amt{{text: "$8 million", value: 8e6, unit: "USD"}, {text: "3%", value: 3, unit: "%"}, {text: "72 million", value: 72e6, unit: "count", metric: "-"}}},
	{"bare unscaled is nothing", "We shipped 181,000 last year.", nil},
	// spelled out
	{"spelled scale with metric", "We expect capex of seven billion next year.",
		[]amt{{text: "seven billion", value: 7e9, unit: "USD", metric: "capital expenditures"}}},
	{"a hundred million dollars", "The plant cost a hundred million dollars.",
		[]amt{{text: "a hundred million dollars", value: 100e6, unit: "USD"}}},
	{"and a half percent", "Loan growth was seven and a half percent.",
		[]amt{{text: "seven and a half percent", value: 7.5, unit: "%"}}},
	{"digits and a half billion", "Backlog is now 2 and a half billion dollars.",
		[]amt{{text: "2 and a half billion dollars", value: 2.5e9, unit: "USD", metric: "backlog"}}},
	// fractions
	{"quarter of a point", "Rates rose a quarter of a point in March.",
		[]amt{{text: "a quarter of a point", value: 25, unit: "bp"}}},
	{"half a percent", "The fee cut was about half a percent.",
		[]amt{{text: "about half a percent", value: 0.5, unit: "%"}}},
	{"three quarters of a percent", "Churn fell three quarters of a percent.",
		[]amt{{text: "three quarters of a percent", value: 0.75, unit: "%"}}},
	{"half a billion dollars", "We will spend half a billion dollars on stores.",
		[]amt{{text: "half a billion dollars", value: 5e8, unit: "USD"}}},
	// spoken dollars
	{"a buck twenty", "The shares traded at a buck twenty in March.",
		[]amt{{text: "a buck twenty", value: 1.2, unit: "USD"}}},
	{"dollars and cents a share", "EPS came in at two dollars and fifty cents a share.",
		[]amt{{text: "two dollars and fifty cents a share", value: 2.5, unit: "USD", ps: true}}},
	{"a penny a share", "The charge cost us a penny a share.",
		[]amt{{text: "a penny a share", value: 0.01, unit: "USD", ps: true}}},
	{"sign and cents", "Rent per square foot was $25 and 10 cents.",
		[]amt{{text: "$25 and 10 cents", value: 25.10, unit: "USD"}}},
	{"a dollar of revenue is no amount", "Every project earns a dollar of revenue for each dollar spent.", nil},
	{"a quick buck is no amount", "Nobody here wants to make a quick buck.", nil},
	// percentage points
	{"points after a change", "The combined ratio improved 2.6 points.",
		[]amt{{text: "2.6 points", value: 260, unit: "bp"}}},
	{"points of losses", "Storms added 34 points of catastrophe losses.",
		[]amt{{text: "34 points", value: 3400, unit: "bp"}}},
	{"points to make", "I have 3 points to make.", nil},
	{"points of sale", "We added 200 points of sale.", nil},
	// lists and counts
	{"listed percentages", "Gross margins were 40 and 41% respectively.",
		[]amt{{text: "40", value: 40, unit: "%"}, {text: "41%", value: 41, unit: "%"}}},
	{"age is not listed", "Half are under the age of 35, 80% buy online.",
		[]amt{{text: "80%", value: 80, unit: "%"}}},
	{"three word count", "Brackwell booked 251 net new orders.",
		[]amt{{text: "251 net new orders", value: 251, unit: "count", noun: "net new orders"}}},
	{"compound modifier", "The tool now serves more than 6 million wealth-managing accounts.",
		[]amt{{text: "more than 6 million wealth-managing accounts", value: 6e6, unit: "count", noun: "wealth-managing accounts"}}},
	{"four word count", "We added about 1.7 million postpaid phone net additions.",
		[]amt{{text: "about 1.7 million postpaid phone net additions", value: 1.7e6, unit: "count", noun: "postpaid phone net additions"}}},
	{"singular unit", "We will retire the 409 megawatt plant.",
		[]amt{{text: "409 megawatt", value: 409, unit: "count", noun: "megawatt"}}},
	{"square feet", "The tower adds 119,000 rentable square feet.",
		[]amt{{text: "119,000 rentable square feet", value: 119000, unit: "count", noun: "rentable square feet"}}},
	// names, years and dates
	{"product name", "Our Vantor 24 coolers sold out in a week.", nil},
	{"aircraft name", "Deliveries of the Skyhaul 360 begin soon.", nil},
	{"spelled year", "Sales grew in two thousand nineteen.", nil},
	{"spelled year and", "We plan it for two thousand and twenty one.", nil},
	{"ordinal", "It was our 3rd record quarter.", nil},
}

func TestAmountsTable(t *testing.T) {
	for _, tc := range amountCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in, Context{Year: 2020, Quarter: 3})
			if len(got) != len(tc.want) {
				var s []string
				for _, f := range got {
					s = append(s, describe(f))
				}
				t.Fatalf("Find(%q) = %d figures, want %d:\n%s", tc.in, len(got), len(tc.want), strings.Join(s, "\n"))
			}
			for i, w := range tc.want {
				f := got[i]
				checkSpan(t, tc.in, f)
				ok := f.Text == w.text && near(f.Value, w.value) && f.Unit == w.unit && f.PerShare == w.ps
				switch w.metric {
				case "":
				case "-":
					ok = ok && f.Metric == ""
				default:
					ok = ok && f.Metric == w.metric
				}
				if w.high != 0 {
					ok = ok && f.IsRange && near(f.High, w.high)
				} else {
					ok = ok && !f.IsRange
				}
				if w.noun != "" {
					ok = ok && f.Noun == w.noun
				}
				if !ok {
					t.Errorf("figure %d of %q: got %s (high %v, per share %v, noun %q), want %+v", i, tc.in, describe(f), f.High, f.PerShare, f.Noun, w)
				}
			}
		})
	}
}
