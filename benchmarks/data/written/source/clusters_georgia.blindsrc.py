# Incident-clustering set, written for truce: short local-news reports, several outlets per incident,
# streams of similar shootings in one state on the same days, follow-ups. Fictional people and
# incidents, real towns. Append only: order gives ids. C(incident, title, published, source, text).


def C(incident, title, published, source, text):
    return {"incident": incident, "title": title, "published": published, "source": source,
            "text": "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n"))}


REPORTS = [
C("C01", "Man killed in shooting at Campbellton Road gas station", "2026-06-06T07:10:00-04:00", "Peachtree 7 News", """
ATLANTA - A 24-year-old man was shot and killed at a gas station on Campbellton Road in southwest Atlanta late Friday, Atlanta police said.

Officers found the man, identified by relatives as Darnell Weems, lying near a pump shortly before 11:30 p.m. He died at the scene. Police said the shooter drove off in a silver sedan.
"""),
C("C01", "Police seek driver of silver sedan after fatal southwest Atlanta shooting", "2026-06-06T11:45:00-04:00", "Atlanta Ledger", """
ATLANTA - Homicide detectives are looking for the driver of a silver four-door sedan after Darnell Weems, 24, was gunned down at a Campbellton Road gas station on Friday night.

Witnesses told police the two men argued inside the store before the shooting. Police asked anyone with video from the area to call Crime Stoppers.
"""),
C("C01", "Arrest made in Campbellton Road gas station killing", "2026-06-09T16:20:00-04:00", "Atlanta Ledger", """
ATLANTA - Atlanta police on Tuesday arrested a 29-year-old man in the killing of Darnell Weems, who was shot at a gas station on Campbellton Road last Friday.

The suspect was found at a relative's home in College Park and charged with murder and aggravated assault. The silver sedan was recovered in a parking lot nearby.
"""),
C("C02", "Two wounded in shooting at northwest Atlanta apartment complex", "2026-06-06T08:30:00-04:00", "Peachtree 7 News", """
ATLANTA - Two men were wounded in a shooting at an apartment complex on Donald Lee Hollowell Parkway in northwest Atlanta on Friday night, police said.

Both were taken to Grady Memorial Hospital. One was in critical condition. Police said the men were standing in the parking lot when someone opened fire from a passing car.
"""),
C("C02", "Drive-by shooting leaves two injured on Hollowell Parkway", "2026-06-06T13:05:00-04:00", "Atlanta Ledger", """
ATLANTA - A drive-by shooting outside an apartment complex on Donald Lee Hollowell Parkway left two men injured late Friday, about half an hour after a fatal shooting in southwest Atlanta.

Police said the two shootings did not appear to be connected. The victims, aged 31 and 35, were expected to survive.
"""),
C("C03", "Teen shot at East Point park", "2026-06-07T09:00:00-04:00", "South Metro Sentinel", """
EAST POINT, Ga. - A 16-year-old boy was shot in the leg at a park in East Point on Saturday afternoon, East Point police said.

The boy was playing basketball with friends when an argument broke out. He was taken to a hospital and is expected to recover. Police are looking for a teenager who ran from the park.
"""),
C("C03", "Boy, 16, wounded during basketball game argument in East Point", "2026-06-07T12:40:00-04:00", "Peachtree 7 News", """
EAST POINT, Ga. - A teenager was wounded when gunfire broke out during a pickup basketball game in an East Point park on Saturday.

The 16-year-old's mother said her son had been shot in the thigh. East Point police said they had identified a possible suspect.
"""),
C("C04", "Woman killed in shooting on Pio Nono Avenue", "2026-06-07T08:15:00-04:00", "Middle Georgia Observer", """
MACON, Ga. - A 38-year-old woman was shot and killed outside a house on Pio Nono Avenue on Saturday evening, the Bibb County Sheriff's Office said.

Deputies found Tamika Rowe with several gunshot wounds. She died at the Atrium Health Navicent hospital. The sheriff said investigators were talking to relatives and neighbours.
"""),
C("C04", "Macon mother of three shot dead; sheriff asks for tips", "2026-06-07T18:30:00-04:00", "13 Central Georgia", """
MACON, Ga. - Family members gathered on Pio Nono Avenue on Sunday to remember Tamika Rowe, the mother of three who was shot dead outside her sister's home on Saturday.

The Bibb County sheriff asked anyone with information to come forward. No arrests have been made.
"""),
C("C04", "Man charged with murder in Pio Nono Avenue shooting", "2026-06-10T15:00:00-04:00", "Middle Georgia Observer", """
MACON, Ga. - A 41-year-old man was charged on Wednesday with murder in the shooting of Tamika Rowe, who was killed on Pio Nono Avenue on June 6, the Bibb County Sheriff's Office said.

The sheriff said the man had dated Rowe and had been served with a protective order last month. He was being held without bond.
"""),
C("C05", "Man wounded in Savannah shooting on Abercorn Street", "2026-06-07T10:00:00-04:00", "Coastal Empire Post", """
SAVANNAH, Ga. - A man was shot and wounded on Abercorn Street near Derenne Avenue early Saturday, Savannah police said.

The 27-year-old was taken to Memorial Health with injuries that were not considered life-threatening. Police said he was not cooperating with investigators.
"""),
C("C06", "Atlanta officer shoots armed man on Metropolitan Parkway", "2026-06-07T15:30:00-04:00", "Atlanta Ledger", """
ATLANTA - An Atlanta police officer shot and wounded a man who pointed a gun at officers on Metropolitan Parkway on Sunday morning, the department said.

Officers had been called to a report of a man waving a pistol outside a shopping centre. The man was taken to hospital in stable condition. The Georgia Bureau of Investigation has been asked to review the shooting.
"""),
C("C06", "GBI investigating police shooting in southwest Atlanta", "2026-06-08T09:10:00-04:00", "Peachtree 7 News", """
ATLANTA - The Georgia Bureau of Investigation is looking into Sunday's police shooting on Metropolitan Parkway, in which an officer wounded a 33-year-old man.

Relatives of the man said he had a mental illness and was not threatening anyone. Police said body-camera footage would be released after the GBI reviews it.
"""),
C("C06", "GBI releases video of Metropolitan Parkway police shooting", "2026-06-12T17:45:00-04:00", "Atlanta Ledger", """
ATLANTA - The GBI on Friday released body-camera video of the June 7 police shooting on Metropolitan Parkway, which shows the man raising a handgun towards officers before one of them fired.

The man's family said the video did not show what happened earlier. The case will be sent to the Fulton County district attorney.
"""),
C("C07", "Three wounded in shooting outside Augusta nightclub", "2026-06-08T07:50:00-04:00", "Garden City Gazette", """
AUGUSTA, Ga. - Three people were wounded when gunfire erupted outside a nightclub on Washington Road early Sunday, the Richmond County Sheriff's Office said.

Deputies said a fight in the parking lot led to the shooting shortly after 2 a.m. The victims, aged 20 to 25, were taken to hospital.
"""),
C("C07", "Nightclub shooting leaves 3 hurt; sheriff weighs closing club", "2026-06-08T18:00:00-04:00", "WAUG 12", """
AUGUSTA, Ga. - The Richmond County sheriff said on Monday he would ask the city to review the licence of a Washington Road nightclub where three people were shot on Sunday morning.

It was the second shooting at the club this year. One of the victims remained in serious condition.
"""),
C("C08", "Man shot dead on Victory Drive in Columbus", "2026-06-08T08:40:00-04:00", "Chattahoochee Valley News", """
COLUMBUS, Ga. - A 45-year-old man was shot dead on Victory Drive on Sunday night, the Muscogee County coroner said.

Columbus police said the man was found in the street near a motel. It was the city's 17th homicide of the year.
"""),
C("C09", "Driver wounded in I-285 road rage shooting", "2026-06-08T19:30:00-04:00", "Peachtree 7 News", """
ATLANTA - A driver was shot in the arm in an apparent road rage incident on Interstate 285 near Moreland Avenue on Monday afternoon, the Georgia State Patrol said.

The driver, a 52-year-old woman, said another motorist fired at her after she changed lanes. She drove herself to a hospital.
"""),
C("C09", "Police search for gunman in I-285 road rage attack", "2026-06-09T10:15:00-04:00", "Atlanta Ledger", """
ATLANTA - State troopers are searching for a man who shot at a woman's car on I-285 near Moreland Avenue on Monday, wounding her in the arm.

The woman described the shooter's vehicle as a black pickup truck with a ladder rack. Traffic on the eastbound lanes was backed up for two hours.
"""),
C("C10", "Clerk shot during robbery at Athens convenience store", "2026-06-09T08:00:00-04:00", "Classic City Courier", """
ATHENS, Ga. - A clerk was shot during an armed robbery at a convenience store on Prince Avenue on Monday night, Athens-Clarke County police said.

Two masked men demanded cash, and one fired when the clerk reached for the phone, police said. The clerk is in stable condition.
"""),
C("C10", "Athens police release images of robbery suspects", "2026-06-09T17:20:00-04:00", "Northeast Georgia Now", """
ATHENS, Ga. - Athens-Clarke County police released surveillance images on Tuesday of two men suspected of shooting a store clerk during a robbery on Prince Avenue.

The men took about 400 dollars from the register, police said.
"""),
C("C11", "Man wounded in shooting on Houston Avenue", "2026-06-10T09:30:00-04:00", "Middle Georgia Observer", """
MACON, Ga. - A 22-year-old man was shot and wounded on Houston Avenue on Tuesday evening, the Bibb County Sheriff's Office said.

The man told deputies he was walking home when a car pulled up and someone fired. It was the second shooting in Macon in four days.
"""),
C("C12", "Girl, 7, hit by stray bullet in Albany", "2026-06-10T08:45:00-04:00", "Southwest Georgia Herald", """
ALBANY, Ga. - A 7-year-old girl was hit by a stray bullet while sleeping in her bedroom in east Albany on Tuesday night, police said.

The bullet came through a window after shots were fired on the street outside. The girl was airlifted to a hospital in Macon.
"""),
C("C12", "Albany child wounded by stray gunfire; police chief 'angry'", "2026-06-10T18:10:00-04:00", "Albany 10 News", """
ALBANY, Ga. - Albany's police chief said on Wednesday he was "angry and heartbroken" after a 7-year-old girl was wounded by gunfire that pierced her bedroom wall late Tuesday.

Investigators found more than 20 shell casings on the street. The chief said two groups of young men had exchanged fire.
"""),
C("C12", "Teen charged after stray bullet wounded Albany girl", "2026-06-13T12:00:00-04:00", "Southwest Georgia Herald", """
ALBANY, Ga. - A 17-year-old was charged on Saturday with aggravated assault in the shooting that wounded a 7-year-old girl in her bedroom on June 9.

The girl has been released from hospital, her grandmother said.
"""),
C("C13", "Man shot at Five Points MARTA station", "2026-06-10T21:00:00-04:00", "Peachtree 7 News", """
ATLANTA - A man was shot and wounded on a platform at the Five Points MARTA station on Wednesday afternoon, MARTA police said.

Trains bypassed the station for about an hour. Police said the victim and the shooter knew each other.
"""),
C("C13", "MARTA shooting: suspect fled on train, police say", "2026-06-11T08:30:00-04:00", "Atlanta Ledger", """
ATLANTA - The man who shot another man at the Five Points station on Wednesday fled on a northbound train, MARTA police said on Thursday.

The victim, 36, was in stable condition at Grady. MARTA said it would add officers at downtown stations.
"""),
C("C14", "Two found dead in west Savannah home", "2026-06-11T07:45:00-04:00", "Coastal Empire Post", """
SAVANNAH, Ga. - Two men were found shot dead inside a house on the west side of Savannah on Wednesday night, police said.

A neighbour called 911 after hearing gunshots. Police said the killings did not appear to be random.
"""),
C("C14", "Savannah police investigate double homicide", "2026-06-11T17:00:00-04:00", "Savannah 3 News", """
SAVANNAH, Ga. - Savannah police said on Thursday that two brothers, aged 30 and 34, were the victims of a double shooting in a home on Wednesday night.

Detectives were looking for a man seen leaving the house.
"""),
C("C14", "Arrest in killing of two brothers on Savannah's west side", "2026-06-14T14:00:00-04:00", "Coastal Empire Post", """
SAVANNAH, Ga. - Police arrested a 26-year-old man on Sunday in the killing of two brothers at their home on the west side last Wednesday.

He was charged with two counts of murder. Police said the killings followed a dispute over money.
"""),
C("C15", "Teen killed at party off Campbellton Road", "2026-06-12T08:20:00-04:00", "Atlanta Ledger", """
ATLANTA - A 17-year-old was shot and killed at a house party off Campbellton Road in southwest Atlanta late Thursday, police said.

Dozens of teenagers were at the party when shots were fired. Police said it was not connected to last week's fatal shooting at a gas station on the same road.
"""),
C("C15", "Southwest Atlanta house party ends in deadly gunfire", "2026-06-12T12:30:00-04:00", "Peachtree 7 News", """
ATLANTA - Gunfire at a crowded house party in southwest Atlanta on Thursday night killed a 17-year-old high school student, police said.

Friends identified the victim as Jalen Brooks. Officers found more than 30 shell casings in the yard.
"""),
C("C16", "Man arrested after Walmart parking lot shooting in Lawrenceville", "2026-06-12T10:00:00-04:00", "Gwinnett Gazette", """
LAWRENCEVILLE, Ga. - Gwinnett County police arrested a man who shot another man in a Walmart parking lot in Lawrenceville on Thursday, police said.

The victim was wounded in the shoulder. Police said the two men had argued over a parking space.
"""),
C("C17", "Woman shot by former partner in Augusta", "2026-06-13T09:00:00-04:00", "Garden City Gazette", """
AUGUSTA, Ga. - A 29-year-old woman was shot and wounded by her former partner at her home in south Augusta on Friday, the sheriff's office said.

The man fled but was arrested hours later at a traffic stop. He faces charges of aggravated assault and family violence.
"""),
C("C18", "Two teens wounded in Buena Vista Road drive-by", "2026-06-13T08:10:00-04:00", "Chattahoochee Valley News", """
COLUMBUS, Ga. - Two teenagers were wounded in a drive-by shooting on Buena Vista Road on Friday night, Columbus police said.

The teens, 15 and 16, were standing outside a convenience store when a car slowed down and someone fired. Both are expected to survive.
"""),
C("C18", "Columbus drive-by: police seek white SUV", "2026-06-13T17:40:00-04:00", "WCG 9 News", """
COLUMBUS, Ga. - Columbus police are looking for a white SUV after two teenagers were shot outside a store on Buena Vista Road on Friday.

The police chief said the shooting appeared to be gang-related.
"""),
C("C19", "Bouncer shot outside Midtown bar", "2026-06-14T07:30:00-04:00", "Atlanta Ledger", """
ATLANTA - A bouncer was shot and wounded outside a bar on Peachtree Street in Midtown early Saturday after he refused entry to a group of men, police said.

The 34-year-old was hit in the stomach and was in serious condition. Police said the shooter fired from a car.
"""),
C("C19", "Midtown bar shooting: bouncer in serious condition", "2026-06-14T13:00:00-04:00", "Peachtree 7 News", """
ATLANTA - A Midtown bar's bouncer remained in serious condition on Saturday after being shot outside the club on Peachtree Street in the early hours.

Witnesses said the gunman had been turned away minutes earlier.
"""),
C("C20", "Cobb County officer shot during traffic stop in Marietta", "2026-06-14T06:50:00-04:00", "Cobb Courier", """
MARIETTA, Ga. - A Cobb County police officer was shot during a traffic stop on Roswell Road in Marietta on Saturday night, the department said.

The officer was hit in the leg and is expected to recover. The driver fled on foot and was arrested after a two-hour search with dogs and a helicopter.
"""),
C("C20", "Cobb County officer shot during traffic stop in Marietta", "2026-06-14T09:30:00-04:00", "Georgia Wire", """
MARIETTA, Ga. - A Cobb County police officer was shot during a traffic stop on Roswell Road in Marietta on Saturday night, the department said.

The officer was hit in the leg and is expected to recover. The driver fled on foot and was arrested after a two-hour search with dogs and a helicopter.
"""),
C("C20", "Suspect in custody after Marietta officer wounded", "2026-06-14T12:15:00-04:00", "Peachtree 7 News", """
MARIETTA, Ga. - A 23-year-old man is in custody after a Cobb County officer was shot in the leg during a traffic stop on Roswell Road late Saturday.

The suspect was found hiding in a backyard about a mile away. He faces charges including aggravated assault on a police officer.
"""),
C("C21", "Man killed in Pacific Avenue shooting in Tacoma", "2026-06-07T09:00:00-07:00", "Puget Sound Herald", """
TACOMA, Wash. - A man in his 40s was shot and killed on Pacific Avenue near South 56th Street on Saturday night, Tacoma police said.

Police said the man was found on the sidewalk outside a closed restaurant. No arrests have been made.
"""),
C("C21", "Tacoma police identify Pacific Avenue shooting victim", "2026-06-07T17:30:00-07:00", "KTAC 5 News", """
TACOMA, Wash. - The Pierce County medical examiner identified the man shot to death on Pacific Avenue on Saturday as 44-year-old Gregory Lund of Tacoma.

Detectives said they were reviewing video from businesses in the area.
"""),
C("C22", "Man wounded in Capitol Hill shooting", "2026-06-07T10:30:00-07:00", "Emerald City Times", """
SEATTLE - A man was shot and wounded on Capitol Hill early Saturday, Seattle police said.

Officers found the 30-year-old near Broadway and East Pine Street after reports of several shots. He was taken to Harborview Medical Center.
"""),
C("C23", "Two wounded in East Sprague shooting in Spokane", "2026-06-09T08:00:00-07:00", "Inland Northwest Post", """
SPOKANE, Wash. - Two men were wounded in a shooting on East Sprague Avenue on Monday night, Spokane police said.

The men were shot in a parking lot after an argument. A suspect was detained near the scene.
"""),
C("C23", "Suspect booked after East Sprague double shooting", "2026-06-09T16:00:00-07:00", "Spokane 4 News", """
SPOKANE, Wash. - A 19-year-old man was booked into the Spokane County jail on Tuesday on two counts of first-degree assault after two men were shot on East Sprague Avenue on Monday.

Both victims were in satisfactory condition.
"""),
C("C24", "Teen wounded in South 38th Street shooting", "2026-06-10T09:15:00-07:00", "Puget Sound Herald", """
TACOMA, Wash. - A 15-year-old boy was shot and wounded on South 38th Street on Tuesday afternoon, Tacoma police said, the city's second shooting in four days.

The boy was hit in the hand. Police said they did not believe it was linked to Saturday's killing on Pacific Avenue.
"""),
C("C25", "Woman killed at Vancouver apartment; suspect arrested", "2026-06-13T08:30:00-07:00", "Clark County Chronicle", """
VANCOUVER, Wash. - A woman was shot and killed at an apartment on Fourth Plain Boulevard on Friday, and a man was arrested at the scene, Vancouver police said.

Neighbours said they heard a man and a woman arguing before the shots.
"""),
C("C25", "Vancouver police arrest man in apartment killing", "2026-06-13T14:00:00-07:00", "Puget Sound Herald", """
VANCOUVER, Wash. - Vancouver police arrested a 37-year-old man on Friday after a woman was shot dead in an apartment on Fourth Plain Boulevard.

The man was booked into the Clark County jail on suspicion of second-degree murder.
"""),
C("C26", "Man wounded on South Grand Avenue East", "2026-06-06T09:00:00-05:00", "Sangamon Valley Times", """
SPRINGFIELD, Ill. - A 28-year-old man was shot in the leg on South Grand Avenue East on Friday night, Springfield police said.

He was treated at a hospital and released. Police said he was not cooperating.
"""),
C("C26", "Springfield police investigate Friday night shooting", "2026-06-06T17:00:00-05:00", "WSPI 20 News", """
SPRINGFIELD, Ill. - Springfield police are looking into a shooting on the city's east side on Friday night in which a man was wounded in the leg on South Grand Avenue East.

Officers found shell casings near a bus stop.
"""),
C("C27", "Six wounded at Englewood block party", "2026-06-08T07:00:00-05:00", "Lakefront Tribune", """
CHICAGO - Six people were wounded when gunmen opened fire on a block party in Englewood on Sunday evening, Chicago police said.

Two of the victims were teenagers. Police said two men walked up to the crowd and fired before running down an alley.
"""),
C("C27", "Englewood block party shooting: 6 hurt, including 2 teens", "2026-06-08T12:00:00-05:00", "Windy City 9", """
CHICAGO - A block party on the South Side turned violent on Sunday when two gunmen fired into a crowd, wounding six people in Englewood.

Neighbours said the party had been organised to mark the end of the school year.
"""),
C("C27", "Six wounded at Chicago block party", "2026-06-08T15:30:00-05:00", "Sangamon Valley Times", """
CHICAGO - Six people were wounded when gunmen opened fire on a block party in Chicago's Englewood neighbourhood on Sunday evening, police said.

Two of the victims were teenagers. Police said two men walked up to the crowd and fired before running down an alley.
"""),
C("C28", "Man killed in Austin neighbourhood shooting", "2026-06-08T08:10:00-05:00", "Lakefront Tribune", """
CHICAGO - A man was shot and killed in the Austin neighbourhood on the West Side on Sunday afternoon, police said.

The 31-year-old was sitting in a parked car when someone fired from the sidewalk.
"""),
C("C29", "Man killed at Peoria gas station", "2026-06-11T08:00:00-05:00", "Illinois River Gazette", """
PEORIA, Ill. - A man was shot and killed at a gas station on the south side of Peoria on Wednesday night, Peoria police said.

Officers found the 26-year-old inside his car at a pump. Police said they were looking for two men seen running from the station.
"""),
C("C30", "Teen killed on North 11th Street in Springfield", "2026-06-14T08:30:00-05:00", "Sangamon Valley Times", """
SPRINGFIELD, Ill. - A 17-year-old boy was shot and killed on North 11th Street on Saturday evening, Springfield police said, the city's second shooting in just over a week.

The boy was found on the sidewalk near a church. Police said the shooting was not connected to the June 5 shooting on South Grand Avenue East.
"""),
C("C30", "Springfield teen's killing: police ask for video", "2026-06-14T16:00:00-05:00", "WSPI 20 News", """
SPRINGFIELD, Ill. - Springfield police asked residents of the North 11th Street area to share doorbell video after a 17-year-old was shot dead there on Saturday.

Classmates held a vigil on Sunday night.
"""),
C("C30", "Man charged in killing of Springfield teen", "2026-06-16T15:00:00-05:00", "Sangamon Valley Times", """
SPRINGFIELD, Ill. - A 20-year-old man was charged on Tuesday with first-degree murder in the killing of a 17-year-old on North 11th Street on June 13.

Prosecutors said the shooting followed a dispute on social media.
"""),
C("C31", "Man shot during argument at Paris car wash", "2026-06-10T08:00:00-05:00", "Lamar County Ledger", """
PARIS, Texas - A man was shot in the chest during an argument at a car wash on Clarksville Street on Tuesday evening, Paris police said.

The 33-year-old was flown to a hospital in Tyler. The shooter stayed at the scene and was detained.
"""),
C("C31", "Paris police: car wash shooting followed dispute over debt", "2026-06-10T16:30:00-05:00", "Red River Daily", """
PARIS, Texas - The shooting at a Clarksville Street car wash on Tuesday followed a dispute over a debt, Paris police said on Wednesday.

A 45-year-old man was charged with aggravated assault with a deadly weapon. The victim was in stable condition.
"""),
C("C33", "Hundreds march downtown over police shooting", "2026-06-09T08:00:00-04:00", "Atlanta Ledger", """
ATLANTA - Several hundred people marched from Woodruff Park to Atlanta City Hall on Monday evening to demand the release of body-camera video from Sunday's police shooting on Metropolitan Parkway.

The march was peaceful. Organisers said they would return every evening until the video is made public.
"""),
C("C33", "Protesters demand police video at City Hall", "2026-06-09T10:30:00-04:00", "Peachtree 7 News", """
ATLANTA - Protesters rallied outside Atlanta City Hall on Monday night calling for police to release video of an officer shooting a man on Metropolitan Parkway over the weekend.

Police officers watched from a distance; no arrests were reported.
"""),
C("C34", "Fire destroys warehouse near Savannah port", "2026-06-10T19:00:00-04:00", "Coastal Empire Post", """
SAVANNAH, Ga. - A fire destroyed a warehouse storing furniture near the Port of Savannah on Wednesday, sending a column of black smoke over the city.

No one was hurt. Fire officials said the cause was under investigation.
"""),
C("C34", "Huge warehouse blaze lights up Savannah sky", "2026-06-10T22:30:00-04:00", "Savannah 3 News", """
SAVANNAH, Ga. - Firefighters from four departments battled a huge blaze at a furniture warehouse near the port on Wednesday.

The roof collapsed within an hour. Nearby businesses were evacuated as a precaution.
"""),
C("C35", "Three arrested in Macon car theft ring", "2026-06-12T11:00:00-04:00", "Middle Georgia Observer", """
MACON, Ga. - Bibb County deputies arrested three men on Thursday who they say stole more than 40 cars from dealerships in Middle Georgia.

Deputies recovered 11 vehicles at a rented garage in east Macon.
"""),
C("C36", "Man stabbed at downtown Atlanta bus stop", "2026-06-13T08:00:00-04:00", "Atlanta Ledger", """
ATLANTA - A man was stabbed at a bus stop on Peachtree Street downtown on Friday afternoon, police said.

The 50-year-old was taken to Grady with wounds to his arm. Police said a man who had been asking people for money attacked him.
"""),
C("C37", "Two killed in Loop 10 crash in Athens", "2026-06-07T08:30:00-04:00", "Classic City Courier", """
ATHENS, Ga. - Two people were killed when a car crossed the median on the Athens Perimeter, Loop 10, and hit a pickup truck on Saturday night, police said.

The driver of the pickup was injured. Police said speed appeared to be a factor.
"""),
C("C37", "Athens crash victims identified", "2026-06-07T16:00:00-04:00", "Northeast Georgia Now", """
ATHENS, Ga. - Police on Sunday identified the two people killed in Saturday's crash on Loop 10 as a 21-year-old man and a 20-year-old woman from Watkinsville.

The eastbound lanes were closed for five hours.
"""),
C("C38", "Man wounded at Augusta park", "2026-06-14T08:20:00-04:00", "WAUG 12", """
AUGUSTA, Ga. - A man was shot and wounded at a park in west Augusta on Saturday afternoon, the Richmond County Sheriff's Office said.

Deputies said the 24-year-old was shot after an argument on a basketball court. It was not related to last week's nightclub shooting, the sheriff said.
"""),
C("C39", "Man wounded in Parsons Avenue shooting", "2026-06-13T08:00:00-04:00", "Buckeye Dispatch", """
COLUMBUS, Ohio - A man was shot and wounded on Parsons Avenue on the south side of Columbus on Friday night, Columbus police said.

The 40-year-old was taken to Grant Medical Center in stable condition. Police have no suspects.
"""),
C("C40", "Police chase ends in crash on Moreland Avenue", "2026-06-09T22:00:00-04:00", "Peachtree 7 News", """
ATLANTA - A police chase that began in DeKalb County ended when a stolen car crashed into a utility pole on Moreland Avenue on Tuesday evening, police said.

The driver, 19, was arrested. No one else was hurt.
"""),
C("C40", "Teen arrested after stolen car crashes into pole", "2026-06-10T09:00:00-04:00", "Atlanta Ledger", """
ATLANTA - A 19-year-old was arrested after crashing a stolen car into a utility pole on Moreland Avenue during a police chase on Tuesday.

Power was cut to about 300 homes for several hours.
"""),
C("C41", "Man shot at bus stop on Donald Lee Hollowell Parkway", "2026-06-12T07:40:00-04:00", "Peachtree 7 News", """
ATLANTA - A man waiting at a bus stop on Donald Lee Hollowell Parkway was shot and wounded on Thursday evening, Atlanta police said.

The 58-year-old was hit in the hip. Police said a man on a bicycle fired several shots and rode away.
"""),
C("C41", "Bus stop shooting on Hollowell Parkway, second on the road in a week", "2026-06-12T13:20:00-04:00", "Atlanta Ledger", """
ATLANTA - A 58-year-old man was wounded at a bus stop on Donald Lee Hollowell Parkway on Thursday, a week after two men were hurt in a drive-by at an apartment complex on the same road.

Police said there was no evidence the shootings were linked. The victim was in stable condition.
"""),
C("C42", "Woman wounded on Abercorn Street", "2026-06-13T09:30:00-04:00", "Coastal Empire Post", """
SAVANNAH, Ga. - A 31-year-old woman was shot and wounded while sitting in her car on Abercorn Street on Friday night, Savannah police said.

She was taken to Memorial Health. Police said they had no suspects.
"""),
C("C43", "Man shot in Washington, Ga.", "2026-06-10T08:00:00-04:00", "Georgia Wire", """
WASHINGTON, Ga. - A man was shot and seriously wounded outside a store in the town of Washington in Wilkes County on Tuesday night, the Wilkes County Sheriff's Office said.

The sheriff said the Georgia Bureau of Investigation had been asked to help with the case.
"""),
C("C43", "Wilkes County sheriff: suspect sought in Washington shooting", "2026-06-10T15:00:00-04:00", "Garden City Gazette", """
WASHINGTON, Ga. - The Wilkes County sheriff said on Wednesday that deputies were looking for a 30-year-old man in connection with a shooting outside a store in Washington on Tuesday.

The victim was flown to a hospital in Augusta.
"""),
C("C44", "Man wounded in shooting on Baxter Street in Athens", "2026-06-13T10:00:00-04:00", "Classic City Courier", """
ATHENS, Ga. - A 20-year-old man was shot and wounded in the parking lot of an apartment complex on Baxter Street on Friday night, Athens-Clarke County police said.

It was the second shooting in Athens this week, after a store clerk was shot during a robbery on Prince Avenue on Monday.
"""),
]
