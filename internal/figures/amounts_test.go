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
	{"in new notes", "In May Corvane issued 300 million in new notes.",
		[]amt{{text: "300 million", value: 300e6, unit: "USD", metric: "debt"}}},
	{"link words and a period", "Operating loss for the third quarter was 264,000.",
		[]amt{{text: "264,000", value: 264000, unit: "USD", metric: "operating loss"}}},
	{"noun before", "Pretax income for the quarter of last year was 7 million.",
		[]amt{{text: "7 million", value: 7e6, unit: "USD", metric: "-"}}},
	{"change on the way", "Quarterly sales declined 4% year over year to 1.9 billion.",
		[]amt{{text: "4%", value: 4, unit: "%"}, {text: "1.9 billion", value: 1.9e9, unit: "USD", metric: "revenue"}}},
	{"currency said in the sentence", "Revenue was $12 million, compared to 9.5 million a year ago.",
		[]amt{{text: "$12 million", value: 12e6, unit: "USD", metric: "revenue"}, {text: "9.5 million", value: 9.5e6, unit: "USD", metric: "-"}}},
	{"stated money earlier in the sentence", "Quarterly sales were 64 million, a decrease of 12 million.",
		[]amt{{text: "64 million", value: 64e6, unit: "USD", metric: "revenue"}, {text: "12 million", value: 12e6, unit: "USD", metric: "-"}}},
	{"a segment's sales are no headline", "Segment sales were 64 million.",
		[]amt{{text: "64 million", value: 64e6, unit: "USD", metric: "-"}}},
	{"a named part's revenue is no headline", "We expect total revenue of 3.4 to 3.5 billion, with Orvale revenues of 1.2 billion.",
		[]amt{{text: "3.4 to 3.5 billion", value: 3.4e9, high: 3.5e9, unit: "USD", metric: "revenue"}, {text: "1.2 billion", value: 1.2e9, unit: "USD", metric: "-"}}},
	{"a basis the metric does not name", "We reported adjusted net income of 9 million, or $0.14 per share.",
		[]amt{{text: "9 million", value: 9e6, unit: "USD", metric: "-"}, {text: "$0.14 per share", value: 0.14, unit: "USD", ps: true}}},
	{"a modified noun after is a part", "We expect 18 to 22 million in parts sales.",
		[]amt{{text: "18 to 22 million", value: 18e6, high: 22e6, unit: "USD", metric: "-"}}},
	{"a fraction is no headline", "Our services arm brought in over a quarter billion dollars of revenue.",
		[]amt{{text: "over a quarter billion dollars", value: 2.5e8, unit: "USD", metric: "-"}}},
	{"range without a currency", "We expect net income of 11.5 to 14 million.",
		[]amt{{text: "11.5 to 14 million", value: 11.5e6, high: 14e6, unit: "USD", metric: "net income"}}},
	{"range low end in millions", "Our goal is between 700 and $1 billion of EBITDA by 2024.",
		[]amt{{text: "between 700 and $1 billion", value: 700e6, high: 1e9, unit: "USD", metric: "ebitda"}}},
	{"last currency said", "Revenue was CHF 4 billion. Gross profit was 1.1 billion.",
		[]amt{{text: "CHF 4 billion", value: 4e9, unit: "CHF", metric: "revenue"}, {text: "1.1 billion", value: 1.1e9, unit: "CHF", metric: "gross profit"}}},
	// not money: a count of things not named, or nothing
	{"bare scaled count", "I think there's about 2.4 million left on it.",
		[]amt{{text: "about 2.4 million", value: 2.4e6, unit: "count", metric: "-"}}},
	{"a count named before", "Revenue was $8 million. Average weekly visitors for the quarter rose 2% year-over-year to 38 million.",
		[]amt{{text: "$8 million", value: 8e6, unit: "USD"}, {text: "2%", value: 2, unit: "%"}, {text: "38 million", value: 38e6, unit: "count", metric: "-"}}},
	{"bare unscaled is nothing", "We shipped 264,000 last year.", nil},
	// spelled out
	{"spelled scale with metric", "We expect capex of seven billion next year.",
		[]amt{{text: "seven billion", value: 7e9, unit: "USD", metric: "capital expenditures"}}},
	{"a spelled range takes the scale of its high end", "We estimate fee revenue to be between four and six million dollars.",
		[]amt{{text: "between four and six million dollars", value: 4e6, unit: "USD", high: 6e6}}},
	{"a spelled range in billions", "We expect capital spending of between two and three billion dollars.",
		[]amt{{text: "between two and three billion dollars", value: 2e9, unit: "USD", high: 3e9}}},
	{"a hundred million dollars", "The plant cost a hundred million dollars.",
		[]amt{{text: "a hundred million dollars", value: 100e6, unit: "USD"}}},
	{"and a half percent", "Loan growth was seven and a half percent.",
		[]amt{{text: "seven and a half percent", value: 7.5, unit: "%"}}},
	{"digits and a half billion", "Backlog is now 2 and a half billion dollars.",
		[]amt{{text: "2 and a half billion dollars", value: 2.5e9, unit: "USD", metric: "backlog"}}},
	// fractions
	{"and a half times", "Net leverage ended at two and a half times.",
		[]amt{{text: "two and a half times", value: 2.5, unit: "x"}}},
	{"two times is no multiple", "We met the board two times.", nil},
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
	{"sign and cents", "Rent per square foot was $31 and 40 cents.",
		[]amt{{text: "$31 and 40 cents", value: 31.40, unit: "USD"}}},
	{"a dollar of revenue is no amount", "Every project earns a dollar of revenue for each dollar spent.", nil},
	{"a quick buck is no amount", "Nobody here wants to make a quick buck.", nil},
	// percentage points
	{"points after a change", "The combined ratio improved 1.8 points.",
		[]amt{{text: "1.8 points", value: 180, unit: "bp"}}},
	{"points of losses", "Hail added 12 points of storm losses.",
		[]amt{{text: "12 points", value: 1200, unit: "bp"}}},
	{"points to make", "I have 3 points to make.", nil},
	{"points of sale", "We added 200 points of sale.", nil},
	// lists and counts
	{"listed percentages", "Gross margins were 52 and 54% respectively.",
		[]amt{{text: "52", value: 52, unit: "%"}, {text: "54%", value: 54, unit: "%"}}},
	{"age is not listed", "Half are under the age of 40, 70% buy online.",
		[]amt{{text: "70%", value: 70, unit: "%"}}},
	{"two word count", "Brackwell booked 318 new orders.",
		[]amt{{text: "318 new orders", value: 318, unit: "count", noun: "new orders"}}},
	{"compound modifier", "The app now serves more than 4 million self-directed accounts.",
		[]amt{{text: "more than 4 million self-directed accounts", value: 4e6, unit: "count", noun: "self-directed accounts"}}},
	{"singular unit", "We will retire the 512 megawatt plant.",
		[]amt{{text: "512 megawatt", value: 512, unit: "count", noun: "megawatt"}}},
	{"square feet", "The tower adds 84,000 rentable square feet.",
		[]amt{{text: "84,000 rentable square feet", value: 84000, unit: "count", noun: "rentable square feet"}}},
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
