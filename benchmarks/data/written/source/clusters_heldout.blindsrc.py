"""The lead's held-out incident stream (written 2026-12-03 before truce was run on it): conflict
reports about 16 incidents in 10 countries, with copies, follow-ups, other outlets' wording, region
versus town, and tempting merges (same day, same mode, same actor, other town). Builds
benchmarks/data/written/clusters_heldout_blind.jsonl. Fictional: every outlet, person and incident is
invented; places, armies and armed groups are real only as setting."""

import json
import sys

A = [
 # H01 ISWAP attack on base at Malam Fatori (Borno), Tue 8 Sep 2026
 ("H01", "Militants attack army base in northeast Nigeria", "MAIDUGURI, Nigeria (Sahel Wire) - Islamic State West Africa Province fighters attacked a military base in Malam Fatori in Borno state on Tuesday evening, killing at least seven soldiers, two security sources said.\n\nThe militants arrived in gun trucks and burned several buildings before troops pushed them back, the sources said.", "2026-09-08T21:30:00+01:00", "Sahel Wire"),
 ("H01", "Death toll in Malam Fatori base attack rises to 12", "The number of soldiers killed in Tuesday's assault on the army base in Malam Fatori has risen to 12, a military officer told the Borno Chronicle on Wednesday.\n\nISWAP claimed the attack in a statement on its channels. The officer said five wounded soldiers were flown to Maiduguri.", "2026-09-09T15:10:00+01:00", "Borno Chronicle"),
 ("H01", "Militants attack army base in northeast Nigeria", "MAIDUGURI, Nigeria (Sahel Wire) - Islamic State West Africa Province fighters attacked a military base in Malam Fatori in Borno state on Tuesday evening, killing at least seven soldiers, two security sources said.\n\nThe militants arrived in gun trucks and burned several buildings before troops pushed them back, the sources said.", "2026-09-11T08:00:00+01:00", "NaijaDaily Hub"),
 # H02 gunmen attack on farmers near Monguno, same day
 ("H02", "Gunmen kill farmers near Monguno", "Gunmen killed four farmers working their fields outside Monguno in Borno state on Tuesday, a local vigilante leader said.\n\nThe attackers fled towards the Lake Chad shore, he said.", "2026-09-08T18:00:00+01:00", "Borno Chronicle"),
 ("H02", "Four farmers killed outside Monguno", "Four farmers were shot dead on their farms on the outskirts of Monguno on Tuesday afternoon, residents said. It was not clear who carried out the killings.", "2026-09-09T09:20:00+01:00", "Lake Chad Voice"),
 # H03 Al-Shabaab mortars on Halane compound, Wed 9 Sep
 ("H03", "Mortars hit near Mogadishu airport compound", "MOGADISHU (Horn Dispatch) - Several mortar shells landed inside the Halane compound near Mogadishu's airport on Wednesday, wounding three contractors, a security official said.\n\nAl-Shabaab said its fighters had shelled the compound.", "2026-09-09T13:45:00+03:00", "Horn Dispatch"),
 ("H03", "Al-Shabaab fires rockets at Halane base", "Al-Shabaab militants fired rockets at the heavily guarded Halane base camp in Mogadishu on Wednesday, police said. Three foreign workers were hurt.", "2026-09-09T17:05:00+03:00", "Mogadishu Star"),
 # H04 car bomb at Afgoye checkpoint, Sat 12 Sep
 ("H04", "Car bomb kills six at checkpoint in Afgoye", "A car bomb exploded at a checkpoint at the entrance of Afgoye, west of Mogadishu, on Saturday morning, killing six people including four soldiers, a district official said.", "2026-09-12T11:00:00+03:00", "Horn Dispatch"),
 ("H04", "Suicide car bombing in Afgoye", "AFGOYE, Somalia - A suicide bomber drove an explosives-laden vehicle into a military checkpoint in Afgoye on Saturday. Witnesses said at least six people died. Al-Shabaab claimed responsibility.", "2026-09-12T16:40:00+03:00", "Mogadishu Star"),
 # H05 ADF massacre at Mamove (Beni territory), Thu 10 Sep; follow-up a week later
 ("H05", "ADF rebels kill 18 villagers near Beni", "BENI, DR Congo (Great Lakes Wire) - Rebels of the Allied Democratic Forces killed at least 18 civilians with machetes and guns in the village of Mamove, in Beni territory, on Thursday night, the local administrator said.", "2026-09-11T10:00:00+02:00", "Great Lakes Wire"),
 ("H05", "Mamove: civil society counts 22 dead", "Civil society leaders in Beni territory said on Saturday that 22 people had been killed in Thursday's ADF attack on Mamove, and that several residents were still missing.", "2026-09-12T12:30:00+02:00", "Radio Kivu Libre"),
 ("H05", "Mamove buries its dead a week after massacre", "Residents of Mamove buried 22 victims on Thursday, a week after the attack by ADF rebels on their village. The army said it had launched operations against the group in the forest nearby.", "2026-09-17T15:00:00+02:00", "Radio Kivu Libre"),
 # H06 CODECO attack on displacement camp in Djugu (Ituri), Fri 11 Sep
 ("H06", "Militia attacks displacement camp in Ituri", "BUNIA, DR Congo - CODECO militiamen attacked a camp for displaced people at Lala in Djugu territory on Friday, killing nine people and burning shelters, a camp official said.", "2026-09-12T08:00:00+02:00", "Great Lakes Wire"),
 ("H06", "Nine killed in Lala camp attack", "Nine displaced people were killed when CODECO fighters raided the Lala site in Djugu on Friday, the UN mission said, condemning the attack.", "2026-09-12T19:00:00+02:00", "Ituri Today"),
 # H07 Russian drone strike on Odesa port, night 13-14 Sep
 ("H07", "Drones strike Odesa port overnight", "KYIV (Euro Desk) - Russian drones struck port infrastructure in Odesa overnight, setting a grain warehouse on fire and injuring two workers, the regional governor said on Monday.", "2026-09-14T07:30:00+03:00", "Euro Desk"),
 ("H07", "Odesa port warehouse burns after drone attack", "A grain warehouse at Odesa's port burned for hours after a Russian drone attack in the early hours of Monday. Two port workers were hurt, officials said.", "2026-09-14T10:15:00+03:00", "Black Sea Post"),
 ("H07", "Ukraine says it downed 30 drones overnight", "Ukraine's air force said it shot down 30 of 41 drones launched by Russia overnight. Drones that got through hit port facilities in Odesa, where a warehouse caught fire.", "2026-09-14T09:00:00+03:00", "Kyiv Bulletin"),
 # H08 Russian missile strike on Kharkiv apartment block, Mon 14 Sep
 ("H08", "Missile hits Kharkiv apartment block, killing four", "A Russian missile hit a nine-storey apartment building in Kharkiv on Monday afternoon, killing four residents and wounding 15, the city's mayor said.", "2026-09-14T16:20:00+03:00", "Euro Desk"),
 ("H08", "Kharkiv strike toll rises to six", "The death toll from Monday's missile strike on a residential building in Kharkiv rose to six on Tuesday as rescuers pulled two more bodies from the rubble.", "2026-09-15T11:00:00+03:00", "Kyiv Bulletin"),
 # H09 dissident attack on police station in Suarez (Cauca), Tue 15 Sep
 ("H09", "Dissidents attack police station in Cauca", "POPAYAN, Colombia - FARC dissidents attacked the police station in Suarez, in Cauca department, with rifles and explosives on Tuesday, wounding two officers, the governor's office said.", "2026-09-15T20:00:00-05:00", "Andes Press"),
 ("H09", "Explosive drone used against Suarez police post", "Police in Suarez said an explosive-laden drone was dropped on their station during Tuesday's attack by armed dissidents. Two officers were hurt.", "2026-09-16T09:30:00-05:00", "Cauca al Dia"),
 # H10 militants attack checkpost in Mir Ali (North Waziristan), Wed 16 Sep
 ("H10", "Soldiers killed in attack on checkpost in North Waziristan", "PESHAWAR (Indus Wire) - Militants attacked a security checkpost in North Waziristan district on Wednesday, killing three soldiers, the military's media wing said.", "2026-09-16T22:00:00+05:00", "Indus Wire"),
 ("H10", "Mir Ali checkpost attacked", "Three soldiers died when militants stormed a checkpost near Mir Ali late on Wednesday, local officials said. Four attackers were killed in the exchange of fire.", "2026-09-17T08:45:00+05:00", "Frontier Times"),
 # H11 junta air strike on village school in Sagaing, Thu 17 Sep; recall a week later
 ("H11", "Air strike hits village school in Sagaing", "A military air strike hit a school in the village of Let Yet Kone in Sagaing region on Thursday, killing seven children, a teacher and a local resistance group said.", "2026-09-18T09:00:00+06:30", "Irrawaddy Line"),
 ("H11", "UN condemns strike on Sagaing school", "The United Nations on Friday condemned Thursday's air strike on a village school in Sagaing region that killed seven children and called on the military to stop attacks on civilians.", "2026-09-18T20:00:00+06:30", "Asia Desk"),
 # H12 RSF shelling of Abu Shouk camp near El Fasher, Fri 18 Sep
 ("H12", "Shelling kills 11 in Abu Shouk camp", "EL FASHER, Sudan - Rapid Support Forces shelling killed 11 people in the Abu Shouk camp for displaced people north of El Fasher on Friday, a local emergency room said.", "2026-09-18T19:30:00+02:00", "Nile Wire"),
 ("H12", "RSF denies shelling Abu Shouk", "The RSF denied on Saturday that its forces had shelled Abu Shouk camp, saying army artillery was responsible. Medics in the camp said 14 people had died.", "2026-09-19T12:00:00+02:00", "Darfur Monitor"),
 # H13 ambush in northern Burkina Faso (country level) / near Djibo, Sat 19 Sep
 ("H13", "Soldiers killed in ambush in northern Burkina Faso", "OUAGADOUGOU (Sahel Wire) - Suspected jihadists killed at least 15 soldiers in an ambush in northern Burkina Faso on Saturday, security sources said.", "2026-09-19T21:00:00+00:00", "Sahel Wire"),
 ("H13", "Army convoy ambushed near Djibo", "A military supply convoy was ambushed near Djibo in Soum province on Saturday, with at least 15 soldiers killed, a security source told the Burkina Observer.", "2026-09-20T10:00:00+00:00", "Burkina Observer"),
 # H14 peaceful protest in Bamako, Sat 12 Sep
 ("H14", "Hundreds march in Bamako over power cuts", "Hundreds of people marched in Bamako on Saturday to protest against power cuts that have lasted up to 20 hours a day.", "2026-09-12T18:00:00+00:00", "Mali Express"),
 # H15 police arrest protesters in Nairobi, Tue 15 Sep
 ("H15", "Police arrest dozens at Nairobi fuel protest", "NAIROBI (East Africa Desk) - Police arrested at least 40 people and fired tear gas at protesters in central Nairobi on Tuesday during demonstrations against fuel taxes.", "2026-09-15T17:00:00+03:00", "East Africa Desk"),
 ("H15", "Tear gas in Nairobi CBD as fuel protests spread", "Police lobbed tear gas canisters at demonstrators in Nairobi's central business district on Tuesday and detained dozens, witnesses said.", "2026-09-15T19:40:00+03:00", "Nairobi Now"),
 # H16 Houthi drone attack on a merchant ship in the Red Sea, Sun 20 Sep
 ("H16", "Houthis claim drone attack on ship in Red Sea", "SANAA - Yemen's Houthis said on Sunday they had attacked a merchant ship in the Red Sea with drones. A maritime security agency said a vessel reported an explosion nearby 70 nautical miles west of Hodeidah.", "2026-09-20T15:00:00+03:00", "Gulf Wire"),
 ("H16", "Vessel reports blast off Hodeidah", "A merchant vessel reported an explosion in the water close to the ship about 70 nautical miles west of Hodeidah on Sunday, the maritime agency said. The crew were safe.", "2026-09-20T12:00:00+03:00", "Maritime Bulletin"),
]

with open(sys.argv[1], "w", encoding="utf-8") as fh:
    seen = {}
    for inc, title, text, published, source in A:
        seen[inc] = seen.get(inc, 0) + 1
        gid = f"wh-{inc}"
        row = {"id": f"wh-{inc}-{seen[inc]}", "title": title, "text": text, "published": published,
               "source": source, "incident": gid, "group": gid}
        fh.write(json.dumps(row) + "\n")
print(len(A), len(seen))
