"""Domain set of issue 10 (helper rel12), part b: entertainment, culture, weather, disasters, accidents,
crime, health, science and political controls in those settings and in several styles.

Fictional: every person, company, work and incident is invented. Items: (id, domain, title, text, events);
events are (type, mode[, asserted]). Gold written with the text, before truce was run on it. Holds blind
items: never open to tune.
"""

ITEMS = [
    ("d12-ent-001", "entertainment", "Film review: Ashes of Kandor is a brutal, gripping war epic",
     "Ashes of Kandor opens with rebels seizing a provincial capital and executing its governor in the square. "
     "What follows is two and a half hours of siege, betrayal and revenge.\n\n"
     "Director Selin Aksoy stages the battle scenes with terrifying clarity: soldiers storm a hospital, a "
     "village is shelled to rubble, and a convoy is ambushed in a mountain pass.\n\n"
     "Newcomer Farid Nasser is superb as the young medic caught between the two sides. The film opens in "
     "cinemas on Friday. Four stars.",
     []),
    ("d12-ent-002", "culture", "Book of the week: a thriller in which a terror cell bombs the Paris metro",
     "In Lucien Marchetti's new novel, a terror cell bombs a metro train beneath the Gare du Nord, killing 40 "
     "people, and a burned-out detective has six days to find the bomb-maker.\n\n"
     "Marchetti, a former crime reporter, knows how investigations work. The police raids and the interrogations "
     "ring true, and the ending is genuinely surprising.\n\n"
     "The Last Carriage is published by Harrow Books at 18.99 pounds.",
     []),
    ("d12-ent-003", "entertainment", "TV recap: the dragon army storms the capital in a savage finale",
     "Spoilers ahead. The season finale of Crown of Embers did not hold back: the dragon army stormed the "
     "capital, the queen's guard was massacred at the gates and the rebel prince seized the throne.\n\n"
     "Viewers took to social media to mourn their favourite characters. The episode drew 7 million viewers, a "
     "record for the streaming service.\n\n"
     "A fourth season has been confirmed for next year.",
     []),
    ("d12-ent-004", "entertainment", "Rapper fires shots at rival on new diss track",
     "Rapper Kid Solace fired shots at his former label-mate Drey Vance on a new diss track released at midnight, "
     "accusing him of stealing his flow.\n\n"
     "Vance hit back within hours on social media, calling the song \"a bomb\" and predicting it would flop. "
     "The feud has run for two years.\n\n"
     "The track has already been streamed 5 million times.",
     []),
    ("d12-ent-005", "entertainment", "Box office: superhero sequel crushes rivals in opening weekend",
     "Titan Squad 2 crushed the competition at the North American box office this weekend, taking 148 million "
     "dollars and knocking last week's animated hit off the top spot.\n\n"
     "The sequel invaded more than 4,300 cinemas and shattered the opening record for the studio. The horror "
     "film Night Raid opened in third place.\n\n"
     "Analysts said the result would ease fears about summer ticket sales.",
     []),
    ("d12-cult-001", "culture", "Museum show recalls the siege of the city 300 years on",
     "A new exhibition at the city museum marks the 300th anniversary of the great siege, when an imperial army "
     "bombarded the walls for five months.\n\n"
     "Visitors can see cannonballs dug up from the old ramparts, letters from defenders and a model of the "
     "breach the attackers stormed in the final assault.\n\n"
     "The show runs until March. Tickets cost 12 euros.",
     []),
    ("d12-cult-002", "culture", "Five recipes to smash your weeknight dinner routine",
     "Bored of the same old meals? These five recipes will blow your family away.\n\n"
     "1. Smashed potatoes: boil them, crush them with the back of a fork and blast them in a hot oven.\n\n"
     "2. Firecracker chicken: marinate the thighs overnight, then sear them over a fierce heat.\n\n"
     "3. Bombay crunch salad: attack the cabbage with a sharp knife and shred it as finely as you can.",
     []),
    ("d12-wx-001", "weather", "Storm Idris batters west coast with 90 mph gusts",
     "Storm Idris battered the west coast on Tuesday with gusts of up to 90 mph, bringing down trees and power "
     "lines and cutting electricity to 60,000 homes.\n\n"
     "Waves pounded the sea wall at Aberporth and hailstones the size of marbles bombarded parts of "
     "Herefordshire. An amber warning for wind remains in place until midnight.\n\n"
     "Forecasters said the storm would move north overnight.",
     []),
    ("d12-wx-002", "weather", "Live: flooding updates - troops sent to help evacuate riverside homes",
     "07:30 Rivers are still rising across the county after 48 hours of torrential rain.\n\n"
     "10:15 The council says 400 homes have been evacuated in the lower town. Rescue boats are working along "
     "Mill Street.\n\n"
     "13:40 About 150 soldiers have been deployed to help evacuate residents and fill sandbags, the county "
     "emergency office says.\n\n"
     "16:00 The Met Office has issued a red warning for rain for tomorrow.",
     []),
    ("d12-dis-001", "disaster", "Earthquake kills at least 40 in eastern Turkey",
     "A magnitude 6.4 earthquake struck eastern Turkey before dawn on Sunday, killing at least 40 people and "
     "injuring hundreds as buildings collapsed in the province of Malatya.\n\n"
     "Rescuers worked through the day to pull survivors from the rubble. Aftershocks hit the region for hours, "
     "and thousands of people spent the night in their cars.\n\n"
     "The disaster agency said 120 buildings had been destroyed.",
     []),
    ("d12-dis-002", "disaster", "Wildfire destroys 300 homes as firefighters battle the flames",
     "A wildfire fanned by strong winds has destroyed more than 300 homes near Patras, and 600 firefighters "
     "are battling the flames on three fronts.\n\n"
     "The fire raced through pine forests overnight and attacked the edges of two villages. Water-bombing "
     "aircraft made dozens of runs over the hills.\n\n"
     "Two people were killed when their car was trapped by the blaze.",
     []),
    ("d12-acc-001", "accident", "Bus crash on mountain road kills 12 in Peru",
     "A bus plunged off a mountain road in the Peruvian Andes on Wednesday, killing 12 passengers and injuring "
     "25, police said.\n\n"
     "The vehicle was travelling from Cusco to Puno when it skidded on a bend and rolled 200 metres down a "
     "slope. Survivors said the driver had been going too fast.\n\n"
     "The injured were taken to hospital in Juliaca.",
     []),
    ("d12-acc-002", "accident", "Gas blast rips through factory, killing five workers",
     "An explosion ripped through a chemical factory in the industrial zone of Gebze early on Thursday, killing "
     "five workers and injuring 17.\n\n"
     "Witnesses said the blast shattered windows a kilometre away. Firefighters fought the blaze for six "
     "hours.\n\n"
     "The company said a gas leak was the most likely cause.",
     []),
    ("d12-acc-003", "accident", "Soldier dies in training accident at army range",
     "A soldier died on Tuesday after being hit by a live round during a training exercise at the Salisbury "
     "Plain ranges, the army said.\n\n"
     "The 24-year-old private was taking part in a routine live-firing drill. An investigation has been opened "
     "into how the accident happened.\n\n"
     "His family has been informed.",
     []),
    ("d12-crime-001", "crime", "Robbers shoot guard in cash van raid",
     "Armed robbers shot a security guard in the leg during a raid on a cash van outside a shopping centre in "
     "Leeds on Monday morning.\n\n"
     "The three men, wearing balaclavas, escaped with two cash boxes in a stolen car that was later found burned "
     "out. The guard is in a stable condition.\n\n"
     "Detectives appealed for witnesses and dashcam footage.",
     []),
    ("d12-crime-002", "crime", "Gang torches rival's bar in Cape Town turf war",
     "Members of a street gang set fire to a bar in the Cape Flats on Saturday night in the latest attack in a "
     "turf war over the drug trade, police said.\n\n"
     "No one was injured, but the building was gutted. Residents said the bar's owner was linked to a rival gang "
     "and had been threatened.\n\n"
     "The turf war has claimed 14 lives this year.",
     []),
    ("d12-crime-003", "crime", "Man stabbed wife after argument, inquest told",
     "A man stabbed his wife to death in their kitchen after an argument about money, an inquest in Bristol "
     "heard on Wednesday.\n\n"
     "Neighbours had called the emergency services after hearing screams. The man then killed himself, the "
     "coroner was told.\n\n"
     "The couple had been married for 20 years.",
     []),
    ("d12-crime-004", "crime", "Teen killed in drive-by shooting on South Side",
     "A 16-year-old boy was shot dead and two other teenagers were wounded in a drive-by shooting on Chicago's "
     "South Side late on Friday.\n\n"
     "Someone in a dark sedan opened fire on the group as they stood outside a corner shop, detectives said. "
     "The car sped away.\n\n"
     "It was the city's third fatal shooting of the weekend.",
     []),
    ("d12-crime-005", "crime", "Kidnapped businessman's son freed after family pays ransom",
     "The 12-year-old son of a Lagos businessman was freed on Tuesday, five days after kidnappers snatched him "
     "on his way to school, his family said.\n\n"
     "The kidnappers had demanded 50 million naira. A relative said the family paid part of the ransom and the "
     "boy was released near a petrol station.\n\n"
     "He was unharmed.",
     []),
    ("d12-crime-006", "conflict", "Gunmen on motorbike shoot dead councillor in Karachi",
     "KARACHI (Wirepoint) - Gunmen on a motorbike shot dead a local councillor from the ruling party outside his "
     "home in Karachi on Tuesday, police said.\n\n"
     "The councillor, Imran Baloch, was getting into his car when two men opened fire. His guard was wounded. "
     "No group has claimed the killing.\n\n"
     "Party leaders called for the attackers to be found.",
     [("ASSAULT", "firearms"), ("REQUEST", None)]),
    ("d12-health-001", "health", "New drug attacks the virus on two fronts, trial finds",
     "A new antiviral drug attacks the virus on two fronts and cut hospital admissions by half in a trial of "
     "3,000 patients, researchers said.\n\n"
     "The pill blocks the enzyme the virus uses to copy itself and helps the immune system fight off the "
     "infection. Side effects were mild.\n\n"
     "The company will apply for approval this year.",
     []),
    ("d12-health-002", "health", "Doctors launch blitz on childhood obesity",
     "Family doctors in Wales are launching a blitz on childhood obesity, with weigh-ins at schools and cooking "
     "lessons for parents.\n\n"
     "\"We need to attack this problem early,\" said Dr Gwen Pryce, who leads the scheme. Cancer specialists "
     "say the same approach could help target the disease before it strikes.\n\n"
     "The scheme starts in 40 schools in September.",
     []),
    ("d12-health-003", "health", "Boy, 6, mauled by dog in park",
     "A six-year-old boy was mauled by a dog in a park in Coventry on Sunday afternoon.\n\n"
     "The animal attacked him near the play area and bit him on the arm and face. His father fought the dog off "
     "with a branch.\n\n"
     "The boy was taken to hospital with injuries that were not life-threatening.",
     []),
    ("d12-health-004", "conflict", "Militants attack polio vaccination team, killing police guard",
     "Militants attacked a polio vaccination team in Pakistan's Khyber Pakhtunkhwa province on Monday, killing "
     "the policeman who was guarding it.\n\n"
     "Two gunmen opened fire on the team as it went door to door in a village near Bannu. The three health "
     "workers escaped unhurt.\n\n"
     "The vaccination campaign was suspended in the district.",
     [("ASSAULT", "firearms")]),
    ("d12-sci-001", "science", "Telescope captures asteroid strike on Jupiter",
     "Amateur astronomers have captured the moment an asteroid struck Jupiter, producing a flash visible from "
     "Earth.\n\n"
     "The giant planet is bombarded by space rocks more often than any other in the solar system, scientists "
     "said. The impact left no visible scar.\n\n"
     "The footage was filmed from a back garden in Brazil.",
     []),
    ("d12-pol-001", "conflict", "Army shells rebel positions in Darfur; rebels hit back",
     "Sudan's army shelled positions held by the Rapid Support Forces around El Fasher on Saturday, residents "
     "said, and the paramilitary group fired rockets at an army base in return.\n\n"
     "At least seven civilians were killed in the exchange, according to a local medical group.\n\n"
     "The two sides have been at war since April 2023.",
     [("ASSAULT", "heavy-weapons"), ("ASSAULT", "heavy-weapons")]),
    ("d12-pol-002", "conflict", "Kyiv regime projectiles strike residential quarter of Donetsk",
     "Projectiles fired by the Kyiv regime struck a residential quarter of Donetsk on Sunday, the city "
     "administration said, damaging a school and three apartment blocks.\n\n"
     "Two civilians were reported wounded. The Russian Federation's foreign ministry condemned what it called "
     "terrorist shelling.\n\n"
     "Ukrainian officials did not comment.",
     [("ASSAULT", "heavy-weapons"), ("ACCUSE", "disapprove")]),
    ("d12-pol-003", "protest", "Five things to know about the Nairobi protests",
     "1. Thousands marched in Nairobi on Tuesday against a new finance bill.\n\n"
     "2. Police fired tear gas and rubber bullets to disperse crowds near parliament.\n\n"
     "3. Protesters blocked roads in Mombasa and Kisumu with burning tyres.\n\n"
     "4. Rights groups said at least two people were killed.\n\n"
     "5. The opposition has called for more marches on Thursday.",
     [("PROTEST", "demo"), ("ASSAULT", "crowd-control"), ("PROTEST", "obstruct")]),
    ("d12-pol-004", "conflict", "Live: air strikes reported in northern Shan State",
     "09:40 Residents report air strikes near the town of Lashio this morning. We are working to confirm the "
     "details.\n\n"
     "10:55 A local aid group says military jets bombed a market in a village east of the town, killing at least "
     "nine people.\n\n"
     "13:20 The junta says it has deployed more troops to the area to retake positions lost to the Ta'ang "
     "National Liberation Army.",
     [("ASSAULT", "aerial"), ("MOBILIZE", "troops")]),
    ("d12-pol-005", "politics", "Opposition leader attacks budget as a betrayal of pensioners",
     "The opposition leader attacked the government's budget on Wednesday as \"a betrayal of pensioners\", "
     "accusing the finance minister of hiding cuts in the small print.\n\n"
     "The finance minister hit back, saying the opposition had no plan of its own. The budget vote is due next "
     "week.\n\n"
     "Markets barely moved on the announcement.",
     [("ACCUSE", "disapprove"), ("ACCUSE", "disapprove")]),
    ("d12-pol-006", "protest", "Teachers strike across Nigeria over unpaid salaries",
     "Public school teachers across Nigeria went on strike on Monday over months of unpaid salaries, shutting "
     "thousands of schools.\n\n"
     "The teachers' union said the strike would continue until the states paid arrears. The education minister "
     "urged the teachers to return to work.\n\n"
     "Parents said their children had already missed weeks of lessons this year.",
     [("PROTEST", "strike"), ("REQUEST", None)]),
    ("d12-pol-007", "conflict", "Gunmen attack aid convoy in flood-hit district",
     "Gunmen attacked a convoy carrying food to flood victims in the Jowhar district of Somalia on Thursday, "
     "killing a driver and seizing two trucks, the UN said.\n\n"
     "Floods have displaced 200,000 people in the region since October. The UN called on all armed groups to let "
     "aid through.\n\n"
     "The floods have also destroyed crops and roads.",
     [("ASSAULT", "firearms"), ("COERCE", "seize"), ("REQUEST", None)]),
    ("d12-pol-008", "politics", "Security forces detain film director over documentary",
     "Security forces in Tehran detained the film director Parisa Hosseini at her home on Saturday, days after "
     "her documentary about women's protests was shown at a European festival, her lawyer said.\n\n"
     "The lawyer said agents seized her computer and passport. The festival called for her release.\n\n"
     "Hosseini's previous film won a prize in Berlin.",
     [("COERCE", "arrest"), ("COERCE", "seize"), ("REQUEST", None)]),
    ("d12-other-001", "entertainment", "The 12 greatest war films of all time, ranked",
     "From the trenches to the jungle, these are the war films that changed cinema.\n\n"
     "12. Iron Rain (1979): a platoon storms a hill that no one can hold, again and again.\n\n"
     "6. The Long Night (1994): partisans ambush a train carrying prisoners.\n\n"
     "1. Harvest of Fire (2003): two brothers fight on opposite sides as the army shells their village. "
     "Devastating.",
     []),
]
