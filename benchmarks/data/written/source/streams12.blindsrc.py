"""Reports of the incid12 stream (issue 12): fictional conflict news, written for truce before truce was run
on it. Real countries, regions, towns, armies and armed groups appear only as setting; every person,
outlet, quote and incident is invented. Blind items are in this file too: only the writer opens it.

Each group is one happening told by several outlets (other wording, other names for the armed group,
region or country instead of the town, tolls updated days later, a date attached to "said" or to a
burial, exact copies) and, beside it, a look-alike (the same mode in a town nearby, the next day in the
same township, the same city a week later). ``incident`` is the gold; ``group`` is the split unit.
"""

REPORTS = [
    # ---- G01 Burkina Faso, Soum: Djibo detachment (A01) and the Arbinda ambush (A02), Saturday 7 November
    dict(group="G01", incident="A01", source="Sahel Wire", published="2026-11-07T16:00:00+00:00",
         title="Militants attack army detachment in Djibo",
         text="OUAGADOUGOU, Nov 7 (Sahel Wire) - Fighters of the Group for the Support of Islam and Muslims (JNIM) "
              "attacked the army detachment in Djibo at dawn on Saturday, killing at least 14 soldiers, two "
              "security sources said.\n\nThe attackers came on motorbikes and set fire to the detachment's fuel "
              "depot, one of the sources said."),
    dict(group="G01", incident="A01", source="Burkina Matin", published="2026-11-08T09:30:00+00:00",
         title="Soum: 14 soldiers killed in Djibo attack",
         text="Jihadists killed 14 soldiers and wounded about 20 others on Saturday morning in an attack on the "
              "military post of Djibo, in the Soum province, a local official, Amadou Sawadogo, told Burkina "
              "Matin on Sunday.\n\nThe JNIM militants also burned the post's fuel depot."),
    dict(group="G01", incident="A01", source="West Africa Monitor", published="2026-11-08T12:00:00+00:00",
         title="Al-Qaeda affiliate kills soldiers in northern Burkina Faso",
         text="Al-Qaeda-linked insurgents killed at least a dozen soldiers in an attack on an army base in "
              "northern Burkina Faso on Saturday, security sources said on Sunday.\n\nThe base's fuel depot was "
              "set ablaze, they said."),
    dict(group="G01", incident="A01", source="Sahel Wire", published="2026-11-10T10:00:00+00:00",
         title="Djibo attack toll rises to 19",
         text="OUAGADOUGOU, Nov 10 (Sahel Wire) - The number of soldiers killed in Saturday's attack on the Djibo "
              "detachment has risen to 19, a security source said on Tuesday, after five wounded soldiers died "
              "in hospital in Ouagadougou."),
    dict(group="G01", incident="A01", source="Burkina Matin", published="2026-11-11T08:00:00+00:00",
         title="Djibo soldiers laid to rest",
         text="The soldiers killed when militants stormed the Djibo military post on Saturday were buried on "
              "Tuesday in Ouagadougou, in the presence of the army chief of staff.\n\nThe JNIM attack was the "
              "deadliest on the army in Soum this year, Amadou Sawadogo said."),
    dict(group="G01", incident="A02", source="Burkina Matin", published="2026-11-07T19:00:00+00:00",
         title="Volunteers killed near Arbinda",
         text="Gunmen killed seven members of the Volunteers for the Defence of the Homeland (VDP) in an ambush "
              "near Arbinda, in the Soum province, on Saturday afternoon, a VDP leader, Issa Ouedraogo, said."),
    dict(group="G01", incident="A02", source="Sahel Wire", published="2026-11-08T10:00:00+00:00",
         title="Seven army auxiliaries killed in Burkina ambush",
         text="OUAGADOUGOU, Nov 8 (Sahel Wire) - Suspected jihadists ambushed a patrol of army auxiliaries near "
              "Arbinda on Saturday, killing seven of them, VDP leader Issa Ouedraogo said on Sunday."),

    # ---- G02 Nigeria, Borno: the Marte base (A03, Wednesday night 11 November) and farmers near Dikwa (A04, Thursday)
    dict(group="G02", incident="A03", source="Lake Chad Wire", published="2026-11-12T08:00:00+01:00",
         title="ISWAP fighters attack army base in Marte",
         text="MAIDUGURI, Nov 12 (Lake Chad Wire) - Fighters of the Islamic State West Africa Province (ISWAP) "
              "attacked the army base in Marte late on Wednesday, killing five soldiers and burning three "
              "armoured vehicles, two military sources said."),
    dict(group="G02", incident="A03", source="Borno Daily Times", published="2026-11-12T13:00:00+01:00",
         title="Insurgents overrun Marte base",
         text="Insurgents stormed the military base in Marte town on Wednesday night after a two-hour gun "
              "battle, killing five soldiers, a Civilian JTF member, Bukar Kolo, said on Thursday.\n\nHe said "
              "the militants carted away weapons and burned three armoured vehicles."),
    dict(group="G02", incident="A03", source="Nigeria News Network", published="2026-11-12T17:30:00+01:00",
         title="Five soldiers killed in Borno attack",
         text="Islamic State-allied jihadists killed five soldiers in an attack on a military base in Nigeria's "
              "Borno state late on Wednesday, military sources told NNN."),
    dict(group="G02", incident="A03", source="Lake Chad Wire", published="2026-11-14T09:00:00+01:00",
         title="Marte attack toll rises to nine",
         text="MAIDUGURI, Nov 14 (Lake Chad Wire) - Nine soldiers were killed in Wednesday night's ISWAP attack "
              "on the army base in Marte, four more than first reported, a military officer said on Saturday."),
    dict(group="G02", incident="A04", source="Borno Daily Times", published="2026-11-12T15:00:00+01:00",
         title="Boko Haram kills farmers near Dikwa",
         text="Boko Haram fighters killed four farmers working on their fields near Dikwa on Thursday morning, "
              "a local vigilante leader, Modu Gana, said."),
    dict(group="G02", incident="A04", source="Lake Chad Wire", published="2026-11-13T08:00:00+01:00",
         title="Four farmers killed in Borno",
         text="MAIDUGURI, Nov 13 (Lake Chad Wire) - Jihadists killed four farmers near the town of Dikwa in "
              "Borno state on Thursday, vigilante leader Modu Gana said."),

    # ---- G03 Somalia, Hiran: the Mahas base (A05, Monday 16 November) and a bomb in Beledweyne (A06)
    dict(group="G03", incident="A05", source="Hiran Voice", published="2026-11-16T11:00:00+03:00",
         title="Al-Shabaab attacks base in Mahas",
         text="Al-Shabaab fighters attacked a Somali army base in the town of Mahas in Hiran region at dawn on "
              "Monday, killing six soldiers, local commander Abdullahi Farah Ilkacase said.\n\nThe commander "
              "said troops repelled the attackers after a two-hour battle."),
    dict(group="G03", incident="A05", source="Horn Wire", published="2026-11-16T18:00:00+03:00",
         title="Militants kill six soldiers in central Somalia",
         text="MOGADISHU, Nov 16 (Horn Wire) - Islamist insurgents killed six Somali soldiers in a dawn attack "
              "on a military base in central Somalia on Monday, commander Abdullahi Farah Ilkacase said."),
    dict(group="G03", incident="A05", source="Somali Daily Digest", published="2026-11-17T07:00:00+03:00",
         title="Al-Shabaab attacks base in Mahas",
         text="Al-Shabaab fighters attacked a Somali army base in the town of Mahas in Hiran region at dawn on "
              "Monday, killing six soldiers, local commander Abdullahi Farah Ilkacase said.\n\nThe commander "
              "said troops repelled the attackers after a two-hour battle.\n\nShare this story. Subscribe to our "
              "newsletter."),
    dict(group="G03", incident="A05", source="Mogadishu Times", published="2026-11-17T12:00:00+03:00",
         title="Harakat al-Shabaab al-Mujahideen claims Mahas raid",
         text="Harakat al-Shabaab al-Mujahideen said its fighters raided the army base in Mahas on Monday and "
              "killed 11 soldiers, a claim the government disputed.\n\nThe army says six soldiers died."),
    dict(group="G03", incident="A06", source="Hiran Voice", published="2026-11-16T16:00:00+03:00",
         title="Roadside bomb kills two in Beledweyne",
         text="A roadside bomb exploded near a minibus in Beledweyne on Monday morning, killing two civilians, "
              "police officer Hussein Gelle said."),

    # ---- G04 Ukraine, Kharkiv region: the Kupiansk bomb (A07, Tuesday 3 November) and drones on Kharkiv (A08)
    dict(group="G04", incident="A07", source="Kharkiv Wire", published="2026-11-03T17:00:00+02:00",
         title="Guided bomb kills three in Kupiansk",
         text="KHARKIV, Nov 3 (Kharkiv Wire) - A Russian guided aerial bomb hit the centre of Kupiansk on Tuesday "
              "afternoon, killing three people and wounding eight, district administration head Andriy "
              "Kovalenko said."),
    dict(group="G04", incident="A07", source="Ukraine Today Online", published="2026-11-03T20:00:00+02:00",
         title="Russian bomb kills three in Kharkiv region",
         text="Three civilians were killed and eight wounded when Russian forces dropped a guided bomb on a town "
              "in the Kharkiv region on Tuesday, the regional governor said.\n\nThe bomb destroyed a post office "
              "and damaged a school."),
    dict(group="G04", incident="A07", source="Kharkiv Wire", published="2026-11-04T12:00:00+02:00",
         title="Kupiansk toll rises to five",
         text="KHARKIV, Nov 4 (Kharkiv Wire) - The death toll from Tuesday's Russian air strike on Kupiansk has "
              "risen to five, Andriy Kovalenko said on Wednesday, after two of the wounded died overnight."),
    dict(group="G04", incident="A07", source="Eastern Front Daily", published="2026-11-05T09:00:00+02:00",
         title="Kupiansk mourns five killed by glide bomb",
         text="Residents of Kupiansk on Thursday mourned the five people killed when a Russian glide bomb struck "
              "the post office on Tuesday, Andriy Kovalenko said."),
    dict(group="G04", incident="A08", source="Kharkiv Wire", published="2026-11-04T08:00:00+02:00",
         title="Drones hit Kharkiv overnight",
         text="KHARKIV, Nov 4 (Kharkiv Wire) - Russian attack drones struck two residential buildings in "
              "Kharkiv's Saltivskyi district overnight, wounding nine people, the city's mayor, Ihor Melnyk, "
              "said on Wednesday."),
    dict(group="G04", incident="A08", source="Ukraine Today Online", published="2026-11-04T10:30:00+02:00",
         title="Nine wounded in drone attack on Kharkiv",
         text="Nine people were wounded when Russian drones hit apartment blocks in Kharkiv overnight, mayor "
              "Ihor Melnyk said."),

    # ---- G05 DR Congo, Masisi: shelling of Nyabiondo (A09, Friday 13 November) and army drones near Kitchanga (A10)
    dict(group="G05", incident="A09", source="Kivu Morning", published="2026-11-13T18:00:00+02:00",
         title="M23 shelling kills four in Nyabiondo",
         text="Rebels of the March 23 Movement (M23) shelled the town of Nyabiondo in Masisi territory on "
              "Friday, killing four civilians, including two children, civil society leader Eric Bahati said."),
    dict(group="G05", incident="A09", source="Great Lakes Wire", published="2026-11-14T09:00:00+02:00",
         title="Rebel mortar fire kills four in North Kivu",
         text="GOMA, Nov 14 (Great Lakes Wire) - AFC/M23 rebels fired mortar bombs on Nyabiondo on Friday "
              "afternoon, killing four civilians, local sources said, as fighting with pro-government Wazalendo "
              "militias spread in North Kivu."),
    dict(group="G05", incident="A09", source="Radio Masisi", published="2026-11-14T12:00:00+02:00",
         title="Four civilians killed in Masisi",
         text="Four civilians were killed by bombs fired by the rebels in Masisi territory on Friday, the "
              "territory's civil society said on Saturday."),
    dict(group="G05", incident="A09", source="Kivu Morning", published="2026-11-16T10:00:00+02:00",
         title="Nyabiondo shelling killed six, chief says",
         text="The rebel shelling of Nyabiondo on Friday killed six people, not four as first reported, the "
              "local chief, Mwami Kahindo, said on Monday.\n\nTwo wounded children died in hospital in Masisi "
              "centre, he said."),
    dict(group="G05", incident="A10", source="Great Lakes Wire", published="2026-11-13T20:00:00+02:00",
         title="Army drones strike rebels near Kitchanga",
         text="GOMA, Nov 13 (Great Lakes Wire) - Congolese army drones struck M23 positions near Kitchanga on "
              "Friday, killing several rebel fighters, army spokesman Colonel Patrick Mulumba said."),

    # ---- G06 Sudan, North Kordofan: El Obeid market (A11, Sunday 8 November) and the fuel depot a week later (A12)
    dict(group="G06", incident="A11", source="Nile Dispatch", published="2026-11-08T17:00:00+02:00",
         title="RSF drone strike on El Obeid market kills 11",
         text="A drone launched by the paramilitary Rapid Support Forces struck the main market in El Obeid on "
              "Sunday, killing 11 people, the North Kordofan health ministry said."),
    dict(group="G06", incident="A11", source="Kordofan Radio", published="2026-11-08T21:00:00+02:00",
         title="Drone attack hits Souq El Obeid",
         text="Eleven civilians were killed when a drone hit the crowded Souq al-Kabir in El Obeid at midday on "
              "Sunday, a doctor at El Obeid Teaching Hospital, Salah Idris, said.\n\nResidents blamed the RSF."),
    dict(group="G06", incident="A11", source="Africa Wire", published="2026-11-09T08:00:00+02:00",
         title="Drone strike on Sudan market kills at least 10",
         text="KHARTOUM, Nov 9 (Africa Wire) - Sudanese paramilitaries killed at least ten people in a drone "
              "attack on a market in a city in the Kordofan region on Sunday, medics said."),
    dict(group="G06", incident="A11", source="Sudan Army Media", published="2026-11-09T19:00:00+02:00",
         title="Army says militia drone killed shoppers",
         text="The Janjaweed militia's drone killed 11 shoppers at the El Obeid market on Sunday, the army said "
              "in a statement on Monday."),
    dict(group="G06", incident="A11", source="Nile Dispatch", published="2026-11-11T10:00:00+02:00",
         title="El Obeid market toll rises to 17",
         text="The number of people killed in Sunday's drone strike on El Obeid's main market has risen to 17, "
              "Salah Idris said on Wednesday."),
    dict(group="G06", incident="A12", source="Kordofan Radio", published="2026-11-14T16:00:00+02:00",
         title="Drone hits fuel depot in El Obeid",
         text="A drone struck a fuel depot on the eastern edge of El Obeid on Saturday morning, starting a large "
              "fire but causing no casualties, the state government said. The army blamed the RSF."),
    dict(group="G06", incident="A12", source="Africa Wire", published="2026-11-15T08:00:00+02:00",
         title="Drone sets fuel depot ablaze in Sudan's El Obeid",
         text="KHARTOUM, Nov 15 (Africa Wire) - A drone attack set a fuel depot ablaze in El Obeid, the capital "
              "of North Kordofan state, on Saturday, officials said."),

    # ---- G07 Colombia, Catatumbo: the Tibu police station (A13, Thursday night 19 November) and El Tarra (A14, Saturday)
    dict(group="G07", incident="A13", source="Catatumbo Hoy", published="2026-11-20T09:00:00-05:00",
         title="ELN attacks Tibu police station",
         text="Guerrillas of the National Liberation Army (ELN) attacked the police station in Tibu with "
              "explosives and rifle fire on Thursday night, wounding three officers, the police commander of "
              "Norte de Santander, Colonel Ricardo Pena, said."),
    dict(group="G07", incident="A13", source="Andes Wire", published="2026-11-20T14:00:00-05:00",
         title="Three police wounded in attack in northeast Colombia",
         text="BOGOTA, Nov 20 (Andes Wire) - Three police officers were wounded in an attack with explosives on "
              "a police station in Colombia's Norte de Santander department late on Thursday, the department's "
              "governor, Marta Villamizar, said, blaming the ELN rebels."),
    dict(group="G07", incident="A13", source="Radio Catatumbo", published="2026-11-20T11:00:00-05:00",
         title="Explosives thrown at Tibu station",
         text="Insurgents hurled explosives at the Tibu police station overnight, wounding three policemen, "
              "residents said."),
    dict(group="G07", incident="A13", source="La Frontera Diario", published="2026-11-21T10:00:00-05:00",
         title="Rebels behind Tibu attack, police say",
         text="Police said on Saturday that the rebels who attacked the Tibu police station had used homemade "
              "explosives thrown from motorcycles, and that the three wounded officers were out of danger.\n\n"
              "Colonel Ricardo Pena blamed the ELN's Northeastern War Front."),
    dict(group="G07", incident="A14", source="Catatumbo Hoy", published="2026-11-21T18:00:00-05:00",
         title="Soldier killed in El Tarra",
         text="A soldier was killed by sniper fire in a rural area of El Tarra on Saturday, the army's Second "
              "Division said, blaming FARC dissidents."),
    dict(group="G07", incident="A14", source="Andes Wire", published="2026-11-22T09:00:00-05:00",
         title="Dissidents kill soldier in Norte de Santander",
         text="BOGOTA, Nov 22 (Andes Wire) - FARC dissidents shot dead a soldier in El Tarra, in Norte de "
              "Santander, on Saturday, the army said."),

    # ---- G08 Mali, Kayes: fuel tankers near Diboli (A15, Tuesday 17 November) and the Nioro du Sahel post (A16)
    dict(group="G08", incident="A15", source="Mali Express", published="2026-11-17T18:00:00+00:00",
         title="Jihadists torch 20 fuel tankers near Diboli",
         text="Fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked a "
              "convoy of fuel tankers near Diboli, on the border with Senegal, on Tuesday and set 20 trucks on "
              "fire, the head of the drivers' union, Seydou Traoré, said."),
    dict(group="G08", incident="A15", source="Sahel Wire", published="2026-11-18T08:00:00+00:00",
         title="Jihadists burn 20 fuel tankers in western Mali",
         text="BAMAKO, Nov 18 (Sahel Wire) - Jihadists set fire to 20 fuel tankers travelling from Senegal in "
              "western Mali on Tuesday, drivers' union chief Seydou Traore said."),
    dict(group="G08", incident="A15", source="Kayes Info", published="2026-11-18T12:00:00+00:00",
         title="JNIM burns tankers on Dakar-Bamako road",
         text="JNIM militants ambushed a fuel convoy in the Kayes region on Tuesday and burned 22 tankers, "
              "killing two drivers, local officials said."),
    dict(group="G08", incident="A15", source="Mali Express", published="2026-11-20T09:00:00+00:00",
         title="Drivers refuse to travel after Diboli attack",
         text="Tanker drivers on the Dakar-Bamako corridor refused to leave Diboli on Friday, three days after "
              "jihadists burned 20 of their trucks there, Seydou Traoré said."),
    dict(group="G08", incident="A16", source="Mali Express", published="2026-11-17T20:00:00+00:00",
         title="Army post attacked in Nioro du Sahel",
         text="Militants attacked an army post in Nioro du Sahel on Tuesday evening, killing three soldiers, a "
              "local official said."),
    dict(group="G08", incident="A16", source="Sahel Wire", published="2026-11-18T09:00:00+00:00",
         title="Three soldiers killed in western Mali",
         text="BAMAKO, Nov 18 (Sahel Wire) - Suspected jihadists killed three Malian soldiers in an attack on a "
              "post in the Kayes region on Tuesday evening, a local official said."),

    # ---- G09 Pakistan, Balochistan: the Mangochar checkpoint (A17, Friday night 20 November) and a grenade in Kalat (A18)
    dict(group="G09", incident="A17", source="Balochistan Post Online", published="2026-11-21T10:00:00+05:00",
         title="BLA attack kills four FC soldiers in Mangochar",
         text="Fighters of the banned Balochistan Liberation Army attacked a Frontier Corps checkpoint in "
              "Mangochar in Kalat district late on Friday, killing four paramilitary soldiers, Levies official "
              "Naseer Ahmed said."),
    dict(group="G09", incident="A17", source="Indus Wire", published="2026-11-21T15:00:00+05:00",
         title="Four security personnel killed in Balochistan",
         text="QUETTA, Nov 21 (Indus Wire) - Insurgents killed four security personnel in an attack on a "
              "checkpoint in Pakistan's Balochistan province on Friday night, officials said."),
    dict(group="G09", incident="A17", source="Frontier Post Online", published="2026-11-21T18:00:00+05:00",
         title="BLA claims Kalat attack",
         text="The BLA said on Saturday its fighters had stormed an FC post in Kalat and killed four soldiers."
              "\n\nThe separatist group's spokesman also claimed the fighters seized weapons."),
    dict(group="G09", incident="A17", source="Balochistan Post Online", published="2026-11-22T12:00:00+05:00",
         title="Funeral prayers for Mangochar martyrs",
         text="Funeral prayers for the four FC soldiers killed in Friday night's attack in Mangochar were "
              "offered in Quetta on Sunday, Naseer Ahmed said."),
    dict(group="G09", incident="A18", source="Balochistan Post Online", published="2026-11-21T20:00:00+05:00",
         title="Grenade attack wounds two in Kalat",
         text="Unidentified men hurled a grenade at a shop in Kalat bazaar on Saturday evening, wounding two "
              "people, police said."),

    # ---- G10 Mexico, Michoacan: the Apatzingan ambush (A19, Tuesday 10 November) and the Uruapan bar (A20, Tuesday night)
    dict(group="G10", incident="A19", source="Michoacan al Dia", published="2026-11-10T20:00:00-06:00",
         title="Cartel gunmen kill five police near Apatzingan",
         text="Suspected members of the Jalisco New Generation Cartel ambushed a state police patrol near "
              "Apatzingan on Tuesday, killing five officers, the state security ministry said."),
    dict(group="G10", incident="A19", source="Pacifico Wire", published="2026-11-11T08:00:00-06:00",
         title="Five police killed in Apatzingan ambush",
         text="Gunmen killed five police officers in an ambush on a highway outside Apatzingan on Tuesday. "
              "Police said the attackers fired from two pickup trucks."),
    dict(group="G10", incident="A19", source="Mexico Daily Report", published="2026-11-11T12:00:00-06:00",
         title="CJNG blamed for ambush of police in western Mexico",
         text="Cartel gunmen killed five state police officers in an ambush in western Mexico on Tuesday, "
              "officials said, blaming the CJNG."),
    dict(group="G10", incident="A19", source="Michoacan al Dia", published="2026-11-12T19:00:00-06:00",
         title="Two arrested over Apatzingan ambush",
         text="State police arrested two men on Thursday over Tuesday's ambush near Apatzingan in which five "
              "officers were killed, the security ministry said."),
    dict(group="G10", incident="A20", source="Pacifico Wire", published="2026-11-11T07:00:00-06:00",
         title="Four shot dead in Uruapan bar",
         text="Gunmen burst into a bar in Uruapan on Tuesday night and shot dead four men, police said."),
    dict(group="G10", incident="A20", source="Michoacan al Dia", published="2026-11-11T10:00:00-06:00",
         title="Four killed in Uruapan bar attack",
         text="Four men were killed when armed men opened fire inside the El Faro bar in the city of Uruapan "
              "late on Tuesday, the state prosecutor's office said."),

    # ---- G11 Iraq, Kirkuk: the Hawija post (A21, Saturday night 14 November), a bomb near Tuz Khurmatu (A22),
    #      and Hawija a week later (A27)
    dict(group="G11", incident="A21", source="Kirkuk Now Daily", published="2026-11-15T09:00:00+03:00",
         title="IS militants kill three soldiers near Hawija",
         text="Islamic State militants attacked an army post near Hawija, west of Kirkuk, late on Saturday, "
              "killing three soldiers and wounding two, security official Colonel Khalid al-Obeidi said."),
    dict(group="G11", incident="A21", source="Mesopotamia Wire", published="2026-11-15T13:00:00+03:00",
         title="Daesh attack kills three Iraqi soldiers",
         text="BAGHDAD, Nov 15 (Mesopotamia Wire) - Three Iraqi soldiers were killed when Daesh terrorists "
              "attacked their post in the Hawija district on Saturday night, the Security Media Cell said on "
              "Sunday."),
    dict(group="G11", incident="A21", source="Iraq Observer", published="2026-11-16T10:00:00+03:00",
         title="Three soldiers killed in northern Iraq",
         text="Remnants of the Islamic State group killed three soldiers in an overnight attack in Kirkuk "
              "province, a security official said on Sunday."),
    dict(group="G11", incident="A22", source="Kirkuk Now Daily", published="2026-11-15T11:00:00+03:00",
         title="Bomb kills soldier near Tuz Khurmatu",
         text="A roadside bomb killed a soldier and wounded two others near Tuz Khurmatu on Saturday night, "
              "Colonel Khalid al-Obeidi said."),
    dict(group="G11", incident="A27", source="Mesopotamia Wire", published="2026-11-22T10:00:00+03:00",
         title="IS militants kill two shepherds near Hawija",
         text="BAGHDAD, Nov 22 (Mesopotamia Wire) - Islamic State militants attacked a village near Hawija on "
              "Saturday night, killing two shepherds, a local official said."),

    # ---- G12 Myanmar, Sagaing: Let Yet Kone (A23, Wednesday 4 November) and Chaung Yoe the next morning (A24)
    dict(group="G12", incident="A23", source="Sagaing Times", published="2026-11-04T20:00:00+06:30",
         title="Junta air strike kills 12 in Depayin village",
         text="A military air strike hit the village of Let Yet Kone in Depayin township, Sagaing region, on "
              "Wednesday afternoon, killing 12 people including five children, local resistance official Ko "
              "Thura said."),
    dict(group="G12", incident="A23", source="Mekong Wire", published="2026-11-05T09:00:00+06:30",
         title="Myanmar army bombs village, killing 12",
         text="YANGON, Nov 5 (Mekong Wire) - Myanmar's military bombed a village in the central Sagaing region "
              "on Wednesday, killing at least 12 civilians, including five children, residents said."),
    dict(group="G12", incident="A23", source="Sagaing Times", published="2026-11-06T10:00:00+06:30",
         title="Let Yet Kone toll rises to 15",
         text="Three more villagers wounded in Wednesday's junta air raid on Let Yet Kone have died, bringing the "
              "toll to 15, Ko Thura said on Friday."),
    dict(group="G12", incident="A24", source="Sagaing Times", published="2026-11-05T19:00:00+06:30",
         title="Jets bomb monastery in Depayin",
         text="Junta jets bombed a monastery in the village of Chaung Yoe in Depayin township on Thursday "
              "morning, killing four people, residents said."),

    # ---- G13 Cameroon, North-West: the Mile 90 gendarmerie post in Bamenda (A25, Monday 9 November) and Kumbo (A26)
    dict(group="G13", incident="A25", source="Bamenda Mirror", published="2026-11-09T18:00:00+01:00",
         title="Separatists kill two gendarmes in Bamenda",
         text="Anglophone separatist fighters attacked a gendarmerie post in the Mile 90 neighbourhood of "
              "Bamenda on Monday morning, killing two gendarmes, the North-West regional governor, Emmanuel "
              "Nkwain, said."),
    dict(group="G13", incident="A25", source="Cameroon Wire", published="2026-11-10T08:00:00+01:00",
         title="Two gendarmes killed in Cameroon's North-West",
         text="YAOUNDE, Nov 10 (Cameroon Wire) - Two gendarmes were killed in an attack by armed separatists in "
              "Cameroon's North-West region on Monday, the regional governor said."),
    dict(group="G13", incident="A25", source="Ambazonia News Hub", published="2026-11-10T12:00:00+01:00",
         title="Amba fighters claim Mile 90 raid",
         text="Fighters of the Ambazonia Defence Forces (ADF) said they raided the gendarmerie post at Mile 90 "
              "in Bamenda on Monday and killed two gendarmes."),
    dict(group="G13", incident="A26", source="Bamenda Mirror", published="2026-11-09T20:00:00+01:00",
         title="Soldier killed in Kumbo",
         text="Separatist fighters shot dead a soldier at a checkpoint in Kumbo on Monday afternoon, residents "
              "said."),
]
