"""Third domain set of issue 10 (helper rel14), part d: crime without a political actor, and political
stories that look like crime (police arrests, political by the set's convention; election violence,
cartels against officials, gangs attacking towns).

Fictional: every person, gang, company and incident is invented (real countries and cities as setting).
Items: (id, domain, title, text, events); events are (type, mode[, asserted]). Gold written with the text,
before truce was run on it. Holds blind items: never open to tune.
"""

ITEMS = [
    ("d14-crime-001", "crime", "Jewellery shop raided in smash-and-grab",
     "Thieves raided a jewellery shop in Manchester city centre on Wednesday afternoon, smashing display cases "
     "with hammers and escaping with watches worth 300,000 pounds.\n\n"
     "The four men, wearing balaclavas, fled on mopeds. Staff were threatened but not hurt.\n\n"
     "Detectives are appealing for witnesses and have released CCTV images.",
     []),
    ("d14-crime-002", "crime", "Man shot dead outside nightclub in gang feud",
     "A 24-year-old man was shot dead outside a nightclub in Birmingham early on Sunday in what detectives "
     "believe was a feud between rival drug gangs.\n\n"
     "A gunman fired several shots from a passing car before speeding off. A second man was wounded in the "
     "leg.\n\n"
     "Detectives said they were following several lines of inquiry and appealed for dashcam footage.",
     []),
    ("d14-crime-003", "crime", "Cash machine blown up in overnight raid",
     "Thieves blew up a cash machine at a supermarket in Leicester overnight, wrecking the front of the store "
     "and escaping with an undisclosed sum.\n\n"
     "Residents were woken by the blast at about 3am. The gang used gas to blow open the machine, a tactic seen "
     "in several raids in the region this year.\n\n"
     "No one was injured.",
     []),
    ("d14-crime-004", "crime", "Woman stabbed by ex-partner in Glasgow flat",
     "A woman was stabbed several times by her former partner at her flat in Glasgow on Friday night and is in "
     "a critical condition, police said.\n\n"
     "Neighbours heard screaming and called an ambulance. The man fled the scene.\n\n"
     "Police Scotland said the attack was not random and there was no wider risk to the public.",
     []),
    ("d14-crime-005", "crime", "Businessman kidnapped for ransom found alive",
     "A businessman kidnapped outside his home in Guadalajara last week was found alive on Tuesday after his "
     "family paid a ransom, relatives said.\n\n"
     "The kidnappers had seized him as he left for work and demanded two million pesos. He was released on a "
     "roadside blindfolded.\n\n"
     "Prosecutors said they were investigating.",
     []),
    ("d14-crime-006", "crime", "Arson attack destroys pizzeria in protection racket",
     "An arson attack destroyed a pizzeria in Naples on Saturday night after its owner refused to pay protection "
     "money, his family said.\n\n"
     "Petrol was poured through the door and set alight. The fire spread to two flats above, whose residents "
     "escaped over the roofs.\n\n"
     "Investigators believe a local racket was behind the attack.",
     []),
    ("d14-crime-007", "crime", "Teenager killed in knife attack at bus stop",
     "A 16-year-old boy was killed in a knife attack at a bus stop in south London on Thursday evening.\n\n"
     "Witnesses said a group of youths chased him from a chicken shop and attacked him. He died at the "
     "scene.\n\n"
     "Flowers and messages have been left at the bus stop. A murder investigation has been launched.",
     []),
    ("d14-crime-008", "crime", "Armed robbers hit security van in motorway ambush",
     "Armed robbers ambushed a security van on the A1 in Hertfordshire on Monday, forcing it off the road and "
     "escaping with cash boxes.\n\n"
     "The gang rammed the van with a stolen lorry and threatened the guards with a shotgun. The guards were "
     "shaken but not injured.\n\n"
     "Detectives said the raid had been carefully planned.",
     []),
    ("d14-crime-009", "crime", "Drive-by shooting leaves three wounded at birthday party",
     "Three people were wounded in a drive-by shooting at a birthday party in Houston on Saturday night.\n\n"
     "A car pulled up outside the house and someone opened fire on guests in the garden, the sheriff's office "
     "said. The victims are expected to survive.\n\n"
     "Investigators believe the shooting was linked to a dispute between neighbours.",
     []),
    ("d14-crime-010", "crime", "Pensioner beaten in burglary at farmhouse",
     "A pensioner was beaten with a crowbar by burglars who broke into his farmhouse in Lincolnshire on Tuesday "
     "night.\n\n"
     "The intruders tied him up and ransacked the house, taking jewellery and a shotgun. He was found by his "
     "daughter the next morning.\n\n"
     "Police described the attack as callous.",
     []),
    ("d14-crime-011", "crime", "Poachers kill three rhinos in game reserve",
     "Poachers shot and killed three rhinos in the Kwazulu game reserve on Sunday and hacked off their horns, "
     "park officials said.\n\n"
     "Rangers found the carcasses during a morning patrol. The reserve has lost 14 rhinos this year.\n\n"
     "A reward has been offered for information.",
     []),
    ("d14-crime-012", "crime", "Online fraud gang steals millions from pensioners",
     "A fraud gang stole more than three million pounds from pensioners by posing as bank staff in phone calls "
     "and texts, investigators said on Wednesday.\n\n"
     "The criminals attacked victims' accounts after tricking them into sharing codes.\n\n"
     "Banks said customers should never share security codes with anyone.",
     []),
    ("d14-crime-013", "crime", "Prison riot: inmates set fire to cells",
     "Inmates set fire to cells and attacked each other during a riot at Ravenhill prison on Sunday, the "
     "prison service said.\n\n"
     "The disturbance began after a fight between two wings and lasted six hours. Three prisoners were taken "
     "to hospital.\n\n"
     "The prison service said order had been restored.",
     []),
    ("d14-crime-014", "crime", "Road rage: driver attacks cyclist with baseball bat",
     "A driver attacked a cyclist with a baseball bat after a row at traffic lights in Bristol on Monday, "
     "police said.\n\n"
     "The cyclist, 41, suffered a broken arm. The driver drove off before officers arrived.\n\n"
     "Police have appealed for witnesses.",
     []),
    ("d14-crime-015", "crime", "Gang war: two dead as rival crews clash in car park",
     "Two men died and three were injured when rival drug crews clashed in a supermarket car park in Marseille "
     "on Thursday night, prosecutors said.\n\n"
     "Witnesses described a battle with knives and at least one pistol. The crews have been fighting over the "
     "city's northern estates for months.\n\n"
     "An investigation for murder has been opened.",
     []),
    ("d14-crime-016", "crime", "Shoplifting blitz: gangs target high street chains",
     "Organised shoplifting gangs are raiding high street chains in a blitz that cost retailers 1.8 billion "
     "pounds last year, an industry survey found.\n\n"
     "Staff reported being attacked, spat at and threatened with knives. One store manager said thieves "
     "stormed in \"like an army\" and stripped the shelves.\n\n"
     "Retailers want tougher sentences for repeat offenders.",
     []),
    ("d14-misc-001", "business", "Farm shop fights back after supermarket 'attack' on prices",
     "A family-run farm shop in Devon says it will fight back after a supermarket opened nearby and launched "
     "what the owners call an all-out attack on their prices.\n\n"
     "\"They want to kill us off,\" said owner Jenny Marsh. The shop is now offering free delivery and a "
     "loyalty card.\n\n"
     "Customers have rallied behind the shop on social media.",
     []),
    ("d14-misc-002", "sport", "Rowing: Harrow crew torpedo Oxford's hopes in Henley thriller",
     "Harrow Rowing Club torpedoed Oxford Brookes' hopes of a third straight title with a half-length win in "
     "a Henley thriller on Sunday.\n\n"
     "The Harrow eight launched a blistering attack at the halfway mark and held off a late charge.\n\n"
     "\"We went to war out there,\" said stroke Ben Hollis.",
     []),
    ("d14-misc-003", "tech", "Phone maker fires 400 in AI shake-up",
     "Phone maker Lumio fired 400 staff on Tuesday in a shake-up that will see artificial intelligence take "
     "over much of its customer service.\n\n"
     "The cuts hit offices in Dublin and Austin. The company said it was \"targeting growth\" in new "
     "products.\n\n"
     "Shares rose 3 per cent.",
     []),
    ("d14-misc-004", "weather", "Hailstorm pummels vineyards, destroying harvest",
     "A violent hailstorm pummelled vineyards in Burgundy on Saturday, destroying up to 70 per cent of the "
     "harvest in some villages.\n\n"
     "Hailstones the size of golf balls shredded vines and smashed car windscreens. Growers said the storm "
     "hit just weeks before picking.\n\n"
     "The region's growers' union asked for emergency help.",
     []),
    ("d14-misc-005", "entertainment", "Rapper's diss track fires shots at rival in escalating feud",
     "Rapper Lil Stax fired shots at rival DJ Kane in a diss track released on Friday, escalating a feud that "
     "has gripped fans for months.\n\n"
     "On 'Body Count' he takes aim at Kane's sales and his new label. Kane hit back within hours on social "
     "media.\n\n"
     "The track had 5 million streams by Saturday.",
     []),
    ("d14-misc-006", "accident", "Boat capsizes on lake, 12 missing",
     "A boat carrying 40 people capsized on Lake Kivu on Sunday and 12 are missing, local officials said.\n\n"
     "The vessel was overloaded and hit by strong winds, survivors said. Fishermen rescued 28 people.\n\n"
     "Divers resumed the search on Monday.",
     []),
    # political stories that look like crime
    ("d14-crime-101", "crime", "Police raid drug gang's hideout, arrest 23",
     "Police raided a drug gang's hideout in Rio de Janeiro's Mare favela on Tuesday, arresting 23 people and "
     "seizing rifles and cocaine, officials said.\n\n"
     "Hundreds of officers backed by armoured vehicles took part in the operation. Gang members opened fire on "
     "the police, who shot dead four suspects.\n\n",
     [("COERCE", "arrest"), ("ASSAULT", "firearms")]),
    ("d14-crime-102", "conflict", "Election riot: opposition supporters torch party office after vote count",
     "Opposition supporters set fire to the ruling party's office in Kisumu on Wednesday after the electoral "
     "commission declared the president re-elected.\n\n"
     "Police fired tear gas and live rounds to disperse the rioters, and two people were killed, the Red Cross "
     "said.\n\n"
     "The opposition leader rejected the result and called for more protests.",
     [("PROTEST", "riot"), ("ASSAULT", "crowd-control"), ("REJECT", None)]),
    ("d14-crime-103", "conflict", "Cartel gunmen kill mayoral candidate at campaign rally",
     "Gunmen shot dead a mayoral candidate at a campaign rally in the Mexican state of Guerrero on Friday, "
     "prosecutors said.\n\n"
     "Two men fired at Alma Reyes as she greeted supporters in the town square. Officials blamed a drug cartel "
     "that controls the area.\n\n"
     "She was the sixth candidate killed in the campaign.",
     [("ASSAULT", "targeted")]),
    ("d14-crime-104", "conflict", "Gangs attack town, burn homes in Haiti",
     "Armed gangs attacked the town of Mirebalais in central Haiti on Sunday, burning homes and killing at "
     "least 15 residents, the UN said.\n\n"
     "Thousands fled as gang members stormed the town and freed prisoners from its jail. The police station was "
     "set ablaze.\n\n",
     [("ASSAULT", "destroy"), ("ASSAULT", "firearms")]),
    ("d14-crime-105", "crime", "Man arrested after shop stabbing",
     "Police arrested a 30-year-old man on Friday after a shop worker was stabbed in Croydon.\n\n"
     "The worker was taken to hospital with wounds that are not thought to be life-threatening.\n\n"
     "The suspect was held on suspicion of grievous bodily harm.",
     [("COERCE", "arrest")]),
    ("d14-crime-106", "politics", "Journalist shot dead after exposing corruption",
     "An investigative journalist who exposed corruption in the provincial government was shot dead outside "
     "his home in Cebu on Monday, police said.\n\n"
     "Two gunmen on a motorcycle fired six shots at Paolo Cruz. Press freedom groups condemned the killing and "
     "demanded an investigation.\n\n",
     [("ASSAULT", "targeted"), ("ACCUSE", "disapprove")]),
    ("d14-crime-107", "crime", "Bandits abduct 40 villagers in Zamfara raid",
     "Bandits raided the village of Kurya in Zamfara state on Saturday night, abducting 40 villagers and killing "
     "six, residents said.\n\n"
     "The gunmen arrived on motorcycles and went from house to house. Police said a rescue operation was "
     "under way.\n\n",
     [("ASSAULT", "abduct")]),
]
