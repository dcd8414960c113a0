# Conflict articles written for truce (fictional incidents, real places). Append only: order gives ids.
from build_articles import A, E

ARTICLES = [
A("Drone strike hits fuel depot in Port Sudan", "2026-02-11T09:20:00+02:00", "Nile Wire", "conflict", """
PORT SUDAN, Feb 11 (Nile Wire) - A drone struck a fuel depot near the port of Port Sudan before dawn on Wednesday, setting off a fire that burned for several hours, port officials said.

The army blamed the Rapid Support Forces for the attack, the third on the Red Sea city this year. The RSF did not comment.

No casualties were reported, but the authorities closed the road to the port and fishing boats were told to stay away from the area.

Port Sudan has been the seat of the army-aligned government since fighting broke out in Khartoum in 2023.
""", [E("ASSAULT", "drone", "Rapid Support Forces", "a fuel depot", "Port Sudan", "SDN", "2026-02-11")]),

A("Army says it retook villages south of El Obeid", "2026-02-14T16:05:00+02:00", "Nile Wire", "conflict", """
KHARTOUM, Feb 14 (Nile Wire) - The Sudanese army said on Saturday that it had recaptured four villages south of El Obeid from the Rapid Support Forces after two days of fighting.

An army statement said dozens of RSF fighters were killed and that troops had seized armoured vehicles and ammunition. The RSF said it had withdrawn from the villages "for tactical reasons".

Residents who fled to El Obeid said shells had hit homes in the villages during the fighting.

The claims could not be independently verified.
""", [E("COERCE", "seize", "The Sudanese army", "four villages south of El Obeid", "El Obeid", "SDN", "2026-02-14"),
      E("ASSAULT", "heavy-weapons", None, "homes in the villages", "El Obeid", "SDN", "2026-02-13"),
      E("RETREAT", "withdraw", "the Rapid Support Forces", "the villages", "El Obeid", "SDN", "2026-02-14")]),

A("JNIM fighters attack army post in central Mali", "2025-11-03T10:40:00+00:00", "Sahara Press", "conflict", """
BAMAKO, Nov 3 (Sahara Press) - Fighters of the al Qaeda-linked JNIM group attacked an army post near Boni in central Mali on Sunday, killing at least six soldiers, two security sources said.

The attackers, who arrived on motorcycles, set fire to two vehicles and took weapons before withdrawing, one of the sources said.

The army said in a statement that it had "repelled a terrorist attack" and that its aircraft had pursued the assailants, killing several of them.

Boni lies on the main road between Mopti and Gao, about 600 km from the capital.
""", [E("ASSAULT", "firearms", "Fighters of the al Qaeda-linked JNIM group", "an army post", "Boni", "MLI", "2025-11-02"),
      E("COERCE", "seize", "The attackers", "weapons", "Boni", "MLI", "2025-11-02"),
      E("ASSAULT", "aerial", "its aircraft", "the assailants", "Boni", "MLI", "2025-11-02")]),

A("Mali: JNIM attack on army post near Boni", "2025-11-04T00:00:00+00:00", "Conflict Notes", "conflict", """
On 2 November 2025, JNIM militants attacked a Malian Armed Forces (FAMa) post near Boni (Douentza, Mopti). At least 6 soldiers were killed. The militants burned 2 vehicles and seized weapons before withdrawing.

FAMa aircraft carried out strikes against the withdrawing militants in the same area the same day; several militants reportedly killed. Fatalities coded: 6 (attack), 3 (air strikes, estimate).
""", [E("ASSAULT", "firearms", "JNIM militants", "a Malian Armed Forces (FAMa) post", "Boni", "MLI", "2025-11-02"),
      E("COERCE", "seize", "The militants", "weapons", "Boni", "MLI", "2025-11-02"),
      E("ASSAULT", "aerial", "FAMa aircraft", "the withdrawing militants", "Boni", "MLI", "2025-11-02")]),

A("Al-Shabaab car bomb kills 9 at Mogadishu checkpoint", "2026-01-19T13:15:00+03:00", "Horn Dispatch", "conflict", """
MOGADISHU, Jan 19 (Horn Dispatch) - A car bomb exploded at a security checkpoint near the Mogadishu airport road on Monday, killing at least nine people including four soldiers, police said.

Al-Shabaab claimed responsibility in a statement on a website linked to the group, saying it had targeted "apostate forces".

Police spokesman Abdifatah Warsame said the vehicle had been stopped for inspection when it blew up. Ambulances carried more than 20 wounded to hospitals.

The militant group, which has fought the government for nearly two decades, frequently attacks targets in the capital.
""", [E("ASSAULT", "explosives", "Al-Shabaab", "a security checkpoint", "Mogadishu", "SOM", "2026-01-19")]),

A("Somalia: al-Shabaab kills 9 in car bombing at Mogadishu checkpoint", "2026-01-20T00:00:00+00:00", "Conflict Notes", "conflict", """
On 19 January 2026, an al-Shabaab suicide car bomb detonated at a security checkpoint on the airport road in Mogadishu (Banadir). 9 killed, including 4 SNA soldiers; 20+ wounded. Al-Shabaab claimed the attack.

Note: same event reported by several outlets with tolls from 7 to 11; lowest confirmed figure used.
""", [E("ASSAULT", "suicide-attack", "al-Shabaab", "a security checkpoint", "Mogadishu", "SOM", "2026-01-19")]),

A("Nigerian troops free 23 abducted villagers in Zamfara", "2026-03-02T11:00:00+01:00", "Lagos Ledger", "conflict", """
ABUJA, March 2 (Lagos Ledger) - Nigerian troops rescued 23 villagers abducted by bandits in Zamfara state after a gun battle in a forest near Tsafe, the army said on Monday.

The villagers, including 11 women, had been taken from their homes in a night raid on Feb. 24, residents said. The bandits had demanded a ransom of 50 million naira.

Army spokesman Maj. Gen. Yakubu Danladi said several bandits were killed in the operation and that troops recovered three AK-47 rifles.

Kidnapping for ransom has become a lucrative business for armed gangs in northwest Nigeria.
""", [E("ASSAULT", "firearms", "Nigerian troops", "bandits", "Tsafe", "NGA", "2026-03-01"),
      E("ASSAULT", "abduct", "bandits", "23 villagers", "Tsafe", "NGA", "2026-02-24"),
      E("COERCE", "seize", "troops", "three AK-47 rifles", "Tsafe", "NGA", "2026-03-01")]),

A("Boko Haram fighters raid Borno town, burn homes", "2025-09-22T08:30:00+01:00", "Lagos Ledger", "conflict", """
MAIDUGURI, Sept 22 (Lagos Ledger) - Boko Haram fighters raided the town of Damboa in Borno state late on Sunday, burning dozens of homes and a market before soldiers drove them out, residents said.

"They came in trucks, shooting in the air, and set fire to everything," said Modu Ali, a trader who fled to Maiduguri.

The army said it had killed 15 insurgents and lost two soldiers. A local official said at least seven civilians were killed.

Damboa, about 85 km south of Maiduguri, has been attacked repeatedly since 2014.
""", [E("ASSAULT", "destroy", "Boko Haram fighters", "dozens of homes and a market", "Damboa", "NGA", "2025-09-21"),
      E("ASSAULT", "firearms", "soldiers", "Boko Haram fighters", "Damboa", "NGA", "2025-09-21")]),

A("M23 rebels seize town in Walikale territory", "2025-12-08T17:45:00+02:00", "Great Lakes Wire", "conflict", """
GOMA, Dec 8 (Great Lakes Wire) - M23 rebels took control of the town of Walikale on Monday after government troops and allied militias pulled out, residents and a local official said.

The rebels entered the town shortly after noon without a fight, a resident said, after a night of shelling on its outskirts.

The army said its forces had "repositioned" to avoid civilian casualties. M23 said it had moved into Walikale "to protect the population".

The town lies on the main road between Goma and Kisangani and near one of the country's largest tin mines.
""", [E("COERCE", "seize", "M23 rebels", "the town of Walikale", "Walikale", "COD", "2025-12-08"),
      E("RETREAT", "withdraw", "government troops and allied militias", "Walikale", "Walikale", "COD", "2025-12-08"),
      E("ASSAULT", "heavy-weapons", None, "its outskirts", "Walikale", "COD", "2025-12-07")]),

A("Congo: M23 takes Walikale", "2025-12-09T00:00:00+00:00", "Conflict Notes", "conflict", """
On 8 December 2025, M23 took control of Walikale town (Walikale, Nord-Kivu) after FARDC and Wazalendo withdrew. No clashes reported on entry; shelling of the outskirts reported on the night of 7 December.

Non-violent transfer of territory coded for 8 December; shelling coded separately (0 fatalities reported).
""", [E("COERCE", "seize", "M23", "Walikale town", "Walikale", "COD", "2025-12-08"),
      E("RETREAT", "withdraw", "FARDC and Wazalendo", "Walikale town", "Walikale", "COD", "2025-12-08"),
      E("ASSAULT", "heavy-weapons", None, "the outskirts", "Walikale", "COD", "2025-12-07")]),

A("Myanmar junta air strike kills 20 in Sagaing village, residents say", "2026-04-06T15:00:00+06:30", "Pacific Newswire", "conflict", """
BANGKOK, April 6 (Pacific Newswire) - A military air strike on a village in Myanmar's Sagaing region killed at least 20 people, including children, on Sunday, residents and a local resistance group said.

A jet dropped two bombs on a monastery where villagers had gathered for a religious ceremony, a resident said by phone.

The junta's information office did not respond to requests for comment. State media said the air force had struck "terrorist targets" in the area.

The military has increasingly relied on air power since losing ground to armed resistance groups.
""", [E("ASSAULT", "aerial", "A military air strike", "a monastery", "Sagaing region", "MMR", "2026-04-05")]),

A("Arakan Army says it captured border outpost", "2025-10-14T12:00:00+06:30", "Pacific Newswire", "conflict", """
YANGON, Oct 14 (Pacific Newswire) - The Arakan Army said on Tuesday that it had captured a military outpost near the border with Bangladesh after weeks of fighting in Rakhine state.

The ethnic armed group said it had taken 40 soldiers prisoner and seized weapons and ammunition. The junta did not comment.

Residents of nearby villages said fighting had been heavy in recent days and many had crossed into Bangladesh.

The group controls most of northern Rakhine after a series of offensives.
""", [E("COERCE", "seize", "The Arakan Army", "a military outpost", "Rakhine state", "MMR", "2025-10-14"),
      E("COERCE", "arrest", "The Arakan Army", "40 soldiers", "Rakhine state", "MMR", "2025-10-14")]),

A("Houthis claim missile attack on ship in Red Sea; vessel reports no damage", "2026-01-27T19:30:00+03:00", "Gulf Dispatch", "conflict", """
DUBAI, Jan 27 (Gulf Dispatch) - Yemen's Houthis said on Tuesday they had fired a ballistic missile at a cargo ship in the Red Sea, but the vessel's operator said it had not been hit and continued its voyage.

A Houthi military spokesman said the attack targeted a ship "linked to Israel". The operator said the ship had no links to Israel.

A British maritime security agency said it had received a report of an explosion in the water about two nautical miles from a vessel west of Hodeidah.

The group has attacked shipping in the area for more than two years.
""", [E("ASSAULT", "heavy-weapons", "Yemen's Houthis", "a cargo ship in the Red Sea", "Hodeidah", "YEM", "2026-01-27")]),

A("Government forces and Houthis clash near Marib; dozens killed", "2025-08-18T14:20:00+03:00", "Gulf Dispatch", "conflict", """
ADEN, Aug 18 (Gulf Dispatch) - Clashes between Yemeni government forces and Houthi fighters on the southern edge of Marib province have killed at least 30 fighters on both sides since Saturday, military sources said.

The fighting began when the Houthis attacked government positions in the desert south of the city, the sources said. The Houthis said government forces had tried to advance on their lines.

Tribal mediators were trying to arrange an exchange of bodies, a tribal leader said.

The front lines around Marib have barely moved since a UN-brokered truce in 2022.
""", [E("ASSAULT", "firearms", "Yemeni government forces", "Houthi fighters", "Marib", "YEM", "2025-08-16")]),

A("Islamic State attack kills soldiers in Syrian desert", "2026-03-21T10:10:00+03:00", "Levant Wire", "conflict", """
BEIRUT, March 21 (Levant Wire) - Islamic State militants attacked an army checkpoint in the desert east of Homs on Friday, killing five soldiers, a war monitor and a military source said.

The militants fired rocket-propelled grenades at the checkpoint before fleeing towards the Badia desert, the monitor said.

Syrian security forces launched a search operation in the area, the military source added.

Although the group lost its last territory in Syria in 2019, its cells still stage ambushes in the desert.
""", [E("ASSAULT", "heavy-weapons", "Islamic State militants", "an army checkpoint", "Homs", "SYR", "2026-03-20")]),

A("Colombia: ELN blows up oil pipeline in Arauca", "2025-07-29T08:00:00-05:00", "Andes Post", "conflict", """
BOGOTA, July 29 (Andes Post) - Guerrillas of the National Liberation Army (ELN) blew up a section of the Cano Limon-Covenas oil pipeline in the northeastern province of Arauca on Monday night, the state oil company said.

Pumping was suspended and crews were working to contain a spill into a nearby river, the company said.

The defence ministry blamed the ELN, which has bombed the pipeline hundreds of times. The group did not claim the attack.

Peace talks between the government and the ELN were suspended earlier this year.
""", [E("ASSAULT", "explosives", "Guerrillas of the National Liberation Army (ELN)", "a section of the Cano Limon-Covenas oil pipeline", "Arauca", "COL", "2025-07-28")]),

A("Colombian army says it killed dissident commander in Cauca", "2026-05-04T18:40:00-05:00", "Andes Post", "conflict", """
POPAYAN, Colombia, May 4 (Andes Post) - The Colombian army said on Monday it had killed a commander of a FARC dissident faction in a bombing raid in the southwestern province of Cauca.

Defence Minister Camilo Restrepo Duarte said the commander, known by the alias "El Paisa Chico", was responsible for attacks on police stations and for recruiting minors.

The faction accused the army of killing civilians in the raid and said two teenagers were among the dead.

The government suspended a ceasefire with the faction last year after an attack on an indigenous community.
""", [E("ASSAULT", "aerial", "The Colombian army", "a commander of a FARC dissident faction", "Cauca", "COL", "2026-05-04"),
      E("ACCUSE", "allege", "The faction", "the army", "Cauca", "COL", "2026-05-04")]),

A("Pakistan: militants storm police station in Bannu", "2025-10-06T21:10:00+05:00", "Indus Wire", "conflict", """
PESHAWAR, Pakistan, Oct 6 (Indus Wire) - Militants stormed a police station in Bannu in northwest Pakistan on Monday night, killing four policemen before security forces regained control after a five-hour gun battle, officials said.

Seven attackers were killed, a police official said. The Pakistani Taliban claimed responsibility.

Residents said explosions and gunfire could be heard across the city, and schools were closed on Tuesday.

Attacks on police in Khyber Pakhtunkhwa province have risen sharply in the past two years.
""", [E("ASSAULT", "firearms", "Militants", "a police station", "Bannu", "PAK", "2025-10-06"),
      E("ASSAULT", "firearms", "security forces", "Militants", "Bannu", "PAK", "2025-10-06")]),

A("Pakistan denies Afghan claim of cross-border air strikes", "2026-02-03T12:30:00+05:00", "Indus Wire", "conflict", """
ISLAMABAD, Feb 3 (Indus Wire) - Pakistan on Tuesday denied carrying out air strikes inside Afghanistan, after the Taliban government accused it of bombing houses in Paktika province and killing civilians.

"Pakistan has not conducted any air operation across the border," a foreign ministry spokeswoman said.

The Taliban's spokesman said eight civilians were killed in the strikes late on Sunday and warned that Pakistan would "face consequences".

Relations between the neighbours have soured over militant attacks that Islamabad says are launched from Afghan soil.
""", [E("ASSAULT", "aerial", "Pakistan", "houses in Paktika province", "Paktika", "AFG", "2026-02-01", asserted=False),
      E("ACCUSE", "allege", "the Taliban government", "Pakistan", None, "AFG", "2026-02-02"),
      E("THREATEN", "violence", "The Taliban's spokesman", "Pakistan", None, "AFG", "2026-02-02")]),

A("Gunmen kill 12 in attack on village in Nigeria's Plateau state", "2026-04-15T09:00:00+01:00", "Lagos Ledger", "conflict", """
JOS, Nigeria, April 15 (Lagos Ledger) - Gunmen killed 12 people in an overnight attack on a farming village in Nigeria's central Plateau state, a local leader said on Wednesday.

The attackers arrived after midnight, shot residents as they fled and set fire to houses, said the leader of the community in Bokkos district.

Police said they had deployed officers to the area and were pursuing the attackers. No arrests were reported.

Plateau has seen repeated attacks linked to disputes between farmers and herders over land.
""", [E("ASSAULT", "firearms", "Gunmen", "a farming village", "Bokkos", "NGA", "2026-04-15"),
      E("MOBILIZE", "police", "Police", "the area", "Bokkos", "NGA", "2026-04-15")]),

A("South Sudan: clashes between army and SPLA-IO in Upper Nile", "2026-03-10T00:00:00+00:00", "Conflict Notes", "conflict", """
On 8 March 2026, SSPDF and SPLA-IO forces clashed near Nasir (Nasir, Upper Nile). Reports indicate at least 14 fatalities. The SSPDF subsequently conducted air strikes on SPLA-IO positions around Nasir on 9 March.

Local sources report civilian displacement towards Ethiopia. Fatalities for the air strikes not reported.
""", [E("ASSAULT", "firearms", "SSPDF and SPLA-IO forces", None, "Nasir", "SSD", "2026-03-08"),
      E("ASSAULT", "aerial", "The SSPDF", "SPLA-IO positions", "Nasir", "SSD", "2026-03-09")]),

A("Haiti: gangs burn homes in Mirebalais attack", "2026-01-06T14:00:00-05:00", "Caribbean Wire", "conflict", """
PORT-AU-PRINCE, Jan 6 (Caribbean Wire) - Gang members attacked the central Haitian town of Mirebalais on Monday, burning homes and the town's prison and freeing more than 200 inmates, local officials said.

Police and soldiers fought the gangs for several hours before retreating to the outskirts, a police union said.

The Viv Ansanm gang coalition claimed the attack in a video posted online.

Thousands of residents fled towards the border with the Dominican Republic, aid agencies said.
""", [E("ASSAULT", "destroy", "Gang members", "homes and the town's prison", "Mirebalais", "HTI", "2026-01-05"),
      E("ASSAULT", "firearms", "Police and soldiers", "the gangs", "Mirebalais", "HTI", "2026-01-05"),
      E("RETREAT", "withdraw", "Police and soldiers", "the outskirts", "Mirebalais", "HTI", "2026-01-05")]),

A("Ethiopian drone strike hits bus in Amhara, witnesses say", "2025-12-02T16:20:00+03:00", "Horn Dispatch", "conflict", """
NAIROBI, Dec 2 (Horn Dispatch) - A drone strike hit a bus near the town of Debre Markos in Ethiopia's Amhara region on Monday, killing at least 11 passengers, two witnesses and a health worker said.

The government did not comment. Federal forces have been fighting Fano militias in the region for more than two years.

A Fano commander said the bus was carrying civilians and that no fighters were on board.

Communications in parts of Amhara have been cut, making it difficult to verify reports.
""", [E("ASSAULT", "drone", None, "a bus", "Debre Markos", "ETH", "2025-12-01")]),

A("Ukraine says Russian missiles hit power plants in west", "2026-01-13T08:45:00+02:00", "Continental Wire", "conflict", """
KYIV, Jan 13 (Continental Wire) - Russian missiles and drones struck energy facilities in western Ukraine overnight, causing power cuts in the Lviv and Ivano-Frankivsk regions, Ukrainian officials said on Tuesday.

Ukraine's air force said it shot down 38 of 52 drones and 10 of 14 missiles launched by Russia.

Russia's defence ministry said it had struck "energy facilities used by the Ukrainian military-industrial complex".

Utilities said power would be restored within hours in most areas.
""", [E("ASSAULT", "aerial", "Russian missiles and drones", "energy facilities in western Ukraine", "Lviv region", "UKR", "2026-01-13"),
      E("ASSAULT", "aerial", "Ukraine's air force", "drones", None, "UKR", "2026-01-13")]),

A("Ukrainian drones hit Russian refinery, governor says", "2026-02-22T10:30:00+03:00", "Continental Wire", "conflict", """
MOSCOW, Feb 22 (Continental Wire) - Ukrainian drones struck an oil refinery in Russia's Volgograd region overnight, starting a fire that was later put out, the regional governor said on Sunday.

Russia's defence ministry said air defences had destroyed 41 Ukrainian drones over several regions.

Ukraine's general staff confirmed the strike, saying the refinery supplied fuel to the Russian army.

Kyiv has stepped up long-range attacks on Russian energy infrastructure.
""", [E("ASSAULT", "drone", "Ukrainian drones", "an oil refinery", "Volgograd", "RUS", "2026-02-22"),
      E("ASSAULT", "aerial", "air defences", "41 Ukrainian drones", None, "RUS", "2026-02-22")]),

A("Israeli strike kills two in southern Lebanon despite truce", "2026-03-05T17:00:00+02:00", "Levant Wire", "conflict", """
BEIRUT, March 5 (Levant Wire) - An Israeli drone strike on a car in southern Lebanon killed two people on Thursday, Lebanon's health ministry said, despite a ceasefire in place since late 2024.

The Israeli military said it had targeted a Hezbollah operative who was "rebuilding terrorist infrastructure" near the village of Bint Jbeil.

Hezbollah did not immediately comment. Lebanon's president condemned the strike as a violation of the truce.

Israel has kept up near-daily strikes in Lebanon, saying it is acting against Hezbollah's attempts to rearm.
""", [E("ASSAULT", "drone", "An Israeli drone strike", "a car", "Bint Jbeil", "LBN", "2026-03-05"),
      E("ACCUSE", "disapprove", "Lebanon's president", "the strike", None, "LBN", "2026-03-05")]),

A("Cameroon separatists kidnap teachers in North-West region", "2025-10-21T11:30:00+01:00", "Sahara Press", "conflict", """
YAOUNDE, Oct 21 (Sahara Press) - Suspected separatist fighters kidnapped four teachers from a school in Cameroon's North-West region on Monday, accusing them of defying a boycott of classes, a teachers' union said.

The gunmen stormed the school near Bamenda during morning lessons and took the teachers into the bush, the union said.

The army said it had launched a search operation. Separatists have enforced school boycotts in the Anglophone regions since 2017.
""", [E("ASSAULT", "abduct", "Suspected separatist fighters", "four teachers", "Bamenda", "CMR", "2025-10-20"),
      E("MOBILIZE", "troops", "The army", None, "Bamenda", "CMR", "2025-10-21")]),

A("Iraq: rocket fire targets base hosting US troops, no casualties", "2025-11-25T09:50:00+03:00", "Levant Wire", "conflict", """
BAGHDAD, Nov 25 (Levant Wire) - Two rockets were fired at the Ain al-Asad air base in western Iraq late on Monday, causing no casualties, Iraqi security officials said.

One rocket landed inside the base and the other fell outside the perimeter, the officials said. Security forces found the launcher in a truck several kilometres away.

No group claimed responsibility. Iran-aligned factions have attacked bases hosting US forces in the past.
""", [E("ASSAULT", "heavy-weapons", None, "the Ain al-Asad air base", "Ain al-Asad air base", "IRQ", "2025-11-24", lat=33.80, lon=42.44),
      E("COERCE", "seize", "Security forces", "the launcher", "Ain al-Asad air base", "IRQ", "2025-11-24", lat=33.80, lon=42.44)]),

A("Thousands flee as fighting spreads in Sudan's Kordofan, UN says", "2026-05-12T13:00:00+02:00", "Meridian Wire", "conflict", """
GENEVA, May 12 (Meridian Wire) - Fighting between the Sudanese army and the Rapid Support Forces around the city of Kadugli in South Kordofan has forced more than 30,000 people to flee in the past week, the UN migration agency said on Tuesday.

The agency said shelling had hit residential areas and that a hospital had been damaged. Both sides blamed each other for the shelling.

The RSF has been trying to take Kadugli, which is held by the army, since March.

Aid groups say access to the area is almost impossible because roads are cut.
""", [E("ASSAULT", "heavy-weapons", None, "residential areas", "Kadugli", "SDN", "2026-05-10"),
      E("ASSAULT", "firearms", "the Sudanese army", "the Rapid Support Forces", "Kadugli", "SDN", "2026-05-10")]),

A("Mozambique insurgents behead villagers in Cabo Delgado, police say", "2025-09-02T12:00:00+02:00", "Indian Ocean Wire", "conflict", """
MAPUTO, Sept 2 (Indian Ocean Wire) - Islamist insurgents killed five villagers, beheading three of them, in an attack on a village in Macomia district in Cabo Delgado province on Sunday, police said.

The attackers also burned about 30 houses and a chapel, a local official said.

Rwandan and Mozambican troops were sent to the area on Monday, the official said.

The insurgency, linked to Islamic State, began in 2017.
""", [E("ASSAULT", "primitive", "Islamist insurgents", "five villagers", "Macomia", "MOZ", "2025-08-31"),
      E("ASSAULT", "destroy", "The attackers", "about 30 houses and a chapel", "Macomia", "MOZ", "2025-08-31"),
      E("MOBILIZE", "troops", "Rwandan and Mozambican troops", "the area", "Macomia", "MOZ", "2025-09-01")]),

A("Burkina Faso: JNIM attack kills dozens of volunteers", "2026-04-28T00:00:00+00:00", "Conflict Notes", "conflict", """
On 26 April 2026, JNIM militants attacked a VDP (Volunteers for the Defence of the Homeland) base in Djibo (Soum, Sahel). Local sources report 30+ VDP killed. JNIM claimed the attack and published images of seized weapons.

On 27 April 2026, the Burkinabe army conducted drone strikes on JNIM positions near Djibo. Fatalities unknown.
""", [E("ASSAULT", "firearms", "JNIM militants", "a VDP (Volunteers for the Defence of the Homeland) base", "Djibo", "BFA", "2026-04-26"),
      E("COERCE", "seize", "JNIM", "weapons", "Djibo", "BFA", "2026-04-26"),
      E("ASSAULT", "drone", "the Burkinabe army", "JNIM positions", "Djibo", "BFA", "2026-04-27")]),

A("Philippine troops clash with NPA rebels in Samar", "2025-08-05T15:10:00+08:00", "Pacific Newswire", "conflict", """
MANILA, Aug 5 (Pacific Newswire) - Philippine soldiers clashed with communist New People's Army rebels in the mountains of Northern Samar on Tuesday, killing three guerrillas, the military said.

Troops seized rifles and explosives at the rebels' camp after the 40-minute gunfight, a military spokesman said. One soldier was wounded.

The NPA has waged an insurgency since 1969, though its numbers have dwindled.
""", [E("ASSAULT", "firearms", "Philippine soldiers", "communist New People's Army rebels", "Northern Samar", "PHL", "2025-08-05"),
      E("COERCE", "seize", "Troops", "rifles and explosives", "Northern Samar", "PHL", "2025-08-05")]),

A("Rebels say they will attack Bamenda if army does not withdraw", "2026-02-18T10:00:00+01:00", "Sahara Press", "conflict", """
YAOUNDE, Feb 18 (Sahara Press) - A separatist commander in Cameroon's North-West region threatened on Wednesday to attack the regional capital Bamenda unless the army pulled back from villages around the city.

In a video posted online, the commander said his fighters would "bring the war into the city" within a week.

The army dismissed the threat, saying its forces controlled all the roads into Bamenda. No fighting was reported in the city on Wednesday.
""", [E("THREATEN", "violence", "A separatist commander", "the regional capital Bamenda", "Bamenda", "CMR", "2026-02-18"),
      E("ASSAULT", None, "his fighters", "the city", "Bamenda", "CMR", None, asserted=False),
      E("REJECT", None, "The army", "the threat", "Bamenda", "CMR", "2026-02-18")]),

A("Sudan: army denies shelling camp near El Fasher", "2026-01-09T18:00:00+02:00", "Nile Wire", "conflict", """
PORT SUDAN, Jan 9 (Nile Wire) - The Sudanese army denied on Friday that it had shelled a camp for displaced people near El Fasher, after the Rapid Support Forces accused it of killing 14 civilians there.

"Our forces do not target civilians," an army spokesman said, accusing the RSF of staging the attack for propaganda.

A local aid volunteer said shells had fallen on the camp on Thursday morning but could not say who fired them.

The UN said it was "deeply alarmed" by reports of civilian deaths around El Fasher.
""", [E("ASSAULT", "heavy-weapons", None, "a camp for displaced people", "El Fasher", "SDN", "2026-01-08"),
      E("ACCUSE", "allege", "the Rapid Support Forces", "it", "El Fasher", "SDN", "2026-01-09"),
      E("ACCUSE", "allege", "an army spokesman", "the RSF", None, "SDN", "2026-01-09")]),

A("Roadside bomb kills soldiers in Balochistan", "2026-03-30T11:40:00+05:00", "Indus Wire", "conflict", """
QUETTA, Pakistan, March 30 (Indus Wire) - A roadside bomb struck a military vehicle in Pakistan's Balochistan province on Monday, killing four soldiers, the army's media wing said.

The bomb exploded as the vehicle passed through the Kech district, the army said, blaming "terrorists backed by a hostile country".

The separatist Balochistan Liberation Army claimed responsibility in a statement to the media.
""", [E("ASSAULT", "explosives", "The separatist Balochistan Liberation Army", "a military vehicle", "Kech district", "PAK", "2026-03-30")]),

A("Kenya: al-Shabaab suspected in attack on police near Somali border", "2025-11-12T13:00:00+03:00", "Horn Dispatch", "conflict", """
NAIROBI, Nov 12 (Horn Dispatch) - Suspected al-Shabaab militants ambushed a police patrol in Kenya's Mandera county near the Somali border on Wednesday, killing three officers, police said.

The attackers fired rocket-propelled grenades at the patrol's vehicle before fleeing across the border, a police report said.

Kenya deployed additional security forces to the area and closed a road to the border town of Elwak.
""", [E("ASSAULT", "heavy-weapons", "Suspected al-Shabaab militants", "a police patrol", "Mandera", "KEN", "2025-11-12"),
      E("MOBILIZE", "police", "Kenya", "the area", "Mandera", "KEN", "2025-11-12"),
      E("COERCE", "restrict", "Kenya", "a road to the border town of Elwak", "Elwak", "KEN", "2025-11-12")]),

A("Syria: unidentified drone strikes car in Idlib countryside", "2026-05-19T00:00:00+00:00", "Conflict Notes", "conflict", """
On 18 May 2026, an unidentified drone struck a car on the road between Sarmada and Dana (Harim, Idleb). 2 killed. Local sources suggest the occupants were members of a foreign fighters' group; no claim.

Actor coded as unidentified. Location coded to Sarmada.
""", [E("ASSAULT", "drone", "an unidentified drone", "a car", "Sarmada", "SYR", "2026-05-18")]),

A("Mali army and Russian instructors accused of killing civilians in Segou region", "2026-02-26T15:30:00+00:00", "Sahara Press", "conflict", """
DAKAR, Feb 26 (Sahara Press) - Human rights groups accused Malian soldiers and Russian military instructors on Thursday of executing at least 20 civilians during an operation in a village in the Segou region last week.

Survivors told researchers that soldiers rounded up men in the village market, blindfolded them and shot them on the edge of the village.

Mali's government did not respond to requests for comment. It has previously denied abuses and said its operations target terrorists.
""", [E("ACCUSE", "allege", "Human rights groups", "Malian soldiers and Russian military instructors", None, "MLI", "2026-02-26"),
      E("ASSAULT", "firearms", "soldiers", "men in the village market", "Segou region", "MLI", None),
      E("COERCE", "arrest", "soldiers", "men in the village market", "Segou region", "MLI", None)]),

A("Somali forces and clan militia retake town from al-Shabaab", "2025-10-02T17:20:00+03:00", "Horn Dispatch", "conflict", """
MOGADISHU, Oct 2 (Horn Dispatch) - Somali government forces backed by clan militias recaptured the town of Moqokori in the central Hiraan region from al-Shabaab on Thursday, officials said.

The militants withdrew after a short battle, the regional governor said, adding that they had planted mines on roads around the town.

African Union troops provided air support, he said.

Al-Shabaab retook several towns in Hiraan last year after a government offensive stalled.
""", [E("COERCE", "seize", "Somali government forces backed by clan militias", "the town of Moqokori", "Moqokori", "SOM", "2025-10-02"),
      E("RETREAT", "withdraw", "The militants", "the town", "Moqokori", "SOM", "2025-10-02"),
      E("ASSAULT", "explosives", "they", "roads around the town", "Moqokori", "SOM", None)]),

A("Attack on Kashmir bus kills pilgrims", "2025-06-10T19:00:00+05:30", "Indus Wire", "conflict", """
SRINAGAR, India, June 10 (Indus Wire) - Gunmen opened fire on a bus carrying Hindu pilgrims in Indian-administered Kashmir on Tuesday, causing it to plunge into a gorge and killing at least nine people, police said.

The attack took place near Reasi as the bus travelled to a shrine. Police said they were searching for three attackers.

India blamed militants backed by Pakistan. Islamabad rejected the accusation and condemned the attack.
""", [E("ASSAULT", "firearms", "Gunmen", "a bus carrying Hindu pilgrims", "Reasi", "IND", "2025-06-10"),
      E("ACCUSE", "allege", "India", "militants backed by Pakistan", None, "IND", "2025-06-10"),
      E("REJECT", None, "Islamabad", "the accusation", None, "PAK", "2025-06-10")]),

A("Mexico: cartel gunmen ambush soldiers in Michoacan", "2026-01-23T20:00:00-06:00", "Rio Grande Wire", "conflict", """
MEXICO CITY, Jan 23 (Rio Grande Wire) - Cartel gunmen ambushed an army convoy in the western state of Michoacan on Friday, killing four soldiers, the defence ministry said.

The attackers used an explosive device buried in the road before opening fire, the ministry said. Two attackers were arrested.

Violence between rival cartels and security forces has displaced thousands of people in the region.
""", [E("ASSAULT", "explosives", "Cartel gunmen", "an army convoy", "Michoacan", "MEX", "2026-01-23"),
      E("COERCE", "arrest", None, "Two attackers", "Michoacan", "MEX", "2026-01-23")]),

A("Dateline Nairobi: Somali officials say US strike killed al-Shabaab commanders", "2026-03-14T10:00:00+03:00", "Horn Dispatch", "conflict", """
NAIROBI, March 14 (Horn Dispatch) - A US air strike killed three senior al-Shabaab commanders near the town of Jilib in southern Somalia on Friday, Somali officials said.

The US Africa Command said it had carried out a strike "in coordination with the federal government of Somalia" but gave no details of casualties.

Residents of Jilib said the strike hit a house on the edge of the town where fighters often met.
""", [E("ASSAULT", "aerial", "A US air strike", "three senior al-Shabaab commanders", "Jilib", "SOM", "2026-03-13")]),

A("Nigeria: military accused of air strike on village in Sokoto", "2025-12-27T15:00:00+01:00", "Lagos Ledger", "conflict", """
SOKOTO, Nigeria, Dec 27 (Lagos Ledger) - Residents of a village in Nigeria's Sokoto state said a military aircraft bombed their community on Christmas Day, killing 10 people, in what they said was a mistaken strike.

The air force said it had targeted a camp of the Lakurawa armed group in the area and that it was investigating reports of civilian casualties.

Amnesty International called for an independent inquiry.
""", [E("ASSAULT", "aerial", "a military aircraft", "their community", "Sokoto state", "NGA", "2025-12-25"),
      E("ACCUSE", "investigate", "The air force", "reports of civilian casualties", "Sokoto state", "NGA", "2025-12-27"),
      E("REQUEST", None, "Amnesty International", "an independent inquiry", None, "NGA", "2025-12-27")]),
]
