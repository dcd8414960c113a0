# Non-political articles written for truce: sport, markets, business, weather, disasters, accidents,
# crime without a political actor, culture, tech, health, entertainment, science. Append only.
from build_articles import A

ARTICLES = [
A("Arsenal thrash Chelsea to go top", "2026-02-08T19:45:00+00:00", "Touchline Daily", "sport", """
LONDON - Arsenal thrashed Chelsea 4-0 at the Emirates Stadium on Sunday to go top of the Premier League, with Tomas Lindgren scoring twice.

Arsenal attacked from the start and Lindgren fired them ahead after 11 minutes with a low shot. Chelsea were torn apart on the counter-attack in the second half.

"We killed the game in ten minutes," manager Paul Hennessy said. Chelsea's coach said his side had "surrendered" too easily.
"""),
A("Boca and River share the spoils in fiery Superclasico", "2025-10-12T23:30:00-03:00", "Touchline Daily", "sport", """
BUENOS AIRES - Boca Juniors and River Plate drew 2-2 in a bad-tempered Superclasico at La Bombonera on Sunday, with the referee sending off two players after a mass brawl.

River struck first through Nicolas Pereyra, but Boca fought back with two goals in five minutes before a late River equaliser.

Police kept rival fans apart outside the stadium and no incidents were reported.
"""),
A("Kenyan runner storms to Berlin marathon win", "2025-09-28T14:00:00+02:00", "Track and Field Wire", "sport", """
BERLIN - Kenya's Brian Kiprono attacked at the 35-kilometre mark and stormed away to win the Berlin marathon on Sunday in 2:03:11.

The Ethiopian defending champion tried to respond but was broken on the final stretch through the Tiergarten.

In the women's race, Ethiopia's Tsige Alemu crushed the field, winning by more than two minutes.
"""),
A("Pakistan bowlers blow away England in Lahore", "2026-03-01T17:20:00+05:00", "Boundary Wire", "sport", """
LAHORE - Pakistan's pace attack destroyed England's batting on the second day of the first Test in Lahore, bowling them out for 142.

Fast bowler Hamza Rauf took five wickets, twice striking with consecutive deliveries. England's captain was hit on the helmet by a bouncer but continued.

Pakistan closed on 88 for two in their second innings, a lead of 203.
"""),
A("Heavyweight champion knocks out challenger in Riyadh", "2025-12-20T23:50:00+03:00", "Ringside Report", "sport", """
RIYADH - The world heavyweight champion knocked out his British challenger in the fourth round in Riyadh on Saturday, landing a crushing right hand that ended the fight.

The challenger had been floored once in the third round and was unable to beat the count in the fourth.

The champion called for a unification fight next year.
"""),
A("Mazembe beat Al Ahly in African Champions League", "2026-04-19T21:00:00+02:00", "Sports Zone Africa", "sport", """
LUBUMBASHI - TP Mazembe beat Al Ahly 2-1 in the first leg of their African Champions League semi-final on Sunday, with a late strike from substitute Junior Kalala.

The Egyptian side bombarded the Mazembe goal in the second half but could not find a winner. Coach Marcel Kolle said his team would "fight to the end" in Cairo.

The second leg is on April 26.
"""),
A("Celtic crush Rangers in Old Firm derby", "2026-01-03T16:10:00+00:00", "Touchline Daily", "sport", """
GLASGOW - Celtic crushed Rangers 3-0 at Celtic Park on Saturday to open a nine-point lead in the Scottish Premiership.

Daizen Okada shot Celtic ahead before half-time and Ryan McAllister headed a second. Rangers' defence collapsed late on.

The Rangers manager came under fire from fans after a fourth derby defeat in a row.
"""),
A("Tour de France: Colombian climber attacks to win mountain stage", "2025-07-17T18:30:00+02:00", "Velo News Wire", "sport", """
HAUTACAM, France - Colombia's Santiago Mora attacked on the final climb and rode clear to win the 12th stage of the Tour de France on Thursday.

The race leader was dropped in the last three kilometres and lost 40 seconds, but kept the yellow jersey.

Several riders crashed on a wet descent earlier in the stage, and one abandoned with a broken wrist.
"""),
A("Real Madrid sign teenage winger for club-record fee", "2025-08-30T12:00:00+02:00", "Touchline Daily", "sport", """
MADRID - Real Madrid have signed Brazilian winger Gabriel Teixeira from Flamengo for a club-record fee, the Spanish club said on Saturday.

Teixeira, 19, agreed a six-year contract. Flamengo had rejected two earlier bids before accepting an offer worth a reported 90 million euros.

Atletico Madrid and Chelsea had also targeted the player.
"""),
A("NBA: Lakers blow out Celtics", "2026-02-12T23:30:00-08:00", "Courtside Wire", "sport", """
LOS ANGELES - The Los Angeles Lakers blew out the Boston Celtics 131-98 on Thursday night, with their starting lineup shooting 60 percent from the field.

The Lakers took control in the second quarter with a 21-2 run and led by 30 after three quarters.

Boston's coach said his team had been "beaten in every area".
"""),
A("Rugby: Springboks overpower All Blacks in Johannesburg", "2025-09-06T19:15:00+02:00", "Scrum Wire", "sport", """
JOHANNESBURG - South Africa overpowered New Zealand 31-17 at Ellis Park on Saturday, with their forwards battering the All Blacks' pack.

The Springboks' bench blitzed the visitors in the final quarter, scoring two tries in eight minutes.

The result keeps South Africa top of the Rugby Championship.
"""),
A("F1: Red Bull driver crashes out as Ferrari win in Monza", "2025-09-07T16:45:00+02:00", "Pit Lane Wire", "sport", """
MONZA, Italy - Ferrari's drivers finished first and second at the Italian Grand Prix on Sunday after the Red Bull driver crashed out on the opening lap.

The Ferrari pole-sitter defended fiercely at the first chicane and was never seriously attacked after that.

Thousands of fans invaded the track after the race to celebrate beneath the podium.
"""),
A("Tennis: top seed dumped out in Melbourne", "2026-01-20T21:00:00+11:00", "Baseline Wire", "sport", """
MELBOURNE - The world number one was dumped out of the Australian Open in the second round on Tuesday by a qualifier ranked 180th.

The qualifier blasted 48 winners and fought off two match points before winning the final-set tie-break.

"I was shot down by someone who had nothing to lose," the top seed said.
"""),
A("Nigeria beat Ghana in World Cup qualifier", "2025-10-10T20:30:00+01:00", "Sports Zone Africa", "sport", """
UYO, Nigeria - Nigeria beat Ghana 2-0 in a World Cup qualifier in Uyo on Friday, keeping alive their hopes of reaching the finals.

Chukwuma Obi struck twice in the second half as Nigeria overran a tired Ghanaian defence.

Ghana's coach said his players had "lost the battle in midfield".
"""),
A("Chess: Indian teenager crushes world champion", "2026-04-11T19:00:00+02:00", "Board Games Wire", "sport", """
STAVANGER, Norway - An Indian teenager crushed the world champion in 28 moves on Saturday, launching a kingside attack that forced resignation.

The win puts the 17-year-old in second place with two rounds left.

"I was destroyed," the champion said afterwards.
"""),
A("Galatasaray fined after fans throw flares", "2026-03-18T13:00:00+03:00", "Touchline Daily", "sport", """
ISTANBUL - The Turkish football federation fined Galatasaray and ordered them to play one match behind closed doors after fans threw flares onto the pitch during the derby against Fenerbahce.

The match was halted for 12 minutes in the second half. Galatasaray said they would appeal.

The club condemned the "small group" responsible.
"""),
A("Stocks slide as tech shares hit by rate fears", "2026-03-12T21:30:00-04:00", "Markets Desk", "markets", """
NEW YORK - US stocks fell on Thursday as technology shares were hit by fears that interest rates will stay high for longer.

The Nasdaq Composite lost 2.1 percent and the S&P 500 1.3 percent. Chipmakers were among the worst casualties, with some falling more than 6 percent.

Bond yields shot up after stronger-than-expected inflation data.
"""),
A("Rand hits two-year low as mining stocks are battered", "2025-11-04T17:00:00+02:00", "Markets Desk", "markets", """
JOHANNESBURG - South Africa's rand hit a two-year low against the dollar on Tuesday as falling metal prices battered mining shares.

The JSE all-share index fell 1.8 percent, with platinum miners hardest hit. Sable Platinum shares plunged 9 percent after the company cut its production forecast.

Traders said the currency had come under attack from speculators betting on a rate cut.
"""),
A("Oil crashes below $60 as supply glut deepens", "2026-01-07T16:30:00+00:00", "Markets Desk", "markets", """
LONDON - Oil prices crashed below 60 dollars a barrel on Wednesday for the first time in four years as producers pumped more crude than the market could absorb.

Brent crude fell 5 percent to 58.40 dollars. Energy shares were hammered across Europe.

Analysts said prices could fall further if demand in China stayed weak.
"""),
A("Nikkei rallies as exporters fire up", "2026-02-25T16:00:00+09:00", "Markets Desk", "markets", """
TOKYO - Japan's Nikkei 225 rallied 2.4 percent on Wednesday as exporters fired up on a weaker yen.

Kestrel Motors shares jumped 7 percent after the carmaker raised its profit forecast. Vantor Semiconductors also surged.

The yen fell to its weakest level against the dollar in three months.
"""),
A("Gold strikes record high as investors seek shelter", "2025-10-21T15:00:00+00:00", "Markets Desk", "markets", """
LONDON - Gold struck a record high on Tuesday as investors sought shelter from volatile stock markets and a weaker dollar.

Spot gold rose 1.5 percent to 2,850 dollars an ounce. Silver also gained.

Analysts said central bank buying had supported prices all year.
"""),
A("Lira slumps after surprise rate cut", "2026-04-16T18:00:00+03:00", "Markets Desk", "markets", """
ISTANBUL - The Turkish lira slumped to a record low on Thursday after the central bank surprised markets with a rate cut.

Bosphorus Bank shares tumbled 8 percent and the Borsa Istanbul 100 index fell 3 percent. Traders said the lira was under siege.

The central bank said inflation was on a downward path.
"""),
A("Bitcoin plunges as crypto rout deepens", "2026-02-04T10:00:00+00:00", "Markets Desk", "markets", """
Bitcoin plunged below 55,000 dollars on Wednesday, extending a rout that has wiped a fifth off its value in a week.

Liquidations of leveraged positions topped 1.5 billion dollars in 24 hours, data providers said. Other cryptocurrencies fell even more sharply.

Some traders said the sell-off had been triggered by a large holder dumping coins.
"""),
A("Copper price hits record on supply fears", "2026-05-20T16:40:00+01:00", "Markets Desk", "markets", """
LONDON - Copper hit a record high on Wednesday on fears of supply disruptions at mines in Chile and Peru.

Three-month copper on the London Metal Exchange rose 3 percent. Mining shares in London and Toronto surged.

Analysts said stockpiles were at their lowest in a decade.
"""),
A("Naira weakens as dollar shortage bites", "2025-12-15T15:00:00+01:00", "Markets Desk", "markets", """
LAGOS - Nigeria's naira weakened sharply on Monday as a shortage of dollars hit importers ahead of the holiday season.

The currency lost 3 percent on the official market. Shares of Lagoon Cement fell after the company warned that import costs would hit profits.

The central bank said it would increase dollar sales to banks.
"""),
A("European shares hit by profit warnings", "2026-04-29T17:45:00+02:00", "Markets Desk", "markets", """
FRANKFURT - European shares fell on Wednesday as a string of profit warnings from chemical companies hit investor confidence.

Rheinwerk Chemie shares crashed 14 percent after the company slashed its outlook. The DAX fell 1.6 percent.

Carmakers and chemical firms were the day's biggest losers.
"""),
A("Sao Paulo stocks hit record as commodity shares surge", "2025-11-26T18:00:00-03:00", "Markets Desk", "markets", """
SAO PAULO - Brazil's Bovespa index hit a record high on Wednesday, driven by gains in commodity exporters.

Paulista Agro shares jumped 6 percent and Cobre Andino rose 4 percent. The real strengthened against the dollar.

Foreign investors have poured money into Brazilian shares this year.
"""),
A("Harlow Minerals launches hostile bid for rival", "2026-03-02T08:00:00+00:00", "Business Standard Wire", "business", """
LONDON - Harlow Minerals launched a hostile takeover bid for rival miner Brightwater Resources on Monday, taking its offer directly to shareholders after the target's board rejected two approaches.

The 3.2 billion pound offer values Brightwater at a 35 percent premium. Brightwater's chairman said the bid "dramatically undervalues" the company and urged shareholders to reject it.

Analysts expect a long battle.
"""),
A("Airline fare war claims budget carrier", "2025-10-30T12:00:00+01:00", "Business Standard Wire", "business", """
DUBLIN - A budget airline collapsed on Thursday, grounding its fleet and stranding thousands of passengers, as a fare war with bigger rivals drained its cash.

The airline's chief executive said the company had been "killed by predatory pricing". Its rivals rejected the accusation.

Other carriers offered rescue fares to stranded passengers.
"""),
A("Carmaker cuts 3,000 jobs at European plants", "2026-01-15T11:00:00+01:00", "Business Standard Wire", "business", """
TURIN, Italy - A carmaker said on Thursday it would cut 3,000 jobs at plants in Italy and Germany as demand for electric cars slowed.

The company said the cuts would be made through voluntary departures where possible. Unions said they would fight the plan.

The firm's shares rose 2 percent.
"""),
A("Tech giant fires chief executive after board clash", "2026-05-08T09:00:00-07:00", "Business Standard Wire", "business", """
SAN FRANCISCO - The board of a cloud computing company fired its chief executive on Thursday after a clash over strategy, the company said.

The former chief executive said he had been ambushed by directors. The company's shares fell 12 percent in after-hours trading.

An interim chief executive was appointed.
"""),
A("Supermarkets declare price war on staples", "2025-09-16T10:00:00+01:00", "Business Standard Wire", "business", """
LONDON - Britain's biggest supermarkets slashed prices on bread, milk and eggs on Tuesday as a price war for shoppers intensified.

One chain said it would match the prices of discount rivals on 500 products. Analysts said the battle would squeeze margins.

Shares in supermarket groups fell.
"""),
A("Start-up raises $80 million to build delivery drones", "2026-02-19T08:30:00-05:00", "Business Standard Wire", "business", """
BOSTON - A start-up that builds drones for delivering parcels raised 80 million dollars in a funding round led by venture capital firms, it said on Thursday.

The company plans to launch services in three US cities next year. It has tested its drones in rural Texas.

The market for delivery drones is still small but growing fast.
"""),
A("Brewer and rival agree merger", "2026-03-25T07:00:00+01:00", "Business Standard Wire", "business", """
AMSTERDAM - Two European brewers agreed to merge on Wednesday, creating the continent's third-largest beer company.

The deal, worth 7 billion euros, still needs approval from competition regulators. The companies said there would be no brewery closures.

Shares in both companies rose.
"""),
A("Bank sets aside 40 million pounds for insurance claims", "2026-04-02T12:00:00+01:00", "Business Standard Wire", "business", """
LONDON - A British bank set aside 40 million pounds on Thursday to settle claims from customers who were sold unsuitable insurance.

The bank said it had written to 200,000 customers. Its shares fell 3 percent.

Consumer groups welcomed the payouts.
"""),
A("Storm batters northern Spain, thousands without power", "2026-01-25T14:00:00+01:00", "Weather Wire", "weather", """
BILBAO, Spain - A storm battered northern Spain on Sunday with winds of up to 130 km/h, cutting power to 60,000 homes and forcing the cancellation of flights at Bilbao airport.

Waves of up to eight metres pounded the coast. Authorities closed beaches and ports.

The storm is expected to move towards France on Monday.
"""),
A("Heatwave grips India, temperatures top 48C", "2025-05-28T15:00:00+05:30", "Weather Wire", "weather", """
NEW DELHI - A heatwave gripped northern India on Wednesday, with temperatures topping 48C in parts of Rajasthan and the capital recording its hottest day in years.

Hospitals reported a rise in cases of heatstroke. Authorities advised people to stay indoors in the afternoon.

Forecasters said the heat would ease by the weekend.
"""),
A("Snowstorm paralyses Chicago", "2026-01-30T09:00:00-06:00", "Weather Wire", "weather", """
CHICAGO - A snowstorm dumped more than 40 centimetres of snow on Chicago overnight, paralysing traffic and closing schools on Friday.

Hundreds of flights were cancelled at O'Hare airport. City crews worked through the night to clear main roads.

More snow is forecast for the weekend.
"""),
A("Typhoon lashes Philippines, thousands evacuated", "2025-10-23T13:00:00+08:00", "Weather Wire", "weather", """
MANILA - A typhoon lashed the northern Philippines on Thursday with torrential rain and strong winds, forcing tens of thousands of people to leave their homes.

Landslides blocked roads in the mountains of Luzon. At least four people were killed by falling trees.

The storm is expected to weaken as it moves towards the South China Sea.
"""),
A("Floods sweep through Kenyan towns after heavy rain", "2026-04-05T11:30:00+03:00", "Weather Wire", "weather", """
NAIROBI - Floods swept through several towns in western Kenya after days of heavy rain, killing at least 12 people and destroying homes, the Kenya Red Cross said on Sunday.

Rivers burst their banks in Kisumu county, and a bridge on the main highway was washed away.

The meteorological department said more rain was expected.
"""),
A("Hailstorm wrecks vineyards in Burgundy", "2025-06-19T16:00:00+02:00", "Weather Wire", "weather", """
DIJON, France - A violent hailstorm wrecked vineyards across Burgundy on Wednesday, destroying up to 70 percent of the grapes in some villages, growers said.

Hailstones the size of walnuts pounded the vines for about 15 minutes.

Growers said it was the worst storm in a decade.
"""),
A("Cold snap brings record lows to northern Europe", "2026-02-10T10:00:00+01:00", "Weather Wire", "weather", """
STOCKHOLM - A cold snap brought record low temperatures to parts of Sweden and Finland on Tuesday, with minus 43C recorded in Lapland.

Trains were delayed and some schools closed. Energy demand hit a record.

Temperatures are expected to rise later in the week.
"""),
A("Earthquake kills dozens in eastern Turkey", "2025-11-14T07:00:00+03:00", "Disaster Desk", "disaster", """
ANKARA - An earthquake of magnitude 6.3 struck eastern Turkey before dawn on Friday, killing at least 34 people and flattening buildings in several villages, the disaster agency said.

Rescuers were searching the rubble in villages near Malatya. Aftershocks rocked the region throughout the morning.

The government sent tents and field hospitals to the area.
"""),
A("Wildfire destroys hundreds of homes in California", "2025-07-30T20:00:00-07:00", "Disaster Desk", "disaster", """
LOS ANGELES - A wildfire destroyed more than 300 homes in the hills north of Los Angeles on Wednesday, forcing 20,000 people to flee.

Firefighters battled the blaze with aircraft and bulldozers, but strong winds pushed the flames into neighbourhoods.

Officials said the cause of the fire was under investigation.
"""),
A("Volcano erupts in Indonesia, flights diverted", "2026-03-08T09:30:00+07:00", "Disaster Desk", "disaster", """
JAKARTA - A volcano in eastern Indonesia erupted on Sunday, spewing ash 10 kilometres into the sky and forcing airlines to divert flights.

Villages on the volcano's slopes were evacuated. No casualties were reported.

The volcano has erupted several times in the past year.
"""),
A("Landslide buries village in Nepal", "2025-08-14T12:00:00+05:45", "Disaster Desk", "disaster", """
KATHMANDU - A landslide triggered by monsoon rains buried part of a village in western Nepal on Thursday, leaving at least 18 people dead or missing, police said.

Rescuers were digging through mud with their hands because roads to the area were blocked.

Monsoon rains have killed more than 200 people in Nepal this year.
"""),
A("Fire destroys warehouse in Rotterdam port", "2026-02-28T18:00:00+01:00", "Disaster Desk", "disaster", """
ROTTERDAM - A fire destroyed a warehouse storing tyres in the port of Rotterdam on Saturday, sending thick black smoke over the city.

Residents were told to keep windows closed. No one was injured.

The fire brigade said the fire was under control by evening.
"""),
A("Floods displace thousands in Mozambique", "2026-01-18T14:00:00+02:00", "Disaster Desk", "disaster", """
MAPUTO - Floods have displaced more than 40,000 people in central Mozambique after a tropical storm brought days of heavy rain, the national disaster agency said on Sunday.

Roads and bridges were washed away in Sofala province. Aid agencies said cholera was a risk in the camps.

The government appealed for international help.
"""),
A("Market fire in Kumasi destroys hundreds of stalls", "2025-12-03T10:00:00+00:00", "Disaster Desk", "disaster", """
KUMASI, Ghana - A fire swept through a market in Kumasi overnight, destroying hundreds of stalls and goods worth millions of cedis, the fire service said.

Traders said they lost everything. The fire started in a section selling plastic goods, officials said.

The cause was not yet known.
"""),
A("Cyclone hits Madagascar coast", "2026-02-15T08:00:00+03:00", "Disaster Desk", "disaster", """
ANTANANARIVO - A cyclone struck Madagascar's east coast on Saturday with winds of 180 km/h, destroying homes and cutting power in the port of Toamasina.

At least seven people were killed, the disaster office said.

The storm weakened as it moved inland.
"""),
A("Avalanche kills three skiers in Swiss Alps", "2026-03-03T15:00:00+01:00", "Disaster Desk", "disaster", """
GENEVA - An avalanche killed three skiers off-piste near Verbier in the Swiss Alps on Tuesday, police said.

A fourth skier was rescued by helicopter. The avalanche risk had been rated high after heavy snowfall.
"""),
A("Bus plunges into ravine in Peru, killing 22", "2025-11-09T10:00:00-05:00", "Accident Desk", "accident", """
LIMA - A bus plunged into a ravine in the Peruvian Andes on Sunday, killing 22 passengers and injuring 15, police said.

The bus was travelling on a mountain road in Ayacucho region when it left the road on a bend.

Road accidents are common on Peru's mountain highways.
"""),
A("Explosion at chemical plant injures workers in Germany", "2026-04-23T12:00:00+02:00", "Accident Desk", "accident", """
LUDWIGSHAFEN, Germany - An explosion ripped through a chemical plant in Ludwigshafen on Thursday, injuring 12 workers, the company said.

Residents were told to stay indoors because of smoke. The company said the blast occurred during maintenance work.

Investigators are examining the cause.
"""),
A("Train derails in eastern India", "2025-06-16T20:00:00+05:30", "Accident Desk", "accident", """
KOLKATA - A passenger train derailed in eastern India on Monday, killing at least nine people and injuring more than 40, railway officials said.

Several carriages overturned after the train hit a goods train on the same track. Rescue teams cut through the wreckage.

The railway minister ordered an inquiry.
"""),
A("Ferry capsizes on Lake Victoria", "2026-03-20T18:00:00+03:00", "Accident Desk", "accident", """
KAMPALA - A ferry capsized on Lake Victoria on Friday, and 30 of its 80 passengers were missing, Uganda's police said.

The vessel was overloaded with passengers and goods, survivors said.

Fishermen rescued dozens of people.
"""),
A("Gas explosion destroys apartment block in Russia", "2026-01-02T11:00:00+03:00", "Accident Desk", "accident", """
MOSCOW - A gas explosion destroyed part of a nine-storey apartment block in the Russian city of Chelyabinsk on Friday, killing at least six people, emergency officials said.

Rescuers pulled 14 people from the rubble.

Gas explosions in ageing apartment blocks are frequent in Russia.
"""),
A("Plane skids off runway in Kathmandu", "2025-09-03T13:00:00+05:45", "Accident Desk", "accident", """
KATHMANDU - A passenger plane skidded off the runway while landing in heavy rain at Kathmandu airport on Wednesday. All 68 people on board survived.

The airport was closed for three hours.

Nepal's aviation authority said it would investigate.
"""),
A("Mine collapse traps workers in Zambia", "2026-02-09T16:00:00+02:00", "Accident Desk", "accident", """
LUSAKA - A mine collapse trapped at least 20 workers underground at a copper mine in northern Zambia on Monday, the mines ministry said.

Rescue teams were trying to reach the miners through a ventilation shaft.

The company said it had stopped all operations at the mine.
"""),
A("Truck ploughs into market stalls in Lagos", "2025-10-25T19:00:00+01:00", "Accident Desk", "accident", """
LAGOS - A truck whose brakes failed ploughed into market stalls in Lagos on Saturday, killing four people, the emergency management agency said.

The driver was taken to hospital with minor injuries. Traders said the truck had been speeding down the hill.
"""),
A("Fireworks warehouse blast shakes Mexican town", "2025-12-27T21:00:00-06:00", "Accident Desk", "accident", """
MEXICO CITY - An explosion at a fireworks warehouse shook the town of Tultepec near Mexico City on Saturday, killing five people, local officials said.

The blast destroyed several houses. Tultepec is known as Mexico's fireworks capital.
"""),
A("Helicopter crash kills tourists in Hawaii", "2026-05-16T15:00:00-10:00", "Accident Desk", "accident", """
HONOLULU - A tour helicopter crashed on the island of Kauai on Saturday, killing the pilot and three passengers, officials said.

The helicopter went down in a remote valley. Weather conditions were poor at the time.
"""),
A("Man stabbed to death in London street fight", "2026-02-14T23:00:00+00:00", "Metro Crime Wire", "crime", """
LONDON - A man was stabbed to death during a fight outside a pub in south London on Saturday night, police said.

The victim, in his twenties, was pronounced dead at the scene. Witnesses said a group of men had argued before the fight.

Detectives appealed for witnesses.
"""),
A("Jewellery shop robbed in Paris", "2025-11-18T13:00:00+01:00", "Metro Crime Wire", "crime", """
PARIS - Armed robbers held up a jewellery shop on the Champs-Elysees on Tuesday morning and escaped with watches and jewels worth about 2 million euros.

The robbers, wearing motorcycle helmets, smashed display cases with hammers.

No one was injured.
"""),
A("Cash machine blown up in Dutch village", "2026-01-09T06:00:00+01:00", "Metro Crime Wire", "crime", """
UTRECHT - Thieves blew up a cash machine in a village near Utrecht overnight and escaped with an unknown amount of cash, police said.

The explosion damaged the bank building and shattered windows of nearby houses.

Cash-machine bombings have become common in the Netherlands.
"""),
A("Poachers kill rhinos in Kruger park", "2025-08-22T12:00:00+02:00", "Metro Crime Wire", "crime", """
JOHANNESBURG - Poachers killed three rhinos in South Africa's Kruger National Park and removed their horns, park officials said on Friday.

Rangers found the carcasses during a patrol. Poaching has fallen in recent years but remains a threat.
"""),
A("Fraudsters steal savings from elderly in phone scam", "2026-03-27T10:00:00+01:00", "Metro Crime Wire", "crime", """
MADRID - Fraudsters posing as bank staff stole the savings of dozens of elderly people in a phone scam, a consumer group said on Friday.

Victims were persuaded to transfer money to "safe accounts". One couple lost 90,000 euros.

Banks urged customers never to share their security codes.
"""),
A("Two shot in dispute at family gathering in Houston", "2025-12-26T08:00:00-06:00", "Metro Crime Wire", "crime", """
HOUSTON - Two men were shot and wounded during an argument at a family gathering in Houston on Christmas night, witnesses said.

A relative said the argument started over a debt. The two men were taken to hospital in serious condition.

The shooter fled before officers arrived.
"""),
A("Museum opens exhibition of war photography", "2026-04-01T10:00:00+02:00", "Culture Wire", "culture", """
BERLIN - A Berlin museum opened an exhibition of war photography from the Balkans on Wednesday, showing 200 images taken during the sieges of Sarajevo and Vukovar.

The curators said the exhibition aimed to show the conflict through the eyes of civilians.

It runs until September.
"""),
A("Carnival parade draws a million to Rio", "2026-02-16T23:00:00-03:00", "Culture Wire", "culture", """
RIO DE JANEIRO - More than a million people packed the streets of Rio de Janeiro on Monday for the city's carnival parades.

Samba schools marched through the Sambadrome in elaborate costumes.

The winners will be announced on Wednesday.
"""),
A("Novel about a besieged city wins top prize", "2025-11-11T20:00:00+00:00", "Culture Wire", "culture", """
LONDON - A novel set in a besieged city during an unnamed civil war won a major literary prize on Tuesday.

The judges praised its "explosive" final chapters, in which the narrator's family is caught in an artillery bombardment.

The author said she had been inspired by her grandmother's stories.
"""),
A("Battle of the bands final fills town square", "2025-08-10T22:00:00+01:00", "Culture Wire", "culture", """
GALWAY, Ireland - The final of a battle of the bands contest drew 3,000 people to the town square on Sunday night.

A four-piece rock group from Cork won the title. Organisers said it was the biggest crowd in the contest's history.
"""),
A("Festival crowds gather in Kyoto for summer parade", "2025-07-17T18:00:00+09:00", "Culture Wire", "culture", """
KYOTO - Tens of thousands of people gathered in Kyoto on Thursday to watch the parade of giant floats at the city's summer festival.

The floats were pulled through the streets by teams of men in traditional clothes.

The festival dates back more than 1,000 years.
"""),
A("Security flaw lets attackers take over smart locks", "2026-03-10T09:00:00-07:00", "Tech Brief", "tech", """
SAN FRANCISCO - Security researchers said on Tuesday they had found a flaw in a popular brand of smart locks that lets attackers unlock doors from a phone.

The manufacturer said it had released a software update to fix the problem and shrink the attack surface of its app.

Users were urged to update their devices.
"""),
A("Phone maker launches flagship as console war heats up", "2025-09-10T19:00:00-07:00", "Tech Brief", "tech", """
CUPERTINO, Calif. - A phone maker launched its new flagship smartphone on Wednesday with a faster chip and a bigger battery.

Analysts said the company was targeting buyers who had held on to older phones for years.

Rival firms are expected to respond with price cuts.
"""),
A("Software bug crashes airline check-in systems", "2026-01-29T12:00:00+00:00", "Tech Brief", "tech", """
LONDON - A software bug crashed check-in systems at several European airlines on Thursday, causing long queues at airports.

The supplier of the system said the problem had been caused by a faulty update, not a cyber attack.

Services were restored by the afternoon.
"""),
A("Chipmaker fires up new factory in Arizona", "2026-04-14T10:00:00-07:00", "Tech Brief", "tech", """
PHOENIX - A chipmaker began production at its new factory in Arizona on Tuesday, the company said.

The plant will make advanced chips for phones and data centres. It employs 2,000 people.
"""),
A("Streaming service kills off password sharing", "2025-10-02T08:00:00-07:00", "Tech Brief", "tech", """
LOS ANGELES - A streaming service said on Thursday it would block password sharing in 40 more countries from next month.

Subscribers who share accounts with people outside their household will have to pay an extra fee.

The company said the move had boosted subscriptions in other markets.
"""),
A("Ransomware gang hits hospital IT systems", "2026-05-05T14:00:00+02:00", "Tech Brief", "tech", """
VIENNA - A ransomware attack knocked out the IT systems of a hospital group in Austria on Tuesday, forcing doctors to postpone operations, the group said.

Criminal hackers demanded payment in bitcoin. The hospital group said it would not pay.

Patients were diverted to other hospitals.
"""),
A("Measles outbreak spreads in Romanian schools", "2026-02-23T11:00:00+02:00", "Health Wire", "health", """
BUCHAREST - A measles outbreak has spread to 30 schools in Romania, with more than 500 cases this year, health officials said on Monday.

Vaccination rates have fallen below levels needed to stop the disease. The health ministry launched a campaign to fight the outbreak.
"""),
A("Heart attacks rise in winter, study says", "2025-12-09T09:00:00+00:00", "Health Wire", "health", """
LONDON - Heart attacks are 30 percent more common in the coldest weeks of winter, a study published on Tuesday found.

The researchers said cold weather narrows blood vessels and raises blood pressure.

They advised older people to keep their homes warm.
"""),
A("New malaria vaccine rolled out in Burkina Faso", "2026-04-25T10:00:00+00:00", "Health Wire", "health", """
OUAGADOUGOU - Burkina Faso began vaccinating children against malaria with a new vaccine on Saturday, the health ministry said.

The campaign targets 250,000 children under five in the first year. Malaria kills thousands of children in the country each year.
"""),
A("Hospitals battle surge of flu cases", "2026-01-12T15:00:00+01:00", "Health Wire", "health", """
ROME - Hospitals in Italy are battling a surge of flu cases, with emergency departments overwhelmed, doctors' associations said on Monday.

The health ministry urged people over 60 to get vaccinated.
"""),
A("Cholera kills dozens in Zambia", "2025-12-30T12:00:00+02:00", "Health Wire", "health", """
LUSAKA - A cholera outbreak has killed 43 people in Zambia since October, the health ministry said on Tuesday.

Most cases were in crowded districts of the capital. Authorities set up treatment centres and distributed clean water.
"""),
A("Superhero sequel bombs at box office", "2026-05-11T09:00:00-07:00", "Screen Wire", "entertainment", """
LOS ANGELES - A superhero sequel bombed at the box office on its opening weekend, taking just 38 million dollars in North America against a budget of 250 million.

Critics slammed the film's plot. A low-budget horror film crushed it, taking first place.

The studio said it expected the film to do better abroad.
"""),
A("Band's comeback album storms charts", "2025-11-03T12:00:00+00:00", "Screen Wire", "entertainment", """
LONDON - A British band's first album in 12 years stormed to the top of the charts on Friday, selling more copies in its first week than the rest of the top ten combined.

Fans queued outside record shops overnight.
"""),
A("War drama sweeps awards", "2026-03-16T06:00:00-07:00", "Screen Wire", "entertainment", """
LOS ANGELES - A war drama about a sniper in the battle of Stalingrad swept the film awards on Sunday night, winning best picture, best director and best actor.

The director thanked the hundreds of extras who filmed the battle scenes in Hungary.
"""),
A("Comedian kills it on stage in Edinburgh", "2025-08-15T23:00:00+01:00", "Screen Wire", "entertainment", """
EDINBURGH - A comedian from Glasgow killed it on the opening night of his Edinburgh Fringe show, with the audience on its feet at the end.

Reviewers said his routine about a disastrous wedding was the best of the festival so far.
"""),
A("Streaming series axed after two seasons", "2026-02-02T17:00:00-08:00", "Screen Wire", "entertainment", """
LOS ANGELES - A streaming service axed a spy thriller series after two seasons, disappointing fans who had campaigned for a third.

The show, about an assassin hunting a rogue agent in Vienna, was expensive to make, the company said.
"""),
A("Astronomers watch comet strike Jupiter", "2025-10-15T20:00:00+00:00", "Science Wire", "science", """
Astronomers said on Wednesday they had watched a small comet strike Jupiter's atmosphere, leaving a dark scar visible through amateur telescopes.

The impact released energy equal to several nuclear bombs, they said.
"""),
A("Rocket blasts off with weather satellites", "2026-03-19T18:00:00-04:00", "Science Wire", "science", """
CAPE CANAVERAL, Fla. - A rocket blasted off from Cape Canaveral on Thursday carrying two weather satellites into orbit.

The satellites will track storms and wildfires across the Americas.
"""),
A("Invasive crabs attack native shellfish, study finds", "2026-05-27T10:00:00+01:00", "Science Wire", "science", """
LISBON - Invasive blue crabs are attacking native clams and mussels along Portugal's coast, threatening local fisheries, a study found.

Biologists said the crabs had spread rapidly in warm waters.
"""),
A("Physicists bombard nuclei to create new isotope", "2025-12-01T09:00:00+01:00", "Science Wire", "science", """
GENEVA - Physicists said on Monday they had created a new isotope by bombarding lead nuclei with a beam of calcium ions.

The isotope lasted less than a thousandth of a second.
"""),
]
