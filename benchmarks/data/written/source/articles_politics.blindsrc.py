# Politics, diplomacy and protest articles written for truce (fictional). Append only: order gives ids.
from build_articles import A, E

ARTICLES = [
A("Kenya and Ethiopia agree to reopen border trade", "2026-02-05T14:00:00+03:00", "Horn Dispatch", "diplomacy", """
ADDIS ABABA, Feb 5 (Horn Dispatch) - Kenya and Ethiopia signed an agreement on Thursday to reopen their main border crossing at Moyale to trucks, after a six-month closure blamed on insecurity.

Kenyan Foreign Minister Joseph Wanyama and his Ethiopian counterpart Getachew Haile signed the deal in Addis Ababa after talks that lasted two days.

The ministers also agreed to set up joint patrols along the border to curb cattle raiding and smuggling, officials said.

Traders on both sides welcomed the deal, saying the closure had doubled the price of some goods.
""", [E("AGREE", None, "Kenya and Ethiopia", "their main border crossing at Moyale", "Addis Ababa", "ETH", "2026-02-05"),
      E("CONSULT", "visit", "Kenyan Foreign Minister Joseph Wanyama", "his Ethiopian counterpart Getachew Haile", "Addis Ababa", "ETH", "2026-02-05"),
      E("AGREE", None, "The ministers", "joint patrols along the border", "Addis Ababa", "ETH", "2026-02-05")]),

A("EU imposes sanctions on Belarusian officials over election crackdown", "2025-11-17T17:30:00+01:00", "Continental Wire", "diplomacy", """
BRUSSELS, Nov 17 (Continental Wire) - The European Union imposed sanctions on 14 Belarusian officials on Monday, including judges and prison chiefs, over what it called the repression of peaceful protesters.

The officials face an asset freeze and a ban on travelling to the EU. Foreign ministers agreed the measures at a meeting in Brussels.

Belarus's foreign ministry condemned the sanctions as "illegal" and said it would respond.

The EU has imposed several rounds of sanctions on Minsk since 2020.
""", [E("SANCTION", "discontinue", "The European Union", "14 Belarusian officials", "Brussels", "BEL", "2025-11-17"),
      E("ACCUSE", "disapprove", "Belarus's foreign ministry", "the sanctions", "Minsk", "BLR", "2025-11-17"),
      E("THREATEN", None, "Belarus's foreign ministry", None, "Minsk", "BLR", "2025-11-17")]),

A("Thousands march in Belgrade against government", "2026-03-15T21:00:00+01:00", "Continental Wire", "protest", """
BELGRADE, March 15 (Continental Wire) - Tens of thousands of people marched through central Belgrade on Sunday to demand early elections, in one of the largest protests against the Serbian government in years.

Students, farmers and workers carried banners reading "Enough" as they walked to parliament. The protest was peaceful, police said.

The prime minister said the government would not give in to "pressure from the street" and that elections would be held on schedule.

Protests began after a deadly accident at a railway station last year, which critics blamed on corruption.
""", [E("PROTEST", "demo", "Tens of thousands of people", "parliament", "Belgrade", "SRB", "2026-03-15"),
      E("REQUEST", None, "Tens of thousands of people", "early elections", "Belgrade", "SRB", "2026-03-15"),
      E("REJECT", None, "The prime minister", "pressure from the street", "Belgrade", "SRB", "2026-03-15")]),

A("Police fire tear gas at fuel protesters in Nairobi", "2025-07-08T16:45:00+03:00", "Horn Dispatch", "protest", """
NAIROBI, July 8 (Horn Dispatch) - Kenyan police fired tear gas at hundreds of protesters in central Nairobi on Tuesday as they tried to march to parliament against a rise in fuel taxes.

Protesters threw stones and set tyres on fire on Moi Avenue, and shops closed early, witnesses said. Police said 23 people were arrested.

The interior minister said the protest had not been authorised and warned that the organisers would be prosecuted.

The tax rise was approved by parliament last week.
""", [E("ASSAULT", "crowd-control", "Kenyan police", "hundreds of protesters", "Nairobi", "KEN", "2025-07-08"),
      E("PROTEST", "riot", "Protesters", None, "Nairobi", "KEN", "2025-07-08"),
      E("COERCE", "arrest", "Police", "23 people", "Nairobi", "KEN", "2025-07-08"),
      E("THREATEN", "arrest", "The interior minister", "the organisers", "Nairobi", "KEN", "2025-07-08")]),

A("Japan and South Korea leaders meet, pledge closer security ties", "2026-04-22T12:00:00+09:00", "Pacific Newswire", "diplomacy", """
TOKYO, April 22 (Pacific Newswire) - The leaders of Japan and South Korea met in Tokyo on Wednesday and pledged to deepen security cooperation in the face of North Korea's missile programme.

The two leaders agreed to hold regular meetings of their defence ministers and to share real-time data on missile launches.

They did not resolve a long-running dispute over wartime labour, officials said.

North Korea test-fired two short-range missiles into the sea on Monday.
""", [E("CONSULT", "visit", "The leaders of Japan and South Korea", None, "Tokyo", "JPN", "2026-04-22"),
      E("AGREE", None, "The two leaders", "regular meetings of their defence ministers", "Tokyo", "JPN", "2026-04-22"),
      E("MOBILIZE", "weapons", "North Korea", None, None, "PRK", "2026-04-20")]),

A("Opposition leader arrested in Tanzania ahead of vote", "2025-09-30T11:10:00+03:00", "Horn Dispatch", "politics", """
DAR ES SALAAM, Sept 30 (Horn Dispatch) - Tanzanian police arrested opposition leader Halima Mrema at a rally in Dar es Salaam on Tuesday, a month before presidential elections, her party said.

Police said Mrema was detained for holding an unauthorised gathering. Her lawyers said she was being held at a police station and had not been charged.

The United States and the European Union urged the authorities to allow opposition parties to campaign freely.

Supporters gathered outside the police station chanting her name until police dispersed them.
""", [E("COERCE", "arrest", "Tanzanian police", "opposition leader Halima Mrema", "Dar es Salaam", "TZA", "2025-09-30"),
      E("REQUEST", None, "The United States and the European Union", "the authorities", None, "TZA", "2025-09-30"),
      E("PROTEST", "demo", "Supporters", "the police station", "Dar es Salaam", "TZA", "2025-09-30")]),

A("Armenia, Azerbaijan foreign ministers hold talks in Abu Dhabi", "2026-01-29T18:00:00+04:00", "Gulf Dispatch", "diplomacy", """
ABU DHABI, Jan 29 (Gulf Dispatch) - The foreign ministers of Armenia and Azerbaijan held talks in Abu Dhabi on Thursday on the final text of a peace treaty, both sides said.

Armenian Foreign Minister Aram Sargsyan said the talks were "constructive" but that differences remained over border demarcation.

Azerbaijan's ministry said the sides had agreed to meet again next month.
""", [E("CONSULT", "multilateral", "The foreign ministers of Armenia and Azerbaijan", None, "Abu Dhabi", "ARE", "2026-01-29"),
      E("AGREE", None, "the sides", None, "Abu Dhabi", "ARE", "2026-01-29"),
      E("CONSULT", None, "the sides", None, None, None, None, asserted=False)]),

A("Venezuela expels Colombian diplomats in row over border killings", "2026-05-07T20:30:00-04:00", "Andes Post", "diplomacy", """
CARACAS, May 7 (Andes Post) - Venezuela ordered three Colombian diplomats to leave the country within 72 hours on Thursday, accusing them of supporting "paramilitary groups" along the border.

The move followed a dispute over the killing of five Venezuelan soldiers near the border last week, which Caracas blamed on Colombian armed groups.

Colombia's foreign ministry called the expulsions unjustified and said it would respond "proportionately".
""", [E("SANCTION", "expel", "Venezuela", "three Colombian diplomats", "Caracas", "VEN", "2026-05-07"),
      E("ACCUSE", "allege", "Venezuela", "them", "Caracas", "VEN", "2026-05-07"),
      E("ACCUSE", "disapprove", "Colombia's foreign ministry", "the expulsions", "Bogota", "COL", "2026-05-07")]),

A("Doctors strike across Nigeria over unpaid allowances", "2025-10-13T09:30:00+01:00", "Lagos Ledger", "protest", """
LAGOS, Oct 13 (Lagos Ledger) - Resident doctors in Nigeria's public hospitals began an indefinite strike on Monday over unpaid allowances, leaving many wards without staff.

The doctors' association said the government had failed to pay arrears agreed in March. The health minister appealed to the doctors to return to work and promised payment by the end of the month.

Patients were turned away from several hospitals in Lagos and Abuja, local media reported.
""", [E("PROTEST", "strike", "Resident doctors in Nigeria's public hospitals", "the government", None, "NGA", "2025-10-13"),
      E("REQUEST", None, "The health minister", "the doctors", None, "NGA", "2025-10-13"),
      E("AGREE", None, "The health minister", "the doctors", None, "NGA", "2025-10-13")]),

A("US and China trade officials meet in Geneva", "2026-03-03T15:00:00+01:00", "Continental Wire", "diplomacy", """
GENEVA, March 3 (Continental Wire) - Senior trade officials from the United States and China met in Geneva on Tuesday for talks aimed at easing a dispute over tariffs on electric vehicles and chips.

The US side pressed Beijing to cut subsidies to its manufacturers, while China demanded that Washington lift export controls on advanced chips, officials said.

No agreement was announced. The two sides said they would continue talks.
""", [E("CONSULT", "visit", "Senior trade officials from the United States and China", None, "Geneva", "CHE", "2026-03-03"),
      E("REQUEST", None, "The US side", "Beijing", "Geneva", "CHE", "2026-03-03"),
      E("REQUEST", None, "China", "Washington", "Geneva", "CHE", "2026-03-03")]),

A("Chile's president praises Peru for extradition", "2026-01-14T13:20:00-03:00", "Andes Post", "diplomacy", """
SANTIAGO, Jan 14 (Andes Post) - Chile's president thanked Peru on Wednesday for extraditing a suspected gang leader accused of kidnappings in Santiago, calling it "an example of regional cooperation".

Peruvian police handed the suspect to Chilean officers at the border on Tuesday, Peru's interior ministry said.

The suspect is accused of leading a cell of the Tren de Aragua gang.
""", [E("SUPPORT", None, "Chile's president", "Peru", "Santiago", "CHL", "2026-01-14"),
      E("COOPERATE", None, "Peruvian police", "Chilean officers", None, "PER", "2026-01-13")]),

A("Bangladesh protesters block highway demanding release of students", "2025-08-26T18:10:00+06:00", "Pacific Newswire", "protest", """
DHAKA, Aug 26 (Pacific Newswire) - Thousands of students blocked the Dhaka-Chittagong highway for several hours on Tuesday to demand the release of classmates detained after clashes at a university.

Traffic stretched for kilometres as protesters sat on the road, chanting slogans. Police negotiated with student leaders and the blockade ended in the evening.

The interior adviser said the detained students would be released on bail.
""", [E("PROTEST", "obstruct", "Thousands of students", "the Dhaka-Chittagong highway", "Dhaka", "BGD", "2025-08-26"),
      E("REQUEST", None, "Thousands of students", "the release of classmates", "Dhaka", "BGD", "2025-08-26"),
      E("RETREAT", "release", None, "the detained students", None, "BGD", None, asserted=False)]),

A("Guinea junta suspends two newspapers", "2025-12-11T10:00:00+00:00", "Sahara Press", "politics", """
CONAKRY, Dec 11 (Sahara Press) - Guinea's military authorities suspended two independent newspapers for three months on Thursday, accusing them of publishing "false information" about the army.

The media regulator said the papers had reported without evidence that soldiers had fired on protesters in the capital.

Press freedom groups condemned the decision and called on the junta to lift the suspension.
""", [E("COERCE", "censor", "Guinea's military authorities", "two independent newspapers", "Conakry", "GIN", "2025-12-11"),
      E("ACCUSE", "disapprove", "Press freedom groups", "the decision", None, "GIN", "2025-12-11"),
      E("REQUEST", None, "Press freedom groups", "the junta", None, "GIN", "2025-12-11")]),

A("Moldova recalls ambassador to Russia over alleged interference", "2026-02-09T16:00:00+02:00", "Continental Wire", "diplomacy", """
CHISINAU, Feb 9 (Continental Wire) - Moldova recalled its ambassador from Moscow for consultations on Monday, accusing Russia of funding groups that tried to disrupt local elections.

Moldova's foreign ministry said it had evidence of "massive financing" of vote-buying schemes. Russia denied any interference.

The European Union expressed support for Moldova.
""", [E("SANCTION", "withdraw", "Moldova", "its ambassador", "Chisinau", "MDA", "2026-02-09"),
      E("ACCUSE", "allege", "Moldova", "Russia", "Chisinau", "MDA", "2026-02-09"),
      E("SUPPORT", None, "The European Union", "Moldova", None, None, "2026-02-09")]),

A("Farmers block roads across France over trade deal", "2026-01-21T12:30:00+01:00", "Continental Wire", "protest", """
PARIS, Jan 21 (Continental Wire) - French farmers blocked motorways around Paris, Lyon and Toulouse with tractors on Wednesday to protest against a trade deal between the EU and South American countries.

The farmers' union said the deal would flood the market with cheap beef. The agriculture minister met union leaders in the evening and promised to seek safeguards.

Police did not intervene, and the blockades were lifted at night.
""", [E("PROTEST", "obstruct", "French farmers", "motorways around Paris, Lyon and Toulouse", "Paris", "FRA", "2026-01-21"),
      E("CONSULT", "visit", "The agriculture minister", "union leaders", "Paris", "FRA", "2026-01-21"),
      E("AGREE", None, "The agriculture minister", None, "Paris", "FRA", "2026-01-21")]),

A("Sri Lanka frees Indian fishermen after talks", "2025-12-19T14:00:00+05:30", "Indus Wire", "diplomacy", """
COLOMBO, Dec 19 (Indus Wire) - Sri Lanka released 28 Indian fishermen detained for fishing in its waters, after talks between the two countries' officials, India's high commission said on Friday.

The fishermen were handed to the Indian coast guard at sea. Sri Lanka's navy has detained more than 400 Indian fishermen this year.

India welcomed the release and called for a lasting solution to the fishing dispute.
""", [E("RETREAT", "release", "Sri Lanka", "28 Indian fishermen", "Colombo", "LKA", "2025-12-19"),
      E("SUPPORT", None, "India", "the release", None, "IND", "2025-12-19"),
      E("REQUEST", None, "India", None, None, "IND", "2025-12-19")]),

A("Zambia's opposition boycotts parliament over arrest of MP", "2026-04-08T15:30:00+02:00", "Indian Ocean Wire", "politics", """
LUSAKA, April 8 (Indian Ocean Wire) - Zambian opposition lawmakers walked out of parliament on Wednesday and said they would boycott sessions until an opposition MP arrested last week was released.

The MP was detained on charges of hate speech over comments at a rally. The government said the arrest was a matter for the courts.

The speaker called the walkout "regrettable".
""", [E("PROTEST", "boycott", "Zambian opposition lawmakers", "parliament", "Lusaka", "ZMB", "2026-04-08"),
      E("REQUEST", None, "Zambian opposition lawmakers", "an opposition MP", "Lusaka", "ZMB", "2026-04-08")]),

A("Peru declares state of emergency in Lima districts", "2025-10-28T21:00:00-05:00", "Andes Post", "politics", """
LIMA, Oct 28 (Andes Post) - Peru's government declared a 30-day state of emergency in several districts of Lima on Tuesday, deploying soldiers to help police fight a wave of extortion and killings of bus drivers.

The decree suspends some freedoms, including the right of assembly, in the affected districts.

Transport workers, who staged a strike last week, said the measure was not enough.
""", [E("COERCE", "martial-law", "Peru's government", "several districts of Lima", "Lima", "PER", "2025-10-28"),
      E("MOBILIZE", "troops", "Peru's government", "several districts of Lima", "Lima", "PER", "2025-10-28")]),

A("Israeli and Palestinian negotiators in Cairo, no deal yet", "2026-02-16T19:00:00+02:00", "Levant Wire", "diplomacy", """
CAIRO, Feb 16 (Levant Wire) - Israeli and Hamas negotiators held indirect talks in Cairo on Monday through Egyptian and Qatari mediators on the next phase of a Gaza truce, officials said.

Hamas demanded guarantees that Israel would withdraw its troops from parts of Gaza, while Israel insisted on the disarmament of the group, an Egyptian official said.

The mediators said they would present a new proposal later this week.
""", [E("CONSULT", "third-party", "Egyptian and Qatari mediators", "Israeli and Hamas negotiators", "Cairo", "EGY", "2026-02-16"),
      E("REQUEST", None, "Hamas", "Israel", "Cairo", "EGY", "2026-02-16"),
      E("REQUEST", None, "Israel", "the group", "Cairo", "EGY", "2026-02-16")]),

A("Tunisia jails critics for plotting against the state", "2026-04-19T22:00:00+01:00", "Sahara Press", "justice", """
TUNIS, April 19 (Sahara Press) - A Tunisian court sentenced 12 opposition figures to between 10 and 40 years in prison on Saturday for plotting against state security, their lawyers said.

The defendants, including a former minister and a businessman, denied the charges. Lawyers walked out of the hearing in protest at what they called a political trial.

Rights groups condemned the verdicts.
""", [E("SANCTION", "convict", "A Tunisian court", "12 opposition figures", "Tunis", "TUN", "2026-04-18"),
      E("PROTEST", "boycott", "Lawyers", "the hearing", "Tunis", "TUN", "2026-04-18"),
      E("ACCUSE", "disapprove", "Rights groups", "the verdicts", None, "TUN", "2026-04-19")]),

A("Indonesia sends aid to Papua New Guinea after landslide", "2025-06-02T11:00:00+07:00", "Pacific Newswire", "diplomacy", """
JAKARTA, June 2 (Pacific Newswire) - Indonesia sent two military aircraft loaded with tents, food and medicine to Papua New Guinea on Monday after a landslide buried a village in the highlands, the foreign ministry said.

Australia and New Zealand also pledged emergency aid.

Rescuers in Papua New Guinea have recovered 35 bodies so far.
""", [E("AID", None, "Indonesia", "Papua New Guinea", None, "PNG", "2025-06-02"),
      E("AGREE", None, "Australia and New Zealand", None, None, "PNG", "2025-06-02")]),

A("Mexico's president rejects US call to deploy troops against cartels", "2026-03-10T09:00:00-06:00", "Rio Grande Wire", "diplomacy", """
MEXICO CITY, March 10 (Rio Grande Wire) - Mexico's president rejected on Tuesday a US proposal to send American troops to help fight drug cartels, saying it would violate Mexico's sovereignty.

"We cooperate, but we do not subordinate ourselves," she told her morning news conference.

The US secretary of state had said on Monday that Washington was ready to send special forces if Mexico asked.
""", [E("REJECT", None, "Mexico's president", "a US proposal", "Mexico City", "MEX", "2026-03-10"),
      E("AGREE", None, "Washington", None, None, "USA", "2026-03-09")]),

A("Georgia protesters rally in Tbilisi against foreign agents law", "2026-05-26T22:30:00+04:00", "Continental Wire", "protest", """
TBILISI, May 26 (Continental Wire) - Thousands of people rallied outside parliament in the Georgian capital Tbilisi on Tuesday, Independence Day, against a law that critics say targets independent media.

Riot police used water cannon to push protesters away from the building late in the evening, and several people were detained, the interior ministry said.

The European Union said the law was incompatible with Georgia's bid to join the bloc.
""", [E("PROTEST", "demo", "Thousands of people", "a law", "Tbilisi", "GEO", "2026-05-26"),
      E("ASSAULT", "crowd-control", "Riot police", "protesters", "Tbilisi", "GEO", "2026-05-26"),
      E("COERCE", "arrest", None, "several people", "Tbilisi", "GEO", "2026-05-26"),
      E("ACCUSE", "disapprove", "The European Union", "the law", None, None, "2026-05-26")]),

A("Hunger strike by jailed activist reaches day 30", "2026-01-31T12:00:00+02:00", "Nile Wire", "protest", """
CAIRO, Jan 31 (Nile Wire) - A jailed Egyptian activist has been on hunger strike for 30 days in protest at his continued detention without trial, his family said on Saturday.

His mother said he had lost 15 kilograms and was drinking only water with sugar. The prison authorities said he was in good health.

Human rights groups urged the authorities to release him.
""", [E("PROTEST", "hunger", "A jailed Egyptian activist", "his continued detention without trial", "Cairo", "EGY", "2026-01-31"),
      E("REQUEST", None, "Human rights groups", "the authorities", None, "EGY", "2026-01-31")]),

A("Philippines accuses China of water cannon attack near shoal", "2025-12-05T18:00:00+08:00", "Pacific Newswire", "diplomacy", """
MANILA, Dec 5 (Pacific Newswire) - The Philippines accused China's coast guard on Friday of firing water cannon at a Philippine fisheries vessel near Scarborough Shoal in the South China Sea, injuring two crew members.

China's coast guard said it had "expelled" the vessel, which it said had entered Chinese waters illegally.

The Philippine foreign ministry summoned the Chinese ambassador to protest.
""", [E("ACCUSE", "allege", "The Philippines", "China's coast guard", None, "PHL", "2025-12-05"),
      E("ASSAULT", "crowd-control", "China's coast guard", "a Philippine fisheries vessel", "Scarborough Shoal", None, "2025-12-05", lat=15.15, lon=117.76),
      E("CONSULT", None, "The Philippine foreign ministry", "the Chinese ambassador", "Manila", "PHL", "2025-12-05")]),

A("Dateline Johannesburg: Zimbabwe opposition activists freed on bail", "2026-02-25T10:00:00+02:00", "Indian Ocean Wire", "justice", """
JOHANNESBURG, Feb 25 (Indian Ocean Wire) - A court in Harare granted bail on Tuesday to 18 Zimbabwean opposition activists arrested in June for holding an unsanctioned meeting, their lawyer said.

The activists had spent eight months in Harare's remand prison. The lawyer said they would be released on Wednesday once bail was paid.

The opposition said the arrests were meant to intimidate its supporters.
""", [E("RETREAT", "release", "A court in Harare", "18 Zimbabwean opposition activists", "Harare", "ZWE", "2026-02-24"),
      E("ACCUSE", "allege", "The opposition", "the arrests", None, "ZWE", "2026-02-25")]),

A("Iran says it will not negotiate under pressure", "2026-04-02T13:00:00+03:30", "Gulf Dispatch", "diplomacy", """
TEHRAN, April 2 (Gulf Dispatch) - Iran's foreign ministry said on Thursday it would not hold talks on its nuclear programme "under threats", rejecting an offer from European powers to resume negotiations next month.

France, Germany and Britain had warned that they would seek to restore UN sanctions if Iran did not allow inspectors back into its sites.

A spokesman said Iran would respond to any new sanctions "firmly".
""", [E("REJECT", None, "Iran's foreign ministry", "an offer from European powers", "Tehran", "IRN", "2026-04-02"),
      E("THREATEN", None, "France, Germany and Britain", "Iran", None, None, None),
      E("THREATEN", None, "A spokesman", None, "Tehran", "IRN", "2026-04-02")]),

A("Ghana hosts regional summit on Sahel security", "2025-11-06T17:00:00+00:00", "Sahara Press", "diplomacy", """
ACCRA, Nov 6 (Sahara Press) - Leaders from West African countries met in Accra on Thursday to discuss the spread of jihadist violence from the Sahel towards coastal states.

The summit agreed to set up a joint fund to equip border forces and to share intelligence, a final statement said.

Representatives of Mali, Burkina Faso and Niger, which left the regional bloc, did not attend.
""", [E("CONSULT", "multilateral", "Leaders from West African countries", None, "Accra", "GHA", "2025-11-06"),
      E("AGREE", None, "The summit", "a joint fund", "Accra", "GHA", "2025-11-06")]),

A("Ecuador: prisoners riot, take guards hostage", "2025-11-30T20:00:00-05:00", "Andes Post", "politics", """
GUAYAQUIL, Ecuador, Nov 30 (Andes Post) - Inmates at a prison in Guayaquil rioted on Sunday and took 12 guards hostage, demanding better food and an end to transfers to a new maximum-security jail, officials said.

Soldiers surrounded the prison and the guards were released after six hours of negotiations, the prison authority said.

Gangs control large parts of Ecuador's prisons.
""", [E("PROTEST", "riot", "Inmates at a prison in Guayaquil", None, "Guayaquil", "ECU", "2025-11-30"),
      E("ASSAULT", "abduct", "Inmates", "12 guards", "Guayaquil", "ECU", "2025-11-30"),
      E("MOBILIZE", "troops", "Soldiers", "the prison", "Guayaquil", "ECU", "2025-11-30"),
      E("RETREAT", "release", None, "the guards", "Guayaquil", "ECU", "2025-11-30")]),

A("Spain and Morocco agree to reopen Ceuta customs post", "2026-03-24T16:00:00+01:00", "Continental Wire", "diplomacy", """
MADRID, March 24 (Continental Wire) - Spain and Morocco agreed on Tuesday to reopen a customs post at the border with the Spanish enclave of Ceuta, Spain's foreign minister said after meeting her Moroccan counterpart in Madrid.

The ministers also agreed to cooperate on returning migrants who cross the border irregularly.

The customs post has been closed since 2018.
""", [E("AGREE", None, "Spain and Morocco", "a customs post", "Madrid", "ESP", "2026-03-24"),
      E("CONSULT", "visit", "Spain's foreign minister", "her Moroccan counterpart", "Madrid", "ESP", "2026-03-24")]),

A("Students occupy university in Istanbul over rector appointment", "2026-01-08T14:00:00+03:00", "Continental Wire", "protest", """
ISTANBUL, Jan 8 (Continental Wire) - Students occupied the main building of a university in Istanbul on Thursday to protest against the government's appointment of a new rector, saying it threatened academic freedom.

Police detained 40 students when they tried to march off campus, the governor's office said.

The education ministry defended the appointment.
""", [E("PROTEST", "obstruct", "Students", "the main building of a university", "Istanbul", "TUR", "2026-01-08"),
      E("COERCE", "arrest", "Police", "40 students", "Istanbul", "TUR", "2026-01-08"),
      E("SUPPORT", None, "The education ministry", "the appointment", None, "TUR", "2026-01-08")]),

A("UN Security Council renews South Sudan arms embargo", "2026-05-29T18:00:00-04:00", "Meridian Wire", "diplomacy", """
NEW YORK, May 29 (Meridian Wire) - The UN Security Council renewed an arms embargo on South Sudan for another year on Friday, with nine votes in favour and six abstentions.

South Sudan's ambassador said the embargo hampered the government's ability to protect civilians and called for it to be lifted.

Supporters of the measure said violence and the flow of weapons remained a concern.
""", [E("SANCTION", "discontinue", "The UN Security Council", "South Sudan", "New York", "USA", "2026-05-29"),
      E("REQUEST", None, "South Sudan's ambassador", None, "New York", "USA", "2026-05-29")]),

A("Nepal: teachers end sit-in after government agrees pay deal", "2025-09-15T18:30:00+05:45", "Indus Wire", "protest", """
KATHMANDU, Sept 15 (Indus Wire) - Teachers in Nepal ended a two-week sit-in outside the education ministry in Kathmandu on Monday after the government agreed to raise salaries and make temporary teachers permanent.

The education minister signed the agreement with union leaders in the afternoon.

Schools across the country are expected to reopen on Wednesday.
""", [E("AGREE", None, "the government", "Teachers in Nepal", "Kathmandu", "NPL", "2025-09-15"),
      E("PROTEST", "demo", "Teachers in Nepal", "the education ministry", "Kathmandu", "NPL", "2025-09-15")]),
]
