# More political articles written for truce: datelines far from the event, cooperation and aid. Append only.
from build_articles import A, E

ARTICLES = [
A("Cairo correspondent: Tunisian police disperse sit-in in Sfax", "2026-03-04T16:00:00+02:00", "Nile Wire", "protest", """
CAIRO, March 4 (Nile Wire) - Tunisian police broke up a sit-in by unemployed graduates outside the governor's office in Sfax on Wednesday, detaining about 15 people, a local rights group said.

The graduates had camped outside the building for three weeks to demand public sector jobs. Police removed their tents at dawn.

The interior ministry said the protesters had been blocking access to the building.
""", [E("COERCE", "arrest", "Tunisian police", "about 15 people", "Sfax", "TUN", "2026-03-04"),
      E("PROTEST", "demo", "unemployed graduates", "the governor's office in Sfax", "Sfax", "TUN", "2026-03-04")]),

A("From Nairobi: UN airlifts food to cut-off town in South Sudan", "2025-09-19T12:00:00+03:00", "Horn Dispatch", "conflict", """
NAIROBI, Sept 19 (Horn Dispatch) - The World Food Programme began airdropping food to the town of Akobo in South Sudan on Thursday after fighting and floods cut road access for two months, the agency said.

Each drop carries enough sorghum and beans to feed 5,000 people for a month, a WFP official said.

The agency said it needed 40 million dollars to keep up deliveries until the end of the year.
""", [E("AID", None, "The World Food Programme", "the town of Akobo", "Akobo", "SSD", "2025-09-18"),
      E("REQUEST", None, "The agency", None, None, "SSD", "2025-09-19")]),

A("Geneva: Colombia and ELN agree to resume talks", "2026-05-22T18:00:00+02:00", "Continental Wire", "diplomacy", """
GENEVA, May 22 (Continental Wire) - Colombia's government and the ELN guerrilla group agreed on Friday to resume peace talks suspended in January, the Norwegian and Cuban mediators said.

The two sides also agreed to a 60-day halt to attacks on oil infrastructure and a release of hostages held by the group.

Colombia's president welcomed the announcement.
""", [E("AGREE", None, "Colombia's government and the ELN guerrilla group", "peace talks", None, "COL", "2026-05-22"),
      E("RETREAT", "ceasefire", None, None, None, "COL", None, asserted=False),
      E("RETREAT", "release", None, "hostages", None, "COL", None, asserted=False),
      E("SUPPORT", None, "Colombia's president", "the announcement", None, "COL", "2026-05-22")]),

A("Dakar: Senegal lifts ban on opposition rallies", "2025-12-16T19:00:00+00:00", "Sahara Press", "politics", """
DAKAR, Dec 16 (Sahara Press) - Senegal's government lifted a ban on opposition rallies in the capital on Tuesday, after weeks of criticism from civil society groups and foreign partners.

The interior minister said the ban was no longer needed because "calm has returned".

Opposition parties welcomed the decision and said they would hold a rally on Saturday.
""", [E("CONCEDE", None, "Senegal's government", "a ban on opposition rallies", "Dakar", "SEN", "2025-12-16"),
      E("SUPPORT", None, "Opposition parties", "the decision", "Dakar", "SEN", "2025-12-16"),
      E("PROTEST", "demo", "Opposition parties", None, "Dakar", "SEN", None, asserted=False)]),

A("Brussels: EU and Ukraine launch joint ammunition plant", "2026-02-26T15:00:00+01:00", "Continental Wire", "diplomacy", """
BRUSSELS, Feb 26 (Continental Wire) - The European Union and Ukraine agreed on Thursday to build a joint ammunition factory in Ukraine, with EU funding of 800 million euros.

The EU foreign policy chief said the plant would produce artillery shells within 18 months.

Russia's foreign ministry said the plan would prolong the war.
""", [E("AGREE", None, "The European Union and Ukraine", "a joint ammunition factory", None, "UKR", "2026-02-26"),
      E("AID", None, "The European Union", "Ukraine", None, "UKR", "2026-02-26"),
      E("ACCUSE", "disapprove", "Russia's foreign ministry", "the plan", None, "RUS", "2026-02-26")]),

A("London: Sudanese doctors describe attack on hospital in El Obeid", "2026-04-10T11:00:00+01:00", "Meridian Wire", "conflict", """
LONDON, April 10 (Meridian Wire) - Doctors at the main hospital in El Obeid said shells hit the maternity ward on Thursday, killing two patients, according to a statement released in London by a Sudanese doctors' network.

The network blamed the Rapid Support Forces, which has surrounded the city for months. The RSF denied shelling civilian sites.

Hospital staff moved newborn babies to the basement.
""", [E("ASSAULT", "heavy-weapons", None, "the maternity ward", "El Obeid", "SDN", "2026-04-09"),
      E("ACCUSE", "allege", "a Sudanese doctors' network", "the Rapid Support Forces", None, "SDN", "2026-04-10")]),

A("Lebanon and Syria open border crossing to trade", "2026-01-22T13:00:00+02:00", "Levant Wire", "diplomacy", """
BEIRUT, Jan 22 (Levant Wire) - Lebanon and Syria reopened a border crossing at Jdeidet Yabous to trucks on Thursday, after officials from both countries agreed on new customs procedures.

Lebanese farmers said the reopening would let them export fruit to the Gulf again.
""", [E("COOPERATE", None, "Lebanon and Syria", "a border crossing", "Jdeidet Yabous", "SYR", "2026-01-22"),
      E("AGREE", None, "officials from both countries", "new customs procedures", None, "LBN", None)]),

A("Washington: US approves air-defence sale to Poland", "2025-10-07T17:00:00-04:00", "Potomac Wire", "diplomacy", """
WASHINGTON, Oct 7 (Potomac Wire) - The US State Department approved the sale of air-defence missiles worth 2 billion dollars to Poland on Tuesday, the Pentagon said.

Poland has sharply increased defence spending since Russia's invasion of Ukraine. Russia criticised the sale.
""", [E("AID", None, "The US State Department", "Poland", None, "POL", "2025-10-07"),
      E("ACCUSE", "disapprove", "Russia", "the sale", None, "RUS", "2025-10-07")]),

A("Haiti: Kenyan-led mission and police retake main road", "2026-02-13T00:00:00+00:00", "Conflict Notes", "conflict", """
On 12 February 2026, Haitian National Police and the Kenyan-led security mission retook control of Route Nationale 1 north of Port-au-Prince after clashes with gang members near Cabaret (Arcahaie, Ouest). 3 gang members reported killed.

Gangs had blocked the road and extorted drivers since December 2025.
""", [E("ASSAULT", "firearms", "Haitian National Police and the Kenyan-led security mission", "gang members", "Cabaret", "HTI", "2026-02-12"),
      E("COERCE", "seize", "Haitian National Police and the Kenyan-led security mission", "Route Nationale 1", "Cabaret", "HTI", "2026-02-12")]),

A("Ethiopia: Fano fighters abduct officials", "2026-01-15T00:00:00+00:00", "Conflict Notes", "conflict", """
On 13 January 2026, Fano militiamen abducted 3 local government officials in Dangila (Awi, Amhara). Officials released on 15 January after payment, per local sources.

On 14 January, ENDF forces clashed with Fano near Dangila; no fatality figures.
""", [E("ASSAULT", "abduct", "Fano militiamen", "3 local government officials", "Dangila", "ETH", "2026-01-13"),
      E("ASSAULT", "firearms", "ENDF forces", "Fano", "Dangila", "ETH", "2026-01-14")]),

A("Nigeria: protesters block Lagos-Ibadan expressway over fuel price", "2026-05-18T00:00:00+00:00", "Conflict Notes", "protest", """
On 18 May 2026, commercial drivers and residents blocked the Lagos-Ibadan expressway near Sagamu (Ogun) to protest against a fuel price increase. Police dispersed the protesters with tear gas; no injuries reported.

Traffic was restored in the afternoon. Source: local media; fatalities coded: 0.
""", [E("PROTEST", "obstruct", "commercial drivers and residents", "the Lagos-Ibadan expressway", "Sagamu", "NGA", "2026-05-18"),
      E("ASSAULT", "crowd-control", "Police", "the protesters", "Sagamu", "NGA", "2026-05-18")]),

A("Pretoria: South Africa hands over war crimes suspect to ICC", "2026-03-26T14:00:00+02:00", "Indian Ocean Wire", "justice", """
PRETORIA, March 26 (Indian Ocean Wire) - South Africa handed over a former Congolese militia leader wanted for war crimes to the International Criminal Court on Thursday, the justice ministry said.

The suspect was arrested in Johannesburg in January on an ICC warrant. He was flown to The Hague.

The ICC welcomed South Africa's cooperation.
""", [E("COOPERATE", None, "South Africa", "the International Criminal Court", "Pretoria", "ZAF", "2026-03-26"),
      E("SUPPORT", None, "The ICC", "South Africa's cooperation", None, None, "2026-03-26")]),
]
