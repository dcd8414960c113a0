"""Reports of the incid14 stream (issue 12): fictional local conflict news, written for truce before truce
was run on it. Real countries, regions, towns, armies and armed groups appear only as setting; every person,
outlet, village name, quote and incident is invented. Blind items are in this file too: only the writer opens
it.

Dense streams in three settings (Nigeria's Zamfara state, Cameroon's Northwest region, Myanmar's Sagaing
region) over one week (Monday 23 to Saturday 28 November 2026): many shootings, raids and air strikes in one
state or region within a few days. The cases of this round: reports known only at the state or region level
("in Zamfara state", "in Cameroon's restive Northwest region") beside several happenings of that state on the
same and nearby days; the two sides' accounts of one clash (the army says it killed eleven fighters, the
separatists say they repelled an army attack and killed six soldiers: opposite actor and recipient, the same
place and day, different figures); follow-up reports days later ("the death toll from Monday night's attack
on Kadawa rose to 14"); outlets placing one happening at different levels (the village, its local government
area or township, "near" the nearest city, "about 40 km west of Monywa"). ``incident`` is the gold; ``group``
is the split unit (a happening with the look-alikes it could be merged with).
"""

REPORTS = [
    # ---- G01 Zamfara, Tsafe LGA: the Kadawa night raid (A01, Monday 23 November, night) with a state-level
    # brief and a toll update on Thursday; the Ruwan Bore shooting the next day (A02, Tuesday 24 November)
    dict(group="G01", incident="A01", source="Gusau Sentinel", published="2026-11-24T09:00:00+01:00",
         title="Bandits kill nine in Kadawa village",
         text="Armed bandits killed nine people and wounded several others when they attacked Kadawa village in "
              "Tsafe local government area of Zamfara state on Monday night, residents said.\n\nA resident, "
              "Musa Danladi Kadawa, said the gunmen arrived on about 30 motorcycles shortly after the evening "
              "prayer and shot at people in the village square."),
    dict(group="G01", incident="A01", source="Sahel Newswire", published="2026-11-24T13:30:00+01:00",
         title="Gunmen kill nine in northwest Nigeria village",
         text="GUSAU, Nigeria, Nov 24 (Sahel Newswire) - Gunmen on motorcycles killed nine villagers near Tsafe in "
              "northwest Nigeria's Zamfara state late on Monday, two residents and a local official said.\n\n"
              "Bandits who raid villages, kidnap for ransom and tax farmers operate from forests across the "
              "region."),
    dict(group="G01", incident="A01", source="Northern Daily Record", published="2026-11-24T17:00:00+01:00",
         title="Police confirm nine killed in Zamfara attack",
         text="Police in Zamfara state said on Tuesday that nine people were killed when bandits attacked a "
              "community in the state on Monday night.\n\nThe police spokesman, Ibrahim Lawal Dankane, said "
              "tactical teams had been deployed to the area and that the attackers fled into the forest."),
    dict(group="G01", incident="A01", source="Gusau Sentinel", published="2026-11-26T11:00:00+01:00",
         title="Kadawa attack death toll rises to 14",
         text="The death toll from Monday night's attack on Kadawa village in Tsafe rose to 14 on Thursday after "
              "five of the wounded died at the Federal Medical Centre in Gusau, a hospital official said.\n\nThe "
              "village head, Alhaji Shehu Kadawa, said most of the survivors had fled to Tsafe town."),
    dict(group="G01", incident="A02", source="Gusau Sentinel", published="2026-11-25T08:30:00+01:00",
         title="Three farmers shot dead in Ruwan Bore",
         text="Gunmen shot dead three farmers who were harvesting millet at Ruwan Bore, a village in Tsafe local "
              "government area, on Tuesday afternoon, a relative said.\n\nThe relative, Bala Ruwan Bore, said "
              "the farmers had refused to pay a levy the bandits imposed on the village in October."),
    dict(group="G01", incident="A02", source="Zamfara Voice FM", published="2026-11-25T12:00:00+01:00",
         title="Bandits kill three farmers in Tsafe",
         text="Three farmers were killed by bandits on their farms in Tsafe area of Zamfara state on Tuesday, a "
              "day after nine people were killed in a nearby village.\n\nThe farmers were buried on Wednesday "
              "morning, a community leader said."),

    # ---- G02 Zamfara, Maru LGA: the Dansadau forest air strikes (A03, Wednesday 25 November; the air force's
    # account and the residents' account of one strike), the Zurmi air strike (A04, Friday 27 November) and a
    # district head shot dead, known only at state level (A05, Friday 27 November)
    dict(group="G02", incident="A03", source="Northern Daily Record", published="2026-11-26T10:00:00+01:00",
         title="Air force says it killed 30 bandits in Dansadau forest",
         text="The Nigerian Air Force said on Thursday that its jets killed more than 30 bandits, including a "
              "commander known as Kachalla Dogo Sule, in air strikes on camps in the Dansadau forest in Maru "
              "local government area of Zamfara state on Wednesday.\n\nThe air force spokesman, Air Commodore "
              "Tunde Adeyemi-Bakare, said the camps had been used to hold kidnapped travellers."),
    dict(group="G02", incident="A03", source="Gusau Sentinel", published="2026-11-26T15:00:00+01:00",
         title="Villagers say air strike near Dansadau killed seven civilians",
         text="Residents of Unguwar Tsamiya, a hamlet near Dansadau, said on Thursday that seven civilians, "
              "among them two children, were killed when a military jet bombed the edge of the hamlet on "
              "Wednesday.\n\nA resident, Hauwa Garba Tsamiya, said bandits had camped in the forest nearby but "
              "had left before the strike."),
    dict(group="G02", incident="A03", source="Sahel Newswire", published="2026-11-26T18:00:00+01:00",
         title="Nigerian jets kill bandit commander in Zamfara",
         text="ABUJA, Nov 26 (Sahel Newswire) - Nigeria's air force said on Thursday it had killed a bandit "
              "commander, Kachalla Dogo Sule, and about 30 of his fighters in air strikes in Zamfara state on "
              "Wednesday.\n\nRights groups have accused the military of killing civilians in past strikes on "
              "bandit hideouts."),
    dict(group="G02", incident="A04", source="Northern Daily Record", published="2026-11-28T09:00:00+01:00",
         title="Jets pound bandit hideouts near Zurmi",
         text="Nigerian Air Force jets struck bandit hideouts in the Kuyambana forest near Zurmi on Friday, "
              "killing about 20 bandits, a military source said.\n\nThe strikes followed a week of attacks on "
              "villages along the road from Zurmi to Shinkafi, the source said."),
    dict(group="G02", incident="A04", source="Zamfara Voice FM", published="2026-11-28T12:30:00+01:00",
         title="Fresh air strikes hit bandits in Zamfara",
         text="The military said it carried out fresh air strikes on bandit camps in Zamfara state on Friday, "
              "killing 21 fighters in the Kuyambana forest.\n\nResidents of Zurmi town said they heard "
              "explosions for about an hour in the afternoon."),
    dict(group="G02", incident="A05", source="Sahel Newswire", published="2026-11-28T08:00:00+01:00",
         title="Gunmen kill district head in Zamfara",
         text="KANO, Nigeria, Nov 28 (Sahel Newswire) - Gunmen shot dead a traditional district head in Zamfara "
              "state on Friday as he returned from a market, police said.\n\nThe police spokesman, Ibrahim Lawal "
              "Dankane, said the district head, Alhaji Sani Magaji, had received threats from bandits."),

    # ---- G03 Zamfara, Anka and Bukkuyum: a mining site attack near Anka (A06, Tuesday 24 November), the
    # Gidan Jaja mosque attack (A07, Wednesday 25 November, told at the village, the LGA and the state), and
    # vigilantes killing suspected bandits in Talata Mafara (A08, Thursday 26 November)
    dict(group="G03", incident="A06", source="Zamfara Voice FM", published="2026-11-24T19:00:00+01:00",
         title="Five miners killed near Anka",
         text="Bandits killed five artisanal miners at a gold mining site near Anka on Tuesday morning, a miners' "
              "association official, Umaru Kabiru Anka, said.\n\nHe said the gunmen also took away bags of ore."),
    dict(group="G03", incident="A06", source="Northern Daily Record", published="2026-11-25T08:00:00+01:00",
         title="Gunmen attack gold mine in Zamfara, kill five",
         text="Five miners were killed on Tuesday when gunmen attacked an illegal gold mining site in Anka local "
              "government area of Zamfara state, a local official said.\n\nMining in the area was banned by the "
              "federal government in 2019, but thousands still dig there."),
    dict(group="G03", incident="A07", source="Gusau Sentinel", published="2026-11-26T08:00:00+01:00",
         title="Bandits kill eight worshippers in Gidan Jaja mosque",
         text="Bandits stormed a mosque in Gidan Jaja village, Bukkuyum local government area, during the dawn "
              "prayer on Wednesday and shot dead eight worshippers, the imam's son, Yusuf Abdulkadir, said.\n\n"
              "He said the attackers accused the village of informing soldiers about their movements."),
    dict(group="G03", incident="A07", source="Sahel Newswire", published="2026-11-25T16:00:00+01:00",
         title="Gunmen kill eight at mosque in northwest Nigeria",
         text="Gunmen killed eight worshippers during morning prayers at a mosque in Nigeria's northwestern "
              "Zamfara state on Wednesday, residents said.\n\nAttacks on mosques by bandits have become more "
              "frequent in the state this year."),
    dict(group="G03", incident="A07", source="Northern Daily Record", published="2026-11-26T13:00:00+01:00",
         title="Bukkuyum: governor condemns mosque killings",
         text="The Zamfara state governor on Thursday condemned the killing of eight worshippers at a mosque in "
              "Bukkuyum on Wednesday and ordered security agencies to track down the attackers.\n\nThe "
              "governor's spokesman said the state would pay for the burials."),
    dict(group="G03", incident="A08", source="Zamfara Voice FM", published="2026-11-27T09:00:00+01:00",
         title="Vigilantes kill six suspected bandits in Talata Mafara",
         text="Members of a local vigilante group killed six suspected bandits in a gunfight at a village in "
              "Talata Mafara local government area on Thursday, a vigilante leader said.\n\nThe vigilantes "
              "recovered two rifles and four motorcycles, he said."),
    dict(group="G03", incident="A08", source="Gusau Sentinel", published="2026-11-27T14:00:00+01:00",
         title="Six suspected bandits killed by vigilantes",
         text="Vigilantes killed six men they accused of being bandits in Zamfara state on Thursday, a police "
              "source said, adding that the killings were being investigated.\n\nThe state government has "
              "warned vigilante groups against taking the law into their own hands."),

    # ---- G04 Zamfara, Shinkafi and Zurmi: the Kware village attack (A09, Saturday 28 November) and an ambush
    # on soldiers near Zurmi told by the army and by residents (A10, Saturday 28 November)
    dict(group="G04", incident="A09", source="Gusau Sentinel", published="2026-11-29T09:00:00+01:00",
         title="Four killed as bandits raid Kware village",
         text="Bandits killed four people and abducted 12 others in a raid on Kware village in Shinkafi local "
              "government area on Saturday, a councillor, Nasiru Kware, said.\n\nHe said the bandits came at "
              "about 2 pm while most men were at the weekly market."),
    dict(group="G04", incident="A09", source="Zamfara Voice FM", published="2026-11-29T11:00:00+01:00",
         title="Bandits kill four, kidnap 12 near Shinkafi",
         text="Gunmen killed four villagers and kidnapped 12 women and children in a village near Shinkafi on "
              "Saturday afternoon, a local councillor said.\n\nThe kidnappers have not yet contacted the "
              "families."),
    dict(group="G04", incident="A10", source="Northern Daily Record", published="2026-11-29T10:00:00+01:00",
         title="Army says troops killed 10 bandits in Zurmi ambush",
         text="Troops repelled an ambush by bandits on a patrol near Zurmi on Saturday, killing 10 of the "
              "attackers, an army spokesman, Major Chinedu Okafor-Bello, said.\n\nHe said three soldiers were "
              "wounded and two motorcycles were recovered."),
    dict(group="G04", incident="A10", source="Sahel Newswire", published="2026-11-29T15:00:00+01:00",
         title="Three soldiers killed in bandit ambush in Zamfara",
         text="GUSAU, Nigeria, Nov 29 (Sahel Newswire) - Bandits ambushed an army patrol on a road outside Zurmi "
              "in Zamfara state on Saturday, killing three soldiers, two residents and a security source said.\n\n"
              "The army said on Sunday its troops had killed 10 of the attackers."),

    # ---- G05 Cameroon, Northwest, Ngoketunjia: the Bamessing fighting told by the army and by the
    # separatists (A11, Tuesday 24 November) and the attack on the gendarmerie post in Ndop (A12, Thursday
    # 26 November)
    dict(group="G05", incident="A11", source="Cameroon Morning Tribune", published="2026-11-25T08:00:00+01:00",
         title="Army says 11 separatists killed in Bamessing raid",
         text="The Cameroonian army said on Wednesday that it killed 11 separatist fighters in a raid on their "
              "camp at Bamessing, near Ndop, on Tuesday.\n\nAn army statement signed by Colonel Etienne Mballa "
              "Ngono said soldiers seized rifles, homemade explosives and a separatist flag."),
    dict(group="G05", incident="A11", source="Grassfield Post", published="2026-11-25T11:00:00+01:00",
         title="Separatists say they repelled army attack near Ndop",
         text="Separatist fighters said on Wednesday they repelled an army attack near Ndop on Tuesday and killed "
              "six soldiers.\n\nA separatist commander who calls himself General Mbuh Fonyuy said in a video "
              "that his fighters lost two men in the fighting."),
    dict(group="G05", incident="A11", source="Anglophone Watch", published="2026-11-25T17:30:00+01:00",
         title="Residents flee fighting in Bamessing",
         text="Hundreds of residents fled Bamessing in Ngoketunjia division on Tuesday as soldiers and "
              "separatist fighters fought for several hours, a church official, Reverend Ngwa Peter, said.\n\n"
              "He said several bodies lay in the streets after the fighting."),
    dict(group="G05", incident="A11", source="Grassfield Post", published="2026-11-27T10:00:00+01:00",
         title="Families identify bodies after Bamessing fighting",
         text="Families in Ndop on Thursday identified the bodies of 11 young men killed in Tuesday's fighting "
              "at Bamessing, and said some of them were farmers, not fighters.\n\nThe army has said all 11 were "
              "separatist fighters."),
    dict(group="G05", incident="A12", source="Cameroon Morning Tribune", published="2026-11-27T09:00:00+01:00",
         title="Two gendarmes killed in attack on Ndop post",
         text="Separatist fighters attacked a gendarmerie post in Ndop town on Thursday night, killing two "
              "gendarmes, a security source said.\n\nThe attackers set the post on fire before fleeing."),
    dict(group="G05", incident="A12", source="Anglophone Watch", published="2026-11-27T13:00:00+01:00",
         title="Gendarmerie post torched in Ndop",
         text="Gunmen believed to be separatists burned the gendarmerie post in Ndop late on Thursday after "
              "killing two gendarmes on guard, residents said.\n\nThe town was under a curfew on Friday."),

    # ---- G06 Cameroon, Northwest, Bui: the Tobin shooting in Kumbo told by the army and by residents (A13,
    # Wednesday 25 November, with a follow-up on Saturday) and the convoy ambush near Kumbo (A14, Friday 27
    # November), with a principal kidnapped in Nkambe (A15, Friday 27 November) told once only at the region
    dict(group="G06", incident="A13", source="Anglophone Watch", published="2026-11-26T09:00:00+01:00",
         title="Soldiers shoot dead four civilians in Kumbo",
         text="Soldiers shot dead four civilians, among them a 15-year-old boy, in the Tobin neighbourhood of "
              "Kumbo on Wednesday morning, residents and a rights group said.\n\nThe Centre for Rights in the "
              "Grassfields said the soldiers went from house to house after a separatist flag was found on a "
              "wall."),
    dict(group="G06", incident="A13", source="Cameroon Morning Tribune", published="2026-11-26T12:00:00+01:00",
         title="Army says four separatists killed in Kumbo",
         text="The army said on Thursday that soldiers killed four armed separatists in Kumbo on Wednesday during "
              "a search operation.\n\nThe army denied that civilians were killed."),
    dict(group="G06", incident="A13", source="Grassfield Post", published="2026-11-29T08:00:00+01:00",
         title="Wounded woman dies after Kumbo shooting",
         text="A woman wounded when soldiers opened fire in Kumbo's Tobin neighbourhood on Wednesday died at the "
              "Banso Baptist Hospital on Saturday, raising the number of dead to five, her brother said."),
    dict(group="G06", incident="A14", source="Cameroon Morning Tribune", published="2026-11-28T08:00:00+01:00",
         title="Three soldiers killed in ambush near Kumbo",
         text="Three soldiers were killed on Friday when separatists ambushed a military convoy near Kumbo, a "
              "military source said.\n\nThe convoy was carrying food to an army base in Oku, the source said."),
    dict(group="G06", incident="A14", source="Grassfield Post", published="2026-11-28T12:00:00+01:00",
         title="Separatists claim nine soldiers killed in Bui ambush",
         text="Separatist fighters said they killed nine soldiers in an ambush on a military convoy in Bui "
              "division on Friday.\n\nThe army has confirmed three deaths."),
    dict(group="G06", incident="A14", source="Anglophone Watch", published="2026-11-28T16:00:00+01:00",
         title="Convoy ambushed on Kumbo-Oku road",
         text="Separatists ambushed an army convoy on the Kumbo-Oku road on Friday afternoon, killing at least "
              "three soldiers, residents said.\n\nTwo army trucks were burned, they said."),
    dict(group="G06", incident="A15", source="Anglophone Watch", published="2026-11-28T10:00:00+01:00",
         title="Gunmen abduct school principal in Nkambe",
         text="Gunmen abducted the principal of the Government Bilingual High School in Nkambe on Friday "
              "morning, teachers said.\n\nThe principal, Mr Tata Emmanuel Ndi, was taken from his car at the "
              "school gate."),
    dict(group="G06", incident="A15", source="Cameroon Morning Tribune", published="2026-11-28T14:00:00+01:00",
         title="School principal kidnapped in Northwest region",
         text="A school principal was kidnapped by suspected separatists in Cameroon's restive Northwest region "
              "on Friday, education officials said.\n\nSeparatists have ordered a boycott of schools in the "
              "region since 2017."),

    # ---- G07 Cameroon, Northwest, Mezam: a bomb on Commercial Avenue in Bamenda (A16, Monday 23 November), a
    # taxi driver shot in Nkwen (A17, Tuesday 24 November), a separatist commander killed by the army (A18,
    # Wednesday 25 November) and a school burned in Bali (A19, Saturday 28 November)
    dict(group="G07", incident="A16", source="Grassfield Post", published="2026-11-23T18:00:00+01:00",
         title="Five wounded in Bamenda bomb blast",
         text="A homemade bomb exploded near a bank on Commercial Avenue in Bamenda on Monday afternoon, wounding "
              "five people, police said.\n\nNo group has claimed the blast, the third in the city this month."),
    dict(group="G07", incident="A16", source="Cameroon Morning Tribune", published="2026-11-24T08:00:00+01:00",
         title="Explosion rocks Bamenda commercial district",
         text="Five people were injured when an improvised explosive device went off on Commercial Avenue, "
              "Bamenda's main shopping street, on Monday, the regional governor's office said.\n\nThe authorities "
              "blamed separatists for the explosion."),
    dict(group="G07", incident="A17", source="Grassfield Post", published="2026-11-25T09:00:00+01:00",
         title="Taxi driver shot dead at Mile 4 Nkwen",
         text="Gunmen shot dead a taxi driver at Mile 4 Nkwen, in Bamenda, on Tuesday evening after he refused "
              "to observe a separatist lockdown, his employer said.\n\nThe driver, Che Godlove Ambe, was 34."),
    dict(group="G07", incident="A17", source="Anglophone Watch", published="2026-11-25T12:00:00+01:00",
         title="Driver killed for defying lockdown in Bamenda",
         text="A taxi driver was killed by suspected separatists in Bamenda on Tuesday for working during a "
              "lockdown, residents said.\n\nSeparatists had declared a week-long lockdown across the Northwest "
              "region starting on Monday."),
    dict(group="G07", incident="A18", source="Cameroon Morning Tribune", published="2026-11-26T08:30:00+01:00",
         title="Army kills separatist 'general' in Bamenda",
         text="Soldiers killed a separatist commander known as General Nformi Kenneth in a raid on a house in "
              "Bamenda's Ntamulung quarter on Wednesday, the army said.\n\nThe army said he had led attacks on "
              "the city's police posts."),
    dict(group="G07", incident="A18", source="Grassfield Post", published="2026-11-26T15:00:00+01:00",
         title="Separatist commander killed in Northwest region",
         text="The army said on Thursday it had killed a separatist commander, Nformi Kenneth, in the Northwest "
              "region on Wednesday.\n\nSeparatist groups did not comment."),
    dict(group="G07", incident="A19", source="Anglophone Watch", published="2026-11-29T09:30:00+01:00",
         title="School set ablaze in Bali",
         text="Suspected separatists set fire to a primary school in Bali on Saturday night, destroying four "
              "classrooms, the school's head teacher said.\n\nThe school had reopened in September."),
    dict(group="G07", incident="A19", source="Cameroon Morning Tribune", published="2026-11-29T14:00:00+01:00",
         title="Separatists burn school in Mezam",
         text="Separatist fighters burned a primary school in Bali, in Mezam division, late on Saturday, a local "
              "official said.\n\nNo one was hurt in the fire."),

    # ---- G08 Myanmar, Sagaing, Kani township: the Nyaung Pin Thar air strike (A20, Wednesday 25 November;
    # told at the village, "about 40 km west of Monywa" and by the military as an attack on a resistance base;
    # toll update on Friday) and a clash at Zee Phyu Kone in Kani township (A21, Thursday 26 November)
    dict(group="G08", incident="A20", source="Chindwin News", published="2026-11-25T20:00:00+06:30",
         title="Air strike kills 11 in Nyaung Pin Thar village",
         text="Military fighter jets bombed Nyaung Pin Thar village in Kani township, Sagaing region, on "
              "Wednesday afternoon, killing 11 people including four children, a local rescue worker said.\n\n"
              "The rescue worker, Ko Zaw Min Htet, said two bombs hit the village's primary school."),
    dict(group="G08", incident="A20", source="Mandalay Wire", published="2026-11-26T09:00:00+06:30",
         title="Myanmar junta air strike kills 11 villagers",
         text="An air strike by Myanmar's military on a village about 40 km west of Monywa killed 11 people on "
              "Wednesday, residents and a local resistance group said.\n\nThe military has stepped up air "
              "strikes in Sagaing region this year as it loses ground to resistance forces."),
    dict(group="G08", incident="A20", source="Golden Land Daily", published="2026-11-26T12:00:00+06:30",
         title="Tatmadaw says it struck terrorist base in Kani",
         text="Security forces attacked a base of the terrorist People's Defence Force in Kani township on "
              "Wednesday, the military information team said on Thursday.\n\nIt said the strike destroyed "
              "weapons and explosives and that claims of civilian deaths were false."),
    dict(group="G08", incident="A20", source="Chindwin News", published="2026-11-27T19:00:00+06:30",
         title="Nyaung Pin Thar death toll rises to 15",
         text="The death toll from Wednesday's air strike on Nyaung Pin Thar village rose to 15 on Friday after "
              "four wounded people died in a clinic in Kani, a rescue worker said."),
    dict(group="G08", incident="A21", source="Chindwin News", published="2026-11-26T21:00:00+06:30",
         title="Resistance fighters clash with troops in Kani township",
         text="Fighting broke out between resistance fighters and a military column at Zee Phyu Kone village in "
              "Kani township on Thursday morning, a resistance spokesman said.\n\nThe spokesman, Bo Nay Lin, said "
              "five soldiers and one resistance fighter were killed."),
    dict(group="G08", incident="A21", source="Mandalay Wire", published="2026-11-27T10:00:00+06:30",
         title="Five soldiers killed in Sagaing clash, resistance says",
         text="Resistance fighters said they killed five soldiers in a clash with a military column at a village "
              "in Kani township on Thursday.\n\nThe column had been moving towards villages hit by an air strike "
              "the day before."),

    # ---- G09 Myanmar, Sagaing, Ye-U and Tabayin: the monastery air strike at Kyauk Sin (A22, Thursday 26
    # November, one report only at the region), an air strike on a Tabayin village (A23, Saturday 28
    # November) and a ward administrator shot dead, known only at the region (A24, Saturday 28 November)
    dict(group="G09", incident="A22", source="Chindwin News", published="2026-11-26T20:00:00+06:30",
         title="Monastery bombed in Ye-U township",
         text="A military aircraft dropped two bombs on a monastery in Kyauk Sin village, Ye-U township, on "
              "Thursday, killing four people, among them a novice monk, a villager said."),
    dict(group="G09", incident="A22", source="Mandalay Wire", published="2026-11-27T08:00:00+06:30",
         title="Four killed in air strike on Sagaing monastery",
         text="A military air strike killed four people at a Buddhist monastery in Myanmar's Sagaing region on "
              "Thursday, a resident said.\n\nAbout 200 villagers had been sheltering at the monastery after "
              "fleeing fighting nearby, he said."),
    dict(group="G09", incident="A22", source="Golden Land Daily", published="2026-11-27T13:00:00+06:30",
         title="Residents bury victims of Kyauk Sin strike",
         text="Villagers in Kyauk Sin on Friday buried four people killed when a bomb hit the village monastery "
              "on Thursday, a monk said."),
    dict(group="G09", incident="A23", source="Chindwin News", published="2026-11-28T20:30:00+06:30",
         title="Air strike kills six in Tabayin township",
         text="A military jet bombed Hta Naung Kone village in Tabayin township on Saturday morning, killing six "
              "villagers, a member of the local administration set up by the resistance said.\n\nMore than 30 "
              "houses were destroyed, he said."),
    dict(group="G09", incident="A23", source="Mandalay Wire", published="2026-11-29T09:00:00+06:30",
         title="Six villagers killed in Myanmar air raid",
         text="Six villagers were killed when a military jet bombed a village in Tabayin township of Sagaing "
              "region on Saturday, residents said."),
    dict(group="G09", incident="A24", source="Golden Land Daily", published="2026-11-29T08:00:00+06:30",
         title="Ward administrator shot dead in Sagaing region",
         text="Terrorists shot dead a ward administrator in Sagaing region on Saturday as he left a tea shop, "
              "state media said.\n\nIt was the fourth killing of a local administrator in the region this month."),

    # ---- G10 Myanmar, Sagaing, Myinmu: the police station attack told by the resistance and by state media
    # (A25, Monday 23 November), an ambush on the Monywa-Myinmu road (A26, Tuesday 24 November) and houses
    # burned by troops in Tha Pyay Kan (A27, Wednesday 25 November)
    dict(group="G10", incident="A25", source="Mandalay Wire", published="2026-11-24T09:00:00+06:30",
         title="Resistance says seven police killed in Myinmu attack",
         text="Resistance fighters attacked the police station in Myinmu town before dawn on Monday and killed "
              "seven policemen, a spokesman for the local People's Defence Force, Ko Thiha Aung, said.\n\nHe said "
              "the fighters seized 12 rifles."),
    dict(group="G10", incident="A25", source="Golden Land Daily", published="2026-11-24T12:00:00+06:30",
         title="Police repel terrorist attack in Myinmu",
         text="Police and security forces repelled an attack by terrorists on the Myinmu police station early on "
              "Monday, killing two of the attackers, state media said.\n\nOne policeman was slightly wounded, it "
              "said."),
    dict(group="G10", incident="A25", source="Chindwin News", published="2026-11-24T18:00:00+06:30",
         title="Gunfire in Myinmu as fighters storm police station",
         text="Residents of Myinmu said they heard heavy gunfire for two hours on Monday morning as resistance "
              "fighters stormed the town's police station.\n\nBoth sides gave different tolls."),
    dict(group="G10", incident="A26", source="Chindwin News", published="2026-11-25T19:00:00+06:30",
         title="Five soldiers killed in ambush on Monywa-Myinmu road",
         text="Resistance fighters ambushed a military truck on the Monywa-Myinmu road on Tuesday, killing five "
              "soldiers, a resistance spokesman said."),
    dict(group="G10", incident="A26", source="Mandalay Wire", published="2026-11-26T08:00:00+06:30",
         title="Military truck ambushed near Myinmu",
         text="A military truck was hit by a roadside mine and then fired on near Myinmu on Tuesday afternoon, "
              "and five soldiers were killed, resistance fighters said.\n\nThe military did not comment."),
    dict(group="G10", incident="A27", source="Chindwin News", published="2026-11-26T18:00:00+06:30",
         title="Troops burn 60 houses in Tha Pyay Kan",
         text="Soldiers set fire to about 60 houses in Tha Pyay Kan village in Myinmu township on Wednesday, "
              "after residents fled, a villager said."),
    dict(group="G10", incident="A27", source="Mandalay Wire", published="2026-11-27T09:00:00+06:30",
         title="Village torched as troops sweep Myinmu township",
         text="Myanmar troops burned dozens of homes in a village in Myinmu township on Wednesday, residents "
              "said, a day after an ambush on a military truck nearby."),

    # ---- G11 Myanmar, Sagaing, Shwebo: a drone attack on the army base in Shwebo told by the resistance and
    # by state media (A28, Friday 27 November) and an air strike near Shwebo (A29, Friday 27 November, night)
    dict(group="G11", incident="A28", source="Mandalay Wire", published="2026-11-27T18:00:00+06:30",
         title="Resistance drones hit army base in Shwebo",
         text="Resistance fighters attacked an army base in Shwebo with explosive-laden drones on Friday "
              "morning, wounding several soldiers, a resistance spokesman said."),
    dict(group="G11", incident="A28", source="Golden Land Daily", published="2026-11-28T08:00:00+06:30",
         title="Security forces shoot down terrorist drones in Shwebo",
         text="Security forces shot down three drones that terrorists flew towards a military compound in Shwebo "
              "on Friday, state media said, adding that there were no casualties."),
    dict(group="G11", incident="A29", source="Chindwin News", published="2026-11-28T10:00:00+06:30",
         title="Air strike kills three near Shwebo",
         text="A military jet bombed Chaung Kwa village, about 15 km north of Shwebo, late on Friday, killing "
              "three people, a relative of one of the dead said.\n\nResidents said the strike came hours after "
              "a drone attack on the army base in the town."),
    dict(group="G11", incident="A29", source="Mandalay Wire", published="2026-11-28T15:00:00+06:30",
         title="Three killed in night-time air strike in Sagaing",
         text="Three civilians were killed when a military jet bombed a village in Shwebo township on Friday "
              "night, residents said."),
]
