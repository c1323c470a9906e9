package cards

// codeSamples are the cards whose pixels the Huffman code of every card is made from
// (cardCode): a call's card and exchanges' cards, the fields filled as a site fills them,
// so that the code fits the mix of type sizes and colours cards have. The words are made up;
// changing them changes every card's bytes (not its picture), so change version with them.
var codeSamples = []Card{
	{
		SiteTitle: "Earnings calls",
		Company:   "Northwind Traders",
		Period:    "Q3 2021",
		Heading:   "Earnings call",
		Speaker:   "Maria Lindqvist, CEO ∙ Oren Katz, CFO",
		Quote:     "Net sales rose 9% to $412 million ∙ Gross margin of 38.5%, up 120 basis points ∙ Full-year outlook for adjusted earnings per share raised to $2.10 to $2.20",
		Footer:    "11 analyst questions",
	},
	{
		SiteTitle: "Earnings calls",
		Company:   "Brightwater Utilities",
		Period:    "Q1 2022",
		Heading:   "Oren Katz (CFO) on capital spending and the dividend",
		Speaker:   "Answer by Oren Katz, Chief Financial Officer",
		Quote:     "Sure. We still expect capital spending of roughly $1.1 billion for the year, weighted to the second half as the grid projects move from permitting into construction. On the dividend, our payout ratio target is unchanged, and the board will look at it again in October, as it does every year.",
		Footer:    "Question 4 of 9 · Priya Raman, Halvorsen Securities",
	},
	{
		SiteTitle: "Earnings calls",
		Company:   "Quillfeather Semiconductor Holdings",
		Period:    "Fiscal Q2 2023",
		Heading:   "Daniel Okafor (President and Chief Operating Officer) on inventory levels across the channel",
		Speaker:   "Question by Thomas Becker, Marlow & Finch",
		Quote:     "Thanks for taking my question. Could you help us think about how much inventory is still sitting with distributors, and whether you expect the correction to be finished by the end of the calendar year?",
		Footer:    "Question 1 of 12 · Thomas Becker, Marlow & Finch",
	},
}
