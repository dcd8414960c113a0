"""The lead's held-out relevance articles (issue 10, 2026-12-03): wholly blind, never tuned on.

Written by the lead before truce was run on any of them. Fictional: every person, club, firm, outlet
and incident is invented; real countries, cities, leagues and indices are setting only. Items are
(id, domain, title, paragraphs, events) with events as (type, mode) of the article's asserted news
events (empty for non-political stories). Built by benchmarks/written/build_articles_heldout.py.
"""

ITEMS = [
    ("lh-sport-01", "sport", "Late strike sinks Vale as Rangers storm into cup final", [
        "Kilbride Rangers stormed into the county cup final on Tuesday night, a stoppage-time strike from "
        "substitute Aaron McCrae sinking Vale Athletic 2-1 at a packed Castle Park.",
        "Vale had taken the lead through a header from Tom Ashby and defended deep for most of the second "
        "half, but Rangers laid siege to their goal in the final twenty minutes.",
        "\"We kept attacking and attacking, and in the end they cracked,\" said Rangers manager Iain Dunlop. "
        "Vale captain Ross Healey was booked after clashing with the referee at the final whistle.",
    ], []),
    ("lh-sport-02", "sport", "Cricket: Seamers rip through top order as hosts collapse", [
        "Fast bowler Imran Qadir ripped through the top order on the opening morning in Lahore, taking four "
        "wickets for 19 as the hosts were bowled out for 143.",
        "Qadir's spell of short-pitched bowling hit two batsmen on the helmet, and opener Saad Rehman retired "
        "hurt before lunch. The visitors then lost two quick wickets themselves to end the day on 61 for 2.",
        "\"It was a war out there,\" said the visiting coach. \"Both attacks were relentless.\"",
    ], []),
    ("lh-sport-03", "sport", "Title fight: Okoro survives knockdown to retain belt", [
        "Lightweight champion Daniel Okoro survived a second-round knockdown to retain his belt on points in "
        "Manchester on Saturday, outlasting the heavy-handed Mexican challenger Julio Barrera.",
        "Barrera floored Okoro with an overhand right and battered him against the ropes, but the champion "
        "regrouped behind his jab and landed the cleaner shots over the last six rounds.",
        "Two judges scored it 115-112 for Okoro; the third had it level. Barrera's team said they would "
        "appeal to the sanctioning body and demanded an immediate rematch.",
    ], []),
    ("lh-sport-04", "sport", "Grand prix: Rookie holds off veteran after first-lap crash", [
        "Rookie driver Lena Hartmann held off a charging Marco Bellini to win a chaotic grand prix in Montreal "
        "on Sunday after a first-lap crash took out three cars.",
        "Bellini attacked on the final lap and the two cars touched at the hairpin, but the stewards took no "
        "action. \"He tried everything; I just had to defend,\" Hartmann said.",
    ], []),
    ("lh-sport-05", "sport", "Rugby: Fury as fans invade pitch after late try", [
        "Hundreds of home fans invaded the pitch at full time in Limerick on Saturday after a late try gave "
        "Shannon Harbour a 24-22 win over their city rivals.",
        "Stewards struggled to clear the field and two visiting players were jostled on their way to the "
        "tunnel. The league said it would review footage and could fine the club or close a stand.",
        "Club chairman Declan Moran apologised and said supporters who attacked players would be banned.",
    ], []),
    ("lh-sport-06", "sport", "Tennis: Defending champion crushed in straight sets", [
        "Defending champion Sofia Marin was crushed 6-1 6-2 by unseeded qualifier Hana Kovac in the second "
        "round on Wednesday, the biggest upset of the tournament so far.",
        "Kovac hammered 31 winners and broke serve six times. Marin, who had been struggling with a shoulder "
        "injury, said she had been \"outgunned from the first point\".",
    ], []),
    ("lh-sport-07", "sport", "Transfer deadline raid: City swoop for striker in late deal", [
        "Northfield City completed a late raid on their relegated neighbours on Thursday, swooping for "
        "striker Kwame Asante in a deal worth a reported 18 million pounds.",
        "The move came hours after a rival bid collapsed. Asante's former club had threatened legal action "
        "over what it called an illegal approach but withdrew the complaint on Thursday morning.",
    ], []),
    ("lh-sport-08", "sport", "Esports: Team Vortex capture world title in five-map thriller", [
        "Team Vortex captured the world title in Seoul on Sunday, beating defending champions Iron Wolves "
        "3-2 in a five-map final that lasted more than six hours.",
        "Vortex's sniper Park Min-jun finished with 112 kills, and his team stormed the enemy base in the "
        "deciding map after Iron Wolves overextended. Prize money for the event reached 2.5 million dollars.",
    ], []),
    ("lh-business-01", "business", "Shares hit record as chipmaker smashes forecasts", [
        "Shares in chipmaker Corvane Systems hit a record high on Thursday after the company smashed "
        "quarterly forecasts and raised its outlook for the year.",
        "The stock jumped 14% in early trading in New York. Analysts said the firm had captured a bigger slice "
        "of the data-centre market from its rivals, who have been battered by weak demand.",
        "\"They are killing it in servers,\" said one fund manager.",
    ], []),
    ("lh-business-02", "business", "Hostile bid: Brewer rejects 'derisory' takeover offer", [
        "Brewer Hallam & Pike has rejected a hostile 2.1 billion pound takeover bid from its larger rival "
        "Tanager Drinks, calling the offer derisory and a raid on its shareholders.",
        "Tanager said it would take its offer directly to investors and did not rule out a higher bid. The "
        "board of Hallam & Pike urged shareholders to take no action.",
    ], []),
    ("lh-business-03", "business", "Airline slashes fares as price war with budget rivals intensifies", [
        "Flag carrier Meridian Air slashed fares on 40 European routes on Monday, escalating a price war "
        "with budget rivals that has hammered profits across the sector.",
        "The airline's chief executive, Karin Holm, said the company would fight for every passenger. "
        "Shares in two budget carriers fell more than 5% after the announcement.",
    ], []),
    ("lh-business-04", "business", "Factory blaze halts production at car parts plant", [
        "A fire tore through a car parts factory outside Stuttgart overnight, halting production and "
        "forcing the evacuation of 200 night-shift workers.",
        "Firefighters battled the blaze for six hours. Nobody was hurt. Police said there was no sign of "
        "arson and that an electrical fault was the likely cause. The company said deliveries to carmakers "
        "would be hit for at least two weeks.",
    ], []),
    ("lh-business-05", "business", "Retailer to cut 1,200 jobs as online rivals bite", [
        "Department store chain Ashcombe's will close 14 stores and cut 1,200 jobs, the company said on "
        "Wednesday, blaming an onslaught from online rivals and rising costs.",
        "Unions condemned the decision and said they would fight the closures. The chain's shares rose 3% "
        "as investors welcomed the cost cuts.",
    ], []),
    ("lh-markets-01", "markets", "Markets: Oil spikes, stocks slide as tensions weigh", [
        "Oil prices spiked more than 4% on Monday and stocks slid in Asia as traders fretted over supply "
        "disruptions, with the benchmark Brent crude hitting its highest level since March.",
        "The yen strengthened as investors fled to safety. \"The market is under siege from every "
        "direction,\" said a strategist at a Tokyo brokerage. Gold also rallied.",
    ], []),
    ("lh-markets-02", "markets", "Pound takes a beating as bond rout deepens", [
        "The pound took a beating on Friday, sliding to a six-month low against the dollar as a rout in "
        "government bonds deepened.",
        "Sellers attacked sterling in thin trading after weak retail sales figures. Analysts said the "
        "currency could be hit further next week if inflation data disappoint.",
    ], []),
    ("lh-tech-01", "tech", "Ransomware gang hits hospital software supplier", [
        "A ransomware gang hit a software supplier used by dozens of hospitals, forcing it to take systems "
        "offline over the weekend, the company said on Monday.",
        "The criminals encrypted files and demanded a payment in cryptocurrency. The firm said it had not "
        "paid and that patient records were not stolen. Police are investigating.",
    ], []),
    ("lh-tech-02", "tech", "Review: The new Stormbreaker console is a knockout", [
        "The Stormbreaker console is a knockout: fast, quiet and cheaper than its rivals. Its launch game, a "
        "war shooter set in a ruined city, lets players storm enemy bunkers and call in air strikes.",
        "Battery life on the controller is disappointing, and the online store is still thin. But for "
        "players who want raw power, this machine blows the competition away.",
    ], []),
    ("lh-tech-03", "tech", "Smartphone maker fires back at patent claims", [
        "Smartphone maker Lyra fired back at a rival's patent claims on Tuesday, filing a countersuit in a "
        "California court and accusing the rival of copying its camera software.",
        "The two companies have been locked in a legal battle for two years. Lyra's lawyers said the claims "
        "were an attack on innovation.",
    ], []),
    ("lh-ent-01", "entertainment", "Box office: War epic blasts past rivals on opening weekend", [
        "War epic The Last Garrison blasted past its rivals on its opening weekend, taking 94 million "
        "dollars in North America.",
        "The film, which follows a besieged outpost in a fictional desert war, features a half-hour battle "
        "sequence in which rebels storm the fort and take its commander hostage. Critics praised the "
        "explosive set pieces but found the script thin.",
    ], []),
    ("lh-ent-02", "entertainment", "Singer slams tabloid over 'invasion' of privacy", [
        "Pop singer Maya Torres has slammed a tabloid newspaper for what she called a shameless invasion of "
        "her privacy after it printed photographs taken at her wedding.",
        "Her lawyers said they would sue. The newspaper defended its story and said the pictures had been "
        "sold to it by a guest.",
    ], []),
    ("lh-ent-03", "entertainment", "Crime drama's finale kills off fan favourite", [
        "The finale of crime drama Harbour Lights killed off fan favourite Detective Inspector Rowan Vale, "
        "shot dead by a gang boss in the closing minutes.",
        "Viewers flooded social media with complaints. The show's writer said the death had been planned "
        "since the first series and that a spin-off was under way.",
    ], []),
    ("lh-culture-01", "culture", "Exhibition recreates the siege of a medieval city", [
        "A new exhibition at the city museum recreates the siege of a medieval walled town, with replica "
        "catapults, armour and a model showing how attackers breached the walls in 1347.",
        "Curator Helen Marsh said the show aimed to bring history to life for children. The exhibition runs "
        "until March.",
    ], []),
    ("lh-culture-02", "culture", "Book review: A general's war, told by his horse", [
        "In her third novel, Clara Weiss tells the story of a cavalry general's campaigns through the eyes of "
        "his horse, from the first charge to the burning of the capital.",
        "The battle scenes are vivid, and the retreat across the frozen river is harrowing. But the book "
        "sags in the middle.",
    ], []),
    ("lh-weather-01", "weather", "Storm batters coast, cutting power to 80,000 homes", [
        "A powerful storm battered the north-west coast overnight, cutting power to 80,000 homes and "
        "toppling trees onto roads and railway lines.",
        "Gusts of up to 90 miles per hour hit exposed areas, and waves smashed into sea defences at two "
        "harbours. Forecasters said a second storm could strike on Thursday.",
    ], []),
    ("lh-weather-02", "weather", "Heatwave grips southern Europe as wildfires rage", [
        "A heatwave gripped southern Europe on Tuesday, with temperatures above 44C in parts of Spain and "
        "wildfires raging on two Greek islands.",
        "Firefighting aircraft attacked the flames from the air, and several villages were evacuated as a "
        "precaution. No deaths were reported.",
    ], []),
    ("lh-disaster-01", "disaster", "Earthquake kills at least 30 in mountain province", [
        "A magnitude 6.4 earthquake struck a mountain province in western Nepal before dawn on Monday, "
        "killing at least 30 people and flattening hundreds of homes.",
        "Landslides blocked roads to several villages, and rescue teams were working through the rubble. "
        "Aftershocks continued to rattle the area through the morning.",
    ], []),
    ("lh-disaster-02", "disaster", "Floods sweep away bridge as river bursts banks", [
        "Flash floods swept away a bridge and inundated dozens of villages after a river burst its banks "
        "following three days of torrential rain in northern Bangladesh.",
        "At least nine people drowned. Local officials said about 40,000 people had been displaced and "
        "were sheltering in schools.",
    ], []),
    ("lh-accident-01", "accident", "Bus plunges into ravine, killing 17", [
        "A passenger bus plunged into a ravine on a mountain road in Peru on Sunday, killing 17 people and "
        "injuring 22, police said.",
        "The driver appeared to have lost control on a sharp bend in heavy rain. The injured were taken to "
        "hospital in the nearest town.",
    ], []),
    ("lh-accident-02", "accident", "Gas blast rips through apartment block", [
        "A gas explosion ripped through an apartment block in a suburb of Kyiv on Wednesday morning, killing "
        "two residents and injuring eight.",
        "Emergency services said a leak in a basement boiler room was the likely cause. The building's "
        "facade collapsed and nearby homes were evacuated.",
    ], []),
    ("lh-crime-01", "crime", "Jewellery store raided in smash-and-grab", [
        "Thieves raided a jewellery store in the city centre early on Friday, smashing display cases with "
        "hammers and escaping on motorbikes with watches worth an estimated 300,000 pounds.",
        "No one was injured. Detectives appealed for witnesses and released CCTV images of four masked "
        "men.",
    ], []),
    ("lh-crime-02", "crime", "Two injured in late-night bar brawl", [
        "Two men were injured in a brawl outside a bar in the harbour district shortly after midnight on "
        "Sunday.",
        "One was stabbed in the arm and the other suffered head injuries. Police said the fight began as an "
        "argument over a football match.",
    ], []),
    ("lh-health-01", "health", "Measles outbreak hits schools as vaccination rates fall", [
        "A measles outbreak has hit at least a dozen schools in the region, with 140 confirmed cases, "
        "health officials said on Tuesday.",
        "The virus spread quickly among unvaccinated children. Doctors urged parents to check their "
        "children's records.",
    ], []),
    ("lh-other-01", "other", "Ten ways to attack your clutter this weekend", [
        "Spring is the time to declare war on clutter. Start by attacking one room at a time, and be ruthless.",
        "Raid your wardrobe for clothes you have not worn in a year, and capture the chaos in your kitchen "
        "with labelled boxes. Finally, blast away the dust with a steam cleaner.",
    ], []),
    ("lh-other-02", "other", "Recipe: Fiery shrimp that pack a punch", [
        "These fiery shrimp pack a punch. Fire up the grill, then hit the shrimp with chilli, garlic and "
        "lime.",
        "Let them sizzle for two minutes a side and serve with rice. For a milder dish, cut the chilli in "
        "half.",
    ], []),
    ("lh-pol-01", "conflict", "Militants storm army post in Niger border region", [
        "Militants stormed an army post near the border with Mali in western Niger on Tuesday, killing "
        "seven soldiers, the defence ministry said.",
        "The attackers arrived on motorbikes before dawn and set fire to two vehicles before withdrawing. "
        "The army said reinforcements had been sent to the area.",
    ], [("ASSAULT", None), ("MOBILIZE", "troops")]),
    ("lh-pol-02", "protest", "Police fire tear gas at fuel price protesters", [
        "Police fired tear gas to disperse thousands of protesters who blocked roads in the capital on "
        "Monday over a sharp rise in fuel prices.",
        "Demonstrators burned tyres and chanted against the government. Several people were arrested, "
        "according to witnesses.",
    ], [("ASSAULT", "crowd-control"), ("PROTEST", None), ("COERCE", "arrest")]),
    ("lh-pol-03", "politics", "Minister attacks budget plans as 'reckless'", [
        "The opposition's finance spokesman attacked the government's budget plans on Wednesday, calling "
        "them reckless and accusing ministers of hiding the true cost.",
        "The Treasury rejected the criticism and said the plans were fully funded.",
    ], [("ACCUSE", None), ("REJECT", None)]),
    ("lh-pol-04", "conflict", "Air strikes hit rebel positions after convoy ambush", [
        "Government warplanes struck rebel positions in the hills east of the city on Thursday, a day after "
        "fighters ambushed a military convoy, killing four soldiers.",
        "A rebel spokesman said civilians had been killed in the strikes. The army denied the claim.",
    ], [("ASSAULT", "aerial"), ("ASSAULT", None)]),
    ("lh-pol-05", "conflict", "Stadium attack: gunmen open fire on crowd after match", [
        "Gunmen opened fire on supporters leaving a football stadium in northern Nigeria on Saturday, "
        "killing three people, police said.",
        "No group claimed responsibility. The state governor condemned the attack and ordered an "
        "investigation.",
    ], [("ASSAULT", "firearms"), ("ACCUSE", None)]),
    ("lh-pol-06", "politics", "Government seizes assets of sanctioned tycoon", [
        "The government seized the assets of a tycoon placed under sanctions last month, including a "
        "steelworks and two hotels, the justice ministry said on Friday.",
        "The tycoon's lawyers said the move was illegal and vowed to challenge it in court.",
    ], [("COERCE", "seize"), ("REJECT", None)]),
]
