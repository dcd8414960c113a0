"""Domain set of issue 10 (helper rel12), part a: sport, markets, business, tech.

Fictional: every person, company, club (apart from real leagues as setting) and incident is invented.
Items: (id, domain, title, text, events); events are (type, mode[, asserted]). Gold written with the
text, before truce was run on it. Holds blind items: never open to tune.
"""

ITEMS = [
    ("d12-sport-001", "sport", "Transfer latest: Calderbridge plot summer raid on Lisbon for striker Nuno Avelar",
     "Calderbridge are preparing a summer raid on Sporting Mirandela for striker Nuno Avelar, according to "
     "sources close to the club.\n\n"
     "The 23-year-old fired in 19 goals this season and has been targeted by at least three Premier League sides. "
     "Calderbridge manager Ross Etherington is understood to have made the forward his top target after seeing "
     "his side shot-shy in the run-in.\n\n"
     "Mirandela insist they will fight to keep their star man, but a bid of around 40 million euros could "
     "blow rival suitors out of the water.",
     []),
    ("d12-sport-002", "sport", "LIVE: Harlow Athletic v Denby County - clash of the titans at the top",
     "Welcome to our live coverage of the clash of the titans at the Mill Lane stadium, where first hosts second.\n\n"
     "12 min: GOAL! Harlow strike first. Kemi Adeyemi fires a low shot past the keeper after a lightning "
     "counter-attack.\n\n"
     "31 min: Tempers flare as Denby's captain clatters into Adeyemi. Both benches are on their feet and the "
     "referee shows two yellow cards.\n\n"
     "58 min: Denby are laying siege to the Harlow goal now, firing crosses into the box.\n\n"
     "90+4 min: Full time. Harlow hold on to win 1-0 and go five points clear.",
     []),
    ("d12-sport-003", "sport", "Cricket: Patel's bouncer barrage blows away the tail",
     "Fast bowler Vikram Patel bombarded the lower order with short balls as the visitors collapsed from 210 for "
     "four to 246 all out on the second day in Perth.\n\n"
     "Patel, who took five for 51, attacked the stumps in his first spell before switching to a bouncer barrage "
     "after tea. \"We knew they did not like the short stuff, so we went after them,\" he said.\n\n"
     "The hosts closed on 88 for one, with their openers smashing 14 fours between them.",
     []),
    ("d12-sport-004", "sport", "Rugby: Wolves storm back to stun leaders as fans invade pitch",
     "Northam Wolves stormed back from 20 points down to beat the league leaders 34-31 on Saturday, and hundreds "
     "of supporters invaded the pitch at the final whistle to celebrate.\n\n"
     "The Wolves' blitz defence suffocated the visitors after the break and replacement hooker Tane Morrell "
     "crashed over for the winning try in the 79th minute.\n\n"
     "Stewards cleared the field within ten minutes and the club said no one was hurt.",
     []),
    ("d12-sport-005", "sport", "MMA: Korsakov knocks out Reyes, then fires verbal shots at champion",
     "Light heavyweight contender Dmitri Korsakov knocked out Mateo Reyes with a flying knee in the second round "
     "in Abu Dhabi on Saturday.\n\n"
     "Korsakov had dominated the opening round with ground-and-pound, bloodying Reyes's nose, before landing the "
     "finishing blow 40 seconds into the second.\n\n"
     "Afterwards he took aim at the champion. \"He has been hiding for a year. I will hunt him down and destroy "
     "him,\" Korsakov told reporters.",
     []),
    ("d12-sport-006", "sport", "10 of the most brutal tackles of the season (number 7 will shock you)",
     "Football is a contact sport, and this season has not lacked for carnage. Here is our countdown.\n\n"
     "10. The midfield ambush at Kenton Park, when two defenders sandwiched the winger in a double tackle that "
     "left him flat on the turf.\n\n"
     "7. The goalkeeper who charged 30 yards out of his box and wiped out his own centre-back.\n\n"
     "3. The last-minute assault on the ball by a full-back that sent the striker flying into the advertising "
     "boards.\n\n"
     "Vote for your favourite in the comments below.",
     []),
    ("d12-sport-007", "sport", "Ice hockey: fight breaks out as Falcons overpower Miners",
     "The Dunmore Falcons overpowered the Carrick Miners 5-2 on Friday night in a game marred by a third-period "
     "fight.\n\n"
     "Falcons defenceman Jari Lehto and Miners winger Cody Ferris dropped their gloves and traded punches before "
     "linesmen separated them. Both received five-minute penalties.\n\n"
     "Falcons coach Mark Dusek said his team had \"answered the bell\" after being beaten up physically in the "
     "last meeting between the sides.",
     []),
    ("d12-sport-008", "sport", "Esports: Vortex storm the base to seize world title",
     "Team Vortex stormed the enemy base in the fifth map to seize the world title in Seoul on Sunday.\n\n"
     "Their sniper, 19-year-old Lee Jun-ho, picked off three opponents with headshots in the final round as "
     "Vortex captured the last objective with 12 seconds on the clock.\n\n"
     "The team shares a prize pool of 2 million dollars.",
     []),
    ("d12-sport-009", "conflict", "Match abandoned after bomb kills two police officers outside stadium",
     "A top-flight football match in the northern Somali city of Garowe was abandoned on Friday after a bomb "
     "exploded outside the stadium, killing two police officers who were guarding the main gate.\n\n"
     "Al-Shabaab said in a statement that its fighters had planted the device. Players were led off the pitch "
     "and spectators fled as the blast shook the stands.\n\n"
     "The league said all fixtures in the region would be postponed until further notice.",
     [("ASSAULT", "explosives")]),
    ("d12-sport-010", "protest", "Riot police fire tear gas as fans clash outside derby",
     "Riot police fired tear gas and water cannon at hundreds of fans who threw stones and flares outside the "
     "Belgrade derby on Sunday.\n\n"
     "Police said they had arrested 31 people and that nine officers were injured. The match started 40 minutes "
     "late.\n\n"
     "Both clubs condemned the violence, which began when rival groups of supporters clashed near a tram stop.",
     [("ASSAULT", "crowd-control"), ("COERCE", "arrest")]),
    ("d12-sport-011", "sport", "Racing: Desert Raider blasts clear to land the Gold Cup",
     "Desert Raider blasted clear two furlongs out to land the Gold Cup at Ascot by six lengths on Thursday.\n\n"
     "Jockey Aine Carrigan sent the five-year-old to the front early and he never looked like being caught. "
     "\"He just destroyed them,\" said trainer Hugh Pemberton.\n\n"
     "The beaten favourite, Iron Brigade, was pulled up lame and will be assessed by the vet.",
     []),
    ("d12-mkt-001", "markets", "Grocer shares hit three-month low as price war bites",
     "Shares in supermarket chain Fenwold hit a three-month low on Tuesday after its larger rival fired the "
     "latest salvo in a price war, slashing the price of 400 staple products.\n\n"
     "Analysts said the cuts would hammer margins across the sector. \"This is a war of attrition, and the "
     "discounters have deeper trenches,\" said Lara Whitcombe, a retail analyst at Marchbank Securities.\n\n"
     "Fenwold's stock fell 6.2 per cent to 188 pence, its steepest one-day drop since March.",
     []),
    ("d12-mkt-002", "business", "Bidder launches dawn raid in hostile takeover of Caldor Foods",
     "Packaging group Brennock launched a dawn raid on Caldor Foods on Monday, snapping up 14 per cent of the "
     "snack maker's shares before markets opened, in an escalation of its hostile takeover attempt.\n\n"
     "Caldor's board, which rejected two earlier approaches, accused Brennock of trying to seize control on the "
     "cheap and said it was considering a poison pill.\n\n"
     "Brennock's chief executive said the offer was \"full and fair\" and urged shareholders to accept it.",
     []),
    ("d12-mkt-003", "markets", "Speculators mount raid on the pound; bank fires its big gun",
     "Currency speculators mounted a fresh raid on the pound on Wednesday, driving sterling down 1.8 per cent "
     "against the dollar in early trading.\n\n"
     "The selling was concentrated in the first hour, when hedge funds hammered the currency after weak "
     "manufacturing figures. By the afternoon the central bank had fired its big gun, signalling that it was "
     "ready to raise rates.\n\n"
     "Sterling recovered most of its losses by the close.",
     []),
    ("d12-mkt-004", "markets", "Markets live: bears attack tech stocks, oil slides",
     "08:05 Good morning. European markets are set for a bruising open after a sell-off in Asia overnight.\n\n"
     "09:12 The bears are attacking tech stocks. Chipmakers are down 4 per cent and the Nasdaq futures have "
     "been pounded.\n\n"
     "11:40 Brent crude slides below 70 dollars a barrel as traders fire-sell positions before the weekend.\n\n"
     "16:35 The FTSE 100 closes down 1.1 per cent, its worst day in a month.",
     []),
    ("d12-mkt-005", "markets", "Oil jumps after Houthi drone strike on Saudi pumping station",
     "Oil prices jumped more than 3 per cent on Monday after Yemen's Houthi rebels said they had struck a Saudi "
     "pumping station with drones, setting a storage tank on fire.\n\n"
     "Brent crude rose to 84 dollars a barrel. The Saudi energy ministry said the fire had been put out and "
     "that supplies were not affected.\n\n"
     "Analysts said the attack showed the vulnerability of Gulf infrastructure.",
     [("ASSAULT", "drone")]),
    ("d12-mkt-006", "markets", "Rouble slides as EU imposes sanctions on three more banks",
     "The rouble fell to a two-month low on Thursday after the European Union imposed sanctions on three more "
     "Russian banks, cutting them off from the bloc's payment systems.\n\n"
     "Moscow's finance ministry said the measures were illegal and would hurt European companies more than "
     "Russian ones. The central bank sold foreign currency to steady the market.\n\n"
     "Shares of the three lenders are not traded abroad.",
     [("SANCTION", None), ("ACCUSE", "disapprove")]),
    ("d12-mkt-007", "markets", "Dockers' strike halts Antwerp container traffic, shipping shares fall",
     "Thousands of dockworkers in Antwerp went on strike on Tuesday over a pension reform, halting container "
     "traffic at Europe's second-busiest port.\n\n"
     "Shares in shipping and logistics groups fell as traders priced in days of delays. The unions said the "
     "walkout would last 48 hours.\n\n"
     "The government said it was ready to meet union leaders.",
     [("PROTEST", "strike")]),
    ("d12-mkt-008", "markets", "Crypto bloodbath: Bitcoin crashes as whales dump",
     "It was a massacre in crypto land this weekend. Bitcoin crashed 18 per cent in six hours as large holders, "
     "the so-called whales, dumped their coins.\n\n"
     "Smaller tokens were slaughtered, with some losing half their value. Exchanges were hit by outages as "
     "traders rushed to sell.\n\n"
     "\"Weak hands got shaken out,\" said one trader. \"This is how the market kills leverage.\"",
     []),
    ("d12-biz-001", "business", "Supermarket fires opening shot in fuel price war",
     "Discount supermarket chain Kestrel fired the opening shot in a fuel price war on Friday, cutting the price "
     "of petrol at its 300 forecourts by 5 pence a litre.\n\n"
     "Rivals are expected to retaliate within days. \"Nobody wants to be caught out when the bombs start "
     "dropping,\" said one industry insider.\n\n"
     "Motoring groups welcomed the cuts.",
     []),
    ("d12-biz-002", "business", "Shareholder revolt as board battles activist investor",
     "Shareholders at engineering firm Harwick staged a revolt at its annual meeting on Thursday, with 41 per "
     "cent voting against the chairman's re-election.\n\n"
     "The board has been locked in a bruising battle with activist investor Calder Partners, which wants the "
     "group broken up. Calder fired a broadside at management in a letter last week, calling its strategy "
     "\"a slow-motion disaster\".\n\n"
     "Harwick said it would engage with all shareholders.",
     []),
    ("d12-biz-003", "protest", "Farmers block highways across France over EU trade deal",
     "Farmers blocked highways and roundabouts across France with tractors on Monday in protest at a trade deal "
     "between the European Union and South American countries.\n\n"
     "Convoys of tractors closed sections of the A7 near Lyon and the ring road around Toulouse, and farmers "
     "dumped manure outside a prefecture in Agen. The farmers' union said the deal would flood the market with "
     "cheap beef.\n\n"
     "The agriculture minister said the government shared their concerns.",
     [("PROTEST", "obstruct")]),
    ("d12-tech-001", "tech", "Ransomware gang cripples hospital chain's systems",
     "A ransomware gang has crippled the computer systems of Larchmont Health, a private hospital chain with 14 "
     "sites, forcing staff to cancel operations and return to pen and paper.\n\n"
     "The criminals encrypted patient records and demanded 3 million dollars in cryptocurrency, according to "
     "an internal email seen by this newspaper. The company said the attack began on Saturday night.\n\n"
     "Security researchers linked the attack to a Russian-speaking crime group that has hit more than 200 "
     "companies since last year.",
     []),
    ("d12-tech-002", "politics", "Government blames military intelligence hackers for election commission attack",
     "The Dutch government on Wednesday blamed hackers working for Russia's military intelligence agency for a "
     "cyber attack that took the election commission's website offline for two days last month.\n\n"
     "\"This was a deliberate attack on our democracy by a foreign state,\" the interior minister told "
     "parliament. The Russian embassy dismissed the accusation as groundless.\n\n"
     "The commission said no voting data had been stolen.",
     [("ACCUSE", "allege"), ("COERCE", "cyber"), ("REJECT", None)]),
    ("d12-tech-003", "tech", "Chipmaker launches assault on phone market with budget processor",
     "Chipmaker Tessaro launched an assault on the mid-range smartphone market on Tuesday with a budget "
     "processor it says will blow away its rivals on battery life.\n\n"
     "The launch is the company's first attack on a segment dominated by two Asian suppliers. Chief executive "
     "Imogen Rath said Tessaro would \"target every handset maker with a factory\".\n\n"
     "Shares rose 3 per cent.",
     []),
    ("d12-tech-004", "tech", "Review: the Corvid X7 is a killer phone with one fatal flaw",
     "The Corvid X7 shoots stunning video, blasts through demanding games and has a battery that refuses to die. "
     "It is, in short, a killer phone.\n\n"
     "Its fatal flaw is the price. At 1,299 dollars it is an assault on the wallet, and the camera bump is a "
     "magnet for scratches.\n\n"
     "Verdict: four stars.",
     []),
    ("d12-tech-005", "tech", "Game review: Iron Shore lets you storm the beaches again",
     "Iron Shore, the latest instalment of the long-running shooter franchise, lets players storm the beaches "
     "of Normandy, call in artillery strikes and ambush enemy convoys in the hedgerows.\n\n"
     "The campaign follows a young paratrooper who is captured behind enemy lines and must escape. The "
     "multiplayer mode lets 64 players fight over a ruined village.\n\n"
     "It is handsome, loud and familiar. Three stars.",
     []),
    ("d12-tech-006", "tech", "Dating app hit by data breach; hackers leak 2 million profiles",
     "Hackers have leaked the profiles of 2 million users of the dating app Flutterly after breaking into one of "
     "its servers, the company said on Friday.\n\n"
     "The attackers posted names, email addresses and photographs on a criminal forum and offered the rest of "
     "the data for sale. Flutterly said passwords were encrypted and urged users to change them.\n\n"
     "It is the third breach of a dating service this year.",
     []),
]
