"""Third domain set of issue 10 (helper rel14), part b: markets, business, tech, entertainment, culture, and
political stories told in those settings.

Fictional: every person, company and incident is invented (real countries, currencies and markets as setting).
Items: (id, domain, title, text, events); events are (type, mode[, asserted]). Gold written with the text,
before truce was run on it. Holds blind items: never open to tune.
"""

ITEMS = [
    ("d14-mkt-001", "markets", "Stocks hammered as tech rout deepens",
     "NEW YORK (Market Wire) - Wall Street was hammered again on Tuesday as a rout in technology shares deepened, "
     "with the Nasdaq tumbling 3.1 per cent.\n\n"
     "Chipmakers were crushed after a profit warning from Veltron Semiconductor, whose shares plunged 22 per "
     "cent. \"It is a bloodbath out there,\" said one trader.\n\n"
     "Bond yields fell as investors fled to safety, and the dollar slipped against the yen.",
     []),
    ("d14-mkt-002", "markets", "Speculators launch raid on the rand as currency hits record low",
     "JOHANNESBURG - Speculators launched a fresh raid on the rand on Wednesday, driving the currency to a record "
     "low of 21.40 against the dollar.\n\n"
     "Hedge funds attacked the currency after weak growth figures, and the selling turned into a stampede by "
     "midday.\n\n"
     "Analysts said the central bank could fire back with a rate rise at its meeting next week.",
     []),
    ("d14-mkt-003", "markets", "Oil prices blast higher as cold snap grips Europe",
     "Oil prices blasted higher on Monday as a cold snap gripped northern Europe and stocks of heating fuel ran "
     "low.\n\n"
     "Brent crude shot up 4 per cent to 94 dollars a barrel, its highest in a year, before easing in the "
     "afternoon.\n\n"
     "\"The market was caught short and got squeezed,\" said an analyst at Northgate Capital.",
     []),
    ("d14-mkt-004", "markets", "Crypto crash: Bitcoin bombs 18% in a day as liquidations hit $4bn",
     "Bitcoin bombed 18 per cent in 24 hours on Thursday, wiping out leveraged traders in a wave of forced "
     "liquidations worth four billion dollars.\n\n"
     "Smaller tokens were massacred, with some losing half their value before bouncing.\n\n"
     "\"This is a shakeout. Weak hands have been killed off,\" one fund manager wrote on social media.",
     []),
    ("d14-biz-001", "business", "Supermarket price war escalates as Grovers fires back",
     "Britain's supermarket price war escalated on Monday as Grovers fired back at its rivals with cuts to the "
     "price of 800 products.\n\n"
     "The move follows an attack by discounter Penny Mart, which slashed prices last month and stole market "
     "share from the big four.\n\n"
     "Analysts said the battle would hammer profit margins across the sector this year.",
     []),
    ("d14-biz-002", "business", "Hostile bid: Marlow Foods launches dawn raid on rival's shares",
     "Marlow Foods launched a dawn raid on Tuesday, snapping up 14 per cent of rival Bellwether Brands in a hostile "
     "move that its board called an ambush.\n\n"
     "Bellwether said it would fight the bid \"with every weapon available\" and urged shareholders to reject "
     "it.\n\n"
     "Marlow's chief executive said the offer was fair and that he was ready for a long battle.",
     []),
    ("d14-biz-003", "business", "Airline slashes 3,000 jobs in cost-cutting blitz",
     "Skyhaven Airways said on Wednesday it would slash 3,000 jobs and ground 20 aircraft in a cost-cutting blitz "
     "after fuel prices hit its profits.\n\n"
     "The airline is under fire from pilots, who say the cuts will hurt safety. Their union said it was "
     "consulting members.\n\n"
     "Shares in the carrier jumped 6 per cent on the news.",
     []),
    ("d14-biz-004", "business", "Carmaker recalls 400,000 vehicles after airbag explosions",
     "DETROIT - Halvorsen Motors is recalling 400,000 vehicles after reports that airbags can explode with too "
     "much force and shoot metal fragments at drivers.\n\n"
     "The company said two people had been injured. It will replace the inflators free of charge.\n\n"
     "The recall is the third this year for the company, whose shares fell 2 per cent.",
     []),
    ("d14-tech-001", "tech", "Ransomware gang attacks hospital chain, demands $10m",
     "A ransomware gang attacked the computer systems of Meridian Health, a chain of 14 private hospitals, on "
     "Sunday and demanded ten million dollars to unlock its files.\n\n"
     "The criminals, who call themselves BlackVault, encrypted patient records and forced staff to work with "
     "pen and paper, the company said.\n\n"
     "Security researchers said the gang had hit more than 60 companies this year.",
     []),
    ("d14-tech-002", "tech", "Review: the Stormbreaker X is a killer gaming phone",
     "The Stormbreaker X is a killer gaming phone. Its 165Hz screen is blisteringly fast and the battery "
     "survived a full day of punishment in our tests.\n\n"
     "In the shooter Warzone Tactics the phone blasted through firefights without a stutter, and the triggers on "
     "its shoulders make sniping easy.\n\n"
     "At 899 dollars it is not cheap, but it crushes the competition on speed. Verdict: four stars.",
     []),
    ("d14-tech-003", "tech", "Hackers hijack smart doorbells in botnet blitz",
     "Criminal hackers hijacked more than 200,000 smart doorbells and cameras in a botnet blitz that knocked "
     "several shopping websites offline on Friday, researchers said.\n\n"
     "The attack flooded the sites with junk traffic for six hours. The gang behind it sells access to the "
     "botnet on underground forums, according to the security firm Quillgate.\n\n"
     "The doorbell maker said it had issued a fix.",
     []),
    ("d14-tech-004", "tech", "Chip war: Arden and Polaris battle over AI processors",
     "The chip war between Arden and Polaris heated up on Tuesday as Polaris unveiled a processor it says will "
     "crush its rival's flagship.\n\n"
     "Arden hit back within hours, cutting the price of its own chip by a fifth. \"We welcome the fight,\" its "
     "chief executive said.\n\n"
     "Cloud companies are expected to spend 80 billion dollars on such chips this year.",
     []),
    ("d14-ent-001", "entertainment", "Box office: 'Iron Tide' bombs as horror sequel slays the competition",
     "The big-budget war epic 'Iron Tide' bombed at the box office this weekend, taking just 11 million dollars "
     "against a budget of 200 million.\n\n"
     "Horror sequel 'Night Butcher 3' slayed the competition with 48 million, the best opening of the year for "
     "the genre.\n\n"
     "Critics had savaged 'Iron Tide', calling its battle scenes \"a two-hour assault on the senses\".",
     []),
    ("d14-ent-002", "entertainment", "Review: 'The Siege of Carrow' is a thrilling blast",
     "In 'The Siege of Carrow', rebel soldiers storm a mountain fortress and hold its garrison hostage while a "
     "lone captain fights his way back in.\n\n"
     "Director Lena Voss stages the battles with real flair: the shelling of the castle walls in the second "
     "act is a stunning piece of film-making.\n\n"
     "The script runs out of ammunition in the final half-hour, but this is still a thrilling blast. Three "
     "stars.",
     []),
    ("d14-ent-003", "entertainment", "Pop star slams critics in fiery Instagram attack",
     "Singer Kiara Moon slammed her critics in a fiery Instagram post on Monday after her new album was savaged "
     "by reviewers.\n\n"
     "\"You can shoot me down all you like, I will keep making the music I love,\" she wrote. She accused one "
     "magazine of running a hate campaign.\n\n"
     "The album, 'Wildfire', went straight to number one in eight countries.",
     []),
    ("d14-ent-004", "entertainment", "TV recap: 'Kingsfall' episode 6 - the massacre at the river",
     "Warning: spoilers ahead. This week's 'Kingsfall' delivered the massacre fans had feared.\n\n"
     "Lord Varen's army ambushes the northern clans at the river crossing and slaughters them in a brutal "
     "sequence. Queen Elsabet orders her archers to fire, but it is too late.\n\n"
     "The episode ends with Varen seizing the capital. Next week: the queen plots her revenge.",
     []),
    ("d14-ent-005", "culture", "Theatre: a riot of colour as 'Carnival' takes the West End by storm",
     "'Carnival' took the West End by storm on opening night, a riot of colour, music and dance that had the "
     "audience on its feet.\n\n"
     "The show follows a street band's battle to win the big parade. Its drummers attack the stage like an army "
     "and the finale is pure explosion.\n\n"
     "Tickets are already sold out until the summer.",
     []),
    ("d14-ent-006", "entertainment", "Video game review: 'Black Ops Frontier' lets you raid an enemy base",
     "'Black Ops Frontier' lets players lead a squad of special forces on raids behind enemy lines, blowing up "
     "bridges and ambushing convoys.\n\n"
     "The campaign is short, but the multiplayer mode, where teams of 32 battle for control of a city, is "
     "addictive.\n\n"
     "The game is out on Friday for consoles and PC.",
     []),
    ("d14-ent-007", "entertainment", "You won't believe what this comedian said about his ex (and the internet is on fire)",
     "Stand-up star Danny Regan has set the internet on fire after a savage set about his ex-wife at a comedy "
     "club in Austin.\n\n"
     "In the clip, which has been viewed 12 million times, Regan fires off one-liners about their divorce and "
     "her new boyfriend. \"He killed it,\" one fan wrote.\n\n"
     "Others attacked the comedian for being cruel. Regan has not responded. Share this story!",
     []),
    ("d14-ent-008", "culture", "Museum show on the Battle of Hastings draws record crowds",
     "An exhibition on the Battle of Hastings has drawn record crowds to the Ravensworth Museum, which says "
     "80,000 people have visited since it opened in March.\n\n"
     "The show includes swords, axes and arrowheads found on the battlefield, and a film that recreates the "
     "Norman cavalry's charge.\n\n"
     "The museum said it would extend the exhibition until October.",
     []),
    # political stories in the same settings
    ("d14-mkt-101", "markets", "Central bank's assets frozen as new sanctions hit currency",
     "The rial plunged 9 per cent on Thursday after the United States imposed sanctions on Iran's central bank, "
     "freezing its assets abroad.\n\n"
     "The Treasury said the measures punished the bank for financing weapons programmes. Tehran condemned the "
     "sanctions as economic terrorism.\n\n"
     "Traders said the currency could fall further when markets reopen.",
     [("SANCTION", None), ("ACCUSE", "disapprove")]),
    ("d14-mkt-102", "markets", "Oil jumps after drone attack on Saudi pipeline",
     "Oil prices jumped 5 per cent on Monday after Houthi rebels launched a drone attack on a Saudi pipeline "
     "pumping station, forcing it to shut.\n\n"
     "The Houthis said they had struck the station with six drones. Saudi Aramco said a fire had been "
     "brought under control.\n\n"
     "Brent crude traded at 97 dollars a barrel.",
     [("ASSAULT", "drone")]),
    ("d14-biz-101", "business", "Government seizes foreign-owned mine after licence row",
     "The military government of Mali seized control of the Kobana gold mine on Friday, sending soldiers to "
     "occupy the site after a dispute with its Canadian owner over taxes.\n\n"
     "Troops took over the offices and ordered foreign staff to leave, the company said in a statement.\n\n"
     "Shares in the company fell 30 per cent in Toronto.",
     [("COERCE", "seize"), ("MOBILIZE", "troops")]),
    ("d14-tech-101", "tech", "State hackers linked to Pyongyang hit South Korean ministries",
     "Hackers working for North Korea's military intelligence attacked the computer networks of three South "
     "Korean ministries last week, Seoul's intelligence agency said on Tuesday.\n\n"
     "The agency said the hackers stole documents about defence planning and accused Pyongyang of a "
     "deliberate campaign of cyber warfare.\n\n"
     "North Korea did not comment.",
     [("COERCE", "cyber"), ("ACCUSE", "allege")]),
    ("d14-ent-101", "entertainment", "Film director arrested after documentary on protests",
     "Police in Tehran arrested the film director Reza Karimi on Sunday, a week after his documentary about "
     "last year's street protests was shown at a festival abroad, his family said.\n\n"
     "Officers searched his home and took away hard drives. Authorities have banned the film.\n\n"
     "Film-makers around the world called for his release.",
     [("COERCE", "arrest"), ("COERCE", "censor")]),
    ("d14-biz-102", "protest", "Dockers strike shuts port as union fights pay freeze",
     "Dock workers went on strike at the port of Antwerp on Monday, shutting container terminals in a protest "
     "against a government pay freeze for public employees.\n\n"
     "Hundreds of workers marched to the port authority's offices, and the union threatened to extend the "
     "strike to other ports.\n\n"
     "Shipping lines said dozens of vessels were waiting to unload.",
     [("PROTEST", "strike"), ("THREATEN", None)]),
]
