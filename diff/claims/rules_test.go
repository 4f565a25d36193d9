package claims

import (
	"strings"
	"testing"
)

// The tests below check the rules of reading, one table per kind of rule,
// on small invented sentences. Each case fails when its rule is taken
// away.

// claimTest is a letter body and the claims it should give, as claimsOf
// writes them ("D: text", "G: text").
type claimTest struct {
	name string
	body string
	want []string
}

func runClaimTests(t *testing.T, tests []claimTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsOf(t, tt.body)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("claims of %q\n got %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}

func TestThirdPersonWriters(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"writer body urges", "The Association urges the Committee to reject the amendment.",
			[]string{"D: The Association urges the Committee to reject the amendment"}},
		{"adverb between subject and verb", "The Coalition respectfully requests that the agency extend the deadline.",
			[]string{"D: The Coalition respectfully requests that the agency extend the deadline"}},
		{"acronym with an adverb before the verb", "NAHB strongly urges the Department to withdraw the rule.",
			[]string{"D: NAHB strongly urges the Department to withdraw the rule"}},
		{"name asks that", "Acme asks that the fee be waived.",
			[]string{"D: Acme asks that the fee be waived"}},
		{"council recommends", "The Council recommends that the Ministry publish its data.",
			[]string{"D: The Council recommends that the Ministry publish its data"}},
		{"an authority recommending is no ask", "The Government recommends that firms report quarterly.", nil},
		{"a bare name with a weak verb reports", "GAO recommends that Congress fund the study.", nil},
		{"a noun before requests is no subject", "The exclusion requests of our members were filed in April.", nil},
		{"two names ask together", "GWMA and ESCA respectfully request that the Bureau:\n\n1. Exempt small firms from the written plan;\n2. Publish its cost model.",
			[]string{"D: Exempt small firms from the written plan", "D: Publish its cost model"}},
		{"third-person appreciation", "Acme supports the Commission's review of the unfair tariff.", nil},
		{"a writer body in lower case", "The association urges the Committee to reject the amendment.",
			[]string{"D: The association urges the Committee to reject the amendment"}},
		{"the signatories' initials with a weak verb", "AA recommends that the Ministry publish its data.",
			[]string{"D: AA recommends that the Ministry publish its data"}},
		{"the signatories' initials with a plural verb", "AA urge the Ministry to publish its data.",
			[]string{"D: AA urge the Ministry to publish its data"}},
		{"a signatory's whole name with a plural verb", "The Beta Council suggest that the Ministry publish its data.",
			[]string{"D: The Beta Council suggest that the Ministry publish its data"}},
		{"another body's name with a plural verb", "The Gamma Council suggest that the Ministry publish its data.", nil},
	})
}

func TestImperatives(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"a sentence opening with its verb", "Withdraw the reporting obligation for small firms.",
			[]string{"D: Withdraw the reporting obligation for small firms"}},
		{"a numbered recommendation", "Recommendation 4 Remove the exemption for widget exporters.",
			[]string{"D: Recommendation 4 Remove the exemption for widget exporters"}},
		{"a verb before an article", "Remove a fee that falls on small firms.",
			[]string{"D: Remove a fee that falls on small firms"}},
		{"do not", "Do not allow importers to bypass the register.",
			[]string{"D: Do not allow importers to bypass the register"}},
		{"a noun before a preposition", "Access to the register is free of charge.", nil},
		{"a noun before an auxiliary", "Research funding has doubled since 2010.", nil},
		{"a heading of topics", "Study timelines", nil},
		{"the reader invited", "Read more about the register on our website.", nil},
		{"the writers' own resolve", "Let us first congratulate you on your appointment.", nil},
		{"a question", "Consider the register: would it serve small firms?", nil},
	})
}

func TestWhatAsksNothing(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"a modal in a question", "Should the register be kept by the Ministry?", nil},
		{"a question word and a modal", "What criteria should the Board apply to small firms?", nil},
		{"an ask in a clause before a question", "The register should be public; is there any reason why not?",
			[]string{"D: The register should be public"}},
		{"a modal that opens a condition", "Should the Board decide to publish the register, we will help.", nil},
		{"the statute's shall", "The authority shall be granted access to the register.", nil},
		{"wanting to thank", "We want to thank the Ministry for publishing the register.", nil},
		{"an invitation to contact", "Please contact Ann Wu at ann@example.org to arrange a meeting.", nil},
		{"what firms will need to do", "Small firms will need to register every widget.", nil},
		{"what would only need to be done", "The Board would only need to publish the list once.", nil},
		{"hoping to have helped", "We hope that these comments are helpful to the Board.", nil},
		{"welcoming what is asked", "We would welcome clarity on the register's scope.",
			[]string{"D: We would welcome clarity on the register's scope"}},
		{"what is important to note", "It is important to note that the register is already public.", nil},
		{"what should also be noted", "It should also be noted that the register is already public.", nil},
		{"what must be stressed", "It must be stressed that small firms cannot pay the fee.", nil},
		{"what should be published", "The register should also be published every year.",
			[]string{"D: The register should also be published every year"}},
		{"what needs to be done", "The Board needs to publish the register.",
			[]string{"D: The Board needs to publish the register"}},
	})
}

func TestWebAddresses(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"an address run into the ask after it", "We ask for a delay until the rules meet the commitments: <https://example.org/widget-review> rules should be narrowly drawn.",
			[]string{"D: We ask for a delay until the rules meet the commitments", "D: rules should be narrowly drawn"}},
	})
}

func TestCourtesies(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"congratulations", "We would like to congratulate you on your appointment.", nil},
		{"thanks after would like", "We would like to thank the Ministry for its work on the unfair tariff.", nil},
		{"please find attached", "Please find attached our comments on the draft.", nil},
		{"do not hesitate", "Please do not hesitate to contact us.", nil},
		{"an opportunity the addressee is urged to take", "We urge the Board to take this opportunity to publish the register.",
			[]string{"D: We urge the Board to take this opportunity to publish the register"}},
		{"an opportunity the writers take", "We take this opportunity to publish the register.", nil},
		{"contact with any questions", "Please contact Jane Roe at jroe@example.org with any questions.", nil},
		{"drawing attention asks nothing but may complain", "We would like to draw your attention to the excessive fees charged to small firms.",
			[]string{"G: We would like to draw your attention to the excessive fees charged to small firms"}},
		{"would like still asks a meeting", "We would like to meet with you to discuss the rule.",
			[]string{"D: We would like to meet with you to discuss the rule"}},
		{"thank you opening a sentence", "Thank you for your work on the unfair tariff.", nil},
		{"an offer in a clause of concession", "While we are pleased to see the review, we urge the Ministry to withdraw the fee.",
			[]string{"D: While we are pleased to see the review, we urge the Ministry to withdraw the fee"}},
		{"an offer", "We are pleased to help the Ministry with the review.", nil},
		{"hoping the addressee is well", "We hope that you and your staff are doing well in these busy weeks.", nil},
		{"a bare verb opening a list item is no thanks", "We call on the Commission to:\n\n- recognise recycled material as counting towards the targets",
			[]string{"D: recognise recycled material as counting towards the targets"}},
	})
}

func TestReportedSpeech(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"said that", "The Minister said that the agency must cut costs.", nil},
		{"said without that", "The Minister said the agency must cut costs.", nil},
		{"the modal alone asks", "The agency must cut costs.",
			[]string{"D: The agency must cut costs"}},
		{"a contrast ends the report", "The consultation assumes that operators face unfair competition, but this assumption is not supported by any evidence.",
			[]string{"G: this assumption is not supported by any evidence"}},
	})
}

func TestFormalRequests(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"it is requested that", "It is requested that the pending arrears may be released within three months.",
			[]string{"D: It is requested that the pending arrears may be released within three months"}},
		{"we pray that", "We humbly pray that the subsidy may be restored.",
			[]string{"D: We humbly pray that the subsidy may be restored"}},
		{"kindly", "Kindly release the pending grant at the earliest.",
			[]string{"D: Kindly release the pending grant at the earliest"}},
		{"passive asks in a list after requested", "In view of the above, it is most humbly requested that:\n\n(i) the arrears may be released within three months;\n\n(ii) the subsidy may be raised from 10% to 15%.",
			[]string{"D: the arrears may be released within three months", "D: the subsidy may be raised from 10% to 15"}},
		{"formal address names nothing", "It is therefore requested to your kind honour to look into the matter and release the pending grant.",
			[]string{"D: release the pending grant"}},
		{"do the needful", "Kindly do the needful.", nil},
		{"may alone is a hedge", "The grant may be released soon, according to the Ministry.", nil},
	})
}

func TestSplits(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"a list run into its sentence after an announcer", "The Coalition makes the following demands of the Government: i. That a state of emergency be declared in widget towns; ii. That the Assembly be invited to repeal the levy; iii. That the Bureau publish a register of licences.",
			[]string{"D: That a state of emergency be declared in widget towns", "D: That the Assembly be invited to repeal the levy", "D: That the Bureau publish a register of licences"}},
		{"lettered items run into a sentence", "We make the following requests: (a) that the levy be withdrawn; (b) that the Ministry publish its data.",
			[]string{"D: that the levy be withdrawn", "D: that the Ministry publish its data"}},
		{"two that-clauses of one ask", "We ask that the fee be waived, and that disputes be settled between the buyer and the seller.",
			[]string{"D: We ask that the fee be waived", "D: that disputes be settled between the buyer and the seller"}},
		{"a complaint and an ask in one sentence", "We oppose the rule and call on the agency to withdraw it.",
			[]string{"G: We oppose the rule", "D: call on the agency to withdraw it"}},
		{"a second ask of one subject", "NWMA urges the Department to delay the effective date and calls on it to exempt small firms.",
			[]string{"D: NWMA urges the Department to delay the effective date", "D: calls on it to exempt small firms"}},
		{"an ask keeps its subject", "The fee is unlawful and must be repealed.",
			[]string{"G: The fee is unlawful", "D: The fee is unlawful and must be repealed"}},
		{"a list of nouns is one ask", "We urge the Government to ensure their safety, release, and return home.",
			[]string{"D: We urge the Government to ensure their safety, release, and return home"}},
		{"a list of nouns inside the last of a list of asks", "Widget rules should be narrowly tailored, take into account international norms, be fair, and not impose conditions on the purchase, sale, or use of widgets.",
			[]string{"D: Widget rules should be narrowly tailored", "D: take into account international norms", "D: be fair", "D: not impose conditions on the purchase, sale, or use of widgets"}},
		{"two clauses with subjects of their own", "The fee is excessive, and the new reporting rules impose an unfair burden on small firms.",
			[]string{"G: The fee is excessive", "G: the new reporting rules impose an unfair burden on small firms"}},
		{"two asks in two clauses", "Any exclusion should apply retroactively, and duties already paid on excluded products should be refunded.",
			[]string{"D: Any exclusion should apply retroactively", "D: duties already paid on excluded products should be refunded"}},
		{"a clause of consequence stays", "Operators are shielded from state regulation, and so the protections enacted by the states do not reach them.",
			[]string{"G: Operators are shielded from state regulation, and so the protections enacted by the states do not reach them"}},
		{"a clause of its own takes no modal from before", "Registration must be completed online, and several of our members have registered already.",
			[]string{"D: Registration must be completed online"}},
		{"coordination under a second infinitive", "We urge the Committee to direct the Office to study the costs and to report its findings within six months.",
			[]string{"D: We urge the Committee to direct the Office to study the costs and to report its findings within six months"}},
		{"infinitives sharing to", "The deadline for small schemes to register and comply does not allow enough time to raise funds, obtain consents and install equipment.",
			[]string{"G: The deadline for small schemes to register and comply does not allow enough time to raise funds, obtain consents and install equipment"}},
		{"verbs of a relative clause", "We are concerned about the proposed levy, which would fall hardest on small schemes and would exceed their budgets.",
			[]string{"G: We are concerned about the proposed levy, which would fall hardest on small schemes and would exceed their budgets"}},
		{"a relative clause has no subject to cut", "We are alarmed that the amendments have weakened the definition of protection, which would allow damaging activities to continue.",
			[]string{"G: We are alarmed that the amendments have weakened the definition of protection, which would allow damaging activities to continue"}},
		{"adjuncts are no list", "Payment disputes should be resolved between the operator and the plan, through arbitration where they cannot agree, and never through the patient.",
			[]string{"D: Payment disputes should be resolved between the operator and the plan, through arbitration where they cannot agree, and never through the patient"}},
		{"a parallel preposition opens a member", "We call for the release of all detained journalists, and for an independent inquiry into the raids on their offices.",
			[]string{"D: We call for the release of all detained journalists", "D: for an independent inquiry into the raids on their offices"}},
		{"together with adds an ask", "We request that the agency publish its criteria, together with a statement of reasons for each denial.",
			[]string{"D: We request that the agency publish its criteria", "D: together with a statement of reasons for each denial"}},
		{"the writers naming themselves", "We, the undersigned rights organisations, write to urge the Ministry to withdraw the levy.",
			[]string{"D: write to urge the Ministry to withdraw the levy"}},
		{"an appositive is no verb list", "We, the undersigned organisations, write to express our grave concern at the detention of journalists and human rights defenders.",
			[]string{"G: write to express our grave concern at the detention of journalists and human rights defenders"}},
		{"an imposition after an ask is asked", "The Commission should adopt firm deadlines and require utilities to report quarterly.",
			[]string{"D: The Commission should adopt firm deadlines", "D: require utilities to report quarterly"}},
		{"an en dash inside a name joins", "The Widget Workers Union urges ministers to protect the fund during the Asia–Widget Partnership talks of 2024–2025.",
			[]string{"D: The Widget Workers Union urges ministers to protect the fund during the Asia–Widget Partnership talks of 2024–2025"}},
		{"a spaced en dash sets a clause apart", "The levy is unfair – it should be withdrawn.",
			[]string{"G: The levy is unfair", "D: it should be withdrawn"}},
		{"a requirement asked for", "We ask that the Committee include a requirement that patients pay no more than in-network rates, and that disputes be settled between the operator and the plan.",
			[]string{"D: We ask that the Committee include a requirement that patients pay no more than in-network rates", "D: that disputes be settled between the operator and the plan"}},
	})
}

func TestStances(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"objectives are no objection", "The rule's objectives to protect small firms are clear.", nil},
		{"the writers object", "We strongly object to the new widget fee.",
			[]string{"G: We strongly object to the new widget fee"}},
		{"troubled that", "We are also troubled that the agency has ignored the survey.",
			[]string{"G: We are also troubled that the agency has ignored the survey"}},
		{"disappointed that", "We are disappointed that the review was cancelled.",
			[]string{"G: We are disappointed that the review was cancelled"}},
		{"regrettable", "It is regrettable that the consultation lasted two weeks.",
			[]string{"G: It is regrettable that the consultation lasted two weeks"}},
		{"note with concern", "We note with concern that the deadline has been moved.",
			[]string{"G: We note with concern that the deadline has been moved"}},
		{"a vague head is no complaint", "We are, however, seriously concerned by several elements of the approach set out in the assessment.", nil},
		{"a stance with nothing after it", "The draft regulations nevertheless raise new concerns.", nil},
	})
}

func TestEvaluativePredicates(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"left behind", "Eastland risks falling behind its neighbours on widget safety.",
			[]string{"G: Eastland risks falling behind its neighbours on widget safety"}},
		{"no power to act", "The Act gives the Widget Board no power to act on its findings.",
			[]string{"G: The Act gives the Widget Board no power to act on its findings"}},
		{"never consulted", "Small traders were never consulted before the levy was approved.",
			[]string{"G: Small traders were never consulted before the levy was approved"}},
		{"a threat guarded against is no complaint", "Continued innovation is needed to protect against increasingly sophisticated bad actors and threats.", nil},
		{"come to nothing", "The promised review has come to nothing.",
			[]string{"G: The promised review has come to nothing"}},
		{"cannot afford", "Small growers cannot afford the new fee.",
			[]string{"G: Small growers cannot afford the new fee"}},
		{"goes too far", "The proposal goes too far.",
			[]string{"G: The proposal goes too far"}},
		{"goes further than", "In our view this goes much further than the law requires.",
			[]string{"G: In our view this goes much further than the law requires"}},
		{"flawed", "The methodology is deeply flawed.",
			[]string{"G: The methodology is deeply flawed"}},
		{"led to delays", "The new portal has led to delays.",
			[]string{"G: The new portal has led to delays"}},
		{"poorly suited", "The portal is poorly suited to rural areas.",
			[]string{"G: The portal is poorly suited to rural areas"}},
		{"overstates", "This assumption overstates the impact of storage on the network.",
			[]string{"G: This assumption overstates the impact of storage on the network"}},
		{"unable to", "Several societies are unable to pay weavers on time.",
			[]string{"G: Several societies are unable to pay weavers on time"}},
		{"without access to", "We understand that Ms Roe has been held for six weeks without access to a lawyer.",
			[]string{"G: We understand that Ms Roe has been held for six weeks without access to a lawyer"}},
		{"a lack of a burden is no complaint", "Local firms can do so without any need to obtain a licence.", nil},
	})
}

func TestRemedies(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"good news told with figures", "Our sector has benefited greatly from open trade, its share of exports rising from 2 percent in 2000 to 30 percent in 2020. We are concerned about the new levy.",
			[]string{"G: We are concerned about the new levy"}},
		{"reduce harm", "The programme was designed to reduce harm to children.", nil},
		{"protect from abuse", "This bill would protect consumers from abuse.", nil},
		{"prohibit discrimination", "The Act prohibits discrimination in hiring.", nil},
		{"address the burden", "The program aims to address the burden on small firms.", nil},
		{"thanks for a remedy", "We thank the Ministry for its efforts to combat harassment.", nil},
		{"a harm not remedied", "The new rules would harm small firms.",
			[]string{"G: The new rules would harm small firms"}},
	})
}

func TestPositivesInRelativeClauses(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"an appreciation conceded before an ask", "While we welcome the register, the Board should publish its costs.",
			[]string{"D: While we welcome the register, the Board should publish its costs"}},
		{"an appreciation not conceded", "We welcome the register, which the Board should publish.", nil},
		{"support in a relative clause", "The absence of a duty to consult has undermined trust in the programme, which our organisations strongly support.",
			[]string{"G: The absence of a duty to consult has undermined trust in the programme, which our organisations strongly support"}},
		{"support of the sentence", "Our organisations strongly support the programme despite its cost.", nil},
	})
}

func TestInaction(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"No before a number is no negation", "Regulation No 1071/2009 exempts small operators from the rules.", nil},
		{"a negation naming nothing", "The new scheme is neither.", nil},
		{"a pronoun for the authority", "The Office denies many requests, and it gives no reasons for its decisions.",
			[]string{"G: it gives no reasons for its decisions"}},
		{"a pronoun for no authority", "Domestic firms own their data centres, and they can do so without any licence.", nil},
		{"a measure that persists", "The revised rules still assume that every facility runs at full capacity.",
			[]string{"G: The revised rules still assume that every facility runs at full capacity"}},
		{"undone and persisting", "More than half of the requests remain undecided.",
			[]string{"G: More than half of the requests remain undecided"}},
		{"a complaint naming nothing", "Other problems remain unresolved.", nil},
		{"left undone", "The relief assistance for 2022 has not been released till date.",
			[]string{"G: The relief assistance for 2022 has not been released till date"}},
		{"the writers are no authority", "We have not been informed of the outcome.", nil},
		{"a measure that goes on doing good", "The program continues to support 500 firms across the state.", nil},
		{"a measure that remains", "The standard remains the benchmark for the industry.", nil},
	})
}

func TestObligationsInForce(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"those covered must, among complaints", "The annual fee imposes a heavy burden on small traders. Traders must also hold a separate licence for each town.",
			[]string{"G: The annual fee imposes a heavy burden on small traders", "G: Traders must also hold a separate licence for each town"}},
		{"must now, among complaints", "The new rules are unfair. Since January, every terminal must now be registered with the office.",
			[]string{"G: The new rules are unfair", "G: Since January, every terminal must now be registered with the office"}},
		{"a rule stated where nothing is complained of", "Applicants must submit the form by June 1.", nil},
		{"a relief asked for those covered", "Small firms must be exempted from the levy.",
			[]string{"D: Small firms must be exempted from the levy"}},
		{"an authority must", "The Commission must allow studies to use certified limits.",
			[]string{"D: The Commission must allow studies to use certified limits"}},
	})
}

func TestMeasuredChanges(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"a change among complaints", "Prices have risen by 40% since April. The fee is unfair.",
			[]string{"G: Prices have risen by 40% since April", "G: The fee is unfair"}},
		{"a change alone is background", "Our membership grew by 20 percent last year.", nil},
		{"a word of complaint with a figure", "The thresholds would reduce support for small firms by about a third.",
			[]string{"G: The thresholds would reduce support for small firms by about a third"}},
		{"a change in a list of complaints", "1. The levy imposes an unfair burden on small growers.\n\n2. Wages have fallen to 270 a day.",
			[]string{"G: The levy imposes an unfair burden on small growers", "G: Wages have fallen to 270 a day"}},
	})
}

func TestListLeadIns(t *testing.T) {
	runClaimTests(t, []claimTest{
		{"a complaint announcing a list", "The condition of growers has worsened, for the following reasons.\n\n1. Seed prices have increased again this year.\n\n2. Wages have fallen to 270 a day.",
			[]string{"G: Seed prices have increased again this year", "G: Wages have fallen to 270 a day"}},
		{"an ask announcing a list", "We call on you to take the following steps in the 2024 session:\n\n1. Raise the rates to cover the cost of care.\n\n2. Support legislation requiring hospitals to give notice.",
			[]string{"D: Raise the rates to cover the cost of care", "D: Support legislation requiring hospitals to give notice"}},
		{"a running header inside a list", "We urge you to:\n\n- extend the comment period by 90 days;\n\nSecretary Roe and Director Poe\nMarch 3, 2023\nPage 2\n\n- publish the field data",
			[]string{"D: extend the comment period by 90 days", "D: publish the field data"}},
		{"an ask of nothing specific", "We write to ask that the Government act on a number of matters before the Bill passes.", nil},
		{"urging action", "We write to urge action before the session.", nil},
	})
}

func TestConsequencesJoinTheirClaim(t *testing.T) {
	before := "Assistance due under the scheme has not been released. This has caused a severe shortage of working capital."
	after := "Assistance under the scheme has still not been released."
	got := links(t, before, after)
	if len(got) != 1 || !strings.HasPrefix(got[0], "grievance changed: ") {
		t.Errorf("links = %q, want one changed grievance", got)
	}
	c := Compare(parse(t, before), parse(t, after), CompareOptions{})
	if len(c.Before) != 1 || len(c.Before[0].Items) != 2 {
		t.Errorf("before claims = %+v, want one claim of two statements", c.Before)
	}
}

func TestRestatedAcross(t *testing.T) {
	before := "We are concerned that the draft assigns the entire cost of a substation upgrade to the first project that triggers it."
	after := "The revised draft gives the entire cost of a substation upgrade to the first project that triggers it. Our members operate eleven storage projects."
	// the rule reading, so that the learned classifier, which may read
	// the restatement as a grievance of its own, does not decide
	rules := CompareOptions{Rules: true}
	c := Compare(parse(t, before), parse(t, after), rules)
	if len(c.After) != 1 {
		t.Fatalf("after claims = %+v, want the restated grievance only", c.After)
	}
	it := c.After[0].Items[0]
	if it.Kind != Grievance || it.CueKind != adoptKind || it.Confidence >= 0.8 {
		t.Errorf("restated item = %s (confidence %v)", it.Describe(), it.Confidence)
	}
	got := links(t, before, after)
	if len(got) != 1 || !strings.HasPrefix(got[0], "grievance changed: ") {
		t.Errorf("links = %q, want one changed grievance", got)
	}
	// without the grievance in the other letter, the fact stays a fact
	alone := Compare(parse(t, "Our members operate eleven storage projects."), parse(t, after), rules)
	if len(alone.After) != 0 {
		t.Errorf("after claims = %+v, want none", alone.After)
	}
}

// TestLongSentenceContext: the context of an item of a very long sentence
// is a window around it, so that a report does not repeat the sentence
// beside each of its items.
func TestLongSentenceContext(t *testing.T) {
	var parts []string
	for i := 0; i < 300; i++ {
		parts = append(parts, "the agency publish its widget report")
	}
	body := "We ask that " + strings.Join(parts, ", and that ") + "."
	items := Extract(parse(t, body), Options{Rules: true})
	if len(items) < 100 {
		t.Fatalf("%d items from a sentence of 300 asks", len(items))
	}
	for _, it := range items {
		if len(it.Context) > 2*contextWindow+len(it.Text)+10 {
			t.Fatalf("item %q has a context of %d bytes", it.Text, len(it.Context))
		}
		if !strings.Contains(it.Context, it.Text) {
			t.Fatalf("the context %q does not hold the item %q", it.Context, it.Text)
		}
	}
	if c := items[len(items)/2].Context; !strings.HasPrefix(c, "… ") || !strings.HasSuffix(c, " …") {
		t.Errorf("a context inside a long sentence is not marked as cut: %q", c)
	}
	if short := claimsOf(t, "We ask that the agency publish its report."); len(short) != 1 {
		t.Fatalf("claims of a short sentence: %q", short)
	}
}
