"""Third domain set of issue 10 (helper rel14), part c: weather, disasters, accidents, science, health, and
political stories told in those settings.

Fictional: every person, company and incident is invented (real countries and regions as setting).
Items: (id, domain, title, text, events); events are (type, mode[, asserted]). Gold written with the text,
before truce was run on it. Holds blind items: never open to tune.
"""

ITEMS = [
    ("d14-wx-001", "weather", "Storm Darragh batters coast as 90mph winds hit",
     "Storm Darragh battered the west coast on Saturday, with gusts of 90mph ripping roofs off homes and "
     "bringing down trees across roads.\n\n"
     "Huge waves pounded the sea walls at Porthcawl, and the coastguard warned people to stay away from the "
     "shore. More than 200,000 homes lost power.\n\n"
     "Forecasters said the storm would move east overnight and blast the Midlands with heavy rain.",
     []),
    ("d14-wx-002", "weather", "Heatwave: killer temperatures grip southern Europe",
     "MADRID - Killer temperatures gripped southern Europe on Tuesday, with thermometers hitting 46C in Seville "
     "and health officials blaming the heat for at least 12 deaths.\n\n"
     "The heatwave has hammered farmers, whose crops are withering in the fields, and firefighters are "
     "battling dozens of blazes.\n\n"
     "Forecasters said the heat would break on Friday when storms sweep in from the Atlantic.",
     []),
    ("d14-wx-003", "weather", "Blizzard paralyses Midwest as snow bombs Chicago",
     "CHICAGO - A blizzard paralysed the Midwest on Thursday as a 'bomb cyclone' dumped two feet of snow on "
     "Chicago and wind chills plunged to minus 30.\n\n"
     "Hundreds of flights were cancelled and police closed stretches of Interstate 90 after a pile-up involving "
     "40 vehicles. Two people died.\n\n"
     "The governor sent the National Guard to help rescue stranded drivers.",
     []),
    ("d14-wx-004", "weather", "Tornado rips through Oklahoma town, flattening homes",
     "A tornado ripped through the town of Elk Ridge, Oklahoma, on Monday evening, flattening dozens of homes "
     "and killing three people, officials said.\n\n"
     "The twister struck with little warning, tossing cars and tearing the roof off the high school. Rescue "
     "crews searched the rubble through the night.\n\n"
     "\"It looks like a war zone,\" the mayor said.",
     []),
    ("d14-dis-001", "disaster", "Earthquake kills 60 as buildings collapse in Anatolian city",
     "A 6.9-magnitude earthquake struck eastern Turkey before dawn on Wednesday, killing at least 60 people as "
     "apartment blocks collapsed in the city of Malatya.\n\n"
     "Rescuers dug through the rubble with their hands, and aftershocks shook the region all day. Hundreds "
     "were injured.\n\n"
     "The disaster agency sent 3,000 rescue workers and tents to the area.",
     []),
    ("d14-dis-002", "disaster", "Wildfire tears through hills, forcing thousands to flee",
     "A wildfire tore through the hills above Santa Clara on Sunday, destroying 120 homes and forcing 14,000 "
     "people to flee as flames jumped a highway.\n\n"
     "More than 2,000 firefighters battled the blaze, backed by water-bombing aircraft. Fire chiefs said it was "
     "20 per cent contained.\n\n"
     "Investigators believe the fire was started by a power line brought down by strong winds.",
     []),
    ("d14-dis-003", "disaster", "Mine collapse traps 30 miners underground",
     "Thirty miners were trapped underground on Tuesday after a tunnel collapsed at a coal mine in Zonguldak, "
     "the company said.\n\n"
     "A blast of methane is thought to have caused the collapse. Rescue teams drilled through the night to reach "
     "the men, and four bodies were recovered by morning.\n\n"
     "Relatives gathered at the pithead waiting for news.",
     []),
    ("d14-dis-004", "disaster", "Floods sweep away villages as monsoon rains pound Assam",
     "Floods swept away entire villages in Assam on Friday after a week of monsoon rains pounded north-east "
     "India, killing at least 35 people.\n\n"
     "The Brahmaputra burst its banks in several places and more than a million people were forced from their "
     "homes. Rescue boats ferried families to relief camps.\n\n"
     "The army deployed soldiers to help evacuate villagers cut off by the water.",
     []),
    ("d14-dis-005", "disaster", "Volcano blasts ash 10km into the sky",
     "Mount Kerapi erupted on Saturday, blasting ash ten kilometres into the sky and raining rocks on villages "
     "on its slopes.\n\n"
     "Authorities evacuated 8,000 people and closed the airport as the ash cloud drifted over the island.\n\n"
     "Volcanologists warned that further explosions were likely.",
     []),
    ("d14-acc-001", "accident", "Stampede at temple festival kills 18",
     "At least 18 people were killed in a stampede at a temple festival in Uttar Pradesh on Monday when crowds "
     "rushed towards the shrine after a rumour that a barrier had collapsed.\n\n"
     "Witnesses said people were crushed against railings as thousands surged forward. Dozens were injured.\n\n"
     "Officials ordered an inquiry into crowd management at the festival.",
     []),
    ("d14-acc-002", "accident", "Gas blast destroys apartment block, killing four",
     "A gas explosion destroyed an apartment block in Lyon early on Thursday, killing four people and injuring "
     "11, firefighters said.\n\n"
     "The blast tore the front off the five-storey building and shattered windows across the street. "
     "Residents said they had smelled gas for days.\n\n"
     "Prosecutors opened an investigation into the cause.",
     []),
    ("d14-acc-003", "accident", "Train derails and hits freight wagons, injuring 70",
     "A passenger train derailed and slammed into freight wagons near Poznan on Wednesday, injuring 70 people, "
     "six of them seriously.\n\n"
     "The front carriages overturned and passengers were trapped for hours. The rail operator said a signal "
     "failure may have caused the crash.\n\n"
     "Services on the line were suspended.",
     []),
    ("d14-acc-004", "accident", "Soldier killed in training accident on firing range",
     "A soldier was killed in a training accident on a firing range in Wiltshire on Tuesday, the Ministry of "
     "Defence said.\n\n"
     "The private, 22, was hit when a live round was fired during an exercise. Military police are "
     "investigating.\n\n"
     "His family said he had loved the army.",
     []),
    ("d14-acc-005", "accident", "Fireworks warehouse explosion rocks town",
     "A huge explosion at a fireworks warehouse rocked the town of Sivakasi on Sunday, killing seven workers "
     "and shattering windows a kilometre away.\n\n"
     "The blast set off a series of smaller explosions that sent rockets shooting into the sky for an hour, "
     "witnesses said. Firefighters fought the blaze until evening.\n\n"
     "Police said the owner did not hold a licence to store so much powder.",
     []),
    ("d14-sci-001", "science", "Scientists fire lasers at tiny target in fusion breakthrough",
     "Scientists at the Caldwell laboratory fired 192 lasers at a target smaller than a peppercorn to produce "
     "a record burst of fusion energy, they said on Monday.\n\n"
     "The experiment blasted the fuel capsule with more energy than the sun's core for a billionth of a "
     "second.\n\n"
     "The team said the result was a big step, but commercial fusion power was still decades away.",
     []),
    ("d14-sci-002", "science", "Killer whales ambush great white sharks, study finds",
     "Killer whales have been ambushing great white sharks off South Africa and ripping out their livers, a "
     "study published on Wednesday found.\n\n"
     "Researchers filmed a pod of orcas attacking and killing three sharks in one afternoon. The sharks fled the "
     "area for months afterwards.\n\n"
     "\"They are very efficient hunters,\" said the study's lead author.",
     []),
    ("d14-sci-003", "science", "Asteroid strike wiped out forests, rock layers show",
     "An asteroid strike 66 million years ago triggered wildfires that destroyed forests across the globe, "
     "according to a study of rock layers in Colorado.\n\n"
     "The impact blasted debris into the atmosphere, and the soot blocked out sunlight for years, the authors "
     "write in the journal Geology Today.\n\n"
     "The findings help explain how the dinosaurs died out.",
     []),
    ("d14-hl-001", "health", "Superbug outbreak: hospital fights deadly infection",
     "A hospital in Leeds is battling an outbreak of a drug-resistant superbug that has killed two patients, "
     "health officials said.\n\n"
     "The bacteria attack the lungs and resist most antibiotics. Two wards have been closed and visitors "
     "restricted.\n\n"
     "Doctors said the outbreak was under control.",
     []),
    ("d14-hl-002", "health", "Dog attack leaves boy with serious injuries",
     "A seven-year-old boy was taken to hospital with serious injuries after he was attacked by a dog in a park "
     "in Rotherham on Saturday.\n\n"
     "The dog, a large crossbreed, bit the boy on the arms and face before its owner pulled it away. The animal "
     "was later destroyed.\n\n"
     "Police said no one would be charged.",
     []),
    ("d14-hl-003", "health", "New drug blasts cancer cells, trial shows",
     "A new drug that attacks cancer cells from the inside shrank tumours in 60 per cent of patients in an early "
     "trial, researchers said on Sunday.\n\n"
     "The drug targets a protein that tumours use to hide from the immune system, letting the body's own "
     "killer cells destroy them.\n\n"
     "Larger trials will start next year.",
     []),
    # political stories in the same settings
    ("d14-dis-101", "conflict", "Troops fire on flood victims protesting over aid",
     "Soldiers fired on hundreds of flood victims protesting over the slow delivery of aid in the town of Dadu "
     "on Thursday, killing two people, witnesses said.\n\n"
     "The protesters had blocked the main highway for two days, demanding food and tents. The army said its "
     "troops had come under attack from stones.\n\n"
     "The government deployed more soldiers and imposed a curfew in the town.",
     [("ASSAULT", "firearms"), ("PROTEST", "demo"), ("MOBILIZE", "troops"), ("COERCE", "curfew")]),
    ("d14-dis-102", "conflict", "Earthquake relief convoy attacked by rebels",
     "Rebels attacked a convoy carrying relief supplies for earthquake survivors in northern Syria on Saturday, "
     "killing a driver and looting three trucks, the United Nations said.\n\n"
     "The gunmen ambushed the convoy near the town of Jindires. The UN condemned the attack and suspended "
     "deliveries on the route.\n\n",
     [("ASSAULT", "firearms"), ("ACCUSE", "disapprove")]),
    ("d14-wx-101", "politics", "Army takes over after cyclone as general declares emergency rule",
     "Myanmar's military declared emergency rule in Rakhine state on Monday after Cyclone Mara, and soldiers "
     "took control of aid distribution, barring aid groups from the worst-hit areas.\n\n"
     "The junta also arrested two local officials who had criticised its response, residents said.\n\n"
     "The UN called on the military to let aid workers in.",
     [("COERCE", "martial-law"), ("COERCE", "arrest"), ("REQUEST", None)]),
    ("d14-hl-101", "conflict", "Gunmen kill polio vaccinators in north-west Pakistan",
     "PESHAWAR - Gunmen on motorcycles shot dead two polio vaccinators and the policeman guarding them in "
     "Bajaur district on Tuesday, police said.\n\n"
     "Militants have often attacked vaccination teams, accusing them of spying. No group claimed the "
     "attack.\n\n"
     "The government suspended the vaccination drive in the district.",
     [("ASSAULT", "firearms")]),
    ("d14-acc-101", "conflict", "Mine blast kills bus passengers in Mali",
     "A bus hit a landmine on the road between Boni and Douentza in central Mali on Wednesday, killing 11 "
     "passengers, local officials said.\n\n"
     "Jihadist groups linked to al-Qaeda have planted explosives on roads in the region to attack army "
     "convoys.\n\n"
     "The army said it had sent troops to secure the road.",
     [("ASSAULT", "explosives"), ("MOBILIZE", "troops")]),
    ("d14-sci-101", "politics", "Scientists arrested after climate protest at ministry",
     "Police arrested 14 climate scientists on Friday after they chained themselves to the doors of the energy "
     "ministry in Berlin to protest against new coal licences.\n\n"
     "The researchers held up copies of their papers and chanted slogans for two hours before officers cut "
     "the chains.\n\n",
     [("PROTEST", "demo"), ("COERCE", "arrest")]),
]
