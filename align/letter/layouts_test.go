package letter

import (
	"fmt"
	"strings"
	"testing"
)

// Layouts of addressee and signature blocks found in real letters, each
// reduced to an invented letter: what a block holds, not where it stands.

// party is the part of a Party a layout test checks, written compactly:
// "role name | title | signer | address", empty fields left out from the
// right.
func partyString(p Party) string {
	s := fmt.Sprintf("%s %s", p.Role, p.Name)
	fields := []string{p.Title, p.Signer, p.Address}
	last := -1
	for i, f := range fields {
		if f != "" {
			last = i
		}
	}
	for _, f := range fields[:last+1] {
		if f == "" {
			s += " |"
			continue
		}
		s += " | " + f
	}
	return s
}

var layoutTests = []struct {
	name        string
	in          string
	recipients  []string
	signatories []string
}{
	{
		name: "one signer per line, name, title and body",
		in: testFrame("TO: Ministry of Widgets", "Yours sincerely,",
			"Ann Wu, Chair, Widget Makers Guild\nTom Lind, Director, Gadget Vendors Association\nAsha Rao, Coordinator, Sprocket Traders Network"),
		recipients: []string{"to Ministry of Widgets"},
		signatories: []string{
			"signatory Widget Makers Guild | Chair | Ann Wu",
			"signatory Gadget Vendors Association | Director | Tom Lind",
			"signatory Sprocket Traders Network | Coordinator | Asha Rao",
		},
	},
	{
		name:        "members of parliament one per line",
		in:          testFrame("TO: Ministry of Widgets", "Yours sincerely,", "Ann Wu MP\nTom Lind MP\nAsha Rao OBE"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Ann Wu | MP", "signatory Tom Lind | MP", "signatory Asha Rao | OBE"},
	},
	{
		name: "legislators with their districts",
		in: testFrame("TO: Ministry of Widgets", "Sincerely,",
			"Rep. Ann Wu\nDistrict 12\n\nSenator Tom Lind\nSenate District 19\n\nRep. Asha Rao"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Ann Wu | District 12", "signatory Tom Lind | Senate District 19", "signatory Asha Rao"},
	},
	{
		name:        "a professor signs as herself",
		in:          testFrame("TO: Ministry of Widgets", "Sincerely,", "Ann Wu, Professor of Law, University of Eastland\nTom Lind, Director, Gadget Policy Institute"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Ann Wu | Professor of Law, University of Eastland", "signatory Gadget Policy Institute | Director | Tom Lind"},
	},
	{
		name: "a company's signer, with a signature mark, a department and contact lines",
		in: testFrame("TO: Ministry of Widgets", "Respectfully submitted,",
			"/s/ Ann B. Wu\n\nAnn B. Wu\nVice President, Regulatory Affairs\nWidget Works, Inc.\n(555) 555-0100\nawu@widgetworks.example"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Widget Works, Inc. | Vice President, Regulatory Affairs | Ann B. Wu | (555) 555-0100, awu@widgetworks.example"},
	},
	{
		name: "numbered signatories under group headings",
		in: testFrame("TO: Ministry of Widgets", "Sincerely,",
			"National Organizations\n1. Widget Makers Guild\n2. Gadget Vendors Association\n\nState and Local Organizations\n3. Eastland Sprocket Council"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Widget Makers Guild", "signatory Gadget Vendors Association", "signatory Eastland Sprocket Council"},
	},
	{
		name: "signatures side by side with a wrapped body name",
		in: testFrame("TO: Ministry of Widgets", "Yours faithfully,",
			"Sd/-                                 Sd/-\n(A. WU)                              (T. LIND)\nPresident                            Secretary\nAll Eastland Federation of           Sprocket Weavers Association\nWidget Weavers' Societies"),
		recipients: []string{"to Ministry of Widgets"},
		signatories: []string{
			"signatory All Eastland Federation of Widget Weavers' Societies | President | A. WU",
			"signatory Sprocket Weavers Association | Secretary | T. LIND",
		},
	},
	{
		name: "a web page's share line after the signatories",
		in: testFrame("TO: Ministry of Widgets", "Signed,",
			"Widget Makers Guild\nGadget Vendors Association\n\nShare this page:  Facebook | X | Email"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Widget Makers Guild", "signatory Gadget Vendors Association"},
	},
	{
		name: "inside address of a person named without honorific",
		in: letterText(`
March 3, 2020

Ann Wu
Widgets Administrator
The Office of Widget Policy
12 Harbour Street
Portville, XY 12345

Dear Administrator Wu:

` + bodyA + `

Sincerely,

Gadget Council of Eastland
`),
		recipients:  []string{"to Ann Wu | Widgets Administrator, The Office of Widget Policy | | 12 Harbour Street, Portville, XY 12345"},
		signatories: []string{"signatory Gadget Council of Eastland"},
	},
	{
		name: "inside address with lines that have no numbers",
		in: letterText(`
March 3, 2020

His Excellency Tom Lind
President of the Republic of Eastland
State House
Portville, Eastland

Dear Mr. President,

` + bodyA + `

Sincerely,

Gadget Council of Eastland
`),
		recipients:  []string{"to Tom Lind | President of the Republic of Eastland | | State House, Portville, Eastland"},
		signatories: []string{"signatory Gadget Council of Eastland"},
	},
	{
		name: "an office as the addressee, after To, and a reference line",
		in: letterText(`
Ref: GCE/2023/52          Date: 02.11.2023

To,
The Secretary,
Ministry of Widgets,
Government of Eastland,
Widget Bhawan,
Portville – 110011.

Subject: Representation regarding widget subsidies

Respected Sir,

` + bodyA + `

Yours faithfully,

Gadget Council of Eastland

Copy to:
1. The Hon'ble Minister of Widgets, Government of Eastland, Portville.
2. The Director (Sprockets), Ministry of Widgets, Portville.
`),
		recipients: []string{
			// an office no person holds, on a line of its own above its
			// body: the body is addressed, as the annotation guide's
			// gold reads it
			"to Ministry of Widgets | The Secretary, Government of Eastland | | Widget Bhawan, Portville – 110011.",
			"cc Minister of Widgets | Government of Eastland, Portville.",
			"cc The Director (Sprockets) | Ministry of Widgets, Portville.",
		},
		signatories: []string{"signatory Gadget Council of Eastland"},
	},
	{
		name: "copied officials named with their offices first",
		in: testFrame("TO: Ministry of Widgets", "Sincerely,",
			"Gadget Council of Eastland\n\ncc:   Chairman Tom Lind\n      Commissioner Asha Rao\n      Ann Wu, Staff Attorney, Legal Department"),
		recipients: []string{
			"to Ministry of Widgets",
			"cc Tom Lind | Chairman",
			"cc Asha Rao | Commissioner",
			"cc Ann Wu | Staff Attorney, Legal Department",
		},
		signatories: []string{"signatory Gadget Council of Eastland"},
	},
	{
		name: "e-mail headers",
		in: letterText(`
From: Ann Wu <chair@widgetguild.example>
To: Minister of Widgets <minister@widgets.example>
Cc: Minister of Gadgets <minister@gadgets.example>; Chair, Committee on Sprockets <sprockets@parliament.example>
Date: Tue, 14 Feb 2023 09:12:44 +0100
Subject: Open letter on widget licences

Dear Minister,

` + bodyA + `

Yours sincerely,

Ann Wu, Chair, Widget Makers Guild
`),
		recipients: []string{
			"to Minister of Widgets | | | minister@widgets.example",
			"cc Minister of Gadgets | | | minister@gadgets.example",
			"cc Chair | Committee on Sprockets | | sprockets@parliament.example",
		},
		signatories: []string{"signatory Widget Makers Guild | Chair | Ann Wu"},
	},
	{
		name: "how it was sent and a document title are not addressees",
		in: letterText(`
March 3, 2020

VIA ELECTRONIC MAIL

JOINT COMMENTS ON THE PROPOSED WIDGET RULE

Ms. Ann Wu
Executive Secretary
Widget Safety Commission
180 Capitol Square
Portville, XY 12345

Dear Ms. Wu:

` + bodyA + `

Sincerely,

Gadget Council of Eastland
`),
		recipients:  []string{"to Ann Wu | Executive Secretary, Widget Safety Commission | | 180 Capitol Square, Portville, XY 12345"},
		signatories: []string{"signatory Gadget Council of Eastland"},
	},
	{
		name: "a greeting without Dear, and a closing in solidarity",
		in: letterText(`
March 3, 2020

The Honorable Ann Wu
President of Eastland
1600 Main Avenue
Portville, XY 12345

Madam President:

` + bodyA + `

In solidarity,

Tom Lind
Regional Vice-President
Widget Workers Union
`),
		recipients:  []string{"to Ann Wu | President of Eastland | | 1600 Main Avenue, Portville, XY 12345"},
		signatories: []string{"signatory Widget Workers Union | Regional Vice-President | Tom Lind"},
	},
	{
		name: "the inside address above the date",
		in: letterText(`
Ms. Ann Wu
Commissioner for Widgets
Eastland Commission
Rue de la Loi 200
1049 Portville

Portville, 4 July 2024

Dear Commissioner Wu,

` + bodyA + `

Yours sincerely,

Widget Europe
`),
		recipients:  []string{"to Ann Wu | Commissioner for Widgets, Eastland Commission | | Rue de la Loi 200, 1049 Portville"},
		signatories: []string{"signatory Widget Europe"},
	},
	{
		name: "signing for a body: on behalf of, and By:",
		in: testFrame("TO: Ministry of Widgets", "Yours faithfully,",
			"Ann Wu\nFor and on behalf of the Widget Makers Association\n\nGadget Council of Eastland\nBy: Tom Lind, President"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Widget Makers Association | | Ann Wu", "signatory Gadget Council of Eastland | President | Tom Lind"},
	},
	{
		name: "a signature block in capitals, and an office that starts with a body's word",
		in: testFrame("TO: Ministry of Widgets", "Sincerely,",
			"ANN WU\nPRESIDENT\nWIDGET MAKERS ASSOCIATION\n\nTom Lind\nCampaign Director\nGadget Council"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory WIDGET MAKERS ASSOCIATION | PRESIDENT | ANN WU", "signatory Gadget Council | Campaign Director | Tom Lind"},
	},
	{
		name: "a docket under Attention, and a copy line worded at length",
		in: letterText(`
March 3, 2020

The Honorable Ann Wu
Secretary of Widgets
Portville, XY 12345

Attention: Docket No. WID-2021-0001

Dear Secretary Wu:

` + bodyA + `

With profound regards,
Yours sincerely,

Sd/- (Tom Lind)
General Secretary
Widget Employees Association

Copy forwarded for information and necessary action to : Shri Asha Rao, Director (Legal), Department of Widgets, Portville 110001.
`),
		recipients: []string{
			"to Ann Wu | Secretary of Widgets | | Portville, XY 12345",
			"cc Asha Rao | Director (Legal), Department of Widgets, Portville 110001.",
		},
		signatories: []string{"signatory Widget Employees Association | General Secretary | Tom Lind"},
	},
	{
		name:        "companies run together, each ending with its legal form",
		in:          testFrame("TO: Ministry of Widgets", "Sincerely,", "Acme Widgets, Inc. Gadget Makers LLC Sprocket Partners LP"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Acme Widgets, Inc.", "signatory Gadget Makers LLC", "signatory Sprocket Partners LP"},
	},
	{
		name: "offices before the people who hold them",
		in: testFrame("To: Prime Minister of Eastland, Ann Wu; President of Westland, Tom Lind.", "Yours faithfully,",
			"Widget Rights Network\n\nCc : The Minister of Gadgets, Honourable Asha Rao, The Speaker of the House of Assembly, Honourable Peter Finch"),
		recipients: []string{
			"to Ann Wu | Prime Minister of Eastland",
			"to Tom Lind | President of Westland",
			"cc Asha Rao | The Minister of Gadgets",
			"cc Peter Finch | The Speaker of the House of Assembly",
		},
		signatories: []string{"signatory Widget Rights Network"},
	},
	{
		name: "a title set apart from its name by a blank line",
		in: letterText(`
March 3, 2020

H.E. Ann Wu,

Prime Minister of Eastland

Your Excellency,

` + bodyA + `

Sincerely,

Widget Rights Network
`),
		recipients:  []string{"to Ann Wu | Prime Minister of Eastland"},
		signatories: []string{"signatory Widget Rights Network"},
	},
	{
		name: "signatories listed at the top, and one of them signing at the end",
		in: letterText(`
8 May 2023

Hon. Ann Wu
Minister of Widgets
Parliament Buildings
Portville 6160

Dear Minister

On behalf of the following organisations:

Widget Water Alliance
Gadget Schemes of Eastland
Sprocket Trust

we write about the new widget standards and their effect on the small supplies that serve rural households.

Yours faithfully,

Tom Lind
Convenor, Widget Water Alliance
`),
		recipients:  []string{"to Ann Wu | Minister of Widgets | | Parliament Buildings, Portville 6160"},
		signatories: []string{"signatory Widget Water Alliance | Convenor | Tom Lind", "signatory Gadget Schemes of Eastland", "signatory Sprocket Trust"},
	},
	{
		name: "signatories named in the opening sentence",
		in: letterText(`
17 June 2024

Dear Minister,

This letter is sent on behalf of the Widget Water Alliance, the Gadget Schemes of Eastland (GSE), the Sprocket Trust and Cog Users Network. Together our members run more than a thousand small supplies.

Yours faithfully,

Tom Lind
Convenor, Widget Water Alliance
`),
		signatories: []string{"signatory Widget Water Alliance | Convenor | Tom Lind", "signatory Gadget Schemes of Eastland (GSE)", "signatory Sprocket Trust", "signatory Cog Users Network"},
	},
	{
		name: "people named in the opening sentence are not signatories",
		in: letterText(`
17 June 2024

Dear Minister,

We write on behalf of Ann Wu, Tom Lind and Asha Rao, whose licences were revoked without a hearing last year.

Yours faithfully,

Widget Rights Network
`),
		signatories: []string{"signatory Widget Rights Network"},
	},
	{
		name: "signers as name – title, body; a name with Jr.; a department after the title",
		in: testFrame("TO: Joseph Q. Wu, Jr., President of Eastland", "Sincerely,",
			"Ann Wu – Executive Director, Widget Rights Kenya\nTom Lind – President, Law Society of Eastland\n\nAsha Rao\nDirector, Government Affairs"),
		recipients: []string{"to Joseph Q. Wu, Jr. | President of Eastland"},
		signatories: []string{
			"signatory Widget Rights Kenya | Executive Director | Ann Wu",
			"signatory Law Society of Eastland | President | Tom Lind",
			"signatory Asha Rao | Director, Government Affairs",
		},
	},
	{
		name: "signers as name and body, one per line, and a barrister",
		in: testFrame("TO: Ministry of Widgets", "Yours faithfully,",
			"Ann Wu, Chief Executive, Widget Society\nTom Lind, Eastland Rainbow Family and Westland Migrant Solidarity\nAsha Rao, Barrister, Cog Street Chambers\nPeter Finch, CEO, Sprocket Rights UK"),
		recipients: []string{"to Ministry of Widgets"},
		signatories: []string{
			"signatory Widget Society | Chief Executive | Ann Wu",
			"signatory Tom Lind | Eastland Rainbow Family and Westland Migrant Solidarity",
			"signatory Asha Rao | Barrister, Cog Street Chambers",
			"signatory Sprocket Rights UK | CEO | Peter Finch",
		},
	},
	{
		name:        "an office signing for its body, and a signature block flattened onto one line",
		in:          testFrame("TO: Ministry of Widgets", "With kind regards", "General Secretary\nWidget Movement\n\nTom Lind President Gadgets for Prosperity"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Widget Movement | General Secretary", "signatory Gadgets for Prosperity | President | Tom Lind"},
	},
	{
		name: "an honorific alone above the name, the date right under the address",
		in: letterText(`
Honorable,
Secretary Ann Wu
Department of Widget Affairs
Government of the Republic of Eastland
28 January, 2018

Dear Hon. Secretary,

` + bodyA + `

Yours truly,

Widget Migrants Eastland
`),
		recipients:  []string{"to Ann Wu | Secretary, Department of Widget Affairs, Government of the Republic of Eastland"},
		signatories: []string{"signatory Widget Migrants Eastland"},
	},
	{
		name: "a letter's own title above the greeting, and a signature without a closing",
		in: letterText(`
Legislative Alert

Letter Supporting Nomination of Ann Wu as Widget Representative

Dear Senator:

` + bodyA + `

` + bodyB + `

Tom Lind
Director, Government Affairs
`),
		signatories: []string{"signatory Tom Lind | Director, Government Affairs"},
	},
	{
		name: "a reference line with a full stop before its colon, and a date labelled dated",
		in: letterText(`
No. WEA/2014/17                                    dated : 29/8/2014.

To,
Ms Ann Wu,
Secretary (Widgets)
Department of Widgets,
Widget Bhavan, Sansad Marg,
Portville-110 001.

Ref.      :    No. 01/01/2011-SR dated 25th August 2011

Respected Madam,

` + bodyA + `

Yours faithfully,

Widget Employees Association
`),
		recipients:  []string{"to Ann Wu | Secretary (Widgets), Department of Widgets | | Widget Bhavan, Sansad Marg, Portville-110 001."},
		signatories: []string{"signatory Widget Employees Association"},
	},
	{
		name: "two inside addresses side by side, run together with single spaces",
		in: letterText(`
April 28, 2021

The Honorable Ann Wu The Honorable Tom Lind
Chair Ranking Member
Subcommittee on Widgets, Gadgets and Human Subcommittee on Widgets, Gadgets and
Services and Related Agencies Human Services and Related Agencies
U.S. Senate U.S. Senate
Washington, DC 20510 Washington, DC 20510

Dear Chair Wu and Ranking Member Lind:

` + bodyA + `

Sincerely,

Widget Makers Association
`),
		recipients: []string{
			"to Ann Wu | Chair, Subcommittee on Widgets, Gadgets and Human, Services and Related Agencies, U.S. Senate | | Washington, DC 20510",
			"to Tom Lind | Ranking Member, Subcommittee on Widgets, Gadgets and Human Services and Related Agencies, U.S. Senate | | Washington, DC 20510",
		},
		signatories: []string{"signatory Widget Makers Association"},
	},
	{
		name:        "a whole entry on one line, then a body alone on the next",
		in:          testFrame("TO: Ministry of Widgets", "Yours sincerely,", "Ann Wu, President, Widget Makers Guild\nGadget Vendors Association"),
		recipients:  []string{"to Ministry of Widgets"},
		signatories: []string{"signatory Widget Makers Guild | President | Ann Wu", "signatory Gadget Vendors Association"},
	},
	{
		name: "a bilingual letter: letterhead, date, address and signatures in two languages",
		in: letterText(`
Widget Income Coalition | Coalition pour le revenu des fabricants de widgets
c/o 250 Lantern Street, Suite 1100, Portville, Eastland K1P 6M1

November 8, 2023 / Le 8 novembre 2023

The Honourable Ann Wu, P.C., M.P.
Minister of Widgets /
Ministre des Widgets
1341 Baseline Road
Portville, Eastland K1A 0C5

Dear Minister / Madame la Ministre,

` + bodyA + `

Yours sincerely,
Veuillez agréer, Madame la Ministre, nos salutations distinguées.

For the Eastland Widget Growers Association
Tom Lind, President

For the Fédération des fabricants de widgets de l'Est /
Pour la Fédération des fabricants de widgets de l'Est
Geneviève Roy, présidente

cc: The Honourable Minister of Gadgets
    Provincial Ministers of Widgets
`),
		recipients: []string{
			"to Ann Wu | P.C., M.P., Minister of Widgets | | 1341 Baseline Road, Portville, Eastland K1A 0C5",
			"cc Minister of Gadgets",
			"cc Provincial Ministers of Widgets",
		},
		signatories: []string{
			"signatory Eastland Widget Growers Association | President | Tom Lind",
			"signatory Fédération des fabricants de widgets de l'Est | présidente | Geneviève Roy",
		},
	},
	{
		name: "a table of signatories under a header row, one row run together",
		in: testFrame("TO: Ministry of Widgets", "Signed:",
			"Name                        Organisation\nAnn Wu                      Widget Citizens Network\nTom Lind                    Rainforest Gadget Guardians\nRev. Dr. Asha Rao-Finchley Sprocket Council for Creation Care"),
		recipients: []string{"to Ministry of Widgets"},
		signatories: []string{
			"signatory Widget Citizens Network | | Ann Wu",
			"signatory Rainforest Gadget Guardians | | Tom Lind",
			"signatory Sprocket Council for Creation Care | | Asha Rao-Finchley",
		},
	},
	{
		name: "numbered signatories with countries, a contact under them, and copies furnished",
		in: testFrame("TO: Ministry of Widgets", "Yours sincerely,",
			"Signatories:\n\n1. Widget Watch Europe (Belgium)\n2. Ann Gadget Alliance (Netherlands)\n3. Sprocket Forum (Spain)\n\nContact: Tom Lind, Policy Officer, Widget Watch Europe,\ntom.lind@widgetwatch.example\n\nCopy furnished:\nDirector, Bureau of Widgets\nSecretary, Department of Gadgets"),
		recipients: []string{"to Ministry of Widgets", "cc Director | Bureau of Widgets", "cc Secretary | Department of Gadgets"},
		signatories: []string{
			"signatory Widget Watch Europe (Belgium)",
			"signatory Ann Gadget Alliance (Netherlands)",
			"signatory Sprocket Forum (Spain)",
		},
	},
	{
		name: "an open letter on a web page: signers for identification only, a note, links after",
		in: letterText(`
Home > News > Open letters

To: The Secretary of State for Widgets, Gadgets and Sprockets
cc: The Chief Executive, Widget Board; the Gadget Commissioner

Dear Secretary of State,

` + bodyA + `

Signed:

Prof. Ann Wu, Chair in Widget Law, Eastland University
Dr Tom Lind, Director, Westland Centre for Gadget Policy
Asha Rao (Sprocket Institute)

Institutions are listed for identification purposes only.

Add your name ->

Related posts
Written evidence to the Joint Committee on Widgets
`),
		recipients: []string{
			"to The Secretary of State for Widgets, Gadgets and Sprockets",
			"cc The Chief Executive | Widget Board",
			"cc the Gadget Commissioner",
		},
		signatories: []string{
			"signatory Ann Wu | Chair in Widget Law, Eastland University",
			"signatory Tom Lind | Director, Westland Centre for Gadget Policy",
			"signatory Asha Rao | Sprocket Institute",
		},
	},
	{
		name: "a web page without blank lines, two addressees on one line",
		in: "Home > News > Open letters\nOpen letter: widget data cannot wait\n30 September 2024\n" +
			"To the Secretary of State for Widgets and the Chief Executive of the Gadget Board\n" +
			"Dear Secretary of State and Chief Executive,\n" +
			"In June 2023 many of us wrote to your predecessor asking that the Widget Bill create a legal duty on platforms to give researchers access to data, and the Bill passed without such a duty, which we regret.\n" +
			"We call on the Government to bring forward provisions in the forthcoming data legislation to create a statutory duty on the largest platforms to give accredited researchers access to data.\n" +
			"Organisations\nWidget Evidence Collective\nIndividuals\nAnn Wu (Eastland University)\nTom Lind (Westland School of Widgets)\n",
		recipients: []string{"to the Secretary of State for Widgets", "to the Chief Executive of the Gadget Board"},
		signatories: []string{
			"signatory Widget Evidence Collective",
			"signatory Ann Wu | Eastland University",
			"signatory Tom Lind | Westland School of Widgets",
		},
	},
}

func TestParseLayouts(t *testing.T) {
	for _, tt := range layoutTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			check := func(what string, got []Party, want []string) {
				var g []string
				for _, p := range got {
					g = append(g, partyString(p))
				}
				if strings.Join(g, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s:\n got:\n\t%s\n want:\n\t%s", what, strings.Join(g, "\n\t"), strings.Join(want, "\n\t"))
				}
			}
			check("recipients", d.Recipients, tt.recipients)
			check("signatories", d.Signatories, tt.signatories)
		})
	}
}

var bodyLayoutTests = []struct {
	name       string
	in         string
	paragraphs []string
}{
	{
		name: "a page's running head and a letterhead footer inside the body",
		in: letterText(`
March 1, 2021

The Honorable Ann Wu
Secretary of Widgets
Portville, XY 12345

Dear Secretary Wu:

The proposed rule would impose significant costs on small manufacturers, many of whom

Secretary Ann Wu
March 1, 2021
Page 2

have not had an opportunity to review the proposal.

We ask that you extend the comment period.

1100 Widget Way, Suite 500 | Portville, XY 12345 | (555) 555-0100 | www.widgetmakers.example

Sincerely,

Widget Makers Association
`),
		paragraphs: []string{
			"The proposed rule would impose significant costs on small manufacturers, many of whom have not had an opportunity to review the proposal.",
			"We ask that you extend the comment period.",
		},
	},
	{
		name: "paragraphs copied from a web page, one per line",
		in: letterText(`
March 3, 2022

Dear Secretary Wu,

We write on behalf of the Widget Network about the proposed transition plan.
The Department has not consulted widget users, despite its public commitment.
We therefore request that you convene a public consultation before the plan is final.

Sincerely,

Widget Network
`),
		paragraphs: []string{
			"We write on behalf of the Widget Network about the proposed transition plan.",
			"The Department has not consulted widget users, despite its public commitment.",
			"We therefore request that you convene a public consultation before the plan is final.",
		},
	},
	{
		name: "a wrapped paragraph stays one",
		in: letterText(`
March 3, 2022

Dear Secretary Wu,

We write on behalf of the Widget Network about the proposed transition
plan. The Department has not consulted widget users, despite its public
commitment.

Sincerely,

Widget Network
`),
		paragraphs: []string{
			"We write on behalf of the Widget Network about the proposed transition\nplan. The Department has not consulted widget users, despite its public\ncommitment.",
		},
	},
}

func TestParseBodyLayouts(t *testing.T) {
	for _, tt := range bodyLayoutTests {
		t.Run(tt.name, func(t *testing.T) {
			d := testParse(t, tt.in, Options{})
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, p.Text)
			}
			if strings.Join(got, "\n\n") != strings.Join(tt.paragraphs, "\n\n") {
				t.Errorf("paragraphs:\n got:\n\t%s\n want:\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.paragraphs, "\n\t"))
			}
		})
	}
}
