package figures

import (
	"strings"
	"testing"
)

// labelCases check the label (metric, period, kind) of one figure of a
// paragraph, one case per cause of a wrong label seen on real calls. The
// companies, people and numbers are invented; the sentences are written
// for these tests. An empty metric, period or kind is not checked; a metric
// "-" must be none, a period "-" must be unknown (a span the figure model has no period for).
var labelCases = []struct {
	cause  string
	in     string
	ctx    Context
	fig    string // the figure's text
	metric string
	period string
	kind   Kind
}{
	// wrong kind: a result measured against guidance is a result
	{"a result against the previous outlook", "Earnings per share of $1.41 against our previous full year outlook range of $1.50 to $1.55.", Context{Year: 2021, Quarter: 3},
		"$1.41", "eps", "", Actual},
	{"the year's highlights announced before", "I will discuss our full-year highlights. We delivered record ongoing earnings per share of $12, above our $10.75 to $11.50 guidance.", Context{Year: 2021, Quarter: 4},
		"$12", "eps", "FY 2021", Actual},
	{"a result compared to guidance", "Compared to our guidance, revenue of $4.2 billion beat the top of our outlook, driven by comparable sales growth of 2.4%.", Context{Year: 2021, Quarter: 3},
		"2.4%", "same-store sales", "Q3 2021", Actual},
	// wrong kind: a comparison clause ends where the statement resumes
	{"new level after 'over last year to'", "Our freight revenues in the third quarter rose 21% over last year to $4.4 billion.", Context{Year: 2021, Quarter: 3},
		"$4.4 billion", "revenue", "Q3 2021", Actual},
	{"new level after 'versus the prior year to'", "Net sales in the quarter were up 3% versus the prior year to $1.31 billion.", Context{Year: 2021, Quarter: 1},
		"$1.31 billion", "revenue", "Q1 2021", Actual},
	{"new level after 'from ... to'", "Orvane revenue was down 12% during the second quarter from $410 million in 2020 to $361 million.", Context{Year: 2021, Quarter: 2},
		"$361 million", "revenue", "Q2 2021", Actual},
	{"the compared figure keeps its period", "Orvane revenue was down 12% during the second quarter from $410 million in 2020 to $361 million.", Context{Year: 2021, Quarter: 2},
		"$410 million", "revenue", "", Prior},
	{"new subject after 'and'", "Reported EPS was $0.91, up from $0.80 last year and adjusted EPS was $0.97, up 9% from $0.89 in the prior year.", Context{Year: 2021, Quarter: 3},
		"$0.97", "adjusted eps", "Q3 2021", Actual},
	{"second pair after 'or'", "EPS was $1.04 in Q3 versus $0.70 a year ago or $0.95 versus $0.77 on an adjusted basis.", Context{Year: 2020, Quarter: 3},
		"$0.95", "eps", "Q3 2020", Actual},
	{"comparison qualifying the subject", "The decline versus 2020 was driven by a comparable sales decrease of 3.9%.", Context{Year: 2021, Quarter: 3},
		"3.9%", "same-store sales", "Q3 2021", Actual},
	{"a change said after the level keeps its base", "In total, revenue of $6.1 billion increased $410 million linked quarter.", Context{Year: 2021, Quarter: 3},
		"$6.1 billion", "revenue", "Q3 2021", Actual},
	{"'better than expected' is no period comparison", "We are pleased to report better than expected second quarter sales of $1.2 billion.", Context{Year: 2021, Quarter: 2},
		"$1.2 billion", "revenue", "Q2 2021", Actual},
	{"change by and new level, then the base", "EPS for the quarter grew by $0.21 to $2.04 per share from $1.83.", Context{Year: 2021, Quarter: 1},
		"$1.83", "eps", "", Prior},
	{"'translates to' after a comparison", "Operating income rose 64% compared to prior year and translates to $1.95 in earnings per share.", Context{Year: 2021, Quarter: 3},
		"$1.95", "eps", "Q3 2021", Actual},

	// wrong kind: results measured against guidance are not guidance
	{"above the top end of guidance", "Adjusted diluted EPS of $1.33 was above the top end of our revised Q3 guidance.", Context{Year: 2021, Quarter: 3},
		"$1.33", "adjusted eps", "Q3 2021", Actual},
	{"relative clause looks ahead, the result does not", "Second-quarter GAAP earnings were $0.41 per share and reflect the gain on a sale, which will be accounted for separately.", Context{Year: 2021, Quarter: 2},
		"$0.41 per share", "eps", "Q2 2021", Actual},
	{"a period that has not begun", "We are confident in our ability to deliver our 2023 full-year adjusted earnings of at least $9.10 per share.", Context{Year: 2022, Quarter: 4},
		"at least $9.10 per share", "eps", "FY 2023", Guidance},
	{"a declared dividend for next quarter is no guidance", "The board approved a 7% increase of our third quarter dividend to $0.48 per share.", Context{Year: 2021, Quarter: 2},
		"$0.48 per share", "dividend per share", "", Actual},
	{"a payment date is not the dividend's period", "Our board declared a quarterly cash dividend of $0.29 per share payable on December 15, 2021.", Context{Year: 2021, Quarter: 3},
		"$0.29 per share", "dividend per share", "Q3 2021", Actual},
	{"an expected figure", "Altogether this brings us to an expected diluted EPS of approximately $0.66 in 2021.", Context{Year: 2021, Quarter: 3},
		"approximately $0.66", "eps", "FY 2021", Guidance},
	{"an expected change of a result is no forecast", "Net sales were 1.9 billion, an expected reduction of 4%, mostly from stores we sold.", Context{Year: 2020, Quarter: 3},
		"1.9 billion", "revenue", "Q3 2020", Actual},
	{"a verbless forecast goes on", "For the fourth quarter, we expect revenue between $310 million and $315 million. Adjusted EBITDA to be about $55 million, and EPS to be $0.52.", Context{Year: 2021, Quarter: 3},
		"$0.52", "", "Q4 2021", Guidance},

	// wrong period
	{"a forecast's replaced range stays replaced", "For fiscal 2022, we now expect net sales of $280 million to $300 million, down from $300 million to $330 million.", Context{Year: 2022, Quarter: 1},
		"$330 million", "", "", Prior},
	{"the year of a guidance phrase", "Today we also initiated 2023 core FFO per share guidance of $3.10 to $3.16 per share.", Context{Year: 2022, Quarter: 3},
		"$3.10 to $3.16 per share", "", "FY 2023", Guidance},
	{"a span said after a change and a comparison", "Adjusted EPS of $1.92 was up 11% year over year, compared to $1.73 in 2018.", Context{Year: 2019, Quarter: 4},
		"$1.92", "adjusted eps", "-", Actual},
	{"a figure with its own year keeps it past a later comparison", "Digital sales reached a record $19 billion in fiscal 2021, an increase of approximately 22% over 2020.", Context{Year: 2021, Quarter: 4},
		"$19 billion", "revenue", "FY 2021", Actual},
	{"a dividend annualized is no quarter's", "We're declaring a dividend of $0.25 per share, which is $1.00 annualized, and that's up 3% from a year ago.", Context{Year: 2021, Quarter: 2},
		"$1.00", "", "-", Actual},
	{"guidance without a period is the year's", "We are raising our adjusted EPS guidance to $3.85.", Context{Year: 2021, Quarter: 3},
		"$3.85", "adjusted eps", "FY 2021", Guidance},
	{"guidance without a period on a Q4 call is next year's", "Our EPS outlook is now at least $12.40.", Context{Year: 2021, Quarter: 4},
		"at least $12.40", "eps", "FY 2022", Guidance},
	{"the year of earlier guidance words", "Moving on to our updated 2021 guidance. Our guidance range for FFO is now $1.60 to $1.68 per share with a midpoint of $1.64.", Context{Year: 2021, Quarter: 2},
		"$1.64", "", "FY 2021", Guidance},
	{"a past quarter beside the word guidance is no period ahead", "We reinstated guidance with our second quarter results. We will move to $5.90 to $6.10 of EPS and revenues of around $8.7 billion.", Context{Year: 2020, Quarter: 3},
		"around $8.7 billion", "revenue", "-", Guidance},
	{"'for the year' ahead on a Q4 call", "We are raising our sales outlook to a range of $40 billion to $41 billion for the year, representing comparable sales of up 2%.", Context{Year: 2021, Quarter: 4},
		"2%", "same-store sales", "FY 2022", Guidance},
	{"quarter of our fiscal year", "In the first quarter of our fiscal year 2022, we reported sales of $118.4 million.", Context{Year: 2022, Quarter: 1},
		"$118.4 million", "revenue", "Q1 2022", Actual},
	{"fiscal year before the quarter", "GAAP diluted EPS was $0.61 for the fiscal '22 second quarter.", Context{Year: 2022, Quarter: 2},
		"$0.61", "eps", "Q2 2022", Actual},
	{"current year quarter", "Non-GAAP diluted EPS was $0.73 in the current year quarter.", Context{Year: 2022, Quarter: 2},
		"$0.73", "adjusted eps", "Q2 2022", Actual},
	{"'this year' beside the quarter", "For the third quarter we had a loss per share of $0.21 this year versus income of $1.10 in the prior year.", Context{Year: 2019, Quarter: 3},
		"$0.21", "net loss per share", "Q3 2019", Actual},
	{"quarter of this year", "Loss per share was $0.07 in the first quarter of this year.", Context{Year: 2021, Quarter: 1},
		"$0.07", "net loss per share", "Q1 2021", Actual},
	{"bare year in a sentence about the quarter", "For the quarter, net income rose to $21 million. On a per share basis, that is $0.52 per diluted share in 2021 as compared to $0.14 for the quarter in 2020.", Context{Year: 2021, Quarter: 2},
		"$0.52 per diluted share", "eps", "Q2 2021", Actual},
	{"a later clause's rate is no span", "EPS for the second quarter decreased 9.5% to $2.12, which reflects a compound annual growth rate of 21%.", Context{Year: 2021, Quarter: 2},
		"$2.12", "eps", "Q2 2021", Actual},
	{"an annualized rate is no span", "Revenue this quarter was a record $287 million, up 16% on a linked-quarter annualized basis.", Context{Year: 2021, Quarter: 3},
		"$287 million", "revenue", "Q3 2021", Actual},
	{"the span of a later pair stays there", "Diluted EPS was $1.44 versus $1.10 last year and for the first nine months, diluted EPS was $2.40 versus $2.31 in 2019.", Context{Year: 2020, Quarter: 3},
		"$1.44", "eps", "Q3 2020", Actual},
	{"a linked-quarter basis is no period", "On a linked-quarter basis, total revenue reached a record of $305 million.", Context{Year: 2021, Quarter: 3},
		"$305 million", "revenue", "Q3 2021", Actual},
	{"a period past a comma belongs to the next clause", "We ended the third quarter with a backlog of $284 million, the supply delays will weigh on revenue in the fourth quarter.", Context{Year: 2021, Quarter: 3},
		"$284 million", "backlog", "Q3 2021", Actual},

	{"a quarter written number first", "Excluding one cent of income from a settlement, 4Q 2018 FFO was $0.38 per share.", Context{Year: 2019, Quarter: 4},
		"$0.38 per share", "", "Q4 2018", Prior},

	// wrong metric: per-share amounts and their subject
	{"income per diluted share", "The company's income per diluted share was $0.23 compared to $0.07 in the year ago quarter.", Context{Year: 2021, Quarter: 2},
		"$0.23", "eps", "Q2 2021", Actual},
	{"earned per share after excluded costs", "Excluding these costs, we earned $0.83 per share in the second quarter.", Context{Year: 2021, Quarter: 2},
		"$0.83 per share", "eps", "Q2 2021", Actual},
	{"an excluded item is not the metric", "Adjusted diluted EPS, excluding non-operational items and amortization expense was $1.26 per share.", Context{Year: 2021, Quarter: 2},
		"$1.26 per share", "adjusted eps", "Q2 2021", Actual},
	{"an item taken out with 'less'", "Adjusted EPS as defined by GAAP EPS less amortization expense and one-time charges totaled $0.04 a share.", Context{Year: 2020, Quarter: 4},
		"$0.04 a share", "eps", "Q4 2020", Actual},
	{"an excluded list ends at its comma", "On an adjusted basis, excluding these costs, we reported net income of $28.2 million or $0.74 per share.", Context{Year: 2020, Quarter: 4},
		"$0.74 per share", "eps", "Q4 2020", Actual},
	{"this year against a quarter a year ago", "That led to an increase in earnings per share to $0.88 per share this year compared with $0.61 in the first quarter a year ago.", Context{Year: 2021, Quarter: 1},
		"$0.88 per share", "eps", "Q1 2021", Actual},
	{"income from continuing operations per share", "We reported income from continuing operations of $0.88 per share.", Context{Year: 2021, Quarter: 4},
		"$0.88 per share", "eps", "Q4 2021", Actual},
	{"non-GAAP income of a per-share amount", "For our non-GAAP results, we reported non-GAAP income of $0.06 per share in the third quarter of 2021.", Context{Year: 2021, Quarter: 3},
		"$0.06 per share", "eps", "Q3 2021", Actual},
	{"a company earned an amount", "In the first quarter, Tarrow Bank earned $2.9 billion or $6.10 per diluted common share.", Context{Year: 2021, Quarter: 1},
		"$2.9 billion", "net income", "Q1 2021", Actual},
	{"organic revenue as an amount", "Organic revenue was $203 million, up 2% versus prior year.", Context{Year: 2021, Quarter: 3},
		"$203 million", "revenue", "Q3 2021", Actual},
	{"percent before organic growth", "Our net sales grew 7% in the quarter, driven by 5.5% organic sales growth.", Context{Year: 2021, Quarter: 3},
		"5.5%", "organic growth", "Q3 2021", Actual},
	{"down organically", "Our Q2 revenues were $4.1 billion, down 19% organically.", Context{Year: 2020, Quarter: 2},
		"19%", "organic growth", "Q2 2020", Actual},
	{"backlog of orders", "Our backlog of orders ended September at $131.5 million.", Context{Year: 2021, Quarter: 2},
		"$131.5 million", "backlog", "Q2 2021", Actual},
	{"same unit revenue", "Same unit revenue for the third quarter grew by 6.4% compared with last year.", Context{Year: 2021, Quarter: 3},
		"6.4%", "same-store sales", "Q3 2021", Actual},

	// wrong period or kind of guidance and results (issue 14)
	{"raised guidance is this year's, not a year looked to before", "Demand should keep building as we move through 2022. Today we are raising our outlook. We now see revenue of about $4.1 billion.", Context{Year: 2021, Quarter: 3},
		"about $4.1 billion", "revenue", "FY 2021", Guidance},
	{"the year's outlook after a quarter's charge", "The refinancing will add Q3 charges of $12 million, which were not in our 2021 outlook. Our EPS outlook rises to $1.40 to $1.50 per share, on sales of about $2.2 billion.", Context{Year: 2021, Quarter: 2},
		"about $2.2 billion", "revenue", "FY 2021", Guidance},
	{"the outlook's range after a quarter's charge", "The refinancing will add Q3 charges of $12 million, which were not in our 2021 outlook. Our EPS outlook rises to $1.40 to $1.50 per share, on sales of about $2.2 billion.", Context{Year: 2021, Quarter: 2},
		"$1.40 to $1.50 per share", "eps", "FY 2021", Guidance},
	{"a comparison ends at 'with' and a metric", "The unit's second quarter results were lower from the first quarter with net revenues of $130 million.", Context{Year: 2021, Quarter: 2},
		"$130 million", "revenue", "Q2 2021", Actual},
	{"our full year estimate", "Storm work added $300 million of revenue so far this year, and our full year estimate is about $420 million.", Context{Year: 2021, Quarter: 3},
		"about $420 million", "", "FY 2021", Guidance},
	{"a result before ', and our estimate'", "Storm work added $300 million of revenue so far this year, and our full year estimate is about $420 million.", Context{Year: 2021, Quarter: 3},
		"$300 million", "", "", Actual},
	{"a period in a participle clause is not the figure's", "Sales grew 12% year over year to $640 million, beating the record set last quarter.", Context{Year: 2021, Quarter: 3},
		"$640 million", "revenue", "Q3 2021", Actual},
	{"nine months said first", "For the first nine months of 2021, the company earned net income of $88 million.", Context{Year: 2021, Quarter: 3},
		"$88 million", "net income", "9M 2021", Actual},
	{"a lead of another year is not the span of an earlier year", "In the first half of 2021, our margin rose to 19% from 9% in 2016.", Context{Year: 2021, Quarter: 2},
		"9%", "", "FY 2016", Prior},
	{"the full year leads the paragraph", "Full-year net income and adjusted EPS grew strongly. Net income rose 20% to $90 million. Adjusted net income was $410 million. Diluted EPS rose 25% to $3.05. And adjusted EPS rose 21% to $2.88 from $2.38 the year prior.", Context{Year: 2021, Quarter: 4},
		"$2.88", "adjusted eps", "FY 2021", Actual},
	{"funds from operation, said in the singular", "We reported funds from operation of $1.12 per share, above our guidance.", Context{Year: 2019, Quarter: 4},
		"$1.12 per share", "ffo per share", "Q4 2019", Actual},
	{"a REIT's guidance range with no metric named is FFO", "Our new guidance range is $3.10 to $3.22 per share. That is 6% FFO growth at the midpoint.", Context{Year: 2021, Quarter: 4},
		"$3.10 to $3.22 per share", "ffo per share", "FY 2022", Guidance},
	{"a per-share range is EPS where the paragraph speaks of earnings", "Our new guidance range is $3.10 to $3.22 per share. That is 6% EPS growth at the midpoint.", Context{Year: 2021, Quarter: 4},
		"$3.10 to $3.22 per share", "eps", "FY 2022", Guidance},
	{"the year leads the sentence before", "Looking back at 2021, we grew in every region. We delivered adjusted EPS of $7.15.", Context{Year: 2021, Quarter: 4},
		"$7.15", "adjusted eps", "FY 2021", Actual},
	{"a half-year result set against the year's guidance", "For the first half of the year, operating EPS of $1.52 represents about half of our full-year guidance midpoint.", Context{Year: 2021, Quarter: 2},
		"$1.52", "", "H1 2021", Actual},
	{"a result toward the high end of a target range", "Adjusted operating margin for the year was 15.7%, toward the high end of our 14% to 16% target range.", Context{Year: 2021, Quarter: 4},
		"15.7%", "adjusted operating margin", "FY 2021", Actual},
	{"an updated EPS range is the year's guidance", "We now expect fourth quarter sales to be up modestly. We are updating our adjusted EPS range to $4.10 to $4.20.", Context{Year: 2021, Quarter: 3},
		"$4.10 to $4.20", "adjusted eps", "FY 2021", Guidance},
	{"an updated range said alone", "We are updating our full-year adjusted EPS range to $4.10 to $4.20.", Context{Year: 2021, Quarter: 3},
		"$4.10 to $4.20", "adjusted eps", "FY 2021", Guidance},
	{"asset sales are not revenue", "We closed on asset sales of $150 million in the quarter.", Context{Year: 2021, Quarter: 3},
		"$150 million", "asset sales", "Q3 2021", Actual},
	{"our expectations for the year", "Full year expectations on organic sales are 5% to 6%, at the top end of our prior guidance, and revenue of about $8.4 billion.", Context{Year: 2021, Quarter: 3},
		"about $8.4 billion", "revenue", "FY 2021", Guidance},
	{"a result consistent with expectations", "Revenue of $510 million in the quarter was consistent with our expectations.", Context{Year: 2021, Quarter: 3},
		"$510 million", "revenue", "Q3 2021", Actual},
	{"the year said before the metric on the year's last call", "Our 2021 adjusted FFO of $1.80 per share was at the top end of our guidance range.", Context{Year: 2021, Quarter: 4},
		"$1.80 per share", "ffo per share", "FY 2021", Actual},
	{"an inserted 'including' phrase is not the subject", "Second-quarter revenues, including results for Harbor Boats were $1.2 billion, up 39%.", Context{Year: 2022, Quarter: 2},
		"$1.2 billion", "revenue", "Q2 2022", Actual},
	{"kept guidance is this year's, not a year said in passing", "Whether it is next quarter or next year, a sale would bring a gain of $30 million. We maintained our guidance at $1.05 to $1.14.", Context{Year: 2021, Quarter: 3},
		"$1.05 to $1.14", "", "FY 2021", Guidance},
	{"the base of a growth 'over'", "Core FFO for the quarter was $0.46 per share, which represents 15% growth over the $0.40 per share from the third quarter of 2020.", Context{Year: 2021, Quarter: 3},
		"$0.40 per share", "", "Q3 2020", Prior},
	{"what the quarter's guidance implies stays the quarter's", "For the third quarter, we expect revenue of $490 million to $530 million. Implied in our guidance is a 2.9% to 3.1% operating margin range.", Context{Year: 2020, Quarter: 2},
		"2.9% to 3.1%", "operating margin", "Q3 2020", Guidance},
	{"margin guidance raised after the quarter's outlook is the year's", "We expect fourth quarter revenue of $5.1 billion. We are increasing our operating margin guidance to 18.6% to 19%.", Context{Year: 2021, Quarter: 3},
		"18.6% to 19%", "operating margin", "FY 2021", Guidance},
	{"the year said with the metric beats a quarter said apart", "Given the uncertain recovery in the fourth quarter, we expect 2021 organic net sales growth in the range of 6% to 7%.", Context{Year: 2021, Quarter: 3},
		"6% to 7%", "organic growth", "FY 2021", Guidance},
	{"the year and the quarter said together", "We expect 2021 fourth quarter revenue of $1.2 billion.", Context{Year: 2021, Quarter: 3},
		"$1.2 billion", "revenue", "Q4 2021", Guidance},
	{"the quarter said with the year before the metric", "That brings third quarter 2021 earnings per share guidance to $1 to $1.10 on a GAAP basis and $1.10 to $1.20 as adjusted.", Context{Year: 2021, Quarter: 2},
		"$1.10 to $1.20", "", "Q3 2021", Guidance},
	{"net earnings per diluted share", "We now expect adjusted net earnings per diluted share to be in the range of $7.10 to $7.25.", Context{Year: 2021, Quarter: 3},
		"$7.10 to $7.25", "eps", "", Guidance},
	// seed 149's causes
	{"the quarter of a fiscal year said after 'for'", "This morning we reported a strong second quarter for fiscal 2021, with revenue increasing 17.3% to $959.3 million.", Context{Year: 2021, Quarter: 2},
		"$959.3 million", "revenue", "Q2 2021", Actual},
	{"an earlier year's figure said with its year", "Our quarterly EPS of $1.84 was above the 2020 as-adjusted EPS of $1.79.", Context{Year: 2021, Quarter: 3},
		"$1.79", "", "-", Prior},
	{"last year's figure", "Our quarterly EPS of $1.84 was above last year's as-adjusted EPS of $1.79.", Context{Year: 2021, Quarter: 3},
		"$1.79", "", "", Prior},
	{"a half year said in the reason is not the guidance's", "We are raising our organic sales guidance to about 4% on the strength of our pricing in the second half. We are lowering our adjusted operating margin guidance to approximately 14 and a half percent.", Context{Year: 2021, Quarter: 2},
		"approximately 14 and a half percent", "adjusted operating margin", "FY 2021", Guidance},
	{"a half in an amount names no period", "We are lowering our adjusted operating margin guidance to approximately 14 and a half percent.", Context{Year: 2021, Quarter: 2},
		"approximately 14 and a half percent", "adjusted operating margin", "FY 2021", Guidance},
	{"our quarterly dividend is the rate in force", "We expect to pay about $600 million in dividends, reflecting our quarterly dividend of $0.75 per share.", Context{Year: 2021, Quarter: 4},
		"$0.75 per share", "dividend per share", "Q4 2021", Actual},
	// issue 14: calls nobody tuned for
	{"an outlook put off by 'before' is not what the sentence states", "Before we get to our outlook for 2022, let me recap the fourth quarter: sales were up 6% to $2.3 billion.", Context{Year: 2021, Quarter: 4},
		"$2.3 billion", "revenue", "Q4 2021", Actual},
	{"'before' that puts nothing off keeps its forecast", "Before the charges, we expect 2022 operating income of $400 million.", Context{Year: 2021, Quarter: 4},
		"$400 million", "operating income", "", Guidance},
	{"projections updated to a level are guidance", "We are lowering our 2021 adjusted EBITDA projections to roughly $310 million.", Context{Year: 2021, Quarter: 3},
		"roughly $310 million", "", "FY 2021", Guidance},
	{"a result ahead of projections is a result", "By year-end we had achieved $85 million of run-rate savings, ahead of our original projections.", Context{Year: 2021, Quarter: 4},
		"$85 million", "", "", Actual},
	{"someone else's projections are no guidance", "Early on, one analyst had starts falling by 40% in his original projections.", Context{Year: 2021, Quarter: 4},
		"40%", "", "", Actual},
	{"a result that outperformed projections is a result", "Our new leases outperformed our original underwriting projections by roughly 20% on rent.", Context{Year: 2021, Quarter: 4},
		"roughly 20%", "", "", Actual},
	{"a quarter said in a clause after the year's guidance", "We expect our 2022 EPS to be between $6.20 and $6.60, with first quarter EPS coming in flat to last year.", Context{Year: 2021, Quarter: 4},
		"between $6.20 and $6.60", "eps", "FY 2022", Guidance},
	{"last year's figure said with its year and an apostrophe", "After adding back last year's impairment, 2020's non-GAAP diluted earnings per share was $1.31.", Context{Year: 2021, Quarter: 2},
		"$1.31", "", "", Prior},
	{"a span in a guidance sentence is not the results' span", "We are updating our full year sales guidance, which reflects our strong first half. For 2021, we now expect the following. Net sales growth of 2% to 3%.", Context{Year: 2021, Quarter: 2},
		"2% to 3%", "", "", Guidance},
	{"results after the first nine months said", "For the first nine months of 2021, net income was $120 million. EBITDA was $310 million.", Context{Year: 2021, Quarter: 3},
		"$310 million", "ebitda", "9M 2021", Actual},
	{"a business that finished the year with a total", "Our tutoring business finished the year with more than $140 million in revenue.", Context{Year: 2021, Quarter: 4},
		"more than $140 million", "revenue", "FY 2021", Actual},
	{"a year ended, said on a mid-year call", "We ended the year with $90 million in cash and have added to it since.", Context{Year: 2021, Quarter: 2},
		"$90 million", "cash", "-", ""},
	{"revenue earned during the year", "The new platform brought in $35 million of revenue during the year.", Context{Year: 2021, Quarter: 4},
		"$35 million", "revenue", "FY 2021", Actual},
	{"'thus far this year' before the figure is the year to date", "We are pleased with the cash performance thus far this year, with free cash flow of $364 million, a $96 million increase over last year.", Context{Year: 2021, Quarter: 2},
		"$364 million", "free cash flow", "-", Actual},
	{"quarters paired by 'respectively'", "We bought back $100 million, $160 million and $90 million of stock in the second, third and fourth quarters, respectively.", Context{Year: 2021, Quarter: 4},
		"$100 million", "", "Q2 2021", ""},
	{"the call's quarter paired by 'respectively'", "We bought back $100 million, $160 million and $90 million of stock in the second, third and fourth quarters, respectively.", Context{Year: 2021, Quarter: 4},
		"$90 million", "", "Q4 2021", ""},
	{"quarters said before the list", "In the second and third quarters, we repurchased $50 million and $70 million of shares, respectively.", Context{Year: 2021, Quarter: 3},
		"$50 million", "", "Q2 2021", ""},
	{"quarters compared with are not paired", "Adjusted EBITDA was about $155 million, up 17% and 145% from the fourth quarter of 2019 and the first quarter of 2019, respectively.", Context{Year: 2020, Quarter: 1},
		"17%", "", "Q1 2020", ""},
	{"quarters said before a list paired with bases", "In the second and third quarters, we signed leases at rents up 9.2% and 14.5% on a cash and straight-line basis, respectively.", Context{Year: 2021, Quarter: 3},
		"9.2%", "", "Q3 2021", ""},
	{"spans that cannot be paired one by one", "We repurchased $300 million and $90 million of shares in the first three quarters and the fourth quarter, respectively.", Context{Year: 2021, Quarter: 4},
		"$300 million", "", "-", ""},
	{"a total through the quarter is the year to date", "Cash went to the restart of buybacks, with $177 million through the third quarter, and to $100 million of debt repaid.", Context{Year: 2021, Quarter: 3},
		"$177 million", "share repurchase", "9M 2021", ""},
	{"a metric after 'and' opens the next clause", "Acquisitions totaled just under $105 million and stock repurchases, net of the proceeds from employee plans, totaled just over $216 million.", Context{Year: 2020, Quarter: 3},
		"just under $105 million", "-", "", ""},
	{"'net of' names what is taken out", "Acquisitions totaled just under $105 million and stock repurchases, net of the proceeds from employee plans, totaled just over $216 million.", Context{Year: 2020, Quarter: 3},
		"just over $216 million", "share repurchase", "", ""},
	{"'net of' takes out only the metric right after it", "Total debt, net of cash, was $143.2 million at quarter end.", Context{Year: 2020, Quarter: 1},
		"$143.2 million", "debt", "", ""},
	{"a metric two words after 'net of' is kept", "We ended the quarter with a positive net of debt cash position of about $183 million.", Context{Year: 2020, Quarter: 2},
		"about $183 million", "cash", "", ""},
	{"'a net of which' takes nothing out", "We redeemed the notes, a net of which will reduce our annual interest expense by nearly $13 million.", Context{Year: 2020, Quarter: 3},
		"nearly $13 million", "interest expense", "", ""},
	{"a metric after 'and' with no verb of its own is the figure's", "For the quarter we were able to post $1.85 and earnings per diluted share, versus $1.76 a year ago.", Context{Year: 2021, Quarter: 3},
		"$1.85", "eps", "", ""},
	{"a change 'on' a metric is that metric's", "Lower volumes led to a decrease of 16.9% in the revenues and 33.5% on EBITDA.", Context{Year: 2020, Quarter: 1},
		"33.5%", "ebitda", "", ""},
	{"a change 'in the' metric is that metric's", "Lower volumes led to a decrease of 16.9% in the revenues and 33.5% on EBITDA.", Context{Year: 2020, Quarter: 1},
		"16.9%", "revenue", "", ""},
	{"'on' a cause is no metric of the amount", "Revenue grew 9%. Cost of revenues increased 12.5% or $410,000, on higher labor costs.", Context{Year: 2020, Quarter: 1},
		"$410,000", "cost of sales", "", ""},
	{"'during the year' on a third-quarter call is the year to date", "We bought back $60 million of stock during the year and raised the dividend.", Context{Year: 2021, Quarter: 3},
		"$60 million", "", "9M 2021", Actual},
	{"a quarter said with 'during the year' keeps it", "During the year we opened 40 stores, and fourth quarter revenue was $512 million.", Context{Year: 2021, Quarter: 4},
		"$512 million", "revenue", "Q4 2021", Actual},
	// issue 14, a hand check: a quarter said as one hyphenated word, a
	// quarter of the past, a period said in an opening reason
	{"a quarter said as one hyphenated word", "We forecast third-quarter total revenues to grow between 2% and 3%.", Context{Year: 2021, Quarter: 2},
		"between 2% and 3%", "revenue", "Q3 2021", Guidance},
	{"a half said as one hyphenated word", "We expect second-half revenue of $40 million.", Context{Year: 2021, Quarter: 2},
		"$40 million", "revenue", "H2 2021", Guidance},
	{"a later quarter said of a result is last year's", "Our fourth-quarter consolidated revenues increased 5% to $612 million.", Context{Year: 2021, Quarter: 1},
		"$612 million", "revenue", "Q4 2020", Prior},
	{"a result verb of resultVerbs says the past too", "Same-store revenue grew 7.1%, up from the 4.6% growth produced in the fourth quarter.", Context{Year: 2021, Quarter: 1},
		"4.6%", "", "Q4 2020", ""},
	{"a later quarter said without a result stays ahead", "Fourth quarter revenue should be about $650 million.", Context{Year: 2021, Quarter: 3},
		"about $650 million", "revenue", "Q4 2021", Guidance},
	{"a period in an opening reason is the reason's", "Given our strong first-half cash flow, we project that we can absorb the extra working capital within our free cash flow guidance of $2 billion to $2.2 billion.", Context{Year: 2021, Quarter: 2},
		"$2 billion to $2.2 billion", "free cash flow", "FY 2021", Guidance},
	{"a period after an opening reason is the figure's", "Given the uncertain market, for the third quarter we expect sales of $500 million to $520 million.", Context{Year: 2021, Quarter: 2},
		"$500 million to $520 million", "revenue", "Q3 2021", Guidance},
	{"a metric said as what something moved is no topic for the next sentence", "Also helping our free cash flow by about $0.4 billion was lower interest. We now expect positive flow this year of about $200 million.", Context{Year: 2021, Quarter: 3},
		"about $200 million", "-", "", ""},
	{"a metric said as the subject stays the topic", "Free cash flow was $0.4 billion in the quarter. We now expect about $1.2 billion for the year.", Context{Year: 2021, Quarter: 3},
		"about $1.2 billion", "free cash flow", "", ""},
	{"a year compared with ends its own list item", "For next year we expect unit demand to be flat versus 2021; net sales of $3.1 billion to $3.2 billion; and free cash flow above $300 million.", Context{Year: 2021, Quarter: 3},
		"above $300 million", "free cash flow", "FY 2022", Guidance},
}

func TestLabels(t *testing.T) {
	for _, c := range labelCases {
		t.Run(c.cause, func(t *testing.T) {
			var got *Figure
			figs := Find(c.in, c.ctx)
			for i := range figs {
				if figs[i].Text == c.fig {
					got = &figs[i]
				}
			}
			if got == nil {
				var texts []string
				for _, f := range figs {
					texts = append(texts, f.Text)
				}
				t.Fatalf("%q: no figure %q among %q", c.in, c.fig, texts)
			}
			period := c.period
			if period == "-" {
				period = ""
			}
			metric := c.metric
			if metric == "-" {
				metric = ""
			}
			if c.metric != "" && got.Metric != metric || c.period != "" && got.Period != period || c.kind != "" && got.Kind != c.kind {
				t.Errorf("%q: %s = %s %s %s, want %s %s %s (reasons %q)", c.in, c.fig, got.Metric, got.Period, got.Kind,
					c.metric, c.period, c.kind, strings.Join(got.Reasons, "; "))
			}
		})
	}
}
