package figures

import "testing"

var q3 = Context{Year: 2021, Quarter: 3}

// fernhill is a third-quarter call of a company whose name is known.
var fernhill = Context{Year: 2021, Quarter: 3, Company: "Fernhill Tools Corporation"}

// precisionCases are sentences whose figure must not become a headline or
// guidance key point: each a cause of a wrong bullet found by the hand
// check of key points. The companies and numbers are invented.
var precisionCases = []struct {
	name string
	in   string
	ctx  Context
	want []factWant
}{
	// issue 14, calls nobody tuned for: what the speaker says of a holding,
	// a property or a measure of its own
	// issue 14, a fresh hand check: a basis said after a per-share amount,
	// a change named by its own noun, two values said as alternatives
	{"a result compared with an adjusted one keeps its own basis", "Diluted EPS was $3.21, compared to adjusted diluted EPS of $1.77 in the first quarter of last year.", q3,
		[]factWant{{text: "$3.21", basis: "-"}}},
	{"the costs a long subject leaves out", "The earnings forecast before year end mark-to-market pension accounting adjustments and excluding expenses related to the Lindqvist integration and certain first quarter Fernhill Trade Networks legal matters is now $12.70 to $13.30 per diluted share for fiscal 2022.", q3,
		[]factWant{{text: "$12.70 to $13.30 per diluted share", basis: "excluding items"}}},
	{"a part turned to on a slide", "Now turning to Polymers on Slide 7, net sales were $199 million in the quarter, up 70% from prior year.", q3,
		[]factWant{{text: "$199 million", scope: "polymers"}}},
	{"an acquisition's expected contribution", "We expect this acquisition to deliver more than $20 million of EBITDA in 2021.", q3,
		[]factWant{{text: "more than $20 million", role: Effect}}},
	{"an acquisition named in another clause", "After the acquisition closed, we expect to deliver EBITDA of $20 million in 2021.", q3,
		[]factWant{{text: "$20 million", role: Level}}},
	{"a line of business said in two words", "For the fourth quarter, we estimate our fee building revenue to be between $5 million and $8 million.", q3,
		[]factWant{{text: "between $5 million and $8 million", scope: "fee building"}}},
	{"building said as a verb names no part", "We are building revenue to $5 million in the fourth quarter.", q3,
		[]factWant{{text: "$5 million", scope: "-"}}},
	{"a basis said as a standpoint", "From an organic standpoint, sales in the fourth quarter decreased 6%.", q3,
		[]factWant{{text: "6%", basis: "organic"}}},
	{"a basis said as a perspective", "From a GAAP perspective, earnings per share were $0.42.", q3,
		[]factWant{{text: "$0.42", basis: "GAAP"}}},
	{"a basis between a per-share amount and its metric", "For the quarter, the company reported a $0.14 adjusted loss per share compared to $0.02 of earnings per share a year ago.", q3,
		[]factWant{{text: "$0.14", basis: "adjusted"}}},
	{"a change followed by the noun it is of", "The increase in revenues was driven by an 11% increase in deliveries to 4,100 units.", q3,
		[]factWant{{text: "11%", metric: "-"}}},
	{"two near values said as alternatives", "We expect our fourth quarter gross margin to be 31.2% or 31.3%.", q3,
		[]factWant{{text: "31.2%", role: Remark}, {text: "31.3%", role: Remark}}},
	{"revenue from a source named after the amount is the source's", "We expect $940 million from subscription and license revenue in the fourth quarter.", q3,
		[]factWant{{text: "$940 million", scope: "subscription and license"}}},
	{"revenue from the company's total is not a source", "We expect $3.1 billion from total revenue in the fourth quarter.", q3,
		[]factWant{{text: "$3.1 billion", scope: "-"}}},
	{"a result compared with the fiscal year before is the year's", "Adjusted EBITDA of $141.2 million reflects an increase of 37% over FY '20.", q4,
		[]factWant{{text: "$141.2 million", period: "-"}}},
	{"a margin compared with the fiscal year before is the year's", "Gross margins were 33.1%, up 90 basis points compared to fiscal 2020.", q4,
		[]factWant{{text: "33.1%", period: "-"}}},
	{"a quarter's margin compared with the quarter of the year before keeps its quarter", "Gross margins were 33.1%, up 90 basis points compared to the fourth quarter of fiscal 2020.", q4,
		[]factWant{{text: "33.1%", period: "Q4 2021"}}},
	{"a target named after its metric", "We will reach our 31% to 34% gross margin targets well before fiscal 2025.", q4,
		[]factWant{{text: "31% to 34%", role: Remark}}},
	{"a sentence that speaks of this segment is the segment's", "Third quarter backlog remains strong at $545 million, and market conditions for this segment remain supportive.", q3,
		[]factWant{{text: "$545 million", scope: "segment"}}},
	{"a year just completed on a fourth-quarter call is the year", "We just completed a year where, despite constraints, we generated nearly $19 billion in revenue and earned $31 in EPS.", q4,
		[]factWant{{text: "$31", period: "FY 2021"}}},
	{"revenue to be acquired is no level", "Our plan assumes acquiring a further $4 billion to $5 billion in annual revenues by 2025.", q4,
		[]factWant{{text: "$4 billion to $5 billion", role: Effect}}},
	{"an amount per amount is a rate", "We are de-linking the relationship of each $1 billion of revenue producing only $1 of EPS.", q4,
		[]factWant{{text: "only $1", role: Remark}}},
	{"a sentence that opens with an infinitive is a plan", "to grow from just under $9 billion in revenue and $8 in EPS to $30 billion in revenue and $30 in EPS.", q4,
		[]factWant{{text: "$30", role: Remark}}},
	{"two values said with 'or' on two bases are both levels", "Operating margin was 14.1% or 14.6% on an adjusted basis.", q3,
		[]factWant{{text: "14.1%", role: Level}, {text: "14.6%", role: Level, basis: "adjusted"}}},
	{"a basis after a comma is the next figure's", "Our third quarter earnings were $0.31 per diluted share, adjusted earnings per diluted share were $0.37.", q3,
		[]factWant{{text: "$0.31 per diluted share", basis: "-"}}},
	{"a name said with 'in terms of' before a revenue", "Okay, Dana, in terms of Brightline, so the second quarter, we had revenue of $31 million.", q3,
		[]factWant{{text: "$31 million", scope: "brightline"}}},
	{"'in terms of' the company's own name", "In terms of Fernhill, revenue was $310 million.", fernhill,
		[]factWant{{text: "$310 million", scope: "-"}}},
	{"'in terms of' a month is no part", "In terms of October, revenue was $95 million.", q3,
		[]factWant{{text: "$95 million", scope: "-"}}},
	{"a REIT's sales are dispositions", "Given the strength of our disposition pipeline, we now expect sales for the year of $150 million to $200 million.", q3,
		[]factWant{{text: "$150 million to $200 million", metric: "-"}}},
	{"land sales are not revenue", "Sources of cash include $40 million of retained cash flow and $12 million in land sales.", q3,
		[]factWant{{text: "$12 million", metric: "-"}}},
	{"sales after an asset disposition business are revenue", "Third quarter sales were $2.1 billion, excluding the asset disposition business we are winding down.", q3,
		[]factWant{{text: "$2.1 billion", metric: "revenue"}}},
	{"capital named by the revenue it creates", "We plan to spend $9 million in revenue maintaining capital and $14 million in revenue creating capital.", q3,
		[]factWant{{text: "$14 million", metric: "-"}}},
	{"ex-cat before the combined ratio", "Our ex-cat combined ratio was 90.7%, better than a year ago.", q3,
		[]factWant{{text: "90.7%", metric: "combined ratio", basis: "excluding cat losses", role: Level}}},
	{"a measure said with what it leaves out", "The combined ratio excluding catastrophes was 90.7%.", q3,
		[]factWant{{text: "90.7%", metric: "combined ratio", basis: "excluding cat losses", role: Level}}},
	{"the accident year's ex-cat combined ratio", "Our accident year combined ratio excluding catastrophes was 90.7%.", q3,
		[]factWant{{text: "90.7%", metric: "combined ratio", basis: "accident-year ex-cat"}}},
	{"the accident year's combined ratio", "The current accident year combined ratio was 94.2%.", q3,
		[]factWant{{text: "94.2%", metric: "combined ratio", basis: "accident-year"}}},
	{"an amount said as excluding stays an effect", "Adjusted EPS was $1.10, excluding $0.05 of storm costs.", q3,
		[]factWant{{text: "$0.05", role: Effect}}},
	{"positive is no part", "We delivered positive same-store sales of 2.1% across the chain.", q3,
		[]factWant{{text: "2.1%", scope: "-"}}},
	{"a part of an amount said before", "The combined outdoor business has about $4 billion of revenue, and we expect approximately $300 million of that to come from the two acquisitions next year.", q3,
		[]factWant{{text: "approximately $300 million", role: Effect}}},
	{"the whole an 'of which' divides", "We are holding our revenue guidance at $150 million to $160 million, of which the new unit should contribute about $40 million.", q3,
		[]factWant{{text: "$150 million to $160 million", role: Level}}},
	{"a joint venture's results", "The Harbor Point joint venture reported adjusted EBITDA of approximately $95 million, with 38% margins.", q3,
		[]factWant{{text: "approximately $95 million", scope: "joint venture"}}},
	{"sales in a named part", "Sales in the HDE or heavy duty equipment business were down 12% from the prior year.", q3,
		[]factWant{{text: "12%", scope: "hde"}}},
	{"sales in the named quarter are the company's", "Sales in the Third Quarter were $410 million.", q3,
		[]factWant{{text: "$410 million", scope: "-"}}},
	{"a named part said with another amount", "The first $40 million of EBITDA from our Riverside project brings us to adjusted EBITDA of $900 million next year.", q3,
		[]factWant{{text: "$900 million", scope: "-"}}},
	{"company-owned stores' comps", "Our franchise business was up 9.1% in the quarter, while our Company owned stores were up 4.2%.", q3,
		[]factWant{{text: "4.2%", scope: "company owned stores"}}},
	{"adjusted funds from operations is AFFO itself", "We have raised our estimated adjusted funds from operations per share to a range of $3.10 to $3.20 this year.", q3,
		[]factWant{{text: "$3.10 to $3.20", basis: "-"}}},
	{"a dividend's effective date is no period", "The board approved an 8% increase in the quarterly dividend to $0.27 per share, effective with the February 1 dividend.", q4,
		[]factWant{{text: "$0.27 per share", period: "Q4 2021"}}},
	{"an authorization left to spend", "At quarter end, about $240 million remained available for share repurchases under the current authorization.", q3,
		[]factWant{{text: "about $240 million", metric: "repurchase authorization"}}},
	{"an authorization just approved", "The board authorized a new $500 million share repurchase program.", q3,
		[]factWant{{text: "$500 million", metric: "repurchase authorization"}}},
	{"shares bought under an authorization", "We bought back $75 million of stock under our repurchase program, and $310 million remains available.", q3,
		[]factWant{{text: "$75 million", metric: "share repurchase"}, {text: "$310 million", metric: "repurchase authorization"}}},
	{"buybacks in the quarter", "During the quarter we completed $120 million of share repurchases.", q3,
		[]factWant{{text: "$120 million", metric: "share repurchase"}}},
	{"DD&A guided after its quarter's amount", "Revenue rose 8%. DD&A was $60 million for the quarter, and we expect about $250 million on a full-year basis.", q3,
		[]factWant{{text: "$60 million", metric: "depreciation and amortization"}, {text: "about $250 million", metric: "depreciation and amortization"}}},
	{"the segments' margin is not the company's", "Total adjusted segment operating margins were 15.2% compared to 14.8% last year.", q3,
		[]factWant{{text: "15.2%", metric: "segment operating margin"}}},
	{"a result measured against the guidance range", "Core FFO came in at $1.12 per share, which is at the higher end of our $1.05 to $1.14 guidance range.", q3,
		[]factWant{{text: "$1.12 per share", role: Level}, {text: "$1.05 to $1.14", role: Previous}}},
	{"guidance measured against", "Adjusted EPS of $0.61 was above our $0.55 outlook.", q3,
		[]factWant{{text: "$0.55", role: Previous}}},
	{"guidance reaffirmed is still guidance", "We reaffirm our $2.10 to $2.20 EPS guidance for the full year.", q3,
		[]factWant{{text: "$2.10 to $2.20", role: Level}}},
	{"what would have been", "Had the storm not hit us, earnings would have been $0.95 per share.", q3,
		[]factWant{{text: "$0.95 per share", role: Remark}}},
	{"guidance that would have been", "Excluding the refinancing cost, the midpoint of our outlook would have been $3.20 of FFO per share.", q3,
		[]factWant{{text: "$3.20", role: Remark}}},
	{"the midpoint of a range said with it", "We now forecast full-year FFO of $2.40 to $2.50 per share, a midpoint of $2.45.", q3,
		[]factWant{{text: "$2.40 to $2.50 per share", role: Level}, {text: "$2.45", role: Remark}}},
	{"a range from is the range", "We expect full-year revenue to range from $880 million to $900 million.", q3,
		[]factWant{{text: "$880 million to $900 million", role: Level}}},
	{"an amount per unit is not the total", "The new mill should earn about $40 of EBITDA per ton next year.", q3,
		[]factWant{{text: "about $40", metric: "-"}}},
	{"a clause about something else", "Sales should grow in the high single digits. Capitalized interest is expected to be about $30 million.", q3,
		[]factWant{{text: "about $30 million", metric: "-"}}},
	{"the year said with the metric", "Construction starts next quarter. We now project 2021 FFO per share to range between $4.10 and $4.20.", q3,
		[]factWant{{text: "between $4.10 and $4.20", period: "FY 2021"}}},
	{"the year ended after the figure", "We generated $900 million of free cash flow and ended the year with ample liquidity.", q4,
		[]factWant{{text: "$900 million", period: "FY 2021"}}},
	{"the year to date after the figure", "Free cash flow was $40 million through September 30, well ahead of last year.", q3,
		[]factWant{{text: "$40 million", period: "-"}}},
	{"projects are not projections", "Operating margin of 6.1% fell 20 basis points, as more of our large projects were in early stages.", q4,
		[]factWant{{text: "6.1%", period: "Q4 2021"}}},
	{"a range from flat", "Third quarter net income should range from flat to $0.04 per share.", q2,
		[]factWant{{text: "$0.04 per share", role: Remark}}},
	{"what the old guidance implied", "Our prior EPS guidance of $1.10 to $1.30 was based on 90 million shares and so implied net income of $99 million to $117 million.", q2,
		[]factWant{{text: "$99 million to $117 million", role: Previous}}},
	{"ongoing earnings", "We delivered ongoing earnings of $1.45 per share for the quarter.", q2,
		[]factWant{{text: "$1.45 per share", basis: "ongoing"}}},
	{"a stock price", "Back then our stock price was $61 a share and debt was cheap.", q3,
		[]factWant{{text: "$61 a share", metric: "-"}}},
	{"an amount lost on something", "We anticipate losing about $0.02 through the sale of the hotel.", q3,
		[]factWant{{text: "about $0.02", role: Effect}}},
	{"a long-term target", "We still expect organic sales growth within our 4% to 6% long-term target range.", q3,
		[]factWant{{text: "4% to 6%", role: Remark}}},
	{"a ratio said with the figure", "We put organic growth first. We will keep a CET1 ratio at the higher end of the 9.5% to 10% range.", q3,
		[]factWant{{text: "9.5% to 10%", metric: "-"}}},
	{"one end of a range of losses", "We expect a first-quarter EBITDA between negative $120 million and negative $100 million.", q3,
		[]factWant{{text: "between negative $120 million", role: Remark}, {text: "negative $100 million", role: Remark}}},
	{"operating FFO", "Operating FFO for the quarter was $0.31 per share.", q3,
		[]factWant{{text: "$0.31 per share", basis: "operating"}}},
	{"an earlier year's result", "On an adjusted basis, 2020's non-GAAP diluted earnings per share was $1.12.", q3,
		[]factWant{{text: "$1.12", period: "-"}}},
	{"a basis word said of the metric before 'and'", "We now expect $3.10 to $3.20 of adjusted EPS and revenues of around $5 billion.", q3,
		[]factWant{{text: "around $5 billion", basis: "-", metric: "revenue"}}},
	{"what analysts expect", "Our guidance is well above current Street expectations of $9.1 billion in revenue and $2.95 of earnings per share.", q3,
		[]factWant{{text: "$9.1 billion", role: Previous}, {text: "$2.95", role: Previous}}},
	{"dilution said after the amount", "The sale costs us $0.03 per share of FFO dilution next year.", q3,
		[]factWant{{text: "$0.03 per share", role: Effect}}},
	{"core FFO guidance raised by an amount to a range", "We raised our full-year guidance for core FFO by $0.04 to a range of $4.40 to $4.50 per share.", q3,
		[]factWant{{text: "$0.04", role: Change}, {text: "$4.40 to $4.50 per share", basis: "core", role: Level}}},
	{"a basis said before a raise by an amount, to a revised range", "We increased the low end of our adjusted FFO guidance range by $0.02, to a revised range of $1.21 to $1.25 per share.", q3,
		[]factWant{{text: "$1.21 to $1.25 per share", basis: "adjusted", role: Level}}},
	{"an amount of millions said with EPS is no EPS", "Interest and other expense is planned at about $25 million, and diluted EPS is expected to be $0.40 to $0.44.", q3,
		[]factWant{{text: "about $25 million", metric: "-"}}},
	{"revenue said as annualized is a run rate", "The two new facilities are expected to generate over $80 million in annualized revenues.", q3,
		[]factWant{{text: "over $80 million", role: Remark}}},
	{"a dividend raised to an annualized rate is a run rate", "We raised our common dividend, bringing our annualized rate to $3.12 per share.", q3,
		[]factWant{{text: "$3.12 per share", role: Remark}}},
	{"a clause with its own subject takes no metric from the sentence before", "Orders grew on ample backlog. Salaries and wages were $83 million.", q3,
		[]factWant{{text: "$83 million", metric: "-"}}},
	{"a clause that points back takes the metric before", "Backlog grew again. The total was $3.5 billion at the quarter's end.", q3,
		[]factWant{{text: "$3.5 billion", metric: "backlog"}}},
	{"a range from a fall to a rise", "We now expect comparable sales to range from down 3% to up 2% for the year.", q3,
		[]factWant{{text: "down 3% to up 2%", role: Level}}},
	{"excluding cat losses", "The combined ratio excluding cat losses was 91.4%, two points better than a year ago.", q3,
		[]factWant{{text: "91.4%", basis: "excluding cat losses", role: Level}}},
	{"a target range said with a result", "Adjusted operating margin for the year was 15.7%, toward the high end of our 14% to 16% target range.", q4,
		[]factWant{{text: "14% to 16%", role: Remark}}},
	{"a part of revenue tied to something", "Our revised range reflects $150 million to $250 million of revenues tied to the uncertainties we outlined.", q3,
		[]factWant{{text: "$150 million to $250 million", role: Effect}}},
	{"a raise said as an amount or a percent increase", "We raised our full year core FFO range to $5.10 to $5.25 per share, a $0.20 or 4% increase at the midpoint.", q3,
		[]factWant{{text: "$0.20", role: Change}, {text: "$5.10 to $5.25 per share", role: Level, basis: "core"}}},
	{"a qualifier of a range's part kept", "We expect adjusted EBITDA margin for the year to be in the mid-to-high 12% range.", q3,
		[]factWant{{text: "mid-to-high 12%", role: Level}}},
	{"a run rate", "With the acquisition we expect to be at an EPS run rate of $7 as we exit the year.", q3,
		[]factWant{{text: "$7", role: Remark}}},
	{"an oil price assumed", "We expect free cash flow to double next year at $70 Brent.", q3,
		[]factWant{{text: "$70", metric: "-"}}},
	{"guidance given before", "Adjusting for transactional income, we had guided toward $0.90 to $0.98 for the year.", q3,
		[]factWant{{text: "$0.90 to $0.98", role: Previous}}},
	{"the midpoint of a range restated", "The $1.73 midpoint of our revised core FFO guidance is a 14% increase over last year.", q3,
		[]factWant{{text: "$1.73", role: Remark}}},
	{"an incremental amount is a change", "New programs will deliver an incremental $11 million in sales this year.", q3,
		[]factWant{{text: "an incremental $11 million", role: Change}}},
	{"an acquired business's revenue", "It is expected to generate revenue of approximately $350 million in its first full year.", q3,
		[]factWant{{text: "approximately $350 million", role: Effect}}},
	{"a reserve reversal is an item", "FFO of $0.22 rose $0.03, helped by the reversal of rent reserves of about $0.01 per share.", q3,
		[]factWant{{text: "about $0.01 per share", role: Effect}}},
	{"the size of adjustments is no EPS", "Excluding after-tax, non-GAAP adjustments of $0.91 per share, adjusted diluted EPS was $2.07.", q3,
		[]factWant{{text: "$0.91 per share", role: Effect}, {text: "$2.07", role: Level, basis: "adjusted"}}},
	{"a part of a nine months' total is of the nine months", "Return of capital to shareholders in 2021 for the first nine months was $512 million, including about $96 million in share repurchases.", q3,
		[]factWant{{text: "$512 million", period: "9M 2021"}, {text: "about $96 million", period: "9M 2021"}}},
	{"a part of a total keeps the span said first", "For the first nine months of 2021, we returned $2.4 billion of cash to shareholders, which included $2 billion of share repurchases.", q3,
		[]factWant{{text: "$2 billion", period: "9M 2021"}}},
	{"dividends and buybacks together are neither", "We returned $181 million to shareholders through dividends and share repurchases and $640 million for the full year.", q4,
		[]factWant{{text: "$640 million", metric: "-"}}},
	{"buybacks and dividends said before one amount", "Stockholders' equity increased to $6.4 billion, after share repurchases and dividends of $51 million.", q3,
		[]factWant{{text: "$51 million", metric: "-"}}},
	{"a dividend per share after buybacks named", "We bought back stock and raised our share repurchases and dividends of $0.25 per share.", q3,
		[]factWant{{text: "$0.25 per share", metric: "dividend per share"}}},
	{"a range said 'up to'", "On an adjusted basis, we are moderating the EPS outlook to $8.90 up to $9.10 from the previous range.", q3,
		[]factWant{{text: "$8.90 up to $9.10", role: Level, period: "FY 2021"}}},
	{"capital returned to shareholders", "Over four years we will grow sales, invest $10 billion and return $8 billion to $10 billion to shareholders.", q4,
		[]factWant{{text: "$8 billion to $10 billion", metric: "-"}}},
	{"a transcriber's note inside a range", "We expect revenue for the year of $1.10 [Phonetic] to $1.15 billion.", q3,
		[]factWant{{text: "$1.10 [Phonetic] to $1.15 billion", role: Level, metric: "revenue"}}},
	{"a year that was a good one", "2021 was another strong year for Lumen Mills, with net income of $410 million or $3.12 per share.", q4,
		[]factWant{{text: "$3.12 per share", period: "FY 2021"}, {text: "$410 million", period: "FY 2021"}}},
	{"a range said with articles", "We are also initiating guidance for 2022 of a $2.42 to a $2.50 per share in operating earnings.", q3,
		[]factWant{{text: "$2.42 to a $2.50 per share", metric: "operating income per share", role: Level}}},
	{"guidance without millions is per share", "Operating earnings were $0.41 per share. We are initiating guidance for 2022 of $1.52 to $1.60.", q3,
		[]factWant{{text: "$1.52 to $1.60", metric: "operating income per share"}}},
	{"G&A is no operating income", "Operating income grew 9%. We expect our full year G&A to be approximately $1.2 billion.", q3,
		[]factWant{{text: "approximately $1.2 billion", metric: "g&a"}}},
	{"a part named by its own name", "Larkspur-Vane, generated quarterly revenue of $231 million in the third quarter.", fernhill,
		[]factWant{{text: "$231 million", scope: "larkspur-vane"}}},
	{"the company named leading a clause", "Fernhill Tools, generated quarterly revenue of $231 million in the third quarter.", fernhill,
		[]factWant{{text: "$231 million", scope: "-"}}},
	{"a part's possessive", "Larkspur's adjusted EBITDA margin for 2021 is estimated to be between 27.5% and 28%.", fernhill,
		[]factWant{{text: "between 27.5% and 28%", scope: "larkspur"}}},
	{"a group's possessive", "The Marine Parts Group's operating margin was 15.1% in the quarter.", fernhill,
		[]factWant{{text: "15.1%", scope: "marine parts group"}}},
	{"a sentence adverb is no part", "Accordingly, net income totaled $36.8 million in the quarter.", fernhill,
		[]factWant{{text: "$36.8 million", scope: "-"}}},
	{"the company's own possessive", "Fernhill's adjusted EBITDA margin for 2021 is estimated to be between 27.5% and 28%.", fernhill,
		[]factWant{{text: "between 27.5% and 28%", scope: "-"}}},
	{"a part named after the company", "At Fernhill Aviation, we expect revenues of about $5.4 billion.", fernhill,
		[]factWant{{text: "about $5.4 billion", scope: "fernhill aviation"}}},
	{"a tax loss carried forward is no profit", "Stronger profit generation should use up most of the $1.8 billion NOL balance within a year.", q3,
		[]factWant{{text: "$1.8 billion", metric: "tax loss carryforward"}}},
	{"adjusted operating EPS", "Adjusted operating EPS was a loss of $0.84 per share, which includes pandemic claims of $2.10 per share.", q3,
		[]factWant{{text: "$0.84 per share", basis: "adjusted operating"}}},
	{"an amount, its metric and a change noun", "The drivers from last year were a net $41 million sales reduction from lower volumes, partly offset by $9 million of new programs.", q3,
		[]factWant{{text: "$41 million", role: Change}}},
	{"a subsidiary named in capitals reports its own result", "For the second quarter of 2021, FHU reported net income of $612 million, or a $1.21 per share.", fernhill,
		[]factWant{{text: "$612 million", scope: "fhu"}, {text: "$1.21 per share", scope: "fhu"}}},
	{"a unit named after the company reports its own result", "For the quarter, Fernhill U.S. delivered strong comp sales growth of 2.4%.", fernhill,
		[]factWant{{text: "2.4%", scope: "fernhill u.s."}}},
	{"the company's ticker reporting is the company", "For the quarter, FTC reported revenue of $548 million.", Context{Year: 2021, Quarter: 3, Company: "Fernhill Tools", Ticker: "FTC"},
		[]factWant{{text: "$548 million", scope: "-"}}},
	{"the company's initials without 'of' are the company", "In the quarter, RGA reported revenue of $3.5 billion.", Context{Year: 2021, Quarter: 3, Company: "Ridgeline Group of Alberta"},
		[]factWant{{text: "$3.5 billion", scope: "-"}}},
	{"one word in lower case is no part", "In the quarter, Volume reported growth of 3%.", fernhill,
		[]factWant{{text: "3%", scope: "-"}}},
	{"parts paired by 'respectively'", "Comp sales were positive in all three segments with growth of 2.1% and 3.4% at Fernhill U.S. and Gadget Club, respectively.", fernhill,
		[]factWant{{text: "2.1%", scope: "fernhill u.s."}, {text: "3.4%", scope: "gadget club"}}},
	{"periods paired by 'respectively' are no parts", "Revenue grew 2.1% and 3.4% for the quarter and the year, respectively.", fernhill,
		[]factWant{{text: "2.1%", scope: "-"}, {text: "3.4%", scope: "-"}}},
	{"years paired by 'respectively' are no parts", "Margin grew 5% and 7% for 2020 and 2021, respectively.", fernhill,
		[]factWant{{text: "5%", scope: "-"}, {text: "7%", scope: "-"}}},
	{"a place a period is said for is the figure's part", "First quarter for the U.S. was strong with comparable sales growth of 3.9% and all dayparts contributing.", fernhill,
		[]factWant{{text: "3.9%", scope: "u.s."}}},
	{"the company a period is said for is the whole", "First quarter for the Company was strong with revenue growth of 3.9%.", fernhill,
		[]factWant{{text: "3.9%", scope: "-"}}},
	{"a segment's acronym expected to grow is a part", "Looking ahead to fiscal 2026, we expect GTS to grow within our 4% to 6% range.", fernhill,
		[]factWant{{text: "4% to 6%", scope: "gts"}}},
	{"a metric's acronym expected to grow is no part", "Looking ahead, we expect EPS to grow within our 4% to 6% range.", fernhill,
		[]factWant{{text: "4% to 6%", scope: "-"}}},
	{"a part named between 'at' and 'of'", "As for comp sales, we expect growth at Gadget U.S. of at least 2%.", fernhill,
		[]factWant{{text: "at least 2%", scope: "gadget u.s."}}},
	{"the company named between 'at' and 'of' is the whole", "As for comp sales, we expect growth at Fernhill of at least 2%.", fernhill,
		[]factWant{{text: "at least 2%", scope: "-"}}},
	{"the company's name said with dots", "G.R.T.'s third quarter earnings per share totaled $0.31, up 11% on a linked-quarter basis.", Context{Year: 2021, Quarter: 3, Company: "GRT Holdings"},
		[]factWant{{text: "$0.31", scope: "-"}}},
	{"the company's initials", "FTC's revenue was $231 million in the third quarter.", fernhill,
		[]factWant{{text: "$231 million", scope: "-"}}},
	{"comparable EPS", "Third-quarter comparable earnings per share of $0.71 rose 12% year over year.", q3,
		[]factWant{{text: "$0.71", basis: "comparable"}}},
	{"a segment named after a qualifier", "We continue to forecast full-year gross margin of 31% plus for this segment.", q3,
		[]factWant{{text: "31%", scope: "this segment"}}},
	{"an impact graded before its noun", "We expect a combined $10 million to $12 million positive impact to adjusted EBITDA from the new kiln.", q3,
		[]factWant{{text: "$10 million to $12 million", role: Effect}}},
	{"the basis said after the amount", "We are targeting over $2 billion in adjusted free cash flow for fiscal 2022.", q3,
		[]factWant{{text: "over $2 billion", basis: "adjusted"}}},
	{"a change from the quarter before", "Total revenues were $41.5 million, down 6% from the second quarter and up 4% year-over-year.", q3,
		[]factWant{{text: "$41.5 million", change: "-"}, {text: "6%", change: "down 6% from the second quarter"}}},
	{"a tolerance around a guided amount", "For the fourth quarter, we expect earnings per share of $0.41, plus or minus $0.03.", q3,
		[]factWant{{text: "$0.41", role: Level}, {text: "minus $0.03", role: Remark}}},
	{"an uneven tolerance", "For the year, we expect EBITDA to increase to $880 million, plus $10 million, minus $20 million.", q3,
		[]factWant{{text: "$880 million", role: Level}, {text: "$10 million", role: Remark}, {text: "minus $20 million", role: Remark}}},
	{"a period after 'and' opens the next figure's clause", "Sales grew all year, with Q1 2021 revenue at $52 million and Q4 2021 revenue at $61 million.", q4,
		[]factWant{{text: "$52 million", period: "Q1 2021"}, {text: "$61 million", period: "Q4 2021"}}},
	{"an average selling price is no revenue", "We expect the average sales price of homes closed next quarter to be between $380,000 and $390,000.", q3,
		[]factWant{{text: "between $380,000 and $390,000", metric: "average selling price"}}},
	{"sales and marketing are no sales", "We keep hiring in sales and marketing. For all of 2022, we expect to spend about $140 million.", q3,
		[]factWant{{text: "about $140 million", metric: "sales and marketing"}}},
	{"a part turned to in the quarter", "Moving to Harlow Marine in the quarter, revenues were $610 million, up 8%.", q4,
		[]factWant{{text: "$610 million", scope: "harlow marine"}}},
	{"a region before the quarter and the metric", "North America third quarter adjusted operating margin was 18.4%, down 90 basis points.", q3,
		[]factWant{{text: "18.4%", scope: "north america"}}},
	{"the company's name before the quarter and the metric", "Fernhill third quarter earnings per share totaled $0.31.", fernhill,
		[]factWant{{text: "$0.31", scope: "-"}}},
	{"a part named between the metric and the amount", "We now forecast organic revenue growth for the big three of between 5.5% and 6%.", q3,
		[]factWant{{text: "between 5.5% and 6%", scope: "big three"}}},
	{"the quarter named between the metric and the amount", "Organic revenue growth for the quarter was 4.1%.", q3,
		[]factWant{{text: "4.1%", scope: "-"}}},
	{"the company named between the metric and the amount", "Organic revenue growth for the total company was 4.1%.", q3,
		[]factWant{{text: "4.1%", scope: "-"}}},
	{"a return on capital is no margin", "We expect operating margin to expand next year. After-tax ROIC should improve to a range of 31% to 32%.", q3,
		[]factWant{{text: "31% to 32%", metric: "return on invested capital"}}},
	{"a utilization is no margin", "Margins should improve to around 12%. Fleet utilization will be around 88% for the fourth quarter.", q3,
		[]factWant{{text: "around 88%", metric: "utilization"}}},
	{"revenue deferred out of the quarter", "About $45 million of revenue that we had expected to recognize in the quarter was deferred to the next one.", q3,
		[]factWant{{text: "About $45 million", role: Effect}}},
	{"an amount of future earnings", "Those three new leases equate to $0.04 of future earnings.", q3,
		[]factWant{{text: "$0.04", role: Remark}}},
	{"a yearly rate of a multi-year plan", "By fiscal 2026 we expect to get there through 4% to 6% annual organic revenue growth.", q3,
		[]factWant{{text: "4% to 6%", role: Remark}}},
	{"points of additional improvement", "Over the next several years, we expect to add one to two percentage points of additional improvement to our organic growth rate.", q4,
		[]factWant{{text: "one to two percentage points", role: Change}}},
	{"the company's quarter before the metric", "Our third quarter adjusted operating margin was 18.4%, down 90 basis points.", q3,
		[]factWant{{text: "18.4%", scope: "-"}}},
	{"a change from the year-ago quarter", "Total revenues were $41.5 million, up 4% from the prior year quarter.", q3,
		[]factWant{{text: "$41.5 million", change: "up 4% from the prior year quarter"}}},
	// seed 149's causes
	{"a target said as topped is no guidance", "That lifted full-year organic sales growth to 6.8%, topping the high end of our recently raised target of 6% to 6.5%.", q4,
		[]factWant{{text: "6.8%", role: Level, period: "FY 2021"}, {text: "6% to 6.5%", role: Previous}}},
	{"a target said as exceeded is no guidance", "Full-year comparable sales rose 4.2%, surpassing our target of 3% to 4%.", q4,
		[]factWant{{text: "3% to 4%", role: Previous}}},
	{"an item's per-share cost said with 'which is'", "Net income included a loss on the sale of the cable unit of $31.2 million, which is $0.14 per diluted share.", q3,
		[]factWant{{text: "$0.14 per diluted share", role: Effect}}},
	{"a product line's sales growth", "Within that, sales rose 12.5% for the premium tools lines, with good growth in large accounts.", q3,
		[]factWant{{text: "12.5%", scope: "tools lines"}}},
	{"all of the lines are the company", "Sales rose 12.5% across all of our business lines.", q3,
		[]factWant{{text: "12.5%", scope: "-"}}},
	{"the top line is the company", "Sales rose 12.5% on the top line.", q3,
		[]factWant{{text: "12.5%", scope: "-"}}},
	{"a line of business named with a gerund", "Our homebuilding gross margin in the quarter increased to 21%, reflecting pricing.", q3,
		[]factWant{{text: "21%", scope: "homebuilding"}}},
	{"housing revenue is the homebuilding line's", "We expect fourth quarter housing revenues in the range of $1.2 billion to $1.3 billion.", q3,
		[]factWant{{text: "$1.2 billion to $1.3 billion", scope: "housing"}}},
	{"a participle is no line of business", "Our growing gross margin in the quarter reached 21%.", q3,
		[]factWant{{text: "21%", scope: "-"}}},
	{"what a program could yield", "The program is the largest contributor to the gap between the $2 billion and $1 of EPS generation from it.", q3,
		[]factWant{{text: "$1", role: Remark}}},
	{"a change in local currency", "Excluding these items, adjusted revenue was $215.4 million, an increase of 9% in local currency compared to the third quarter of 2020.", q3,
		[]factWant{{text: "$215.4 million", change: "-"}, {text: "9%", basis: "local currency"}}},
	{"a measure as one part reports it", "We expect the park-reported EBITDA for fiscal 2021 will be between $410 million and $450 million.", q3,
		[]factWant{{text: "between $410 million and $450 million", basis: "park-reported"}}},
	// seed 157's causes
	{"a part led after 'overall'", "Overall, in marine and services, we expect 2022 revenues will be down 12% to 17% compared to 2021.", q3,
		[]factWant{{text: "12% to 17%", scope: "marine and services"}}},
	{"the goal of a multi-year plan", "We keep progressing toward our five-year plan of achieving $40 billion in revenue and $45 of earnings per share.", q3,
		[]factWant{{text: "$40 billion", role: Remark}, {text: "$45", role: Remark}}},
	{"a ratio the vocabulary does not name leads the clause", "We improved the combined ratio. The unit's expense ratio, which a few years ago hovered in the mid-30s, came in below 29%.", q3,
		[]factWant{{text: "below 29%", metric: "-"}}},
	{"guidance on a basis said next", "We have reiterated the $2.81 to $2.93 EPS guidance that we issued in February. That range excludes the charges of our settlement.", q3,
		[]factWant{{text: "$2.81 to $2.93", role: Level, basis: "excluding items"}}},
	{"guidance said plainly keeps no basis", "We have reiterated the $2.81 to $2.93 EPS guidance that we issued in February. This excludes any acquisitions.", q3,
		[]factWant{{text: "$2.81 to $2.93", role: Level, basis: "-"}}},
	{"a per-share range too wide to be guided", "We raised our full-year FFO guidance with an updated expectation of $4 to $11 per share.", q3,
		[]factWant{{text: "$4 to $11 per share", role: Remark}}},
	{"a range read as per share from its size", "We raised our full-year FFO guidance with an updated expectation of $4 to $11.", q3,
		[]factWant{{text: "$4 to $11", role: Remark}}},
	{"progress toward a goal", "We are positioned to lead the company's progress toward $40 billion in revenue and $45 of EPS.", q3,
		[]factWant{{text: "$45", role: Remark}}},
	{"an amount for every amount", "Over the decades we yielded $1 of EPS for every $1 billion in revenue.", q3,
		[]factWant{{text: "$1", role: Remark}}},
	{"a wide per-share range still guided", "We expect full-year EPS of $2.60 to $3.40 per share.", q3,
		[]factWant{{text: "$2.60 to $3.40 per share", role: Level}}},
	{"the basis of another metric said before in the paragraph", "For the year we now expect adjusted EBITDA in the range of $870 million to $900 million and earnings per common share in the range of $2.41 to $2.58.", q3,
		[]factWant{{text: "$2.41 to $2.58", basis: "-"}}},
	{"EPS said plainly after adjusted measures", "We expect adjusted revenues of $298 million. Adjusted EBITDA to be between $61 million and $63 million and EPS to be $0.58 per share.", q3,
		[]factWant{{text: "$0.58 per share", basis: "adjusted"}}},
	{"diluted EPS guidance after an adjusted measure", "We expect adjusted EBITDA of $61 million to $63 million. We now expect our full year diluted EPS to be in the range of $4.33 to $4.60.", q3,
		[]factWant{{text: "$4.33 to $4.60", basis: "-"}}},
	{"the paragraph speaks of adjusted EPS", "Adjusted EPS rose 8% in the quarter. We are raising our full-year EPS guidance to $3.10 to $3.20.", q3,
		[]factWant{{text: "$3.10 to $3.20", basis: "adjusted"}}},
	{"the basis said in 'per adjusted diluted share'", "We expect fourth-quarter earnings guidance of $1.33 per adjusted diluted share.", q3,
		[]factWant{{text: "$1.33 per adjusted diluted share", basis: "adjusted"}}},
	// seed 163's causes
	{"a total over several years", "We remain confident in our seven year free cash flow plan and expect to generate over $3 billion over those seven years.", q3,
		[]factWant{{text: "over $3 billion", role: Remark}}},
	{"the size of what the sentence before describes", "We would expect about seven months of the Nordic unit's revenue removed from the region's results. This is approximately $250 million in net sales.", q3,
		[]factWant{{text: "approximately $250 million", role: Remark}}},
	{"guidance translated into a metric", "We expect organic revenue to decline 1% to 2%. This translates into revenue of $12.6 billion to $12.8 billion for the year.", q3,
		[]factWant{{text: "$12.6 billion to $12.8 billion", role: Level}}},
	{"a total over a range of years", "We anticipate the irrigation project will generate roughly $120 million in revenue over the next two to three years.", q3,
		[]factWant{{text: "roughly $120 million", role: Remark}}},
	{"a total over the life of a project", "Our metering deployment with the utility is expected to deliver revenues of roughly $80 million over the course of the project.", q3,
		[]factWant{{text: "roughly $80 million", role: Remark}}},
	{"a total over the life of a contract", "The new contract is worth $45 million of revenue over the life of the agreement.", q3,
		[]factWant{{text: "$45 million", role: Remark}}},
	{"a year's amount beside a span of years", "We expect free cash flow of $400 million this year and growth over the next two years.", q3,
		[]factWant{{text: "$400 million", role: Level}}},
	{"an estimated difference", "The $0.11 estimated difference in fourth-quarter FFO per share comes from the following items.", q3,
		[]factWant{{text: "$0.11", role: Change}}},
	{"what would have been beside the result said", "We report core FFO of $0.70 per share, 4.5% higher than last year. Absent this expense, that would have allowed us to report $0.71 of core FFO per share.", q3,
		[]factWant{{text: "$0.70 per share", role: Level}, {text: "$0.71", role: Remark}}},
	{"the adjusted result said as what would have been", "Excluding the charge, adjusted EPS would have been $0.77.", q3,
		[]factWant{{text: "$0.77", role: Level}}},
	{"a part turned to holds through its paragraph", "Starting with Marlow; in the second quarter, we expect revenue to increase 20% to 25%. We expect strong margin performance in the second quarter. We're targeting adjusted EBITDA margin of 29% to 30%.", q2,
		[]factWant{{text: "20% to 25%", scope: "marlow"}, {text: "29% to 30%", scope: "marlow"}}},
	{"the whole company named again ends the part", "Starting with Marlow; in the second quarter, we expect revenue to increase 20% to 25%. For the total company, we're targeting adjusted EBITDA margin of 19% to 20%.", q2,
		[]factWant{{text: "19% to 20%", scope: "-"}}},
	// seed 167's causes
	{"a change in money said with 'or' after its percent", "Currency helped the top line by about 1% or $21 million.", q3,
		[]factWant{{text: "$21 million", role: Change}}},
	{"guided growth restated as the level with 'or'", "We now expect full-year diluted EPS to increase between 5% to 8% or $6.70 to $6.95.", q3,
		[]factWant{{text: "$6.70 to $6.95", role: Level}}},
	{"a line of sight is no part", "We have clear line of sight to bring leverage down to 3.5 times at the end of next year.", q3,
		[]factWant{{text: "3.5 times", scope: "-"}}},
	{"the new level after 'from the prior year period to'", "Net sales increased 5% or $84 million from the prior year period to $1.8 billion.", q3,
		[]factWant{{text: "$84 million", role: Change}, {text: "$1.8 billion", role: Level}}},
	{"a part's plural possessive", "Marine Solutions' gross margin was 5.6%, 37 basis points lower than a year ago.", fernhill,
		[]factWant{{text: "5.6%", scope: "marine solutions"}}},
	{"a range said without 'to'", "Full-year adjusted EBITDA is projected to be in a range of $1.04 billion $1.06 billion.", q3,
		[]factWant{{text: "$1.04 billion", role: Remark}, {text: "$1.06 billion", role: Remark}}},
	{"a loss said in another sentence", "Earnings were $2.15 per share compared to a loss of $1.40 a year ago. Excluding a small gain, we generated a record $2.12 per share in the quarter.", q3,
		[]factWant{{text: "$2.12 per share", metric: "eps"}}},
	{"a loss said in its own sentence", "Excluding a small gain, the net loss was $2.12 per share in the quarter.", q3,
		[]factWant{{text: "$2.12 per share", metric: "net loss per share"}}},
	// seed 211's causes (judged on main at the sixth session's start)
	{"margins at the segment level", "Segment-level adjusted operating margins were 21.4%, up 60 basis points.", q3,
		[]factWant{{text: "21.4%", scope: "segment-level"}}},
	{"months paired by 'respectively'", "July, August and September comparable sales were positive 4.2%, positive 6.5% and positive 3.9%, respectively.", q3,
		[]factWant{{text: "4.2%", scope: "july"}, {text: "6.5%", scope: "august"}, {text: "3.9%", scope: "september"}}},
	{"points of a rate are its change", "Our comparable sales improved sequentially by 12.4 percentage points compared to the first quarter.", q2,
		[]factWant{{text: "12.4 percentage points", role: Change}}},
	{"points of margin are its change", "Gross margin expanded sequentially and year over year by 90 basis points.", q2,
		[]factWant{{text: "90 basis points", role: Change}}},
	{"a channel named with a hyphen", "Delivery and to-go sales rose 14%, and off-premise comp sales increased 120% against 2019.", q2,
		[]factWant{{text: "120%", scope: "off-premise"}}},
	{"an after-tax measure is no part", "After-tax operating income was $28 million or $0.80 per diluted share.", q3,
		[]factWant{{text: "$0.80 per diluted share", scope: "-"}}},
	{"a revenue line named with a hyphen", "We expect fee-based revenue between $80 million and $82 million next quarter.", q3,
		[]factWant{{text: "between $80 million and $82 million", scope: "fee-based"}}},
	{"a comparison named with hyphens is no part", "Enterprise revenue rose 3%, on better-than-expected comparable sales of 2.4%.", q3,
		[]factWant{{text: "2.4%", scope: "-"}}},
	{"a horizon named with a hyphen is no part", "We grew near-term revenue 9% in the quarter.", q3,
		[]factWant{{text: "9%", scope: "-"}}},
	{"a stacked period named with a hyphen is no part", "Our two-year comp sales increased 6.5% this quarter.", q2,
		[]factWant{{text: "6.5%", scope: "-"}}},
	{"gross sales are not the revenue reported", "Our wealth platform had another strong quarter. Gross sales of $21 billion.", q3,
		[]factWant{{text: "$21 billion", metric: "gross sales"}}},
	{"the year said at the end of the sentence before", "That growth funded our investments while driving 40 basis points of margin expansion for the year. Higher revenues drove 11% adjusted EPS growth to $4.80.", q4,
		[]factWant{{text: "$4.80", period: "FY 2021"}}},
	{"an average of thousands is no total", "Contracts coming out of the backlog now average around the $5,900 level.", q3,
		[]factWant{{text: "$5,900", metric: "-"}}},
	{"another subject's change after 'and'", "Total revenues were $512 million and service revenues were up 13.5% over the prior year quarter.", q3,
		[]factWant{{text: "$512 million", change: "-"}}},
	{"the same subject's change after 'and'", "Total revenues were $512 million and were up 13.5% over the prior year quarter.", q3,
		[]factWant{{text: "$512 million", change: "up 13.5% over the prior year quarter"}}},
	{"guidance for the quarter is the quarter ahead", "Turning to guidance. For the quarter, we expect diluted earnings per share in the range of $1.05 to $1.20.", q3,
		[]factWant{{text: "$1.05 to $1.20", period: "Q4 2021"}}},
	{"a milestone is a plan's goal", "Serving both customers will drive growth as we work toward a $90 billion sales milestone.", q3,
		[]factWant{{text: "$90 billion", role: Remark}}},
	{"the market a company could sell to is no revenue", "We now estimate that our total addressable market is greater than $400 billion.", q3,
		[]factWant{{text: "greater than $400 billion", metric: "addressable market"}}},
	{"may is a month only beside another", "April and May traffic rose 3% and 5%, respectively.", q2,
		[]factWant{{text: "3%", scope: "april"}, {text: "5%", scope: "may"}}},
	{"bases paired by 'respectively' are not months", "GAAP and adjusted EPS were $1.10 and $1.25, respectively, and we may raise the dividend.", q3,
		[]factWant{{text: "$1.10", scope: "-"}, {text: "$1.25", scope: "-"}}},
	{"as reported is no part's measure", "We expect the as-reported EBITDA for fiscal 2021 will be between $410 million and $450 million.", q3,
		[]factWant{{text: "between $410 million and $450 million", basis: "-"}}},
	// seed 191's causes
	{"a part whose results the sentence before turns to", "Turning to page 7, I'll go over our second quarter results for our Nordic region. Net sales increased by 9%, led by price.", q3,
		[]factWant{{text: "9%", scope: "our nordic region"}}},
	{"the quarter's results said before are the company's", "Turning to page 7, I'll go over our second quarter results. Net sales increased by 9%, led by price.", q3,
		[]factWant{{text: "9%", scope: "-"}}},
	{"a net asset value per share is not earnings", "We estimate our net asset value at about $41 per share, well above where the stock trades.", q3,
		[]factWant{{text: "about $41 per share", metric: "net asset value per share"}}},
	{"more of a metric than before is a difference", "We now see our coastal hotels earning $3.1 million more EBITDA than they did in 2019.", q3,
		[]factWant{{text: "$3.1 million", role: Change}}},
	{"a level compared after a comma stays the level", "We reported adjusted earnings per share of $1.62, more than double the year before.", q3,
		[]factWant{{text: "$1.62", role: Level}}},
	{"a level better than another after a comma", "Adjusted EBITDA was $48 million, better than we expected.", q3,
		[]factWant{{text: "$48 million", role: Level}}},
	{"points better than an index", "We expect organic growth to run one to two percentage points better than GDP.", q3,
		[]factWant{{text: "one to two percentage points", role: Change}}},
	{"the year as a whole", "Looking at the year as a whole, diluted earnings per share was $1.87.", q4,
		[]factWant{{text: "$1.87", period: "FY 2021"}}},
	{"the year's result restated on another basis", "Looking at the year as a whole, earnings per share was $1.87. That included the merger costs. On an adjusted basis, earnings per share was $2.31, well above last year.", q4,
		[]factWant{{text: "$2.31", period: "FY 2021", basis: "adjusted"}}},
	{"another basis after a sentence of the quarter", "Looking at the year as a whole, earnings per share was $1.87. In the fourth quarter, volumes picked up. On an adjusted basis, earnings per share was $0.61.", q4,
		[]factWant{{text: "$0.61", period: "Q4 2021"}}},
	// seed 193's causes (judged before its rules)
	{"a fiscal year named by its last day", "Our outlook for the full fiscal year ending December 31, 2021 is as follows. Gross margin is estimated to be in the range of about 41% to 42%.", q3,
		[]factWant{{text: "about 41% to 42%", period: "FY 2021"}}},
	{"a quarter named by its last day", "For the quarter ended September 30, 2021, revenue was $52 million.", q3,
		[]factWant{{text: "$52 million", period: "Q3 2021"}}},
	// causes still open from earlier samples
	{"a guided quarter's implied margin", "For the fourth quarter, we expect revenue of $610 million to $630 million. This implies an adjusted operating margin of about 11%.", q3,
		[]factWant{{text: "about 11%", period: "Q4 2021"}}},
	{"a half implied by guidance is not the next guidance's period", "Our outlook implies the second half will be stronger than the first. We expect gross margin of 41% to 42%.", q3,
		[]factWant{{text: "41% to 42%", period: "-"}}},
	{"two quarters that support a range", "We expect strong Q3 and Q4 performance to support our EPS range of $3.05 to $3.25.", q2,
		[]factWant{{text: "$3.05 to $3.25", period: "-"}}},
	{"two quarters that support the updated range", "Our margins underpin Q3 and Q4 performance to support the updated adjusted EPS range of $3.05 to $3.25.", q2,
		[]factWant{{text: "$3.05 to $3.25", period: "FY 2020"}}},
	{"a level the outlook is raised to", "Solid demand gives us the confidence to raise our adjusted earnings per share to about $8.40 for the year.", q3,
		[]factWant{{text: "about $8.40", role: Remark}}},
	{"a result that rose to a level is still the result", "Adjusted earnings per share rose to $2.10 in the quarter.", q3,
		[]factWant{{text: "$2.10", role: Level, metric: "adjusted eps"}}},
	{"a level on a return to an earlier peak", "When we get back to our previous peak volumes, we expect revenue of around $900 million.", q3,
		[]factWant{{text: "around $900 million", role: Remark}}},
	{"a level once the market recovers", "Once demand recovers to pre-pandemic levels, we would expect adjusted EBITDA of $140 million to $150 million.", q3,
		[]factWant{{text: "$140 million to $150 million", role: Remark}}},
	{"guidance said while volumes recover is guidance", "We expect revenue of $410 million to $420 million for the year as volumes recover.", q3,
		[]factWant{{text: "$410 million to $420 million", role: Level}}},
	{"a condition on something else keeps guidance", "Now that the plant is open, we expect full-year revenue of $1.3 billion.", q3,
		[]factWant{{text: "$1.3 billion", role: Level}}},
	{"a dividend raised to is the dividend", "We are raising our quarterly dividend to $0.45 per share.", q3,
		[]factWant{{text: "$0.45 per share", role: Level, metric: "dividend per share"}}},
	// issue 14, figures on calls nobody tuned for
	{"items left out, whatever they are called", "Funds from operations, excluding designated items, came to $0.88 per share for the quarter.", q3,
		[]factWant{{text: "$0.88 per share", basis: "excluding items"}}},
	{"items left out before the amount", "Before notable items, net income was $212 million.", q3,
		[]factWant{{text: "$212 million", basis: "excluding items"}}},
	{"a part whose name begins with 'core'", "Core Uniforms revenue grew to $418 million, and Core Uniforms operating margin reached 11.2%.", q3,
		[]factWant{{text: "$418 million", basis: "-", scope: "core uniforms"}, {text: "11.2%", basis: "-", scope: "core uniforms"}}},
	{"a part named 'core ...' before a growth rate", "Our outlook assumes a Core Uniforms organic growth rate of about 5% at the midpoint.", q3,
		[]factWant{{text: "about 5%", basis: "-", scope: "core uniforms"}}},
	{"'core' as a lower-case adjective keeps its basis", "We saw core transaction deposits rise to $4.1 billion.", q3,
		[]factWant{{text: "$4.1 billion", basis: "core", scope: "-"}}},
	{"a verb of forecasting names no part", "We project free cash flow of about $700 million for the year.", q3,
		[]factWant{{text: "about $700 million", scope: "-"}}},
	{"a basis word between a rate and its metric", "We delivered $9.2 billion in revenue, a 31% non-GAAP gross margin and EPS of $1.10.", q3,
		[]factWant{{text: "31%", metric: "gross margin", basis: "non-GAAP", role: Level}}},
	{"the longest metric after a basis word", "We reiterate our long-term target of 23% to 27% non-GAAP operating margin.", q3,
		[]factWant{{text: "23% to 27%", metric: "operating margin", basis: "non-GAAP"}}},
	{"FFO said per share after the amount", "We reported $0.64 of core FFO per diluted share, up 8%.", q3,
		[]factWant{{text: "$0.64", metric: "ffo per share", basis: "core"}}},
	{"FFO said after the amount, not per share", "We generated $52 million of FFO in the quarter.", q3,
		[]factWant{{text: "$52 million", metric: "ffo"}}},
	{"'core' said right before its metric is a basis", "Core FFO came to $0.52 per share and core diluted EPS to $0.47.", q3,
		[]factWant{{text: "$0.52 per share", basis: "core"}, {text: "$0.47", basis: "core"}}},
	{"'core' before a basis word and its metric", "Core net operating income was $38 million.", q3,
		[]factWant{{text: "$38 million", basis: "core"}}},
	// seed 457's causes (judged before its rules)
	{"a percent opening its clause is a share of what follows", "RevPAR in the city fell sharply. Next year, 15% of the city's office towers could be converted to housing.", q3,
		[]factWant{{text: "15%", metric: "-"}}},
	{"a share after a lead word", "Comparable sales rose 4%, and about 30% of our stores stayed closed all quarter.", q3,
		[]factWant{{text: "about 30%", metric: "-"}}},
	{"a share of the metric itself keeps its metric", "Gross margin was 41%, and 12% of revenue came from services.", q3,
		[]factWant{{text: "41%", metric: "gross margin"}}},
	// seed 487's cause
	{"a per-share offer is a price", "Our $62 per share offer for the pump maker was pre-emptive.", q3,
		[]factWant{{text: "$62 per share", metric: "-"}}},
	{"a per-share result followed by other words keeps its metric", "Earnings were $1.62 per share, above our outlook.", q3,
		[]factWant{{text: "$1.62 per share", metric: "eps"}}},
	// seed 491's cause
	{"comprehensive income per share is not earnings", "For the quarter, we recorded comprehensive income of $0.92 per common share.", q3,
		[]factWant{{text: "$0.92 per common share", metric: "comprehensive income per share"}}},
	{"earnings available for distribution are not earnings per share", "We also reported earnings available for distribution of $0.61 per common share.", q3,
		[]factWant{{text: "$0.61 per common share", metric: "earnings available for distribution per share"}}},
	{"a total economic return is no earnings", "Our total economic return was $0.21 per common share, or 1.4% for the quarter.", q3,
		[]factWant{{text: "$0.21 per common share", metric: "economic return per share"}, {text: "1.4%", metric: "economic return"}}},
	// seed 499's cause
	{"a change in a relative clause of another noun", "Revenues of $318 million were above our outlook, led by strength in our medical sector, which grew 24% year-over-year.", q3,
		[]factWant{{text: "$318 million", change: "-"}}},
	{"a change in a relative clause of the amount", "Revenues were $318 million, which grew 24% year-over-year.", q3,
		[]factWant{{text: "$318 million", change: "grew 24% year-over-year"}}},
	// seed 503's cause
	{"a basis adjusted for one thing, said as one word", "We expect transaction-adjusted free cash flow of $2.1 billion to $2.4 billion for the year.", q3,
		[]factWant{{text: "$2.1 billion to $2.4 billion", basis: "transaction-adjusted"}}},
	{"as-adjusted is adjusted", "On an as-adjusted basis, diluted EPS was $2.07.", q3,
		[]factWant{{text: "$2.07", basis: "adjusted"}}},
	// seed 449's Q3 guidance read as the year's (eleventh session), mended now
	{"the quarter a company has visibility through, after declining the year's guidance", "We are not reinstating full-year guidance. However, we do have reasonable visibility through the third quarter. We expect operating margins in the range of 12% to 12.5%.", q2,
		[]factWant{{text: "12% to 12.5%", period: "Q3 2020"}}},
	{"visibility said after the year's outlook leaves the year", "Our full-year outlook has improved. We have good visibility into our third quarter. We expect net sales to be down between 6% and 11% and adjusted EBITDA of $150 million to $160 million.", q2,
		[]factWant{{text: "$150 million to $160 million", period: "FY 2020"}}},
	{"what remains of a larger amount", "Next year's plan includes $4 million of revenue from the tower, with about $2.5 million yet to come.", q3,
		[]factWant{{text: "about $2.5 million", role: Remark}}},
}

// TestGarbledNumber checks that "$0 56" (a number the transcript broke) is
// no figure of $0.
func TestGarbledNumber(t *testing.T) {
	for _, f := range Find("We reported first quarter FFO of $0 56 per share and EPS of $0.21.", q2) {
		if f.Value == 0 {
			t.Errorf("figure %q of value 0 read from a broken number", f.Text)
		}
	}
}

// TestChangeOnAnotherBasis checks that a change said organically or in
// constant currency is not given to the reported amount it follows.
func TestChangeOnAnotherBasis(t *testing.T) {
	for _, tc := range []struct{ in, amount, change string }{
		{"Net sales of $2.3 billion rose 5% organically.", "$2.3 billion", ""},
		{"Revenue of $640 million was up 7% in constant currency.", "$640 million", ""},
		{"Revenue of $640 million was up 7% on an organic basis.", "$640 million", ""},
		{"Revenue of $640 million was up 7% from last year.", "$640 million", "up 7%"},
	} {
		for _, f := range Find(tc.in, q3) {
			if f.Text == tc.amount && f.Change != tc.change {
				t.Errorf("%q: %s change = %q, want %q", tc.in, tc.amount, f.Change, tc.change)
			}
		}
	}
}

// TestSignedRange checks that a range said from a fall to a rise keeps the
// fall's sign, and that two percentages joined by "to" without a fall stay
// apart when they are not a range.
func TestSignedRange(t *testing.T) {
	for _, tc := range []struct {
		in, text  string
		low, high float64
	}{
		{"We now expect comparable sales to range from down 3% to up 2% for the year.", "down 3% to up 2%", -3, 2},
		{"We expect organic growth of negative 1% to positive 2% next year.", "negative 1% to positive 2%", -1, 2},
		{"We are projecting fourth-quarter comps to be up 1% to down 2% compared to last year.", "up 1% to down 2%", -2, 1},
		{"We expect comparable sales in the range of down 3% to up 1% to last year.", "down 3% to up 1%", -3, 1},
	} {
		found := false
		for _, f := range Find(tc.in, q3) {
			if f.Text == tc.text {
				found = true
				if f.Low != tc.low || f.High != tc.high || !f.IsRange {
					t.Errorf("%q: %s = %v to %v (range %v), want %v to %v", tc.in, f.Text, f.Low, f.High, f.IsRange, tc.low, tc.high)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.in, tc.text)
		}
	}
}

// TestBoundSaidAfter checks that a bound said after an amount ("or more",
// "-plus") is kept as its qualifier, so that no key point states the bound
// as the amount itself.
func TestBoundSaidAfter(t *testing.T) {
	for _, tc := range []struct{ in, text, qual string }{
		{"We still expect to generate free cash flow of $95 million or more this year.", "$95 million", "at least"},
		{"We see this as a $2.3 billion-plus revenue opportunity over time.", "$2.3 billion-plus", "more than"},
		{"We expect capital spending of $40 million or less next year.", "$40 million", "up to"},
		{"Interest expense should be $12 million or so in the quarter.", "$12 million", "about"},
		{"Revenue was $310 million or 4% higher than a year ago.", "$310 million", ""},
		{"We expect about $95 million or more of free cash flow.", "about $95 million", "about"},
	} {
		found := false
		for _, f := range Find(tc.in, q3) {
			if f.Text == tc.text {
				found = true
				if f.Qualifier != tc.qual {
					t.Errorf("%q: %s qualifier = %q, want %q", tc.in, f.Text, f.Qualifier, tc.qual)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.in, tc.text)
		}
	}
}

// TestChangeOfAnother checks that a change said of a noun of its own (a
// metric named with the change, or "in" something else) is not given to
// the amount it follows.
func TestChangeOfAnother(t *testing.T) {
	for _, tc := range []struct{ in, amount, change string }{
		{"Net sales were $8.1 billion, helped by a comparable sales increase of 6.2%.", "$8.1 billion", ""},
		{"Net interest income rose to $71 million, helped by a 12% decline in deposit costs.", "$71 million", ""},
		{"Revenue of $640 million was up 7% in Europe.", "$640 million", ""},
		{"Revenue was $640 million, a revenue increase of 7%.", "$640 million", "increase of 7%"},
		{"Revenue of $640 million was up 7% in the quarter.", "$640 million", "up 7%"},
		{"Revenue was $640 million, a 7% increase in U.S. dollars.", "$640 million", "7% increase"},
		{"The dividend of $0.30 per share increased by 7% in comparison to the prior year.", "$0.30 per share", "increased by 7%"},
		// a change whose noun carries a basis the amount is not said with
		{"Revenue was $910 million, reflecting core revenue growth of 4.5%.", "$910 million", ""},
		{"Sales came to $910 million, reflecting constant currency growth of 4.5%.", "$910 million", ""},
		{"Core sales came to $910 million, reflecting core sales growth of 4.5%.", "$910 million", "growth of 4.5%"},
		{"Sales came to $910 million, reflecting sales growth of 4.5%.", "$910 million", "growth of 4.5%"},
	} {
		found := false
		for _, f := range Find(tc.in, q3) {
			if f.Text == tc.amount {
				found = true
				if f.Change != tc.change {
					t.Errorf("%q: %s change = %q, want %q", tc.in, tc.amount, f.Change, tc.change)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.in, tc.amount)
		}
	}
}

// TestQualifierBound: what each kind of qualifier says of the amount.
func TestQualifierBound(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"", ""}, {"more than", BoundAbove}, {"exceeding", BoundAbove}, {"beyond", BoundAbove}, {"at least", BoundAtLeast},
		{"as low as", BoundAtLeast}, {"nearly", BoundBelow}, {"south of", BoundBelow}, {"up to", BoundUpTo},
		{"as high as", BoundUpTo}, {"approximately", BoundAbout}, {"close to", BoundAbout}, {"only", ""}, {"Just", ""},
	} {
		if got := QualifierBound(tc.q); got != tc.want {
			t.Errorf("QualifierBound(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestRoleOfAPart: amounts said of a part of a metric or of what moved it,
// not its level (issue 14).
func TestRoleOfAPart(t *testing.T) {
	for _, tc := range []struct {
		in, amount string
		role       Role
	}{
		// a comma grouping digits ends no clause: the verb before it holds
		{"The write-off lowered our net income by $812,000 and our EPS by $0.02 in Q3.", "$0.02", Change},
		{"The write-off lowered our net income by $812,000 and our EPS by $0.02 in Q3.", "$812,000", Change},
		{"Net income was $812,000, and EPS was $0.02.", "$0.02", Level},
		// a part of the metric moved out or in
		{"As we said before, that is about $0.31 of EPS now excluded in discontinued operations.", "about $0.31", Effect},
		{"Adjusted EPS of $1.40 excluded a charge of $0.06.", "$1.40", Level},
		{"We reported $0.52 of adjusted EPS for the quarter.", "$0.52", Level},
		// said in an opening clause of what the result leaves out
		{"Excluding gains on investments of $0.04 per share, adjusted earnings rose by $0.06 per share.", "$0.04 per share", Effect},
		{"Excluding special items EPS was $1.20 in the quarter.", "$1.20", Level},
		{"Excluding special items, EPS was $1.20 in the quarter.", "$1.20", Level},
		// what the metric loses or gains
		{"The sales will cost us a loss of about $3.1 million of EBITDA for the rest of the year.", "about $3.1 million", Change},
		{"We reported a net loss of $6 million.", "$6 million", Level},
	} {
		if f := turnFigure(t, []string{tc.in}, q3, tc.amount); f.Role != tc.role {
			t.Errorf("%q: %s role = %s, want %s (%v)", tc.in, tc.amount, f.Role, tc.role, f.Reasons)
		}
	}
}
