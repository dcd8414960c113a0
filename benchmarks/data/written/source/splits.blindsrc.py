"""Reports of one happening that tend to be split into several incidents (written for truce by the
incid8 helper, 2026-12-03, issue 12).

Fictional: real countries, regions and towns are the setting; every person, outlet, quote and incident
is invented. Each incident has a gold id written with its reports, before truce was run on them;
``benchmarks/written/build_splits.py`` splits them into dev and blind by incident (the hash of
``build_clusters.is_blind``), so an incident is never on both sides.

What the reports hold (the split causes of issue 12): follow-ups told only by a noun ("the toll from
Tuesday's attack rose to ten"); a counter-claim issued from the denying party's own town; one report
placing the happening at a region or the country and another at the town inside it; casualty figures
updated between reports; the same happening worded as "clashes" by one outlet and "attack" or "arrests"
by another; relative dates in late reports ("last Saturday's strike", "earlier this month"). And the
tempting false merges: two different attacks in one province a day apart, a stream of air strikes of
one kind in one region on consecutive days, two strikes in one region on the same day, two happenings
in one article, an exact republished copy.
"""

REPORTS = [
    # -- S01: attack on an army post near Djibo (Burkina Faso), Tue 1 Sep; noun-only follow-up --
    {"incident": "S01", "source": "Sahel Wire", "published": "2026-09-01T18:40:00+00:00",
     "title": "Gunmen kill seven soldiers near Djibo",
     "text": "OUAGADOUGOU, Sept 1 (Sahel Wire) - Gunmen on motorcycles attacked an army post near Djibo "
             "in northern Burkina Faso on Tuesday, killing seven soldiers, two security sources said.\n\n"
             "The attackers burned two vehicles before withdrawing towards the Malian border, one of the "
             "sources said. The army did not comment."},
    {"incident": "S01", "source": "Sahel Wire", "published": "2026-09-04T09:10:00+00:00",
     "title": "Toll from Djibo post attack rises to 12",
     "text": "OUAGADOUGOU, Sept 4 (Sahel Wire) - The toll from Tuesday's attack on an army post near "
             "Djibo has risen to 12 after five wounded soldiers died in hospital, a military source said "
             "on Friday.\n\nFunerals for the first victims were held in Ouahigouya on Thursday."},
    {"incident": "S01", "source": "Radio Soum", "published": "2026-09-02T07:00:00+00:00",
     "title": "Djibo: heavy fighting at the army post",
     "text": "DJIBO - Heavy clashes broke out between soldiers and jihadist fighters at the army post on "
             "the edge of Djibo on Tuesday afternoon, residents said.\n\nSeven soldiers were killed, "
             "according to a local official. Shops in the town stayed shut on Wednesday."},

    # -- S02: drone strike at Anefis, in the Kidal region (Mali), Sun 6 Sep; region vs town --
    {"incident": "S02", "source": "Sahel Wire", "published": "2026-09-06T20:00:00+00:00",
     "title": "Drone strike kills eight in Mali's Kidal region",
     "text": "BAMAKO, Sept 6 (Sahel Wire) - A drone strike in the Kidal region of northern Mali killed "
             "eight people on Sunday, local officials said, accusing the army.\n\nThe army said it had "
             "targeted a gathering of armed men. Rebel officials said those killed were civilians."},
    {"incident": "S02", "source": "Tombouctou Info", "published": "2026-09-07T11:30:00+00:00",
     "title": "Anefis mourns after drone strike",
     "text": "ANEFIS, Mali - Residents of Anefis buried eight people on Monday after an army drone "
             "struck a group gathered near the town's well on Sunday afternoon.\n\nMoussa Ag Alhassane, a "
             "herder, said three of the dead were teenagers watering camels."},

    # -- S03: shelling of Abu Shouk camp near El Fasher (Sudan), Wed 9 Sep; denial issued in Nyala --
    {"incident": "S03", "source": "Nile Dispatch", "published": "2026-09-09T17:00:00+00:00",
     "title": "Shelling of Abu Shouk camp kills 15",
     "text": "PORT SUDAN, Sept 9 (Nile Dispatch) - Artillery shells hit the Abu Shouk displacement camp "
             "outside El Fasher on Wednesday, killing 15 people, a camp coordinator said, blaming the "
             "Rapid Support Forces.\n\nThe army said the RSF had shelled the camp from positions north "
             "of the city."},
    {"incident": "S03", "source": "Darfur 24 Radio", "published": "2026-09-10T08:15:00+00:00",
     "title": "RSF denies shelling Abu Shouk",
     "text": "NYALA, Sudan - The Rapid Support Forces on Thursday denied shelling the Abu Shouk camp near "
             "El Fasher, saying in a statement issued in Nyala that its forces had not fired on "
             "civilians.\n\nThe statement accused the army of fabricating the attack to win sympathy "
             "abroad. Camp volunteers said on Wednesday that 15 people had been killed."},

    # -- S04: suicide bombing in Konduga market (Borno, Nigeria), Fri 11 Sep; toll updated twice --
    {"incident": "S04", "source": "Lake Chad Times", "published": "2026-09-11T15:20:00+00:00",
     "title": "Suicide bomber kills five in Konduga market",
     "text": "MAIDUGURI, Nigeria, Sept 11 (Lake Chad Times) - A suicide bomber blew herself up at the "
             "crowded fish market in Konduga, Borno State, on Friday, killing five people, a militia "
             "leader said.\n\nThe market had reopened only last month after earlier attacks."},
    {"incident": "S04", "source": "Borno Herald", "published": "2026-09-12T09:00:00+00:00",
     "title": "Konduga blast: death toll climbs to 14",
     "text": "MAIDUGURI - The number of people killed in Friday's suicide bombing at the Konduga fish "
             "market has climbed to 14, emergency officials said on Saturday.\n\nAbout 30 others are being "
             "treated at the State Specialist Hospital in Maiduguri."},
    {"incident": "S04", "source": "Lake Chad Times", "published": "2026-09-14T12:00:00+00:00",
     "title": "Konduga bombing toll reaches 19",
     "text": "MAIDUGURI, Nigeria, Sept 14 (Lake Chad Times) - Five more victims of last Friday's market "
             "bombing in Konduga have died, bringing the toll to 19, the Borno State emergency agency "
             "said on Monday.\n\nNo group has claimed the bombing."},

    # -- S05: protest in Kisumu (Kenya), Tue 15 Sep; clashes / tear gas / arrests by different outlets --
    {"incident": "S05", "source": "Lakeside Post", "published": "2026-09-15T16:30:00+00:00",
     "title": "Police clash with protesters in Kisumu",
     "text": "KISUMU, Kenya - Police clashed with hundreds of protesters in central Kisumu on Tuesday as "
             "demonstrators marched against a new fuel levy, witnesses said.\n\nOfficers fired tear gas "
             "near the Oginga Odinga roundabout and protesters threw stones."},
    {"incident": "S05", "source": "East Africa Newswire", "published": "2026-09-15T19:00:00+00:00",
     "title": "Kenyan police arrest 40 at Kisumu fuel-levy protest",
     "text": "NAIROBI, Sept 15 (East Africa Newswire) - Kenyan police arrested 40 people in Kisumu on "
             "Tuesday during a protest against the fuel levy, the county police commander said.\n\nHe said "
             "the demonstrators had blocked roads and damaged shops."},

    # -- S06: al-Shabaab attack on a base at Bariire (Lower Shabelle, Somalia), Thu 17 Sep --
    {"incident": "S06", "source": "Horn Wire", "published": "2026-09-17T14:00:00+00:00",
     "title": "Al-Shabaab attacks army base in Bariire",
     "text": "MOGADISHU, Sept 17 (Horn Wire) - Al-Shabaab fighters attacked a Somali army base in Bariire "
             "in the Lower Shabelle region before dawn on Thursday, killing at least nine soldiers, a "
             "military officer said.\n\nThe militants detonated a car bomb at the gate before storming the "
             "base, he said."},
    {"incident": "S06", "source": "Radio Shabelle Hoose", "published": "2026-09-17T10:00:00+00:00",
     "title": "Fierce clashes in Lower Shabelle",
     "text": "Fierce clashes between government forces and al-Shabaab militants were reported in the "
             "Lower Shabelle region early on Thursday, elders said.\n\nResidents near Bariire said they "
             "heard a large explosion followed by hours of gunfire."},
    {"incident": "S06", "source": "Horn Wire", "published": "2026-09-21T09:00:00+00:00",
     "title": "Somali army retakes positions after Bariire raid",
     "text": "MOGADISHU, Sept 21 (Horn Wire) - The Somali army said on Monday it had restored control "
             "around Bariire, four days after an al-Shabaab assault on its base there killed nine "
             "soldiers.\n\nA spokesman said the militants lost 30 fighters in the fighting."},

    # -- S07: drone strike on an apartment block in Kharkiv (Ukraine), night of Sat 19 Sep --
    {"incident": "S07", "source": "Black Sea Wire", "published": "2026-09-20T06:30:00+00:00",
     "title": "Russian drones hit Kharkiv apartment block, three killed",
     "text": "KYIV, Sept 20 (Black Sea Wire) - Russian drones struck an apartment block in Kharkiv "
             "overnight on Saturday, killing three people and wounding 17, the regional governor said.\n\n"
             "Rescuers were still searching the rubble on Sunday morning."},
    {"incident": "S07", "source": "Kharkiv Today", "published": "2026-09-27T10:00:00+00:00",
     "title": "A week on, Kharkiv residents rebuild",
     "text": "KHARKIV - Residents of the building hit in last Saturday's drone strike in Kharkiv began "
             "clearing their flats this week, as the city council promised new windows before winter.\n\n"
             "The strike killed four people, after one of the wounded died on Tuesday, officials said."},

    # -- S08 / S09: two different bandit attacks in Zamfara State (Nigeria) a day apart --
    {"incident": "S08", "source": "Northwest Courier", "published": "2026-09-21T18:00:00+00:00",
     "title": "Bandits abduct 30 villagers in Tsafe",
     "text": "GUSAU, Nigeria - Armed bandits abducted 30 villagers, most of them women, in an attack on "
             "Kucheri village in Tsafe local government area of Zamfara State on Monday, residents said.\n\n"
             "A police spokesman confirmed the attack."},
    {"incident": "S08", "source": "Lake Chad Times", "published": "2026-09-22T08:00:00+00:00",
     "title": "Zamfara: 30 taken in Kucheri raid",
     "text": "GUSAU, Nigeria, Sept 22 (Lake Chad Times) - Gunmen kidnapped 30 people in Kucheri, Tsafe "
             "area, on Monday, a local councillor said, the latest mass abduction in Zamfara State.\n\n"
             "He said the attackers arrived on about 50 motorcycles."},
    {"incident": "S09", "source": "Northwest Courier", "published": "2026-09-22T19:30:00+00:00",
     "title": "Gunmen kill 11 in Maru village",
     "text": "GUSAU, Nigeria - Gunmen killed 11 people and burned houses in an attack on Dansadau in Maru "
             "local government area of Zamfara State on Tuesday, a day after a mass abduction elsewhere "
             "in the state.\n\nSurvivors fled to Maru town."},
    {"incident": "S09", "source": "Sokoto Daily", "published": "2026-09-23T07:45:00+00:00",
     "title": "Zamfara village attack toll rises to 14",
     "text": "The toll from Tuesday's attack on Dansadau in Zamfara State has risen to 14, a community "
             "leader said on Wednesday.\n\nThe police said troops had been sent to the area."},

    # -- S10 / S11 / S12: a stream of air strikes in Sagaing region (Myanmar) on three days --
    {"incident": "S10", "source": "Irrawaddy Wire", "published": "2026-09-14T13:00:00+00:00",
     "title": "Junta air strike kills nine in Kanbalu",
     "text": "YANGON, Sept 14 (Irrawaddy Wire) - A military jet bombed a monastery school in Kanbalu "
             "township in Sagaing region on Monday, killing nine people, local resistance officials "
             "said.\n\nThe military did not respond to requests for comment."},
    {"incident": "S10", "source": "Sagaing Voice", "published": "2026-09-15T06:00:00+00:00",
     "title": "Kanbalu monastery school bombed",
     "text": "KANBALU - Villagers pulled the bodies of nine people, six of them children, from the ruins "
             "of a monastery school hit by an air strike on Monday.\n\nThe school had taken in families "
             "displaced from nearby villages."},
    {"incident": "S11", "source": "Irrawaddy Wire", "published": "2026-09-15T15:00:00+00:00",
     "title": "Air strike in Sagaing kills 11 at village market",
     "text": "YANGON, Sept 15 (Irrawaddy Wire) - A military air strike hit a village market in Sagaing "
             "region on Tuesday, killing 11 people, a resistance spokesman said, a day after a jet bombed "
             "a school in Kanbalu.\n\nThe market in Ye-U township was busy with farmers selling rice."},
    {"incident": "S11", "source": "Sagaing Voice", "published": "2026-09-16T06:00:00+00:00",
     "title": "Ye-U market strike: 11 dead",
     "text": "YE-U - Eleven people were killed when a military aircraft bombed the market in Ye-U on "
             "Tuesday morning, residents said.\n\nA farmer said two bombs fell near the rice stalls."},
    {"incident": "S12", "source": "Irrawaddy Wire", "published": "2026-09-16T16:00:00+00:00",
     "title": "Jets strike near Monywa for third day",
     "text": "YANGON, Sept 16 (Irrawaddy Wire) - Military jets bombed a village on the outskirts of "
             "Monywa in Sagaing region on Wednesday, killing four people, the third air strike in the "
             "region in as many days.\n\nResistance groups said the strikes followed their capture of an "
             "outpost."},

    # -- S13 / S14: two happenings in one article (Arauca, Colombia), Fri 18 Sep --
    {"incident": "S13", "source": "Andes Wire", "published": "2026-09-18T20:00:00+00:00",
     "title": "Attacks in Arauca: police station hit, pipeline bombed",
     "text": "BOGOTA, Sept 18 (Andes Wire) - Suspected ELN rebels attacked a police station in the town "
             "of Arauquita with rifles and explosives on Friday, wounding four officers, the police said.\n\n"
             "Hours later, an explosive charge damaged the Cano Limon-Covenas oil pipeline near Saravena, "
             "halting pumping, the state oil company said."},
    {"incident": "S13", "source": "Llano Noticias", "published": "2026-09-19T08:00:00+00:00",
     "title": "Four police wounded in Arauquita attack",
     "text": "ARAUQUITA, Colombia - Four police officers were wounded when gunmen opened fire on the "
             "Arauquita police station on Friday afternoon, local authorities said.\n\nThe mayor blamed the "
             "ELN."},
    {"incident": "S14", "source": "Energy Desk", "published": "2026-09-19T10:00:00+00:00",
     "title": "Cano Limon pipeline bombed again",
     "text": "BOGOTA - A bomb attack damaged the Cano Limon-Covenas pipeline near Saravena on Friday, the "
             "fourth attack on the line this year, the operator said.\n\nRepair crews were waiting for "
             "the army to secure the area."},

    # -- S15: roadside bomb in Bannu (Pakistan), Mon 7 Sep; original, republished copy, other outlet --
    {"incident": "S15", "source": "Frontier Wire", "published": "2026-09-07T12:00:00+00:00",
     "title": "Roadside bomb kills four policemen in Bannu",
     "text": "PESHAWAR, Sept 7 (Frontier Wire) - A roadside bomb struck a police van in Bannu district of "
             "Khyber Pakhtunkhwa on Monday, killing four policemen, officials said.\n\nThe van was "
             "escorting a polio vaccination team."},
    {"incident": "S15", "source": "NewsDaily247", "published": "2026-09-08T03:00:00+00:00",
     "title": "Roadside bomb kills four policemen in Bannu",
     "text": "PESHAWAR, Sept 7 (Frontier Wire) - A roadside bomb struck a police van in Bannu district of "
             "Khyber Pakhtunkhwa on Monday, killing four policemen, officials said.\n\nThe van was "
             "escorting a polio vaccination team."},
    {"incident": "S15", "source": "Khyber Times", "published": "2026-09-07T18:00:00+00:00",
     "title": "Polio team escort hit by IED",
     "text": "BANNU - Four police officers escorting a polio vaccination team were killed when an "
             "improvised explosive device went off beside their vehicle on Monday, the district police "
             "officer said.\n\nThe vaccinators were unhurt."},

    # -- S16: drone strike at a market in Amhara (Ethiopia), Wed 23 Sep;
    #    one report names only the country, one the region, one the town --
    {"incident": "S16", "source": "Horn Wire", "published": "2026-09-23T18:00:00+00:00",
     "title": "Drone strike in Ethiopia kills 30, aid workers say",
     "text": "NAIROBI, Sept 23 (Horn Wire) - A drone strike in Ethiopia killed about 30 people on "
             "Wednesday, two aid workers said, as fighting between federal forces and Fano militias "
             "continued.\n\nThe government did not comment."},
    {"incident": "S16", "source": "Addis Observer", "published": "2026-09-24T09:00:00+00:00",
     "title": "Drone hits market in Amhara town of Dangila",
     "text": "ADDIS ABABA - A drone strike hit the weekly market in Dangila, in the Amhara region, on "
             "Wednesday, killing 31 people, a health worker said.\n\nResidents said Fano fighters had "
             "passed through the town a day earlier."},
    # -- S17: a different drone strike in Amhara a week earlier (must stay apart from S16) --
    {"incident": "S17", "source": "Addis Observer", "published": "2026-09-16T12:00:00+00:00",
     "title": "Drone strike hits bus near Debre Tabor",
     "text": "ADDIS ABABA - A drone struck a minibus near Debre Tabor in the Amhara region on Wednesday, "
             "killing six passengers, relatives said.\n\nThe bus was travelling to a wedding."},
    {"incident": "S17", "source": "Horn Wire", "published": "2026-09-17T08:00:00+00:00",
     "title": "Six killed in Amhara drone strike on minibus",
     "text": "NAIROBI, Sept 17 (Horn Wire) - Six people were killed when a drone hit a minibus in "
             "Ethiopia's Amhara region on Wednesday, relatives and a local official said.\n\nThe official "
             "said the vehicle was near the town of Debre Tabor."},

    # -- S18: gang attack on Carrefour (Port-au-Prince, Haiti), Thu 24 Sep; "the capital" vs district --
    {"incident": "S18", "source": "Caribbean Wire", "published": "2026-09-24T22:00:00+00:00",
     "title": "Gangs kill 20 in Port-au-Prince suburb",
     "text": "PORT-AU-PRINCE, Sept 24 (Caribbean Wire) - Gang members attacked the Carrefour suburb of "
             "Port-au-Prince on Thursday, killing at least 20 people and setting homes on fire, a rights "
             "group said.\n\nPolice said they had sent reinforcements."},
    {"incident": "S18", "source": "Radio Lakay", "published": "2026-09-26T08:00:00+00:00",
     "title": "Toll from Carrefour massacre reaches 27",
     "text": "PORT-AU-PRINCE - The toll from Thursday's gang massacre in Carrefour has reached 27, a "
             "rights group said on Saturday, as families searched for the missing.\n\nHundreds have fled "
             "to schools in the city centre."},

    # -- S19 / S20: two Israeli drone strikes in southern Lebanon on the same day, Sat 26 Sep --
    {"incident": "S19", "source": "Levant Wire", "published": "2026-09-26T14:00:00+00:00",
     "title": "Israeli strike on car near Tyre kills two",
     "text": "BEIRUT, Sept 26 (Levant Wire) - An Israeli drone strike on a car near Tyre in southern "
             "Lebanon killed two people on Saturday, the Lebanese health ministry said.\n\nThe Israeli "
             "military said it had targeted a Hezbollah commander."},
    {"incident": "S19", "source": "South Lebanon News", "published": "2026-09-26T16:00:00+00:00",
     "title": "Two killed as drone hits car on coastal road",
     "text": "TYRE, Lebanon - Two men were killed when an Israeli drone fired a missile at their car on "
             "the coastal road south of Tyre on Saturday, witnesses said."},
    {"incident": "S20", "source": "Levant Wire", "published": "2026-09-26T19:00:00+00:00",
     "title": "Second Israeli strike hits Bint Jbeil",
     "text": "BEIRUT, Sept 26 (Levant Wire) - An Israeli drone struck a motorcycle in Bint Jbeil in "
             "southern Lebanon on Saturday evening, killing one man, hours after a strike near Tyre, "
             "state media said."},

    # -- S21: ADF attack in Lubero territory (North Kivu, DR Congo), Sun 27 Sep; province-level report,
    #    toll updated --
    {"incident": "S21", "source": "Great Lakes Wire", "published": "2026-09-27T19:00:00+00:00",
     "title": "ADF rebels kill 18 in eastern Congo",
     "text": "GOMA, Sept 27 (Great Lakes Wire) - Rebels of the Allied Democratic Forces killed 18 "
             "civilians in an overnight attack in North Kivu province, a civil society leader said on "
             "Sunday.\n\nThe attackers used machetes and guns, he said."},
    {"incident": "S21", "source": "Radio Butembo", "published": "2026-09-28T09:00:00+00:00",
     "title": "Lubero village attack: 23 dead",
     "text": "BUTEMBO, DR Congo - The toll from the ADF attack on the village of Mayikengo in Lubero "
             "territory has risen to 23, local officials said on Monday.\n\nSurvivors said the rebels came "
             "at night on Saturday."},

    # -- S22: ambush near Tillaberi (Niger), Tue 29 Sep; army figure and a rival claim issued elsewhere --
    {"incident": "S22", "source": "Sahel Wire", "published": "2026-09-29T20:00:00+00:00",
     "title": "Ten Niger soldiers killed in ambush near Tillaberi",
     "text": "NIAMEY, Sept 29 (Sahel Wire) - Ten Nigerien soldiers were killed when jihadists ambushed "
             "their convoy near Tillaberi on Tuesday, the defence ministry said.\n\nThe ministry said 25 "
             "attackers were killed."},
    {"incident": "S22", "source": "Sahel Monitor", "published": "2026-09-30T12:00:00+00:00",
     "title": "Islamic State claims Tillaberi ambush",
     "text": "Islamic State's Sahel branch claimed responsibility on Wednesday for Tuesday's ambush of an "
             "army convoy near Tillaberi, saying in a statement from Menaka in Mali that its fighters had "
             "killed 40 soldiers.\n\nNiger's government has put the toll at ten."},

    # -- S23: army raid on a rebel camp in Northern Samar (Philippines), Fri 25 Sep; clashes vs attack --
    {"incident": "S23", "source": "Visayas Wire", "published": "2026-09-25T12:00:00+00:00",
     "title": "Five NPA rebels killed in Samar clash",
     "text": "CATARMAN, Philippines - Five New People's Army rebels were killed in a clash with soldiers "
             "in the mountains of Las Navas, Northern Samar, on Friday morning, the army said."},
    {"incident": "S23", "source": "Manila Newswire", "published": "2026-09-26T04:00:00+00:00",
     "title": "Army says it overran rebel camp in Northern Samar",
     "text": "MANILA, Sept 26 (Manila Newswire) - Philippine troops attacked a New People's Army camp in "
             "Las Navas town on Friday, killing five rebels and seizing 12 rifles, a brigade commander "
             "said.\n\nOne soldier was wounded."},
]
