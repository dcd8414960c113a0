"""Relevance set (issue 10, helper relevance9): political control articles that must keep their events,
many of them sport-, market- or disaster-adjacent. Fictional; states, armies and armed groups as setting.
Holds blind items: never open to tune.
"""

ITEMS = [
    ("rl-pol-001", "protest", "Fans clash with riot police before cup final",
     "Riot police fired tear gas at football fans who clashed with officers outside the national "
     "stadium in Buenos Aires before the cup final on Sunday.\n\n"
     "Supporters threw bottles and flares at police lines, and officers charged the crowd with "
     "batons. Police said 31 people were arrested.\n\n"
     "The match kicked off 40 minutes late.", [("ASSAULT", "crowd-control"), ("COERCE", "arrest")]),
    ("rl-pol-002", "conflict", "Militants bomb stadium during match in Mogadishu",
     "A bomb exploded at a stadium in Mogadishu during a football match on Friday, killing at least "
     "eight spectators, police said.\n\n"
     "Al-Shabaab said it had carried out the attack. Witnesses said the blast went off near the main "
     "stand in the second half.\n\n"
     "The government condemned the bombing as an attack on young people.",
     [("ASSAULT", "explosives"), ("ACCUSE", None)]),
    ("rl-pol-003", "politics", "Minister attacks rival's budget plan as 'fantasy'",
     "Finance minister Helen Marsh attacked the opposition's budget plan on Tuesday, calling it a "
     "\"fantasy\" that would wreck the public finances.\n\n"
     "Speaking in parliament, Marsh said the proposals had a 30 billion pound hole. The opposition "
     "spokesman hit back, accusing the government of hiding the true state of the economy.\n\n"
     "The budget will be presented next month.", [("ACCUSE", None), ("ACCUSE", None)]),
    ("rl-pol-004", "conflict", "Russian missiles hit Kharkiv power plant",
     "Russian missiles struck a power plant in Kharkiv overnight, cutting electricity to 200,000 "
     "people, Ukrainian officials said.\n\n"
     "The regional governor said two workers were injured. Air defences shot down six of the "
     "eleven missiles, the air force said.\n\n"
     "Moscow said it had targeted energy facilities used by the military.",
     [("ASSAULT", "heavy-weapons"), ("ASSAULT", "aerial")]),
    ("rl-pol-005", "conflict", "Troops raid militant hideout in Borno",
     "Nigerian troops raided a hideout of Boko Haram fighters in Borno state, killing 11 militants "
     "and rescuing 14 hostages, the army said.\n\n"
     "The operation near the town of Bama followed a tip-off from residents. Soldiers seized rifles, "
     "ammunition and motorbikes.\n\n"
     "The army's claims could not be independently verified.",
     [("ASSAULT", "firearms"), ("COERCE", "seize")]),
    ("rl-pol-006", "protest", "Thousands march against pension reform in Paris",
     "Tens of thousands of people marched through Paris on Thursday against the government's plan "
     "to raise the pension age.\n\n"
     "Unions said 800,000 people joined protests across France. Police fired tear gas at a group of "
     "masked protesters who smashed shop windows near Place de la Nation.\n\n"
     "The government said it would not withdraw the reform.",
     [("PROTEST", "demo"), ("ASSAULT", "crowd-control"), ("REJECT", None)]),
    ("rl-pol-007", "conflict", "Israeli strike kills five in southern Lebanon",
     "An Israeli air strike killed five people in a village in southern Lebanon on Wednesday, "
     "Lebanese state media said.\n\n"
     "The Israeli military said it had struck a Hezbollah weapons depot. Hezbollah fired rockets "
     "at a military post in response.\n\n"
     "The exchange was the deadliest in weeks.", [("ASSAULT", "aerial"), ("ASSAULT", "heavy-weapons")]),
    ("rl-pol-008", "protest", "Players' protest: team refuses to play after coup",
     "Burkina Faso's national football team refused to play a friendly "
     "on Saturday in protest at the arrest of journalists, the federation said.\n\n"
     "Security forces had detained five reporters in Ouagadougou earlier in the week. The junta "
     "accused the players of being manipulated by foreign powers.\n\n"
     "The match was cancelled.",
     [("PROTEST", "demo"), ("COERCE", "arrest"), ("ACCUSE", None)]),
    ("rl-pol-009", "markets", "Oil jumps as US sanctions Iranian tanker fleet",
     "Oil prices jumped 3 percent after the United States imposed sanctions on 30 tankers it said "
     "carried Iranian crude.\n\n"
     "The Treasury said the ships had helped Tehran evade restrictions. Iran condemned the move as "
     "\"economic terrorism\".\n\n"
     "Brent crude settled at $88 a barrel.", [("SANCTION", None), ("ACCUSE", None)]),
    ("rl-pol-010", "conflict", "Houthis fire missile at cargo ship, shares in shippers jump",
     "Yemen's Houthi movement fired a missile at a cargo ship in the Red Sea on Monday, the British "
     "maritime agency said.\n\n"
     "The vessel was hit but no crew were hurt. Shares in container shipping firms jumped as traders "
     "bet on higher freight rates.\n\n"
     "The Houthis said they targeted the ship because of its links to Israel.", [("ASSAULT", "heavy-weapons")]),
    ("rl-pol-011", "politics", "Opposition leader arrested after rally",
     "Police in Kampala arrested opposition leader Samuel Wabwire after a rally on Sunday, his party "
     "said.\n\n"
     "Officers fired tear gas to disperse hundreds of his supporters. The police said the rally had "
     "not been authorised.\n\n"
     "Wabwire's lawyers said he was being held without charge.",
     [("COERCE", "arrest"), ("ASSAULT", "crowd-control")]),
    ("rl-pol-012", "conflict", "RSF fighters storm town in Darfur",
     "Fighters of the Rapid Support Forces stormed the town of Kutum in North Darfur on Tuesday, "
     "residents said, looting the market and burning homes.\n\n"
     "Aid workers said thousands of people fled towards the Chad border. The army said its troops "
     "had withdrawn to avoid civilian casualties.\n\n"
     "The RSF said it had captured the town.",
     [("ASSAULT", "destroy"), ("COERCE", "seize"), ("RETREAT", "withdraw")]),
    ("rl-pol-013", "diplomacy", "Leaders agree flood aid after disaster talks",
     "The leaders of Pakistan and India agreed to share flood-warning data after talks on the "
     "sidelines of a summit in Tashkent, officials said.\n\n"
     "Floods this year have killed hundreds of people in both countries. The two sides also agreed "
     "to meet again in December.\n\n"
     "It was their first meeting in two years.", [("AGREE", None), ("CONSULT", None)]),
    ("rl-pol-014", "conflict", "Gunmen kill 12 villagers in Plateau state",
     "Gunmen attacked a village in Nigeria's Plateau state overnight, killing 12 people and burning "
     "houses, a local official said.\n\n"
     "The attackers arrived on motorbikes and opened fire on residents. Police said they had "
     "deployed officers to the area.\n\n"
     "Clashes between herders and farmers have killed hundreds in the state this year.",
     [("ASSAULT", "firearms"), ("MOBILIZE", None)]),
    ("rl-pol-015", "politics", "Sports minister sacked after stadium collapse",
     "The president of Peru sacked the sports minister on Wednesday after a stand collapsed at a "
     "stadium in Cusco, injuring 40 fans.\n\n"
     "Opposition lawmakers accused the government of ignoring safety warnings. Prosecutors opened "
     "an investigation into the company that built the stand.\n\n"
     "The league suspended matches for a week.", [("ACCUSE", None)]),
    ("rl-pol-016", "protest", "Farmers block motorways with tractors",
     "Farmers blocked motorways around Brussels with hundreds of tractors on Monday to protest "
     "against EU environmental rules.\n\n"
     "Some protesters set fire to hay bales and threw eggs at the European Parliament. Police used "
     "water cannon to push them back.\n\n"
     "Agriculture ministers are meeting in the city this week.",
     [("PROTEST", "obstruct"), ("ASSAULT", "crowd-control")]),
    ("rl-pol-017", "conflict", "Pakistan army says it killed militants in raid",
     "Pakistan's army said it had killed seven militants in a raid on a compound in North "
     "Waziristan on Thursday.\n\n"
     "Two soldiers were killed in the exchange of fire, the military said. The Pakistani Taliban "
     "said it had ambushed the troops.\n\n"
     "Attacks in the region have risen this year.", [("ASSAULT", "firearms")]),
    ("rl-pol-018", "politics", "Olympic boycott: country pulls athletes over war",
     "Ukraine's sports ministry said the country's athletes would boycott a judo event in Kazan "
     "after organisers allowed Russian competitors under their flag.\n\n"
     "The ministry accused the international federation of ignoring the war. The federation said "
     "it would not change its decision.\n\n"
     "The event starts on Friday.", [("REJECT", None), ("ACCUSE", None)]),
    ("rl-pol-019", "conflict", "Drone attack on refinery sends oil prices higher",
     "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight, setting off a "
     "large fire, the regional governor said.\n\n"
     "Oil prices rose 2 percent in early trading. Russia's defence ministry said air defences had "
     "shot down 24 drones.\n\n"
     "Kyiv did not comment.", [("ASSAULT", "drone")]),
    ("rl-pol-020", "justice", "Court jails former minister for corruption",
     "A court in Bucharest sentenced a former transport minister to six years in prison for taking "
     "bribes from construction firms.\n\n"
     "Prosecutors said he had received 2 million euros. He denied the charges and said he would "
     "appeal.\n\n"
     "Two businessmen were also convicted.", [("SANCTION", "convict")]),
    ("rl-pol-021", "conflict", "Separatists attack police post in Balochistan",
     "Separatist gunmen attacked a police post in Pakistan's Balochistan province, killing four "
     "officers, officials said.\n\n"
     "The Balochistan Liberation Army said it had carried out the attack. Security forces launched "
     "a search operation in the area.\n\n"
     "The province has seen a rise in attacks on security forces.",
     [("ASSAULT", "firearms"), ("MOBILIZE", None)]),
    ("rl-pol-022", "protest", "Students clash with police over fee rise",
     "Students clashed with police in Nairobi on Tuesday during a protest against a rise in "
     "university fees.\n\n"
     "Police fired tear gas and arrested 20 students. Protesters threw stones and blocked a "
     "main road with burning tyres.\n\n"
     "The education ministry said the fee rise would go ahead.",
     [("PROTEST", "demo"), ("ASSAULT", "crowd-control"), ("COERCE", "arrest")]),
    ("rl-pol-023", "conflict", "Hurricane relief convoy attacked by gang in Haiti",
     "Gang members attacked a convoy carrying hurricane relief supplies near Port-au-Prince, "
     "looting trucks and wounding two drivers, the UN said.\n\n"
     "The convoy was taking food to areas hit by Hurricane Celia last week. Police said they had "
     "exchanged fire with the gunmen.\n\n"
     "Armed gangs control much of the capital.", [("ASSAULT", "firearms")]),
    ("rl-pol-024", "diplomacy", "China and Philippines trade accusations after sea clash",
     "China's coast guard fired water cannon at a Philippine supply boat near a disputed shoal, "
     "Manila said.\n\n"
     "The Philippines summoned China's ambassador and accused Beijing of dangerous manoeuvres. "
     "China said the boat had entered its waters illegally.\n\n"
     "The shoal has been the scene of repeated confrontations.",
     [("COERCE", None), ("CONSULT", None), ("ACCUSE", None)]),
    ("rl-pol-025", "politics", "Mayor hits back at governor in transit funding row",
     "The mayor of Chicago hit back at the state governor on Wednesday, accusing him of "
     "\"abandoning\" commuters by cutting transit funding.\n\n"
     "The governor's office said the city had mismanaged its budget. The row follows a 12 percent "
     "cut in state support.\n\n"
     "City council members plan a vote next week.", [("ACCUSE", None), ("ACCUSE", None)]),
    ("rl-pol-026", "conflict", "Al-Shabaab fighters seize town after troops pull out",
     "Al-Shabaab fighters seized the town of Moqokori in central Somalia after government troops "
     "pulled out, residents said.\n\n"
     "The militants entered without a fight and raised their flag over the police station. The "
     "army said the withdrawal was tactical.\n\n"
     "African Union troops left the area last month.",
     [("COERCE", "seize"), ("RETREAT", "withdraw")]),
    ("rl-pol-027", "protest", "Cricket fans protest at ground against government",
     "Thousands of cricket fans chanted slogans against the government at a match in Colombo on "
     "Sunday, calling for the president to resign over the economic crisis.\n\n"
     "Police removed banners from the stands and detained four people. The match continued.\n\n"
     "Protests have spread across the country in recent weeks.",
     [("PROTEST", "demo"), ("COERCE", "arrest")]),
    ("rl-pol-028", "conflict", "Myanmar junta air strike hits village school",
     "A Myanmar military air strike hit a school in a village in Sagaing region, killing at least "
     "seven children, a resistance group said.\n\n"
     "The junta said it had targeted fighters of the People's Defence Force. Residents said there "
     "were no fighters in the village.\n\n"
     "The UN called for an investigation.", [("ASSAULT", "aerial"), ("REQUEST", None)]),
    ("rl-pol-029", "politics", "Government deploys army to fight cartel after massacre",
     "Mexico's president ordered 3,000 soldiers into the state of Guerrero on Monday after cartel "
     "gunmen killed 14 people at a party.\n\n"
     "The troops will patrol towns where the cartel has clashed with a rival gang. Opposition "
     "leaders said the deployment was too late.\n\n"
     "Violence in the state has forced hundreds of families to flee.",
     [("MOBILIZE", None), ("ASSAULT", "firearms")]),
    ("rl-pol-030", "conflict", "Fighting flares in Goma as M23 shells airport area",
     "Fighting flared near Goma on Wednesday as M23 rebels shelled positions close to the airport, "
     "the Congolese army said.\n\n"
     "Residents said shells fell on houses in two districts. The army said it had pushed the rebels "
     "back after several hours of clashes.\n\n"
     "The fighting comes days after a ceasefire was announced.", [("ASSAULT", "heavy-weapons")]),
]
