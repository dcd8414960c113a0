"""A stream of similar conflict and crime reports across six countries (written for truce by the incid5
helper, 2026-12-02): wire stories and their republished copies (some days later, relative dates
read from the copy's own day), other outlets' wording of the same happening, follow-ups days later
(a rising toll, an arrest, a funeral), and hard negatives: the same type on the same day in another
town of the same country, the same town a day or a few days apart.

Fictional: real countries and towns are the setting; every person, outlet, quote and incident is
invented, and the armed groups named do nothing here that a real report describes. The gold
incident of every report was written with it, before truce was run on any of them;
``benchmarks/written/build_multistream.py`` splits them into dev and blind by incident (the written
cluster set's hash). Licence: Apache-2.0, with the code.
"""

REPORTS = [
    # -- Nigeria: Maiduguri mosque bombing (Fri 5 June), a wire story, its copy, a local outlet, a toll update
    {"incident": "NG1", "source": "Lake Chad Wire", "published": "2026-06-05T16:20:00+01:00",
     "title": "Suicide bomber kills nine at Maiduguri mosque",
     "text": "MAIDUGURI, Nigeria, June 5 (Lake Chad Wire) - A suicide bomber blew himself up among worshippers "
             "at the Gwange market mosque in Maiduguri during Friday prayers, killing nine people and wounding "
             "at least 30, a hospital official said.\n\nUsman Kolo, who was praying near the entrance, said "
             "the bomber pushed past the guards at the gate. No group claimed the attack."},
    {"incident": "NG1", "source": "borno-daily-post.example", "published": "2026-06-05T19:05:00+01:00",
     "title": "Suicide bomber kills nine at Maiduguri mosque",
     "text": "A suicide bomber blew himself up among worshippers at the Gwange market mosque in Maiduguri "
             "during Friday prayers, killing nine people and wounding at least 30, a hospital official said.\n\n"
             "Usman Kolo, who was praying near the entrance, said the bomber pushed past the guards at the "
             "gate. No group claimed the attack.\n\nRead more: Borno state budget passes second reading"},
    {"incident": "NG1", "source": "Arewa Times", "published": "2026-06-06T08:00:00+01:00",
     "title": "Worshippers bury dead after Gwange mosque blast",
     "text": "Families in Maiduguri buried their dead on Saturday, a day after a bomber struck the Gwange "
             "market mosque as Friday prayers began.\n\nThe explosion killed nine people, according to the "
             "state emergency agency. Imam Bukar Gana said the mosque would reopen once the wall was rebuilt."},
    {"incident": "NG1", "source": "Lake Chad Wire", "published": "2026-06-08T11:40:00+01:00",
     "title": "Maiduguri mosque bombing toll rises to 14",
     "text": "MAIDUGURI, Nigeria, June 8 (Lake Chad Wire) - The number of people killed in Friday's suicide "
             "bombing at the Gwange market mosque in Maiduguri has risen to 14 after five of the wounded died "
             "in hospital, the state emergency agency said on Monday."},
    # -- Nigeria: farmers killed outside Maiduguri (Sat 6 June), same city, next day
    {"incident": "NG2", "source": "Arewa Times", "published": "2026-06-07T09:30:00+01:00",
     "title": "Gunmen kill six farmers near Maiduguri",
     "text": "Gunmen on motorcycles shot dead six farmers working their fields in Dalwa village on the "
             "outskirts of Maiduguri on Saturday, residents said.\n\nA vigilante leader, Modu Ali, said the "
             "attackers came from the direction of the forest and fled before soldiers arrived."},
    {"incident": "NG2", "source": "Lake Chad Wire", "published": "2026-06-07T13:15:00+01:00",
     "title": "Six farmers killed in Borno field attack",
     "text": "MAIDUGURI, Nigeria, June 7 (Lake Chad Wire) - Suspected insurgents killed six farmers in Dalwa, "
             "a farming village 20 km from Maiduguri, on Saturday afternoon, a vigilante commander, Modu Ali, "
             "told reporters."},
    # -- Nigeria: Kano protest dispersed (Fri 5 June), same day as NG1, another city
    {"incident": "NG3", "source": "Kano Chronicle", "published": "2026-06-05T21:00:00+01:00",
     "title": "Police fire tear gas at Kano fuel price protest",
     "text": "KANO - Police fired tear gas at hundreds of traders protesting against fuel prices outside the "
             "Kurmi market in Kano on Friday, witnesses said.\n\nA trader, Hadiza Sani, said several people "
             "were hurt in the stampede that followed."},
    {"incident": "NG3", "source": "Arewa Times", "published": "2026-06-06T10:00:00+01:00",
     "title": "Kano traders vow to continue fuel protest",
     "text": "Traders in Kano said on Saturday they would march again next week, a day after police used tear "
             "gas to break up their protest at the Kurmi market.\n\nHadiza Sani, one of the organisers, said "
             "four traders were treated in hospital."},
    # -- Nigeria: a single arrest story in Maiduguri (Tue 9 June)
    {"incident": "NG4", "source": "Borno Daily Post", "published": "2026-06-09T15:00:00+01:00",
     "title": "Army arrests suspected arms supplier in Maiduguri",
     "text": "Soldiers arrested a man suspected of supplying rifles to insurgents at a checkpoint on the "
             "Damboa road in Maiduguri on Tuesday, an army spokesman, Captain Idris Lawan, said."},
    # -- Kenya: bomb hits police truck near Mandera (Mon 8 June), and an arrest two days later
    {"incident": "KE1", "source": "Northern Kenya Monitor", "published": "2026-06-08T18:00:00+03:00",
     "title": "Roadside bomb hits police truck near Mandera",
     "text": "MANDERA - A roadside bomb struck a police truck on the Mandera-Elwak road on Monday morning, "
             "killing three officers and wounding two, the county police commander, Joseph Kiprono, said.\n\n"
             "He blamed al-Shabaab fighters who cross from Somalia."},
    {"incident": "KE1", "source": "Rift Valley Herald", "published": "2026-06-09T07:30:00+03:00",
     "title": "Three officers killed in Mandera blast",
     "text": "Three police officers died when their vehicle ran over an explosive device near Mandera "
             "on Monday, police said.\n\nCommander Joseph Kiprono said the officers were escorting a water "
             "tanker on the Elwak road."},
    {"incident": "KE1", "source": "Northern Kenya Monitor", "published": "2026-06-10T17:45:00+03:00",
     "title": "Three held over Mandera roadside bombing",
     "text": "MANDERA - Police arrested three men in Mandera town on Wednesday, two days after a roadside bomb "
             "killed three officers on the Elwak road, commander Joseph Kiprono said."},
    # -- Kenya: bomb hits a bus near Garissa (Mon 8 June): same type, same day, same country as KE1
    {"incident": "KE2", "source": "Coast Daily", "published": "2026-06-08T20:10:00+03:00",
     "title": "Bus hit by explosive near Garissa, two dead",
     "text": "GARISSA - An explosive device went off under a passenger bus on the Garissa-Dadaab road on "
             "Monday, killing two passengers, the regional police boss, Amina Wario, said.\n\nThe bus was "
             "carrying traders to the Dadaab market."},
    {"incident": "KE2", "source": "Rift Valley Herald", "published": "2026-06-09T09:00:00+03:00",
     "title": "Garissa bus blast: passengers recount attack",
     "text": "Passengers of the bus that was blown up near Garissa on Monday said the driver had swerved to "
             "avoid a pothole just before the blast.\n\nTwo people were killed, police chief Amina Wario said."},
    # -- Kenya: cattle raid near Mandera (Thu 11 June), single report
    {"incident": "KE3", "source": "Northern Kenya Monitor", "published": "2026-06-12T08:15:00+03:00",
     "title": "Raiders drive off 200 cattle near Mandera",
     "text": "Armed raiders shot dead a herder and drove off about 200 cattle from a watering point in Rhamu, "
             "Mandera county, on Thursday, local chief Abdi Haji said."},
    # -- Colombia: attack on army base in Tibu (Fri 12 June), wire, copy three days later, local outlet
    {"incident": "CO1", "source": "Andes Wire", "published": "2026-06-12T22:30:00-05:00",
     "title": "Rebels attack army base in Tibu, four soldiers killed",
     "text": "TIBU, Colombia, June 12 (Andes Wire) - Rebels fired explosives from drones at an army base in "
             "Tibu on Friday night, killing four soldiers, the army said.\n\nThe army blamed the ELN. Local "
             "councillor Marta Ruiz said the attack lasted about an hour."},
    {"incident": "CO1", "source": "frontera-hoy.example", "published": "2026-06-15T10:00:00-05:00",
     "title": "Rebels attack army base in Tibu, four soldiers killed",
     "text": "Rebels fired explosives from drones at an army base in Tibu on Friday night, killing four "
             "soldiers, the army said.\n\nThe army blamed the ELN. Local councillor Marta Ruiz said the attack "
             "lasted about an hour."},
    {"incident": "CO1", "source": "Catatumbo Radio", "published": "2026-06-13T09:00:00-05:00",
     "title": "Drone attack on Tibu base: four soldiers dead",
     "text": "Four soldiers were killed when explosive-laden drones hit the army battalion base in Tibu late "
             "on Friday, councillor Marta Ruiz said on Saturday.\n\nThe army said the ELN carried out the "
             "attack."},
    # -- Colombia: car bomb in Cucuta (Fri 12 June): same type, same day, same country as CO1
    {"incident": "CO2", "source": "Andes Wire", "published": "2026-06-12T15:00:00-05:00",
     "title": "Car bomb wounds five outside Cucuta police station",
     "text": "CUCUTA, Colombia, June 12 (Andes Wire) - A car bomb exploded outside a police station in the "
             "Atalaya district of Cucuta on Friday, wounding five people, the city's police commander said."},
    {"incident": "CO2", "source": "La Opinion Norte", "published": "2026-06-13T08:00:00-05:00",
     "title": "Atalaya car bomb: shops damaged, five hurt",
     "text": "Five people were injured when a car packed with explosives blew up outside the Atalaya police "
             "station in Cucuta on Friday afternoon, officials said.\n\nShopkeeper Luis Mendoza said the blast "
             "shattered every window on the street."},
    # -- Colombia: clash near Tibu four days later (Tue 16 June), same town as CO1
    {"incident": "CO3", "source": "Catatumbo Radio", "published": "2026-06-16T19:00:00-05:00",
     "title": "Soldiers and rebels clash in rural Tibu",
     "text": "Soldiers clashed with ELN fighters in the rural area of Campo Dos in Tibu on Tuesday, and one "
             "rebel was killed, the army said.\n\nResidents said families fled towards the town centre."},
    {"incident": "CO3", "source": "Andes Wire", "published": "2026-06-16T21:40:00-05:00",
     "title": "One rebel killed in Campo Dos fighting",
     "text": "TIBU, Colombia, June 16 (Andes Wire) - Troops killed a rebel in a firefight in Campo Dos, Tibu, on "
             "Tuesday, days after a drone attack on the town's army base, the army said."},
    # -- Colombia: a single protest report in Tibu (Sat 13 June)
    {"incident": "CO4", "source": "Catatumbo Radio", "published": "2026-06-13T18:00:00-05:00",
     "title": "Tibu residents march for peace",
     "text": "Hundreds of residents marched through the centre of Tibu on Saturday to demand an end to the "
             "fighting, organiser Rosa Quintero said."},
    # -- Philippines: grenade attack on Cotabato market (Sun 14 June), toll rises
    {"incident": "PH1", "source": "Mindanao Ledger", "published": "2026-06-14T20:00:00+08:00",
     "title": "Grenade blast wounds 15 at Cotabato market",
     "text": "COTABATO CITY - A man on a motorcycle threw a grenade into the crowded Mega Market in Cotabato "
             "City on Sunday morning, wounding 15 people, police said.\n\nVendor Aida Mangudadatu said the "
             "grenade landed near the fish stalls."},
    {"incident": "PH1", "source": "Philippine Wire", "published": "2026-06-15T09:00:00+08:00",
     "title": "Police hunt motorcyclist after Cotabato market grenade attack",
     "text": "Police in Cotabato City said on Monday they were looking for a man seen riding away from the "
             "Mega Market moments after Sunday's grenade blast, which wounded 15 shoppers."},
    {"incident": "PH1", "source": "Mindanao Ledger", "published": "2026-06-16T14:00:00+08:00",
     "title": "Cotabato market attack: wounded rise to 21",
     "text": "The number of people wounded in Sunday's grenade attack on the Mega Market in Cotabato City has "
             "risen to 21, the city health office said on Tuesday.\n\nThe market reopened with police "
             "checkpoints at every gate."},
    # -- Philippines: ambush near Marawi (Sun 14 June), same day, same country
    {"incident": "PH2", "source": "Philippine Wire", "published": "2026-06-14T18:30:00+08:00",
     "title": "Two soldiers killed in ambush near Marawi",
     "text": "MARAWI - Gunmen ambushed an army patrol in the village of Bubong near Marawi on Sunday, killing "
             "two soldiers, an army spokesman, Lieutenant Rey Dagohoy, said."},
    {"incident": "PH2", "source": "Lanao Today", "published": "2026-06-15T07:00:00+08:00",
     "title": "Army vows pursuit after Bubong ambush",
     "text": "The army said on Monday it had sent more troops to Bubong, a day after gunmen killed two soldiers "
             "on patrol there.\n\nLieutenant Rey Dagohoy said the attackers fled into the hills."},
    # -- Mexico: police commander shot in Culiacan (Thu 18 June), wire and a copy, a funeral
    {"incident": "MX1", "source": "Pacifico Wire", "published": "2026-06-18T23:00:00-07:00",
     "title": "Police commander shot dead in Culiacan",
     "text": "CULIACAN, Mexico, June 18 (Pacifico Wire) - Gunmen shot dead a state police commander, Ernesto "
             "Valdez, as he left a gym in the Las Quintas neighbourhood of Culiacan on Thursday evening, "
             "prosecutors said."},
    {"incident": "MX1", "source": "noticias-sinaloa.example", "published": "2026-06-19T08:00:00-07:00",
     "title": "Police commander shot dead in Culiacan",
     "text": "Gunmen shot dead a state police commander, Ernesto Valdez, as he left a gym in the Las Quintas "
             "neighbourhood of Culiacan on Thursday evening, prosecutors said.\n\nSubscribe to our newsletter"},
    {"incident": "MX1", "source": "El Vigia Sinaloa", "published": "2026-06-20T12:00:00-07:00",
     "title": "Hundreds attend funeral of slain commander Valdez",
     "text": "Hundreds of police officers attended the funeral of commander Ernesto Valdez in Culiacan on "
             "Saturday, two days after he was shot outside a gym in Las Quintas."},
    # -- Mexico: shootout in Culiacan the next day (Fri 19 June), same city
    {"incident": "MX2", "source": "El Vigia Sinaloa", "published": "2026-06-19T22:00:00-07:00",
     "title": "Soldiers and gunmen in shootout on Culiacan highway",
     "text": "Soldiers exchanged fire with gunmen on the Mexico 15 highway at the northern exit of Culiacan on "
             "Friday, killing three of the attackers, the defence ministry said.\n\nDrivers abandoned their cars "
             "and ran for cover."},
    {"incident": "MX2", "source": "Pacifico Wire", "published": "2026-06-20T01:30:00-07:00",
     "title": "Three gunmen killed in Culiacan clash with army",
     "text": "CULIACAN, Mexico, June 19 (Pacifico Wire) - Three gunmen were killed in a firefight with soldiers "
             "on the Mexico 15 highway north of Culiacan on Friday, the defence ministry said."},
    # -- Mexico: a single arson report in Culiacan (Sat 20 June)
    {"incident": "MX3", "source": "El Vigia Sinaloa", "published": "2026-06-20T21:00:00-07:00",
     "title": "Armed men torch shop in Culiacan",
     "text": "Armed men set fire to a tyre shop on Obregon Avenue in Culiacan on Saturday night after ordering "
             "the workers out, firefighters said."},
    # -- Pakistan: bomb at a Quetta checkpoint (Sat 20 June)
    {"incident": "PK1", "source": "Indus Wire", "published": "2026-06-20T17:00:00+05:00",
     "title": "Bomb near Quetta checkpoint kills four",
     "text": "QUETTA, Pakistan, June 20 (Indus Wire) - A bomb hidden in a motorcycle exploded near a police "
             "checkpoint on Sariab Road in Quetta on Saturday, killing four people, including two police "
             "officers, a police official said."},
    {"incident": "PK1", "source": "Balochistan Post Daily", "published": "2026-06-21T09:00:00+05:00",
     "title": "Sariab Road blast: police officers among dead",
     "text": "Two police officers and two passers-by were killed when a motorcycle bomb went off beside a "
             "checkpoint on Sariab Road in Quetta on Saturday, officials said.\n\nShopkeeper Niaz Baloch said "
             "the motorcycle had been parked there for an hour."},
    # -- Pakistan: attack on a polio team near Peshawar (Sat 20 June), same day, same country
    {"incident": "PK2", "source": "Frontier Express", "published": "2026-06-20T19:30:00+05:00",
     "title": "Gunmen kill policeman guarding polio team near Peshawar",
     "text": "PESHAWAR - Gunmen opened fire on a polio vaccination team in the Mathra area of Peshawar on "
             "Saturday, killing the policeman guarding it, health official Sana Yousafzai said."},
    {"incident": "PK2", "source": "Indus Wire", "published": "2026-06-21T11:00:00+05:00",
     "title": "Polio drive suspended in Mathra after attack",
     "text": "PESHAWAR, Pakistan, June 21 (Indus Wire) - Health officials suspended a polio vaccination "
             "drive in Mathra on Sunday, a day after gunmen shot dead a police officer escorting a vaccination "
             "team there."},
]
