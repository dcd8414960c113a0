"""The lead's held-out sentence set (written 2026-12-03 before truce was run on it). Builds
benchmarks/data/written/sentences_heldout_blind.jsonl."""
import json
import sys

Q = {"01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3, "11": 3,
     "12": 3, "13": 3, "16": 3, "14": 4, "15": 4, "17": 4, "18": 4, "19": 4, "20": 4}
ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
        "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
        "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "19"}
A18 = {"abduct", "beat", "torture", "sexual", "targeted", "primitive", "explosives", "suicide-attack"}

# (text, domain, event, mode, asserted, actor, recipient, tags[, root override])
S = [
 # --- wire news, conflict
 ("Government troops shelled rebel positions outside Marib overnight, residents said.", "conflict", "ASSAULT", "heavy-weapons", True, "Government troops", "rebel positions", ["reported-claim"]),
 ("Gunmen on motorbikes killed at least nine villagers in an attack on Kadisso in Niger's Tillaberi region on Sunday.", "conflict", "ASSAULT", "firearms", True, "Gunmen on motorbikes", "villagers", []),
 ("A car bomb exploded near a police checkpoint in southern Mogadishu, wounding four officers.", "conflict", "ASSAULT", "explosives", True, None, "a police checkpoint", []),
 ("Israeli aircraft struck what the military described as a weapons depot in southern Lebanon.", "conflict", "ASSAULT", "aerial", True, "Israeli aircraft", "a weapons depot", []),
 ("Ukrainian drones hit an oil depot in Russia's Bryansk region early on Tuesday, the regional governor said.", "conflict", "ASSAULT", "drone", True, "Ukrainian drones", "an oil depot", ["reported-claim"]),
 ("Al-Shabaab fighters overran a military base in Middle Shabelle after a three-hour battle.", "conflict", "ASSAULT", "firearms", True, "Al-Shabaab fighters", "a military base", []),
 ("Militants abducted 14 passengers from a bus on the road between Zamfara and Sokoto.", "conflict", "ASSAULT", "abduct", True, "Militants", "14 passengers", []),
 ("Soldiers set fire to dozens of homes in the village of Kyauk Taw, according to witnesses.", "conflict", "ASSAULT", "destroy", True, "Soldiers", "dozens of homes", ["reported-claim"]),
 ("The army denied that its units had fired on protesters in the capital.", "conflict", "ASSAULT", "crowd-control", False, "its units", "protesters", ["denied"], "01"),
 ("Rebels said they were preparing a fresh offensive on the town of Kalehe.", "conflict", "ASSAULT", None, False, "Rebels", "the town of Kalehe", ["planned"], None),
 ("No casualties were reported after a rocket landed in an empty field near Sderot.", "conflict", "ASSAULT", "heavy-weapons", True, None, None, []),
 ("Police used tear gas and water cannon to disperse thousands of demonstrators in Nairobi.", "protest", "ASSAULT", "crowd-control", True, "Police", "thousands of demonstrators", [], "17"),
 ("Security forces detained an opposition lawmaker at his home in Kampala before dawn.", "politics", "COERCE", "arrest", True, "Security forces", "an opposition lawmaker", []),
 ("The junta imposed a night-time curfew across Niamey after the unrest.", "politics", "COERCE", "curfew", True, "The junta", None, []),
 ("Authorities blocked access to social media platforms ahead of the vote.", "politics", "COERCE", "censor", True, "Authorities", "social media platforms", []),
 ("Troops seized a cache of rifles and grenades during a raid in Bajaur district.", "conflict", "COERCE", "seize", True, "Troops", "a cache of rifles and grenades", []),
 ("Russia moved additional air-defence batteries to the border with Finland, the Finnish defence ministry said.", "conflict", "MOBILIZE", "weapons", True, "Russia", None, ["reported-claim"]),
 ("The government deployed 2,000 police officers to the Rift Valley ahead of the election.", "politics", "MOBILIZE", "police", True, "The government", None, []),
 ("Hundreds of young men joined a local self-defence militia in Ituri after the massacre.", "conflict", "MOBILIZE", "militia", True, "Hundreds of young men", None, []),
 ("Thousands of people marched through Tbilisi on Saturday to protest against the foreign agents bill.", "protest", "PROTEST", "demo", True, "Thousands of people", None, []),
 ("Farmers blocked the main highway into Brussels with tractors for a second day.", "protest", "PROTEST", "obstruct", True, "Farmers", "the main highway into Brussels", []),
 ("Dockworkers in Antwerp walked off the job over pension changes, halting cargo traffic.", "protest", "PROTEST", "strike", True, "Dockworkers in Antwerp", None, []),
 ("A jailed activist has refused food for 30 days to protest his detention.", "protest", "PROTEST", "hunger", True, "A jailed activist", None, []),
 ("Opposition parties said they would boycott the presidential election.", "politics", "PROTEST", "boycott", False, "Opposition parties", "the presidential election", ["future"], None),
 # --- verbal conflict / cooperation, diplomacy
 ("The foreign ministry accused Rwanda of backing the M23 rebels.", "diplomacy", "ACCUSE", "allege", True, "The foreign ministry", "Rwanda", []),
 ("The European Union condemned the execution of four political prisoners.", "diplomacy", "ACCUSE", "disapprove", True, "The European Union", None, []),
 ("The UN human rights office opened an inquiry into the killings in Darfur.", "diplomacy", "ACCUSE", "investigate", True, "The UN human rights office", None, [], "09"),
 ("Pakistan rejected India's proposal for talks on water sharing.", "diplomacy", "REJECT", None, True, "Pakistan", "India's proposal", []),
 ("Iran warned that it would close the Strait of Hormuz if attacked.", "diplomacy", "THREATEN", "violence", True, "Iran", None, []),
 ("Washington imposed sanctions on three Sudanese commanders over the siege of El Fasher.", "diplomacy", "SANCTION", None, True, "Washington", "three Sudanese commanders", []),
 ("Mali expelled the French ambassador and gave him 72 hours to leave.", "diplomacy", "SANCTION", "expel", True, "Mali", "the French ambassador", []),
 ("A court in Minsk sentenced the journalist to eight years in prison.", "justice", "SANCTION", "convict", True, "A court in Minsk", "the journalist", []),
 ("The two presidents met in Doha to discuss the prisoner exchange.", "diplomacy", "CONSULT", "visit", True, "The two presidents", None, []),
 ("The Kenyan foreign minister spoke by phone with his Ethiopian counterpart on Thursday.", "diplomacy", "CONSULT", "phone", True, "The Kenyan foreign minister", "his Ethiopian counterpart", []),
 ("Delegations from both sides will hold a new round of talks in Jeddah next week.", "diplomacy", "CONSULT", None, False, "Delegations from both sides", None, ["future"], None),
 ("The warring parties signed a ceasefire agreement in Addis Ababa on Friday.", "diplomacy", "AGREE", None, True, "The warring parties", None, []),
 ("Armenia and Azerbaijan agreed to reopen transport links along their border.", "diplomacy", "AGREE", None, True, "Armenia and Azerbaijan", None, []),
 ("The president praised the security forces for restoring order in the north.", "politics", "SUPPORT", None, True, "The president", "the security forces", []),
 ("Germany pledged 500 million euros in humanitarian aid for Gaza.", "diplomacy", "AID", None, True, "Germany", None, [], "07"),
 ("The World Food Programme delivered food to 40,000 displaced people in Tigray.", "diplomacy", "AID", None, True, "The World Food Programme", "40,000 displaced people", []),
 ("The two navies held joint exercises in the Arabian Sea.", "conflict", "COOPERATE", None, True, "The two navies", None, [], "06"),
 ("The rebels freed 12 soldiers they had captured last month.", "conflict", "RETREAT", "release", True, "The rebels", "12 soldiers", []),
 ("Russian forces withdrew from the west bank of the river, the ministry said.", "conflict", "RETREAT", "withdraw", True, "Russian forces", None, ["reported-claim"]),
 ("The government lifted the state of emergency in three provinces.", "politics", "CONCEDE", None, True, "The government", None, []),
 ("The interior minister resigned after the deadly stampede.", "politics", "RETREAT", "resign", True, "The interior minister", None, []),
 ("The opposition urged the electoral commission to publish the results.", "politics", "REQUEST", "change", True, "The opposition", "the electoral commission", [], "02"),
 ("Protesters demanded the resignation of the prime minister.", "protest", "REQUEST", "change", True, "Protesters", "the prime minister", []),
 ("The UN Security Council called for an immediate ceasefire in Sudan.", "diplomacy", "REQUEST", None, True, "The UN Security Council", None, [], "02"),
 ("The president said the country would never give up its claim to the islands.", "politics", None, None, None, None, None, ["statement"], "01"),
 # --- conflict-event notes
 ("On 14 March, unidentified gunmen shot dead a local councillor in Beni town, North Kivu.", "conflict", "ASSAULT", "targeted", True, "unidentified gunmen", "a local councillor", ["note"]),
 ("On 2 June, JNIM militants ambushed a military convoy near Djibo, Burkina Faso, killing 11 soldiers.", "conflict", "ASSAULT", "firearms", True, "JNIM militants", "a military convoy", ["note"]),
 ("Around 9 April, Fulani herders attacked farmers in Bokkos LGA, Plateau state; 23 fatalities reported.", "conflict", "ASSAULT", "firearms", True, "Fulani herders", "farmers", ["note"]),
 ("On 20 August, residents protested in Sweida city against fuel price increases. No injuries reported.", "protest", "PROTEST", "demo", True, "residents", None, ["note"]),
 ("On 5 October, police arrested 30 students during a sit-in at Dhaka University.", "protest", "COERCE", "arrest", True, "police", "30 students", ["note"]),
 ("On 11 July, an IED planted by suspected ISWAP militants detonated under a vehicle on the Maiduguri-Damboa road, killing 3 civilians.", "conflict", "ASSAULT", "explosives", True, "suspected ISWAP militants", None, ["note"]),
 ("On 30 January, the military conducted airstrikes on suspected rebel hideouts in Magway region. Casualties unknown.", "conflict", "ASSAULT", "aerial", True, "the military", "suspected rebel hideouts", ["note"]),
 ("On 17 May, armed men looted shops and burned a market in Kajo Keji county.", "conflict", "ASSAULT", "destroy", True, "armed men", "shops", ["note"]),
 ("On 8 September, FARDC and ADF clashed near Eringeti; fatalities on both sides.", "conflict", "ASSAULT", "firearms", True, "FARDC and ADF", None, ["note"]),
 ("On 22 November, Houthi forces seized a commercial vessel in the Red Sea.", "conflict", "COERCE", "seize", True, "Houthi forces", "a commercial vessel", ["note"]),
 ("On 3 December, about 200 taxi drivers staged a strike in Lagos over fuel levies.", "protest", "PROTEST", "strike", True, "about 200 taxi drivers", None, ["note"]),
 ("On 6 February, security forces defused a bomb found outside a church in Kaduna.", "conflict", "COERCE", "seize", True, "security forces", "a bomb", ["note"]),
 ("On 25 April, the army set up a new base in Gao region's Ansongo circle.", "conflict", "MOBILIZE", "troops", True, "the army", None, ["note"]),
 # --- short snippets, headlines
 ("Army Retakes Key Town From Rebels", "conflict", "ASSAULT", None, True, "Army", "Key Town", ["headline", "title-case"]),
 ("Five police officers killed in ambush in Balochistan", "conflict", "ASSAULT", "firearms", True, None, "Five police officers", ["headline"]),
 ("Opposition leader arrested in dawn raid", "politics", "COERCE", "arrest", True, None, "Opposition leader", ["headline"]),
 ("Thousands Rally in Belgrade Against Government", "protest", "PROTEST", "demo", True, "Thousands", "Government", ["headline", "title-case"]),
 ("UN chief calls for restraint after border clashes", "diplomacy", "REQUEST", None, True, "UN chief", None, ["headline"], "02"),
 ("Drone strike kills militant commander in Idlib", "conflict", "ASSAULT", "drone", True, None, "militant commander", ["headline"]),
 ("Sudan army, RSF agree to humanitarian truce", "diplomacy", "AGREE", None, True, "Sudan army, RSF", None, ["headline"]),
 ("Hostages freed after 40 days in captivity", "conflict", "RETREAT", "release", True, None, "Hostages", ["headline"]),
 ("Beijing slams US arms sale to Taiwan", "diplomacy", "ACCUSE", "disapprove", True, "Beijing", "US", ["headline"]),
 ("Police Fire Tear Gas at Students in Dhaka", "protest", "ASSAULT", "crowd-control", True, "Police", "Students", ["headline", "title-case"], "17"),
 ("Blast at mosque kills 12", "conflict", "ASSAULT", "explosives", True, None, None, ["headline"]),
 ("Troops deployed to restive border region", "conflict", "MOBILIZE", "troops", True, None, None, ["headline"]),
 ("Rebels deny shooting down helicopter", "conflict", "ASSAULT", None, False, "Rebels", "helicopter", ["headline", "denied"], "01"),
 ("Ministers to meet in Geneva on refugee crisis", "diplomacy", "CONSULT", None, False, "Ministers", None, ["headline", "future"], None),
 # --- hard cases: negated, hypothetical, reported, multi
 ("Officials said no shots had been fired across the line since the truce took effect.", "conflict", "ASSAULT", "firearms", False, None, None, ["negated"], None),
 ("If the talks fail, the army could launch an assault on the city within days.", "conflict", "ASSAULT", None, False, "the army", "the city", ["hypothetical"], None),
 ("The militia threatened to attack aid convoys that used the northern road.", "conflict", "THREATEN", "violence", True, "The militia", "aid convoys", []),
 ("Residents fled after armed men stormed the village and abducted the chief.", "conflict", "ASSAULT", "abduct", True, "armed men", "the chief", ["multi"]),
 ("Witnesses said soldiers beat detainees with rifle butts at the camp.", "conflict", "ASSAULT", "beat", True, "soldiers", "detainees", ["reported-claim"]),
 ("The ministry said the strike on the hospital had been carried out by enemy artillery.", "conflict", "ASSAULT", "heavy-weapons", True, None, "the hospital", ["reported-claim", "light-verb"]),
 ("Teachers went on strike across Zimbabwe, demanding pay in US dollars.", "protest", "PROTEST", "strike", True, "Teachers", None, ["light-verb"]),
 ("The group claimed responsibility for the attack on the pipeline.", "conflict", "ASSAULT", None, True, "The group", "the pipeline", ["claim"]),
 # --- non-political hard negatives
 ("Arsenal's attack finally clicked as they beat Wolves 4-0 at the Emirates.", "sport", None, None, None, None, None, ["sport"]),
 ("The striker fired a shot past the keeper in the 89th minute to seal the win.", "sport", None, None, None, None, None, ["sport"]),
 ("Pakistan's bowlers ripped through the Australian batting line-up on day two.", "sport", None, None, None, None, None, ["sport"]),
 ("The challenger landed a barrage of punches before the referee stopped the fight in the third round.", "sport", None, None, None, None, None, ["sport"]),
 ("Oil prices hit a three-month high after the OPEC meeting.", "markets", None, None, None, None, None, ["markets"]),
 ("Shares in the retailer plunged 20% after it slashed its profit forecast.", "markets", None, None, None, None, None, ["markets"]),
 ("The activist investor launched a hostile bid for the mining group.", "business", None, None, None, None, None, ["business"]),
 ("Storm Ciaran battered the coast of Brittany, leaving 1.2 million homes without power.", "weather", None, None, None, None, None, ["weather"]),
 ("A magnitude 6.1 earthquake struck eastern Turkey, killing at least eight people.", "disaster", None, None, None, None, None, ["disaster"]),
 ("Floods swept away houses and killed 40 people in northern Bangladesh.", "disaster", None, None, None, None, None, ["disaster"]),
 ("Two people died when a bus overturned on a mountain road in Nepal.", "accident", None, None, None, None, None, ["accident"]),
 ("A fire tore through a textile factory in Karachi, killing 11 workers.", "accident", None, None, None, None, None, ["accident"]),
 ("Thieves raided a jewellery shop in central Milan and escaped with watches worth 2 million euros.", "crime", None, None, None, None, None, ["crime"]),
 ("A man was stabbed to death outside a nightclub in Leeds early on Saturday.", "crime", None, None, None, None, None, ["crime"]),
 ("The film's explosive final act has critics calling it the thriller of the year.", "entertainment", None, None, None, None, None, ["entertainment"]),
 ("The band's new album takes a shot at the music industry.", "entertainment", None, None, None, None, None, ["idiom"]),
 ("Hackers hit the supermarket chain's payment system, exposing customer data.", "tech", None, None, None, None, None, ["tech"]),
 ("The new vaccine triggered a strong immune response in trial volunteers.", "health", None, None, None, None, None, ["health"]),
 ("Cholera outbreak kills 30 in Zambia", "health", None, None, None, None, None, ["headline"]),
 ("Lakers Crush Celtics in Overtime Thriller", "sport", None, None, None, None, None, ["headline", "title-case"]),
 ("Markets Rally as Inflation Cools", "markets", None, None, None, None, None, ["headline", "title-case"]),
 ("Fans hit the streets of Buenos Aires to celebrate the World Cup win.", "sport", None, None, None, None, None, ["idiom"]),
 ("Ten Tips To Beat The Heat This Summer", "other", None, None, None, None, None, ["headline", "title-case", "content-farm"]),
 ("The chess champion crushed his rival's defence in 31 moves.", "sport", None, None, None, None, None, ["sport"]),
 ("Wildfires forced thousands of residents to evacuate near Athens.", "disaster", None, None, None, None, None, ["disaster"]),
 ("The central bank raised interest rates by half a point to fight inflation.", "business", None, None, None, None, None, ["business"]),
 ("Militants bombed a football stadium in Mogadishu during a match, killing five spectators.", "conflict", "ASSAULT", "explosives", True, "Militants", "a football stadium", ["sport-adjacent"]),
 ("The finance minister attacked the opposition's budget plans as reckless.", "politics", "ACCUSE", "disapprove", True, "The finance minister", "the opposition's budget plans", ["verbal"]),
]

out = []
for i, row in enumerate(S):
    text, domain, event, mode, asserted, actor, rec, tags = row[:8]
    root = row[8] if len(row) > 8 else "auto"
    if root == "auto":
        if event and asserted:
            root = "18" if event == "ASSAULT" and mode in A18 else ("17" if event == "ASSAULT" and mode == "destroy" else ROOT[event])
            if event == "ACCUSE" and mode == "investigate":
                root = "09"
        else:
            root = None
    quad = Q[root] if root else 0
    for span in (actor, rec):
        assert span is None or span in text, (span, text)
    gid = f"wh-{i:03d}"
    out.append({"id": f"{gid}-1", "text": text, "domain": domain, "political": event is not None,
                "event": event, "mode": mode, "quad": quad, "cameo_root": root,
                "asserted": asserted if event else None, "actor": actor, "recipient": rec, "tags": tags,
                "group": gid})
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r) + "\n")
print(len(out), sum(r["political"] for r in out))
