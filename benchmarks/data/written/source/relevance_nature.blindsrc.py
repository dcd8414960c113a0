"""Relevance set (issue 10, helper relevance9): weather, disasters, accidents, crime without a political
actor. Fictional; places as setting only. Holds blind items: never open to tune.
"""

ITEMS = [
    ("rl-nat-001", "weather", "Storm Imogen batters west coast",
     "Storm Imogen battered the west coast of Ireland overnight, bringing gusts of 130km/h and "
     "cutting power to 60,000 homes.\n\n"
     "Waves smashed over sea walls in Galway and several roads were closed by fallen trees. Met "
     "Eireann issued a red warning for three counties.\n\n"
     "The storm is expected to move towards Scotland on Wednesday.", []),
    ("rl-nat-002", "disaster", "Floods kill 14 in northern Vietnam",
     "Flash floods and landslides killed 14 people in northern Vietnam after days of torrential "
     "rain, disaster officials said.\n\n"
     "Rivers burst their banks in two provinces and hundreds of homes were swept away. Rescue "
     "teams were searching for six people still missing.\n\n"
     "Forecasters warned more rain would hit the region this week.", []),
    ("rl-nat-003", "disaster", "Wildfire forces thousands to flee in California",
     "A fast-moving wildfire forced thousands of people to flee their homes north of Los Angeles "
     "on Tuesday.\n\n"
     "The blaze destroyed at least 40 homes and firefighters were attacking it from the air with "
     "water-dropping helicopters. Strong winds drove the flames across a highway.\n\n"
     "Officials said the cause was under investigation.", []),
    ("rl-nat-004", "disaster", "Earthquake strikes eastern Turkey",
     "A magnitude 6.1 earthquake struck eastern Turkey early on Friday, damaging buildings and "
     "killing at least three people.\n\n"
     "The quake hit at a depth of 10km and was felt in neighbouring provinces. Rescue teams pulled "
     "a woman alive from the rubble of a collapsed apartment block.\n\n"
     "Aftershocks continued through the morning.", []),
    ("rl-nat-005", "weather", "Heatwave grips southern Europe",
     "A heatwave gripped southern Europe on Monday, with temperatures hitting 44C in Seville.\n\n"
     "Authorities issued health warnings and opened cooling centres. The heat is expected to "
     "assault Italy and the Balkans later in the week.\n\n"
     "Farmers warned that crops had been scorched.", []),
    ("rl-nat-006", "weather", "Blizzard paralyses Midwest, traps drivers",
     "A blizzard paralysed parts of the Midwest, trapping hundreds of drivers on a closed interstate "
     "in Iowa.\n\n"
     "Snow crews from the state transport department worked through the night "
     "to reach stranded vehicles. Schools in Des Moines closed for a second day.\n\n"
     "Forecasters said the storm would move east on Thursday.", []),
    ("rl-nat-007", "disaster", "Cyclone slams into Bangladesh coast",
     "Cyclone Rumi slammed into the coast of Bangladesh with winds of 150km/h, flattening huts and "
     "uprooting trees.\n\n"
     "Nearly a million people had been moved to shelters before landfall. At least five people died, "
     "most hit by falling trees.\n\n"
     "The storm weakened as it moved inland.", []),
    ("rl-nat-008", "disaster", "Volcano erupts, airport closed",
     "A volcano on the Indonesian island of Flores erupted on Sunday, sending an ash column 8km "
     "into the sky and forcing the closure of a nearby airport.\n\n"
     "Villagers within 5km were evacuated. Volcanologists said lava was advancing down the southern "
     "slope.\n\n"
     "No casualties were reported.", []),
    ("rl-nat-009", "accident", "Train derails in Bavaria, 3 dead",
     "Three people were killed and 40 injured when a regional train derailed in Bavaria on "
     "Wednesday morning.\n\n"
     "Several carriages left the tracks after heavy rain undermined an embankment, police said. "
     "Helicopters flew the injured to hospitals in Munich.\n\n"
     "Investigators have ruled out sabotage.", []),
    ("rl-nat-010", "accident", "Factory explosion kills two workers",
     "An explosion at a chemical factory in northern Spain killed two workers and injured eight.\n\n"
     "The blast blew out windows in nearby houses and a plume of black smoke could be seen for miles. "
     "Firefighters brought the fire under control after four hours.\n\n"
     "The company said it would cooperate with the inquiry.", []),
    ("rl-nat-011", "accident", "Bus plunges into ravine in Peru",
     "A bus plunged into a ravine in the Peruvian Andes, killing 19 passengers.\n\n"
     "The vehicle left the road on a sharp bend at night. Survivors said the driver had been "
     "travelling too fast.\n\n"
     "Road accidents kill thousands of people in Peru each year.", []),
    ("rl-nat-012", "accident", "Mine collapse traps 30 in Zambia",
     "Thirty miners were trapped underground after a tunnel collapsed at a copper mine in Zambia.\n\n"
     "Rescuers were drilling a shaft to reach them and had made contact with some of the men. "
     "The mine's owner said heavy rain had weakened the rock.\n\n"
     "Families gathered at the site overnight.", []),
    ("rl-nat-013", "accident", "Fireworks warehouse blast flattens street",
     "A blast at an illegal fireworks warehouse flattened part of a street in a suburb of Mexico "
     "City, killing four people.\n\n"
     "Firefighters said stored gunpowder had exploded. Neighbours described a series of blasts "
     "like gunfire.\n\n"
     "Prosecutors opened an investigation into the owner.", []),
    ("rl-nat-014", "crime", "Jewellery store robbed by armed gang",
     "An armed gang robbed a jewellery store in central Antwerp on Saturday afternoon, escaping with "
     "diamonds worth an estimated two million euros.\n\n"
     "Four men smashed display cases with hammers while one threatened staff with a handgun. "
     "No one was injured.\n\n"
     "Detectives appealed for dashcam footage.", []),
    ("rl-nat-015", "crime", "Teenager shot dead in gang feud",
     "A 17-year-old was shot dead in what detectives believe was a gang feud in south London.\n\n"
     "The boy was shot twice outside a chicken shop on Thursday evening. A second teenager was "
     "stabbed in a nearby street an hour later.\n\n"
     "A murder inquiry has been launched.", []),
    ("rl-nat-016", "crime", "Man stabbed wife in kitchen row, court hears",
     "A man stabbed his wife during a row in their kitchen and then called an ambulance, a court "
     "heard on Monday.\n\n"
     "The jury was told the couple had argued about money. The woman survived after surgery.\n\n"
     "The trial continues.", []),
    ("rl-nat-017", "crime", "Pensioner attacked in her home",
     "An 82-year-old woman was attacked in her home by a burglar who tied her up and stole her "
     "savings.\n\n"
     "Neighbours found her the next morning. Her family said she was \"shaken but recovering\".\n\n"
     "Police said the attack was \"cowardly\" and asked for witnesses.", []),
    ("rl-nat-018", "crime", "Bar fight ends with man in hospital",
     "A man was taken to hospital with head injuries after a fight broke out in a bar in Cardiff in "
     "the early hours of Sunday.\n\n"
     "Witnesses said a group of men had punched and kicked him after an argument about a spilled "
     "drink. The bar's owner said staff had tried to intervene.\n\n"
     "The man is in a stable condition.", []),
    ("rl-nat-019", "crime", "Cash-machine raiders blow up ATM",
     "Raiders blew up a cash machine outside a supermarket in a Dutch village and escaped with an "
     "undisclosed sum.\n\n"
     "The explosion shattered windows and damaged the shop front. Residents said they heard two "
     "bangs at about 3am.\n\n"
     "It is the fifth such raid in the region this year.", []),
    ("rl-nat-020", "crime", "Gang shooting in Chicago leaves four wounded",
     "Four people were wounded when gunmen opened fire on a group standing outside a house in "
     "Chicago's South Side on Friday night.\n\n"
     "Witnesses said a car pulled up and its occupants fired at least 20 shots. All four victims "
     "were expected to survive.\n\n"
     "Detectives said the shooting appeared to be linked to a feud between two local gangs.", []),
    ("rl-nat-021", "crime", "Police raid cannabis farm in disused factory",
     "Police raided a cannabis farm in a disused factory in Stoke and arrested three men.\n\n"
     "Officers found more than 2,000 plants and evidence that electricity had been stolen. The "
     "men were charged with drug production.\n\n"
     "The factory had been empty for five years.", [("COERCE", "arrest")]),
    ("rl-nat-022", "accident", "Boat capsizes on lake, 11 missing",
     "A passenger boat capsized on a lake in Uganda, leaving 11 people missing.\n\n"
     "The overloaded vessel was hit by strong winds, survivors said. Fishermen rescued 23 people.\n\n"
     "The search will resume at first light.", []),
    ("rl-nat-023", "accident", "Plane skids off runway in storm",
     "A passenger plane skidded off the runway while landing in a thunderstorm at Kathmandu airport, "
     "injuring six people.\n\n"
     "The aircraft came to rest in grass beyond the runway. Passengers were evacuated down the "
     "emergency slides.\n\n"
     "The airport was closed for three hours.", []),
    ("rl-nat-024", "disaster", "Landslide buries village after monsoon rain",
     "A landslide buried part of a village in Nepal's western hills after monsoon rain, killing at "
     "least nine people.\n\n"
     "Soldiers and police joined villagers digging through the mud. A road to the village had been "
     "blocked, slowing the rescue.\n\n"
     "Monsoon floods and landslides have killed more than 100 people this season.", []),
    ("rl-nat-025", "weather", "Hailstorm smashes cars and greenhouses",
     "A violent hailstorm smashed car windscreens and greenhouses across the Po valley on Tuesday.\n\n"
     "Hailstones the size of golf balls pounded vineyards, and farmers estimated losses in the "
     "millions. The fire brigade answered 300 calls.\n\n"
     "More storms are forecast.", []),
    ("rl-nat-026", "accident", "Gas explosion rips through apartment block",
     "A gas explosion ripped through an apartment block in Lodz, killing one person and injuring "
     "five.\n\n"
     "The blast blew the front off two flats on the third floor. Firefighters searched the rubble "
     "with dogs.\n\n"
     "The gas company said it would check the building's supply.", []),
    ("rl-nat-027", "crime", "Fraudster jailed for pensions scam",
     "A financial adviser who stole 3 million pounds from clients' pensions was jailed for eight "
     "years.\n\n"
     "The court heard he had spent the money on cars and holidays. The judge said he had betrayed "
     "people who trusted him.\n\n"
     "Victims said they had lost their life savings.", [("SANCTION", "convict")]),
    ("rl-nat-028", "crime", "Dog attack leaves postman injured",
     "A postman was taken to hospital after being attacked by two dogs in Bristol.\n\n"
     "The man suffered bites to his arms and legs. The dogs' owner was spoken to by officers.\n\n"
     "The postal service said attacks on staff by dogs had risen this year.", []),
    ("rl-nat-029", "weather", "Drought strangles Spanish reservoirs",
     "A two-year drought has strangled reservoirs in Catalonia, which are now at 14 percent of "
     "capacity.\n\n"
     "Hosepipes have been banned and farmers face cuts to irrigation. Officials said water could "
     "be shipped in by tanker if the dry spell continues.\n\n"
     "Forecasters see no significant rain before autumn.", []),
    ("rl-nat-030", "disaster", "Tornado tears through Oklahoma town",
     "A tornado tore through a town in Oklahoma on Monday evening, destroying dozens of homes and "
     "killing two people.\n\n"
     "The twister flattened a school gym and threw cars into a field. Residents took shelter in "
     "basements as sirens sounded.\n\n"
     "The governor visited the town on Tuesday.", []),
]
