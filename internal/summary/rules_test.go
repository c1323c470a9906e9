package summary

import (
	"strings"
	"testing"

	"callsite/internal/figures"
	"callsite/internal/transcript"
)

// call is an invented call: the operator's welcome naming the period, then
// the CFO's prepared remarks, one paragraph per line.
func call(period string, lines ...string) string {
	return "Operator\nWelcome to Fernhill Tools' " + period + " Earnings Call.\n" +
		"Dana Pike - Chief Financial Officer\n" + strings.Join(lines, "\n") + "\n"
}

// ruleCases check each rule of the key points on a few invented
// sentences: the bullets that must be there and the ones that must not.
var ruleCases = []struct {
	name string
	src  string
	want []string // each must be a bullet
	not  []string // no bullet may contain any
}{
	{
		name: "an amount the call names as another metric is not revenue",
		src:  call("Fourth Quarter 2025", "We had a strong fourth quarter, including $114 million in closed sales.", "Adjusted EPS rose 1%, and we delivered $114 million in sales."),
		not:  []string{"revenue $114 million", "sales $114 million"},
	},
	{
		name: "revenue said after a part's in its paragraph is the part's",
		src:  call("Second Quarter 2025", "Revenue in the quarter was a record of more than $1.5 billion, an increase of 29%.", "Advisory revenue of $376 million was our third consecutive record. Record revenue of $207 million surpassed our prior quarterly record by 19%."),
		not:  []string{"$207 million"},
	},
	{
		name: "a total said after a part's in its paragraph is the company's",
		src:  call("Second Quarter 2025", "Advisory revenue was $376 million. Total revenue was $1.5 billion, up 29%."),
		want: []string{"Q2 revenue rose 29 percent to $1.5 billion"},
	},
	{
		name: "an amount of another metric equal to revenue's leaves it revenue",
		src:  call("Fourth Quarter 2025", "Revenue was $114 million.", "Our liquidity was $114 million."),
		want: []string{"Q4 revenue $114 million"},
	},
	{
		name: "revenue said a thousandth of its other statement has its unit wrong",
		src:  call("Second Quarter 2025", "For the quarter, our sales were $2.954 million, an increase of 44%.", "Revenue of approximately $3 billion was a record for any quarter."),
		not:  []string{"$2.954 million"},
	},
	{
		name: "revenue below a profit of the period has its unit wrong",
		src:  call("Second Quarter 2025", "Sales for the quarter were $812 thousand.", "Operating income was $94 million, up 20%."),
		not:  []string{"$812 thousand", "sales $812"},
	},
	{
		name: "revenue above its profits and another statement of it in scale stay",
		src:  call("Second Quarter 2025", "For the quarter, our sales were $2.954 billion.", "Revenue of approximately $3 billion was a record for any quarter.", "Operating income was $294 million."),
		want: []string{"Q2 sales $2.954 billion"},
	},
	{
		name: "an FFO range from zero with a scale word is a total, not per share",
		src:  call("Second Quarter 2021", "FFO was $0.30 per share.", "For 2021, we expect FFO of zero to $7 million."),
		not:  []string{"FFO per share $0.00", "7,000,000"},
	},
	{
		name: "a band of a rate is said as the call says it",
		src:  call("Third Quarter 2025", "Revenue was $2.1 billion.", "We expect adjusted EBITDA margin for the year to be in the mid-to-high 9% range."),
		want: []string{"Sees FY 2025 adjusted EBITDA margin in the mid-to-high 9% range"},
		not:  []string{"about 9%"},
	},
	{
		name: "revenue said twice is revenue",
		src:  call("Fourth Quarter 2025", "Revenue was $114 million.", "We delivered $114 million in sales."),
		want: []string{"Q4 revenue $114 million"},
	},
	{
		name: "a change measured against the quarter before, said so at the paragraph's start, is not a year's",
		src:  call("Fourth Quarter 2022", "Let me begin with our fourth quarter results compared to the third quarter of 2022. Total company revenue for the quarter was $2.1 billion, an increase of 9%."),
		want: []string{"Q4 revenue $2.1 billion"},
		not:  []string{"rose 9 percent"},
	},
	{
		name: "a change measured against the quarter before, said so in its sentence, is not a year's",
		src:  call("First Quarter 2021", "On a sequential basis, Fernhill's first quarter revenues increased 22.9% to $182.6 million from $148.6 million in the prior quarter."),
		want: []string{"Q1 revenue $182.6 million"},
		not:  []string{"22.9 percent"},
	},
	{
		name: "a sequential word of another clause leaves the year's change",
		src:  call("Third Quarter 2020", "Total revenue grew 2.3% to $1.9 billion, with core revenue flat, reflecting significant sequential improvement from the prior quarter."),
		want: []string{"Q3 revenue rose 2.3 percent to $1.9 billion"},
	},
	{
		name: "a buyback total since a time before the quarter, over a plan's years or over twelve months is no quarter's",
		src: call("Third Quarter 2021", "Revenue was $640 million.",
			"Since that time, we have repurchased approximately 15.2 million shares, aggregating approximately $1.7 billion.",
			"During our strategic plan of 2016 through 2019, we deployed $513 million in share repurchases.",
			"In the quarter, we repurchased shares, bringing our total share repurchase over the last 12 months to approximately $700 million."),
		want: []string{"Q3 revenue $640 million"},
		not:  []string{"repurchase"},
	},
	{
		name: "a buyback keeps its bound, and one said with other spending is no buyback",
		src: call("Third Quarter 2021", "Revenue was $640 million.",
			"We have reduced net debt since year-end despite approximately $150 million in share repurchases and other strategic investments.",
			"In the quarter, share repurchases were approximately $75 million."),
		want: []string{"Q3 share repurchase of about $75 million"},
		not:  []string{"$150 million"},
	},
	{
		name: "revenue said with its source is a part's",
		src: call("Second Quarter 2020", "Diluted EPS was $0.39.",
			"Highlights of the quarter include the following.",
			"$9.5 million in revenues from interest recoveries and a bargain purchase gain."),
		want: []string{"Q2 earnings per share $0.39"},
		not:  []string{"revenue $9.5 million"},
	},
	{
		name: "a guidance midpoint beside its range is no second outlook",
		src: call("Second Quarter 2021", "Adjusted FFO was $1.20 per share.",
			"We have increased the midpoint of our estimated adjusted funds from operations per share 8.5% to $4.74 this year.",
			"We now anticipate adjusted FFO per share for 2021 to be between $4.69 and $4.79."),
		want: []string{"Sees FY 2021 adjusted FFO per share $4.69 to $4.79"},
		not:  []string{"$4.74"},
	},
	{
		name: "a basis said as an adverbial before the metric holds for its figure",
		src: call("Fourth Quarter 2022", "Revenue was $640 million.",
			"Putting it all together and on an adjusted basis, full year 2023 earnings per fully diluted share, which include the acquisition, are projected to be in the range of $4.10 to $4.30."),
		want: []string{"Sees FY 2023 adjusted earnings per share $4.10 to $4.30"},
		not:  []string{"Sees FY 2023 earnings per share"},
	},
	{
		name: "guidance the sentence says is a unit's is not the company's",
		src: call("Fourth Quarter 2019", "Earnings per share were $0.18 in the quarter.",
			"Turning to 2020 guidance at the utility, and assuming normal weather, we project earnings per share to be between $1.72 and $1.78 per share.",
			"For the consolidated company, we project 2020 earnings per share to be between $2.19 and $2.31 per share."),
		want: []string{"Sees FY 2020 earnings per share $2.19 to $2.31"},
		not:  []string{"$1.72"},
	},
	{
		name: "a negative range keeps its sign on both ends",
		src: call("Fourth Quarter 2022", "Revenue was $64 million.",
			"For adjusted operating margin, we expect negative 31% to 33% in the first quarter."),
		want: []string{"Sees Q1 2023 adjusted operating margin -31% to -33%"},
		not:  []string{"margin 31% to 33%"},
	},
	{
		name: "a target for a plan's third year is no guidance for this year",
		src: call("Second Quarter 2022", "Revenue was $640 million.",
			"With the synergies, the combined company is expected to generate free cash flow of more than $600 million annually by year three.",
			"For the full year, we expect free cash flow of $300 million to $320 million.",
			"Synergies should reach $40 million by year three. For the full year, we expect adjusted EBITDA of $200 million."),
		want: []string{"Sees FY 2022 free cash flow $300 million to $320 million", "Sees FY 2022 adjusted EBITDA $200 million"},
		not:  []string{"$600 million"},
	},
	{
		name: "a ratio keeps the basis it was said on",
		src: call("First Quarter 2022", "Revenue was $640 million.",
			"Adjusted gross margin fell 280 basis points to 38.1% versus a year ago as freight costs rose."),
		want: []string{"Q1 adjusted gross margin 38.1%"},
		not:  []string{"Q1 gross margin 38.1%"},
	},
	{
		name: "the order book a maker leads with is stated, a part's is not",
		src: call("Second Quarter 2023", "Revenue was $410 million.",
			"We closed the quarter with a backlog of $1.35 billion, a record.",
			"In our Marine segment, backlog reached $220 million."),
		want: []string{"Q2 backlog $1.35 billion"},
		not:  []string{"backlog $220 million"},
	},
	{
		name: "a dividend the board declared at the usual rate is stated when no shares were bought back",
		src: call("Second Quarter 2023", "Revenue was $410 million.",
			"Last week our board declared a quarterly dividend of $0.14 per share."),
		want: []string{"Quarterly dividend $0.14 per share"},
	},
	{
		name: "shares bought back come before a dividend declared at the usual rate",
		src: call("Second Quarter 2023", "Revenue was $410 million.",
			"Share repurchases in the quarter totaled $75 million.",
			"Last week our board declared a quarterly dividend of $0.14 per share."),
		want: []string{"Q2 share repurchase $75 million"},
		not:  []string{"dividend"},
	},
	{
		name: "a dividend only mentioned, not declared, is no bullet",
		src: call("Second Quarter 2023", "Revenue was $410 million.",
			"Cash after the quarterly dividend of $0.14 per share was $90 million."),
		not: []string{"dividend"},
	},
	{
		name: "a stance on guidance is a bullet after the guided amounts",
		src: call("Third Quarter 2023", "Revenue was $88 million.",
			"With a strong quarter behind us, we are raising our full-year outlook.",
			"We now expect revenue of $350 million to $360 million for 2023."),
		want: []string{"Sees FY 2023 revenue $350 million to $360 million", "Raises full-year guidance"},
	},
	{
		name: "an insurer's ratio keeps the basis it was said on",
		src: call("First Quarter 2022", "Net written premiums were $3.2 billion.",
			"The underlying combined ratio of 91.4%, which leaves out catastrophes, rose by 1 point."),
		want: []string{"Q1 underlying combined ratio 91.4%"},
		not:  []string{"Q1 combined ratio 91.4%"},
	},
	{
		name: "an outlook amount the call also gives as adjusted is not stated as reported",
		src: call("Fourth Quarter 2021", "Revenue was $3.1 billion. Adjusted earnings per share were $1.02.",
			"All of this brings us to our outlook range of $4.10 to $4.30 per share for 2022.",
			"For 2022 we expect adjusted EPS of $4.10 to $4.30 and revenue of $13 billion to $13.5 billion."),
		want: []string{"Sees FY 2022 adjusted earnings per share $4.10 to $4.30"},
		not:  []string{"Sees FY 2022 earnings per share"},
	},
	{
		name: "next year's guidance is measured against the year's EPS on a fourth-quarter call",
		src: call("Fourth Quarter 2021", "Revenue for fiscal 2021 was $3.1 billion.",
			"Adjusted diluted earnings per share for fiscal 2021 were $3.90.",
			"For fiscal 2022 we expect adjusted diluted earnings per share of $4.10 to $4.30."),
		want: []string{"Sees FY 2022 adjusted earnings per share $4.10 to $4.30"},
	},
	{
		name: "GAAP and adjusted EPS said as the same amount in one paragraph are both stated",
		src: call("Third Quarter 2021", "Revenue was $120.5 million.",
			"Third quarter earnings were $0.34 per diluted share. Adjusted earnings per diluted share were also $0.34."),
		want: []string{"Q3 earnings per share $0.34", "Q3 adjusted earnings per share $0.34"},
	},
	{
		name: "the adjusted amount said again without its basis word is not GAAP EPS",
		src: call("Second Quarter 2021", "Revenue was $120.5 million.",
			"This was a record quarter with earnings per share of $1.29.",
			"Earnings per share, excluding special items, was $1.29."),
		want: []string{"Q2 adjusted earnings per share $1.29"},
		not:  []string{"Q2 earnings per share $1.29"},
	},
	{
		name: "adjusted net income with its per-share amount leaves room for GAAP EPS",
		src: call("Fourth Quarter 2019", "Revenue was $69.1 million.",
			"Fourth-quarter earnings per diluted share was $0.28.",
			"Adjusted net earnings for the fourth quarter were $3.7 million or $0.27 per diluted share."),
		want: []string{"Q4 earnings per share $0.28", "Q4 adjusted earnings per share $0.27; adjusted net income $3.7 million"},
	},
	{
		name: "a change of EPS in percent is not the per-share amount of net income",
		src: call("Second Quarter 2021", "Revenue was $5.4 billion.",
			"Net earnings rose 27% to $297 million and EPS rose 27.9% to $1.79."),
		not: []string{"27.90", "27.9 %", "per share 27"},
	},
	{
		name: "a result said as grown from last year's amount to this year's is no half of a range",
		src: call("First Quarter 2022", "Revenue was $455.2 million.",
			"Compared to the prior year period, adjusted diluted earnings per share were up 206% from $0.17 per share to $0.52 per share."),
		want: []string{"Q1 adjusted earnings per share $0.52"},
	},
	{
		name: "one end of a range the figures did not join is no guidance",
		src: call("Second Quarter 2022", "Revenue was $214 million. GAAP earnings per share were $0.05.",
			"For the third quarter, we expect GAAP EPS to be in the range of negative $0.09 to $0.08."),
		not: []string{"Sees Q3 2022 earnings per share"},
	},
	{
		name: "operating earnings per share are a utility's adjusted EPS, named as said",
		src: call("Second Quarter 2021", "Revenue was $3.4 billion.",
			"Our second-quarter operating earnings were $0.76 per share. GAAP earnings were $0.33 per share.",
			"For the third quarter of 2021, we expect operating earnings to be between $0.95 and $1.10 per share."),
		want: []string{"Q2 earnings per share $0.33", "Q2 operating earnings per share $0.76",
			"Sees Q3 2021 operating earnings per share $0.95 to $1.10"},
	},
	{
		name: "core operating income per share keeps the word core",
		src: call("Second Quarter 2021", "Net premiums written were $9.1 billion.",
			"Core operating income in the quarter was $1.62 billion or $3.62 per share."),
		want: []string{"Q2 core operating earnings per share $3.62"},
	},
	{
		name: "a small quarterly EPS is no yardstick for full-year EPS guidance",
		src: call("First Quarter 2021", "Revenue was $3.5 billion. Adjusted earnings per share were $0.07.",
			"We are maintaining our adjusted earnings per share guidance of between $0.50 and $0.80 for the full year."),
		want: []string{"Sees FY 2021 adjusted earnings per share $0.50 to $0.80"},
	},
	{
		name: "a midpoint said after the range is not the guidance",
		src: call("Second Quarter 2020", "Revenue was $491 million. Earnings per share were $0.21.",
			"For the third quarter, earnings per share are expected to be in the range from $0.26 to $0.30, or a midpoint of $0.28."),
		not: []string{"$0.28"},
	},
	{
		name: "a same-store sales decline is written as down",
		src: call("Second Quarter 2021", "Net sales were $8.7 billion. Earnings per share were $2.69.",
			"Same-store sales declined 4.7% compared to the prior-year period."),
		want: []string{"Q2 same-store sales down 4.7%"},
	},
	{
		name: "a label is stated once: the figure a call would have had is not a second value",
		src: call("First Quarter 2021", "Revenue for the quarter came to $120 million.",
			"Adjusted FFO was roughly $70 million, or $0.31 per diluted share, and without the one-time settlement income of $8 million, adjusted FFO would have been about $0.27 per diluted share."),
		want: []string{"Q1 adjusted FFO per share $0.31"},
		not:  []string{"$0.27"},
	},
	{
		name: "a REIT's AFFO per share and its guidance",
		src: call("First Quarter 2021", "Revenue was $552 million.",
			"We reported first-quarter AFFO of $0.60 per diluted share.",
			"We expect full-year 2021 AFFO to be in a range of $2.23 to $2.31 per diluted share."),
		want: []string{"Q1 AFFO per share $0.60", "Sees FY 2021 AFFO per share $2.23 to $2.31"},
	},
	{
		name: "guidance without a period takes the period of the guidance said just before it",
		src: call("First Quarter 2022", "Revenue was $787 million. Non-GAAP EPS was $3.24.",
			"Moving to our guidance for fiscal 2022.",
			"We have updated our numbers for the strong start and for new currency rates.",
			"We now expect revenue of $3.261 billion to $3.329 billion.",
			"We are raising prices to offset currency headwinds.",
			"Non-GAAP EPS is expected to be in the range of $13.70 to $14.20."),
		want: []string{"Sees FY 2022 revenue $3.261 billion to $3.329 billion", "Sees FY 2022 non-GAAP earnings per share $13.70 to $14.20"},
	},
	{
		name: "revenue whose clause names only revenue is stated when it is the largest said",
		src: call("Third Quarter 2021", "The company closed the third quarter with net sales of $812.4 million.",
			"Earnings per share were $0.61."),
		want: []string{"Q3 sales $812.4 million"},
	},
	{
		name: "a change then the level it reached is no range",
		src: call("First Quarter 2021", "Consolidated revenue in the first quarter increased $12.6 million to $96.3 million.",
			"Earnings per share were $0.18."),
		want: []string{"Q1 revenue $96.3 million"},
		not:  []string{"$12.6 million to"},
	},
	{
		name: "revenue said of a named part, or smaller than another said, is no company revenue",
		src: call("Third Quarter 2021", "Sales for Harbor Instruments in the quarter were $310.2 million, up 4%.",
			"Overall, the company closed the quarter with net sales of $512.7 million after Harbor delivered $610.5 million of revenue in a record quarter.",
			"Revenue from our flood cleanup work totaled $640.2 million in the quarter.",
			"Earnings per share were $0.61."),
		not: []string{"Q3 revenue", "Q3 sales"},
	},
	{
		name: "an earnings total said without a scale word is a per-share amount",
		src: call("First Quarter 2021", "Revenue was $152.5 million.",
			"Net income for the quarter was $0.41, compared with $0.35 a year ago.",
			"Net income was about $0.39 on a recurring basis."),
		want: []string{"Q1 earnings per share $0.41"},
		not:  []string{"net income $0.41", "$0.39"},
	},
	{
		name: "an outlook said again keeps the period it was given with",
		src: call("Third Quarter 2021", "Revenue was $112.3 million. FFO was $0.61 per share.",
			"Now to our updated 2021 FFO outlook of $2.10 to $2.20 per share.",
			"Fourth quarter dispositions will be dilutive by $0.01 per share.",
			"We continue to expect FFO of $2.10 to $2.20 per share."),
		want: []string{"Sees FY 2021 FFO per share $2.10 to $2.20"},
		not:  []string{"Sees Q4 2021"},
	},
	{
		name: "revenue guidance said only as growth is stated as growth, with its direction",
		src: call("Second Quarter 2021", "Revenue was $412.3 million. Earnings per share were $0.61.",
			"For the full year, we now expect total sales to grow in the range of 6% to 8%.",
			"For the third quarter, we expect net sales to decline approximately 2%."),
		want: []string{"Sees FY 2021 revenue up 6% to 8%", "Sees Q3 2021 revenue down about 2%"},
	},
	{
		name: "growth of a part, of another metric, sequential or against an older year is not revenue growth",
		src: call("Second Quarter 2021", "Revenue was $412.3 million. Earnings per share were $0.61.",
			"For the full year, we expect organic revenue growth of 4% to 5%.",
			"We expect aftermarket revenue to grow 10% to 12% in the third quarter.",
			"In the fourth quarter we expect revenue to be up 3% sequentially.",
			"For 2022 we expect revenue to be down 10% to 15% compared with 2019.",
			"We expect sales of our new pumps to grow to around 15% of total units.",
			"Starting with Harbor; in the fourth quarter, we expect revenue to increase 20% to 25%."),
		not: []string{"revenue up", "revenue down"},
	},
	{
		name: "revenue growth is stated for a period whose revenue the call guides in no amount, beside other guidance",
		src: call("Third Quarter 2021", "Revenue was $268.4 million. Earnings per share were $0.44.",
			"For the full year, we expect earnings per share of $1.70 to $1.80.",
			"For the full year, we now expect revenue to grow 9% to 11%."),
		want: []string{"Sees FY 2021 earnings per share $1.70 to $1.80", "Sees FY 2021 revenue up 9% to 11%"},
	},
	{
		name: "growth said on another basis after it is not the reported growth",
		src: call("Third Quarter 2021", "Revenue was $268.4 million. Earnings per share were $0.44.",
			"For the full year, we now expect revenue to grow 9% to 11% excluding the divested kiln business.",
			"For the fourth quarter, we expect sales to increase 4% to 6% in constant currency."),
		not: []string{"revenue up"},
	},
	{
		name: "a year's revenue guidance below what the quarter already says is not the outlook",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Net sales grew 6% in the quarter, and North American revenue was $612.5 million.",
			"For 2021, we now expect revenue of $40 million to $55 million."),
		not: []string{"Sees FY 2021 revenue $40"},
	},
	{
		name: "a quarter's revenue said only as its change is stated as the change",
		src: call("Second Quarter 2021", "Net sales grew 11% compared to the second quarter of last year.",
			"Earnings per share were $0.52."),
		want: []string{"Q2 sales rose 11 percent", "Q2 earnings per share $0.52"},
	},
	{
		name: "a second statement on another basis after the change leaves the reported change",
		src: call("Third Quarter 2021", "Net sales increased 7.5%, and organic sales increased 4%.",
			"Earnings per share were $0.52."),
		want: []string{"Q3 sales rose 7.5 percent"},
	},
	{
		name: "a fall in revenue is stated with its direction",
		src: call("Second Quarter 2021", "Revenue declined 4% versus the prior year, as our distributors cut inventories.",
			"Earnings per share were $0.52."),
		want: []string{"Q2 revenue fell 4 percent"},
	},
	{
		name: "a change of a part, sequential, or on another basis is no change of revenue",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"Aftermarket revenue grew 6% from a year ago.",
			"Revenue was up 3% sequentially.",
			"On a sequential basis, sales increased by 8%.",
			"Net sales grew 5% when excluding the sales of businesses we sold."),
		not: []string{"rose", "fell"},
	},
	{
		name: "revenue changed by the company itself is the company's, changed by something else is not",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"Second, our acquisitions increased revenues by 7%, offset by the sale of the valve business."),
		not: []string{"rose 7 percent"},
	},
	{
		name: "we and a verb of change name the company's revenue",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"We grew net sales by 12% compared to last year."),
		want: []string{"Q2 sales rose 12 percent"},
	},
	{
		name: "the company's own name before revenue is the whole company, its name with a region is a part",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"Sales for Fernhill Europe declined by 10.3% in the quarter compared to the year-ago quarter."),
		not: []string{"fell 10.3 percent"},
	},
	{
		name: "a change said against the quarter before is not the wire's year-over-year change",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"For the quarter, the bank generated record net revenue of $548.5 million, up 8.3% quarter-over-quarter."),
		not: []string{"rose 8.3 percent", "up 8.3%"},
	},
	{
		name: "revenue of a part or per unit, growth from flat, and growth against an older year said late are no change of revenue",
		src: call("Fourth Quarter 2021", "Earnings per share were $0.52.",
			"Revenue in aviation grew 6% year-over-year, against a hard comparison.",
			"Revenue per customer grew by 30%.",
			"Fernhill grew fourth-quarter revenues 22.5% year over year, and 31.2% on a constant currency basis, compared to our fiscal 2019 fourth quarter.",
			"For 2022, we continue to expect sales growth in the range of flat to plus 4%."),
		not: []string{"rose", "fell", "revenue up"},
	},
	{
		name: "an older year said after a semicolon is another item's base",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"For the full year, we now expect net sales growth of 3% to 5%; and EPS growth of 20% compared to 2019 EPS."),
		want: []string{"Sees FY 2021 revenue up 3% to 5%"},
	},
	{
		name: "a second mention of revenue qualified as a part's, and a growth said as low, mid or high, are no change of revenue",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"Second quarter reported revenues were up 9% with aftermarket revenues up 4%.",
			"For the fourth quarter, we anticipate that overall sales will be up in the low 20% range versus last year."),
		want: []string{"Q2 revenue rose 9 percent"},
		not:  []string{"rose 4 percent", "revenue up 20%"},
	},
	{
		name: "growth on a non-GAAP basis or of a half is not the reported growth of the period",
		src: call("Fourth Quarter 2021", "Earnings per share were $0.52.",
			"Fourth quarter sales increased 25% year-over-year on a non-GAAP basis.",
			"In 2021 sales increased 13% year-over-year in the first half and declined 16% in the back half."),
		not: []string{"rose", "fell", "revenue up", "revenue down"},
	},
	{
		name: "another metric's basis or the halves said after revenue growth leave the year's growth",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"We expect Q3 sales to be up 10% to 11% with non-GAAP EPS between $0.60 and $0.64 per share.",
			"We now anticipate fiscal year sales to grow between 6% to 8%, reflecting our first half results and higher expectations for the back half."),
		want: []string{"Sees Q3 2021 revenue up 10% to 11%", "Sees FY 2021 revenue up 6% to 8%"},
	},
	{
		name: "revenue in the quarter is the company's",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"Revenue in the second quarter increased 9% over the prior year."),
		want: []string{"Q2 revenue rose 9 percent"},
	},
	{
		name: "a ratio to revenue, a level a change reached and a change from the linked quarter are no change of revenue",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"Selling expense as a percent of net sales decreased 200 basis points to 18.5% for the quarter.",
			"Total revenues were down 0.8% from the linked quarter, on lower fee income."),
		not: []string{"rose", "fell"},
	},
	{
		name: "a revenue level, when said, is stated rather than a bare change",
		src: call("Second Quarter 2021", "Net sales grew 11% in the quarter.",
			"Net sales were $412.3 million. Earnings per share were $0.52."),
		want: []string{"Q2 sales $412.3 million"},
		not:  []string{"rose 11 percent"},
	},
	{
		name: "growth is not stated for a period whose revenue the call guides in amounts",
		src: call("Second Quarter 2021", "Revenue was $412.3 million. Earnings per share were $0.61.",
			"For the full year, we expect revenue of $1.70 billion to $1.75 billion, growth of 6% to 8%.",
			"For the third quarter, we expect earnings per share of $0.62 to $0.66 and sales to grow 5% to 7%."),
		want: []string{"Sees FY 2021 revenue $1.70 billion to $1.75 billion", "Sees Q3 2021 earnings per share $0.62 to $0.66"},
		not:  []string{"revenue up"},
	},
	{
		name: "a change from a year before said after the revenue level goes with it",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Total revenues were $318.4 million, an increase of $21.2 million or 7.1% over the third quarter of last year."),
		want: []string{"Q3 revenue rose 7.1 percent to $318.4 million"},
	},
	{
		name: "a list of amounts led by a unit's contributions is the unit's, a reason before a comma is not the list's head",
		src: call("Fourth Quarter 2021", "Revenue was $41.2 billion. Adjusted earnings per share were $0.78.",
			"We expect the media unit's full year contributions to be revenues in the $13 billion to $14 billion range, EBITDA in the $2 billion to $3 billion range.",
			"As a result of our performance and the contribution from one-time items, we are raising our adjusted earnings per share guidance to $3.10 to $3.20."),
		want: []string{"Sees FY 2022 adjusted earnings per share $3.10 to $3.20"},
		not:  []string{"EBITDA", "$13 billion"},
	},
	{
		name: "two changes paired by respectively give the level alone",
		src: call("First Quarter 2020", "Earnings per share were $0.52.",
			"Adjusted EBITDA was $155 million in the first quarter, an increase of 17% and 145% from the fourth quarter of 2019 and the first quarter of 2019, respectively."),
		want: []string{"Q1 adjusted EBITDA $155 million"},
		not:  []string{"up 17%", "rose 17"},
	},
	{
		name: "a third-quarter call's year is not over: no full-year headline",
		src:  call("Third Quarter 2021", "Total revenue for the full year 2021 is on track to grow 7%, and we finished the nine months with revenue up 7%."),
		not:  []string{"FY 2021 revenue"},
	},
	{
		name: "a call that gives no outlook has no guidance whose period only inference gives",
		src: call("First Quarter 2021", "Revenue was $310.3 million. Earnings per share were $0.12.",
			"As our release states, we are not providing financial guidance at this time.",
			"Over time, we expect to achieve mid-teens operating margins, with sales of approximately $1.8 billion to $1.9 billion."),
		want: []string{"Not providing financial guidance"},
		not:  []string{"Sees"},
	},
	{
		name: "guidance for the year said with its period stands beside no outlook for the next",
		src: call("Third Quarter 2021", "Revenue was $310.3 million. Earnings per share were $0.42.",
			"For fiscal 2021, we now expect earnings per share of $1.60 to $1.70.",
			"We are not providing fiscal 2022 guidance at this time."),
		want: []string{"Sees FY 2021 earnings per share $1.60 to $1.70"},
	},
	{
		name: "a REIT's signed-not-open backlog is rent to come, not an order book",
		src: call("First Quarter 2021", "Operating FFO per share was $0.19.",
			"We ended the first quarter with a signed not open backlog of $3.3 million."),
		not: []string{"backlog"},
	},
	{
		name: "a share of the backlog said after the amount is not the backlog",
		src: call("Second Quarter 2021", "Revenue was $3.4 billion. Earnings per share were $0.32.",
			"At the end of the quarter, our backlog contained $1.2 billion in projects that are in a loss position."),
		not: []string{"backlog"},
	},
	{
		name: "a change said loosely keeps its qualifier",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Revenue for the quarter was $412.6 million, an increase of almost 9% over the same period last year."),
		want: []string{"Q3 revenue rose almost 9 percent to $412.6 million"},
	},
	{
		name: "revenue said only as a loose change is never stated as exact",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"We grew net sales by nearly 12% compared to last year."),
		not: []string{"rose 12 percent"},
	},
	{
		name: "an outlook said as nearly an amount keeps the word",
		src: call("Second Quarter 2021", "Revenue was $3.4 billion. Earnings per share were $0.32.",
			"For the full year, we expect to generate nearly $250 million of free cash flow."),
		want: []string{"Sees FY 2021 free cash flow of nearly $250 million"},
	},
	{
		name: "an outlook said as just shy of an amount is nearly it",
		src: call("Second Quarter 2021", "Revenue was $3.4 billion. Earnings per share were $0.32.",
			"For the full year, we expect to generate just shy of $250 million of free cash flow."),
		want: []string{"Sees FY 2021 free cash flow of nearly $250 million"},
	},
	{
		name: "a change said as about a number is said as about it",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Revenue for the quarter was $412.6 million, up approximately 9% from a year ago."),
		want: []string{"Q3 revenue rose about 9 percent to $412.6 million"},
	},
	{
		name: "last year's amount may sit between the level and its change, and a fall is said as one",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Net sales were $95.6 million compared to $101.7 million in the prior-year quarter, a decrease of 6%."),
		want: []string{"Q3 sales fell 6 percent to $95.6 million"},
	},
	{
		name: "last year's amount said 'compared with', and a change 'and were up' by, go with the level",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Revenues were $212.4 million compared with $207.2 million for the third quarter of 2020, an increase of 2.5%."),
		want: []string{"Q3 revenue rose 2.5 percent to $212.4 million"},
	},
	{
		name: "a change 'and were up' by goes with the level",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Total revenues for the third quarter were approximately $512 million and were up approximately $61 million or 13.5% over the prior year quarter."),
		want: []string{"Q3 revenue rose 13.5 percent to about $512 million"},
	},
	{
		name: "another subject after 'and' keeps its change",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Total revenues were $512 million and service revenues were up 13.5% over the prior year quarter."),
		want: []string{"Q3 revenue $512 million"},
		not:  []string{"rose"},
	},
	{
		name: "a change in a relative clause of another noun keeps its change",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Revenues of $512 million were above our outlook, led by strength in our medical sector, which grew 24% year-over-year."),
		want: []string{"Q3 revenue $512 million"},
		not:  []string{"rose"},
	},
	{
		name: "a change said just before the level it reached goes with it",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"Net sales were up 14% year-over-year to a record $2.7 billion."),
		want: []string{"Q2 sales rose 14 percent to $2.7 billion"},
	},
	{
		name: "a change against the last quarter or on another basis after the level is not its change",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"Revenue was $318.4 million, up 4.2% from the prior quarter.",
			"Revenue of $318.4 million grew 9% excluding the divested brands.",
			"Revenue reached $318.4 million, an increase of 6% from the second quarter.",
			"On a linked-quarter basis, total revenue reached $318.4 million, an increase of $9 million or 2.9%.",
			"We reported revenues of $318.4 million, which was down 3% from the second quarter and up 8% on a constant currency basis."),
		want: []string{"Q3 revenue $318.4 million"},
		not:  []string{"rose", "fell"},
	},
	{
		name: "an amount named as the company's revenue by the words after it is its revenue",
		src: call("Fourth Quarter 2021", "Earnings per share were $0.05.",
			"We delivered $512.3 million of total revenue, $88.1 million of adjusted EBITDA and $40 million of free cash flow."),
		want: []string{"Q4 revenue $512.3 million"},
	},
	{
		name: "revenue named after an amount with a source or segment is a part's",
		src: call("Fourth Quarter 2021", "Earnings per share were $0.05.",
			"We delivered $61.4 million of total revenue from our harbor segment, $9.2 million of adjusted EBITDA and $3 million of free cash flow."),
		not: []string{"revenue $61.4"},
	},
	{
		name: "an amount of sales said with another period or without a verb of results is not the quarter's revenue",
		src: call("Third Quarter 2021", "Earnings per share were $0.05.",
			"We delivered $702.5 million of total sales through the third quarter, $90.2 million of adjusted EBITDA and $30 million of free cash flow.",
			"We completed $155 million of sales, $20.5 million of adjusted EBITDA and $4 million of free cash flow."),
		not: []string{"revenue $702.5", "sales $702.5", "revenue $155", "sales $155"},
	},
	{
		name: "net income gets the per-share amount said with it in another statement of the same amount",
		src: call("Fourth Quarter 2021",
			"In the fourth quarter, we returned to a $14.6 million net income on better margins.",
			"For the fourth quarter we recorded net income of $14.6 million, or $0.37 per diluted share."),
		want: []string{"Q4 earnings per share $0.37; net income $14.6 million"},
	},
	{
		name: "the change of revenue said in the next sentence goes with its level",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"In the quarter, revenue was $804.2 million. Revenue grew 12.5% over the prior year on higher volumes."),
		want: []string{"Q2 revenue rose 12.5 percent to $804.2 million"},
	},
	{
		name: "the change in the next sentence may say its year after it",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"In the second quarter, revenue was $804.2 million, above our outlook. Revenue on a reported basis was up $60 million or 8.1% year-over-year, including acquisitions."),
		want: []string{"Q2 revenue rose 8.1 percent to $804.2 million"},
	},
	{
		name: "a change of revenue two sentences on or in another paragraph stays apart",
		src: call("Second Quarter 2021", "Earnings per share were $0.52.",
			"In the quarter, revenue was $804.2 million. Volumes were strong. Revenue grew 12.5% over the prior year.",
			"Revenue came to $804.2 million. Compared to the first quarter of 2021, our revenue increased 4.4%.",
			"Revenue grew 9% in the quarter compared to last year."),
		want: []string{"Q2 revenue $804.2 million"},
	},
	{
		name: "an amount said in all its digits is written as said, not rounded",
		src: call("Third Quarter 2021", "Earnings per share were $0.52.",
			"The company closed the quarter with record sales of $2,818,000,000."),
		want: []string{"Q3 sales $2,818,000,000"},
	},
	{
		name: "an earnings total with its per-share amount right after it is net income, on the basis said",
		src: call("Fourth Quarter 2021",
			"We reported a $41 million profit in the fourth quarter or $0.27 per diluted share. And excluding special items, we reported a $52 million profit or $0.35 per diluted share."),
		want: []string{"Q4 earnings per share $0.27; net income $41 million", "Q4 adjusted earnings per share $0.35; adjusted net income $52 million"},
	},
	{
		name: "an earnings total of a part or after another metric is not the company's net income",
		src: call("Fourth Quarter 2021",
			"Our Harbor division reported a $41 million profit in the fourth quarter or $0.27 per diluted share.",
			"Operating income was up, and we earned $52 million or $0.35 per diluted share on it.",
			"In terms of adjusted operating income, we earned $61 million or $0.44 per share."),
		not: []string{"net income $41 million", "net income $52 million", "net income $61 million"},
	},
	{
		name: "earnings per share named right before the amount is the call's, on the basis its words say",
		src: call("Third Quarter 2021",
			"We generated operating earnings per share of $0.72 in the quarter, down $0.07 from a year ago.",
			"Last night we reported FFO per share of $0.41 and net income attributable to common stockholders per share of $0.09."),
		want: []string{"Q3 operating earnings per share $0.72", "Q3 earnings per share $0.09"},
		not:  []string{"$0.07"},
	},
	{
		name: "a revenue said in an answer that is a part of one the prepared remarks said is not the company's",
		src: call("First Quarter 2021", "The defense business brought in over $12 billion of sales in the quarter.") +
			"Question-and-Answer Session\nOperator\nOur next question comes from Lee Park with Fjord Securities.\n" +
			"Lee Park - Fjord Securities\nCan you give us the radio numbers?\nDana Pike - Chief Financial Officer\n" +
			"Sure. Orders were up $310 million. Sales $405 million. Of the sales, international was $120 million.\n",
		not: []string{"$405 million"},
	},
	{
		name: "a share of the backlog is not the backlog",
		src: call("Second Quarter 2021", "Revenue was $310 million.",
			"Our total backlog realizable under one year was approximately $151 million at the end of the quarter."),
		not: []string{"$151 million"},
	},
	{
		name: "a result or an outlook said in answer to an analyst is no key point",
		src: call("First Quarter 2021", "Revenue was $310 million.") +
			"Question-and-Answer Session\nOperator\nOur next question comes from Lee Park with Fjord Securities.\n" +
			"Lee Park - Fjord Securities\nHow big is the services backlog now?\nDana Pike - Chief Financial Officer\n" +
			"Backlog was $85 million at the end of the quarter. Earnings per share was about $0.02 from the tax refund.\n" +
			"Lee Park - Fjord Securities\nAnd next year?\nDana Pike - Chief Financial Officer\n" +
			"For next year we expect revenue of $1.5 billion to $1.7 billion over the next five years.\n",
		not: []string{"$85 million", "$0.02", "$1.5 billion"},
	},
	{
		name: "operating earnings per share equal to the GAAP amount is stated as well",
		src: call("Third Quarter 2021",
			"Revenue was $310 million.",
			"We reported net income of $88 million or $0.52 per share for the third quarter, and adjusted diluted net operating income per share was also $0.52."),
		want: []string{"Q3 earnings per share $0.52; net income $88 million", "Q3 adjusted operating earnings per share $0.52"},
	},
	{
		name: "earnings per share of another period or of a part is not the call's",
		src: call("Third Quarter 2021",
			"Revenue was $410 million.",
			"Earnings per share in the prior year quarter were $0.52.",
			"Our Harbor segment's operating earnings per share were $0.31."),
		not: []string{"$0.52", "$0.31"},
	},
	{
		name: "a dividend raised from one rate to another states the new rate, not a range",
		src: call("Third Quarter 2021", "Revenue was $410 million.",
			"The board raised the quarterly dividend on our common shares from $0.25 to $0.28 per share."),
		want: []string{"Raises quarterly dividend to $0.28 per share from $0.25"},
		not:  []string{"$0.25 to $0.28"},
	},
	{
		name: "a buyback program's size or the total cash returned is not the shares bought",
		src: call("Third Quarter 2021", "Revenue was $410 million.",
			"We have now used $31 million of the $90 million share repurchase program approved last year.",
			"In all we returned $140 million to shareholders in the quarter, through share repurchases and dividends.",
			"During the quarter we completed $95 million in share repurchases."),
		want: []string{"Q3 share repurchase $95 million"},
		not:  []string{"repurchase $90 million", "repurchase $140 million"},
	},
	{
		name: "sales growth guidance followed by another measure's growth is stated; one said of a half is not",
		src: call("Second Quarter 2021", "Revenue was $410 million, up 9% from a year ago.",
			"For the full year, we now expect total sales to be up about 14% and organic sales up about 8% over last year.",
			"For the third quarter, we expect sales to be down 3% to 5%, reflecting softer demand in Europe in the back half of the year.",
			"Next year we expect total sales growth to exceed 6%."),
		want: []string{"Sees FY 2021 revenue up about 14%", "Sees Q3 2021 revenue down 3% to 5%", "Sees FY 2022 revenue up more than 6%"},
		not:  []string{"revenue up about 8%"},
	},
	{
		name: "per-share guidance is the company's unless a part is named with the metric",
		src: call("Third Quarter 2021", "Revenue was $410 million. Adjusted EPS was $1.40.",
			"Given the strength in our underlying business, we are raising our full-year adjusted EPS guidance to $5.40 to $5.45.",
			"We have earned most of our 2021 pipeline EPS guidance, which we now raise to $1.26 to $1.28."),
		want: []string{"Sees FY 2021 adjusted earnings per share $5.40 to $5.45"},
		not:  []string{"$1.26"},
	},
	{
		name: "operating earnings per share said on an adjusted basis keeps both words",
		src: call("Fourth Quarter 2021", "Revenue was $410 million.",
			"Per share adjusted operating income for the quarter came to $0.90."),
		want: []string{"Q4 adjusted operating earnings per share $0.90"},
	},
	{
		name: "revenue's change from a year before said after its change from the last quarter",
		src: call("Third Quarter 2020",
			"For the third quarter, total revenues were $41.2 million, which was down 3% from the second quarter and 12% year-over-year."),
		want: []string{"Q3 revenue fell 12 percent to $41.2 million"},
	},
	{
		name: "a change, its year-ago base, then the level it reached",
		src:  call("Third Quarter 2021", "Third quarter revenue was up 29% compared to the third quarter of 2020 to a record $215 million."),
		want: []string{"Q3 revenue rose 29 percent to $215 million"},
	},
	{
		name: "a change against the quarter before, then the level, is not the year's change",
		src:  call("Third Quarter 2021", "Third quarter revenue was up 9% compared to the second quarter of 2021 to $215 million."),
		want: []string{"Q3 revenue $215 million"},
	},
	{
		name: "a change said in money takes the percent said elsewhere that the amounts agree with",
		src: call("Third Quarter 2021",
			"Net sales were up 40% in the quarter.",
			"Consolidated sales reached $268 million, up $77 million from last year's comparable quarter."),
		want: []string{"Q3 sales rose 40 percent to $268 million"},
	},
	{
		name: "a change said in money before the level it reached takes the percent said elsewhere",
		src: call("Third Quarter 2021",
			"Revenue grew 16% this quarter.",
			"Consolidated revenue increased $52 million year over year to $374 million."),
		want: []string{"Q3 revenue rose 16 percent to $374 million"},
	},
	{
		name: "a change said as a whole percent gives way to the same change said more precisely",
		src: call("Fourth Quarter 2021",
			"We reported 15.6% higher revenues on growth in every segment.",
			"Consolidated sales for the quarter were $2.06 billion, a 16% increase over the prior year."),
		want: []string{"Q4 sales rose 15.6 percent to $2.06 billion"},
	},
	{
		name: "a more precise change that does not agree, or is a part's, is not taken",
		src: call("Fourth Quarter 2021",
			"We reported 12.4% higher revenues in our Marine segment.",
			"Consolidated sales for the quarter were $2.06 billion, a 16% increase over the prior year."),
		want: []string{"Q4 sales rose 16 percent to $2.06 billion"},
	},
	{
		name: "a percent the amounts do not agree with is not the change",
		src: call("Third Quarter 2021",
			"Net sales were up 12% in the quarter.",
			"Consolidated sales reached $268 million, up $77 million from last year's comparable quarter."),
		want: []string{"Q3 sales $268 million"},
	},
	{
		name: "revenue 'ahead of last year' by a percent rose by it",
		src:  call("Second Quarter 2021", "Total revenue of $2.4 billion was 31% ahead of last year as stores reopened."),
		want: []string{"Q2 revenue rose 31 percent to $2.4 billion"},
		not:  []string{"3 percent"},
	},
	{
		name: "a result said as a bound is no headline",
		src:  call("Second Quarter 2023", "Revenue was $410 million.", "Our total backlog remains above $1.35 billion, a record."),
		not:  []string{"backlog"},
	},
	{
		name: "a result a verb says was passed is a bound, no headline",
		src:  call("Fourth Quarter 2023", "Net revenues surpassed $1.4 billion, our best quarter yet."),
		not:  []string{"revenue $1.4 billion"},
	},
	{
		name: "guidance a verb says will be passed keeps the bound",
		src:  call("First Quarter 2022", "Revenue was $180 million.", "For the full fiscal year, we expect sales to surpass $760 million."),
		want: []string{"Sees FY 2022 revenue above $760 million"},
	},
	{
		name: "a result 'up to' an amount rose to it",
		src:  call("Second Quarter 2023", "Revenue was $410 million.", "In the second quarter, earnings per share rose 39%, up to $0.92 per share, compared with $0.66 a year ago."),
		want: []string{"Q2 earnings per share $0.92"},
	},
	{
		name: "a change against the quarter before, named, is no year's",
		src:  call("Second Quarter 2021", "Turning to slide 10; we delivered Q2 revenues of $234.9 million, 2.5% higher than Q1."),
		want: []string{"Q2 revenue $234.9 million"},
		not:  []string{"2.5"},
	},
	{
		name: "a quarter's reading of an amount the call gives as the year's is the year's",
		src: call("Fourth Quarter 2019", "We beat the midpoint of our guidance again, delivering ongoing earnings of $2.45 per share.",
			"For the full year 2019, ongoing earnings were $2.45 per share."),
		not: []string{"Q4 ongoing earnings per share $2.45"},
	},
	{
		name: "revenue from a source rising is that source's, not the company's",
		src:  call("Second Quarter 2021", "We see early traction with our cloud services, with revenue from these services up 4% year-over-year."),
		not:  []string{"revenue rose"},
	},
	{
		name: "a lead result said again without its basis is the based one",
		src: call("Third Quarter 2021", "We delivered $0.73 of normalized FFO per share, in the upper half of our range.",
			"The fourth quarter FFO midpoint of $0.69 can be bridged from Q3 of $0.73 by tenant fees and other items."),
		want: []string{"Q3 normalized FFO per share $0.73"},
		not:  []string{"Q3 FFO per share $0.73"},
	},
	{
		name: "guidance said as a floor keeps it, whatever the word",
		src:  call("Third Quarter 2021", "Revenue was $410 million.", "For the full year, we now expect free cash flow exceeding $300 million."),
		want: []string{"Sees FY 2021 free cash flow above $300 million"},
	},
	{
		name: "a result said as about keeps the word",
		src:  call("Second Quarter 2023", "Revenue was $410 million.", "We closed the quarter with a backlog of approximately $1.352 billion, a record."),
		want: []string{"Q2 backlog of about $1.352 billion"},
	},
	{
		name: "revenue said as about keeps the word",
		src:  call("Third Quarter 2021", "For the quarter, we generated approximately $1.4 billion in consolidated revenue."),
		want: []string{"Q3 revenue of about $1.4 billion"},
	},
	{
		name: "revenue said as about keeps the word after its change",
		src:  call("Third Quarter 2021", "Revenue rose 9% to approximately $2.8 billion."),
		want: []string{"Q3 revenue rose 9 percent to about $2.8 billion"},
	},
	{
		name: "buybacks a company plans are not shares it bought",
		src: call("Third Quarter 2021", "Revenue was $410 million.",
			"We now expect share repurchases to be between $375 million and $425 million for the year."),
		not: []string{"repurchase"},
	},
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			tr := parse(t, "rules.txt", tc.src)
			got := texts(Summarize(tr))
			all := strings.Join(got, "\n")
			for _, w := range tc.want {
				found := false
				for _, b := range got {
					found = found || b == w
				}
				if !found {
					t.Errorf("no bullet %q in:\n%s", w, all)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(all, n) {
					t.Errorf("a bullet says %q:\n%s", n, all)
				}
			}
		})
	}
}

// TestGuidanceGuards: the small checks that keep a statement out of the
// guidance bullets.
func TestGuidanceGuards(t *testing.T) {
	for _, c := range []struct {
		post string
		beat bool
	}{
		{" was above the top end of our revised q3 guidance.", true},
		{" were in line with our outlook.", true},
		{", which exceeded our expectations.", true},
		{" for the full year, above our prior guidance of $2.", false},
		{" for fiscal 2022.", false},
	} {
		if got := beatGuidance(&cand{post: c.post}); got != c.beat {
			t.Errorf("beatGuidance(%q) = %v", c.post, got)
		}
	}
	for _, c := range []struct {
		pre    string
		change bool
	}{
		{"despite net investment income declining ", true},
		{"operating earnings per share grew by ", true},
		{"our operating earnings were ", false},
	} {
		if got := changeWord(c.pre); got != c.change {
			t.Errorf("changeWord(%q) = %v", c.pre, got)
		}
	}
	p := &transcript.Paragraph{ID: "pr1p1"}
	rng := &cand{para: p, f: figures.Figure{IsRange: true, Low: 1.37, High: 1.45, Value: 1.37}}
	one := &cand{para: p, f: figures.Figure{Low: 0.01, High: 0.01, Value: 0.01}}
	s := &summarizer{used: map[string]bool{}}
	if got := s.bestGuidance([]*cand{rng, one}); got != rng {
		t.Errorf("a bare amount after a range in one paragraph replaced the range")
	}
	later := &cand{para: p, f: figures.Figure{IsRange: true, Low: 1.40, High: 1.50, Value: 1.40}}
	if got := s.bestGuidance([]*cand{rng, later}); got != later {
		t.Errorf("a range said later in the paragraph (raised from X to Y) did not win")
	}
}

// TestSlotMetricSmallAmounts: an amount of money under 100 with no scale
// word is said of each share: a per-share form of its metric, or nothing
// for revenue, which no company states per share ("lower revenues ...
// totaling about $0.10").
func TestSlotMetricSmallAmounts(t *testing.T) {
	for _, tc := range []struct {
		metric, text, qual string
		value              float64
		want               string
	}{
		{"revenue", "about $0.10", "about", 0.10, ""},
		{"revenue", "$0.10", "", 0.10, ""},
		{"revenue", "$410 million", "", 410e6, "revenue"},
		{"net income", "$0.17", "", 0.17, "eps"},
	} {
		f := figures.Figure{Text: tc.text, Value: tc.value, Low: tc.value, High: tc.value, Unit: "USD", Qualifier: tc.qual,
			Metric: tc.metric, Kind: figures.Actual, Role: figures.Level}
		if got := slotMetric(&cand{f: f}); got != tc.want {
			t.Errorf("%s %q: slot metric %q, want %q", tc.metric, tc.text, got, tc.want)
		}
	}
}

// TestSaidForYearPerShareMetric: "a $2.71 EPS" is per share though not
// said so, the very amount the call gave as the year's "$2.71 per share".
func TestSaidForYearPerShareMetric(t *testing.T) {
	year := &cand{kind: figures.Actual, period: "FY 2019", metric: "eps",
		f: figures.Figure{Metric: "eps", Unit: "USD", PerShare: true, Value: 2.71, Kind: figures.Actual}}
	quarter := &cand{kind: figures.Actual, period: "Q4 2019", metric: "eps", sent: "Getting to a $2.71 EPS from $2.50 in a year is good growth.",
		f: figures.Figure{Metric: "eps", Unit: "USD", Value: 2.71, Kind: figures.Actual}}
	s := &summarizer{cands: []*cand{year, quarter}, used: map[string]bool{}}
	if !s.saidForYear(quarter) {
		t.Error("the quarter's reading of the year's EPS, said without 'per share', is not taken as the year's")
	}
}
