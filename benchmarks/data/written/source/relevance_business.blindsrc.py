"""Relevance set (issue 10, helper relevance9): markets, business, tech, culture, health, listicles.

Fictional; indices and currencies as setting only. Holds blind items: never open to tune.
"""

ITEMS = [
    ("rl-biz-001", "markets", "Shares hit as bond yields spike",
     "Shares in London were hit on Tuesday as government bond yields spiked to a 16-year high.\n\n"
     "The FTSE 100 fell 1.8 percent, with housebuilders hammered by fears of higher mortgage rates. "
     "Banks held up better, and the pound clawed back early losses.\n\n"
     "\"Markets are being battered by every data point,\" said Priya Menon, a strategist at Kestrel "
     "Capital.", []),
    ("rl-biz-002", "markets", "Speculators' raid on the pound forces central bank response",
     "Currency speculators staged a raid on the pound overnight, driving sterling to its weakest "
     "level against the dollar since March.\n\n"
     "Traders said hedge funds had targeted the currency after weak growth figures. The Bank of "
     "England declined to comment on whether it had intervened.\n\n"
     "Sterling later recovered half its losses.", []),
    ("rl-biz-003", "business", "Carlow Foods launches hostile takeover of rival",
     "Carlow Foods has launched a hostile takeover bid for snack maker Brightmoor, going directly "
     "to shareholders after its rival's board rejected three approaches.\n\n"
     "The 2.1 billion pound offer values Brightmoor at a 34 percent premium. Brightmoor called the "
     "bid \"opportunistic\" and said it would defend its independence.\n\n"
     "Brightmoor shares jumped 28 percent.", []),
    ("rl-biz-004", "business", "Supermarket price war claims discount chain",
     "A price war between Britain's biggest grocers has claimed its first casualty, with discount "
     "chain ValuCo calling in administrators.\n\n"
     "The chain, which has 140 stores, had slashed prices on more than 1,000 lines to fight back "
     "against rivals. About 4,000 jobs are at risk.\n\n"
     "Administrators said they hoped to find a buyer for most of the shops.", []),
    ("rl-biz-005", "business", "Airline slashes 2,000 jobs as fuel costs bite",
     "Budget airline SkyLark has slashed 2,000 jobs and grounded 30 aircraft as rising fuel costs "
     "bite.\n\n"
     "Chief executive Marta Olsen said the company was \"fighting for survival\" in a brutal market. "
     "Unions said they would seek urgent talks.\n\n"
     "SkyLark shares fell 12 percent in Dublin.", []),
    ("rl-biz-007", "markets", "Oil prices explode higher after refinery fire",
     "Oil prices exploded higher on Thursday after a fire shut one of the largest refineries on the "
     "US Gulf Coast.\n\n"
     "Brent crude jumped 6 percent to $91 a barrel. The refinery's operator said the blaze was caused "
     "by an equipment failure and had been brought under control.\n\n"
     "Analysts said supply would be tight for several weeks.", []),
    ("rl-biz-008", "markets", "Bitcoin crashes as exchange hack spooks investors",
     "Bitcoin crashed 14 percent in an hour after a cryptocurrency exchange said hackers had stolen "
     "$300m from its hot wallets.\n\n"
     "The exchange, Coinvault, suspended withdrawals and said it was working with investigators. "
     "Smaller tokens were hit even harder.\n\n"
     "It is the largest theft from an exchange this year.", []),
    ("rl-biz-009", "markets", "Nikkei surges as yen retreats",
     "Tokyo's Nikkei surged 2.4 percent on Monday as the yen retreated against the dollar, boosting "
     "exporters.\n\n"
     "Carmakers led the gains. The yen has lost ground for five straight sessions as traders bet "
     "rates will stay low.\n\n"
     "Investors will watch US jobs data on Friday.", []),
    ("rl-biz-010", "markets", "Wall Street bulls capture record as chipmakers rally",
     "Bulls captured another record on Wall Street as chipmakers rallied for a third day.\n\n"
     "The S&P 500 rose 0.9 percent and the Nasdaq gained 1.4 percent. Short sellers were squeezed "
     "out of several technology stocks, traders said.\n\n"
     "Treasury yields were little changed.", []),
    ("rl-biz-011", "tech", "Retailer hit by cyber attack, card payments down",
     "High-street retailer Dunmore & Pryce said on Wednesday it had been hit by a cyber attack that "
     "knocked out card payments and online orders.\n\n"
     "The company said criminals had deployed ransomware on its systems and that it had called in "
     "specialists. It did not say who was responsible.\n\n"
     "Stores remained open and accepted cash.", []),
    ("rl-biz-012", "tech", "Hackers breach dating app, leak 2m profiles",
     "Hackers breached the dating app Kindle Hearts and posted 2 million user profiles on a criminal "
     "forum, the company said.\n\n"
     "The firm said passwords were encrypted but names and email addresses were exposed. It has "
     "reported the attack to the data regulator.\n\n"
     "Users have been urged to change their passwords.", []),
    ("rl-biz-013", "tech", "Phone maker fires back in patent war",
     "Smartphone maker Lumora has fired back in its patent war with a rival, filing a countersuit "
     "in a Texas court.\n\n"
     "Lumora says its competitor's new handsets infringe four of its camera patents. The rival called "
     "the claim \"baseless\" and said it would fight the case.\n\n"
     "The companies have been locked in litigation since 2024.", []),
    ("rl-biz-014", "business", "Activist investor attacks board over pay",
     "Activist investor Greyfield Partners attacked the board of engineering group Halden over "
     "executive pay and called for the chairman to step down.\n\n"
     "In a letter to shareholders, Greyfield said bonuses had been \"indefensible\". Halden said it "
     "would engage with all its investors.\n\n"
     "Greyfield owns 4 percent of the company.", []),
    ("rl-biz-015", "business", "Strike action grounds ferry services",
     "Ferry services between Dover and Calais were disrupted as crews at the operator Channel Link "
     "began a 48-hour strike over pay.\n\n"
     "The RMT-style crew union said talks had broken down. The company advised passengers to book "
     "with other operators.\n\n"
     "Queues of lorries built up on the motorway.", [("PROTEST", "strike")]),
    ("rl-biz-016", "markets", "Copper miners pummelled as China demand slumps",
     "Shares in copper miners were pummelled after data showed Chinese factory demand slumping for a "
     "fourth month.\n\n"
     "Copper fell 3 percent in London. One miner lost a fifth of its value after warning on profits.\n\n"
     "\"The sector is under siege,\" said broker Tom Ashdown.", []),
    ("rl-biz-017", "business", "Grocer sacks chief after profit warning",
     "Grocery group Fenwick has sacked its chief executive after a second profit warning in six "
     "months.\n\n"
     "The company said its finance chief would take over on an interim basis. Shares fell 9 percent.\n\n"
     "Investors had blamed the chief for a failed push into online delivery.", []),
    ("rl-biz-018", "business", "Start-up blitz: delivery firm targets 20 cities",
     "Delivery start-up Zoomba has launched a blitz on 20 European cities, promising groceries in "
     "15 minutes.\n\n"
     "The company raised 200 million euros last month and is spending heavily on advertising. "
     "Rivals have responded with discounts.\n\n"
     "Analysts question whether the model can ever be profitable.", []),
    ("rl-biz-019", "entertainment", "Review: 'The Long Retreat' is a harrowing war film",
     "The Long Retreat follows a platoon trapped behind enemy lines in the winter of 1944.\n\n"
     "Director Hana Solberg stages the artillery barrages and the night ambush with terrifying "
     "realism, and the explosive finale on a frozen bridge is unforgettable.\n\n"
     "Lead actor Tomas Rieck is superb as the sergeant who must decide whether to surrender. "
     "Four stars.", []),
    ("rl-biz-020", "entertainment", "Box office: superhero sequel crushes rivals",
     "The superhero sequel Iron Tide crushed its rivals at the box office, taking $190m worldwide in "
     "its opening weekend.\n\n"
     "The film, in which the heroes battle an alien invasion of New York, was attacked by some critics "
     "for its length. An animated comedy came second.\n\n"
     "The studio said a third film was already in development.", []),
    ("rl-biz-021", "entertainment", "Band's comeback tour sells out in minutes",
     "Rock band The Hollow Pines sold out their comeback tour in minutes, with fans storming ticket "
     "sites on Friday morning.\n\n"
     "Some tickets appeared on resale sites within an hour at five times the price. The band said it "
     "was \"shocked and humbled\" by the response.\n\n"
     "The tour opens in Glasgow in June.", []),
    ("rl-biz-022", "culture", "Museum show explores the art of siege warfare",
     "A new exhibition at the city museum explores how medieval armies laid siege to castles, with "
     "catapults, battering rams and armour on display.\n\n"
     "Curator Ruth Allard said the show aimed to tell the stories of the people trapped inside the "
     "walls. Children can try on replica helmets.\n\n"
     "The exhibition runs until September.", []),
    ("rl-biz-023", "culture", "Novelist's thriller about a coup tops bestseller list",
     "Debut novelist Sadia Harcourt's thriller about a military coup in an invented Balkan state has "
     "topped the bestseller list.\n\n"
     "The book follows a journalist who witnesses soldiers storming the parliament and must smuggle "
     "the evidence out. Film rights have been sold.\n\n"
     "Harcourt worked as a teacher before writing the novel.", []),
    ("rl-biz-024", "health", "Flu outbreak hits hospitals as cases surge",
     "A surge in flu cases has hit hospitals across the north-west, with some postponing planned "
     "operations.\n\n"
     "Health officials said the strain was attacking older people and young children hardest. "
     "Vaccination clinics have been extended into the weekend.\n\n"
     "Three care homes have closed to visitors.", []),
    ("rl-biz-025", "health", "Study: new drug blocks cancer cells' defences",
     "A new drug can block the defences cancer cells use to evade the immune system, a study in "
     "mice has found.\n\n"
     "Researchers said the treatment allowed immune cells to attack tumours more effectively. "
     "Human trials could begin next year.\n\n"
     "The study was funded by a medical charity.", []),
    ("rl-biz-026", "other", "10 ways to beat the January blues",
     "Feeling flat after the holidays? Here are ten ways to fight back against the January blues.\n\n"
     "1. Get outside in daylight. 2. Attack that clutter in the spare room. 3. Shoot for small goals "
     "you can hit each week. 4. Raid the freezer for batch-cooked meals.\n\n"
     "And number ten: book a trip. Nothing kills the gloom like something to look forward to.", []),
    ("rl-biz-027", "other", "The 7 best budget phones that will blow you away",
     "You don't need to spend a fortune to get a great phone. These seven budget handsets punch "
     "well above their weight.\n\n"
     "Our top pick has a camera that shoots stunning night photos and a battery that will survive "
     "two days. The runner-up crushes the competition on screen quality.\n\n"
     "Prices were checked on Monday and may change.", []),
    ("rl-biz-028", "other", "Recipe: killer chilli that will destroy your taste buds",
     "This killer chilli recipe is not for the faint-hearted. It packs three kinds of chilli and a "
     "shot of espresso.\n\n"
     "Brown the beef in batches, then attack the onions on a high heat. Simmer for two hours and "
     "serve with rice.\n\n"
     "Reader tip: a spoon of yoghurt will douse the fire.", []),
    ("rl-biz-029", "business", "Union-busting claims as warehouse workers vote",
     "Warehouse workers at an online retailer's site in Alabama began voting on whether to join a "
     "union, amid claims the company had pressured staff.\n\n"
     "The retailer denied wrongdoing and said it respected workers' choice. Organisers said managers "
     "had held compulsory meetings.\n\n"
     "Results are expected next week.", []),
    ("rl-biz-030", "markets", "Rupee slammed by capital flight",
     "The rupee was slammed to a record low as foreign investors pulled money from Indian shares.\n\n"
     "Dealers said importers rushed to buy dollars. The central bank was seen selling dollars to "
     "defend the currency.\n\n"
     "The Sensex fell 1.2 percent.", []),
    ("rl-biz-031", "tech", "Chipmaker unveils 'killer' AI processor",
     "Chipmaker Quantica unveiled what it called a \"killer\" processor for artificial intelligence, "
     "aiming to attack the market leader's dominance.\n\n"
     "The company said the chip was twice as fast on some workloads. Analysts said software support "
     "would decide whether it could win customers.\n\n"
     "Shares rose 7 percent.", []),
    ("rl-biz-032", "business", "Energy giant hit with record fine over billing",
     "Energy supplier Northstar Power has been hit with a record 45 million pound fine by the "
     "regulator for overcharging customers.\n\n"
     "The watchdog said the company had billed 800,000 households incorrectly. Northstar apologised "
     "and said refunds would be paid by March.\n\n"
     "The fine is the largest the regulator has imposed.", []),
    ("rl-biz-033", "entertainment", "Reality show contestants in on-screen bust-up",
     "Two contestants on the reality show Island Hearts had to be separated after a furious "
     "argument turned into a shoving match.\n\n"
     "The broadcaster said both had been spoken to and that welfare teams were on hand. Viewers "
     "complained to the watchdog about the scenes.\n\n"
     "The final airs on Sunday.", []),
    ("rl-biz-034", "markets", "Gold retreats from record as dollar strikes back",
     "Gold retreated from a record high as the dollar struck back after strong US retail sales.\n\n"
     "Bullion fell 1.1 percent to $2,410 an ounce. Silver dropped 2 percent.\n\n"
     "Traders said positioning was stretched after a two-week rally.", []),
    ("rl-biz-035", "tech", "Game studio cuts staff after shooter flops",
     "Games studio Redcliff has cut 200 jobs after its online shooter Frontline Strike failed to "
     "attract players.\n\n"
     "The game, in which teams fight to capture territory, launched in May with poor reviews. "
     "Redcliff said it would focus on its fantasy series.\n\n"
     "The studio employs about 900 people.", []),
    ("rl-biz-036", "markets", "Emerging markets bleed as investors flee risk",
     "Emerging-market stocks bled for a sixth day as investors fled risky assets.\n\n"
     "South African and Brazilian shares were hit hardest and the rand lost 2 percent. Analysts said "
     "the rout could continue until US rates peak.\n\n"
     "\"It is a massacre out there,\" one trader said.", []),
]
