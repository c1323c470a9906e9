package figures

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"callsite/internal/testshared"
)

// want is the part of a Figure a table case checks. Empty strings are not
// checked, except text, value and unit; booleans are always checked.
type want struct {
	text   string
	value  float64
	unit   string
	metric string
	period string
	kind   Kind
	qual   string
	neg    bool
	ps     bool
	rng    bool
	high   float64
	noun   string
	change string
	chg    float64
}

var q2 = Context{Year: 2020, Quarter: 2}
var q4 = Context{Year: 2021, Quarter: 4}

// The companies and numbers below are invented.
var findCases = []struct {
	name string
	in   string
	ctx  Context
	want []want
}{
	{"comparison after the figure", "Adjusted earnings per share at Pell Oak was $0.59, 28% above last year.", q2,
		[]want{{text: "$0.59", value: 0.59, unit: "USD", period: "Q2 2020", kind: Actual, ps: false}, {text: "28%", value: 28, unit: "%", period: "Q2 2020", kind: Actual}}},
	{"last year's quarter", "Revenue was $5.1 million, compared with $4.2 million in last year's second quarter.", q2,
		[]want{{text: "$5.1 million", value: 5.1e6, unit: "USD", period: "Q2 2020", kind: Actual}, {text: "$4.2 million", value: 4.2e6, unit: "USD", period: "Q2 2019", kind: Prior}}},
	{"higher than", "EPS of $0.76 was $0.26 higher than last year's adjusted EPS of $0.50.", q2,
		[]want{{text: "$0.76", value: 0.76, unit: "USD", kind: Actual}, {text: "$0.26", value: 0.26, unit: "USD", kind: Actual}, {text: "$0.50", value: 0.5, unit: "USD", kind: Prior}}},
	{"money million", "Total revenue at Brightwater Foods was $31.2 million in the second quarter.", q2,
		[]want{{text: "$31.2 million", value: 31.2e6, unit: "USD", metric: "revenue", period: "Q2 2020", kind: Actual}}},
	{"money spaced symbol", "Brightwater posted a loss from operations of $ 2.4 billion.", q2,
		[]want{{text: "$ 2.4 billion", value: 2.4e9, unit: "USD", metric: "operating loss", period: "Q2 2020", kind: Actual}}},
	{"euro glued m", "Zentrik booked €4.5m of bookings in Q2 2020.", q2,
		[]want{{text: "€4.5m", value: 4.5e6, unit: "EUR", metric: "bookings", period: "Q2 2020", kind: Actual}}},
	{"pound bn", "Net debt at Harrowgate Rail stood at £3bn at the end of the quarter.", q2,
		[]want{{text: "£3bn", value: 3e9, unit: "GBP", metric: "net debt"}}},
	{"crore", "Revenue for Suryoday Looms was Rs 120 crore this quarter.", q2,
		[]want{{text: "Rs 120 crore", value: 1.2e9, unit: "INR", metric: "revenue", period: "Q2 2020", kind: Actual}}},
	{"lakh", "We spent Rs 50 lakh on capital expenditures.", q2,
		[]want{{text: "Rs 50 lakh", value: 5e6, unit: "INR", metric: "capital expenditures"}}},
	{"usd code", "Capex was USD 3 million.", q2,
		[]want{{text: "USD 3 million", value: 3e6, unit: "USD", metric: "capital expenditures"}}},
	{"spoken dollars", "Net sales came in at 29 million dollars.", q2,
		[]want{{text: "29 million dollars", value: 29e6, unit: "USD", metric: "revenue"}}},
	{"glued B and K", "Backlog reached $1.2B while the dividend was $450K.", q2,
		[]want{{text: "$1.2B", value: 1.2e9, unit: "USD", metric: "backlog"}, {text: "$450K", value: 450e3, unit: "USD", metric: "dividend"}}},
	{"billion plus", "Our pipeline is a $2.5 billion-plus opportunity.", q2,
		[]want{{text: "$2.5 billion-plus", value: 2.5e9, unit: "USD"}}},
	{"thousands comma", "Average selling price was $63,500 per unit sold.", q2,
		[]want{{text: "$63,500", value: 63500, unit: "USD"}}},
	{"per share", "Pellmark recorded a net loss of $6.3 million, or $0.27 per share, for the second quarter of 2020.", q2,
		[]want{{text: "$6.3 million", value: 6.3e6, unit: "USD", metric: "net loss", period: "Q2 2020", kind: Actual},
			{text: "$0.27 per share", value: 0.27, unit: "USD", metric: "net loss per share", ps: true, period: "Q2 2020", kind: Actual}}},
	{"per diluted share", "Diluted EPS was $1.17 per diluted share.", q2,
		[]want{{text: "$1.17 per diluted share", value: 1.17, unit: "USD", metric: "eps", ps: true}}},
	{"cents", "The board declared a quarterly dividend of 19 cents.", q2,
		[]want{{text: "19 cents", value: 0.19, unit: "USD", metric: "dividend per share"}}},
	{"percent sign", "At Corvale, gross margin reached 23% in the second quarter of 2020.", q2,
		[]want{{text: "23%", value: 23, unit: "%", metric: "gross margin", period: "Q2 2020", kind: Actual}}},
	{"percent word", "Operating margin was 15 percent.", q2,
		[]want{{text: "15 percent", value: 15, unit: "%", metric: "operating margin"}}},
	{"per cent", "Organic growth was 4 per cent.", q2,
		[]want{{text: "4 per cent", value: 4, unit: "%", metric: "organic growth"}}},
	{"basis points", "Gross margin expanded 140 basis points.", q2,
		[]want{{text: "140 basis points", value: 140, unit: "bp", metric: "gross margin", change: "expanded 140 basis points"}}},
	{"bps", "Net interest margin declined 50 bps.", q2,
		[]want{{text: "50 bps", value: 50, unit: "bp", metric: "net interest margin"}}},
	{"multiple times", "Net leverage was 0.9 times at quarter end.", q2,
		[]want{{text: "0.9 times", value: 0.9, unit: "x", metric: "leverage"}}},
	{"multiple x", "We target leverage of 3.5x by year end.", q2,
		[]want{{text: "3.5x", value: 3.5, unit: "x", metric: "leverage"}}},
	{"count messages", "During the quarter, Sendwave delivered 4 billion texts and 0.8 billion push notifications.", q2,
		[]want{{text: "4 billion texts", value: 4e9, unit: "count", noun: "texts", metric: "texts", period: "Q2 2020", kind: Actual},
			{text: "0.8 billion push notifications", value: 8e8, unit: "count", noun: "push notifications", metric: "push notifications"}}},
	{"count qualifier", "We added nearly 30 employees this year.", q2,
		[]want{{text: "nearly 30 employees", value: 30, unit: "count", noun: "employees", qual: "nearly"}}},
	{"count shares outstanding", "Following the offering, Tamsin Labs has about 41.2 million shares outstanding.", q2,
		[]want{{text: "about 41.2 million shares", value: 41.2e6, unit: "count", noun: "shares", metric: "shares outstanding", qual: "about"}}},
	{"count customers comma", "Tallybrook now serves 3,000 customers.", q2,
		[]want{{text: "3,000 customers", value: 3000, unit: "count", noun: "customers", metric: "customers"}}},
	{"count shares of common stock", "Roughly 6.4 million shares of common stock remain reserved for the public warrants.", q2,
		[]want{{text: "Roughly 6.4 million shares", value: 6.4e6, unit: "count", noun: "shares", metric: "warrants", qual: "roughly"}}},
	{"range between", "For the third quarter, we expect revenue between $26 million and $27 million.", q2,
		[]want{{text: "between $26 million and $27 million", value: 26e6, unit: "USD", rng: true, high: 27e6, metric: "revenue", period: "Q3 2020", kind: Guidance}}},
	{"range dash", "Kestrel Mills sees full-year EPS of $1.64 - $1.92.", q2,
		[]want{{text: "$1.64 - $1.92", value: 1.64, unit: "USD", rng: true, high: 1.92, metric: "eps", period: "FY 2020", kind: Guidance}}},
	{"range to billions", "We now expect fiscal 2021 revenue of $2.41 billion to $2.46 billion.", q2,
		[]want{{text: "$2.41 billion to $2.46 billion", value: 2.41e9, unit: "USD", rng: true, high: 2.46e9, metric: "revenue", period: "FY 2021", kind: Guidance}}},
	{"range percent", "We expect operating margin of 10% to 12% next year.", q2,
		[]want{{text: "10% to 12%", value: 10, unit: "%", rng: true, high: 12, metric: "operating margin", period: "FY 2021", kind: Guidance}}},
	{"range bare low", "Organic growth should be 2 to 3% in the fourth quarter.", q2,
		[]want{{text: "2 to 3%", value: 2, unit: "%", rng: true, high: 3, metric: "organic growth", period: "Q4 2020", kind: Guidance}}},
	{"range spoken", "We anticipate capex of 30 to 31 million dollars for the year.", q2,
		[]want{{text: "30 to 31 million dollars", value: 30e6, unit: "USD", rng: true, high: 31e6, metric: "capital expenditures", period: "FY 2020", kind: Guidance}}},
	{"range of one amount and another", "For the full year 2021, we expect core FFO to be in the range of $1.52 and $1.59 per share.", q2,
		[]want{{text: "$1.52 and $1.59 per share", value: 1.52, unit: "USD", rng: true, high: 1.59, ps: true, metric: "ffo per share", period: "FY 2021", kind: Guidance}}},
	{"a guidance range for a year not yet over", "We remain within our 2020 EPS guidance range of $1.76 to $1.86 per share.", q2,
		[]want{{text: "$1.76 to $1.86 per share", value: 1.76, unit: "USD", rng: true, high: 1.86, ps: true, metric: "eps", period: "FY 2020", kind: Guidance}}},
	{"a year's result said on its fourth quarter's call is no plan", "Full-year 2021 EPS was $4.10, above our guidance.", q4,
		[]want{{text: "$4.10", value: 4.10, unit: "USD", metric: "eps", period: "FY 2021", kind: Actual}}},
	{"an earnings total's twin after 'or' is per share", "Net income was $13 million or $0.23 in the quarter.", q2,
		[]want{{text: "$13 million", value: 13e6, unit: "USD", metric: "net income", period: "Q2 2020", kind: Actual}, {text: "$0.23", value: 0.23, unit: "USD", metric: "eps", period: "Q2 2020", kind: Actual}}},
	{"an unscaled amount after 'or' another total is not per share", "Revenue was $13 million or $0.23 a unit.", q2,
		[]want{{text: "$13 million", value: 13e6, unit: "USD", metric: "revenue", period: "Q2 2020", kind: Actual}, {text: "$0.23", value: 0.23, unit: "USD", period: "Q2 2020", kind: Actual}}},
	{"an amount per unit said so is not made per share", "Net income was $7 million or $0.66 per common unit.", q2,
		[]want{{text: "$7 million", value: 7e6, unit: "USD", metric: "net income", period: "Q2 2020", kind: Actual}, {text: "$0.66", value: 0.66, unit: "USD", metric: "net income", period: "Q2 2020", kind: Actual}}},
	{"a list led by a comparison is of the earlier period", "This is compared to second quarter 2019 operating losses of $26 million, a net loss of $42 million.", q2,
		[]want{{text: "$26 million", value: 26e6, unit: "USD", metric: "operating loss", period: "Q2 2019", kind: Prior}, {text: "$42 million", value: 42e6, unit: "USD", metric: "net loss", period: "Q2 2019", kind: Prior}}},
	{"a period in a clause opened by 'as' is the clause's", "Second quarter non-GAAP earnings per share are estimated to be in the range of $2.15 to $2.25 as the prior year cost savings start to normalize.", Context{Year: 2020, Quarter: 1},
		[]want{{text: "$2.15 to $2.25", value: 2.15, unit: "USD", rng: true, high: 2.25, metric: "adjusted eps", period: "Q2 2020", kind: Guidance}}},
	{"per share of continuing operations is earnings, not the metric of the sentence before", "We continue to pursue cost savings. Today, we reaffirm guidance for continuing operations in the range of $2.25 per share to $2.45 per share.", Context{Year: 2020, Quarter: 3},
		[]want{{text: "$2.25 per share to $2.45 per share", value: 2.25, unit: "USD", rng: true, high: 2.45, ps: true, metric: "eps", period: "FY 2020", kind: Guidance}}},
	{"a per-share twin after a compared amount is of the earlier period", "We reported net income of $14.6 million, or $0.43 per diluted share, compared to $5.5 million, or $0.17 per diluted share, for the three months ended April 30, 2019.", q2,
		[]want{{text: "$14.6 million", value: 14.6e6, unit: "USD", metric: "net income", period: "Q2 2020", kind: Actual}, {text: "$0.43 per diluted share", value: 0.43, unit: "USD", ps: true, metric: "eps", period: "Q2 2020", kind: Actual},
			{text: "$5.5 million", value: 5.5e6, unit: "USD", metric: "net income", period: "Q2 2019", kind: Prior}, {text: "$0.17 per diluted share", value: 0.17, unit: "USD", ps: true, metric: "eps", period: "Q2 2019", kind: Prior}}},
	{"a bare range raised to another takes its metric", "We are raising our revenue guidance from a prior range of between 4.8 billion and 4.85 billion to now between 4.89 billion and 4.95 billion.", Context{Year: 2021, Quarter: 3},
		[]want{{text: "between 4.8 billion and 4.85 billion", value: 4.8e9, unit: "USD", rng: true, high: 4.85e9, metric: "revenue", period: "FY 2021", kind: Guidance},
			{text: "between 4.89 billion and 4.95 billion", value: 4.89e9, unit: "USD", rng: true, high: 4.95e9, metric: "revenue", period: "FY 2021", kind: Guidance}}},
	{"a bare count after a percent is no money", "Cable total revenues increased as customers value our broadband services. Total cable connections grew 12% to 378,000.", q2,
		[]want{{text: "12%", value: 12, unit: "%", period: "Q2 2020", kind: Actual}}},
	{"two amounts joined by and are no range", "Revenue was $52 million and operating income was $9 million.", q2,
		[]want{{text: "$52 million", value: 52e6, unit: "USD", metric: "revenue", period: "Q2 2020", kind: Actual}, {text: "$9 million", value: 9e6, unit: "USD", metric: "operating income", period: "Q2 2020", kind: Actual}}},
	{"a change for the quarter leading to the level", "Adjusted EBITDA increased 2% for the quarter to $75 million, but decreased 2% for the full year.", q2,
		[]want{{text: "2%", value: 2, unit: "%", metric: "adjusted ebitda", period: "Q2 2020", kind: Actual}, {text: "$75 million", value: 75e6, unit: "USD", metric: "adjusted ebitda", period: "Q2 2020", kind: Actual, chg: 2},
			{text: "2%", value: 2, unit: "%", metric: "adjusted ebitda", period: "FY 2020", kind: Actual}}},
	{"the amount of a minimum named before it", "We will keep delivering a minimum annual operating margin of 50%.", q2,
		[]want{{text: "50%", value: 50, unit: "%", qual: "at least", metric: "operating margin", kind: Guidance}}},
	{"stockholders' equity is no buyback said after it", "Stockholders' equity increased to approximately $6.4 billion, after share repurchases and dividends of $51 million.", q2,
		[]want{{text: "approximately $6.4 billion", value: 6.4e9, unit: "USD", qual: "approximately", metric: "stockholders' equity", period: "Q2 2020", kind: Actual}, {text: "$51 million", value: 51e6, unit: "USD", period: "Q2 2020", kind: Actual}}},
	{"a plural's possessive before a rate is no word of it", "We expect production to approximate 570,000 Boes' per day.", q2,
		[]want{{text: "570,000 Boes", value: 570000, unit: "count", kind: Guidance}}},
	{"range said larger end first, as losses are", "For the third quarter, we expect a net loss between $41 million and $37 million.", q2,
		[]want{{text: "between $41 million and $37 million", value: 37e6, unit: "USD", rng: true, high: 41e6, metric: "net loss", period: "Q3 2020", kind: Guidance}}},
	{"a per-share range said larger end first", "For the third quarter, we expect a net loss between $0.41 and $0.37 per share.", q2,
		[]want{{text: "between $0.41 and $0.37 per share", value: 0.37, unit: "USD", ps: true, rng: true, high: 0.41, metric: "net loss per share", kind: Guidance}}},
	{"'just shy of' says the amount was not reached", "Buybacks for the year came to just shy of $100 million.", q2,
		[]want{{text: "just shy of $100 million", value: 100e6, unit: "USD", qual: "just shy of"}}},
	{"range with its connector said twice", "For the year we expect earnings per share to be between $2.93 and and $3.33.", q2,
		[]want{{text: "between $2.93 and and $3.33", value: 2.93, unit: "USD", rng: true, high: 3.33, metric: "eps", period: "FY 2020", kind: Guidance}}},
	{"range scale on high end", "2021 revenue is expected to be between $3.1 and $3.25 billion.", q2,
		[]want{{text: "between $3.1 and $3.25 billion", value: 3.1e9, unit: "USD", rng: true, high: 3.25e9, metric: "revenue", period: "FY 2021", kind: Guidance}}},
	{"range glued", "Same-store sales grew 10-12% in the quarter.", q2,
		[]want{{text: "10-12%", value: 10, unit: "%", rng: true, high: 12, metric: "same-store sales"}}},
	{"from to is not a range", "Gross margin improved from 40% to 42%.", q2,
		[]want{{text: "40%", value: 40, unit: "%", metric: "gross margin"}, {text: "42%", value: 42, unit: "%", metric: "gross margin"}}},
	{"qualifier at least", "Looking to the third quarter, Fenwick anticipates sales of at least $52 million.", q2,
		[]want{{text: "at least $52 million", value: 52e6, unit: "USD", qual: "at least", metric: "revenue", period: "Q3 2020", kind: Guidance}}},
	{"qualifier in excess of", "Fenwick expects fiscal year 2020 net revenue in excess of $210 million.", q2,
		[]want{{text: "in excess of $210 million", value: 210e6, unit: "USD", qual: "in excess of", metric: "revenue", period: "FY 2020", kind: Guidance}}},
	{"qualifiers several", "Free cash flow was about $5 million, roughly 8% of sales, and capex was up to $2 million.", q2,
		[]want{{text: "about $5 million", value: 5e6, unit: "USD", qual: "about", metric: "free cash flow"},
			{text: "roughly 8%", value: 8, unit: "%", qual: "roughly", metric: ""}, // free cash flow as a share of sales: no metric of the vocabulary,
			{text: "up to $2 million", value: 2e6, unit: "USD", qual: "up to", metric: "capital expenditures"}}},
	{"qualifier more than over under", "Orbiq has more than 500 stores, over 2,000 employees and under 5% churn.", q2,
		[]want{{text: "more than 500 stores", value: 500, unit: "count", qual: "more than", noun: "stores"},
			{text: "over 2,000 employees", value: 2000, unit: "count", qual: "over", noun: "employees"},
			{text: "under 5%", value: 5, unit: "%", qual: "under"}}},
	{"negative word", "Without the grant, Lumora's adjusted EBITDA was negative $0.6 million.", q2,
		[]want{{text: "negative $0.6 million", value: 0.6e6, unit: "USD", neg: true, metric: "adjusted ebitda"}}},
	{"negative sign", "Comparable sales were -2% in the quarter.", q2,
		[]want{{text: "-2%", value: 2, unit: "%", neg: true, metric: "same-store sales"}}},
	{"minus word", "Operating margin was minus 5%.", q2,
		[]want{{text: "minus 5%", value: 5, unit: "%", neg: true, metric: "operating margin"}}},
	{"loss is not negative", "We reported a net loss of $2 million.", q2,
		[]want{{text: "$2 million", value: 2e6, unit: "USD", neg: false, metric: "net loss"}}},
	{"prior compared with", "Opex at Quarrytown rose to $14.2 million in Q2 2020, compared to $9.7 million in Q2 2019.", q2,
		[]want{{text: "$14.2 million", value: 14.2e6, unit: "USD", metric: "operating expenses", period: "Q2 2020", kind: Actual},
			{text: "$9.7 million", value: 9.7e6, unit: "USD", metric: "operating expenses", period: "Q2 2019", kind: Prior}}},
	{"prior carry metric from previous sentence", "Gross margin was 31% this quarter. That compared with 28% in the second quarter of 2019.", q2,
		[]want{{text: "31%", value: 31, unit: "%", metric: "gross margin", period: "Q2 2020", kind: Actual},
			{text: "28%", value: 28, unit: "%", metric: "gross margin", period: "Q2 2019", kind: Prior}}},
	{"prior last year", "Operating cash flow had been $3.4 million in the second quarter last year.", q2,
		[]want{{text: "$3.4 million", value: 3.4e6, unit: "USD", metric: "operating cash flow", period: "Q2 2019", kind: Prior}}},
	{"prior a year ago", "Revenue was $12 million, compared with $10 million a year ago.", q2,
		[]want{{text: "$12 million", value: 12e6, unit: "USD", metric: "revenue", period: "Q2 2020", kind: Actual},
			{text: "$10 million", value: 10e6, unit: "USD", metric: "revenue", period: "Q2 2019", kind: Prior}}},
	{"as of date", "We ended with cash and cash equivalents of $58.9 million as of June 30, 2020.", q2,
		[]want{{text: "$58.9 million", value: 58.9e6, unit: "USD", metric: "cash and cash equivalents", period: "Q2 2020", kind: Actual}}},
	{"december date prior", "Cash was $40 million at December 31, 2019.", q2,
		[]want{{text: "$40 million", value: 40e6, unit: "USD", metric: "cash", period: "Q4 2019", kind: Prior}}},
	{"second half", "We expect adjusted EBITDA of $9 million in the second half of 2020.", q2,
		[]want{{text: "$9 million", value: 9e6, unit: "USD", metric: "adjusted ebitda", period: "H2 2020", kind: Guidance}}},
	{"second half ahead on a fourth-quarter call", "We expect adjusted EBITDA of $9 million in the second half.", q4,
		[]want{{text: "$9 million", value: 9e6, unit: "USD", metric: "adjusted ebitda", period: "H2 2022", kind: Guidance}}},
	{"the year's outlook, then its shape in halves", "Turning to our outlook for the fiscal year. We expect volume to recover in the second half. We continue to expect EBITDA of $950 million to $1 billion.", q2,
		[]want{{text: "$950 million to $1 billion", value: 950e6, unit: "USD", metric: "ebitda", period: "FY 2020", kind: Guidance, rng: true, high: 1e9}}},
	{"a half said without its year after the first half ahead: the same year's", "In the first half of 2022 we expect orders to stay soft. We expect them to pick up in the second half. When they do, gross margin should return to about 41%.", q4,
		[]want{{text: "about 41%", value: 41, unit: "%", metric: "gross margin", period: "H2 2022", kind: Guidance}}},
	{"the year's tax rate among a quarter's guidance leaves the quarter's frame", "For the fourth quarter, we expect revenue of $520 million to $530 million. We still expect our full-year tax rate to be about 24% and our full year share count about 80 million. All in, we expect adjusted EPS of $0.41 to $0.44.", Context{Year: 2021, Quarter: 3},
		[]want{{text: "$520 million to $530 million", value: 520e6, unit: "USD", metric: "revenue", period: "Q4 2021", kind: Guidance, rng: true, high: 530e6},
			{text: "about 24%", value: 24, unit: "%", metric: "tax rate", period: "FY 2021", kind: Guidance},
			{text: "about 80 million", value: 80e6, unit: "count", metric: "", period: "FY 2021", kind: Guidance},
			{text: "$0.41 to $0.44", value: 0.41, unit: "USD", metric: "adjusted eps", period: "Q4 2021", kind: Guidance, rng: true, high: 0.44}}},
	{"a verb that passes an amount makes it a floor", "Net revenues surpassed $1.4 billion in the quarter.", q2,
		[]want{{text: "$1.4 billion", value: 1.4e9, unit: "USD", metric: "revenue", period: "Q2 2020", kind: Actual, qual: PassedQualifier}}},
	{"compared with last year's first half: this year's first half", "Our free cash flow increased to $210 million as compared to $120 million in the first half of fiscal 2019.", q2,
		[]want{{text: "$210 million", value: 210e6, unit: "USD", metric: "free cash flow", period: "H1 2020", kind: Actual},
			{text: "$120 million", value: 120e6, unit: "USD", metric: "free cash flow", period: "H1 2019", kind: Prior}}},
	{"next quarter name next year", "For the first quarter, we expect sales of $80 million.", Context{Year: 2020, Quarter: 3},
		[]want{{text: "$80 million", value: 80e6, unit: "USD", metric: "revenue", period: "Q1 2021", kind: Guidance}}},
	{"full year call guidance", "For 2022, Quillon expects free cash flow of about $2.2 billion.", q4,
		[]want{{text: "about $2.2 billion", value: 2.2e9, unit: "USD", metric: "free cash flow", period: "FY 2022", kind: Guidance}}},
	{"change up attached", "Sales reached $44.6 million in the second quarter, up 2.3%.", q2,
		[]want{{text: "$44.6 million", value: 44.6e6, unit: "USD", metric: "revenue", change: "up 2.3%", chg: 2.3},
			{text: "2.3%", value: 2.3, unit: "%", metric: "revenue", period: "Q2 2020", kind: Actual}}},
	{"change said as a percent or an amount, then the level", "Second quarter sales decreased 18.4% or $41.2 million to $182.7 million.", q2,
		[]want{{text: "18.4%", value: 18.4, unit: "%", metric: "revenue"}, {text: "$41.2 million", value: 41.2e6, unit: "USD", metric: "revenue"},
			{text: "$182.7 million", value: 182.7e6, unit: "USD", metric: "revenue", change: "decreased 18.4%", chg: -18.4}}},
	{"change down yoy", "Backlog was $318 million, down 4% year-over-year.", q2,
		[]want{{text: "$318 million", value: 318e6, unit: "USD", metric: "backlog", change: "down 4% year-over-year", chg: -4},
			{text: "4%", value: 4, unit: "%", metric: "backlog"}}},
	{"change noun after", "Tidewell delivered revenues of $8.7 billion, a 12.4 percent increase year-over-year.", q2,
		[]want{{text: "$8.7 billion", value: 8.7e9, unit: "USD", metric: "revenue", change: "12.4 percent increase year-over-year", chg: 12.4},
			{text: "12.4 percent", value: 12.4, unit: "%", metric: "revenue"}}},
	{"change to", "Second-quarter sales at Ambry Tools climbed 8.1 percent to $97.5 million.", q2,
		[]want{{text: "8.1 percent", value: 8.1, unit: "%", metric: "revenue", change: "climbed 8.1 percent", chg: 8.1},
			{text: "$97.5 million", value: 97.5e6, unit: "USD", metric: "revenue", change: "climbed 8.1 percent", chg: 8.1}}},
	{"sequential growth", "Subscriptions increased 15% sequentially.", q2,
		[]want{{text: "15%", value: 15, unit: "%", change: "increased 15% sequentially", chg: 15}}},
	{"revenue share", "Roughly 64% of our revenues came from 40 customers.", q2,
		[]want{{text: "Roughly 64%", value: 64, unit: "%", metric: "revenue share", qual: "roughly"},
			{text: "40 customers", value: 40, unit: "count", noun: "customers"}}},
	{"transaction costs", "Opex includes $2.6 million of transaction costs and $3.9 million stock-based compensation.", q2,
		[]want{{text: "$2.6 million", value: 2.6e6, unit: "USD", metric: "transaction costs"},
			{text: "$3.9 million", value: 3.9e6, unit: "USD", metric: "stock-based compensation"}}},
	{"net proceeds and loans", "The placement brought $47 million in net proceeds, and we signed $22.5 million of loan agreements.", q2,
		[]want{{text: "$47 million", value: 47e6, unit: "USD", metric: "net proceeds"},
			{text: "$22.5 million", value: 22.5e6, unit: "USD", metric: "loans"}}},
	{"interest rate", "The facility carries an interest rate of approximately 2.9%.", q2,
		[]want{{text: "approximately 2.9%", value: 2.9, unit: "%", metric: "interest rate", qual: "approximately"}}},
	{"adjusted eps guidance", "We now see adjusted EPS of $3.35 to $3.55 for the full year.", q2,
		[]want{{text: "$3.35 to $3.55", value: 3.35, unit: "USD", rng: true, high: 3.55, metric: "adjusted eps", period: "FY 2020", kind: Guidance}}},
	{"spelled percent", "Utilization reached seventy five percent.", q2,
		[]want{{text: "seventy five percent", value: 75, unit: "%"}}},
	{"spelled hyphen million dollars", "The settlement was twenty-five million dollars.", q2,
		[]want{{text: "twenty-five million dollars", value: 25e6, unit: "USD"}}},
	{"spelled hundred and", "Capex will be one hundred and fifty million dollars.", q2,
		[]want{{text: "one hundred and fifty million dollars", value: 150e6, unit: "USD", metric: "capital expenditures", kind: Guidance}}},
	{"spelled five percent", "Volumes fell five percent.", q2,
		[]want{{text: "five percent", value: 5, unit: "%", change: "fell five percent", chg: -5}}},
	{"asr percent", "uh net sales came to $412.6 million down 4.9% versus the prior year", Context{Year: 2020},
		[]want{{text: "$412.6 million", value: 412.6e6, unit: "USD", metric: "revenue"}, {text: "4.9%", value: 4.9, unit: "%"}}},
	{"a year that has ended is not guided", "In 2022, we plan to report cash flow excluding Loomis for comparison with 2021 free cash flow was $4.3 billion.", q4,
		[]want{{text: "$4.3 billion", value: 4.3e9, unit: "USD", metric: "free cash flow", period: "FY 2021", kind: Actual}}},
	{"the year before a metric that has not ended is guided", "In 2021, we plan to grow 2021 free cash flow to $4.3 billion.", q3,
		[]want{{text: "$4.3 billion", value: 4.3e9, unit: "USD", metric: "free cash flow", period: "FY 2021", kind: Guidance}}},
	{"an ended year's result keeps its year before a target for the next", "We will reconcile from actual 2021 FFO of $3.54 per share to the midpoint of our FFO guidance for 2022.", q4,
		[]want{{text: "$3.54 per share", value: 3.54, unit: "USD", metric: "ffo per share", period: "FY 2021", kind: Actual, ps: true}}},
	{"a year before notes is when they fall due", "In the fourth quarter, uses expected include the retirement of the 2023 senior notes and capex of $26 million.", q3,
		[]want{{text: "$26 million", value: 26e6, unit: "USD", metric: "capital expenditures", period: "Q4 2021", kind: Guidance}}},
	// not figures
	{"years and fiscal", "In fiscal 2021 and in 2020 we grew.", q2, nil},
	{"dates", "The quarter ended June 30, 2020, and the six months ending June 30, 2020.", q2, nil},
	{"time", "The call starts at 5:00 PM Eastern.", q2, nil},
	{"phone", "Dial 1-800-555-0199 to join.", q2, nil},
	{"forms", "See our Form 10-K, Form 8-K and 10-Q filings.", q2, nil},
	{"covid", "COVID-19 hit our Q2 results and the second quarter.", q2, nil},
	{"a year said with an apostrophe", "We did not guide '22 gross margins, or margins for ’23 and '24.", q2, nil},
	{"durations", "It was the hardest stretch in our 35-year past, with 7-year notes.", q2, nil},
	{"slides pages", "Turn to Slide 18 and Page 5 of section 3.", q2, nil},
	{"ordinals", "1. First, number one priority. 2nd, the third item.", q2, nil},
	{"time words", "It takes 4 to 6 weeks and 2 years and 3 quarters.", q2, nil},
	{"bare numbers", "We have 5 of the largest and 12 in total.", q2, nil},
	{"ages", "The founder, aged 54, retired.", q2, nil},
	{"weight", "We imported 600,000 pounds of grain.", q2, nil},
	{"empty", "", q2, nil},
}

func TestFindTable(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in, tc.ctx)
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
				errs := []string{}
				chk := func(ok bool, field string, g, wv any) {
					if !ok {
						errs = append(errs, field+": got "+toS(g)+", want "+toS(wv))
					}
				}
				chk(f.Text == w.text, "text", f.Text, w.text)
				chk(near(f.Value, w.value), "value", f.Value, w.value)
				chk(f.Unit == w.unit, "unit", f.Unit, w.unit)
				chk(w.metric == "" || f.Metric == w.metric, "metric", f.Metric, w.metric)
				chk(w.period == "" || f.Period == w.period, "period", f.Period, w.period)
				chk(w.kind == "" || f.Kind == w.kind, "kind", f.Kind, w.kind)
				chk(w.qual == "" || f.Qualifier == w.qual, "qualifier", f.Qualifier, w.qual)
				chk(w.noun == "" || f.Noun == w.noun, "noun", f.Noun, w.noun)
				chk(f.Negative == w.neg, "negative", f.Negative, w.neg)
				chk(f.PerShare == w.ps, "per share", f.PerShare, w.ps)
				chk(f.IsRange == w.rng, "range", f.IsRange, w.rng)
				if w.rng {
					chk(near(f.High, w.high) && near(f.Low, w.value), "high", f.High, w.high)
				} else {
					chk(f.Low == f.Value && f.High == f.Value, "low/high", f.High, f.Value)
				}
				if w.change != "" {
					chk(f.Change == w.change, "change", f.Change, w.change)
					chk(near(f.ChangePct, w.chg), "change pct", f.ChangePct, w.chg)
				}
				if len(errs) > 0 {
					t.Errorf("figure %d of %q:\n  %s\n  (%s)", i, tc.in, strings.Join(errs, "\n  "), describe(f))
				}
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func toS(v any) string {
	switch x := v.(type) {
	case string:
		return `"` + x + `"`
	case Kind:
		return string(x)
	case bool:
		if x {
			return "true"
		}
		return "false"
	case float64:
		return strconvF(x)
	}
	return "?"
}

func strconvF(f float64) string { return strconvFormat(f) }

// checkSpan checks the invariants every figure keeps.
func checkSpan(t *testing.T, in string, f Figure) {
	t.Helper()
	if f.Start < 0 || f.End > len(in) || f.Start >= f.End {
		t.Fatalf("span [%d,%d) out of bounds for %d bytes", f.Start, f.End, len(in))
	}
	if in[f.Start:f.End] != f.Text {
		t.Fatalf("Text %q != paragraph[%d:%d] %q", f.Text, f.Start, f.End, in[f.Start:f.End])
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range findCases {
		f.Add(tc.in, tc.ctx.Year, tc.ctx.Quarter)
	}
	f.Add("\xff$\xfe1.5\xc3 million% to -", 2020, 5)
	f.Add("between - and $ to %", -1, -1)
	// Real sentences, when ../shared is there: the seed's paragraphs and
	// the ECTSum sentence files.
	if dir, ok := testshared.Lookup(); ok {
		files, _ := filepath.Glob(filepath.Join(dir, "corpus", "transcripts", "ectsum-sentences", "*.txt"))
		files = append(files, filepath.Join(dir, "seed", "000_037e1c84daa94943.txt"))
		for _, p := range files {
			src, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			for i, line := range strings.Split(string(src), "\n") {
				if i >= 40 {
					break
				}
				f.Add(line, 2020, 2)
			}
		}
	}
	f.Fuzz(func(t *testing.T, in string, year, quarter int) {
		figs := Find(in, Context{Year: year, Quarter: quarter})
		prev := 0
		for _, fg := range figs {
			if fg.Start < prev || fg.End <= fg.Start || fg.End > len(in) {
				t.Fatalf("bad span [%d,%d) after %d in %q", fg.Start, fg.End, prev, in)
			}
			if in[fg.Start:fg.End] != fg.Text {
				t.Fatalf("Text mismatch in %q", in)
			}
			prev = fg.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	var paras []string
	if data, err := os.ReadFile(sharedPath("seed/000_037e1c84daa94943.txt")); err == nil {
		paras = strings.Split(string(data), "\n")
	} else {
		paras = []string{"Total revenue at Brightwater Foods was $31.2 million in the second quarter, up 1.1% from $30.9 million in the second quarter of 2019. For the third quarter, we anticipate revenue of at least $36 million, which would represent at least 15% sequential growth."}
	}
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range paras {
			Find(p, Context{Year: 2020, Quarter: 2})
		}
	}
}

func strconvFormat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
