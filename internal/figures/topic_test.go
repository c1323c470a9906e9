package figures

import (
	"slices"
	"testing"
)

func TestNextTopic(t *testing.T) {
	for _, tc := range []struct{ cur, sent, want string }{
		{"", "Turning to our Pumps segment.", "our pumps segment"},
		{"", "Now moving to our Cloud business, which includes hosting and storage.", "our cloud business"},
		{"", "And finally, turning to Marine Systems, we had a record year.", "marine systems"},
		{"", "Moving to Lighting.", "lighting"},
		{"", "With regard to guidance on our new Nonwovens segment, which reports the acquisition.", "our new nonwovens segment"},
		{"", "Regarding the Marine division, orders were up.", "the marine division"},
		{"our pumps segment", "With respect to the balance sheet, debt fell.", ""},
		{"", "With regard to SG&A, we expect costs to rise.", ""},
		{"", "Turning to the Fluid Handling segment on Slide 9.", "the fluid handling segment"},
		{"", "Let me now turn to segment results.", "segment"},
		{"", "Our specialty chemicals business reported operating income of $40 million.", "our specialty chemicals business"},
		{"our pumps segment", "Orders were up 4%.", "our pumps segment"},
		{"the retail segment", "Written sales for the Company-owned stores rose 9%.", "the retail segment"},
		{"the retail segment", "Sales for the company rose 9%.", ""},
		{"our pumps segment", "Turning to the balance sheet.", ""},
		{"our pumps segment", "Moving to Slide 12.", ""},
		{"our pumps segment", "On a consolidated basis, margins rose.", ""},
		{"our pumps segment", "Our effective tax rate was 24%.", ""},
		{"our pumps segment", "We expect margins to improve next year.", ""},
		{"our pumps segment", "We expect continued growth in this part of the business next year.", "our pumps segment"},
		{"the pork segment", "Overall, operating margins for the segment improved to 10.1% for the quarter.", "the pork segment"},
		{"", "Moving into the poultry segment's results.", "the poultry segment"},
		{"", "Our business continues to perform well.", ""},
		{"", "Our new business pipeline is strong.", ""},
		{"", "Turning to our outlook.", ""},
		{"", "Turning to Q&A.", ""},
		{"", "Regarding our segments, I'll first comment on Northway Health.", "northway health"},
		{"", "I'd like to comment on the quarter.", ""},
		{"the pumps segment", "Moving now to industrial valves.", "industrial valves"},
		{"the pumps segment", "Moving now to cash flow.", ""},
		{"", "Moving now to industrial valves.", ""},
		{"", "In our wholesale segment, revenue rose 3%.", "wholesale segment"},
		{"", "In the corporate segment, costs rose.", ""},

		{"", "Moving to Harlow Marine in the fourth quarter, revenues rose.", "harlow marine"},
		{"our pumps segment", "In terms of adjusted operating income, we earned $40 million.", ""},
		{"our pumps segment", "In terms of Larkspur, a sale of our stake is possible.", ""},
		{"", "In terms of our Valves segment, orders rose.", "our valves segment"},
		// a part named at the end of a sentence that says what is reviewed next
		{"", "Turning to page 7, I'll go over our second quarter results for our Nordic region.", "our nordic region"},
		{"", "Let me walk you through the performance of our Coatings division.", "our coatings division"},
		{"", "Turning to page 7, I'll go over our consolidated results.", ""},
		{"", "I'll go over the results of our segments.", ""},
		{"", "Revenue was $60 million, with strong results in our Coatings division.", ""},
		{"", "I'll review our results for the quarter.", ""},
		{"", "These results were driven by solid performance in our Advisory business.", ""},
		{"", "Moving to page five, we have the results of our Power Systems segment.", "our power systems segment"},
		// a plan to go over a part, named at the end
		{"", "Now please turn to Slide 4, and I'll cover our Flow & Filtration Systems segment.", "our flow & filtration systems segment"},
		{"", "Let me walk you through the Marine division.", "the marine division"},
		{"", "I'll cover the segment.", ""},
		{"", "We continue to review our Retail business.", ""},
		{"", "We expect to recover our Retail business.", ""},
		{"", "I'll discuss the drivers of growth in our Retail business.", ""},
		// a part in capitals the speaker plans to go over next
		{"", "Turning to slide 10, we'll look at Flow Controls.", "flow controls"},
		{"", "Now, let me review Home Products.", "home products"},
		{"", "We review Home Products every year.", ""},
		{"", "Let me now cover SG&A.", ""},
		{"", "I'll discuss Guidance.", ""},
	} {
		if got := nextTopic(tc.cur, tc.sent); got != tc.want {
			t.Errorf("nextTopic(%q, %q) = %q, want %q", tc.cur, tc.sent, got, tc.want)
		}
	}
}

func TestFindTurnScope(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		fig   string // the figure's text
		scope string
	}{
		{"said after a turn to a segment", []string{"Turning to the Pumps segment. Orders were $80 million. Revenue was $75 million, down 3%."}, "$75 million", "the pumps segment"},
		{"in the next paragraph of the turn", []string{"Moving to our Valves segment, demand was healthy.", "Revenue was up 12% to $48 million."}, "$48 million", "our valves segment"},
		{"a part leading the sentence before the paragraph", []string{"In our wholesale segment, revenue rose 3% to $2 billion.", "This increase came from a comparable sales increase of 4%."}, "4%", "wholesale segment"},
		{"a turn to a metric holds from its own sentence", []string{"Turning to the Pumps segment, orders were $80 million.", "In terms of adjusted operating income, we earned $43 million in the quarter."}, "$43 million", ""},
		{"a capitalised part on a slide", []string{"Moving on to Harbor Mutual on Slide 8. Sales were up 32%, a record for Harbor Mutual."}, "32%", "harbor mutual"},
		{"a part named again after a description of it holds into the next paragraph", []string{"Turning to Harbor Mutual on Slide 9. Harbor Mutual, our direct-to-consumer business, delivered record full year sales, up 7%.", "Fourth quarter sales were down 8%."}, "8%", "harbor mutual"},
		{"a list of parts by brand", []string{"By brand, Elm Street delivered a 22.5% comp. Harbor drove a 7.6% comp, on top of 30.4% last year."}, "7.6%", "segment"},
		{"by a measure is no list of parts", []string{"By contrast, revenue was up 7.6% in the quarter."}, "7.6%", ""},
		{"a capitalised part", []string{"Moving to Lighting. Revenues were $210 million, down $4 million from last year."}, "$210 million", "lighting"},
		{"back to the company", []string{"Turning to the Pumps segment. Revenue was $75 million. Turning to the consolidated results. Revenue was $400 million."}, "$400 million", ""},
		{"the part turned to fades after a paragraph, the walk through the parts it started does not", []string{"Turning to the Pumps segment. Revenue was $75 million.", "Margins were stable.", "Revenue was $400 million."}, "$400 million", "segment"},
		{"per-share results are the company's", []string{"Turning to the Pumps segment. Revenue was $75 million.", "Diluted EPS was $1.10."}, "$1.10", ""},
		{"no topic: a slide", []string{"Turning to Slide 4. Revenue was $400 million."}, "$400 million", ""},
		{"a slide, then a part before its metric", []string{"Turning to Slide 7. Marine and offshore bookings were $90 million, up 6%.", "Revenue was $84 million, down 1%."}, "$84 million", "marine and offshore"},
		{"a part named again as a clause's subject", []string{"Turning to Slide 7. Marine and offshore bookings were $90 million.", "Demand held up well in Europe.", "Like Pumps, marine and offshore was also hurt by freight delays. Operating margin was 21.5%."}, "21.5%", "marine and offshore"},
		{"a part named again only in passing", []string{"Turning to Slide 7. Marine and offshore bookings were $90 million.", "Demand held up well in Europe.", "We won orders in marine and offshore markets. Operating margin was 21.5%."}, "21.5%", ""},
		{"a part named again holds into the next paragraph", []string{"Moving to Slide 4. Pumps organic orders were up 12%.", "Pumps organic revenue was up 3%.", "Freight delays were worse than expected. Adjusted operating margin was 9.1%."}, "9.1%", "pumps"},
		{"a slide, then a basis before its metric", []string{"Turning to Slide 7. Adjusted operating income was $90 million.", "Revenue was $840 million."}, "$840 million", ""},
		{"a slide, then the quarter before its metric", []string{"Moving to page 9. Third quarter revenue was $90 million.", "Gross margin was 31%."}, "31%", ""},
		{"a slide, then a sentence with no metric first", []string{"Turning to Slide 7. We had a solid quarter, and revenue was $840 million."}, "$840 million", ""},
		{"a part named at the end of a sentence", []string{"Results were ahead of plan. Regarding our segments, I'll first comment on Northway. Fourth quarter revenues grew 15% to $35.1 billion."}, "$35.1 billion", "northway"},
		// issue 14: parts turned to in lower case, and walks through the segments
		{"a part turned to in lower case at a paragraph's end", []string{"Let me review the quarter. Starting with cider.", "Net sales increased 14%.", "Cider operating margin rose to 31%."}, "14%", "cider"},
		{"a topic turned to in lower case is no part", []string{"Let me review the quarter. Turning to profitability.", "Gross margin was 41%."}, "41%", ""},
		{"a lower-case part named only once is no part", []string{"Starting with cider.", "Net sales increased 14%."}, "14%", ""},
		{"a walk through the segments outlasts a paragraph", []string{"Moving to segment performance. Pumps revenue of $300 million rose 9%.", "Adjusted EBITDA margin of 19% was flat.", "Order backlog of $1.2 billion increased 20%."}, "$1.2 billion", "segment"},
		{"a place named in passing holds for the next sentence", []string{"In Applied Water, orders were up 17% organically. Revenue grew 8% in the quarter."}, "8%", "applied water"},
		{"a place named in passing fades after the next sentence", []string{"In Europe, sales decreased 12%. In the Americas, sales decreased 16%. We see lower demand. Operating margin was 3.6%."}, "3.6%", ""},
		{"the next place named", []string{"In Europe, sales decreased 12%. In the Americas, sales decreased 16%. We see lower demand. Operating margin was 3.6%."}, "16%", "the americas"},
		{"a place named in passing is no topic of the next paragraph", []string{"In Europe, currency gains offset weaker growth.", "Reported revenue increased 0.6% to $3.43 billion."}, "$3.43 billion", ""},
		{"a month is no place", []string{"In March, orders were up 17%. Revenue grew 8% in the quarter."}, "8%", ""},
		{"a quarter is no place", []string{"In Q3, orders were up 17%. Revenue grew 8% in the quarter."}, "8%", ""},
		{"words in lower case are no place", []string{"In addition, orders were up 17%. Revenue grew 8% in the quarter."}, "8%", ""},
		{"an amount narrowed by a part the turn named", []string{"Turning to our Motorhome segment. Revenue was $300 million.", "Demand was strong.", "Our Motorhome backlog increased to $1.1 billion."}, "$1.1 billion", "motorhome"},
		{"an amount narrowed by a kind, not a part", []string{"Turning to our Motorhome segment. Revenue was $300 million.", "Demand was strong.", "Our fixed rate backlog increased to $1.1 billion."}, "$1.1 billion", "segment"},
		{"a walk announced after a comma", []string{"With that overview of the consolidated results, I'll turn to the highlights for each of our transportation segments. Parcel reported a 10% increase in revenue, with an operating margin at 7.3%.", "Freight had another outstanding quarter, delivering an operating margin of 15%. Turning to the balance sheet.", "We ended the quarter with $6.1 billion in cash."}, "15%", "segment"},
		{"the walk announced after a comma ends at the balance sheet", []string{"With that overview of the consolidated results, I'll turn to the highlights for each of our transportation segments. Parcel reported a 10% increase in revenue, with an operating margin at 7.3%.", "Freight had another outstanding quarter, delivering an operating margin of 15%. Turning to the balance sheet.", "We ended the quarter with $6.1 billion in cash."}, "$6.1 billion", ""},
		{"a forward-looking sentence does not end the walk", []string{"Turning to our segment results.", "Turning to Valves. Revenue of $210 million rose 4%.", "We expect margins in the valves segment to improve next year. Order backlog of $300 million rose 8%."}, "$300 million", "segment"},
		{"the walk ends at the balance sheet", []string{"Moving to segment performance. Pumps revenue of $300 million rose 9%.", "Turning to the balance sheet. Net debt was $900 million."}, "$900 million", ""},
		{"the walk ends at the outlook", []string{"Moving to segment performance. Pumps revenue of $300 million rose 9%.", "Margins were stable.", "We are maintaining our full-year outlook for adjusted EBITDA of $560 million to $590 million."}, "$560 million to $590 million", ""},
		{"a part's guidance announced at a paragraph's end", []string{"Starting with cider. Cider revenue rose 12%.", "Now, let's discuss our full-year fiscal 2022 cider guidance.", "We expect net sales growth of 4% to 6%. We now expect operating margin between 30% and 31%."}, "between 30% and 31%", "cider"},
		{"the company's guidance after a part's results", []string{"Starting with cider. Cider revenue rose 12%.", "Now, let's discuss our full-year guidance.", "We expect net sales growth of 4% to 6%."}, "4% to 6%", ""},
		{"a part named in a plural possessive", []string{"Moving into the Widgets segments' results. Sales were $2.1 billion for the third quarter, up 8%."}, "$2.1 billion", "the widgets segment"},
		{"the level a part's change led to is the part's", []string{"Overall, operating margins for the segment declined by 210 basis points to 6.4% for the quarter."}, "6.4%", "segment"},
		{"every object of the verb a part is the subject of is the part's", []string{"Specialty Lines generated an underwriting gain of $41 million and an underlying combined ratio of 91.3%."}, "91.3%", "specialty lines"},
		{"an object after the part's sentence is not", []string{"Specialty Lines generated an underwriting gain of $41 million. The underlying combined ratio was 91.3%."}, "91.3%", ""},
		{"a plan to cover a part, said after a slide", []string{"Now please turn to Slide 7, and I'll cover our Flow & Filtration segment. It had a strong quarter.", "Orders for the segment were up 40%.", "Revenue was up 11%, led by water."}, "11%", "our flow & filtration segment"},
		{"a part referred back to holds one paragraph more", []string{"Turning to the Pumps segment. Revenue was $75 million.", "Orders for the segment were up 40%.", "Margins were stable.", "Revenue was $400 million."}, "$400 million", "segment"},
		// seed 461's causes (judged before its rules)
		{"a segment's measure after a sentence on the year", []string{"Moving into the poultry segment's results.", "Sales were $2.1 billion, up 20%. We expect ample supply through fiscal 2022. We delivered segment operating income of $300 million, up 40%. Our operating margin of 14.2% was a record."}, "14.2%", "the poultry segment"},
		{"total segment income is all of them", []string{"Moving into the poultry segment's results.", "Sales were $2.1 billion, up 20%. We expect ample supply through fiscal 2022. Total segment operating income was $900 million. Our operating margin of 9.2% was a record."}, "9.2%", ""},
		{"a part named again by its bare name", []string{"Moving into the poultry segment's results.", "Sales were $2.1 billion, up 20%.", "We expect ample supply through fiscal 2022.", "Poultry delivered adjusted operating income of $90 million, an operating margin of 4%."}, "4%", "the poultry segment"},
		{"a walk announced as the speaker's plan", []string{"As usual, I will be giving segment comments that compare the quarter to last year.", "At Widgets, sales of $150 million were flat.", "Adjusted margins rose 300 basis points to 14.2%."}, "14.2%", "segment"},
		{"the planned walk ends at the next plan", []string{"Next, I will provide some highlights of our segment performance. Widgets grew 7% organically.", "Now, I will focus on operating highlights for the quarter, our adjusted gross margin of 64.1% was favorable."}, "64.1%", ""},
		{"a turn to a part in capitals starts a walk", []string{"Turning to slide 10, we'll look at Flow Controls. Sales rose 8%.", "The platform continues its restructuring.", "Backlog increased to $5.5 billion."}, "$5.5 billion", "segment"},
		{"the walk a turn to a part started ends at a slide", []string{"Looking at the fourth quarter for our Coatings business on slide 29, demand is strong.", "Prices should stay high.", "On slide 32, our sales forecast for 2021 is about $1.7 billion."}, "about $1.7 billion", ""},
		{"the walk a turn to a part started ends at the whole company", []string{"Turning to slide 10, we'll look at Flow Controls. Sales rose 8%.", "On a consolidated basis, backlog was $9.1 billion."}, "$9.1 billion", ""},
		{"a line of the accounts is no part", []string{"Let me now cover SG&A. SG&A expense was $90.5 million.", "Net interest expense was $47 million."}, "$47 million", ""},
		{"a paragraph led by a part's results starts a walk", []string{"In Optical Fiber, fourth quarter sales were $903 million and net income was $62 million.", "Two large customers cut their spending.", "In 2020, we expect first quarter sales to be down about 25%."}, "about 25%", "segment"},
		{"the rest of a paragraph led by a part's results is the part's", []string{"In Optical Fiber, fourth quarter sales were $903 million. Net income was $62 million. For the full year, sales were $4.1 billion."}, "$4.1 billion", "segment"},
		{"a paragraph led by a place and no results starts none", []string{"At Keystone, we are planning a terrain expansion of 555 acres.", "We plan to install a new lift.", "Revenue was $320 million in the quarter."}, "$320 million", ""},
		{"a paragraph led by the company's own results starts no walk", []string{"At Fernhill, fourth quarter sales were $903 million.", "Two large customers cut their spending.", "Operating margin was 12%."}, "12%", ""},
		{"the walk ends at a line only the company has", []string{"In Optical Fiber, fourth quarter sales were $903 million.", "Two large customers cut their spending.", "General and administrative expenses were $230 million."}, "$230 million", ""},
		{"a metric of all segments starts no walk", []string{"Looking at segment profit. It fell $12 million for pumps.", "Margins were stable.", "We are maintaining adjusted EBITDA of $560 million to $590 million for the year."}, "$560 million to $590 million", ""},
	} {
		checkTurnScope(t, tc.name, tc.paras, Context{Year: 2021, Quarter: 2, Company: "Fernhill Tools"}, tc.fig, tc.scope)
	}
	// Find is one paragraph alone: no topic carried in
	for _, f := range Find("Revenue was $48 million.", Context{Year: 2021, Quarter: 2}) {
		if f.Scope != "" {
			t.Errorf("Find: scope %q", f.Scope)
		}
	}
}

// TestFindTurnOwnPossessive: a sentence that names the company itself in
// the possessive speaks of the whole company, whatever part the speaker
// was talking about.
func TestFindTurnOwnPossessive(t *testing.T) {
	paras := []string{
		"Our Pumping segment revenues for the third quarter were $211 million.",
		"Segment operating profit was $8 million. On a sequential basis, Fernhill's third quarter revenues increased 19% to $225 million. Segment revenues rose 20% to $230 million.",
		"Looking at Fernhill's pumping segment, profit was $9 million.",
		"At the enterprise level, organic growth was 2%.",
	}
	want := map[string]string{"$225 million": "", "$230 million": "our pumping segment", "$9 million": "fernhill's pumping segment", "2%": ""}
	checkScopes(t, paras, Context{Year: 2021, Quarter: 3, Company: "Fernhill Services"}, want)
}

// TestUnitCalledTheCompany: a unit turned to by the company's name and a
// word in capitals is a company of its own, and "the company" said of it
// is the unit; after a turn to a part by another name, or to a segment
// said as such, "the company" is the whole company again.
func TestUnitCalledTheCompany(t *testing.T) {
	ctx := Context{Year: 2021, Quarter: 1, Company: "Harbor"}
	unit := []string{
		"Turning to Harbor Inns. While the company still feels the slump in travel, bookings are improving. The company posted a net loss of $43 million in the quarter. Operating revenue was $39 million, down from $109 million last year.",
	}
	checkScopes(t, unit, ctx, map[string]string{"$43 million": "harbor inns", "$39 million": "harbor inns"})
	// named in the possessive, the unit is what the sentences after it
	// speak of; the company's own possessive is the whole company's
	possessive := []string{
		"Harbor Inns' cash flow has improved since the spring. The low point in Harbor Inns' results was last year's second quarter. This quarter, operating revenue was $39 million.",
		"Harbor's results were strong. Revenue was $400 million.",
	}
	checkScopes(t, possessive, ctx, map[string]string{"$39 million": "harbor inns", "$400 million": ""})
	part := []string{
		"Turning to Salon Group. Salon Group sales rose 4%.",
		"Let's talk about cash. During the fourth quarter, the company delivered cash flow from operations of $153 million.",
	}
	checkScopes(t, part, ctx, map[string]string{"$153 million": ""})
	segment := []string{
		"Turning to the Pumps segment. Revenue was $75 million. While the company saw softer demand, orders held up.",
		"Revenue was $400 million.",
	}
	checkScopes(t, segment, ctx, map[string]string{"$75 million": "the pumps segment", "$400 million": ""})
}

// TestPartAfterFor: a part named by its own name right after a metric and
// "for" is the figure's part; a metric "normalized for" something, a
// period and the company's own name are not parts.
func TestPartAfterFor(t *testing.T) {
	paras := []string{
		"Full-year adjusted EBITDA margin for VITAS, prior to the cap, is estimated to be 18.7% to 19%.",
		"Our net interest margin normalized for PPP was 3.31%.",
		"Revenue for Fernhill was $900 million.",
		"Revenue for Q4 was $250 million.",
	}
	want := map[string]string{"18.7% to 19%": "vitas", "3.31%": "", "$900 million": "", "$250 million": ""}
	checkScopes(t, paras, Context{Year: 2021, Quarter: 3, Company: "Fernhill Services"}, want)
}

// checkScopes finds the figures of a turn and checks the scope of each
// figure want names (by its text; "" for the whole company).
func checkScopes(t *testing.T, paras []string, ctx Context, want map[string]string) {
	t.Helper()
	turn, _ := FindTurn(paras, ctx)
	for _, figs := range turn {
		for _, f := range figs {
			if w, ok := want[f.Text]; ok {
				delete(want, f.Text)
				if f.Scope != w {
					t.Errorf("%s: scope %q, want %q (%v)", f.Text, f.Scope, w, f.Reasons)
				}
			}
		}
	}
	for fig := range want {
		t.Errorf("%s not found", fig)
	}
}

// TestFindTurnBrandedUnit: a unit the call names by the company's name
// and a word ("Acme Parcel") is a part when that word alone leads a
// sentence; the company's legal name and its people are not units.
func TestFindTurnBrandedUnit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		fig   string
		scope string
	}{
		{"the unit as a sentence's subject", []string{"Acme Parcel kept growing in the quarter.", "Parcel reported a 9% increase in revenue, with an operating margin of 7.1%."}, "7.1%", "parcel"},
		{"the unit named only in passing", []string{"Acme Parcel kept growing in the quarter.", "We moved more parcel volume, and operating margin was 7.1%."}, "7.1%", ""},
	} {
		checkTurnScope(t, tc.name, tc.paras, Context{Year: 2021, Quarter: 2, Company: "Acme"}, tc.fig, tc.scope)
	}
	// the legal name, the company's people and acronyms are no units
	said := []string{"Acme Corporation had a good quarter, and Acme Parcel grew.", "The Acme CEO and the Acme Board thank Acme's staff; Acme Q3 was strong."}
	if got := brandedUnits(said, "Acme"); !slices.Equal(got, []string{"parcel"}) {
		t.Errorf("brandedUnits: %q, want [parcel]", got)
	}
}

// TestFindTurnSubjectUnit: a unit named by an acronym as the subject of a
// result is the part the speaker goes on about; one named in words (and
// said inside a sentence elsewhere: a name) holds for the next sentence
// only; a region's acronym, the company's initials and its ticker are
// not units.
func TestFindTurnSubjectUnit(t *testing.T) {
	acme := Context{Year: 2021, Quarter: 4, Company: "Acme Holdings", Ticker: "ACH"}
	for _, tc := range []struct {
		name  string
		paras []string
		fig   string
		scope string
	}{
		{"an acronym as a result's subject", []string{"As you can see on the slide, KRT saw net new bookings of $14 million. We also delivered higher fourth quarter revenues of $121 million."}, "$121 million", "krt"},
		{"a unit named in words holds for the next sentence", []string{"We thank Harbor Freight customers.", "For the quarter, Harbor Freight generated revenue of $13.7 billion. Our backlog is worth $415 billion."}, "$415 billion", "harbor freight"},
		{"nor past the company speaking again", []string{"We thank Harbor Freight customers.", "For the quarter, Harbor Freight generated revenue of $13.7 billion. We also saw operating margins expand to 13%."}, "13%", ""},
		{"and not past it", []string{"We thank Harbor Freight customers.", "For the quarter, Harbor Freight generated revenue of $13.7 billion. Deliveries rose. Our backlog is worth $415 billion."}, "$415 billion", ""},
		{"a name in words may be a place", []string{"China grew 20% in the quarter. We delivered revenues of $121 million."}, "$121 million", ""},
		{"an acronym that grows is a metric", []string{"DDA grew 25% in the quarter. Loans were $69 million."}, "$69 million", ""},
		{"a region's acronym is a place", []string{"EMEA grew 20% in the quarter. We delivered revenues of $121 million."}, "$121 million", ""},
		{"the company's initials", []string{"AH delivered a record quarter. Revenues were $121 million."}, "$121 million", ""},
		{"the company's ticker", []string{"As you know, ACH reported a record quarter. Revenues were $121 million."}, "$121 million", ""},
	} {
		checkTurnScope(t, tc.name, tc.paras, acme, tc.fig, tc.scope)
	}
}

// TestFindTurnAnnouncedBasis: a basis the speaker announces for the numbers
// that follow is given to them, for the rest of the turn; not to revenue,
// not to a figure said as GAAP, and not after a mere mention of non-GAAP
// measures.
// TestFindTurnPlaceLed: a sentence led by "In X," or "At X," speaks of
// the part X, unless X is the company itself.
func TestFindTurnPlaceLed(t *testing.T) {
	ctx := Context{Year: 2021, Quarter: 3, Company: "Fernhill Tools"}
	for _, tc := range []struct{ para, fig, scope string }{
		{"At Aviation, revenues were up $300 million. Segment profit was $112 million.", "$112 million", "aviation"},
		{"In Aviation, revenues were up $300 million. Segment profit was $112 million.", "$112 million", "aviation"},
		{"At Fernhill, we delivered record results. Revenue was $1.2 billion.", "$1.2 billion", ""},
	} {
		if f := turnFigure(t, []string{tc.para}, ctx, tc.fig); f.Scope != tc.scope {
			t.Errorf("%q: %s scope %q, want %q (%v)", tc.para, f.Text, f.Scope, tc.scope, f.Reasons)
		}
	}
}

func TestFindTurnAnnouncedBasis(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		fig   string // the figure's text
		basis string
	}{
		{"announced in the paragraph before", []string{"Thanks, Lee. Unless otherwise noted, all of the figures I discuss today are on an adjusted basis.", "Earnings per share were $1.12, up 9%."}, "$1.12", "adjusted"},
		{"announced earlier in the same paragraph", []string{"I'll be referencing non-GAAP results throughout my remarks. Operating margin was 14.2%."}, "14.2%", "non-GAAP"},
		{"said before the announcement", []string{"Earnings per share were $1.12. Unless otherwise stated, the remaining figures are adjusted."}, "$1.12", ""},
		{"a loss too", []string{"I'll begin with our financial results on a non-GAAP adjusted basis.", "Net loss was $7.1 million or $0.18 per share."}, "$7.1 million", "non-GAAP"},
		{"revenue has no adjusted form here", []string{"My comments today will be on an adjusted basis.", "Revenue was $2.1 billion."}, "$2.1 billion", ""},
		{"said as GAAP", []string{"Unless otherwise noted, all results are on an adjusted basis.", "On a GAAP basis, earnings per share were $0.95."}, "$0.95", "GAAP"},
		{"said as reported", []string{"Unless otherwise noted, all results are on an adjusted basis.", "Reported earnings per share were $0.95."}, "$0.95", ""},
		{"core measures announced", []string{"We'll be discussing our results using core performance measures unless we specifically indicate our comments relate to GAAP data.", "EPS grew 112% to $0.53 on the higher sales."}, "$0.53", "core"},
		{"a mention of non-GAAP measures announces nothing", []string{"We will discuss certain non-GAAP measures; reconciliations are in the release.", "Earnings per share were $1.12."}, "$1.12", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if f := turnFigure(t, tc.paras, Context{Year: 2021, Quarter: 2}, tc.fig); f.Basis != tc.basis {
				t.Errorf("%s: basis %q, want %q (reasons %q)", f.Text, f.Basis, tc.basis, f.Reasons)
			}
		})
	}
}

// TestFindTurnAnnouncedYear: on a fourth-quarter call, results said
// without a period after the speaker announced the full year's are the
// year's, until a quarter is named.
func TestFindTurnAnnouncedYear(t *testing.T) {
	for _, tc := range []struct {
		name   string
		paras  []string
		fig    string // the figure's text
		period string
	}{
		{"announced in the paragraph before", []string{"Thanks, Dana. Today, I'll walk through our full fiscal-year results and then our outlook.", "Diluted earnings per share rose from $1.05 to $2.40."}, "$2.40", "FY 2021"},
		{"the compared amount is the year before", []string{"Thanks, Dana. Today, I'll walk through our full fiscal-year results and then our outlook.", "Diluted earnings per share rose from $1.05 to $2.40."}, "$1.05", "FY 2020"},
		{"a quarter named since", []string{"Let me start with our full-year results.", "Turning to the fourth quarter. Diluted earnings per share were $0.61."}, "$0.61", "Q4 2021"},
		{"'the prior year' names no quarter", []string{"Let me start with our full-year results.", "Pre-tax income was $669 million, compared to $12 million in the prior year. Diluted earnings per share were $2.40."}, "$2.40", "FY 2021"},
		{"results expected are no announcement", []string{"We will share our expectations for full-year results shortly.", "Diluted earnings per share were $0.61."}, "$0.61", "Q4 2021"},
		{"no announcement", []string{"Thanks, Dana.", "Diluted earnings per share were $0.61."}, "$0.61", "Q4 2021"},
		{"the year said in the announcement", []string{"I will, however, cover our fiscal year '21 financial results.", "Diluted earnings per share were $2.40."}, "$2.40", "FY 2021"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if f := turnFigure(t, tc.paras, Context{Year: 2021, Quarter: 4}, tc.fig); f.Period != tc.period {
				t.Errorf("%s: period %q, want %q (reasons %q)", f.Text, f.Period, tc.period, f.Reasons)
			}
		})
	}
}

// turnFigure is the figure said as text in a turn of paragraphs.
func turnFigure(t *testing.T, paras []string, ctx Context, text string) Figure {
	t.Helper()
	turn, _ := FindTurn(paras, ctx)
	for _, figs := range turn {
		for _, f := range figs {
			if f.Text == text {
				return f
			}
		}
	}
	t.Fatalf("no figure %q", text)
	return Figure{}
}

// TestAnnounced: the sentences that announce a basis for what follows,
// and those that do not.
func TestAnnounced(t *testing.T) {
	for _, tc := range []struct{ said, want string }{
		{"Our comments today will be on an adjusted basis, and comparisons are to last year unless otherwise indicated.", "adjusted"},
		{"Unless otherwise noted, my remarks will focus on non-GAAP results.", "non-GAAP"},
		{"As a reminder, I'll be referring to adjusted results today.", "adjusted"},
		{"Most of my commentary will be on a non-GAAP basis, so please see the release for reconciliations.", "non-GAAP"},
		{"During the call we will refer to certain non-GAAP financial measures.", ""},
		{"Please note that some figures we'll discuss today are presented on a non-GAAP basis.", ""},
		{"Adjusted EPS grew 6% on an adjusted basis today.", ""},
		{"Revenue grew on an adjusted basis.", ""},
		{"For purposes of this call, all references will be on an organic and adjusted basis, unless otherwise indicated.", "organic and adjusted"},
		{"All comparisons today will be on a reported or adjusted basis as noted.", ""},
		{"We'll be discussing our consolidated results using core performance measures unless we specifically indicate our comments relate to GAAP data.", "core"},
		{"Our core business grew, and we will discuss core markets today.", ""},
		{"Any references made on this call to 2020 or 2021 results will be on an adjusted basis, excluding acquisition-related amortization.", "adjusted"},
		{"EPS of 2.05 on an adjusted basis was a record for us today.", ""},
	} {
		if _, got := FindTurn([]string{tc.said}, Context{}); got != tc.want {
			t.Errorf("the basis announced by %q: %q, want %q", tc.said, got, tc.want)
		}
	}
	// growth announced as organic: the company's revenue change is organic growth
	_, both := FindTurn([]string{"All references today will be on an organic and adjusted basis unless otherwise indicated."}, Context{})
	turn, _ := FindTurn([]string{"Our revenue in the quarter declined 12%. Earnings per share were $0.40.", "Pumps revenue rose 4%."}, Context{Year: 2020, Quarter: 2, Basis: both})
	for _, f := range append(turn[0], turn[1]...) {
		switch want := map[string]string{"12%": "organic growth organic", "$0.40": "eps adjusted", "4%": "revenue "}[f.Text]; {
		case want != "" && f.Metric+" "+f.Basis != want:
			t.Errorf("after an organic and adjusted basis, %s: %s %s, want %s (%v)", f.Text, f.Metric, f.Basis, want, f.Reasons)
		}
	}
	// carried from the host's turn to the next speaker's
	host := []string{"Unless otherwise noted, all results discussed today are on an adjusted basis."}
	_, announced := FindTurn(host, Context{})
	ctx := Context{Year: 2021, Quarter: 2, Basis: announced}
	figs, _ := FindTurn([]string{"Earnings per share were $1.12, up 9%."}, ctx)
	if len(figs[0]) == 0 || figs[0][0].Basis != "adjusted" {
		t.Errorf("the next turn's EPS: %+v, want basis adjusted", figs[0])
	}
}

// TestFindTurnHeading checks that the sentence that ends a paragraph
// without a figure ("Here are our full-year results.") gives the next
// paragraph's results their period, until a quarter is said.
func TestFindTurnHeading(t *testing.T) {
	for _, tc := range []struct {
		paras        []string
		text, period string
	}{
		{[]string{"We had a strong year. Here are our full-year 2021 results on a constant-currency basis.", "Total revenue increased 14%, and adjusted EPS was $3.05."},
			"$3.05", "FY 2021"},
		{[]string{"We had a strong year. Here are our fourth-quarter results.", "Total revenue increased 14%, and adjusted EPS was $0.85."},
			"$0.85", "Q4 2021"},
		{[]string{"Here are our full-year 2021 results.", "In the fourth quarter, adjusted EPS was $0.85."},
			"$0.85", "Q4 2021"},
		{[]string{"Adjusted EPS for the year was $3.05.", "Adjusted EPS was $0.85, up 9%."},
			"$0.85", "Q4 2021"},
		{[]string{"Cash was $1 billion. This also reflects our first annual payment to the fund.", "Adjusted EPS was $0.85, up 9%."},
			"$0.85", "Q4 2021"},
	} {
		figs, _ := FindTurn(tc.paras, q4)
		found := false
		for _, f := range figs[len(figs)-1] {
			if f.Text == tc.text {
				found = true
				if f.Period != tc.period {
					t.Errorf("%q: %s period = %q, want %q (%v)", tc.paras, f.Text, f.Period, tc.period, f.Reasons)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.paras, tc.text)
		}
	}
}

// TestFindTurnSpanAtParagraphEnd: a span that leads the last sentence of a
// paragraph ("Year-to-date, ...") holds for the list the next paragraph
// goes on with, until a quarter is said.
func TestFindTurnSpanAtParagraphEnd(t *testing.T) {
	for _, tc := range []struct {
		paras   []string
		fig     string
		period  string
		quarter int
	}{
		{[]string{"For the third quarter, revenue rose 12% to $84 million. Year-to-date, total revenue has increased 9% to $239 million.", "Adjusted EBITDA increased 22% to $76 million."}, "$76 million", "9M 2021", 3},
		{[]string{"For the third quarter, revenue rose 12% to $84 million. Total revenue has increased 9% to $239 million.", "Adjusted EBITDA increased 22% to $26 million."}, "$26 million", "Q3 2021", 3},
		{[]string{"I'm pleased to report that full year fiscal 2021 total company sales were $4.1 billion. Adjusted EBITDA was $611 million."}, "$611 million", "FY 2021", 4},
		// a span said before the speaker turns to another subject holds no more
		{[]string{"Backlog increased to $5.5 billion. It is up 17% year-to-date. Turning to slide 11, we'll review Home Products. Sales were up 29% versus the prior year."}, "29%", "Q3 2021", 3},
		{[]string{"Backlog increased to $5.5 billion. It is up 17% year-to-date. Sales were up 29% versus the prior year."}, "29%", "9M 2021", 3},
	} {
		turn, _ := FindTurn(tc.paras, Context{Year: 2021, Quarter: tc.quarter})
		found := false
		for _, figs := range turn {
			for _, f := range figs {
				if f.Text == tc.fig {
					found = true
					if f.Period != tc.period {
						t.Errorf("%s: period %q, want %q (reasons %q)", f.Text, f.Period, tc.period, f.Reasons)
					}
				}
			}
		}
		if !found {
			t.Errorf("no figure %s", tc.fig)
		}
	}
}

// TestSubjectPart: a part named as the subject of its own growth is the
// figure's scope; the company, its metrics and its management are not parts.
func TestSubjectPart(t *testing.T) {
	for _, tc := range []struct {
		said, fig, scope string
	}{
		{"Water Solutions is expected to grow 3% to 5% organically.", "3% to 5%", "water solutions"},
		{"Heavy Equipment grew 12% on strong demand.", "12%", "heavy equipment"},
		{"Coatings & Films grew organically by 6%.", "6%", "coatings & films"},
		{"Garden Home Kids grew at a comp of 16.9% this quarter.", "16.9%", "garden home kids"},
		{"Fernhill is expected to grow 4% this year.", "4%", ""},
		{"The Company grew 5% in the quarter.", "5%", ""},
		{"Revenue grew 8% in the quarter.", "8%", ""},
		{"Management expects revenue to grow 5% next year.", "5%", ""},
		{"Water Solutions revenue is expected to grow 3%.", "3%", "water solutions"},
	} {
		t.Run(tc.said, func(t *testing.T) {
			ctx := Context{Year: 2021, Quarter: 2, Company: "Fernhill Tools"}
			if f := turnFigure(t, []string{tc.said}, ctx, tc.fig); f.Scope != tc.scope {
				t.Errorf("%s: scope %q, want %q (reasons %q)", f.Text, f.Scope, tc.scope, f.Reasons)
			}
		})
	}
}

// checkTurnScope checks that FindTurn gives every figure said as fig in
// paras the scope want.
func checkTurnScope(t *testing.T, name string, paras []string, ctx Context, fig, want string) {
	t.Helper()
	found := false
	turn, _ := FindTurn(paras, ctx)
	for _, figs := range turn {
		for _, f := range figs {
			if f.Text == fig {
				found = true
				if f.Scope != want {
					t.Errorf("%s: %s scope %q, want %q (%v)", name, fig, f.Scope, want, f.Reasons)
				}
			}
		}
	}
	if !found {
		t.Errorf("%s: %s not found", name, fig)
	}
}
