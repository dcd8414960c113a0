"""Follow-up reports of conflict happenings (written for truce by the incid4 helper, 2026-12-02).

Fictional: real countries and towns are the setting; every person, armed group, outlet, quote and
incident is invented. Each incident has a gold id written with its reports, before truce was run on
them; ``benchmarks/written/build_followups.py`` splits them into dev and blind by incident (the
hash of ``build_clusters.is_blind``), so an incident is never on both sides.

What the reports hold: follow-ups days later with a new casualty figure, other outlets with other
wording and another date expression ("on Tuesday", "June 3", "last week", "two days ago"), a
happening recalled in a later background paragraph of another story, two happenings in one article,
and two happenings in one town a few days apart (which must stay two).
"""

REPORTS = [
    # -- F01: market bombing in Gao (Mali), 2 June 2026 (Tuesday); toll rises days later --
    {"incident": "F01", "source": "Sahel Dispatch", "published": "2026-06-02T19:00:00+00:00",
     "title": "Bomb kills six at Gao cattle market",
     "text": "GAO, Mali, June 2 (Sahel Dispatch) - A bomb hidden in a cart exploded at the cattle market in "
             "Gao on Tuesday afternoon, killing six people and wounding at least 20, a regional health "
             "official said.\n\nNo group claimed the attack. Traders said the market was crowded ahead of "
             "the weekend festival."},
    {"incident": "F01", "source": "Niger Bend Radio", "published": "2026-06-03T08:30:00+00:00",
     "title": "Gao market blast: traders count losses",
     "text": "GAO - Traders at the Gao livestock market were clearing debris on Wednesday, a day after a "
             "cart bomb tore through the crowded enclosure.\n\nAmadou Traore, who sells goats at the "
             "market, said he saw the cart parked beside the water trough minutes before the blast. The "
             "explosion killed six people, the health office said."},
    {"incident": "F01", "source": "Sahel Dispatch", "published": "2026-06-06T10:00:00+00:00",
     "title": "Death toll in Gao market bombing rises to 11",
     "text": "GAO, Mali, June 6 (Sahel Dispatch) - The number of people killed in Tuesday's bombing of "
             "the Gao cattle market has risen to 11 after five of the wounded died in hospital, the "
             "regional health director said on Saturday.\n\nThe bomb, hidden in a donkey cart, went off "
             "as the market was at its busiest. Amadou Traore, a goat trader, told reporters he had "
             "seen the cart beside the water trough."},
    # -- F02: a different attack in Gao three days later (must stay apart from F01) --
    {"incident": "F02", "source": "Niger Bend Radio", "published": "2026-06-05T21:00:00+00:00",
     "title": "Gunmen attack checkpoint on Gao's eastern road",
     "text": "GAO - Gunmen on motorcycles attacked an army checkpoint on the road east of Gao on Friday "
             "evening, killing two soldiers, a military source said.\n\nThe attackers fled towards the "
             "river. The army said reinforcements had been sent to the Ansongo road."},
    # -- F03: ambush near Djibo (Burkina Faso), 8 June (Monday); second outlet, later follow-up --
    {"incident": "F03", "source": "Ouaga Morning", "published": "2026-06-09T07:00:00+00:00",
     "title": "Soldiers killed in ambush near Djibo",
     "text": "OUAGADOUGOU, June 9 (Ouaga Morning) - Fourteen soldiers were killed when their supply "
             "convoy was ambushed near Djibo on Monday, security sources said.\n\nThe convoy was "
             "carrying food and fuel to the besieged town. The attackers, believed to belong to the "
             "Katiba Yirgou, also burned four trucks."},
    {"incident": "F03", "source": "Radio Soum", "published": "2026-06-09T12:15:00+00:00",
     "title": "Convoy attacked on Djibo supply road",
     "text": "DJIBO - Militants attacked a military convoy on the road to Djibo, killing at least 14 "
             "soldiers and setting fire to several trucks, residents and officials said.\n\nThe convoy "
             "had left Kaya on Sunday with supplies for the town, which has been cut off for months. "
             "Salif Ouedraogo, a driver who escaped, said the first shots hit the lead truck."},
    {"incident": "F03", "source": "Ouaga Morning", "published": "2026-06-12T16:00:00+00:00",
     "title": "Army says 22 soldiers died in Djibo convoy ambush",
     "text": "OUAGADOUGOU, June 12 (Ouaga Morning) - The army said on Friday that 22 soldiers were "
             "killed in the ambush of a supply convoy near Djibo earlier this week, raising its earlier "
             "toll of 14.\n\nThe general staff said eight soldiers listed as missing had been found dead "
             "near the burned trucks. Salif Ouedraogo, one of the drivers, said he hid in a ditch for "
             "hours."},
    # -- F04: abduction of teachers in Konduga (Nigeria), 10 June (Wednesday); release days later --
    {"incident": "F04", "source": "Borno Chronicle", "published": "2026-06-10T18:00:00+01:00",
     "title": "Gunmen abduct five teachers in Konduga",
     "text": "MAIDUGURI, Nigeria, June 10 (Borno Chronicle) - Gunmen abducted five teachers from a "
             "secondary school in Konduga on Wednesday morning, the school's principal said.\n\nThe "
             "principal, Musa Bukar, said the gunmen arrived in two pickup trucks and took the teachers "
             "from the staff room."},
    {"incident": "F04", "source": "Lake Chad Voice", "published": "2026-06-11T09:00:00+01:00",
     "title": "Five Konduga teachers seized from staff room",
     "text": "KONDUGA - Armed men stormed the Government Secondary School in Konduga and kidnapped five "
             "teachers, residents said.\n\nMusa Bukar, the principal, said pupils hid under their desks "
             "as the men drove off towards the forest. Police said a search was under way."},
    {"incident": "F04", "source": "Borno Chronicle", "published": "2026-06-15T14:00:00+01:00",
     "title": "Two abducted Konduga teachers escape",
     "text": "MAIDUGURI, Nigeria, June 15 (Borno Chronicle) - Two of the five teachers abducted from a "
             "school in Konduga last Wednesday escaped from their captors and walked to an army post, "
             "the state government said on Monday.\n\nThe other three are still held. Principal Musa "
             "Bukar said the two were exhausted but unhurt."},
    # -- F05: air strike on Beledweyne outskirts (Somalia), 14 June; two outlets, different days named --
    {"incident": "F05", "source": "Shabelle Times", "published": "2026-06-14T20:00:00+03:00",
     "title": "Air strike hits militant camp near Beledweyne",
     "text": "BELEDWEYNE, Somalia - An air strike hit a militant camp in the village of Buq Aqable near "
             "Beledweyne on Sunday, killing 17 fighters, the regional administration said.\n\nThe "
             "administration said the camp had been used to plan attacks on the town."},
    {"incident": "F05", "source": "Horn Observer", "published": "2026-06-16T11:00:00+03:00",
     "title": "Villagers dispute toll of Buq Aqable strike",
     "text": "MOGADISHU, June 16 (Horn Observer) - Elders in Buq Aqable said on Tuesday that four "
             "civilians were among those killed in the air strike on the village near Beledweyne two "
             "days ago.\n\nThe regional administration has said 17 militants died. Elder Hassan Farah "
             "said two of the dead were herders watering camels at the well."},
    # -- F06: clash in Bor (South Sudan), 17 June (Wednesday) and a separate cattle raid in the same county 19 June --
    {"incident": "F06", "source": "Nile Courier", "published": "2026-06-18T09:00:00+03:00",
     "title": "Clashes in Bor leave nine dead",
     "text": "JUBA, June 18 (Nile Courier) - Fighting between soldiers and a local militia in Bor on "
             "Wednesday killed nine people, including two soldiers, the Jonglei state information "
             "minister, Deng Akol, said.\n\nThe fighting broke out near the river port after militiamen "
             "refused to hand over weapons."},
    {"incident": "F06", "source": "Jonglei Radio", "published": "2026-06-18T17:30:00+03:00",
     "title": "Bor calm after river port fighting",
     "text": "BOR - Shops reopened in Bor on Thursday after fighting at the river port the previous day "
             "in which nine people died.\n\nInformation minister Deng Akol said the militia had been "
             "asked to hand in its rifles under a disarmament order. Traders said gunfire lasted about "
             "two hours."},
    {"incident": "F07", "source": "Nile Courier", "published": "2026-06-20T10:00:00+03:00",
     "title": "Cattle raiders kill four near Bor",
     "text": "JUBA, June 20 (Nile Courier) - Armed raiders killed four herders and drove off hundreds of "
             "cattle from a camp outside Bor on Friday, local officials said.\n\nThe raid came two days "
             "after clashes at Bor's river port in which nine people were killed. Officials said the "
             "raiders came from a neighbouring county."},
    {"incident": "F07", "source": "Jonglei Radio", "published": "2026-06-21T08:00:00+03:00",
     "title": "Herders killed in raid on cattle camp",
     "text": "BOR - Four herders were shot dead when raiders attacked the Pakeer cattle camp on Friday, "
             "the county commissioner said.\n\nCommissioner Mabior Garang said the raiders took about "
             "600 head of cattle. Youths from the camp were pursuing them."},
    # -- F08: shelling of Kadugli (Sudan), 22 June (Monday); an article that also tells of a drone strike 120 km away --
    {"incident": "F08", "source": "Kordofan Monitor", "published": "2026-06-22T21:00:00+02:00",
     "title": "Shelling of Kadugli market kills five",
     "text": "KADUGLI, Sudan - Artillery shells struck the main market in Kadugli on Monday, killing five "
             "people and wounding 12, a doctor at the town hospital said.\n\nIn a separate attack, a "
             "drone struck a fuel depot in Dilling, about 120 km to the north, causing a large fire but "
             "no casualties, residents said."},
    {"incident": "F08", "source": "Sudan Bulletin", "published": "2026-06-24T12:00:00+02:00",
     "title": "Kadugli market shelling toll rises to eight",
     "text": "KADUGLI, Sudan - Three more people have died of wounds suffered when shells hit the "
             "Kadugli market on Monday, bringing the toll to eight, hospital director Ibrahim Kafi "
             "said on Wednesday.\n\nThe shells fell among vegetable stalls at midday. No side has "
             "admitted firing them."},
    # -- F10: Macomia (Mozambique) village attack, 25 June; report days later dated "last week" --
    {"incident": "F10", "source": "Cabo Delgado News", "published": "2026-06-26T09:00:00+02:00",
     "title": "Insurgents burn homes in Macomia village",
     "text": "PEMBA, Mozambique, June 26 (Cabo Delgado News) - Insurgents attacked the village of "
             "Chai in Macomia district on Thursday, beheading two men and burning about 40 homes, "
             "residents said.\n\nHundreds of people fled towards Macomia town. Community leader "
             "Fatima Age said the attackers arrived at dusk."},
    {"incident": "F10", "source": "Indian Ocean Post", "published": "2026-06-30T15:00:00+02:00",
     "title": "Chai villagers afraid to return after attack",
     "text": "MACOMIA, Mozambique - Families who fled last week's insurgent attack on Chai village are "
             "sleeping in a school in Macomia town and say they are afraid to go back.\n\nFatima Age, "
             "a community leader, said 40 homes were burned and two men were killed when the "
             "insurgents raided the village."},
    # -- F11: Bamenda (Cameroon) separatist attack, 3 July (Friday); two wordings, a later background mention --
    {"incident": "F11", "source": "Grassfields Today", "published": "2026-07-03T20:00:00+01:00",
     "title": "Separatists attack gendarmerie post in Bamenda",
     "text": "BAMENDA, Cameroon - Armed separatists attacked a gendarmerie post in the Ntarikon "
             "neighbourhood of Bamenda on Friday, killing a gendarme and wounding two, the regional "
             "governor's office said.\n\nThe attackers set fire to a patrol car before fleeing."},
    {"incident": "F11", "source": "Yaounde Herald", "published": "2026-07-04T11:00:00+01:00",
     "title": "Gendarme killed in Ntarikon raid",
     "text": "YAOUNDE, July 4 (Yaounde Herald) - A gendarme died and two others were hurt when "
             "separatist fighters raided their post in Ntarikon, Bamenda, on Friday afternoon, the "
             "defence ministry said on Saturday.\n\nA patrol vehicle was burned. The ministry named the "
             "dead gendarme as Sergeant Ebenezer Nkwi."},
    {"incident": "F12", "source": "Grassfields Today", "published": "2026-07-08T19:00:00+01:00",
     "title": "Bamenda taxi drivers strike after separatist threats",
     "text": "BAMENDA, Cameroon - Taxi drivers in Bamenda stopped work on Wednesday after separatists "
             "threatened to burn vehicles that ignored their lockdown order, the drivers' union said.\n\n"
             "Tension has been high since separatists attacked a gendarmerie post in Ntarikon last "
             "Friday, killing a gendarme."},
    # -- F13: Lashio (Myanmar) air raid, 6 July (Monday); two outlets and a later figure --
    {"incident": "F13", "source": "Shan Herald Wire", "published": "2026-07-06T22:00:00+06:30",
     "title": "Air raid on Lashio suburb kills seven",
     "text": "LASHIO, Myanmar - Military jets bombed a suburb of Lashio on Monday night, killing seven "
             "civilians, including two children, a local rescue team said.\n\nThe bombs fell near a "
             "monastery in the Nampaw ward, the team's leader, Sai Hseng, said."},
    {"incident": "F13", "source": "Irrawaddy Ledger", "published": "2026-07-08T09:00:00+06:30",
     "title": "Rescuers pull more bodies from bombed Nampaw ward",
     "text": "LASHIO, Myanmar - Rescuers recovered three more bodies from the rubble in Lashio's Nampaw "
             "ward on Tuesday, raising the number killed in Monday's air raid to ten, rescue leader Sai "
             "Hseng said.\n\nResidents said two jets made three passes over the ward near the "
             "monastery."},
    # -- F14: Lashio shelling a week later (must stay apart from F13) --
    {"incident": "F14", "source": "Shan Herald Wire", "published": "2026-07-13T20:00:00+06:30",
     "title": "Shells land near Lashio hospital",
     "text": "LASHIO, Myanmar - Artillery shells landed near the general hospital in Lashio on Monday, "
             "wounding three patients, hospital staff said.\n\nThe shelling came a week after an air "
             "raid on the town's Nampaw ward killed ten people."},
    # -- F15: Afgooye (Somalia) suicide car bomb, 9 July (Thursday): first report, and a report dated 'two days ago' --
    {"incident": "F15", "source": "Horn Observer", "published": "2026-07-09T14:00:00+03:00",
     "title": "Car bomb hits army base in Afgooye",
     "text": "MOGADISHU, July 9 (Horn Observer) - A suicide car bomber rammed the gate of an army base in "
             "Afgooye on Thursday morning, killing at least eight soldiers, an army officer said.\n\n"
             "The officer, Major Abdiwali Nur, said the car exploded at the gate as a shift changed."},
    {"incident": "F15", "source": "Shabelle Times", "published": "2026-07-11T10:00:00+03:00",
     "title": "Afgooye base bombing: soldiers buried",
     "text": "AFGOOYE, Somalia - Soldiers killed when a car bomb exploded at the gate of their base in "
             "Afgooye two days ago were buried on Saturday, relatives said.\n\nMajor Abdiwali Nur said "
             "12 soldiers had died in the attack, up from eight reported on the day."},
    # -- F16: Jowhar (Somalia) mortar attack 12 July and the suspects' arrest 13 July, one story (the written
    # set's convention: a happening and its arrest are one incident); one article tells both --
    {"incident": "F16", "source": "Shabelle Times", "published": "2026-07-13T18:00:00+03:00",
     "title": "Mortars hit Jowhar as police raid suspects",
     "text": "JOWHAR, Somalia - Mortar shells hit the Jowhar district headquarters on Sunday evening, "
             "wounding four guards, the district commissioner said.\n\nOn Monday morning police "
             "raided a house in the town's Kulmis neighbourhood and arrested three men suspected of "
             "firing the mortars, the commissioner said."},
    {"incident": "F16", "source": "Horn Observer", "published": "2026-07-14T09:00:00+03:00",
     "title": "Four guards hurt in mortar attack on Jowhar offices",
     "text": "JOWHAR - Four guards were wounded when mortar rounds struck the district headquarters in "
             "Jowhar on Sunday, district commissioner Ali Gedi said.\n\nThe shells landed in the "
             "compound's courtyard shortly after evening prayers."},
    {"incident": "F16", "source": "Horn Observer", "published": "2026-07-14T09:30:00+03:00",
     "title": "Three held over Jowhar mortar attack",
     "text": "JOWHAR - Police arrested three men in a raid in the Kulmis neighbourhood of Jowhar on "
             "Monday, accusing them of firing mortars at the district headquarters, commissioner Ali "
             "Gedi said.\n\nThe men were taken to the regional police station."},
    # -- F18: Dori (Burkina Faso) attack on displaced camp, 15 July (Wednesday); report on Saturday, "on Wednesday night" --
    {"incident": "F18", "source": "Radio Soum", "published": "2026-07-16T08:00:00+00:00",
     "title": "Gunmen kill five in Dori displacement camp",
     "text": "DORI - Gunmen killed five people in a camp for displaced families on the edge of Dori on "
             "Wednesday night, camp leaders said.\n\nCamp leader Boukary Dicko said the attackers "
             "came on foot and set fire to tents."},
    {"incident": "F18", "source": "Ouaga Morning", "published": "2026-07-18T12:00:00+00:00",
     "title": "Aid groups call for protection of Dori camp after killings",
     "text": "OUAGADOUGOU, July 18 (Ouaga Morning) - Aid groups called on Saturday for more protection for "
             "displaced families in Dori after gunmen killed five people and burned tents in a camp on "
             "the town's edge on Wednesday night.\n\nBoukary Dicko, a camp leader, said many families "
             "had left for the town centre."},
]
