"""Reports of the incid13 stream (issue 12): fictional local conflict news, written for truce before truce
was run on it. Real countries, regions, towns, armies and armed groups appear only as setting; every person,
outlet, local organisation, quote and incident is invented. Blind items are in this file too: only the
writer opens it.

Dense streams of local news in four countries (South Sudan, Mozambique, Nigeria, DR Congo), each group one
happening told by two to four outlets and, beside it, a look-alike in the same area a day or two away. The
cases of this round: background sentences about a region's history ("Cabo Delgado has been hit by years of
violence") in stories of different happenings; one happening told as "late on Tuesday" by one outlet and
"early on Wednesday" by another; a town's name inside an organisation's ("told Yei Community Radio", "the
Bunia-based Radio Canal Amani", "the Catholic Diocese of Makurdi"); follow-ups of another type that name the
happening (an arrest "over Tuesday night's raid", a burial of "the traders killed in ...": gold puts them
with the happening they name; an arrest that names no happening is an incident of its own); and short
two-sentence crime-and-conflict reports. ``incident`` is the gold; ``group`` is the split unit.
"""

REPORTS = [
    # ---- G01 South Sudan, Central Equatoria: the Morobo market raid (A01, around midnight Tue 17 / Wed 18
    # November) and the army-NAS clash near Yei (A02, Thursday 19 November)
    dict(group="G01", incident="A01", source="Equatoria Wire", published="2026-11-18T08:30:00+02:00",
         title="Gunmen kill four traders in Morobo market raid",
         text="Gunmen attacked the main market in Morobo late on Tuesday, killing four traders and looting "
              "shops, the county commissioner, Lado Wani Kenyi, said on Wednesday.\n\nThe attackers fled "
              "towards the border with Uganda, he said. Central Equatoria has been hit by years of violence "
              "between government troops and rebels of the National Salvation Front (NAS)."),
    dict(group="G01", incident="A01", source="Juba Evening Post", published="2026-11-18T16:00:00+02:00",
         title="Four killed as armed men raid Morobo market",
         text="Four traders were killed early on Wednesday when armed men raided the market in Morobo county, "
              "a local chief, Sworo Taban, told Yei Community Radio.\n\nThe raiders broke into shops and took "
              "sacks of sugar and mobile phones, Taban said. The dead included a woman who sold tea at the "
              "market's gate."),
    dict(group="G01", incident="A01", source="Equatoria Wire", published="2026-11-20T17:00:00+02:00",
         title="Two arrested over Morobo market raid",
         text="Police in Morobo arrested two men on Friday over Tuesday night's raid on the town's market in "
              "which four traders were killed, the county commissioner, Lado Wani Kenyi, said.\n\nThe suspects "
              "were found with mobile phones taken from the shops, he said."),
    dict(group="G01", incident="A02", source="Yei Community Radio", published="2026-11-19T18:00:00+02:00",
         title="Three soldiers killed in fighting near Yei",
         text="Three soldiers were killed on Thursday when fighting broke out between the army (SSPDF) and NAS "
              "rebels at Lasu, west of Yei, an army officer, Major Deng Akol, said.\n\nResidents of Lasu fled "
              "into the bush as the two sides exchanged gunfire for several hours."),
    dict(group="G01", incident="A02", source="Juba Evening Post", published="2026-11-20T09:00:00+02:00",
         title="SSPDF and NAS trade blame over Lasu clash",
         text="The army and the National Salvation Front blamed each other on Friday for Thursday's fighting at "
              "Lasu in Yei county that killed three soldiers.\n\nNAS spokesman Suba Samuel said the army "
              "attacked its positions first. Central Equatoria has been hit by years of violence since the "
              "2016 collapse of a peace deal."),

    # ---- G02 Mozambique, Cabo Delgado: the Mucojo attack (A03, around midnight Mon 16 / Tue 17 November) and
    # the roadside bomb near Mocimboa da Praia (A04, Thursday 19 November)
    dict(group="G02", incident="A03", source="Cabo Delgado News", published="2026-11-17T10:00:00+02:00",
         title="Insurgents kill six in Mucojo",
         text="Islamic State-linked insurgents killed six villagers and burned dozens of homes in Mucojo, in "
              "Macomia district, late on Monday, a local leader, Abdala Mussa, said.\n\nSurvivors fled to "
              "Macomia town on foot. Cabo Delgado has been hit by years of violence by Islamist insurgents "
              "that has forced more than a million people from their homes."),
    dict(group="G02", incident="A03", source="Pemba Diario", published="2026-11-17T15:30:00+02:00",
         title="Six villagers killed in overnight raid on Mucojo",
         text="Armed men raided the coastal village of Mucojo early on Tuesday, killing six people and setting "
              "fire to about 40 houses, residents said.\n\nA fisherman, Issa Buanali, said the attackers "
              "arrived by boat shortly after midnight."),
    dict(group="G02", incident="A03", source="Cabo Delgado News", published="2026-11-19T12:00:00+02:00",
         title="Troops arrest five suspects after Mucojo killings",
         text="Mozambican troops arrested five suspected insurgents near Quiterajo on Wednesday in connection "
              "with Monday night's attack on Mucojo, in which six villagers were killed, the district "
              "administrator said on Thursday."),
    dict(group="G02", incident="A04", source="Pemba Diario", published="2026-11-19T17:00:00+02:00",
         title="Two Rwandan soldiers killed by roadside bomb near Mocimboa",
         text="Two Rwandan soldiers were killed on Thursday when their vehicle struck a roadside bomb on the "
              "road between Mocimboa da Praia and Mueda, a military source said.\n\nThe province has been "
              "plagued by an insurgency since 2017 that has killed more than 6,000 people."),
    dict(group="G02", incident="A04", source="Lusophone Africa Wire", published="2026-11-20T08:00:00+00:00",
         title="Roadside blast kills two Rwandan troops in Mozambique",
         text="MAPUTO, Nov 20 (LAW) - A roadside bomb killed two Rwandan soldiers near Mocimboa da Praia in "
              "Mozambique's Cabo Delgado province on Thursday, two security sources said.\n\nRwanda has kept "
              "troops in the province since 2021. Cabo Delgado has been hit by years of violence by "
              "insurgents linked to Islamic State."),

    # ---- G03 Nigeria, Benue: the attack near Naka (A05, around midnight Wed 18 / Thu 19 November) and the
    # attack on Yelwata (A06, Friday night 20 November)
    dict(group="G03", incident="A05", source="Benue Herald", published="2026-11-19T09:00:00+01:00",
         title="Gunmen kill 12 in Gwer West community",
         text="Suspected herdsmen killed 12 people in an attack on Tse-Ahaan, a farming community near Naka in "
              "Gwer West local government area, late on Wednesday, the council chairman, Terver Agbo, said."
              "\n\nHe said the gunmen shot villagers as they slept and burned the village's yam barns."),
    dict(group="G03", incident="A05", source="Middle Belt Today", published="2026-11-19T18:00:00+01:00",
         title="Benue: 12 killed in fresh attack",
         text="Twelve villagers were killed early on Thursday when armed men stormed Tse-Ahaan near Naka, "
              "Father Moses Iorkyaa of the Catholic Diocese of Makurdi said.\n\nThe priest said the bodies had "
              "been taken to the general hospital in Naka. Benue has been hit by years of deadly clashes "
              "between farmers and herders over land."),
    dict(group="G03", incident="A05", source="Benue Herald", published="2026-11-21T12:00:00+01:00",
         title="Tse-Ahaan victims buried",
         text="The 12 villagers killed in Wednesday night's attack on Tse-Ahaan were buried in a mass grave in "
              "Naka on Saturday, the council chairman, Terver Agbo, said."),
    dict(group="G03", incident="A06", source="Middle Belt Today", published="2026-11-21T10:00:00+01:00",
         title="Five killed in Yelwata attack",
         text="Gunmen killed five people in Yelwata, in Guma local government area, on Friday night, a "
              "community leader, Joseph Ortese, said on Saturday.\n\nHe said the attackers came from the "
              "direction of the river."),
    dict(group="G03", incident="A06", source="Nigeria Network News", published="2026-11-21T15:00:00+01:00",
         title="Police confirm five dead in Benue village attack",
         text="MAKURDI, Nov 21 (NNN) - Police in Benue State confirmed on Saturday that five villagers were "
              "killed when gunmen attacked Yelwata in Guma on Friday night.\n\nBenue has been hit by years of "
              "violence that has killed thousands of people."),

    # ---- G04 DR Congo, Ituri: the Fataki displacement camp attack (A07, around midnight Sun 15 / Mon 16
    # November) and the ADF attack near Komanda (A08, Wednesday 18 November)
    dict(group="G04", incident="A07", source="Ituri Express", published="2026-11-16T09:00:00+02:00",
         title="CODECO militiamen kill eight at Fataki camp",
         text="CODECO militiamen armed with machetes and guns killed eight displaced people at a camp near "
              "Fataki, in Djugu territory, late on Sunday, a camp leader, Jean-Pierre Ufoyuru, said.\n\n"
              "Ituri has been plagued by decades of ethnic violence between Lendu and Hema communities."),
    dict(group="G04", incident="A07", source="Great Lakes Report", published="2026-11-16T17:00:00+02:00",
         title="Eight displaced people killed in Ituri camp attack",
         text="Eight displaced people were killed early on Monday when militiamen attacked a camp near Fataki, "
              "a local civil society leader, Dieudonne Lossa, told the Bunia-based Radio Canal Amani.\n\nHe "
              "said the attackers set fire to some 30 shelters before UN peacekeepers arrived."),
    dict(group="G04", incident="A07", source="Ituri Express", published="2026-11-17T16:00:00+02:00",
         title="Fataki camp victims laid to rest",
         text="Hundreds of displaced people on Tuesday buried the eight people killed by CODECO militiamen at "
              "the Fataki camp on Sunday night, camp leader Jean-Pierre Ufoyuru said."),
    dict(group="G04", incident="A08", source="Great Lakes Report", published="2026-11-18T19:00:00+02:00",
         title="ADF rebels kill nine near Komanda",
         text="Rebels of the Allied Democratic Forces (ADF) killed nine civilians in an attack on farmers near "
              "Komanda, in Irumu territory, on Wednesday, the territory's administrator, Colonel Jean Siro, "
              "said.\n\nIturi has been plagued by decades of violence involving dozens of armed groups."),
    dict(group="G04", incident="A08", source="Ituri Express", published="2026-11-19T08:00:00+02:00",
         title="Nine farmers killed in Irumu",
         text="Nine farmers were hacked to death in their fields near Komanda on Wednesday in an attack blamed "
              "on the ADF, a civil society leader in Irumu, Christophe Munyanderu, said."),

    # ---- G05 South Sudan, Central Equatoria: the truck ambush near Kajo-Keji (A09, Sunday evening 22
    # November) and the Lainya abduction (A10, Monday 23 November); a report of A09 quotes Yei Community Radio
    dict(group="G05", incident="A09", source="Equatoria Wire", published="2026-11-23T08:00:00+02:00",
         title="Driver killed in ambush on Kajo-Keji road",
         text="Gunmen ambushed a commercial truck on the road between Kajo-Keji and Juba on Sunday evening, "
              "killing the driver and wounding his assistant, the county commissioner, Moses Lomoro, said."),
    dict(group="G05", incident="A09", source="Juba Evening Post", published="2026-11-23T14:00:00+02:00",
         title="Truck driver shot dead near Kajo-Keji",
         text="A truck driver, Emmanuel Ladu, was shot dead and his assistant wounded when gunmen opened fire on "
              "their lorry near Kajo-Keji on Sunday night, a relative told Yei Community Radio.\n\nThe truck "
              "was carrying cement from Uganda, the relative said."),
    dict(group="G05", incident="A10", source="Equatoria Wire", published="2026-11-24T09:00:00+02:00",
         title="Gunmen abduct three aid workers in Lainya",
         text="Unknown gunmen abducted three aid workers on the road outside Lainya on Monday, the county "
              "commissioner, Juma Lemi, said.\n\nCentral Equatoria has been hit by years of violence and "
              "attacks on aid workers."),
    dict(group="G05", incident="A10", source="Humanitarian Brief", published="2026-11-24T12:00:00+00:00",
         title="Three aid workers kidnapped in South Sudan",
         text="Three staff members of a local aid group were kidnapped near Lainya in South Sudan's Central "
              "Equatoria state on Monday, the group said in a statement."),

    # ---- G06 Mozambique, Cabo Delgado: the Ancuabe raid (A11, Saturday 21 November) and the Macomia boat
    # attack (A12, Saturday 21 November)
    dict(group="G06", incident="A11", source="Cabo Delgado News", published="2026-11-22T09:00:00+02:00",
         title="Insurgents raid villages in Ancuabe",
         text="Insurgents attacked Nanjua village in Ancuabe district on Saturday, beheading two men and "
              "burning a church, a local official, Rosa Cassimo, said.\n\nCabo Delgado has been hit by years of "
              "violence by Islamic State-linked fighters."),
    dict(group="G06", incident="A11", source="Pemba Diario", published="2026-11-22T16:00:00+02:00",
         title="Two beheaded in Nanjua attack",
         text="Two men were beheaded and a church set on fire when armed men attacked Nanjua, in the Ancuabe "
              "district, on Saturday afternoon, residents said."),
    dict(group="G06", incident="A12", source="Pemba Diario", published="2026-11-22T11:00:00+02:00",
         title="Fishermen killed off Macomia coast",
         text="Gunmen in a speedboat opened fire on fishermen off the coast of Macomia on Saturday, killing "
              "three of them, a fishing association leader, Momade Assane, said."),
    dict(group="G06", incident="A12", source="Lusophone Africa Wire", published="2026-11-22T14:00:00+00:00",
         title="Three fishermen shot dead in northern Mozambique",
         text="MAPUTO, Nov 22 (LAW) - Suspected insurgents shot dead three fishermen near Macomia in Cabo "
              "Delgado province on Saturday, a fishing association leader said.\n\nThe province has been "
              "plagued by an Islamist insurgency for eight years."),

    # ---- G07 Nigeria, Benue: the Gboko police checkpoint attack (A13, Sunday 22 November) and a cult arrest
    # in Makurdi (A14, Monday 23 November, names no happening)
    dict(group="G07", incident="A13", source="Benue Herald", published="2026-11-22T19:00:00+01:00",
         title="Gunmen kill two police officers in Gboko",
         text="Gunmen killed two police officers at a checkpoint in Gboko on Sunday. Police said the attackers "
              "fled with the officers' rifles."),
    dict(group="G07", incident="A13", source="Nigeria Network News", published="2026-11-23T09:00:00+01:00",
         title="Two policemen shot dead at Gboko checkpoint",
         text="MAKURDI, Nov 23 (NNN) - Two policemen were shot dead at a checkpoint on the Gboko-Makurdi road "
              "on Sunday afternoon, the Benue police spokeswoman, Catherine Anene, said.\n\nShe said the "
              "gunmen escaped with two AK-47 rifles."),
    dict(group="G07", incident="A13", source="Benue Herald", published="2026-11-24T10:00:00+01:00",
         title="Three held over Gboko checkpoint killing",
         text="Police arrested three men over the killing of two officers at a checkpoint in Gboko. Police said "
              "one of the stolen rifles was found in the suspects' hideout."),
    dict(group="G07", incident="A14", source="Middle Belt Today", published="2026-11-23T17:00:00+01:00",
         title="Police arrest 14 suspected cultists in Makurdi",
         text="Police arrested 14 suspected cult members in a raid on a hideout in Makurdi on Monday. Police "
              "said guns and charms were recovered."),

    # ---- G08 DR Congo, Ituri: the Bunia market grenade (A15, Friday evening 20 November) and the shelling of
    # Djugu villages (A16, around midnight Fri 20 / Sat 21 November, 60 km away)
    dict(group="G08", incident="A15", source="Ituri Express", published="2026-11-21T08:00:00+02:00",
         title="Grenade blast wounds 11 in Bunia market",
         text="A grenade thrown into the central market of Bunia on Friday evening wounded 11 people, the mayor "
              "of Bunia, Fiston Mbafele, said.\n\nPolice arrested a man seen running from the market."),
    dict(group="G08", incident="A15", source="Great Lakes Report", published="2026-11-21T12:00:00+02:00",
         title="Eleven hurt in Bunia grenade attack",
         text="Eleven people were wounded when an attacker threw a grenade among stalls at Bunia's central "
              "market on Friday evening, a doctor at the Bunia general hospital, Dr Alain Ngona, said."),
    dict(group="G08", incident="A16", source="Great Lakes Report", published="2026-11-21T15:00:00+02:00",
         title="Militia attack on Djugu villages kills four",
         text="Militiamen attacked the villages of Pimbo and Ngazba in Djugu territory late on Friday, killing "
              "four people, a local chief, Pilo Mulindro, told the Bunia-based Radio Canal Amani.\n\nIturi has "
              "been plagued by decades of violence between rival communities."),
    dict(group="G08", incident="A16", source="Ituri Express", published="2026-11-21T18:00:00+02:00",
         title="Four killed in Pimbo and Ngazba",
         text="Four villagers were killed early on Saturday when CODECO militiamen attacked Pimbo and Ngazba, "
              "in Djugu, a local chief, Pilo Mulindro, said."),
]
