"""Third domain set of issue 10 (helper rel14), part a: sport, and political stories told in sport settings.

Fictional: every person, club, company and incident is invented (real leagues and countries as setting only).
Items: (id, domain, title, text, events); events are (type, mode[, asserted]). Gold written with the text,
before truce was run on it. Holds blind items: never open to tune.
"""

ITEMS = [
    ("d14-sport-001", "sport", "Kestrel Rovers hammered 5-0 as Dunmore run riot",
     "Kestrel Rovers were hammered 5-0 at home on Saturday as Dunmore Athletic ran riot in the second half.\n\n"
     "Striker Luka Pavic fired the visitors ahead after 11 minutes and the rout was complete when substitute Omar "
     "Diallo smashed a volley into the top corner.\n\n"
     "\"We were crushed, there is no other word for it,\" Rovers manager Ian Whitcombe said. \"They attacked us "
     "from the first whistle and we had no answer.\"\n\n"
     "The defeat leaves Rovers two points above the relegation zone with six games left.",
     []),
    ("d14-sport-002", "sport", "Cricket: Ferreira's blitz bombs Stags out of the cup",
     "Opener Dario Ferreira smashed 112 off 61 balls as the Harbourside Hawks blasted 231 for four and bombed the "
     "Eastfield Stags out of the T20 cup on Friday night.\n\n"
     "Ferreira took the attack to the seamers from the first over, hitting nine sixes, three of them into the "
     "car park beyond the pavilion.\n\n"
     "The Stags' reply collapsed under a barrage of short-pitched bowling from left-armer Sam Okafor, who took "
     "four for 18. \"He was lethal tonight,\" Hawks captain Rhys Morgan said.",
     []),
    ("d14-sport-003", "sport", "Boxing: Mensah knocks out Vargas in brutal third-round war",
     "LAS VEGAS (Ringside Wire) - Kwame Mensah knocked out Luis Vargas in the third round of a brutal war at the "
     "Silver Dome on Saturday to keep his light-heavyweight title.\n\n"
     "Vargas rocked the champion with a left hook in the first, but Mensah came back swinging and a savage "
     "right hand floored the challenger midway through the third. The referee waved it off at 1:47.\n\n"
     "\"I told you I would destroy him,\" Mensah said in the ring. Vargas was taken to hospital as a precaution "
     "and later released.",
     []),
    ("d14-sport-004", "sport", "Massacre at the Marsh: Saints thrash Pirates 62-7",
     "It was a massacre at the Marsh. The Southport Saints ran in ten tries to thrash the Coastal Pirates 62-7 "
     "and move top of the rugby league table.\n\n"
     "The Pirates' defence was torn to shreds by winger Josh Tuilagi, who scored four tries, and the Saints' "
     "forwards bulldozed their way through the middle all afternoon.\n\n"
     "Pirates coach Mark Dempsey apologised to the travelling fans. \"That was a slaughter and we deserved it,\" "
     "he said.",
     []),
    ("d14-sport-005", "sport", "Transfer war: Corbridge and Lyonsdale battle for teenage sensation",
     "Corbridge City and Lyonsdale are locked in a transfer war for Hollins Park's 17-year-old midfielder Theo "
     "Banks, with both clubs ready to launch bids this week.\n\n"
     "Corbridge are said to have fired the first shot with a 15 million pound offer, which Hollins Park rejected "
     "on Monday. Lyonsdale are expected to hit back with a bigger package including add-ons.\n\n"
     "Banks, who has scored nine goals this season, is understood to favour a move to a club that will give him "
     "first-team football.",
     []),
    ("d14-sport-006", "sport", "Ice hockey: fists fly as Blizzard and Timberwolves brawl",
     "Fists flew in the second period at the Ice Forum on Tuesday as the Northfield Blizzard and the Pinecrest "
     "Timberwolves brawled for almost two minutes.\n\n"
     "The fight started when Blizzard defenceman Kyle Sorensen slammed Timberwolves centre Matt Dube into the "
     "boards. Every skater on the ice dropped his gloves and five players were ejected.\n\n"
     "The Blizzard won 4-2. The league said it would review the brawl and announce suspensions on Thursday.",
     []),
    ("d14-sport-007", "sport", "Grand prix: Ortega storms to pole as rivals crash out",
     "Marco Ortega stormed to pole position for Sunday's grand prix after both of his title rivals crashed out "
     "of qualifying.\n\n"
     "Championship leader Jan Holm slammed into the barrier at turn nine and his team-mate hit the wall on the "
     "following lap, bringing out the red flag. Neither driver was hurt.\n\n"
     "Ortega, who set the fastest lap with a blistering 1:18.4, said his team had \"attacked every corner\" "
     "and would not back off in the race.",
     []),
    ("d14-sport-008", "sport", "Tennis: Sato fires 24 aces to shoot down top seed",
     "Qualifier Ren Sato fired 24 aces and blasted 51 winners to shoot down top seed Elena Markova 7-6 6-4 in the "
     "second round on Wednesday.\n\n"
     "Markova, who had not dropped a set all year, was under siege on her serve throughout and broke her racket "
     "in frustration at the end of the first set.\n\n"
     "\"I just tried to attack and not think,\" said Sato, ranked 142nd in the world.",
     []),
    ("d14-sport-009", "sport", "10 of the most savage tackles in Premier League history",
     "Some tackles are remembered for decades. Here are ten of the most savage challenges ever seen in the "
     "Premier League, ranked.\n\n"
     "1. The 'ambush' at the Crown Ground. A midfielder flew in two-footed and left his opponent in a heap. "
     "He was sent off and banned for four games.\n\n"
     "2. The 'hatchet job'. A centre-back launched himself at a winger who had tormented him all afternoon.\n\n"
     "3. The 'assassination'. Fans still argue about whether the ball was even there.\n\n"
     "Which tackle do you think was the most brutal? Tell us in the comments below.",
     []),
    ("d14-sport-010", "sport", "Esports: Phantom Legion wipe out rivals to seize world crown",
     "SEOUL - Phantom Legion wiped out Iron Vanguard 3-0 on Sunday to seize the world championship of the "
     "tactical shooter Frontline.\n\n"
     "Their sniper, known as 'Viper', picked off four opponents in the deciding round, and the team stormed the "
     "final site with a flawless grenade rush.\n\n"
     "The win is worth two million dollars. Iron Vanguard's captain said his team had been \"executed\" by a "
     "better side.",
     []),
    ("d14-sport-011", "sport", "Golf: Lindqvist fires 63 to blow the field away",
     "Sweden's Anna Lindqvist fired a course-record 63 on Saturday to open up a six-shot lead and blow away the "
     "field at the Coastal Open.\n\n"
     "She attacked the pins from the first hole, holing out for an eagle at the fourth, and hit every green in "
     "regulation on the back nine.\n\n"
     "\"It was one of those days when everything I hit went at the flag,\" she said.",
     []),
    ("d14-sport-012", "sport", "Darts: 'The Executioner' crushes Price in Blackpool",
     "Dean 'The Executioner' Moffat crushed Gary Price 10-2 in the quarter-finals on Thursday, hitting four 180s "
     "and a 164 checkout.\n\n"
     "Moffat, who walks on to the stage to a soundtrack of gunfire and sirens, killed off the match with a "
     "double 16 after just 34 minutes.\n\n"
     "\"I came here to shoot him down and that's what I did,\" he said.",
     []),
    ("d14-sport-013", "sport", "Fans storm pitch as Ashby seal promotion",
     "Thousands of Ashby Town fans stormed the pitch at the final whistle on Saturday as their side beat Wexley "
     "2-1 to seal promotion to the Championship.\n\n"
     "Stewards were swamped within seconds and supporters dug up pieces of the turf to take home. The club said "
     "the celebrations were \"good-natured\" and no one was hurt.\n\n"
     "Manager Paul Reeve, carried shoulder-high by the crowd, said it was the best day of his career.",
     []),
    ("d14-sport-014", "sport", "NFL: Raiders' defence blitzes Colts as quarterback is sacked seven times",
     "The Dallas Drovers' defence blitzed the Portland Pilots all night, sacking quarterback Eli Brandt seven "
     "times in a 31-10 win on Sunday.\n\n"
     "Linebacker Ty Jefferson led the assault with three sacks and a forced fumble, and the secondary picked "
     "off two passes.\n\n"
     "\"We wanted to hunt him down on every play,\" Jefferson said. \"We hit him early and he never recovered.\"",
     []),
    ("d14-sport-015", "sport", "Chess: Ivanova's kingside attack demolishes defending champion",
     "Grandmaster Irina Ivanova sacrificed a rook to launch a devastating kingside attack and demolish the "
     "defending champion in 29 moves on Tuesday.\n\n"
     "Her knight raid on f7 shattered Black's defences, and the champion resigned facing a forced mate.\n\n"
     "Ivanova now leads the candidates tournament by a full point with three rounds left.",
     []),
    ("d14-sport-016", "sport", "Cycling: Dutch rider attacks on final climb to win stage",
     "Dutch rider Pieter de Jong attacked on the final climb to win the ninth stage on Monday, dropping the "
     "favourites with five kilometres to go.\n\n"
     "A crash in the peloton earlier brought down a dozen riders, and two were taken to hospital with broken "
     "collarbones.\n\n"
     "De Jong now sits 40 seconds behind the overall leader. \"I was waiting for the moment to strike,\" he said.",
     []),
    ("d14-sport-017", "sport", "Manager under fire after sixth straight defeat",
     "Greyhaven manager Stefan Kroll is under fire after a sixth straight defeat, a 3-0 loss at Millbrook on "
     "Tuesday night.\n\n"
     "Supporters turned on the manager in the second half, and chants of 'you're getting sacked in the morning' "
     "rang around the away end.\n\n"
     "Kroll said he would fight on. \"I'm not a quitter. We will battle our way out of this,\" he said. The club's "
     "board is due to meet on Thursday.",
     []),
    ("d14-sport-018", "sport", "MMA: Petrova submits Costa after wild war of words",
     "Nadia Petrova submitted Bruna Costa in the second round on Saturday, ending a bitter rivalry that had "
     "spilled into a wild war of words and a shoving match at the weigh-in.\n\n"
     "Costa had attacked Petrova's record in interviews all week. Petrova answered by taking her down twice in "
     "the first round and locking in a rear-naked choke.\n\n"
     "\"She talked a lot of trash. I shut her up,\" Petrova said.",
     []),
    ("d14-sport-019", "sport", "Horse racing: Thunder Raid blasts clear to win the Gold Cup",
     "Thunder Raid blasted clear at the last fence to win the Gold Cup by nine lengths on Friday, giving trainer "
     "Molly Hearn the biggest win of her career.\n\n"
     "The seven-year-old was held up in the pack before jockey Sean Daly launched his attack three fences out.\n\n"
     "Favourite Artillery Man fell at the second-last but was unhurt.",
     []),
    ("d14-sport-020", "sport", "Athletics: Okonjo shatters world record as rivals left for dead",
     "Nigeria's Grace Okonjo shattered the 400m hurdles world record on Thursday, leaving her rivals for dead "
     "down the home straight.\n\n"
     "She clocked 50.31 seconds, taking more than a tenth off the old mark. The crowd exploded when the time "
     "flashed up on the screen.\n\n"
     "\"I attacked the first 200 and just held on,\" she said.",
     []),
    ("d14-sport-021", "sport", "Basketball: Hornets sting Bulls in overtime shootout",
     "The Riverside Hornets outgunned the Lakeshore Bulls 131-128 in an overtime shootout on Wednesday.\n\n"
     "Guard Marcus Bell fired in 44 points, including the go-ahead three with 12 seconds left, and the Hornets "
     "shot 52 per cent from the field.\n\n"
     "Bulls coach Dan Ruiz said his side had been \"killed on the boards\" and let the game slip away.",
     []),
    ("d14-sport-022", "sport", "Wrestling: Title match ends in chaos as champion ambushed backstage",
     "Monday's wrestling show ended in chaos when the heavyweight champion Titan Kross was ambushed backstage by "
     "three masked rivals before his title defence.\n\n"
     "The storyline, which the promotion had teased for weeks, saw Kross attacked with a steel chair and carried "
     "to an ambulance. He returned to the ring an hour later to win the match.\n\n"
     "Fans online called the segment the best of the year.",
     []),
    # political stories that look like sport
    ("d14-sport-101", "conflict", "Striker among dead after militants attack stadium in Maiduguri",
     "MAIDUGURI, Nigeria - Suspected Boko Haram militants attacked a football stadium in Maiduguri during a "
     "league match on Sunday, killing at least nine people, among them a local striker, officials said.\n\n"
     "Gunmen opened fire on spectators from outside the main stand before a suicide bomber blew himself up at "
     "the gate, police said.\n\n"
     "Soldiers were deployed around the stadium and the league suspended all matches in Borno state.",
     [("ASSAULT", "firearms"), ("ASSAULT", "suicide-attack"), ("MOBILIZE", "troops")]),
    ("d14-sport-102", "politics", "National team captain detained by security forces after criticising president",
     "The captain of the national football team, Amir Haddad, was detained by security forces at his home in "
     "the capital on Tuesday, days after he criticised the president in a television interview, his lawyer "
     "said.\n\n"
     "Haddad had said the government was \"stealing the country's future\". Intelligence officers took him away "
     "before dawn and searched his flat.\n\n"
     "Rights groups condemned the arrest and demanded his immediate release.",
     [("COERCE", "arrest"), ("ACCUSE", "disapprove")]),
    ("d14-sport-103", "conflict", "World Cup qualifier moved after shelling hits stadium",
     "A World Cup qualifier due to be played in Kharkiv was moved abroad on Friday after Russian shelling hit "
     "the city's main stadium overnight, the football federation said.\n\n"
     "The strike destroyed part of the east stand and damaged the pitch, regional officials said. No one was "
     "killed.\n\n"
     "The federation said the match would be played in Poland instead.",
     [("ASSAULT", "heavy-weapons")]),
    ("d14-sport-104", "protest", "Fans clash with riot police after derby as anti-government chants ring out",
     "Hundreds of football fans clashed with riot police outside the Olympic stadium on Saturday after a derby "
     "in which supporters chanted against the government.\n\n"
     "Police fired tear gas and water cannon at the crowd, and fans threw stones and flares. At least 40 people "
     "were arrested, the interior ministry said.\n\n"
     "Supporters' groups had called for protests against a new law on public gatherings.",
     [("ASSAULT", "crowd-control"), ("COERCE", "arrest"), ("PROTEST", "riot")]),
    ("d14-sport-105", "conflict", "Olympic wrestler killed in air strike on his village",
     "An Olympic bronze medallist wrestler was killed along with his two children in an air strike on his "
     "village in Idlib province on Wednesday, his club said.\n\n"
     "Warplanes struck the village of Kafr Nabl in the early morning, local rescuers said, destroying several "
     "houses.\n\n"
     "The national Olympic committee said it mourned one of its finest athletes.",
     [("ASSAULT", "aerial")]),
    ("d14-sport-106", "politics", "Football federation boss arrested over vote-rigging in presidential poll",
     "Police arrested the head of the national football federation on Monday on charges of organising "
     "vote-buying for the ruling party before last month's presidential election, prosecutors said.\n\n"
     "Officers raided the federation's offices and seized documents and cash, a police spokesman said.\n\n"
     "The opposition accused the government of using the case to settle scores.",
     [("COERCE", "arrest"), ("ACCUSE", "allege")]),
    ("d14-sport-107", "conflict", "Gunmen kidnap footballers travelling to away match",
     "ENUGU - Gunmen abducted five players and the driver of Rangers United's team bus on the highway near "
     "Okigwe on Saturday, the club said.\n\n"
     "The attackers fired at the bus and forced it off the road before taking the men into the forest, police "
     "said. Security forces launched a search operation.\n\n"
     "The league postponed the club's next two matches.",
     [("ASSAULT", "abduct")]),
]
