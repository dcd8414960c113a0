"""A stream of short local and wire conflict reports about 26 incidents in 16 countries (written for
truce by the incid11 helper, 2026-12-03, issue 12), with the gold written before truce was run on them.

Fictional: real countries, regions, towns, armies and well-known armed groups are the setting; every
person, outlet, quote and incident is invented. ``benchmarks/written/build_streams11.py`` splits the
reports into dev and blind 50/50 by *group* (``check_written.FILE_BLIND_SHARE["clusters_streams11"]``):
a group is one incident or an incident and its tempting look-alike (the same mode on the same day in
another town, the same town a week later), so a look-alike always sits in the same half as the incident
it could be merged with, and an incident is never on both sides.

What the reports hold: one happening told by two to four outlets in other words and other date
expressions ("on Thursday", "overnight", "last week", "late on Friday"); follow-ups days later with new
tolls, some only by a noun ("the toll from Friday's bombing"); an anaphoric follow-up sentence ("The
strike also destroyed ...") that names neither day nor place; the region or province against the town
inside it; "clashes" against "attack"; exact and lightly edited copies. And the false merges: the same
mode on the same day in another town of the region, the same town a week later, two happenings in one
article (its gold is the first one; the second one's other reports are an incident of their own).
"""

REPORTS = [
    # -- G01: A01 missile strike on Zaporizhzhia city (Thu 8 Oct), A02 drone strike on Orikhiv the same day --
    {"incident": "A01", "group": "G01", "source": "Dnipro Wire", "published": "2026-10-08T14:20:00+03:00",
     "title": "Russian missile hits apartment block in Zaporizhzhia, four killed",
     "text": "ZAPORIZHZHIA, Oct 8 (Dnipro Wire) - A Russian missile struck a nine-storey apartment block in "
             "the city of Zaporizhzhia on Thursday morning, killing four people and wounding 17, regional "
             "governor Oleh Marchuk said.\n\nRescuers were searching the rubble on Sobornyi Avenue for more "
             "survivors."},
    {"incident": "A01", "group": "G01", "source": "Southern Front Daily", "published": "2026-10-08T19:05:00+03:00",
     "title": "Strike on Zaporizhzhia region kills four",
     "text": "Four civilians were killed and 17 injured when a missile hit a residential building in the "
             "Zaporizhzhia region this morning, the regional administration said.\n\nThe strike also "
             "destroyed a pharmacy and damaged a school nearby."},
    {"incident": "A01", "group": "G01", "source": "Dnipro Wire", "published": "2026-10-10T10:00:00+03:00",
     "title": "Zaporizhzhia toll rises to six",
     "text": "ZAPORIZHZHIA, Oct 10 (Dnipro Wire) - The death toll from Thursday's missile strike on an "
             "apartment block in Zaporizhzhia has risen to six, governor Oleh Marchuk said on Saturday.\n\n"
             "Two of the wounded died in hospital overnight."},
    {"incident": "A01", "group": "G01", "source": "Kyiv Evening Post", "published": "2026-10-09T08:30:00+03:00",
     "title": "Rescuers end search on Sobornyi Avenue",
     "text": "Rescue teams finished clearing the rubble of the apartment block on Sobornyi Avenue in "
             "Zaporizhzhia on Friday, a day after a Russian missile killed four residents there.\n\n"
             "The missile hit the building shortly after 9 a.m. on Thursday, emergency services said."},
    {"incident": "A02", "group": "G01", "source": "Dnipro Wire", "published": "2026-10-08T16:45:00+03:00",
     "title": "Drone kills man in Orikhiv",
     "text": "A Russian drone struck a car in the frontline town of Orikhiv on Thursday, killing a 58-year-old "
             "man, the regional administration said."},
    {"incident": "A02", "group": "G01", "source": "Southern Front Daily", "published": "2026-10-09T07:10:00+03:00",
     "title": "Orikhiv driver killed by drone",
     "text": "A man was killed on Thursday afternoon when a Russian attack drone hit his car on the "
             "outskirts of Orikhiv, local officials said. Police named him as Viktor Hrytsenko, 58."},

    # -- G02: A03 mass abduction in Kaura Namoda (Sun 11 Oct), A04 highway abduction near Gusau the same day --
    {"incident": "A03", "group": "G02", "source": "Zamfara Herald", "published": "2026-10-12T09:00:00+01:00",
     "title": "Bandits abduct villagers in Kaura Namoda",
     "text": "Armed bandits on motorcycles stormed Sabon Garin Banga village in Kaura Namoda local "
             "government area on Sunday night and abducted at least 20 residents, a community leader, "
             "Alhaji Musa Danladi, said.\n\nHe said the gunmen shot sporadically as they moved from house "
             "to house."},
    {"incident": "A03", "group": "G02", "source": "Sahel Wire", "published": "2026-10-13T15:30:00+01:00",
     "title": "Gunmen kidnap 23 in northwest Nigeria",
     "text": "Gunmen kidnapped at least 23 people in a raid on a village in Nigeria's Zamfara state late on "
             "Sunday, residents and a local official said on Tuesday.\n\nThe attackers arrived on about 40 "
             "motorcycles, said Musa Danladi, a community leader in Kaura Namoda."},
    {"incident": "A03", "group": "G02", "source": "Zamfara Herald", "published": "2026-10-15T08:00:00+01:00",
     "title": "Banga abduction: number taken rises to 31",
     "text": "The number of villagers abducted from Sabon Garin Banga in Kaura Namoda has risen to 31, "
             "families said on Wednesday, as more households reported missing relatives.\n\nThe bandits "
             "have demanded a ransom of 50 million naira."},
    {"incident": "A04", "group": "G02", "source": "Zamfara Herald", "published": "2026-10-12T11:30:00+01:00",
     "title": "Eight travellers kidnapped on Gusau road",
     "text": "Gunmen blocked the Gusau-Funtua highway near Gusau on Sunday evening and abducted eight "
             "passengers from a commercial bus, police spokesman Yazid Abubakar said."},
    {"incident": "A04", "group": "G02", "source": "Northwest Courier", "published": "2026-10-12T18:00:00+01:00",
     "title": "Bus passengers seized near Gusau",
     "text": "Eight travellers were kidnapped when armed men stopped their bus on the highway outside Gusau, "
             "the Zamfara state capital, on Sunday, the driver told reporters."},

    # -- G03: A05 car bombing at the KM4 junction in Mogadishu (Fri 2 Oct), A06 roadside bomb in Daynile a week later --
    {"incident": "A05", "group": "G03", "source": "Horn Wire", "published": "2026-10-02T13:10:00+03:00",
     "title": "Car bomb kills nine at Mogadishu checkpoint",
     "text": "MOGADISHU, Oct 2 (Horn Wire) - A car bomb exploded at a security checkpoint near the KM4 "
             "junction in Mogadishu on Friday, killing at least nine people, police officer Abdirahman "
             "Nur said.\n\nAl-Shabaab said it carried out the attack."},
    {"incident": "A05", "group": "G03", "source": "Radio Banadir Voice", "published": "2026-10-02T16:40:00+03:00",
     "title": "Suicide bomber strikes KM4",
     "text": "A suicide bomber drove an explosives-laden minibus into a checkpoint at KM4 in the capital this "
             "afternoon, killing 12 people including four soldiers, witnesses said.\n\nAmbulance driver "
             "Hassan Warsame said the blast shattered windows across Maka al-Mukarama road."},
    {"incident": "A05", "group": "G03", "source": "Somali Daily Digest", "published": "2026-10-03T07:00:00+03:00",
     "title": "Car bomb kills nine at Mogadishu checkpoint",
     "text": "MOGADISHU, Oct 2 (Horn Wire) - A car bomb exploded at a security checkpoint near the KM4 "
             "junction in Mogadishu on Friday, killing at least nine people, police officer Abdirahman "
             "Nur said.\n\nAl-Shabaab said it carried out the attack.\n\nShare this story. Subscribe to "
             "our newsletter."},
    {"incident": "A05", "group": "G03", "source": "Horn Wire", "published": "2026-10-05T10:20:00+03:00",
     "title": "Mogadishu bombing toll rises to 15",
     "text": "MOGADISHU, Oct 5 (Horn Wire) - The toll from Friday's car bombing at the KM4 junction in "
             "Mogadishu has risen to 15, the Banadir regional health office said on Monday."},
    {"incident": "A06", "group": "G03", "source": "Horn Wire", "published": "2026-10-09T12:00:00+03:00",
     "title": "Roadside bomb kills two soldiers in Mogadishu",
     "text": "MOGADISHU, Oct 9 (Horn Wire) - A roadside bomb hit a military vehicle in Mogadishu's Daynile "
             "district on Friday, killing two soldiers, an army officer, Major Ali Gedi, said."},
    {"incident": "A06", "group": "G03", "source": "Radio Banadir Voice", "published": "2026-10-09T17:30:00+03:00",
     "title": "Two soldiers die in Daynile blast",
     "text": "Two Somali soldiers were killed this morning when an explosive device planted by the roadside "
             "went off as their pickup passed through Daynile, residents said."},

    # -- G04: A07 drone strike on a fuel depot in El Obeid (Mon 19 Oct) --
    {"incident": "A07", "group": "G04", "source": "Nile Dispatch", "published": "2026-10-19T20:15:00+02:00",
     "title": "RSF drones hit El Obeid fuel depot",
     "text": "Drones launched by the Rapid Support Forces struck a fuel depot in El Obeid on Monday, killing "
             "three workers and setting storage tanks on fire, the army said in a statement."},
    {"incident": "A07", "group": "G04", "source": "Kordofan Radio", "published": "2026-10-20T08:00:00+02:00",
     "title": "Three killed in North Kordofan drone attack",
     "text": "A drone attack on a fuel storage site in North Kordofan state killed three workers yesterday, "
             "a state official, Ibrahim Adam Yousif, said. Fire crews fought the blaze through the night."},
    {"incident": "A07", "group": "G04", "source": "Khartoum Monitor Online", "published": "2026-10-21T11:00:00+02:00",
     "title": "El Obeid counts the cost of depot strike",
     "text": "Queues for fuel stretched across El Obeid on Wednesday, two days after drones hit the city's "
             "main fuel depot and killed three workers.\n\nThe strike also destroyed two tanker trucks, "
             "said depot manager Ibrahim Adam Yousif."},

    # -- G05: A08 fighting at Babanusa (Tue 13 Oct): "clashes" against "attack", town against state --
    {"incident": "A08", "group": "G05", "source": "Nile Dispatch", "published": "2026-10-13T21:00:00+02:00",
     "title": "Heavy clashes in Babanusa",
     "text": "Fierce clashes broke out between the army and the Rapid Support Forces in Babanusa on Tuesday, "
             "residents said, with heavy artillery heard around the army's 22nd Division base."},
    {"incident": "A08", "group": "G05", "source": "Sudan Army Media", "published": "2026-10-14T09:30:00+02:00",
     "title": "Army repels RSF assault on 22nd Division",
     "text": "The Rapid Support Forces attacked the headquarters of the 22nd Infantry Division in Babanusa "
             "on Tuesday and were repelled after hours of fighting, army spokesman Brigadier Nabil Osman said."},
    {"incident": "A08", "group": "G05", "source": "Kordofan Radio", "published": "2026-10-14T07:45:00+02:00",
     "title": "Fighting in West Kordofan",
     "text": "Army troops and RSF fighters fought for several hours in West Kordofan state on Tuesday, "
             "local sources said, without giving a toll."},

    # -- G06: A09 ADF massacre in Oicha (Wed 7 Oct night), A10 ADF raid on Eringeti the next Tuesday --
    {"incident": "A09", "group": "G06", "source": "Beni Echo", "published": "2026-10-08T09:20:00+02:00",
     "title": "ADF rebels kill 18 in Oicha",
     "text": "Rebels of the Allied Democratic Forces killed 18 civilians with machetes and guns in the Mapasana "
             "neighbourhood of Oicha overnight Wednesday, civil society leader Kambale Muhindo said."},
    {"incident": "A09", "group": "G06", "source": "Great Lakes Wire", "published": "2026-10-08T15:00:00+02:00",
     "title": "Suspected ADF attack kills at least 16 in eastern Congo",
     "text": "GOMA, Oct 8 (Great Lakes Wire) - Suspected ADF rebels killed at least 16 people in an attack in "
             "Congo's North Kivu province on Wednesday night, local officials said on Thursday."},
    {"incident": "A09", "group": "G06", "source": "Beni Echo", "published": "2026-10-10T10:00:00+02:00",
     "title": "Oicha massacre: toll rises to 22",
     "text": "Four more bodies were found in the fields around Mapasana on Saturday, bringing the toll of "
             "Wednesday's massacre in Oicha to 22, Kambale Muhindo said.\n\nThe attackers also burned "
             "a health centre and 30 houses."},
    {"incident": "A10", "group": "G06", "source": "Beni Echo", "published": "2026-10-14T08:40:00+02:00",
     "title": "Rebels attack Eringeti",
     "text": "ADF rebels attacked Eringeti on Tuesday evening, killing five civilians and abducting several "
             "others, the local administrator, Jean-Paul Kasereka, said."},
    {"incident": "A10", "group": "G06", "source": "Great Lakes Wire", "published": "2026-10-14T13:30:00+02:00",
     "title": "Five killed in new ADF attack",
     "text": "GOMA, Oct 14 (Great Lakes Wire) - Suspected ADF fighters killed five civilians in the town of "
             "Eringeti in North Kivu late on Tuesday, administrator Jean-Paul Kasereka said."},

    # -- G07: A11 ELN attack on the Tame police station (Sat 17 Oct), A12 ELN attack on an army patrol near Saravena the same day --
    {"incident": "A11", "group": "G07", "source": "Andes Wire", "published": "2026-10-17T15:00:00-05:00",
     "title": "ELN bomb attack on Tame police station",
     "text": "BOGOTA, Oct 17 (Andes Wire) - ELN rebels attacked a police station in the town of Tame in "
             "Arauca province with explosives early on Saturday, wounding four officers, police said."},
    {"incident": "A11", "group": "G07", "source": "La Voz del Llano", "published": "2026-10-17T18:20:00-05:00",
     "title": "Explosion at Tame police station",
     "text": "A powerful blast shook the police station in Tame before dawn today, wounding four "
             "policemen, commander Colonel Andres Pabon said. He blamed the ELN."},
    {"incident": "A11", "group": "G07", "source": "Andes Wire", "published": "2026-10-19T11:10:00-05:00",
     "title": "Officer dies after Tame attack",
     "text": "BOGOTA, Oct 19 (Andes Wire) - A police officer wounded in Saturday's ELN attack on the police "
             "station in Tame died in hospital on Monday, Colonel Andres Pabon said."},
    {"incident": "A12", "group": "G07", "source": "Andes Wire", "published": "2026-10-17T20:30:00-05:00",
     "title": "Soldiers wounded in Arauca ambush",
     "text": "BOGOTA, Oct 17 (Andes Wire) - ELN fighters fired on an army patrol near Saravena in Arauca on "
             "Saturday afternoon, wounding two soldiers, the army said."},
    {"incident": "A12", "group": "G07", "source": "La Voz del Llano", "published": "2026-10-18T08:00:00-05:00",
     "title": "Patrol ambushed outside Saravena",
     "text": "Two soldiers were wounded on Saturday when guerrillas opened fire on their patrol on the road "
             "between Saravena and Fortul, the army's 18th Brigade said."},

    # -- G08: A13 bar shooting in Celaya (Fri 23 Oct night), A14 another bar shooting in Celaya a week later --
    {"incident": "A13", "group": "G08", "source": "Bajio Noticias", "published": "2026-10-24T08:30:00-06:00",
     "title": "Gunmen kill five at Celaya bar",
     "text": "Gunmen burst into the La Terraza bar on Avenida Tecnologico in Celaya late on Friday and opened "
             "fire on customers, killing five people, the Guanajuato state prosecutor's office said."},
    {"incident": "A13", "group": "G08", "source": "Mexico Wire", "published": "2026-10-24T12:00:00-06:00",
     "title": "Five shot dead in central Mexico bar",
     "text": "MEXICO CITY, Oct 24 (Mexico Wire) - Five people were shot dead overnight when armed men attacked "
             "a bar in the city of Celaya in Guanajuato state, prosecutors said on Saturday."},
    {"incident": "A13", "group": "G08", "source": "Guanajuato Hoy", "published": "2026-10-24T15:00:00-06:00",
     "title": "Gunmen kill five people at Celaya bar",
     "text": "Gunmen stormed the La Terraza bar on Avenida Tecnologico in Celaya late on Friday and opened "
             "fire on customers, killing five people, the Guanajuato state prosecutor's office said.\n\n"
             "Read more local news."},
    {"incident": "A13", "group": "G08", "source": "Mexico Wire", "published": "2026-10-26T17:00:00-06:00",
     "title": "Sixth victim of Celaya bar attack dies",
     "text": "MEXICO CITY, Oct 26 (Mexico Wire) - A sixth victim of Friday's bar shooting in Celaya died in "
             "hospital on Monday, Guanajuato prosecutors said."},
    {"incident": "A14", "group": "G08", "source": "Bajio Noticias", "published": "2026-10-31T09:00:00-06:00",
     "title": "Two killed in attack on Celaya bar",
     "text": "Armed men shot dead two people at the El Farolito bar in the Las Insurgentes neighbourhood of "
             "Celaya on Friday night, police said."},
    {"incident": "A14", "group": "G08", "source": "Mexico Wire", "published": "2026-10-31T13:45:00-06:00",
     "title": "Another deadly bar shooting in Celaya",
     "text": "MEXICO CITY, Oct 31 (Mexico Wire) - Gunmen killed two people at a bar in Celaya late on "
             "Friday, a week after five were shot dead at another bar in the city, police said."},

    # -- G09: A15 IED on a police van in Dera Ismail Khan (Wed 14 Oct), A16 IED on an army vehicle in Bannu the same day --
    {"incident": "A15", "group": "G09", "source": "Frontier Post Online", "published": "2026-10-14T17:00:00+05:00",
     "title": "Three policemen killed in DI Khan blast",
     "text": "A roadside bomb struck a police van on the Indus Highway in Dera Ismail Khan on Wednesday, "
             "killing three policemen, district police officer Tariq Mehmood said."},
    {"incident": "A15", "group": "G09", "source": "Indus Wire", "published": "2026-10-14T20:40:00+05:00",
     "title": "Pakistani Taliban claim bombing that killed three police",
     "text": "PESHAWAR, Oct 14 (Indus Wire) - The Pakistani Taliban claimed a bomb attack that killed three "
             "police officers in Khyber Pakhtunkhwa province on Wednesday, a spokesman for the group said."},
    {"incident": "A15", "group": "G09", "source": "Frontier Post Online", "published": "2026-10-15T09:15:00+05:00",
     "title": "Funeral prayers held for DI Khan policemen",
     "text": "Funeral prayers were held in Dera Ismail Khan on Thursday for the three policemen killed by "
             "Wednesday's roadside bombing on the Indus Highway, said Tariq Mehmood."},
    {"incident": "A16", "group": "G09", "source": "Indus Wire", "published": "2026-10-14T15:20:00+05:00",
     "title": "Two soldiers killed in Bannu bombing",
     "text": "PESHAWAR, Oct 14 (Indus Wire) - An improvised explosive device hit an army vehicle in Bannu "
             "district on Wednesday morning, killing two soldiers, the military's media wing said."},
    {"incident": "A16", "group": "G09", "source": "Frontier Post Online", "published": "2026-10-14T18:30:00+05:00",
     "title": "Bannu IED kills two soldiers",
     "text": "Two soldiers were martyred when a bomb planted on the Bannu-Miranshah road exploded near their "
             "vehicle on Wednesday, security officials said."},

    # -- G10: A17 air strike on Let Yet Kone village, Sagaing (Tue 20 Oct) --
    {"incident": "A17", "group": "G10", "source": "Irrawaddy Watch", "published": "2026-10-21T10:00:00+06:30",
     "title": "Junta air strike kills 11 in Depayin village",
     "text": "Military jets bombed Let Yet Kone village in Depayin township on Tuesday afternoon, killing 11 "
             "people including four children, a local resistance leader, Ko Zaw Lin, said."},
    {"incident": "A17", "group": "G10", "source": "Asia Wire", "published": "2026-10-21T14:30:00+07:00",
     "title": "Myanmar air strike kills at least 11",
     "text": "BANGKOK, Oct 21 (Asia Wire) - An air strike by Myanmar's military killed at least 11 people in "
             "the Sagaing region on Tuesday, a resistance group said. The military did not respond to "
             "requests for comment."},
    {"incident": "A17", "group": "G10", "source": "Irrawaddy Watch", "published": "2026-10-23T09:00:00+06:30",
     "title": "Depayin strike toll reaches 14",
     "text": "Three more villagers wounded in the bombing of Let Yet Kone died on Thursday, raising the toll "
             "to 14, Ko Zaw Lin said."},

    # -- G11: A18 convoy ambush near Ansongo (Sun 4 Oct), A19 killing of four civilians in Menaka (Mon 5 Oct): one article tells both --
    {"incident": "A18", "group": "G11", "source": "Sahel Wire", "published": "2026-10-06T12:00:00+00:00",
     "title": "Jihadists ambush army convoy in eastern Mali",
     "text": "BAMAKO, Oct 6 (Sahel Wire) - Fighters of the al Qaeda-linked JNIM ambushed an army convoy near "
             "Ansongo on Sunday, killing six soldiers, security sources said.\n\nIn a separate attack, gunmen "
             "killed four civilians at a livestock market in Menaka on Monday, a local official said."},
    {"incident": "A18", "group": "G11", "source": "Radio Gao Info", "published": "2026-10-05T08:00:00+00:00",
     "title": "Convoy attacked on Ansongo road",
     "text": "An army supply convoy was attacked yesterday on the road between Gao and Ansongo, leaving six "
             "soldiers dead, a military source said. JNIM claimed the ambush."},
    {"incident": "A19", "group": "G11", "source": "Radio Gao Info", "published": "2026-10-06T07:30:00+00:00",
     "title": "Four killed at Menaka cattle market",
     "text": "Gunmen on motorcycles killed four civilians at the cattle market in Menaka on Monday afternoon, "
             "a local councillor, Ag Alhassane Mohamed, said."},
    {"incident": "A19", "group": "G11", "source": "Menaka Voice", "published": "2026-10-05T21:00:00+00:00",
     "title": "Market attack in Menaka",
     "text": "Four traders were shot dead at the Menaka livestock market this afternoon by armed men who "
             "fled on motorbikes, witnesses said."},

    # -- G12: A20 shelling of al-Rawdah, Taiz (Thu 1 Oct), A21 shelling in Taiz a week later --
    {"incident": "A20", "group": "G12", "source": "Taiz Today", "published": "2026-10-01T19:00:00+03:00",
     "title": "Houthi shelling kills two children in Taiz",
     "text": "Houthi shelling killed two children in the al-Rawdah neighbourhood of Taiz on Thursday, the "
             "city's health office said."},
    {"incident": "A20", "group": "G12", "source": "Arabia Wire", "published": "2026-10-02T09:30:00+03:00",
     "title": "Two children killed in Yemen's Taiz",
     "text": "ADEN, Oct 2 (Arabia Wire) - Two children were killed when a mortar shell struck their home in "
             "Yemen's besieged city of Taiz on Thursday, local officials said, blaming the Houthis."},
    {"incident": "A21", "group": "G12", "source": "Taiz Today", "published": "2026-10-08T18:30:00+03:00",
     "title": "Woman killed by shelling in Taiz",
     "text": "A woman was killed and three people were wounded by Houthi shelling in the Zaid al-Mushki "
             "area of Taiz on Thursday, medics said."},
    {"incident": "A21", "group": "G12", "source": "Arabia Wire", "published": "2026-10-09T08:00:00+03:00",
     "title": "Shelling kills woman in Taiz",
     "text": "ADEN, Oct 9 (Arabia Wire) - Houthi shelling killed a woman and wounded three other civilians in "
             "Taiz on Thursday, a week after two children died in a similar attack, medics said."},

    # -- G13: A22 gang attack on Mirebalais (night of Sun 25 to Mon 26 Oct) --
    {"incident": "A22", "group": "G13", "source": "Caribbean Wire", "published": "2026-10-26T13:00:00-04:00",
     "title": "Gangs attack Haitian town of Mirebalais",
     "text": "PORT-AU-PRINCE, Oct 26 (Caribbean Wire) - Members of the Viv Ansanm gang coalition attacked the "
             "town of Mirebalais overnight, burning homes and killing at least seven people, a local "
             "official, Wilner Destine, said on Monday."},
    {"incident": "A22", "group": "G13", "source": "Radio Centre Haiti", "published": "2026-10-27T08:00:00-04:00",
     "title": "Mirebalais residents flee after gang raid",
     "text": "Hundreds of residents fled Mirebalais on Monday and Tuesday after gang members stormed the town "
             "early on Monday, killing seven people and setting houses alight, Wilner Destine said."},

    # -- G14: A23 insurgent attack on Chai village, Macomia (Thu 15 Oct); a province-level report days later --
    {"incident": "A23", "group": "G14", "source": "Cabo Delgado Observer", "published": "2026-10-16T10:00:00+02:00",
     "title": "Insurgents kill six in Chai",
     "text": "Islamic State-linked insurgents killed six people in the village of Chai in Macomia district "
             "on Thursday, a local administrator, Fernando Muianga, said."},
    {"incident": "A23", "group": "G14", "source": "Indian Ocean Wire", "published": "2026-10-19T12:00:00+02:00",
     "title": "Six villagers killed in northern Mozambique",
     "text": "MAPUTO, Oct 19 (Indian Ocean Wire) - Insurgents killed six villagers in Mozambique's Cabo "
             "Delgado province last week, administrator Fernando Muianga said on Monday."},

    # -- G15: A24 NPA ambush in Las Navas, Northern Samar (Tue 6 Oct), with a republished copy --
    {"incident": "A24", "group": "G15", "source": "Visayas Wire", "published": "2026-10-06T16:00:00+08:00",
     "title": "Two soldiers killed in NPA ambush in Northern Samar",
     "text": "TACLOBAN, Oct 6 (Visayas Wire) - New People's Army rebels ambushed a patrol of the army's 20th "
             "Infantry Battalion in Las Navas, Northern Samar, on Tuesday, killing two soldiers, Lieutenant "
             "Colonel Ramon Dizon said."},
    {"incident": "A24", "group": "G15", "source": "Samar Bulletin", "published": "2026-10-07T06:30:00+08:00",
     "title": "NPA ambush kills 2 soldiers",
     "text": "TACLOBAN, Oct 6 (Visayas Wire) - New People's Army rebels ambushed a patrol of the army's 20th "
             "Infantry Battalion in Las Navas, Northern Samar, on Tuesday, killing two soldiers, Lieutenant "
             "Colonel Ramon Dizon said."},
    {"incident": "A24", "group": "G15", "source": "Radio Catarman", "published": "2026-10-07T09:00:00+08:00",
     "title": "Soldiers die in Las Navas firefight",
     "text": "Two government soldiers were killed yesterday in a firefight with communist guerrillas in "
             "the hills of Barangay Quirino, Las Navas, an army officer said."},

    # -- G16: A25 drone strike on a car near Nabatieh (Mon 12 Oct), A26 drone strike on a motorbike in Bint Jbeil the same day --
    {"incident": "A25", "group": "G16", "source": "Levant Wire", "published": "2026-10-12T15:00:00+03:00",
     "title": "Israeli drone strike kills two near Nabatieh",
     "text": "BEIRUT, Oct 12 (Levant Wire) - An Israeli drone strike hit a car on the road between Nabatieh "
             "and Kfar Roummane on Monday, killing two men, Lebanon's health ministry said."},
    {"incident": "A25", "group": "G16", "source": "South Lebanon Daily", "published": "2026-10-12T18:00:00+03:00",
     "title": "Two killed in strike in south Lebanon",
     "text": "An Israeli strike on a vehicle killed two people in south Lebanon on Monday, the state news "
             "agency said."},
    {"incident": "A25", "group": "G16", "source": "Levant Wire", "published": "2026-10-13T10:00:00+03:00",
     "title": "Israel says it struck Hezbollah operatives",
     "text": "BEIRUT, Oct 13 (Levant Wire) - The Israeli military said on Tuesday it had struck two "
             "Hezbollah operatives travelling in a car in the Nabatieh area on Monday."},
    {"incident": "A26", "group": "G16", "source": "Levant Wire", "published": "2026-10-12T19:30:00+03:00",
     "title": "Drone strike on motorbike in Bint Jbeil",
     "text": "BEIRUT, Oct 12 (Levant Wire) - An Israeli drone struck a motorbike in the town of Bint Jbeil on "
             "Monday evening, killing its rider, the health ministry said."},
    {"incident": "A26", "group": "G16", "source": "South Lebanon Daily", "published": "2026-10-13T08:00:00+03:00",
     "title": "Motorcyclist killed in Bint Jbeil",
     "text": "A young man was killed on Monday night when an Israeli drone fired a missile at his motorcycle "
             "near the municipal building in Bint Jbeil, residents said."},
]
