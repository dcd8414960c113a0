# US local news written for truce (fictional people and incidents, real towns). Append only.
from build_articles import A, E

ARTICLES = [
A("Springfield police arrest man after standoff on South Grand Avenue", "2026-02-17T18:20:00-06:00", "Sangamon Valley Times", "crime", """
SPRINGFIELD, Ill. - Springfield police arrested a 41-year-old man on Tuesday after a six-hour standoff at a house on South Grand Avenue, the department said.

Officers were called to the house shortly after 9 a.m. after a woman reported that the man had threatened her with a handgun. She left the house unharmed before police arrived.

The man surrendered at about 3 p.m. and was taken to the Sangamon County jail. He faces charges of aggravated assault and unlawful possession of a weapon, police said.

Nearby residents were kept out of their homes during the standoff, and two schools were placed on soft lockdown.
""", [E("COERCE", "arrest", "Springfield police", "a 41-year-old man", "Springfield", "USA", "2026-02-17", admin1="IL")]),

A("Paris, Texas, council rejects plan to close fire station", "2025-09-09T21:40:00-05:00", "Lamar County Ledger", "politics", """
PARIS, Texas - The Paris City Council voted 5-2 on Monday night to reject a proposal to close the fire station on Clarksville Street, after dozens of residents spoke against the plan.

City staff had recommended the closure to save about $600,000 a year. Residents said response times on the east side of town would double.

Mayor Lindy Burkett said the council would look for savings elsewhere in the budget.
""", [E("REJECT", None, "The Paris City Council", "a proposal to close the fire station on Clarksville Street", "Paris", "USA", "2025-09-08", admin1="TX")]),

A("Georgia governor declares emergency ahead of hurricane", "2025-09-25T16:00:00-04:00", "Peach State Courier", "weather", """
ATLANTA - Georgia Gov. Beth Strickland declared a state of emergency for 40 coastal and southern counties on Thursday as a hurricane headed for the Florida panhandle.

Forecasters said the storm could bring heavy rain and tropical-storm-force winds to Savannah and Valdosta by Friday night. Schools in several counties will close on Friday.

The state's emergency management agency urged residents to prepare supplies and follow evacuation orders if they are issued.
""", []),

A("Athens woman charged with embezzling from church", "2026-01-27T12:00:00-05:00", "Peach State Courier", "crime", """
ATHENS, Ga. - A former bookkeeper at a church in Athens was arrested on Monday and charged with embezzling more than $180,000 over five years, the Athens-Clarke County police said.

The 58-year-old woman is accused of writing checks to herself from the church's accounts. Church leaders discovered the missing money during an audit last fall.

She was released on bond and is due in court next month.
""", [E("COERCE", "arrest", "the Athens-Clarke County police", "A former bookkeeper", "Athens", "USA", "2026-01-26", admin1="GA"),
      E("RETREAT", "release", None, "She", "Athens", "USA", "2026-01-26", admin1="GA")]),

A("Spokane teachers vote to strike", "2025-08-28T20:30:00-07:00", "Inland Northwest Post", "politics", """
SPOKANE, Wash. - Teachers in Spokane voted on Thursday to go on strike if no contract is reached before the first day of school next week, their union said.

The union said 91 percent of members who voted backed the strike. The district said it had offered a 4 percent raise and hoped to avoid a walkout.

Talks are scheduled to resume on Saturday.
""", [E("PROTEST", "strike", "Teachers in Spokane", None, "Spokane", "USA", None, asserted=False, admin1="WA")]),

A("Tacoma man sentenced to 18 years for shooting outside bar", "2026-03-13T15:10:00-07:00", "Puget Sound Herald", "justice", """
TACOMA, Wash. - A Pierce County judge on Friday sentenced a 27-year-old Tacoma man to 18 years in prison for shooting and wounding two men outside a bar on Pacific Avenue in 2024.

The man pleaded guilty to two counts of first-degree assault in January. Prosecutors said the shooting followed an argument over a parking space.

One of the victims told the court he still could not work because of his injuries.
""", [E("SANCTION", "convict", "A Pierce County judge", "a 27-year-old Tacoma man", "Tacoma", "USA", "2026-03-13", admin1="WA")]),

A("Two killed in Dayton house fire", "2025-12-22T09:30:00-05:00", "Miami Valley News", "disaster", """
DAYTON, Ohio - Two people died in a house fire on Salem Avenue early Sunday, the Dayton Fire Department said.

Firefighters arrived to find flames coming from the second floor of the two-storey house. A third person escaped by jumping from a window and was taken to hospital with burns.

Investigators said the fire appeared to have started in a bedroom and was not considered suspicious.
""", []),

A("Macon-Bibb deputies seize guns, drugs in raid", "2026-04-09T17:00:00-04:00", "Middle Georgia Observer", "crime", """
MACON, Ga. - Deputies from the Bibb County Sheriff's Office seized 14 guns and about two pounds of methamphetamine during a search of a house on Pio Nono Avenue on Wednesday, the sheriff said.

Three people were arrested and charged with drug trafficking. The sheriff said the raid followed complaints from neighbours about heavy traffic at the house.

The suspects were being held at the Bibb County jail.
""", [E("COERCE", "seize", "Deputies from the Bibb County Sheriff's Office", "14 guns and about two pounds of methamphetamine", "Macon", "USA", "2026-04-08", admin1="GA"),
      E("COERCE", "arrest", None, "Three people", "Macon", "USA", "2026-04-08", admin1="GA")]),

A("Washington state lawmakers pass police pursuit bill", "2026-03-05T19:00:00-08:00", "Puget Sound Herald", "politics", """
OLYMPIA, Wash. - Washington state lawmakers on Thursday passed a bill that would loosen restrictions on police vehicle pursuits, sending it to Gov. Aaron Lindqvist.

Supporters said the 2021 limits had emboldened car thieves. Opponents said pursuits endanger bystanders.

The governor has not said whether he will sign it.
""", []),

A("Jackson water main breaks leave thousands without service", "2026-01-11T13:40:00-06:00", "Capital City Chronicle", "other", """
JACKSON, Miss. - Several water main breaks left thousands of Jackson residents without running water on Sunday after a night of freezing temperatures, city officials said.

Crews were working to repair breaks on Woodrow Wilson Avenue and in south Jackson. A boil-water notice was issued for the whole city.

Mayor Denise Holloway said bottled water would be distributed at three fire stations.
""", []),

A("Lafayette police officer shoots man who pointed gun, department says", "2025-10-19T22:10:00-05:00", "Acadiana Daily", "crime", """
LAFAYETTE, La. - A Lafayette police officer shot and wounded a man who pointed a handgun at officers during a traffic stop on Johnston Street on Saturday night, the department said.

The man was taken to hospital in stable condition. Louisiana State Police are investigating the shooting, as is standard when officers fire their weapons.

Relatives of the man disputed the account and asked for the release of body-camera footage.
""", [E("ASSAULT", "firearms", "A Lafayette police officer", "a man", "Lafayette", "USA", "2025-10-18", admin1="LA"),
      E("ACCUSE", "investigate", "Louisiana State Police", "the shooting", "Lafayette", "USA", "2025-10-19", admin1="LA"),
      E("REQUEST", None, "Relatives of the man", None, "Lafayette", "USA", "2025-10-19", admin1="LA")]),

A("Rochester man dies in snowmobile crash", "2026-02-02T10:15:00-06:00", "Southern Minnesota Gazette", "accident", """
ROCHESTER, Minn. - A 63-year-old Rochester man died after his snowmobile crashed into a tree on a trail in Olmsted County on Saturday, the sheriff's office said.

The man was riding with a group of friends when he lost control on a curve, deputies said. He was pronounced dead at the scene.

Alcohol and speed did not appear to be factors, the sheriff said.
""", []),

A("Columbus, Georgia, residents protest planned landfill", "2025-11-20T20:45:00-05:00", "Chattahoochee Valley News", "protest", """
COLUMBUS, Ga. - About 200 residents rallied outside the Columbus Consolidated Government Center on Thursday evening to protest against a planned landfill near a residential area in south Columbus.

Residents said the landfill would lower property values and pollute a creek. The city council is due to vote on the permit next month.

A council member said she would ask for a new environmental study.
""", [E("PROTEST", "demo", "About 200 residents", "a planned landfill", "Columbus", "USA", "2025-11-20", admin1="GA")]),

A("Vancouver, Washington, bridge crash snarls traffic", "2026-04-16T08:50:00-07:00", "Puget Sound Herald", "accident", """
VANCOUVER, Wash. - A crash involving a lorry and three cars closed the northbound lanes of the Interstate 5 bridge between Portland and Vancouver for four hours on Wednesday morning, the Washington State Patrol said.

Two drivers were taken to hospital with minor injuries. Traffic backed up for miles into Oregon.

The patrol said the truck driver had been cited for following too closely.
""", []),

A("Springfield, Illinois, man convicted of murder in 2024 killing", "2026-05-14T16:30:00-05:00", "Sangamon Valley Times", "justice", """
SPRINGFIELD, Ill. - A Sangamon County jury on Thursday found a 35-year-old Springfield man guilty of first-degree murder in the 2024 shooting death of his cousin.

Prosecutors said the man shot his cousin during an argument over money at a house on the city's east side. The defence argued that he had acted in self-defence.

Sentencing is set for July. He faces 45 years to life in prison.
""", [E("SANCTION", "convict", "A Sangamon County jury", "a 35-year-old Springfield man", "Springfield", "USA", "2026-05-14", admin1="IL")]),

A("Paris, Texas: tornado damages homes near Lamar County line", "2026-04-27T07:30:00-05:00", "Lamar County Ledger", "weather", """
PARIS, Texas - A tornado damaged about 20 homes and downed power lines north of Paris late on Sunday, the Lamar County emergency management office said.

No one was seriously hurt. The National Weather Service said the tornado had winds of about 110 mph and travelled roughly six miles.

Volunteers helped residents clear debris on Monday morning.
""", []),

A("Georgia sheriff's deputy fired after video shows him punching inmate", "2026-03-28T13:00:00-04:00", "Peach State Courier", "crime", """
SAVANNAH, Ga. - A Chatham County sheriff's deputy was fired on Friday after a video showed him punching a handcuffed inmate at the county jail, the sheriff said.

The video, recorded by a jail camera last month, was released by the inmate's lawyer. The Georgia Bureau of Investigation has opened an inquiry.

The sheriff said the deputy's actions "do not reflect our values".
""", [E("ASSAULT", "beat", "A Chatham County sheriff's deputy", "a handcuffed inmate", "Savannah", "USA", None, admin1="GA"),
      E("ACCUSE", "investigate", "The Georgia Bureau of Investigation", None, "Savannah", "USA", "2026-03-27", admin1="GA")]),

A("Dayton: shots fired at home, no one hurt", "2026-05-03T11:00:00-04:00", "Miami Valley News", "crime", """
DAYTON, Ohio - Someone fired at least eight shots into a home in northwest Dayton early Saturday, but no one inside was hurt, neighbours said.

A family of four was asleep when bullets came through the front windows, a relative said. Neighbours said they saw a dark car drive away.

No arrests have been made.
""", []),

A("Washington, D.C.: protesters rally outside Supreme Court", "2026-06-02T17:00:00-04:00", "Potomac Wire", "protest", """
WASHINGTON - Hundreds of demonstrators gathered outside the Supreme Court on Tuesday as the justices heard arguments in a case on voting districts.

Protesters on both sides held signs and chanted, and Capitol Police said the gathering was peaceful. No arrests were reported.

A ruling is expected by the end of June.
""", [E("PROTEST", "demo", "Hundreds of demonstrators", "the Supreme Court", "Washington", "USA", "2026-06-02", admin1="DC")]),

A("Spokane County deputies search for missing hiker", "2025-10-05T19:20:00-07:00", "Inland Northwest Post", "other", """
SPOKANE, Wash. - Search-and-rescue teams from the Spokane County Sheriff's Office were looking on Sunday for a 24-year-old hiker who failed to return from a day trip to Mount Spokane.

The hiker's car was found at a trailhead on Saturday night. Volunteers and a helicopter joined the search on Sunday.

Deputies asked anyone who had seen the hiker to call the sheriff's office.
""", []),

A("Atlanta: judge blocks Georgia voting rule", "2026-02-20T18:00:00-05:00", "Peach State Courier", "justice", """
ATLANTA - A federal judge on Friday blocked a Georgia rule that would have required county election boards to hand-count ballots, saying it was issued too close to the election.

The judge said the rule could cause delays and confusion. The state election board said it would appeal.

Voting rights groups had sued to stop the rule.
""", [E("COERCE", "restrict", "A federal judge", "a Georgia rule", "Atlanta", "USA", "2026-02-20", admin1="GA"),
      E("REJECT", None, "The state election board", None, "Atlanta", "USA", None, asserted=False, admin1="GA")]),
]
