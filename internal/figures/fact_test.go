package figures

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// factWant is what a case checks of one figure, found by its text.
type factWant struct {
	text   string
	role   Role
	basis  string // "-" checks that no basis was read
	scope  string // "-" checks that the figure is about the whole company
	period string // "-" checks that the period was left unknown
	metric string
	change string // "-" checks that no change was attached
}

// The companies, segments and numbers below are invented; each case is one
// cause of a wrong key point seen on real calls.
var factCases = []struct {
	name string
	in   string
	ctx  Context
	want []factWant
}{
	// a change read as a level
	{"change after a verb", "Operating income was up $4.1 million, mostly on volume.", q2,
		[]factWant{{text: "$4.1 million", role: Change}}},
	{"reduction of", "The new rule brings a reduction to operating income of $12 million to $15 million next year.", q2,
		[]factWant{{text: "$12 million to $15 million", role: Change}}},
	{"raise by", "We are lifting our full-year EPS outlook by $0.10 at the midpoint.", q2,
		[]factWant{{text: "$0.10", role: Change}}},
	{"difference with a percent", "Diluted EPS was $0.14 per share, or 12% higher than a year ago.", q2,
		[]factWant{{text: "$0.14 per share", role: Change}}},
	{"noun of change after", "That is a $0.03 per share decline from the second quarter.", q2,
		[]factWant{{text: "$0.03 per share", role: Change}}},
	{"what something adds, in incremental earnings", "Putting the cash to work could bring about $2 per share in incremental earnings next year.", q2,
		[]factWant{{text: "about $2 per share", role: Change}}},
	{"what something adds, of additional revenue", "The new stores should bring $30 million of additional revenue in 2022, and we expect revenue of $900 million.", q2,
		[]factWant{{text: "$30 million", role: Change}, {text: "$900 million", role: Level}}},
	{"new level after a change measured versus a period", "Overall sales in the quarter were up 2% versus the prior year to $1.44 billion.", q2,
		[]factWant{{text: "2%", role: Change}, {text: "$1.44 billion", role: Level, metric: "revenue"}}},
	{"the figure compared with stays compared", "Overall sales of $1.44 billion were up 2% versus the prior year's $1.41 billion.", q2,
		[]factWant{{text: "$1.44 billion", role: Level}, {text: "$1.41 billion", role: Previous}}},
	{"a kind of the metric, hyphened with 'related'", "We expect Field Services to generate $25 million to $35 million of flood-related revenues in 2022.", q2,
		[]factWant{{text: "$25 million to $35 million", scope: "flood-related"}}},
	{"'related' glued to the metric is no kind of it", "Revenue-related incentives were $4 million.", q2,
		[]factWant{{text: "$4 million", scope: "-"}}},
	{"a change on another basis said after", "Net sales were $310 million, up 12.1% when adjusted for the divested product lines.", q2,
		[]factWant{{text: "$310 million", role: Level, change: "-"}}},
	{"a loss on an item is no net loss", "We refinanced our notes, resulting in a $31 million loss on extinguishment of debt.", q2,
		[]factWant{{text: "$31 million", role: Effect}}},
	{"a loss said after the amount is the net loss", "We reported a $31 million loss for the quarter.", q2,
		[]factWant{{text: "$31 million", role: Level}}},
	{"a share count's percent is its change, not a rate", "Our diluted share count declined 3% to 41 million shares.", q2,
		[]factWant{{text: "3%", role: Change}, {text: "41 million shares", role: Level, metric: "shares outstanding"}}},
	{"an amount of money is no count", "EPS rose on higher operating income, partly offset by an increased share count of $0.02.", q2,
		[]factWant{{text: "$0.02", metric: "-"}}},
	{"a sensitivity to a price", "The guidance of $300 million of earnings and cash flow from a dollar change in oil prices still holds.", q2,
		[]factWant{{text: "$300 million", role: Remark}}},
	{"a sensitivity to a rate", "We estimate about $12 million of net interest income per 25 basis point increase in rates.", q2,
		[]factWant{{text: "about $12 million", role: Remark}}},
	{"a change said after a level is no sensitivity", "Revenue was $300 million, a 2% change in the quarter.", q2,
		[]factWant{{text: "$300 million", role: Level}}},
	{"what a rise in prices brought is no sensitivity", "The thermal segment generated EBITDA of $104 million and benefited from a $23 increase in average realized prices.", q2,
		[]factWant{{text: "$104 million", role: Level}}},
	{"what befalls the metric is no level of it", "We expect to incur $3 million of total revenue displacement in the first half of the year.", q2,
		[]factWant{{text: "$3 million", role: Effect}}},
	{"a noun after the metric's clause is no effect on it", "We generated $15 million of EBITDA, a benefit to our margins.", q2,
		[]factWant{{text: "$15 million", role: Level}}},
	{"a change of the metric before the amount", "The recapitalization brought a one-time reduction in interest expense totaling $2 million.", q2,
		[]factWant{{text: "$2 million", role: Change}}},
	{"a metric in a definition of another is not the amount's", "We delivered free cash flow, defined as cash flow from operations less capital expenditures, of $21.1 million.", q2,
		[]factWant{{text: "$21.1 million", metric: "free cash flow"}}},
	{"an effect noun further on is not the metric's", "Gross margin was flat at 41.5% of net sales as the benefit from absorption was offset.", q2,
		[]factWant{{text: "41.5%", role: Level}}},
	{"the amount said inside a definition keeps its metric", "Free cash flow was $195 million, defined as cash flow from operating activities of $301 million, less capital spending of $106 million.", q2,
		[]factWant{{text: "$195 million", metric: "free cash flow"}, {text: "$301 million", metric: "operating cash flow"}}},
	{"a change on a basis said several words on", "We delivered $8.46 billion of sales, an increase of 0.7% on an owned plus licensed comparable basis.", q2,
		[]factWant{{text: "$8.46 billion", role: Level, change: "-"}}},
	{"level with a change verb after", "Net sales of $418 million declined 6% from last year.", q2,
		[]factWant{{text: "$418 million", role: Level, scope: "-"}}},
	{"percent of an amount", "Net sales grew 9% to $512 million, and diluted EPS rose 11%.", q2,
		[]factWant{{text: "9%", role: Change}, {text: "$512 million", role: Level}, {text: "11%", role: Change}}},
	{"increase to a metric of", "The ruling led to a net increase to net income of $2.2 million, or $0.05 per share.", q2,
		[]factWant{{text: "$2.2 million", role: Change}, {text: "$0.05 per share", role: Change}}},
	// effects, contributions, items
	{"impact", "Currency had an unfavorable impact of $0.03 on earnings per share.", q2,
		[]factWant{{text: "$0.03", role: Effect}}},
	{"contribution", "Revenue rose 9% to $610 million, which includes about $40 million from acquired businesses.", q2,
		[]factWant{{text: "$610 million", role: Level}, {text: "about $40 million", role: Effect}}},
	{"excluded item", "Adjusted net income excludes a litigation charge of $6 million, or $0.04 per share.", q2,
		[]factWant{{text: "$6 million", role: Effect}, {text: "$0.04 per share", role: Effect}}},
	{"the total of a charge named in the clause before", "We also took a purchase accounting charge related to earlier acquisitions, totaling $1.2 million or $0.02 per diluted share.", q2,
		[]factWant{{text: "$1.2 million", role: Effect}, {text: "$0.02 per diluted share", role: Effect}}},
	{"totaled as the verb of the sentence's subject", "Adjusted EPS, as defined by GAAP EPS less amortization and one-time charges, totaled $0.12 a share.", q2,
		[]factWant{{text: "$0.12 a share", role: Level}}},
	{"a total of results, not of an effect", "Revenue from our two largest segments grew again, totaling $1.2 billion for the quarter.", q2,
		[]factWant{{text: "$1.2 billion", role: Level}}},
	{"an effect in the first of two clauses", "Lower interest costs partly offset the weaker gross margin, and we delivered adjusted EPS of $0.84 in the quarter.", q2,
		[]factWant{{text: "$0.84", role: Level}}},
	{"a slip corrected right after it", "Adjusted EPS was $1.26 -- I'm sorry, $1.62.", q2,
		[]factWant{{text: "$1.26", role: Previous}, {text: "$1.62", role: Level}}},
	{"a slip corrected after a later figure", "Reported EPS was $2.41, and adjusted EPS was 2.44% -- $2.44, excuse me.", q2,
		[]factWant{{text: "$2.41", role: Level}}},
	{"a level said after a comparison with the prior year", "Net sales rose 7% over the prior year to approximately $1.9 billion.", q2,
		[]factWant{{text: "approximately $1.9 billion", role: Level}}},
	{"a rate at a year's exit", "We expect adjusted operating margins of at least 28% as we exit 2024.", q2,
		[]factWant{{text: "at least 28%", role: Remark}}},
	{"a run rate named after its metric", "We still see the $7 EPS run rate by the end of the year.", q2,
		[]factWant{{text: "$7", role: Remark}}},
	{"a month's outlook", "Total sales for the month are expected to be down about 19% from last year.", q2,
		[]factWant{{text: "about 19%", role: Remark}}},
	{"a basis of the clause a result follows from", "Operating margin expanded 250 basis points on an adjusted basis, leading to diluted earnings per share of $2.64.", q2,
		[]factWant{{text: "$2.64", basis: "-"}}},
	{"the end of a range from a loss", "We expect the unit to post results in the range of a $3 million operating loss to $4 million of operating income.", q2,
		[]factWant{{text: "$4 million", role: Remark}}},
	{"the end of a range whose start was garbled", "Adjusted EBITDA is projected to be in a range of 1.0-8 to $1.2 billion.", q2,
		[]factWant{{text: "$1.2 billion", role: Remark}}},
	{"a rate against an older year said first", "The quarter was stronger still relative to 2018, with revenue up 12%.", q2,
		[]factWant{{text: "12%", basis: "two-year"}}},
	{"a per-share amount in adjusted earnings", "We generated $1.84 per share in adjusted earnings.", q2,
		[]factWant{{text: "$1.84 per share", basis: "adjusted"}}},
	{"non-GAAP said as an appositive of an adjusted measure", "Adjusted diluted earnings per share, a non-GAAP measure, was $0.93, and adjusted EBITDA (a non-GAAP financial measure) was $210 million.", q2,
		[]factWant{{text: "$0.93", basis: "adjusted"}, {text: "$210 million", basis: "adjusted"}}},
	{"non-GAAP said as the basis itself", "Non-GAAP earnings per share, which excludes amortization, was $0.93.", q2,
		[]factWant{{text: "$0.93", basis: "non-GAAP"}}},
	{"a joint venture", "Led by its own team, the Harbor Point joint venture reported quarter to date ended June 27, adjusted EBITDA of $64 million.", q2,
		[]factWant{{text: "$64 million", scope: "joint venture"}}},
	{"a legacy business", "The legacy adjusted Fernwood results after the merger came in at a gross margin of 21.4%.", q2,
		[]factWant{{text: "21.4%", scope: "legacy fernwood"}}},
	{"a verb before the metric is no part", "Today we are pleased to announce net income of $2.7 million for the quarter.", q2,
		[]factWant{{text: "$2.7 million", scope: "-"}}},
	{"the enterprise level is the whole company", "At the enterprise level, we delivered $0.73 of FFO per share in the third quarter.", q2,
		[]factWant{{text: "$0.73", scope: "-"}}},
	{"the company's own ticker said as a level is the whole company", "At the FTX level, we expect full-year sales of between $41.5 billion and $42.5 billion.", Context{Year: 2021, Quarter: 4, Company: "Fernhill Textiles", Ticker: "FTX"},
		[]factWant{{text: "between $41.5 billion and $42.5 billion", scope: "-"}}},
	{"a part said as a level is a part", "At the Looms level, we expect full-year sales of between $1.5 billion and $2.5 billion.", Context{Year: 2021, Quarter: 4, Company: "Fernhill Textiles", Ticker: "FTX"},
		[]factWant{{text: "between $1.5 billion and $2.5 billion", scope: "the looms level"}}},
	{"a currency a change was measured in is no part", "Our sales grew 34% in U.S. dollars and 30% in local currencies, reaching a new record of $2.654 billion.", q2,
		[]factWant{{text: "$2.654 billion", scope: "-"}}},
	{"worldwide sales are the company's", "During the second quarter we delivered worldwide reported net sales of $1.6 billion, growth of 15% compared to the prior year.", q2,
		[]factWant{{text: "$1.6 billion", scope: "-"}}},
	{"a reconciliation's name is no basis", "As our GAAP to non-GAAP reconciliation shows, our performance resulted in diluted earnings per share of $0.97 versus $0.43 last year.", q2,
		[]factWant{{text: "$0.97", basis: "-"}}},
	{"a basis said after a reconciliation's name is the figure's", "As our GAAP to non-GAAP reconciliation shows, adjusted diluted earnings per share was $1.06.", q2,
		[]factWant{{text: "$1.06", basis: "adjusted"}}},
	{"a comparison of the change before 'and translates to' is not the level's", "Operating income rose 81% compared to prior year and translates to $2.70 in earnings per share.", q2,
		[]factWant{{text: "$2.70", role: Level}}},
	{"a comparison said of the level itself still holds", "Operating income rose 81%, and compared to prior year earnings per share of $2.70 it doubled.", q2,
		[]factWant{{text: "$2.70", role: Previous}}},
	{"a basis phrase closed before 'and' another metric is the figure before's", "We expect sales growth of 13% to 14% on a two-year stack basis and EPS in the range of $9.60 to $10.20.", q2,
		[]factWant{{text: "13% to 14%", basis: "two-year"}, {text: "$9.60 to $10.20", basis: "-"}}},
	{"a basis said of the metric itself before 'and' is its own", "Revenues on an organic constant-currency basis, and excluding deferred revenues, are expected to increase between 3% to 4.5%.", q2,
		[]factWant{{text: "between 3% to 4.5%", basis: "constant currency"}}},
	{"a range said after a result, set against none, is no earlier plan", "Net sales grew 0.5% to 1.5%, and EPS should come in the range of $9.60 to $10.20.", q2,
		[]factWant{{text: "$9.60 to $10.20", role: Level}}},
	{"a result set against a guidance range before it", "Revenue of $194 million came in below the range of $200 million to $210 million.", q2,
		[]factWant{{text: "$200 million to $210 million", role: Previous}}},
	{"a sentence opened by a narrowed metric is about that part", "Total service revenues, we have increased our midpoint by $25 million to a range of $3.05 billion to $3.15 billion.", q2,
		[]factWant{{text: "$3.05 billion to $3.15 billion", scope: "service"}}},
	{"a sentence opened by the whole metric is the company's", "Total revenues, we have increased our midpoint by $25 million to a range of $3.05 billion to $3.15 billion.", q2,
		[]factWant{{text: "$3.05 billion to $3.15 billion", scope: "-"}}},
	{"a part named in the list item before a semicolon is not this item's", "We anticipate the industry's retail unit demand to grow high single digits; net sales of between $5.65 billion and $5.75 billion; and free cash flow in excess of $450 million.", q2,
		[]factWant{{text: "between $5.65 billion and $5.75 billion", scope: "-"}}},
	{"a part turned to before a semicolon is the next item's", "Turning to the Household segment; sales were up 39% with growth in all three businesses.", q2,
		[]factWant{{text: "39%", scope: "household segment"}}},
	{"earnings from ongoing operations are on the ongoing basis, not a part", "Third-quarter earnings from ongoing operations were $0.58 per share compared with $0.61 per share a year ago.", q3,
		[]factWant{{text: "$0.58 per share", basis: "ongoing", scope: "-"}}},
	{"an ongoing basis said after the figure", "We raised our full-year earnings per share guidance to about $27.80 on a GAAP basis and about $26.25 on an ongoing basis.", q3,
		[]factWant{{text: "about $27.80", basis: "GAAP"}, {text: "about $26.25", basis: "ongoing", scope: "-"}}},
	{"what an adjusted measure excludes is no part", "Excluding integration, costs adjusted EPS with $3.75.", q3,
		[]factWant{{text: "$3.75", scope: "-"}}},
	{"a range its own growth range belies", "We now expect net revenue to be in the range of $4.5 billion to $7 billion, up 13% to 18% from our prior guidance.", q2,
		[]factWant{{text: "$4.5 billion to $7 billion", role: Remark}}},
	{"a range its growth range bears out", "We now expect net revenue to be in the range of $4.5 billion to $4.7 billion, up 13% to 18% from last year.", q2,
		[]factWant{{text: "$4.5 billion to $4.7 billion", role: Level}}},
	{"a same-store total is no company total", "Same-store fourth quarter revenue totaled $4.2 billion, and same store net operating income rose 3.1%.", q2,
		[]factWant{{text: "$4.2 billion", scope: "same-store"}}},
	{"total revenue beside a same-store change is the company's", "Revenue was $880 million, while same-store sales grew 2%.", q2,
		[]factWant{{text: "$880 million", scope: "-"}, {text: "2%", scope: "-", metric: "same-store sales"}}},
	{"excluding charges is a basis", "We are forecasting earnings per share on a diluted basis, excluding any charges, to be in the range of $1.10 to $1.20.", q2,
		[]factWant{{text: "$1.10 to $1.20", basis: "excluding items"}}},
	{"a unit's level is a part", "Hotel level EBITDA came to $41 million, and property level operating income will total about $70 million.", q2,
		[]factWant{{text: "$41 million", scope: "hotel level"}, {text: "about $70 million", scope: "property level"}}},
	{"a degree's level is no part", "Peak level revenue was $900 million in the quarter.", q2,
		[]factWant{{text: "$900 million", scope: "-"}}},
	{"money spent is not the metric borrowed from the sentence before", "We had expected operating margin as a percent of revenue to be about 8% for the full year, down 1 point from last year, primarily driven by our planned plant expenditures of $50 million to $60 million in 2022.", q2,
		[]factWant{{text: "$50 million to $60 million", metric: "-"}}},
	{"an operational basis is said", "On an operational basis, sales were up 5.5% as currency had a negative impact of 1.9%.", q2,
		[]factWant{{text: "5.5%", basis: "operational"}}},
	{"an operational perspective is no basis", "From an operational perspective, we plan to open 12 new stores this year.", q2,
		[]factWant{{text: "12 new stores", basis: "-"}}},
	{"cost of revenues is no revenue", "Revenue grew 9%. Cost of revenues increased 12.5% or $410,000, on higher labor costs.", q2,
		[]factWant{{text: "12.5%", metric: "cost of sales"}, {text: "$410,000", metric: "cost of sales"}}},
	{"an amount more at the end is a change", "Excluding those expenses, earnings per share would have been approximately $0.05 more.", q2,
		[]factWant{{text: "approximately $0.05", role: Change}}},
	{"an amount or more is a level", "For the second quarter, we anticipate revenues of $260 million or more.", q2,
		[]factWant{{text: "$260 million", role: Level}}},
	{"two periods and two figures said with 'and' pair in order", "Our fourth quarter and full year FFO as adjusted per share was 41 cents and $1.52.", q4,
		[]factWant{{text: "41 cents", period: "Q4 2021", basis: "adjusted"}, {text: "$1.52", period: "FY 2021", basis: "adjusted"}}},
	{"two periods and two rates said with 'and', respectively", "Premium growth for the fourth quarter and full year was 6% and 5%, respectively.", q4,
		[]factWant{{text: "6%", period: "Q4 2021"}, {text: "5%", period: "FY 2021"}}},
	{"a trailing twelve months is no quarter", "For the trailing 12-month period, our adjusted gross margin was 41%.", q2,
		[]factWant{{text: "41%", period: "-"}}},
	{"a quarter said beside a trailing figure keeps its quarter", "Our trailing twelve-month free cash flow was $80 million, and second quarter revenue was $95 million.", q2,
		[]factWant{{text: "$95 million", period: "Q2 2020"}}},
	{"non-GAAP said with a space, as speech-to-text writes it", "And this generated Non- GAAP net income of $4.1 million or 21 cents per share.", q2,
		[]factWant{{text: "$4.1 million", basis: "non-GAAP"}, {text: "21 cents per share", basis: "non-GAAP"}}},
	{"a fiscal year in two digits, as speech-to-text writes it", "We're now tightening our projected fiscal 21 revenue range to approximately $7 billion to $7.2 billion.", q2,
		[]factWant{{text: "approximately $7 billion to $7.2 billion", period: "FY 2021"}}},
	{"a metric named right after its amount is named in its clause", "Margins were strong. For the third quarter, we earned $84.4 million of total revenue, an increase of 27.6%.", q4,
		[]factWant{{text: "$84.4 million", metric: "revenue"}}},
	{"a basis said after a pair is both's", "Earnings per share was $0.99 in Q3 versus $0.65 a year ago or $0.90 versus $0.72 on an adjusted basis.", q2,
		[]factWant{{text: "$0.99", basis: "-"}, {text: "$0.90", basis: "adjusted"}}},
	{"guidance with the assumptions it rests on is guidance", "Assuming no new material disruptions from the pandemic, as well as constant exchange rates, for the 4th quarter, we expect adjusted diluted EPS in the range of $0.98 to $1.00.", q2,
		[]factWant{{text: "$0.98 to $1.00", role: Level}}},
	{"a hypothesis is no guidance", "Assuming the economy recovers, we would expect adjusted EPS in the range of $0.98 to $1.00.", q2,
		[]factWant{{text: "$0.98 to $1.00", role: Remark}}},
	{"a new record is no part", "Based on these forecasts, we plan for a new EPS record between $2.50 and $2.66 in fiscal 2022.", q2,
		[]factWant{{text: "between $2.50 and $2.66", scope: "-"}}},
	{"new vehicles are a part", "New vehicle revenue increased 60%, and used vehicle revenue increased 55%.", q2,
		[]factWant{{text: "60%", scope: "new vehicle"}}},
	{"guidance at the utility is the utility's", "Turning to 2020 guidance at the utility, and assuming normal weather, we project earnings per share to be between $1.72 and $1.78 per share.", q2,
		[]factWant{{text: "between $1.72 and $1.78 per share", scope: "utility"}}},
	{"an amount through the call's quarter is the year to date", "We delivered $702.5 million of total sales through the third quarter.", Context{Year: 2021, Quarter: 3},
		[]factWant{{text: "$702.5 million", period: "9M 2021"}}},
	{"a ratio said for a part named in capitals is the part's", "The combined ratio for Commercial was 111.5% this quarter, 9.9 points higher than a year ago.", q2,
		[]factWant{{text: "111.5%", scope: "commercial"}}},
	{"a capital budget is capital expenditures", "There is no change to the upstream capital budget of $1.9 to $2.2 billion for 2022.", q4,
		[]factWant{{text: "$1.9 to $2.2 billion", metric: "capital expenditures"}}},
	{"a fiscal year in two digits that ends a clause", "We generated free cash flow of $1.1 billion in fiscal 21, up 12% from fiscal 20.", q4,
		[]factWant{{text: "$1.1 billion", period: "FY 2021"}}},
	{"an amount that restates a change is a change", "We expect these initiatives to add approximately 60 basis points to our 2025 same-store revenue growth, which equates to $8 million to $12 million.", q2,
		[]factWant{{text: "$8 million to $12 million", role: Change}}},
	{"revenue excluding expenses is a basis", "Revenue excluding billable expenses grew 2.3% to $1.1 billion.", q2,
		[]factWant{{text: "$1.1 billion", basis: "excluding items"}}},
	{"a basis word said keeps its name beside excluded costs", "On a non-GAAP adjusted basis, excluding these costs, we reported net income of $30.2 million.", q2,
		[]factWant{{text: "$30.2 million", basis: "adjusted"}}},
	{"a change said after an exclusion is not the level's", "Consolidated revenue was $21.3 billion, excluding the impact of divested businesses, an increase of approximately 2.9%.", q2,
		[]factWant{{text: "$21.3 billion", change: "-"}}},
	{"currency alone excluded is constant currency", "Global retail sales grew 12%, excluding the impact of foreign currency.", q2,
		[]factWant{{text: "12%", basis: "constant currency"}}},
	{"currency excluded with another item is not constant currency", "Excluding the impact of metal markets and currency, our EBITDA margins would have been 18%.", q2,
		[]factWant{{text: "18%", basis: "excluding items"}}},
	{"the pair of a change by 'respectively' is a change", "Net income was $700 million, an increase of $80 million, and 14 cents per share, respectively, year over year.", q2,
		[]factWant{{text: "14 cents per share", role: Change}}},
	{"a part a relative clause reports for", "Let me now turn to Widget Services, which reported adjusted earnings of $530 million, or $1.02 per share.", fernhill,
		[]factWant{{text: "$530 million", scope: "widget services"}, {text: "$1.02 per share", scope: "widget services"}}},
	{"a channel's comp growth is a part's", "Total comparable sales grew 2%, also driven by strong digital comp growth up 71%.", q2,
		[]factWant{{text: "71%", scope: "digital"}}},
	{"the year a growth is measured off is its base", "For 2022, we expect to grow adjusted EPS in the range of 6% to 8%, off of the 2021 adjusted EPS, translating to a range of $9.80 to $10.40 per share.", q2,
		[]factWant{{text: "$9.80 to $10.40 per share", period: "FY 2022"}}},
	{"a quarter's figure that brings the year's total keeps its quarter", "Fourth quarter adjusted net earnings per share of $3.18 brought full year earnings to $12.60 per share.", q4,
		[]factWant{{text: "$3.18", period: "Q4 2021"}, {text: "$12.60 per share", period: "FY 2021", basis: "adjusted"}}},
	{"a level excluding a business is on another basis", "Fourth quarter sales were $6.41 billion, excluding the PC and mobility asset disposition business.", q2,
		[]factWant{{text: "$6.41 billion", basis: "excluding items"}}},
	{"an exclusion that opens the next clause is not the level's basis", "Our sales declined 4.2% to $118 million, excluding sales from the Fernhill acquisition, sales declined 8.8%.", q2,
		[]factWant{{text: "$118 million", basis: "-"}}},
	{"non-GAAP misheard by speech-to-text", "For Q1, we expect non-gap operating margin of 23.5%.", q2,
		[]factWant{{text: "23.5%", basis: "non-GAAP"}}},
	{"comp sales without fuel", "Comp sales without fuel increased 2.7%, led by a traffic increase of 4.1%.", q2,
		[]factWant{{text: "2.7%", basis: "excluding fuel"}}},
	{"a change on an FX adjusted basis", "Third quarter revenues of $9.6 billion grew 8% on an FX adjusted basis, driven by card fees.", q2,
		[]factWant{{text: "8%", basis: "constant currency"}}},
	{"a historical range is no outlook", "We anticipate event-driven revenues will be at the high end of their historical $210 million to $260 million range.", q2,
		[]factWant{{text: "$210 million to $260 million", role: Remark}}},
	{"annual is no part", "We now expect to deliver annual revenues in the range of $46 billion to $47 billion.", q2,
		[]factWant{{text: "$46 billion to $47 billion", scope: "-"}}},
	{"a verb of growth is no part", "We continue to expect to drive free cash flow growth of 14% over the long term.", q2,
		[]factWant{{text: "14%", scope: "-"}}},
	{"compound annual growth of a plan is a remark, read as a change or not", "From 2020 to 2023, we expect to deliver 6% to 8% compound annual sales growth and 12% to 15% compound annual EPS growth.", q2,
		[]factWant{{text: "6% to 8%", role: Remark}, {text: "12% to 15%", role: Remark}}},
	{"an increase said per quarter is a change", "Our Board has approved a $0.01 per quarter increase in our dividend.", q2,
		[]factWant{{text: "$0.01", role: Change}}},
	{"an amount in a per-share metric named after it", "The cumulative effect was a benefit of over $33 in adjusted operating shareholders' equity per share and $58 in adjusted book value per share.", q2,
		[]factWant{{text: "$58", metric: "book value per share"}}},
	{"a coordinated clause with its own subject takes no metric from the first", "AUM increased to $3.9 trillion and management fees increased to $504 million, both records.", q2,
		[]factWant{{text: "$3.9 trillion", metric: "assets under management"}, {text: "$504 million", metric: "-"}}},
	{"a coordinated clause that points back keeps the metric", "Revenue was $900 million, and it was $850 million a year ago.", q2,
		[]factWant{{text: "$900 million", metric: "revenue"}, {text: "$850 million", metric: "revenue"}}},
	{"a coordinated clause of another period keeps the metric", "Our operating margin for the fourth quarter was approximately 13.5% and for the year was approximately 15.2%.", q2,
		[]factWant{{text: "approximately 13.5%", metric: "operating margin"}, {text: "approximately 15.2%", metric: "operating margin"}}},
	{"an amount said instead of another is superseded", "With the higher earnings we now expect to deliver free cash flow of approximately $1.25 billion instead of $1 billion.", q2,
		[]factWant{{text: "approximately $1.25 billion", role: Level}, {text: "$1 billion", role: Previous}}},
	{"a basis said before an old range holds for the new one", "As Jay mentioned today, we increased our 2021 core FFO per share guidance from the range of $2.55 to $2.62 per share to a range of $2.70 to $2.75 per share.", q2,
		[]factWant{{text: "$2.70 to $2.75 per share", basis: "core"}}},
	{"a superlative is no part", "The company recorded its largest net income in three years, $38 million or $0.71 per diluted share.", q2,
		[]factWant{{text: "$0.71 per diluted share", scope: "-"}}},
	{"amount of something else", "Our EBITDA outlook assumes we receive $4 million of state grant funding.", q2,
		[]factWant{{text: "$4 million", role: Effect}}},
	{"a percent of another metric", "Same-store sales drove a 7% increase in net income.", q2,
		[]factWant{{text: "7%", metric: "net income"}}},
	// superseded and compared figures
	{"previous range", "We now expect full-year revenue of $2.1 billion to $2.2 billion, up from our prior range of $2.0 billion to $2.1 billion.", q2,
		[]factWant{{text: "$2.1 billion to $2.2 billion", role: Level}, {text: "$2.0 billion to $2.1 billion", role: Previous}}},
	{"both ends of a range said with and", "Sales were up 4%, within a prior range of $900 million and $940 million.", q2,
		[]factWant{{text: "$900 million and $940 million", role: Previous}}},
	{"a range said with and", "We raise revenue guidance from a prior range of $900 million and $940 million.", q2,
		[]factWant{{text: "$900 million and $940 million", role: Previous}}},
	{"result against guidance", "Sales were $88 million, above our guidance range of $80 million to $85 million.", q2,
		[]factWant{{text: "$88 million", role: Level}, {text: "$80 million to $85 million", role: Previous}}},
	// not management's statement
	{"hypothesis", "If volumes held, would EPS land near $1.50?", q2,
		[]factWant{{text: "$1.50", role: Remark}}},
	{"forward-looking without guidance wording", "The plant will cost $30 million.", q2,
		[]factWant{{text: "$30 million", role: Remark}}},
	{"guidance wording kept", "We expect third quarter revenue of $50 million to $52 million.", q2,
		[]factWant{{text: "$50 million to $52 million", role: Level}}},
	// a part shown as the whole
	{"a result in a part named without an article", "We expect operating income in Other of approximately $61 million to $62 million, and revenue in Latin America of about $2 billion.", q2,
		[]factWant{{text: "approximately $61 million to $62 million", scope: "other"}, {text: "about $2 billion", scope: "latin america"}}},
	{"a result in a period is the whole company's", "Revenue in March was $40 million, and sales in Q2 were $120 million.", q2,
		[]factWant{{text: "$40 million", scope: "-"}, {text: "$120 million", scope: "-"}}},
	// a change read as a level: a gerund before the amount
	{"change after a gerund", "We generated approximately $45 million in free cash flow, declining $66 million on the timing of collections.", q2,
		[]factWant{{text: "approximately $45 million", role: Level}, {text: "$66 million", role: Change}}},
	{"change after a rising gerund", "Revenue was $400 million, increasing $30 million from last year.", q2,
		[]factWant{{text: "$400 million", role: Level}, {text: "$30 million", role: Change}}},
	// not a period's amount: an annualized rate, a hypothetical
	{"annualized rates", "On an annualized basis, the rates we achieved in the quarter would give us over $320 million of free cash flow.", q2,
		[]factWant{{text: "over $320 million", role: Remark}}},
	{"what would follow", "The contracts we signed would translate to about $90 million of revenue.", q2,
		[]factWant{{text: "about $90 million", role: Remark}}},
	// a part shown as the whole: a business the speaker calls the company's own
	{"a subsidiary in apposition", "It was a year of growth, with particular strength at Tolvane, our title company, with revenues increasing 124% to $1.3 billion.", q2,
		[]factWant{{text: "$1.3 billion", scope: "tolvane"}}},
	{"an adverb before the apposition", "Notably, our services business grew revenue by 30% to $40 million.", q2,
		[]factWant{{text: "$40 million", scope: "services business"}}},
	// a change: what was removed from a total; a part shown as the whole: a part's total
	{"what was removed from a total, and a part's total", "We removed approximately $1 billion from backlog while increasing Energy Solutions total backlog to $11.1 billion.", q2,
		[]factWant{{text: "approximately $1 billion", role: Change}, {text: "$11.1 billion", scope: "energy solutions"}}},
	{"what was added to a total", "We are pleased to be adding our $1.4 billion share of this refinery program to backlog.", q2,
		[]factWant{{text: "$1.4 billion", role: Change}}},
	{"the company's total backlog", "At quarter end, Total Company backlog was $23 billion.", q2,
		[]factWant{{text: "$23 billion", scope: "-", role: Level}}},
	// a part shown as the whole: the minority owners' share
	{"noncontrolling interests", "Net income attributable to noncontrolling interests was $5.8 million in the second quarter.", q2,
		[]factWant{{text: "$5.8 million", scope: "noncontrolling interests"}}},
	// the wrong metric: a multiple, a commodity price said after
	{"a multiple said with an amount's name", "We anticipate our AFFO coverage to approximate 3.7 times, and we paid a multiple of 6.5 times EBITDA.", q2,
		[]factWant{{text: "3.7 times", metric: "-"}, {text: "6.5 times", metric: "-"}}},
	{"a commodity price for a benchmark", "Free cash flow was $50 million. Using $70 for WTI, we model over $900 million of EBITDA.", q2,
		[]factWant{{text: "$70", metric: "-"}}},
	// the wrong metric: "per share" said before the amount, a margin in dollars per unit
	{"per share before the amount", "Net income was $126 million, and adjusted diluted net operating income per share was $0.71.", q2,
		[]factWant{{text: "$0.71", metric: "operating income per share"}}},
	{"a margin in dollars a day", "International daily gross margin increased from approximately $13,700 to $14,100.", q2,
		[]factWant{{text: "$14,100", metric: "-"}}},
	// a change read as a level: the next item of a list of sources
	{"items listed by source", "Revenue was $1.8 billion, up 7%, including $48 million from acquisitions and $32 million from favorable currency.", q2,
		[]factWant{{text: "$48 million", role: Effect}, {text: "$32 million", role: Effect}}},
	// the wrong basis: said after the period
	{"a basis after the period", "GAAP earnings were strong, so about $0.79 per share for the quarter on a recurring basis.", q2,
		[]factWant{{text: "about $0.79 per share", basis: "recurring"}}},
	// the wrong metric: the loss of a measure that is not earnings
	{"FFO was a loss", "Second quarter adjusted FFO per diluted share was a loss of $0.01.", q2,
		[]factWant{{text: "$0.01", metric: "-"}}},
	{"EPS was a loss", "GAAP diluted earnings per share were a loss of $0.40 in the quarter.", q2,
		[]factWant{{text: "$0.40", metric: "net loss per share"}}},
	// a change read as a level: an amount moved between periods
	{"revenue pushed out of the quarter", "We saw approximately $10 million of revenue pushed out of Q2 due to supplier delays.", q2,
		[]factWant{{text: "approximately $10 million", role: Effect}}},
	// the wrong metric: a few dollars after a total's name
	{"a few dollars are no revenue", "Revenue rose, and food and beverage per cap reached an all-time high of $6.63.", q2,
		[]factWant{{text: "$6.63", metric: "-"}}},
	// the wrong metric: a price, or the size of a company or market
	{"a commodity price before the company's amount", "At a Henry Hub price of $3.75, we estimate cash from operations of approximately $21 billion.", q2,
		[]factWant{{text: "$3.75", metric: "-"}, {text: "approximately $21 billion", metric: "operating cash flow"}}},
	{"a purchase price", "We closed the acquisition of Brintwell in the quarter, at a purchase price of $1.2 billion in revenue terms.", q2,
		[]factWant{{text: "$1.2 billion", metric: "-"}}},
	{"the remaining buyback authority", "During the quarter, we repurchased $10 million of our stock, and our remaining share repurchase authority currently stands at just under $19 million.", q2,
		[]factWant{{text: "$10 million", metric: "share repurchase"}, {text: "just under $19 million", metric: "repurchase authorization"}}},
	{"what an acquisition cost", "We acquired Kinderhook in an all-cash transaction for $93.4 million.", q2,
		[]factWant{{text: "$93.4 million", metric: "-"}}},
	{"the size of a company", "We believe our pipeline and our free cash flow can transform the firm into a $1 billion company by 2025.", q2,
		[]factWant{{text: "$1 billion", metric: "-"}}},
	{"the size of a market", "Revenue grew, and we see a $10 billion market for these systems.", q2,
		[]factWant{{text: "$10 billion", metric: "-"}}},
	// the wrong metric: a metric word made an adjective by a participle
	{"metric-related noun", "Our outlook assumes revenue-related compensation of approximately $1 billion this year.", q2,
		[]factWant{{text: "approximately $1 billion", metric: "-"}}},
	{"metric-sharing noun", "Every store earned a profit-sharing bonus, a $15 million payout to associates.", q2,
		[]factWant{{text: "$15 million", metric: "-"}}},
	{"a bank's fee lines", "Non-interest expense was $300 million, and noninterest income rose 5% to $120 million.", q2,
		[]factWant{{text: "$300 million", metric: "noninterest expense"}, {text: "$120 million", metric: "noninterest income"}}},
	{"clause led by a segment", "In Marine Systems, revenue was $75 million, up 4%.", q2,
		[]factWant{{text: "$75 million", scope: "marine systems"}}},
	{"named segment", "The Coatings segment posted sales of $120 million.", q2,
		[]factWant{{text: "$120 million", scope: "coatings segment"}}},
	{"narrowed metric", "Our utility EPS was $0.41 for the quarter.", q2,
		[]factWant{{text: "$0.41", scope: "utility"}}},
	{"list of parts", "We expect total sales of $3 billion; for Valves, $1.2 billion, and for Pumps, $900 million.", q2,
		[]factWant{{text: "$3 billion", scope: "-"}, {text: "$1.2 billion", scope: "valves"}, {text: "$900 million", scope: "pumps"}}},
	{"topic sentence", "Turning to our Aviation segment. Revenue was $200 million, up 3%.", q2,
		[]factWant{{text: "$200 million", scope: "our aviation segment"}}},
	{"period lead is no part", "In the second quarter, revenue was $75 million.", q2,
		[]factWant{{text: "$75 million", scope: "-", role: Level}}},
	{"company-wide", "Across all segments, sales were $500 million.", q2,
		[]factWant{{text: "$500 million", scope: "-"}}},
	{"narrowed after the amount", "We earned $0.31 of pipeline EPS this quarter.", q2,
		[]factWant{{text: "$0.31", scope: "pipeline"}}},
	{"possessive segment", "We expect the Rail segment's revenues between $200 million and $220 million.", q2,
		[]factWant{{text: "between $200 million and $220 million", scope: "rail segment"}}},
	{"lead without a period", "Looking at specialty chemicals on a full year basis, we expect EBITDA of $40 million.", q2,
		[]factWant{{text: "$40 million", scope: "specialty chemicals"}}},
	// figures taken back or left half read
	{"corrected in the sentence", "We raised EPS guidance to $2.10 to $2.20, I'm sorry, to $2.20 to $2.30.", q2,
		[]factWant{{text: "$2.10 to $2.20", role: Previous}}},
	{"end of a broken range", "We expect revenues between %50 million and $60 million.", q2,
		[]factWant{{text: "$60 million", role: Remark}}},
	// the wrong metric
	{"ratio said after a money amount", "Core income was $655 million, or $2.60 per diluted share, generating a core return on equity of 10.1%.", q2,
		[]factWant{{text: "$2.60 per diluted share", metric: "eps"}}},
	{"capitalised lead", "Fluid Handling Systems, sales of $310 million rose 8%.", q2,
		[]factWant{{text: "$310 million", scope: "fluid handling systems"}}},
	{"acronym lead", "HTS, our smallest unit, generated $40 million of revenue.", q2,
		[]factWant{{text: "$40 million", scope: "hts"}}},
	{"adverb lead is no part", "Overall, sales of $310 million rose 8%.", q2,
		[]factWant{{text: "$310 million", scope: "-"}}},
	{"legacy company", "Legacy Norden adjusted EPS was $1.10.", q2,
		[]factWant{{text: "$1.10", scope: "legacy norden"}}},
	{"sentence of comparison", "Comparatively, we earned $0.80 per share in the prior quarter.", q2,
		[]factWant{{text: "$0.80 per share", role: Previous}}},
	{"loss on an investment", "We had a loss on our equity stake of $40 million, or $0.09 per share.", q2,
		[]factWant{{text: "$40 million", role: Effect}, {text: "$0.09 per share", role: Effect}}},
	{"basis said first", "On a two-year basis, comparable sales grew 11%.", q2,
		[]factWant{{text: "11%", basis: "two-year"}}},
	// basis words
	{"core", "Core FFO was $0.62 per share.", q2,
		[]factWant{{text: "$0.62 per share", basis: "core"}}},
	{"basis after", "Earnings were $1.31 per share on an adjusted basis.", q2,
		[]factWant{{text: "$1.31 per share", basis: "adjusted"}}},
	{"basis of the total", "Adjusted net income was $48 million, or $0.90 per diluted share.", q2,
		[]factWant{{text: "$0.90 per diluted share", basis: "adjusted"}}},
	{"excluding at the start", "Excluding the settlement, earnings per share would have been $0.77.", q2,
		[]factWant{{text: "$0.77", basis: "excluding items", role: Level}}},
	{"excluding what may yet happen is a caveat, not a basis", "Excluding any potential acquisitions we are weighing, we expect operating income of $210 million to $230 million.", q2,
		[]factWant{{text: "$210 million to $230 million", basis: "-", role: Level}}},
	{"excluding special items between", "Earnings per share, excluding special items, were $2.02.", q2,
		[]factWant{{text: "$2.02", basis: "excluding items"}}},
	{"respectively", "GAAP and adjusted EPS were $0.44 and $0.51, respectively.", q2,
		[]factWant{{text: "$0.44", basis: "GAAP", metric: "eps"}, {text: "$0.51", basis: "adjusted", metric: "adjusted eps"}}},
	{"basis past a change", "Adjusted FFO grew 3% to $1.12 per share.", q2,
		[]factWant{{text: "$1.12 per share", basis: "adjusted"}}},
	{"next item's basis", "We target revenue of $5.2 billion, adjusted EBITDA of $800 million.", q2,
		[]factWant{{text: "$5.2 billion", basis: "-"}, {text: "$800 million", basis: "adjusted"}}},
	{"constant currency", "Sales rose 5%, or 7% in constant currency.", q2,
		[]factWant{{text: "7%", basis: "constant currency"}}},
	{"plain", "Revenue was $64.2 million.", q2,
		[]factWant{{text: "$64.2 million", basis: "-", scope: "-", role: Level}}},
	// the wrong period
	{"a month said first", "In February, comparable sales rose 7%.", q2,
		[]factWant{{text: "7%", period: "-"}}},
	{"a month after the quarter", "Traffic kept improving in July as our stores delivered 12% comparable sales growth.", q2,
		[]factWant{{text: "12%", period: "-"}}},
	{"a total since a time before the quarter", "Since that time, we have repurchased 15.2 million shares, aggregating approximately $1.7 billion.", q2,
		[]factWant{{text: "approximately $1.7 billion", period: "-"}}},
	{"since after a superlative is no span", "Revenue was $1.2 billion, the highest since 2015.", q2,
		[]factWant{{text: "$1.2 billion", period: "Q2 2020"}}},
	{"since as a reason is no span", "Revenue rose to $1.2 billion since demand stayed strong.", q2,
		[]factWant{{text: "$1.2 billion", period: "Q2 2020"}}},
	{"a total since a year", "We have returned $726 million to shareholders since 2009.", q2,
		[]factWant{{text: "$726 million", period: "-"}}},
	{"a date said with its day's ordinal", "At December 31st, our backlog totaled $280 million.", Context{Year: 2020, Quarter: 4},
		[]factWant{{text: "$280 million", period: "Q4 2020"}}},
	{"a month and its year", "Comps accelerated even before, to the 10% comp in February 2019.", q2,
		[]factWant{{text: "10%", period: "-"}}},
	{"a month as the subject", "June same-store sales were up 5% against 2019.", q2,
		[]factWant{{text: "5%", period: "-"}}},
	{"a quarter ended in a month stays the quarter", "Revenue for the quarter ended June 30 was $80 million.", q2,
		[]factWant{{text: "$80 million", period: "Q2 2020"}}},
	{"the end of a month ends the period", "Backlog rose to $900 million at the end of this August.", Context{Year: 2020, Quarter: 4},
		[]factWant{{text: "$900 million", period: "Q4 2020"}}},
	{"a payment month is not a span", "We declared a dividend of $0.50 per share that is payable in March.", Context{Year: 2020, Quarter: 4},
		[]factWant{{text: "$0.50 per share", period: "Q4 2020"}}},
	{"a year said first holds for a full year said without one", "For 2023, we are reaffirming our full-year guidance of $3.10 to $3.20 per share.", Context{Year: 2022, Quarter: 2},
		[]factWant{{text: "$3.10 to $3.20 per share", period: "FY 2023"}}},
	{"a year compared with does not", "Compared to 2019, full year revenue was $5.1 billion.", Context{Year: 2021, Quarter: 4},
		[]factWant{{text: "$5.1 billion", period: "FY 2021"}}},
	{"a per-share amount named after it shares its total's basis", "Adjusted net income was $90 million or $0.61 diluted earnings per share.", q2,
		[]factWant{{text: "$0.61", basis: "adjusted"}}},
	{"a part named after a generic turn to the segments", "Let me move on to our segments, starting with Coastal Logistics. Second quarter revenue totaled $212 million.", q2,
		[]factWant{{text: "$212 million", scope: "coastal logistics"}}},
	{"tough comps are a comparison, not comparable sales", "Against tough year-over-year comps, parcel volume declined by 4.1%.", q2,
		[]factWant{{text: "4.1%", metric: "-"}}},
	{"a part named after a slide", "Turning to Slide 7, the Marine segment. Revenue increased $3 million or 12%.", q2,
		[]factWant{{text: "12%", scope: "the marine segment"}}},
	{"within a part", "Same unit revenue grew 1.6% within benefits and insurance this year.", q2,
		[]factWant{{text: "1.6%", scope: "benefits and insurance"}}},
	{"within a range is not a part", "Revenue was $500 million, within our guidance range.", q2,
		[]factWant{{text: "$500 million", scope: "-"}}},
	{"a group named after a turn is a part", "Moving onto our advisory group. Quarterly net revenues total a record $140 million.", q2,
		[]factWant{{text: "$140 million", scope: "our advisory group"}}},
	{"the group is the company", "Turning to the group. Revenue was $900 million.", q2,
		[]factWant{{text: "$900 million", scope: "-"}}},
	{"a change said with its comparison between", "Excluding the charge, EPS was down quarter-over-quarter by $0.12.", q2,
		[]factWant{{text: "$0.12", role: Change}}},
	{"a driver's change to the metric, said as its object", "Lower maintenance expense increased earnings $0.31 per share.", q2,
		[]factWant{{text: "$0.31 per share", role: Change}}},
	{"a midpoint raised from one amount to another is no range", "As a result, we raised the midpoint of our normalized FFO from $2.75 to $2.90.", q2,
		[]factWant{{text: "$2.75", role: Previous}, {text: "$2.90", role: Level}}},
	{"an amount moved by another action does not borrow the metric", "Free cash flow was $2 billion, and we are on track to meet our target of returning nearly $4 billion this year.", q2,
		[]factWant{{text: "nearly $4 billion", metric: "-"}}},
	{"another noun's change does not borrow the metric", "Organic growth was 8%. However, we have seen cost increases of 10% to 20% and expect them to continue.", q2,
		[]factWant{{text: "10% to 20%", metric: "-"}}},
	{"the metric's own growth keeps it", "We expect revenue of $3 billion. This represents organic growth of between 7% and 9% year over year.", q2,
		[]factWant{{text: "between 7% and 9%", metric: "organic growth"}}},
	{"the metric's own word is no basis", "We are targeting operating earnings of $85 million to $95 million in 2022.", q2,
		[]factWant{{text: "$85 million to $95 million", basis: "-", metric: "operating income"}}},
	{"a rate against a year before last is a two-year one", "For the three months ended June 30, 2020, comparable sales increased 18% over 2018.", q2,
		[]factWant{{text: "18%", basis: "two-year"}}},
	{"a rate against last year is not", "For the three months ended June 30, 2020, comparable sales increased 18% over 2019.", q2,
		[]factWant{{text: "18%", basis: "-"}}},
	{"a date is not a month's span", "Cash was $40 million as of June 30.", q2,
		[]factWant{{text: "$40 million", period: "Q2 2020"}}},
	{"may the verb is not a month", "Sales may rise 4% as stores reopen, and we delivered 6% comparable sales growth.", q2,
		[]factWant{{text: "6%", period: "Q2 2020"}}},
	{"nine months after the figure", "Net income was $40 million, or $1.10 per share, in the first nine months.", q4,
		[]factWant{{text: "$40 million", period: "9M 2021"}, {text: "$1.10 per share", period: "9M 2021"}}},
	{"compared with a year", "Adjusted EPS was $3.40, compared to $3.05 in 2020.", q4,
		[]factWant{{text: "$3.40", period: "-"}}},
	{"target further out", "We expect EPS of $9 by 2030.", q2,
		[]factWant{{text: "$9", period: "FY 2030"}}},
	{"range after guidance words", "We expect sales to improve. Gross margin should land between 30% and 32%.", q2,
		[]factWant{{text: "between 30% and 32%", role: Level}}},
	{"quarter said after the amount", "Diluted EPS was $0.62 in the fourth quarter of 2020.", Context{Year: 2021, Quarter: 1},
		[]factWant{{text: "$0.62", period: "Q4 2020"}}},
	{"quarter compared after the amount", "FFO was $0.52 per share, down from the third quarter of 2019 at $0.88 per share.", Context{Year: 2020, Quarter: 3},
		[]factWant{{text: "$0.52 per share", period: "Q3 2020"}}},
	{"the year said in a fourth-quarter call's result is the year it ends", "For the year 2021, net income came in at $260 million, that's $2.71 per share.", q4,
		[]factWant{{text: "$260 million", period: "FY 2021"}, {text: "$2.71 per share", period: "FY 2021"}}},
	{"another year said in a fourth-quarter call's result is no year of the call", "For the year 2019, net income came in at $200 million.", q4,
		[]factWant{{text: "$200 million", period: "-"}}},
	{"a sentence led by the year before speaks of it in every clause", "The prior year, our earnings were $240 million or so, an EPS of $2.50.", q4,
		[]factWant{{text: "$2.50", period: "Q4 2020"}}},
	{"getting to a level from another: the other is the base", "Getting to a $2.71 EPS from $2.50 in a year is good growth.", q4,
		[]factWant{{text: "$2.50", period: "Q4 2020"}}},
	{"a year in the sentence", "Throughout the year 2020, net interest income of $110 million was steady.", Context{Year: 2020, Quarter: 4},
		[]factWant{{text: "$110 million", period: "-"}}},
	{"annual guidance", "We are projecting annual revenue of $2 billion and adjusted EPS between $4.10 and $4.30.", q2,
		[]factWant{{text: "between $4.10 and $4.30", period: "-"}}},
	{"the full year said in the sentence before", "Let me now walk through the full year 2021. Adjusted EPS was $4.85, up 9%.", q4,
		[]factWant{{text: "$4.85", period: "FY 2021"}}},
	{"the full year before, on a call of another quarter", "For the first six months, we did well. Revenue was $310 million.", q2,
		[]factWant{{text: "$310 million", period: "H1 2020"}}},
	{"a longer span before, not from the year's start", "Over the last six months, we did well. Revenue was $310 million.", q2,
		[]factWant{{text: "$310 million", period: "-"}}},
	{"three quarters of the year are not the quarter", "In the first three quarters of 2021, operating cash flow was $410 million. We spent $95 million on capex.", q3,
		[]factWant{{text: "$95 million", period: "9M 2021"}}},
	{"year-to-date on a second-quarter call", "Free cash flow was $52 million year-to-date.", q2,
		[]factWant{{text: "$52 million", period: "H1 2020"}}},
	{"a quarter said since the full year", "For the full year, margins rose. In the quarter, revenue was $80 million.", q4,
		[]factWant{{text: "$80 million", period: "Q4 2021"}}},
	{"the full year only in an outlook before", "We still expect a full-year tax rate near 22%. Diluted EPS was $1.05.", q2,
		[]factWant{{text: "$1.05", period: "Q2 2020"}}},
	// examples are not levels
	{"a list of amounts", "We used to buy family firms that were $10 million, $15 million, $20 million in sales.", q2,
		[]factWant{{text: "$20 million", role: Remark}}},
	{"last year said after the amount", "As a reminder, we reported diluted EPS of $0.81 last year.", q2,
		[]factWant{{text: "$0.81", period: "Q2 2019"}}},
	// a price per share is not earnings per share
	{"buyback price", "We repurchased 3 million shares at an average price of $52.10 per share. Diluted EPS was $1.05.", q2,
		[]factWant{{text: "$52.10 per share", metric: "-"}, {text: "$1.05", metric: "eps"}}},
	{"dividend paid", "We paid a quarterly dividend of $0.36 per share.", q2,
		[]factWant{{text: "$0.36 per share", metric: "dividend per share"}}},
	{"what an acquisition is to add", "We expect the acquired business to add $25 million to $30 million to our full year recurring revenue.", q2,
		[]factWant{{text: "$25 million to $30 million", role: Change}}},
	// a period said in a clause of the speaker's own after a comma is that clause's
	{"period in the speaker's next clause", "While we delivered a strong quarter, earning $0.57 of ongoing earnings per share, I'll focus my review on our full year results.", q2,
		[]factWant{{text: "$0.57", period: "Q2 2020", basis: "ongoing"}}},
	// a basis said of changes is not the amounts'
	{"basis between a change and the level it reached", "Our consolidated revenues increased 6% year over year, or 4% in constant currency to $512 million.", q2,
		[]factWant{{text: "$512 million", basis: "-", scope: "-", metric: "revenue"}}},
	{"basis said for the percentages", "Reporting all percentages on a constant currency basis, we posted consolidated revenues of $512 million, up 4%.", q2,
		[]factWant{{text: "$512 million", basis: "-", metric: "revenue"}}},
	{"items excluded after the amount", "We remain confident in our full year free cash flow guidance range of $25 million to $65 million, excluding pension contributions.", q2,
		[]factWant{{text: "$25 million to $65 million", basis: "excluding items"}}},
	{"a result excluding notable items", "EPS was $2.10, or $1.95 excluding notable items.", q2,
		[]factWant{{text: "$1.95", basis: "excluding items"}}},
	{"basis said for the level", "On a constant currency basis, consolidated revenues were $512 million.", q2,
		[]factWant{{text: "$512 million", basis: "constant currency"}}},
}

func TestDecide(t *testing.T) {
	for _, tc := range append(factCases, precisionCases...) {
		t.Run(tc.name, func(t *testing.T) {
			figs := Find(tc.in, tc.ctx)
			for _, w := range tc.want {
				var f *Figure
				for i := range figs {
					if figs[i].Text == w.text {
						f = &figs[i]
						break
					}
				}
				if f == nil {
					var got []string
					for _, g := range figs {
						got = append(got, g.Text)
					}
					t.Fatalf("%q: no figure %q (found %q)", tc.in, w.text, got)
				}
				check := func(what, got, want string) {
					switch {
					case want == "":
					case want == "-" && got != "":
						t.Errorf("%q: %s %s = %q, want none (reasons %q)", tc.in, w.text, what, got, f.Reasons)
					case want != "-" && got != want:
						t.Errorf("%q: %s %s = %q, want %q (reasons %q)", tc.in, w.text, what, got, want, f.Reasons)
					}
				}
				check("role", string(f.Role), string(w.role))
				check("basis", f.Basis, w.basis)
				check("scope", f.Scope, w.scope)
				check("period", f.Period, w.period)
				check("metric", f.Metric, w.metric)
				check("change", f.Change, w.change)
			}
		})
	}
}

// TestIsKey checks that only a level about the whole company is a key fact.
func TestIsKey(t *testing.T) {
	for _, tc := range []struct {
		in   string
		text string
		key  bool
	}{
		{"Revenue was $64.2 million.", "$64.2 million", true},
		{"Revenue was up $4 million.", "$4 million", false},
		{"In Marine Systems, revenue was $75 million.", "$75 million", false},
		{"The plant will cost $30 million.", "$30 million", false},
	} {
		for _, f := range Find(tc.in, q2) {
			if f.Text == tc.text && f.IsKey() != tc.key {
				t.Errorf("%q: %s IsKey = %v, want %v (reasons %q)", tc.in, f.Text, f.IsKey(), tc.key, strings.Join(f.Reasons, "; "))
			}
		}
	}
}

// TestUnsure checks the subject test: a total or a headline metric that its
// clause does not plainly name is not the company's figure.
func TestUnsure(t *testing.T) {
	harbour := Context{Year: 2020, Quarter: 2, Company: "Harbour Life Unitedco"}
	for _, tc := range []struct {
		in     string
		text   string
		unsure bool
		ctx    Context
	}{
		{"Consolidated revenue was $410 million.", "$410 million", false, q2},
		// the company's own name said as a name is the whole company; a
		// word of it said as a common noun, or inside another word, is not
		{"Total HLU revenue was $410 million.", "$410 million", false, harbour},
		{"Total Harbour revenue was $410 million.", "$410 million", false, harbour},
		{"Net life sales were $73 million.", "$73 million", true, harbour},
		{"HARBOUR's second-quarter net income totaled $41 million.", "$41 million", false, harbour},
		{"It's the $20 million in revenue we were waiting for.", "$20 million", true, harbour},
		{"We generated $410 million in revenue.", "$410 million", false, q2},
		{"Revenue from new customers was $41 million.", "$41 million", true, q2},
		{"Comparable sales rose 3%. We also delivered 2% unit growth.", "2%", true, q2},
		{"Comparable sales rose 3% in the quarter.", "3%", false, q2},
		{"Net income was $5 million, or $0.10 per share.", "$0.10 per share", false, q2},
		// "earned" names net income, unless the sentence is about another metric
		{"In the quarter, we earned $212 million or $4.10 per diluted common share.", "$212 million", false, q2},
		{"In the quarter, we earned $212 million or $4.10 per diluted common share.", "$4.10 per diluted common share", false, q2},
		{"In terms of adjusted operating income, we earned $61 million.", "$61 million", true, q2},
		{"For the third quarter, we earned $84.4 million of total revenue, an increase of 27.6%.", "$84.4 million", false, q2},
		{"During the quarter, we generated $2.8 billion of adjusted revenue.", "$2.8 billion", false, q2},
		{"Revenue grew 7%. We ended the quarter with $10.3 billion in unearned revenue.", "$10.3 billion", true, q2},
		{"On a consolidated basis total revenue increased 12% from $310 million last year to $347 million.", "$347 million", false, q2},
		{"On a consolidated basis total revenue increased 12% year-on-year to $347 million.", "$347 million", false, q2},
		{"Our quarter exceeded our expectations as net sales rose 8% over the prior year to $1.9 billion.", "$1.9 billion", false, q2},
		{"Sales to new customers rose from $20 million to $26 million.", "$26 million", true, q2},
		{"Net interest income declined $11 million to $391 million and the margin was 2.4%.", "$391 million", false, q2},
		{"Net interest income increased $4 million to $212.6 million as loan balances grew.", "$212.6 million", false, q2},
		{"Card net interest income increased $4 million to $212.6 million.", "$212.6 million", true, q2},
		{"As noted, fiscal '21 first quarter sales declined 31% to $285 million.", "$285 million", false, q2},
		// an aside between commas does not take the metric out of the clause
		{"We reported sales, as Tom had noted, of $226.6 million.", "$226.6 million", false, q2},
		// the level reached by the metric of the clause before
		{"We achieved year-over-year revenue growth of 120%, reaching $66 million.", "$66 million", false, q2},
		// the level reached keeps the subject of the clause that names the metric
		{"Harbour U.S. eCommerce sales grew 44%, reaching $11.5 billion.", "$11.5 billion", true, harbour},
		{"Revenues were down 7.8% reaching $22.4 billion and segment income was down 12.4%, reaching $8.6 billion.", "$8.6 billion", true, q2},
		// a falling level is as sure of its subject as a rising one
		{"Net revenues declined 8% to $22 million.", "8%", false, q2},
		{"Revenue was down 8% at $22 million.", "$22 million", false, q2},
		{"Revenues were down 7.8% reaching $22.4 billion and segment income was down 12.4%, reaching $8.6 billion.", "$22.4 billion", false, q2},
		{"It was made of operating income of $90 million, or $0.80 per share and realized gains of $9 million or $0.08 per share.", "$0.08 per share", true, q2},
	} {
		found := false
		for _, f := range Find(tc.in, tc.ctx) {
			if f.Text == tc.text {
				found = true
				if f.Unsure != tc.unsure {
					t.Errorf("%q: %s Unsure = %v, want %v (metric %q, reasons %q)", tc.in, f.Text, f.Unsure, tc.unsure, f.Metric, f.Reasons)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.in, tc.text)
		}
	}
}

// TestWithGrowth: the growth of a metric that is a growth already is not
// named twice.
func TestWithGrowth(t *testing.T) {
	for in, want := range map[string]string{"revenue": "revenue growth", "organic growth": "organic growth", "ebitda": "ebitda growth"} {
		if got := withGrowth(in); got != want {
			t.Errorf("withGrowth(%q) = %q, want %q", in, got, want)
		}
	}
}

// lastIndex must find what strings.LastIndex finds, wherever the word's
// rarest byte is and however often it repeats.
func TestLastIndexAsStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"", "e", "ex", "xe", "eex", "exe", "gaap", "non-gaap", "core", "a core", "ee"}
	const letters = "eex ag-pco"
	for range 20000 {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		s := string(b)
		for _, w := range words {
			if got, want := lastIndex(s, w), strings.LastIndex(s, w); got != want {
				t.Fatalf("lastIndex(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
}

// lastField, asked again and again, must give the words of strings.Fields
// from the last, whatever spaces are between them.
func TestLastFieldAsFields(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	parts := []string{"up", "by", "$3", " ", "  ", "\t", "\n", "\u00a0", "\u2005", "\u3000", "é", "of", ",", "\xc2", "\x85"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		var got []string
		for rest, w := lastField(s); w != ""; rest, w = lastField(rest) {
			got = append(got, w)
		}
		want := strings.Fields(s)
		slices.Reverse(want)
		if !slices.Equal(got, want) {
			t.Fatalf("lastField on %q gives %q, want %q", s, got, want)
		}
	}
}

// The cores that pass a text over before its phrases are tried must be in
// every phrase, or a phrase could be missed.
func TestPhraseCores(t *testing.T) {
	for _, w := range contractLife {
		if !strings.Contains(w, contractLifeCore) {
			t.Errorf("contractLife %q lacks %q", w, contractLifeCore)
		}
	}
	for _, w := range planGoalWords {
		if !containsAnyOf(w, planGoalCores...) {
			t.Errorf("planGoalWords %q lacks one of %q", w, planGoalCores)
		}
	}
}

// TestEndsRaisedToReadsOnlyTheEnd checks that endsRaisedTo, which reads
// only the end of long words, answers as the expression over all of them.
func TestEndsRaisedToReadsOnlyTheEnd(t *testing.T) {
	long := strings.Repeat("after a long quarter of steady demand across every region ", 3)
	for _, pre := range []string{
		long + "we are raising our adjusted earnings per share outlook to ",
		long + "we now expect to lift our operating margin to about ",
		long + "we plan to raise the dividend paid on each common share over time to ",
		long + "and so we expect revenue to ",
		strings.Repeat("x", 200) + "to increase our sales to ",
		"we will boost our free cash flow to roughly ",
	} {
		if got, want := endsRaisedTo(pre), raisedTo.MatchString(pre); got != want {
			t.Errorf("%q: %v, the expression says %v", pre, got, want)
		}
	}
}
