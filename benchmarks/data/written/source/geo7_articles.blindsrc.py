"""Local-news and conflict-note articles for issue 11 (geo7 helper): where does each event happen?

Fictional text written for truce by the geo7 helper (Apache-2.0 with the code): real countries,
districts, towns and well-known armed groups appear only as setting; every person, local organisation,
quote and incident is invented. Built by ``benchmarks/written/build_geo7.py`` into
``articles_geo7_dev.jsonl`` / ``articles_geo7_blind.jsonl`` (split 50/50 by the hash of the id, fixed
before truce was run on any of it). This file holds the blind items' text too: do not open it to tune.

Each event: (PLOVER type, mode, place as written, place spec, asserted). The place is where the event
happened, the finest place the article gives for it; when the event's own sentence names no place it is
the incident's place named elsewhere in the article. Specs as in ``geo_places.py`` plus
``p:LAT,LON/FCODE/CC`` (general-knowledge point).
"""

ARTICLES = [
    {"id": "g7-ke-001", "title": "Two officers hurt in Mandera attack",
     "text": "MANDERA, Kenya, May 4 - Suspected al-Shabaab fighters attacked a police camp in Elwak in Mandera "
             "South sub-county before dawn on Monday, wounding two officers, a county commander said.\n\n"
             "The attackers fled towards the border with Somalia after an exchange of fire that lasted "
             "about an hour.\n\n"
             "Police later arrested three men who were found with a rifle and ammunition near the camp.",
     "published": "2026-05-04T10:00:00+03:00", "source": "East Africa Desk",
     "events": [("ASSAULT", "firearms", "Elwak", "p:2.80,40.93/PPL/KE"),
                ("COERCE", "arrest", "Elwak", "p:2.80,40.93/PPL/KE")]},
    {"id": "g7-ke-002", "title": "Residents protest over water cuts in Kapsabet",
     "text": "Hundreds of residents of Kapsabet in Nandi County blocked the main road on Wednesday to protest "
             "against water cuts that have lasted for three weeks.\n\n"
             "Police fired tear gas to disperse the crowd, and four people were taken to hospital.\n\n"
             "Kenya's water ministry said repairs to the pumping station would be finished by Friday.",
     "published": "2026-05-06T15:30:00+03:00", "source": "Rift Valley Courier",
     "events": [("PROTEST", "obstruct", "Kapsabet", "c:KE=Kapsabet"),
                ("ASSAULT", "crowd-control", "Kapsabet", "c:KE=Kapsabet")]},
    {"id": "g7-ug-003", "title": "Gunmen kill three in Bundibugyo",
     "text": "Gunmen believed to belong to the ADF killed three farmers in Bundibugyo district, western Uganda, "
             "on Sunday night, the army said.\n\n"
             "The Uganda People's Defence Force said soldiers were pursuing the attackers, who crossed into "
             "Congo.\n\n"
             "An army spokesman said the killings took place in a village near the Semliki forest.",
     "published": "2026-05-11T08:00:00+03:00", "source": "Great Lakes Report",
     "events": [("ASSAULT", "firearms", "Bundibugyo district", "p:0.75,30.10/ADM2/UG")]},
    {"id": "g7-cd-004", "title": "Militia raid in Djugu territory",
     "text": "BUNIA, Congo, May 12 - CODECO militiamen raided a displacement camp in Djugu territory of Ituri "
             "province on Tuesday, killing at least seven people, local officials said.\n\n"
             "The camp near Fataki shelters about 4,000 families who fled earlier fighting.\n\n"
             "Congolese troops were deployed to the area on Wednesday, the provincial governor's office said.",
     "published": "2026-05-13T09:00:00+02:00", "source": "Ituri Monitor",
     "events": [("ASSAULT", "firearms", "Djugu territory", "p:1.92,30.50/ADM2/CD"),
                ("MOBILIZE", "troops", "Djugu territory", "p:1.92,30.50/ADM2/CD")]},
    {"id": "g7-ng-005", "title": "Bandits abduct 20 in Zamfara",
     "text": "GUSAU, Nigeria, May 14 - Armed bandits abducted at least 20 villagers in Tsafe local government "
             "area of Zamfara State late on Wednesday, residents said.\n\n"
             "The gunmen arrived on motorcycles and went from house to house, one resident said by phone.\n\n"
             "Nigeria's police said officers had been sent to rescue the captives.",
     "published": "2026-05-15T11:00:00+01:00", "source": "Sahel Line",
     "events": [("ASSAULT", "abduct", "Tsafe", "c:NG=Tsafe")]},
    {"id": "g7-ng-006", "title": "Herders and farmers clash near Bokkos",
     "text": "At least nine people were killed when gunmen attacked Mushu village near Bokkos in Plateau State "
             "on Saturday, a local youth leader said.\n\n"
             "Houses were burned and livestock stolen. Soldiers arrived hours after the attack, he said.\n\n"
             "The state government imposed a dusk-to-dawn curfew on the area on Sunday.",
     "published": "2026-05-17T18:00:00+01:00", "source": "Middle Belt News",
     "events": [("ASSAULT", "firearms", "Bokkos", "c:NG=Bokkos"),
                ("COERCE", "curfew", "Bokkos", "c:NG=Bokkos")]},
    {"id": "g7-bf-007", "title": "Army post attacked near Djibo",
     "text": "OUAGADOUGOU, May 18 (Sahel Line) - Jihadist fighters attacked an army post near Djibo in "
             "northern Burkina Faso on Sunday, security sources said.\n\n"
             "The army said fifteen attackers were killed in air strikes that followed.\n\n"
             "Burkina Faso's government did not give a toll for soldiers.",
     "published": "2026-05-18T12:00:00+00:00", "source": "Sahel Line",
     "events": [("ASSAULT", "firearms", "Djibo", "c:BF=Djibo"),
                ("ASSAULT", "aerial", "Djibo", "c:BF=Djibo")]},
    {"id": "g7-ml-008", "title": "Convoy hits mine outside Bandiagara",
     "text": "A civilian bus struck an improvised explosive device on the road between Bandiagara and Sevare "
             "in central Mali on Thursday, killing five passengers, a local official said.\n\n"
             "The road had been cut for weeks by fighters who blockaded several villages in the area.\n\n"
             "Mali's army said it had opened an investigation.",
     "published": "2026-05-21T20:00:00+00:00", "source": "Sahel Line",
     "events": [("ASSAULT", "explosives", "Bandiagara", "c:ML=Bandiagara")]},
    {"id": "g7-so-009", "title": "Mortar fire hits Beledweyne market",
     "text": "MOGADISHU, May 22 - Mortar shells hit a market in Beledweyne, the capital of Hiiraan region, "
             "on Friday, killing two traders, witnesses said.\n\n"
             "Al-Shabaab said it carried out the attack.\n\n"
             "Somali forces later raided a hideout outside the town and arrested four suspects, a regional "
             "official said.",
     "published": "2026-05-22T17:00:00+03:00", "source": "Horn Wire",
     "events": [("ASSAULT", "heavy-weapons", "Beledweyne", "c:SO=Beledweyne"),
                ("COERCE", "arrest", "Beledweyne", "c:SO=Beledweyne")]},
    {"id": "g7-sd-010", "title": "Drone strike on El Fasher hospital",
     "text": "A drone struck the Saudi hospital in El Fasher, North Darfur, on Saturday, killing four patients, "
             "medical workers said.\n\n"
             "The army blamed the Rapid Support Forces, which have besieged the city for months.\n\n"
             "The RSF denied the accusation and said the army was shelling residential areas.",
     "published": "2026-05-24T09:00:00+02:00", "source": "Nile Wire",
     "events": [("ASSAULT", "drone", "El Fasher", "c:SD=El Fasher"),
                ("ACCUSE", "allege", "El Fasher", "c:SD=El Fasher")]},
    {"id": "g7-pk-011", "title": "Police station attacked in Lakki Marwat",
     "text": "PESHAWAR, May 25 - Militants attacked a police station in Lakki Marwat district of "
             "Khyber Pakhtunkhwa on Monday night, killing two constables, police said.\n\n"
             "The attackers used hand grenades and rifles before fleeing into nearby fields.\n\n"
             "Police launched a search operation and detained six suspects on Tuesday.",
     "published": "2026-05-26T10:00:00+05:00", "source": "Frontier Post Wire",
     "events": [("ASSAULT", "firearms", "Lakki Marwat", "c:PK=Lakki Marwat"),
                ("COERCE", "arrest", "Lakki Marwat", "c:PK=Lakki Marwat")]},
    {"id": "g7-pk-012", "title": "Protest over missing men in Turbat",
     "text": "Families of missing men staged a sit-in outside the deputy commissioner's office in Turbat, "
             "Kech district, on Thursday, demanding the release of relatives held by security forces.\n\n"
             "The protesters blocked the highway for several hours.\n\n"
             "Pakistan's interior ministry said the men were being questioned.",
     "published": "2026-05-28T19:00:00+05:00", "source": "Balochistan Today",
     "events": [("PROTEST", "demo", "Turbat", "c:PK=Turbat"),
                ("PROTEST", "obstruct", "Turbat", "c:PK=Turbat")]},
    {"id": "g7-in-013", "title": "Gunfight in Churachandpur district",
     "text": "IMPHAL, May 29 - Two village volunteers were killed in a gunfight with armed men in "
             "Churachandpur district of Manipur on Friday, police said.\n\n"
             "Security forces cordoned off the area and searched nearby hamlets.\n\n"
             "India's home ministry said additional paramilitary companies would be sent to the state.",
     "published": "2026-05-29T21:00:00+05:30", "source": "Northeast Desk",
     "events": [("ASSAULT", "firearms", "Churachandpur district", "c:IN=Churachandpur"),
                ("MOBILIZE", "troops", "Manipur", "p:24.7,93.8/ADM1/IN")]},
    {"id": "g7-co-014", "title": "Dissidents attack patrol in Cauca",
     "text": "POPAYAN, Colombia, June 1 - FARC dissidents attacked a police patrol in Suarez, in Cauca "
             "department, on Sunday, wounding three officers, the police said.\n\n"
             "The patrol was escorting a road crew when it came under fire from the hills.\n\n"
             "The army sent reinforcements to the municipality on Monday.",
     "published": "2026-06-01T22:00:00-05:00", "source": "Andes Wire",
     "events": [("ASSAULT", "firearms", "Suarez", "c:CO.09=Suárez"),
                ("MOBILIZE", "troops", "Suarez", "c:CO.09=Suárez")]},
    {"id": "g7-mx-015", "title": "Shootout in Apatzingan leaves six dead",
     "text": "Six people were killed in a shootout between rival cartel cells in Apatzingan, Michoacan, on "
             "Tuesday, state prosecutors said.\n\n"
             "Gunmen set fire to two vehicles to block roads into the town.\n\n"
             "Mexico's National Guard sent 300 troops to the region on Wednesday.",
     "published": "2026-06-03T08:00:00-06:00", "source": "Norte Wire",
     "events": [("ASSAULT", "firearms", "Apatzingan", "c:MX=Apatzingán"),
                ("MOBILIZE", "troops", "Apatzingan", "c:MX=Apatzingán")]},
    {"id": "g7-us-016", "title": "Man charged after Joplin shooting",
     "text": "JOPLIN, Mo. - A 24-year-old man was arrested Tuesday in connection with a shooting that wounded "
             "a woman outside a convenience store on Range Line Road, Joplin police said.\n\n"
             "Officers found the woman with a gunshot wound to her leg shortly after 11 p.m. Monday.\n\n"
             "The suspect was booked into the Jasper County jail on charges of assault and armed criminal "
             "action.",
     "published": "2026-06-03T14:00:00-05:00", "source": "joplinnewsdesk.com",
     "events": [("COERCE", "arrest", "Joplin", "c:US.MO=Joplin"),
                ("ASSAULT", "firearms", "Joplin", "c:US.MO=Joplin")]},
    {"id": "g7-us-017", "title": "Kettering police seek robbery suspect",
     "text": "Kettering police are looking for a man who robbed a bank branch on Wilmington Pike on Friday "
             "afternoon.\n\n"
             "The man passed a note to a teller demanding cash and fled on foot, police said. No one was "
             "hurt.\n\n"
             "Anyone with information is asked to call the Kettering Police Department.",
     "published": "2026-06-06T09:00:00-04:00", "source": "Miami Valley Daily",
     "events": [("ASSAULT", "beat", "Kettering", "c:US.OH=Kettering")]},
    {"id": "g7-us-018", "title": "Deputies arrest two after pursuit near Redmond",
     "text": "REDMOND, Ore. - Deschutes County sheriff's deputies arrested two men after a chase that began "
             "in Bend and ended on a farm road north of Redmond early Saturday.\n\n"
             "Deputies said the men had stolen a pickup truck from a driveway.\n\n"
             "Both were taken to the county jail.",
     "published": "2026-06-07T11:00:00-07:00", "source": "High Desert Record",
     "events": [("COERCE", "arrest", "Redmond", "c:US.OR=Redmond")]},
    {"id": "g7-gb-019", "title": "Man stabbed in Rochdale town centre",
     "text": "A man was stabbed in Rochdale town centre on Saturday night and is in a serious condition in "
             "hospital, Greater Manchester Police said.\n\n"
             "Detectives arrested a 19-year-old on suspicion of wounding on Sunday.\n\n"
             "A police cordon remained in place near the bus station.",
     "published": "2026-06-08T10:00:00+01:00", "source": "Pennine Evening News",
     "events": [("ASSAULT", "primitive", "Rochdale", "c:GB=Rochdale"),
                ("COERCE", "arrest", "Rochdale", "c:GB=Rochdale")]},
    {"id": "g7-cm-020", "title": "Separatists torch school near Kumba",
     "text": "YAOUNDE, June 9 - Armed separatists set fire to a secondary school in Kumba in Cameroon's "
             "Southwest region on Monday, a teachers' union said.\n\n"
             "No pupils were hurt, but classes were suspended.\n\n"
             "Cameroon's army said soldiers killed two fighters in a raid on a camp nearby.",
     "published": "2026-06-09T16:00:00+01:00", "source": "Central Africa Desk",
     "events": [("ASSAULT", "destroy", "Kumba", "c:CM=Kumba"),
                ("ASSAULT", "firearms", "Kumba", "c:CM=Kumba")]},
    {"id": "g7-mz-021", "title": "Insurgents raid villages in Macomia",
     "text": "Insurgents linked to the Islamic State raided two villages in Macomia district of Cabo Delgado "
             "province on Wednesday, beheading a man and burning homes, residents said.\n\n"
             "Hundreds of people fled towards the coast.\n\n"
             "Mozambique's defence ministry said Rwandan and Mozambican troops were pursuing the group.",
     "published": "2026-06-11T13:00:00+02:00", "source": "Southern Africa Wire",
     "events": [("ASSAULT", "primitive", "Macomia district", "c:MZ=Macomia")]},
    {"id": "g7-ph-022", "title": "Soldier killed in clash in Lanao del Sur",
     "text": "MANILA, June 12 - A soldier was killed and two were wounded in a clash with Dawlah Islamiyah "
             "fighters in Butig, Lanao del Sur, on Thursday, the army said.\n\n"
             "The fighting lasted two hours before the militants withdrew into the forest.\n\n"
             "The Philippines' military said operations would continue.",
     "published": "2026-06-12T15:00:00+08:00", "source": "Island Wire",
     "events": [("ASSAULT", "firearms", "Butig", "c:PH=Butig"),
                ("RETREAT", "withdraw", "Butig", "c:PH=Butig")]},
    {"id": "g7-sy-023", "title": "Car bomb in Manbij kills five",
     "text": "A car bomb exploded near a checkpoint in Manbij in Aleppo province on Friday, killing five people, "
             "a war monitor said.\n\n"
             "No group claimed the attack.\n\n"
             "Syria's interior ministry said security forces had detained two suspects.",
     "published": "2026-06-13T12:00:00+03:00", "source": "Levant Desk",
     "events": [("ASSAULT", "explosives", "Manbij", "c:SY=Manbij"),
                ("COERCE", "arrest", "Manbij", "c:SY=Manbij")]},
    {"id": "g7-ye-024", "title": "Shelling in Taiz wounds children",
     "text": "SANAA, June 14 - Houthi shelling wounded three children in a residential district of Taiz on "
             "Saturday, a local health official said.\n\n"
             "The city has been divided between the two sides for years.\n\n"
             "Yemen's government condemned the attack.",
     "published": "2026-06-14T19:00:00+03:00", "source": "Arabia Wire",
     "events": [("ASSAULT", "heavy-weapons", "Taiz", "c:YE=Taiz"),
                ("ACCUSE", "disapprove", "Taiz", "c:YE=Taiz")]},
    {"id": "g7-et-025", "title": "Fighting reported in Amhara town",
     "text": "Fano militiamen and federal troops fought in and around Debre Markos in Ethiopia's Amhara region "
             "on Sunday, residents said.\n\n"
             "Shops were closed and the internet was cut.\n\n"
             "Ethiopia's government said the army was in control of the town.",
     "published": "2026-06-15T10:00:00+03:00", "source": "Horn Wire",
     "events": [("ASSAULT", "firearms", "Debre Markos", "c:ET=Debre Mark’os")]},
    {"id": "g7-ng-026", "title": "Suicide bomber strikes Konduga market",
     "text": "MAIDUGURI, Nigeria, June 16 - A suicide bomber blew herself up at a fish market in Konduga, "
             "Borno State, on Monday, killing at least twelve people, emergency officials said.\n\n"
             "Boko Haram was blamed for the attack.\n\n"
             "Soldiers sealed off the market and searched nearby houses.",
     "published": "2026-06-16T14:00:00+01:00", "source": "Sahel Line",
     "events": [("ASSAULT", "suicide-attack", "Konduga", "c:NG=Konduga")]},
    {"id": "g7-us-027", "title": "Waco teen arrested after school threat",
     "text": "A 16-year-old was arrested Thursday after posting a threat against a high school online, "
             "the Waco Police Department said.\n\n"
             "Officers searched the teen's home and found no weapons. The school in Waco stayed open.\n\n"
             "The teen faces a charge of making a terroristic threat, a McLennan County prosecutor said.",
     "published": "2026-06-18T16:00:00-05:00", "source": "Central Texas Tribune",
     "events": [("COERCE", "arrest", "Waco", "c:US.TX=Waco")]},
    {"id": "g7-ke-028", "title": "Police disperse traders in Eldoret",
     "text": "ELDORET, Kenya, June 19 - Police fired tear gas at hawkers who protested against their eviction "
             "from the town centre on Friday.\n\n"
             "The traders said the county had given them no notice.\n\n"
             "Uasin Gishu county officials said the hawkers would be moved to a new market.",
     "published": "2026-06-19T18:00:00+03:00", "source": "Rift Valley Courier",
     "events": [("PROTEST", "demo", "Eldoret", "c:KE=Eldoret"),
                ("ASSAULT", "crowd-control", "Eldoret", "c:KE=Eldoret")]},
    # Second batch: scraped-page structure (headline and furniture lines before the dateline, one-sentence
    # paragraphs, the town only in the lead or in an agency's name, the country alone in later sentences).
    {"id": "g7-web-029", "title": "Gunmen storm village in Kaduna",
     "text": "Gunmen storm village in Kaduna, kill 11\n\nShare this story\n\nKADUNA, Nigeria (Sahel Line) - "
             "Gunmen killed eleven people in Kauru local government area of Kaduna State overnight, a community "
             "leader said on Tuesday.\n\nThe attackers burned a church and several homes.\n\nNigeria has "
             "struggled to contain armed gangs in its northwest.\n\nSoldiers later arrested four suspects, the "
             "army said.\n\nRead more: Floods displace thousands",
     "published": "2026-06-02T09:00:00+01:00", "source": "sahelline.example.com",
     "events": [("ASSAULT", "firearms", "Kauru", "c:NG=Kauru"),
                ("ASSAULT", "destroy", "Kauru", "c:NG=Kauru"),
                ("COERCE", "arrest", "Kauru", "c:NG=Kauru")]},
    {"id": "g7-web-030", "title": "Two killed in Bamenda shooting",
     "text": "Two killed in Bamenda shooting\n\nAdvertisement\n\nTwo civilians were shot dead at a checkpoint in "
             "Bamenda, the capital of Cameroon's Northwest region, on Sunday, witnesses said.\n\n"
             "Residents blamed soldiers for the killings.\n\n\"We heard many shots,\" said one resident.\n\n"
             "The army denied any involvement and said separatists opened fire first.",
     "published": "2026-06-08T10:00:00+01:00", "source": "Central Africa Desk",
     "events": [("ASSAULT", "firearms", "Bamenda", "c:CM=Bamenda"),
                ("ACCUSE", "allege", "Bamenda", "c:CM=Bamenda")]},
    {"id": "g7-web-031", "title": "Sheriff: man arrested after standoff",
     "text": "Sheriff: man arrested after standoff\n\nPosted 6:40 PM\n\nA man who barricaded himself inside a "
             "house for six hours was arrested Wednesday night, the Pulaski County Sheriff's Office said.\n\n"
             "Deputies were called to the home on Oak Grove Road in Waynesville after a neighbour reported "
             "gunshots.\n\nNo one was injured.\n\nThe man was taken to the county jail.",
     "published": "2026-06-10T19:00:00-05:00", "source": "ozarksnow.example.com",
     "events": [("COERCE", "arrest", "Waynesville", "c:US.MO=Waynesville")]},
    {"id": "g7-web-032", "title": "Protesters block highway in Quetta",
     "text": "Protesters block highway in Quetta\n\nQUETTA, June 11 - Hundreds of traders blocked the main "
             "highway out of the city on Thursday to protest against power cuts.\n\nPolice used batons to "
             "clear the road, injuring several people.\n\nPakistan's power ministry blamed unpaid bills.",
     "published": "2026-06-11T17:00:00+05:00", "source": "Balochistan Today",
     "events": [("PROTEST", "obstruct", "Quetta", "c:PK=Quetta"),
                ("ASSAULT", "crowd-control", "Quetta", "c:PK=Quetta")]},
    {"id": "g7-web-033", "title": "Drone attack on Kherson suburb",
     "text": "Drone attack on Kherson suburb\n\nUkraine war live\n\nA Russian drone hit a minibus in "
             "Bilozerka, a suburb of Kherson, on Saturday morning, killing the driver, the regional "
             "administration said.\n\nUkraine's air force said it shot down 40 drones overnight.\n\n"
             "Russia did not comment on the attack.",
     "published": "2026-06-13T11:00:00+03:00", "source": "Black Sea Desk",
     "events": [("ASSAULT", "drone", "Bilozerka", "c:UA=Bilozerka")]},
    {"id": "g7-web-034", "title": "Clan militias clash in Galmudug",
     "text": "Clan militias clash in Galmudug\n\nAt least eight people died when rival clan militias fought "
             "over grazing land near Adado in central Somalia on Monday, elders said.\n\nThe fighting "
             "continued into the night.\n\nSomalia's federal government called for calm and sent elders to "
             "mediate.",
     "published": "2026-06-15T12:00:00+03:00", "source": "Horn Wire",
     "events": [("ASSAULT", "firearms", "Adado", "c:SO=Cadaado")]},
    {"id": "g7-web-035", "title": "Police tear-gas students in Kisumu",
     "text": "Police tear-gas students in Kisumu\n\nKenya\n\nPolice fired tear gas at university students who "
             "marched through Kisumu on Monday to protest against higher fees.\n\nThe students threw stones "
             "at officers.\n\nKenya's education ministry said the fee rise would stand.",
     "published": "2026-06-15T18:00:00+03:00", "source": "Lakeside Star",
     "events": [("ASSAULT", "crowd-control", "Kisumu", "c:KE=Kisumu"),
                ("PROTEST", "demo", "Kisumu", "c:KE=Kisumu")]},
    {"id": "g7-web-036", "title": "Fire at Nyala camp after shelling",
     "text": "Fire at Nyala camp after shelling\n\nShelling set fire to shelters at Otash camp outside Nyala in "
             "South Darfur on Tuesday, aid workers said.\n\nAt least three people were killed.\n\n"
             "Sudan's army and the RSF blamed each other.",
     "published": "2026-06-16T15:00:00+02:00", "source": "Nile Wire",
     "events": [("ASSAULT", "heavy-weapons", "Nyala", "c:SD=Nyala")]},
    {"id": "g7-web-037", "title": "Two arrested over Tulsa carjacking",
     "text": "Two arrested over Tulsa carjacking\n\nTulsa police arrested two teenagers on Friday in connection "
             "with a carjacking at a gas station on Peoria Avenue.\n\nThe driver was pushed to the ground and "
             "suffered minor injuries, police said.\n\nBoth suspects were taken to the juvenile detention "
             "center.",
     "published": "2026-06-19T20:00:00-05:00", "source": "Green Country News",
     "events": [("COERCE", "arrest", "Tulsa", "c:US.OK=Tulsa"),
                ("ASSAULT", "beat", "Tulsa", "c:US.OK=Tulsa")]},
    {"id": "g7-web-038", "title": "Militants ambush convoy in North Waziristan",
     "text": "Militants ambush convoy in North Waziristan\n\nMilitants ambushed a military convoy near Mir Ali "
             "in North Waziristan on Wednesday, killing three soldiers, the army said.\n\nPakistani troops "
             "returned fire and killed two attackers.\n\nThe army said a clearance operation was under way.",
     "published": "2026-06-17T21:00:00+05:00", "source": "Frontier Post Wire",
     "events": [("ASSAULT", "firearms", "Mir Ali", "p:32.96,70.27/PPL/PK"),
                ("ASSAULT", "firearms", "Mir Ali", "p:32.96,70.27/PPL/PK")]},
    {"id": "g7-web-039", "title": "Kidnapped aid worker freed in Haiti",
     "text": "Kidnapped aid worker freed in Haiti\n\nA gang released an aid worker it had held for two weeks in "
             "Croix-des-Bouquets, east of Port-au-Prince, the charity said on Thursday.\n\nHaiti's police "
             "said no ransom was paid.\n\nGangs control most roads out of the capital.",
     "published": "2026-06-18T16:00:00-04:00", "source": "Caribbean Wire",
     "events": [("RETREAT", "release", "Croix-des-Bouquets", "c:HT=Croix-des-Bouquets")]},
    {"id": "g7-web-040", "title": "Curfew imposed in Jos after clashes",
     "text": "Curfew imposed in Jos after clashes\n\nThe Plateau State government imposed a 24-hour curfew on "
             "Jos North on Saturday after youths clashed in the Angwan Rogo area.\n\nAt least five people "
             "were killed in the violence, police said.\n\nNigeria's president urged calm.",
     "published": "2026-06-20T19:00:00+01:00", "source": "Middle Belt News",
     "events": [("COERCE", "curfew", "Jos North", "c:NG=Jos"),
                ("ASSAULT", "primitive", "Jos North", "c:NG=Jos")]},
]
