"""The lead's second held-out article set (helper writer15b, 2026-12-04 third round): WHOLLY BLIND.

Do not open, print or tune on this file unless you are the lead scoring it. Every article and its gold were
written by hand, fictional (real countries, towns and well-known armed groups as setting only), before truce
was run on any of it. Build:

    python benchmarks/data/written/source/articles_heldout2.blindsrc.py

writes ``benchmarks/data/written/articles_heldout2_blind.jsonl`` (ids = groups ``ha2-<domain>-NN``,
FILE_BLIND_SHARE 1.0). The text starts with the headline as its first paragraph. Coordinates are of the town
(general knowledge, rounded) or null for a region or an unknown place.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "articles_heldout2_blind.jsonl"
N = None


def E(etype, mode, asserted, actor, recipient, place, country, lat, lon, date):
    return {"type": etype, "mode": mode, "asserted": asserted, "actor": actor, "recipient": recipient,
            "place": place, "country": country, "lat": lat, "lon": lon, "date": date}


# (slug, title, [paragraphs], published, source, domain, [events])
ARTICLES = [
    # ================================================================ NON-POLITICAL, conflict words
    ("sport-01", "Harriers blitz sorry Ashford to reach cup semi-final", [
        "Ravensmoor Harriers produced a second-half blitz to crush Ashford Town 4-0 and march into the "
        "semi-finals of the county cup on Tuesday night.",
        "Winger Dele Okoro fired the opener from 20 yards on 52 minutes and striker Callum Frew struck twice in "
        "six minutes as Ashford's defence collapsed under wave after wave of attacks.",
        "\"We were shot to pieces after the break,\" Ashford manager Steve Rudd admitted. \"They hit us on the "
        "counter every time we pushed forward.\"",
        "Harriers will face the winners of Wednesday's clash between Dunmoor and Keswick Rangers.",
    ], "2026-11-17T22:40:00+00:00", "Northern Evening Post", "sport", []),
    ("sport-02", "Referee attacked as Sunday league match descends into brawl", [
        "A Sunday league fixture in Coventry was abandoned after a referee was punched and players from both "
        "sides brawled on the pitch, the county FA said.",
        "The official, a 58-year-old who has refereed in the league for 30 years, suffered a cut eye and was "
        "treated at the ground. A 24-year-old player was later arrested on suspicion of assault and released "
        "on bail, West Midlands Police said.",
        "The county FA said it would hand out the heaviest possible bans. \"Violence against referees has no "
        "place in our game,\" its chief executive said.",
    ], "2026-10-12T18:05:00+01:00", "Midlands Gazette", "sport",
     [E("COERCE", "arrest", True, "West Midlands Police", "A 24-year-old player", "Coventry", "GBR", 52.41,
        -1.51, "2026-10-11")]),
    ("sport-03", "Live: Kozlov v Marquez — heavyweight war in Las Vegas", [
        "22:14 — Welcome to our round-by-round coverage of tonight's heavyweight title fight. Both men weighed "
        "in heavier than ever and promised a war.",
        "22:31 — Round 3: Kozlov lands a thudding left hook and Marquez is rocked. He survives the onslaught "
        "but is bleeding from the nose.",
        "22:48 — Round 7: Marquez fires back with a brutal body shot and Kozlov drops to one knee. The crowd "
        "is on its feet.",
        "23:02 — It's over! Marquez knocks Kozlov out with a crushing right hand in the ninth round to seize "
        "the WBO belt.",
    ], "2026-09-27T23:05:00-07:00", "RingSide Daily", "sport", []),
    ("sport-04", "Cricket: Proteas bowlers fire as England collapse", [
        "England's batting collapsed in spectacular fashion on the second morning in Cape Town, losing seven "
        "wickets for 41 runs as South Africa's pace attack ran riot.",
        "Fast bowler Thabo Mnguni struck three times in his first spell, hitting the top of off stump twice, "
        "and spinner Jaco Steyn mopped up the tail.",
        "England's coach defended his batters' aggressive approach. \"We attack, that's who we are, and today "
        "it blew up in our faces,\" he said.",
    ], "2026-12-01T16:30:00+02:00", "Cover Point", "sport", []),
    ("sport-05", "Transfer raid: Gallant swoop for Atalaya's teenage sensation", [
        "Lisbon side Gallant FC have launched a raid on rivals Atalaya for their 17-year-old midfielder Rui "
        "Sardinha, tabling a bid of 30 million euros.",
        "Atalaya's president hit out at the approach, calling it \"an ambush\" and vowing to fight to keep the "
        "player, whose contract runs until 2029.",
        "The battle for Sardinha's signature could run until the end of the window, agents close to the "
        "player said.",
    ], "2026-08-14T09:15:00+01:00", "Bola Hoje English", "sport", []),
    ("sport-06", "Ice hockey: gloves off as Stingrays and Raptors trade blows", [
        "Five players were ejected after a bench-clearing brawl in the second period of the Stingrays' 5-3 "
        "win over the Raptors on Saturday night.",
        "The fight broke out when Raptors enforcer Dmitri Lasko checked Stingrays captain Ben Holloway into "
        "the glass from behind. Punches were thrown for nearly two minutes before officials separated them.",
        "The league's disciplinary panel will review the incident on Monday.",
    ], "2026-11-02T07:00:00-05:00", "Puck Report", "sport", []),
    ("markets-01", "Markets bloodbath: tech shares hammered as bond yields spike", [
        "Global stock markets suffered their worst day in a year on Thursday as a spike in bond yields "
        "triggered a brutal sell-off in technology shares.",
        "The Nasdaq plunged 4.8%, with chipmaker Arcturon bombing 19% after missing sales targets. "
        "\"It's a massacre out there,\" said one trader in Chicago.",
        "Strategists said investors were fleeing riskier assets and warned that more pain could hit markets "
        "if the inflation data due next week surprises to the upside.",
    ], "2026-10-22T21:30:00+00:00", "Capital Markets Wire", "markets", []),
    ("markets-02", "Speculators raid the forint as central bank holds fire", [
        "The Hungarian forint came under heavy attack on Monday, sliding 2% against the euro after the central "
        "bank held fire on interest rates.",
        "Hedge funds piled into bets against the currency, traders said, targeting levels last seen in 2022.",
        "\"The bank has left the door wide open and the market is charging through it,\" said an analyst at a "
        "Vienna broker.",
    ], "2026-11-09T15:45:00+01:00", "Danube Finance", "markets", []),
    ("business-01", "Supermarket price war claims its first casualty", [
        "Discount grocer Frugo has fired the latest shot in Britain's supermarket price war, slashing the price "
        "of 400 staple products by up to 20%.",
        "The move comes a week after regional chain Pellow's collapsed into administration, a victim of what "
        "analysts call a battle to the death for shoppers' loyalty.",
        "Rivals are expected to strike back within days. \"Nobody wants to blink first,\" one retail consultant "
        "said.",
    ], "2026-09-03T08:00:00+01:00", "Retail Today", "business", []),
    ("business-02", "Activist investor launches assault on Holmgren board", [
        "Activist fund Brackwater Capital launched a fierce attack on the board of engineering group Holmgren "
        "on Wednesday, demanding the ouster of its chairman and a break-up of the company.",
        "In a letter to shareholders, Brackwater accused the board of \"destroying value\" and said it would "
        "nominate four directors at next spring's meeting.",
        "Holmgren said it would fight the campaign and rejected the criticism.",
    ], "2026-10-07T10:20:00+02:00", "Nordic Business Daily", "business", []),
    ("tech-01", "Ransomware gang strikes city hospital network, patients diverted", [
        "A criminal ransomware gang attacked the computer systems of Marlow General and two sister hospitals "
        "overnight, forcing ambulances to be diverted and operations to be postponed.",
        "The gang, which calls itself DarkLattice, has demanded payment in cryptocurrency and threatened to "
        "publish patient records, the hospital trust said.",
        "Cybersecurity experts said the group had hit at least 40 organisations this year, mostly for money.",
    ], "2026-11-25T12:00:00+00:00", "Health Service Journal Online", "tech", []),
    ("tech-02", "Review: 'Iron Front 4' is a relentless, bloody siege simulator", [
        "Iron Front 4 drops you into a besieged city in a fictional war and asks you to hold a single street "
        "against waves of armoured assaults.",
        "The artillery barrages are deafening, the air strikes cinematic, and the new drone mechanic lets you "
        "call in strikes on enemy tanks from a rooftop.",
        "It's not subtle. But as a shooter it's the most intense campaign the series has produced. Four stars.",
    ], "2026-10-30T14:00:00+00:00", "Pixel Verdict", "tech", []),
    ("entertainment-01", "Box office: war epic 'Sabre Dawn' bombs as horror sequel storms to top", [
        "The $200 million war epic Sabre Dawn bombed on its opening weekend, taking just $14 million in North "
        "America, while low-budget horror sequel The Hollow Hours stormed to first place.",
        "Sabre Dawn, which recreates a fictional tank battle in the desert, was savaged by critics and "
        "audiences alike.",
        "\"It's a disaster for the studio,\" said one box office analyst. \"They fired every gun they had at "
        "the marketing and nothing hit.\"",
    ], "2026-11-16T19:00:00-08:00", "Screen Ledger", "entertainment", []),
    ("entertainment-02", "TV recap: 'The Reckoning' season finale ends in a massacre", [
        "Spoilers ahead. Sunday's season finale of The Reckoning ended the way fans feared: a wedding turned "
        "into a massacre as the Varn family's gunmen stormed the chapel.",
        "Three main characters were shot dead in the final ten minutes, and the show's villain escaped across "
        "the border with the stolen gold.",
        "The showrunner told viewers on social media that the bloodshed had been planned since the first "
        "episode.",
    ], "2026-05-19T06:30:00+00:00", "Couch Critic", "entertainment", []),
    ("weather-01", "Storm Ferrol batters west coast; army helps evacuate flooded towns", [
        "Storm Ferrol battered the west coast overnight with gusts of up to 140 km/h, tearing roofs off houses "
        "and leaving 120,000 homes without power.",
        "Soldiers were deployed with amphibious vehicles to help evacuate residents of two flooded towns on "
        "the River Shannon, the defence forces said.",
        "Forecasters warned that a second storm could strike the same area on Thursday.",
    ], "2026-12-02T07:10:00+00:00", "Atlantic Herald", "weather", []),
    ("weather-02", "Hail and lightning strikes hammer vineyards in Rioja", [
        "A violent hailstorm hammered vineyards across Rioja on Sunday afternoon, shredding vines weeks before "
        "the harvest.",
        "Lightning struck a farm building near Haro and set it ablaze, firefighters said. No one was hurt.",
        "Growers' associations said losses in some villages could reach 70%.",
    ], "2026-08-31T18:00:00+02:00", "Iberia Wine Report", "weather", []),
    ("disaster-01", "Earthquake levels villages in eastern Turkey; rescuers battle aftershocks", [
        "A magnitude 6.4 earthquake struck eastern Turkey before dawn on Wednesday, flattening houses in a "
        "dozen villages and killing at least 23 people, the disaster agency said.",
        "Rescuers battled strong aftershocks and freezing temperatures to pull survivors from the rubble. "
        "Troops and police joined the search.",
        "The quake hit a region where many homes are built of mud brick and stone.",
    ], "2026-02-11T09:30:00+03:00", "Anatolia Daily English", "disaster", []),
    ("disaster-02", "Wildfire seizes ridge above Santa Clarita as thousands flee", [
        "A fast-moving wildfire seized the ridge above Santa Clarita on Monday, forcing 8,000 people from "
        "their homes as flames raced through dry brush.",
        "Firefighters attacked the blaze from the air with water-dropping helicopters and planes. The fire had "
        "destroyed 14 homes by nightfall.",
        "Officials said the fire was probably sparked by a downed power line.",
    ], "2026-09-15T20:00:00-07:00", "Valley Sun", "disaster", []),
    ("accident-01", "Blast at fertiliser plant kills three workers", [
        "An explosion ripped through a fertiliser plant on the outskirts of Kolkata on Friday, killing three "
        "workers and injuring 11 others, fire officials said.",
        "The blast, heard several kilometres away, was caused by a leak in an ammonia storage unit, according "
        "to preliminary findings.",
        "Fire officials said the plant had passed a safety inspection in March.",
    ], "2026-06-05T17:00:00+05:30", "Eastern Chronicle", "accident", []),
    ("accident-02", "Soldier killed in live-fire training accident", [
        "A soldier was killed and two others injured during a live-fire training exercise at the Otterburn "
        "ranges on Tuesday, the Ministry of Defence said.",
        "The soldiers were taking part in an artillery drill when a shell exploded prematurely, the ministry "
        "said. An investigation has been launched.",
        "The soldier's family has been informed.",
    ], "2026-03-17T13:00:00+00:00", "Borders Courier", "accident", []),
    ("crime-01", "Smash-and-grab raiders hit jeweller's in broad daylight", [
        "Four masked raiders armed with hammers smashed their way into a jeweller's on the high street in "
        "Bromley on Saturday afternoon and fled with watches worth an estimated 600,000 pounds.",
        "Shoppers watched in shock as the gang shattered display cases before escaping on mopeds. No one was "
        "injured.",
        "The shop's owner said the stolen watches were insured and that the store would reopen on Monday.",
    ], "2026-11-29T18:30:00+00:00", "South London Echo", "crime", []),
    ("crime-02", "Gang feud blamed for drive-by shooting in Memphis", [
        "Two teenagers were wounded in a drive-by shooting on the south side of Memphis late on Thursday in "
        "what police called the latest round of a feud between two local gangs.",
        "Witnesses said shots were fired from a dark SUV at a group standing outside a convenience store.",
        "Both victims were in stable condition at Regional One hospital on Friday morning.",
    ], "2026-07-10T09:00:00-05:00", "River City News", "crime", []),
    ("science-01", "Orcas ambush great white sharks, researchers film for first time", [
        "A pod of orcas has been filmed ambushing and killing a great white shark off South Africa's coast, "
        "marine biologists said on Monday.",
        "The footage shows the orcas attacking in a coordinated strike, flipping the shark onto its back "
        "before feeding.",
        "The researchers said the hunting technique was spreading through the population.",
    ], "2026-04-20T11:00:00+02:00", "Science Frontier", "science", []),
    ("health-01", "New drug attacks tumours from inside, trial shows", [
        "An experimental drug that attacks cancer cells from within shrank tumours in more than half of "
        "patients in an early-stage trial, doctors reported.",
        "The treatment uses a modified virus to invade tumour cells and trigger the immune system to strike "
        "at the cancer.",
        "Larger trials are due to start next year.",
    ], "2026-06-02T08:00:00+01:00", "Clinical Times", "health", []),
    ("culture-01", "Museum show brings the siege of a medieval city to life", [
        "A new exhibition at the city museum recreates the great siege of 1462, when an invading army "
        "bombarded the walls for six months.",
        "Visitors can see a reconstructed trebuchet, cannonballs dug from the old moat, and the armour of a "
        "knight killed on the ramparts.",
        "The exhibition runs until March.",
    ], "2026-10-01T10:00:00+02:00", "Culture Weekly", "culture", []),
    # ================================================================ POLITICAL CONFLICT (events kept)
    ("conflict-01", "Gunmen kill 12 villagers in Plateau night raid", [
        "JOS, Nigeria (Sahel Wire) — Gunmen killed at least 12 people and burned dozens of houses in a night "
        "raid on the village of Hurti in Plateau state's Bokkos area, local officials said on Tuesday.",
        "The attackers arrived on motorcycles shortly before midnight and fired on residents as they fled, "
        "said a community leader, Dauda Pam.",
        "Police said troops had been deployed to the area and that several suspects had been arrested.",
        "Plateau has seen years of deadly violence between herders and farming communities.",
    ], "2026-04-14T10:00:00+01:00", "Sahel Wire", "conflict", [
        E("ASSAULT", "firearms", True, "Gunmen", "villagers", "Hurti", "NGA", N, N, "2026-04-13"),
        E("ASSAULT", "destroy", True, "Gunmen", "dozens of houses", "Hurti", "NGA", N, N, "2026-04-13"),
        E("MOBILIZE", "troops", True, N, N, "Bokkos", "NGA", 9.30, 8.98, "2026-04-14"),
        E("COERCE", "arrest", True, "Police", "several suspects", "Bokkos", "NGA", 9.30, 8.98, "2026-04-14"),
    ]),
    ("conflict-02", "Drone strike hits market in Sudan's El Obeid", [
        "A drone strike hit a crowded market in the city of El Obeid in North Kordofan on Sunday, killing at "
        "least 18 people, medical sources said.",
        "The army blamed the paramilitary Rapid Support Forces, which did not comment. The RSF has been "
        "besieging the city for weeks.",
        "The UN humanitarian coordinator condemned the attack and called on both sides to protect civilians.",
    ], "2026-09-06T19:00:00+02:00", "Horn Dispatch", "conflict", [
        E("ASSAULT", "drone", True, N, "a crowded market", "El Obeid", "SDN", 13.18, 30.22, "2026-09-06"),
        E("ACCUSE", "allege", True, "The army", "the paramilitary Rapid Support Forces", "El Obeid", "SDN",
          13.18, 30.22, "2026-09-06"),
        E("ACCUSE", "disapprove", True, "The UN humanitarian coordinator", N, N, N, N, N, "2026-09-06"),
        E("REQUEST", "change", True, "The UN humanitarian coordinator", "both sides", N, N, N, N, "2026-09-06"),
    ]),
    ("conflict-03", "Match called off after militants attack police post near stadium", [
        "PESHAWAR, Pakistan — A T20 cricket match in Bannu was called off on Friday after militants attacked "
        "a police post a kilometre from the stadium, killing two policemen, officials said.",
        "The attackers fired rockets and automatic weapons at the post for about an hour before retreating "
        "into nearby fields, a police spokesman said.",
        "Players of both teams were escorted back to their hotel. Security forces launched a search "
        "operation in the area.",
    ], "2026-03-06T20:30:00+05:00", "Frontier Post Online", "conflict", [
        E("ASSAULT", "heavy-weapons", True, "militants", "a police post", "Bannu", "PAK", 32.99, 70.60,
          "2026-03-06"),
        E("MOBILIZE", "police", True, "Security forces", N, "Bannu", "PAK", 32.99, 70.60, "2026-03-06"),
    ]),
    ("conflict-04", "Shelling damages Kharkiv power plant, city partly dark", [
        "Russian missiles struck a thermal power plant in Kharkiv early on Thursday, causing a fire and "
        "cutting electricity to parts of the city, the regional governor said.",
        "Two workers were injured. Repair crews were battling to restore supply before temperatures fall "
        "below zero at the weekend.",
        "Shares in Ukrainian energy firms listed in Warsaw fell sharply on the news.",
        "Moscow said its forces had hit \"energy facilities used by the Ukrainian military\".",
    ], "2026-11-19T09:00:00+02:00", "Eastern Europe Monitor", "conflict", [
        E("ASSAULT", "heavy-weapons", True, N, "a thermal power plant", "Kharkiv", "UKR",
          49.99, 36.23, "2026-11-19"),
    ]),
    ("conflict-05", "Rebels seize border town as army pulls back", [
        "GOMA, DR Congo — Rebels seized the border town of Bunagana on Saturday after two days of heavy "
        "fighting with the army, residents and a UN source said.",
        "Soldiers withdrew towards Rutshuru overnight, and hundreds of civilians crossed into Uganda to escape "
        "the clashes.",
        "Kinshasa accused Rwanda of sending troops to back the rebels, a charge Kigali denies.",
    ], "2026-06-13T14:00:00+02:00", "Great Lakes Report", "conflict", [
        E("ASSAULT", "heavy-weapons", True, "Rebels", "the army", "Bunagana", "COD", -1.28, 29.60,
          "2026-06-12"),
        E("COERCE", "seize", True, "Rebels", "the border town of Bunagana", "Bunagana", "COD", -1.28, 29.60,
          "2026-06-13"),
        E("RETREAT", "withdraw", True, "Soldiers", N, "Bunagana", "COD", -1.28, 29.60, "2026-06-13"),
        E("ACCUSE", "allege", True, "Kinshasa", "Rwanda", N, "COD", N, N, "2026-06-13"),
    ]),
    ("conflict-06", "Riot police tear-gas protesters after disputed vote", [
        "MAPUTO — Riot police fired tear gas and live rounds to disperse thousands of opposition supporters "
        "who marched on the election commission in Maputo on Monday, witnesses said.",
        "A hospital official said two people had died of gunshot wounds. Police said officers had come under "
        "attack from stone-throwing youths.",
        "The opposition leader called for a national strike on Wednesday and demanded a recount.",
    ], "2026-10-27T17:45:00+02:00", "Indian Ocean Press", "protest", [
        E("PROTEST", "demo", True, "thousands of opposition supporters", "the election commission", "Maputo",
          "MOZ", -25.97, 32.57, "2026-10-26"),
        E("ASSAULT", "crowd-control", True, "Riot police", "thousands of opposition supporters", "Maputo",
          "MOZ", -25.97, 32.57, "2026-10-26"),
        E("REQUEST", "change", True, "The opposition leader", N, N, "MOZ", N, N, "2026-10-27"),
    ]),
    ("conflict-07", "Houthis claim missile attack on cargo ship in Red Sea", [
        "Yemen's Houthi movement said on Tuesday it had fired two anti-ship missiles at a cargo vessel in the "
        "Red Sea, the second such attack this week.",
        "A maritime security agency said the ship had reported an explosion nearby but no damage, and was "
        "continuing to its next port.",
        "Freight rates on Asia-Europe routes climbed again on the news, brokers said.",
    ], "2026-01-20T12:00:00+03:00", "Gulf Shipping News", "conflict", [
        E("ASSAULT", "heavy-weapons", True, "Yemen's Houthi movement", "a cargo vessel", "Red Sea", N, N, N,
          "2026-01-20"),
    ]),
    ("conflict-08", "Army says it freed 37 hostages in jungle raid", [
        "The Philippine army said on Friday that soldiers had freed 37 hostages held by Abu Sayyaf remnants in "
        "a raid on a jungle camp on the island of Jolo.",
        "Five militants were killed and three soldiers wounded in a two-hour gun battle, a military spokesman "
        "said. Soldiers also seized a cache of rifles and explosives.",
        "The hostages, most of them fishermen abducted in June, were flown to Zamboanga for medical checks.",
    ], "2026-08-21T15:00:00+08:00", "Mindanao Bulletin", "conflict", [
        E("ASSAULT", "firearms", True, "soldiers", "Abu Sayyaf remnants", "Jolo", "PHL", 6.05, 121.00,
          "2026-08-21"),
        E("COERCE", "seize", True, "Soldiers", "a cache of rifles and explosives", "Jolo", "PHL", 6.05, 121.00,
          "2026-08-21"),
    ]),
    ("conflict-09", "Landmine kills four children near Sahel village", [
        "Four children were killed when a landmine exploded under their cart on a track outside the village of "
        "Boulkessi in Burkina Faso on Wednesday, a humanitarian source said.",
        "The area has been the scene of repeated attacks by jihadist groups, who have mined roads used by the "
        "army.",
        "No group claimed responsibility.",
    ], "2026-05-08T11:00:00+00:00", "Sahel Wire", "conflict", [
        E("ASSAULT", "explosives", True, N, "Four children", "Boulkessi", "BFA", N, N, "2026-05-06"),
    ]),
    ("conflict-10", "Ceasefire collapses in Tripoli as militias clash", [
        "TRIPOLI — Heavy clashes erupted between rival militias in the southern districts of Tripoli on "
        "Thursday night, shattering a ceasefire agreed in May.",
        "Gunfire and explosions were heard until dawn around the Salaheddin area, and the health ministry "
        "said at least nine people were killed.",
        "The UN mission called for an immediate halt to the fighting and urged the two sides to return to "
        "talks.",
    ], "2026-07-24T08:00:00+02:00", "Maghreb Wire", "conflict", [
        E("ASSAULT", "firearms", True, "rival militias", N, "Tripoli", "LBY", 32.89, 13.19, "2026-07-23"),
        E("REQUEST", "yield", True, "The UN mission", "the two sides", N, "LBY", N, N, "2026-07-24"),
    ]),
    ("conflict-11", "Police raid gang stronghold in Port-au-Prince, seize weapons", [
        "Haitian police backed by foreign security forces raided a gang stronghold in the Bel Air neighbourhood "
        "of Port-au-Prince on Sunday, killing six gang members and seizing rifles and ammunition.",
        "The gangs, which control most of the capital, responded by setting fire to a police sub-station, "
        "officials said.",
        "The raid was the largest since the multinational mission's troops arrived this year.",
    ], "2026-02-16T10:00:00-05:00", "Caribbean Monitor", "conflict", [
        E("ASSAULT", "firearms", True, "Haitian police", "a gang stronghold", "Port-au-Prince", "HTI", 18.54,
          -72.34, "2026-02-15"),
        E("COERCE", "seize", True, "Haitian police", "rifles and ammunition", "Port-au-Prince", "HTI", 18.54,
          -72.34, "2026-02-15"),
        E("ASSAULT", "destroy", True, "The gangs", "a police sub-station", "Port-au-Prince", "HTI", 18.54,
          -72.34, "2026-02-15"),
    ]),
    ("conflict-12", "Navy denies firing on fishing boats", [
        "Myanmar's navy on Wednesday denied reports that its ships had fired on fishing boats off Rakhine state, "
        "calling them \"enemy propaganda\".",
        "Local media had said three fishermen were killed and a dozen boats set alight near Kyaukphyu on "
        "Monday.",
        "An independent account could not be obtained because of a communications blackout in the area.",
    ], "2026-03-25T13:00:00+06:30", "Bay of Bengal News", "conflict", [
        E("ASSAULT", "firearms", False, "its ships", "fishing boats", "Kyaukphyu", "MMR", 19.43, 93.55,
          "2026-03-23"),
    ]),
    ("conflict-13", "Troops massed at border as Addis and Asmara trade threats", [
        "Ethiopia has moved tanks and thousands of troops towards its northern border with Eritrea, diplomats "
        "and satellite images showed on Monday.",
        "Eritrea's information minister warned that any attack would be met with \"full force\".",
        "The African Union's chairman urged both governments to show restraint and offered to host talks.",
    ], "2026-11-03T16:00:00+03:00", "Horn Dispatch", "conflict", [
        E("MOBILIZE", "troops", True, "Ethiopia", N, N, "ETH", N, N, "2026-11-02"),
        E("THREATEN", "violence", True, "Eritrea's information minister", N, N, "ERI", N, N, "2026-11-03"),
        E("REQUEST", "yield", True, "The African Union's chairman", "both governments", N, N, N, N,
          "2026-11-03"),
    ]),
    ("conflict-14", "Kidnapped aid workers released in Mali", [
        "BAMAKO — Three aid workers abducted in central Mali two months ago were released on Saturday and "
        "handed over to officials in Mopti, their organisation said.",
        "It did not say who had held them or whether a ransom was paid. A jihadist group linked to al-Qaeda had "
        "been suspected.",
        "The workers were said to be in good health.",
    ], "2026-09-20T12:00:00+00:00", "Sahel Wire", "conflict", [
        E("RETREAT", "release", True, N, "Three aid workers", "Mopti", "MLI", 14.49, -4.18, "2026-09-19"),
    ]),
    ("conflict-15", "Oil jumps after drone attack on Saudi pipeline", [
        "Brent crude jumped 3% on Monday after drones attacked a pumping station on a Saudi pipeline near "
        "Afif, the energy ministry said.",
        "The ministry said a small fire was quickly put out and pumping continued. Yemen's Houthis claimed "
        "responsibility.",
        "Analysts said the market remained well supplied despite the attack.",
    ], "2026-04-06T14:00:00+03:00", "Energy Desk", "conflict", [
        E("ASSAULT", "drone", True, "Yemen's Houthis", "a pumping station on a Saudi pipeline", "Afif", "SAU", 23.93,
          42.94, "2026-04-06"),
    ]),
    ("conflict-16", "Curfew in Imphal after clashes between communities", [
        "Authorities in Manipur imposed an indefinite curfew in Imphal on Sunday after armed men from two "
        "communities exchanged fire and torched houses on the city's edge.",
        "At least four people were killed, police said. Extra paramilitary companies were flown in.",
        "Internet services were suspended across the valley districts.",
    ], "2026-07-05T21:00:00+05:30", "Northeast Today", "conflict", [
        E("ASSAULT", "firearms", True, "armed men from two communities", N, "Imphal", "IND", 24.82, 93.94,
          "2026-07-05"),
        E("ASSAULT", "destroy", True, "armed men from two communities", "houses", "Imphal", "IND", 24.82, 93.94,
          "2026-07-05"),
        E("COERCE", "curfew", True, "Authorities in Manipur", N, "Imphal", "IND", 24.82, 93.94, "2026-07-05"),
        E("MOBILIZE", "police", True, N, N, "Imphal", "IND", 24.82, 93.94, "2026-07-05"),
        E("COERCE", "censor", True, N, N, "Manipur", "IND", N, N, "2026-07-05"),
    ]),
    ("conflict-17", "Dockers strike shuts Le Havre port for second day", [
        "Dock workers at Le Havre kept the port shut for a second day on Wednesday in a strike against pension "
        "reforms, leaving 30 container ships waiting offshore.",
        "The union said the strike would continue until the government withdrew the bill. Pickets blocked the "
        "port entrances with pallets and tyres.",
        "The transport minister said he was ready to meet union leaders on Friday.",
    ], "2026-02-04T18:00:00+01:00", "Channel Business", "protest", [
        E("PROTEST", "strike", True, "Dock workers at Le Havre", N, "Le Havre", "FRA", 49.49, 0.11,
          "2026-02-04"),
        E("PROTEST", "obstruct", True, "Pickets", "the port entrances", "Le Havre", "FRA", 49.49, 0.11,
          "2026-02-04"),
    ]),
    # ================================================================ OTHER POLITICS
    ("politics-01", "EU and Mercosur sign trade pact after two decades of talks", [
        "BRUSSELS — The European Union and the Mercosur bloc signed a long-delayed trade agreement in Brussels "
        "on Friday, ending more than 20 years of negotiations.",
        "The deal will remove tariffs on most goods over ten years. French farmers' unions condemned it and "
        "promised protests.",
        "The pact still needs ratification by national parliaments.",
    ], "2026-12-04T11:00:00+01:00", "Euro Affairs", "diplomacy", [
        E("AGREE", N, True, "The European Union", "the Mercosur bloc", "Brussels", "BEL", 50.85, 4.35,
          "2026-12-04"),
        E("ACCUSE", "disapprove", True, "French farmers' unions", N, N, "FRA", N, N, "2026-12-04"),
    ]),
    ("politics-02", "Minister resigns over procurement scandal", [
        "Slovakia's health minister resigned on Tuesday after prosecutors opened an investigation into a "
        "contract for hospital equipment awarded to a company linked to his brother.",
        "The minister, Marek Holub, denied wrongdoing and said he was stepping down to protect the government.",
        "The opposition demanded early elections.",
    ], "2026-05-12T17:00:00+02:00", "Central Europe Daily", "politics", [
        E("RETREAT", "resign", True, "Slovakia's health minister", N, N, "SVK", N, N, "2026-05-12"),
        E("ACCUSE", "investigate", True, "prosecutors", N, N, "SVK", N, N, "2026-05-12"),
        E("REQUEST", "change", True, "The opposition", N, N, "SVK", N, N, "2026-05-12"),
    ]),
    ("politics-03", "Japan and South Korea leaders meet, pledge closer security ties", [
        "SEOUL — The leaders of Japan and South Korea met in Seoul on Saturday and pledged to deepen security "
        "cooperation, including the sharing of missile warning data.",
        "The two also agreed to resume regular visits by defence ministers, suspended since 2023.",
        "North Korea's state media called the meeting a \"war rehearsal\".",
    ], "2026-10-17T15:00:00+09:00", "Asia Pacific Wire", "diplomacy", [
        E("CONSULT", "visit", True, "The leaders of Japan", "South Korea", "Seoul", "KOR", 37.57, 126.98,
          "2026-10-17"),
        E("AGREE", N, True, "The leaders of Japan", "South Korea", "Seoul", "KOR", 37.57, 126.98, "2026-10-17"),
        E("ACCUSE", "disapprove", True, "North Korea's state media", N, N, "PRK", N, N, "2026-10-17"),
    ]),
    ("politics-04", "US imposes sanctions on Sudanese gold traders", [
        "WASHINGTON — The US Treasury on Thursday imposed sanctions on four companies and two businessmen "
        "accused of financing the Rapid Support Forces through gold exports.",
        "The measures freeze any US assets of those named and bar Americans from dealing with them.",
        "Gold prices were little changed on the announcement.",
    ], "2026-08-06T16:00:00-04:00", "Capital Markets Wire", "diplomacy", [
        E("SANCTION", N, True, "The US Treasury", "four companies and two businessmen", N, "USA", N, N,
          "2026-08-06"),
    ]),
    ("politics-05", "Council votes to back refugee resettlement scheme", [
        "Brenford city council voted 31 to 9 on Monday night to join a national scheme to resettle refugee "
        "families, after a heated debate.",
        "Councillors from the ruling group praised local churches and charities that had offered housing.",
        "Opponents said services were already stretched and attacked the plan as rushed.",
    ], "2026-03-10T08:30:00+00:00", "Brenford Advertiser", "politics", [
        E("SUPPORT", N, True, "Brenford city council", "a national scheme to resettle refugee families", N,
          "GBR", N, N, "2026-03-09"),
        E("ACCUSE", "disapprove", True, "Opponents", "the plan", N, "GBR", N, N, "2026-03-09"),
    ]),
    ("politics-06", "Mediators to host Sudan talks in Jeddah next month", [
        "Saudi Arabia and the United States will host new talks between Sudan's army and the Rapid Support "
        "Forces in Jeddah next month, a Saudi foreign ministry statement said.",
        "Neither side has yet confirmed it will attend. Previous rounds broke down without a lasting truce.",
        "Aid agencies welcomed the announcement and appealed for access to besieged cities in Darfur.",
    ], "2026-06-22T12:00:00+03:00", "Gulf Affairs", "diplomacy", [
        E("CONSULT", "third-party", False, "Saudi Arabia and the United States", N, "Jeddah", "SAU", 21.49,
          39.19, N),
        E("REQUEST", "assist", True, "Aid agencies", N, N, "SDN", N, N, "2026-06-22"),
    ]),
    ("politics-07", "Prisoners freed under amnesty as junta eases restrictions", [
        "Guinea's military government freed 120 political prisoners under an amnesty on Independence Day and "
        "lifted a ban on opposition rallies.",
        "Among those released was the journalist Ibrahima Conté, held since 2024, his lawyer said.",
        "Rights groups welcomed the move but said dozens remained in detention.",
    ], "2026-10-02T20:00:00+00:00", "West Africa Today", "politics", [
        E("RETREAT", "release", True, "Guinea's military government", "120 political prisoners", N, "GIN", N, N,
          "2026-10-02"),
        E("CONCEDE", N, True, "Guinea's military government", N, N, "GIN", N, N, "2026-10-02"),
        E("SUPPORT", N, True, "Rights groups", N, N, N, N, N, "2026-10-02"),
    ]),
    ("politics-08", "Election commission rejects opposition's call to delay vote", [
        "Zambia's electoral commission on Wednesday rejected an opposition request to postpone next month's "
        "general election, saying preparations were on schedule.",
        "The opposition had asked for a three-month delay, citing problems with the voters' roll.",
        "The commission's chairwoman said ballot papers would be delivered to all provinces by the weekend.",
    ], "2026-07-15T14:00:00+02:00", "Lusaka Herald", "politics", [
        E("REJECT", N, True, "Zambia's electoral commission", "an opposition request", N, "ZMB", N, N,
          "2026-07-15"),
    ]),
]


def build() -> list[dict]:
    rows = []
    for slug, title, paras, published, source, domain, events in ARTICLES:
        aid = f"ha2-{slug}"
        rows.append({"id": aid, "title": title, "text": "\n\n".join([title, *paras]), "published": published,
                     "source": source, "domain": domain, "political": bool(events), "events": events,
                     "group": aid})
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} articles to {OUT.name}")


if __name__ == "__main__":
    main()
