"""Lead-written held-out sentences, set 2 (fictional; written with gold before truce was run on them).

    python benchmarks/data/written/source/heldout2.blindsrc.py benchmarks/data/written/sentences_heldout2_blind.jsonl
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # benchmarks/: the checker's own mapping
from check_written import quad_of_root as quad  # noqa: E402

# (text, domain, event, mode, root, asserted, actor, recipient, tags)
S = [
# --- material conflict, varied phrasing
("Insurgents fired rockets at an air base near Kandahar late on Tuesday, the defence ministry said.", "conflict", "ASSAULT", "heavy-weapons", "19", True, "Insurgents", "an air base", ["reported-claim"]),
("Two police officers were shot dead at a checkpoint on the outskirts of Peshawar, officials said.", "conflict", "ASSAULT", "firearms", "18", True, None, "Two police officers", ["passive"]),
("Militants stormed a village in Borno state overnight, torching dozens of homes and killing at least 11 people.", "conflict", "ASSAULT", "destroy", "20", True, "Militants", "a village", []),
("A suicide bomber blew himself up outside a government compound in Mogadishu on Thursday.", "conflict", "ASSAULT", "suicide-attack", "18", True, "A suicide bomber", "a government compound", []),
("Armed men kidnapped 14 passengers from a bus on the highway between Kaduna and Abuja.", "conflict", "ASSAULT", "abduct", "18", True, "Armed men", "14 passengers", []),
("Russian forces shelled residential areas of Kherson through the night, the regional governor said.", "conflict", "ASSAULT", "heavy-weapons", "19", True, "Russian forces", "residential areas", ["reported-claim"]),
("An Israeli drone strike hit a car on a coastal road in southern Lebanon, killing two men.", "conflict", "ASSAULT", "drone", "19", True, "An Israeli drone strike", "a car", ["noun-event"]),
("Fighting between the army and the RSF in El Fasher killed at least 30 civilians this week, aid groups said.", "conflict", "ASSAULT", "firearms", "19", True, "the army", "the RSF", ["noun-event"]),
("Rebels captured the town of Pinlebu after three days of fighting, residents said.", "conflict", "ASSAULT", None, "19", True, "Rebels", "the town of Pinlebu", []),
("Security forces fired tear gas and rubber bullets at protesters in Nairobi's central business district.", "protest", "ASSAULT", "crowd-control", "18", True, "Security forces", "protesters", []),
("A roadside bomb struck a military convoy in Diyala province, wounding three soldiers.", "conflict", "ASSAULT", "explosives", "18", True, None, "a military convoy", ["weapon-not-actor"]),
("Troops and gunmen exchanged fire for several hours near the border town of Chaman.", "conflict", "ASSAULT", "firearms", "19", True, "Troops", None, ["exchange-of-fire"]),
("The separatists were accused of torturing detainees at a makeshift prison in Donetsk, a UN report said.", "conflict", "ACCUSE", "allege", "11", True, "a UN report", "The separatists", ["reported-claim"]),
("Soldiers beat and detained dozens of young men during a sweep of the Kasarani area, witnesses said.", "conflict", "ASSAULT", "beat", "18", True, "Soldiers", "dozens of young men", []),
("Jihadist fighters set fire to a school and a health centre in the Tillaberi region.", "conflict", "ASSAULT", "destroy", "18", True, "Jihadist fighters", "a school and a health centre", []),
("An air raid on a market in Idlib province killed nine people, a monitoring group said.", "conflict", "ASSAULT", "aerial", "19", True, None, "a market", ["noun-event"]),
# --- coerce
("Police arrested the opposition leader at his home in Harare before dawn on Friday.", "politics", "COERCE", "arrest", "17", True, "Police", "the opposition leader", []),
("The authorities imposed a night curfew on the city of Jos after two days of unrest.", "politics", "COERCE", "curfew", "17", True, "The authorities", "the city of Jos", []),
("Customs officers seized 400 rifles hidden in a shipping container at the port of Mombasa.", "crime", "COERCE", "seize", "17", True, "Customs officers", "400 rifles", ["weapons-seized"]),
("The government blocked access to social media platforms ahead of the election, rights groups said.", "politics", "COERCE", "censor", "17", True, "The government", "social media platforms", []),
("Militiamen stopped a World Food Programme convoy at a roadblock and forced it to turn back.", "conflict", "COERCE", "withhold", "17", True, "Militiamen", "a World Food Programme convoy", ["aid-blocked"]),
("Thousands of Afghan refugees were deported from Pakistan last month, officials said.", "politics", "COERCE", "deport", "17", True, None, "Thousands of Afghan refugees", ["passive"]),
("Bomb disposal experts defused an explosive device found under a bridge near Quetta.", "conflict", "COERCE", "seize", "17", True, "Bomb disposal experts", "an explosive device", ["weapons-seized"]),
# --- mobilize / retreat
("The army deployed additional troops and armoured vehicles to the northern border on Monday.", "conflict", "MOBILIZE", "troops", "15", True, "The army", None, []),
("Rebel fighters set up new positions on the hills overlooking the town, residents said.", "conflict", "MOBILIZE", "troops", "15", True, "Rebel fighters", None, ["bases-posts"]),
("The government put its air defences on high alert after the drone incursion.", "conflict", "MOBILIZE", "weapons", "15", True, "The government", None, []),
("Government forces withdrew from three villages east of the river under the deal.", "conflict", "RETREAT", "withdraw", "08", True, "Government forces", None, []),
("The militia freed 23 hostages it had held for two months, a local mediator said.", "conflict", "RETREAT", "release", "08", True, "The militia", "23 hostages", []),
("More than 200 fighters surrendered their weapons to the army in a ceremony in Beni.", "conflict", "RETREAT", "disarm", "08", True, "More than 200 fighters", "the army", []),
("The two sides agreed to a 72-hour ceasefire to allow aid into the besieged city.", "diplomacy", "AGREE", None, "03", True, "The two sides", None, []),
# --- verbal conflict
("The foreign ministry accused Rwanda of backing the rebels in eastern Congo.", "diplomacy", "ACCUSE", "allege", "11", True, "The foreign ministry", "Rwanda", []),
("Washington condemned the missile launch as a reckless provocation.", "diplomacy", "ACCUSE", "disapprove", "11", True, "Washington", None, []),
("The president rejected calls for a transitional government, saying the constitution must be respected.", "politics", "REJECT", "change", "12", True, "The president", None, []),
("The junta threatened to expel the French ambassador if Paris did not stop its criticism.", "diplomacy", "THREATEN", "expel", "13", True, "The junta", "the French ambassador", []),
("The rebel commander warned that his forces would march on the capital if talks failed.", "conflict", "THREATEN", "violence", "13", True, "The rebel commander", None, []),
("Prosecutors opened an investigation into the killing of the journalist.", "justice", "ACCUSE", "investigate", "09", True, "Prosecutors", None, []),
("The union demanded the immediate release of its detained leaders.", "politics", "REQUEST", "yield", "10", True, "The union", None, []),
("Moscow recalled its ambassador from Chisinau for consultations.", "diplomacy", "SANCTION", "withdraw", "16", True, "Moscow", None, []),
("The European Union imposed new sanctions on five Iranian officials over the crackdown.", "diplomacy", "SANCTION", None, "16", True, "The European Union", "five Iranian officials", []),
("A court in Tunis sentenced an opposition figure to ten years in prison.", "justice", "SANCTION", "convict", "16", True, "A court in Tunis", "an opposition figure", []),
# --- cooperation
("The foreign ministers of India and China met in Beijing to discuss the border dispute.", "diplomacy", "CONSULT", "visit", "04", True, "The foreign ministers of India and China", None, []),
("The prime minister spoke by telephone with the Turkish president about the hostage crisis.", "diplomacy", "CONSULT", "phone", "04", True, "The prime minister", "the Turkish president", []),
("Qatar hosted a new round of indirect talks between the two sides in Doha.", "diplomacy", "CONSULT", "third-party", "04", True, "Qatar", None, []),
("Japan pledged $50 million in emergency aid for flood victims in Pakistan.", "diplomacy", "AID", None, "07", True, "Japan", "flood victims", []),
("The UN refugee agency delivered tents and blankets to displaced families in Marib.", "conflict", "AID", None, "07", True, "The UN refugee agency", "displaced families", []),
("The government and the rebels signed a peace agreement in Juba on Saturday.", "diplomacy", "AGREE", None, "05", True, "The government and the rebels", None, []),
("The two countries agreed to share intelligence on armed groups operating along their border.", "diplomacy", "AGREE", None, "03", True, "The two countries", None, []),
("The defence minister praised the soldiers for their courage during the operation.", "politics", "SUPPORT", None, "05", True, "The defence minister", "the soldiers", []),
("Kenyan and Somali forces carried out joint patrols along the border this week.", "conflict", "COOPERATE", None, "06", True, "Kenyan and Somali forces", None, []),
("The opposition called on its supporters to remain calm while the votes are counted.", "politics", "REQUEST", None, "02", True, "The opposition", "its supporters", []),
("The United Nations urged both sides to allow humanitarian access to the besieged areas.", "diplomacy", "REQUEST", "assist", "02", True, "The United Nations", "both sides", []),
("The government offered an amnesty to fighters who lay down their arms before the end of the year.", "politics", "CONCEDE", None, "08", True, "The government", "fighters", []),
("The president resigned on Tuesday after weeks of mass protests.", "politics", "RETREAT", "resign", "08", True, "The president", None, []),
# --- protest
("Thousands of people marched through the capital to demand early elections.", "protest", "PROTEST", "demo", "14", True, "Thousands of people", None, []),
("Truck drivers blocked the main highway to the port for a third day over fuel prices.", "protest", "PROTEST", "obstruct", "14", True, "Truck drivers", None, ["blockade"]),
("Doctors in public hospitals went on strike to demand unpaid salaries.", "protest", "PROTEST", "strike", "14", True, "Doctors in public hospitals", None, ["light-verb"]),
("Rioters torched police vehicles and looted shops after the verdict was announced.", "protest", "PROTEST", "riot", "14", True, "Rioters", None, []),
("Students staged a sit-in outside the education ministry.", "protest", "PROTEST", "demo", "14", True, "Students", "the education ministry", []),
("A jailed activist has been on hunger strike for 40 days, his lawyer said.", "protest", "PROTEST", "hunger", "14", True, "A jailed activist", None, []),
# --- modality
("The army denied that its aircraft had bombed the camp.", "conflict", "ASSAULT", "aerial", "19", False, "its aircraft", "the camp", ["denied"]),
("The government plans to deploy 2,000 more police officers to the region next month.", "politics", "MOBILIZE", "police", "15", False, "The government", None, ["future"]),
("The rebels said they had not fired a single shot since the truce began.", "conflict", "ASSAULT", "firearms", "19", False, "they", None, ["denied"]),
("Officials fear the militants could attack the dam if the army pulls out.", "conflict", "ASSAULT", None, "18", False, "the militants", "the dam", ["hypothetical"]),
("Police foiled a plot to bomb a church in Lahore, arresting three suspects.", "conflict", "COERCE", "arrest", "17", True, "Police", "three suspects", ["foiled"]),
("The ministry said no troops would be sent to the disputed area.", "conflict", "MOBILIZE", "troops", "15", False, None, None, ["negated-future"]),
("Residents said an attack on the village was repelled by local defence volunteers.", "conflict", "ASSAULT", None, "18", True, None, "the village", ["passive", "repelled"]),
# --- headlines and snippets
("Gunmen kill five in attack on mosque in northwest Nigeria", "conflict", "ASSAULT", "firearms", "18", True, "Gunmen", "mosque", ["headline"]),
("Sudan army says it retook key bridge from RSF", "conflict", "ASSAULT", None, "19", True, "Sudan army", "RSF", ["headline", "reported-claim"]),
("UN chief calls for immediate ceasefire in Gaza", "diplomacy", "REQUEST", None, "02", True, "UN chief", None, ["headline"]),
("Protesters clash with police in Dhaka as fuel prices soar", "protest", "PROTEST", "riot", "14", True, "Protesters", "police", ["headline"]),
("Two soldiers killed as Taliban attack post in Khyber", "conflict", "ASSAULT", None, "18", True, "Taliban", "post", ["headline"]),
("Army chief visits troops on front line", "conflict", "CONSULT", "visit", "04", True, "Army chief", "troops", ["headline"]),
("Israel, Hamas trade accusations over stalled hostage deal", "diplomacy", "ACCUSE", None, "11", True, "Israel, Hamas", None, ["headline"]),
# --- non-political lookalikes
("Manchester City beat Arsenal 2-0 to move top of the table.", "sport", None, None, None, None, None, None, ["sport"]),
("The striker fired a shot into the top corner in the 89th minute to rescue a point.", "sport", None, None, None, None, None, None, ["sport"]),
("Bayern launched a raid on their rivals' academy, signing three teenagers in a week.", "sport", None, None, None, None, None, None, ["sport"]),
("The two heavyweights clash in Riyadh next month for the undisputed title.", "sport", None, None, None, None, None, None, ["sport"]),
("The Springboks crushed Wales 52-7 in a one-sided Test in Cardiff.", "sport", None, None, None, None, None, None, ["sport"]),
("Shares in the carmaker were hit hard after it cut its profit forecast.", "markets", None, None, None, None, None, None, ["markets"]),
("Oil prices surged to a three-month high on fears of supply disruption.", "markets", None, None, None, None, None, None, ["markets"]),
("The retailer fought off a hostile takeover bid from a rival chain.", "business", None, None, None, None, None, None, ["business"]),
("The central bank fired a warning shot at lenders over risky mortgage products.", "business", None, None, None, None, None, None, ["idiom"]),
("The startup is targeting small businesses with its new payroll app.", "business", None, None, None, None, None, None, ["business"]),
("A powerful storm battered the coast, tearing roofs off houses and cutting power to 200,000 homes.", "weather", None, None, None, None, None, None, ["weather"]),
("An earthquake of magnitude 6.1 struck off the coast of Sumatra on Wednesday.", "disaster", None, None, None, None, None, None, ["disaster"]),
("Floodwaters destroyed hundreds of homes in Bangladesh's Sylhet division.", "disaster", None, None, None, None, None, None, ["disaster"]),
("A bus plunged into a ravine in the Himalayan foothills, killing 22 passengers.", "accident", None, None, None, None, None, None, ["accident"]),
("A fire tore through a garment factory on the outskirts of Dhaka overnight.", "accident", None, None, None, None, None, None, ["accident"]),
("A gas explosion ripped through an apartment block in the city centre, injuring eight people.", "accident", None, None, None, None, None, None, ["accident"]),
("Hackers stole the personal data of 3 million customers in an attack on the telecom firm's servers.", "tech", None, None, None, None, None, None, ["tech", "crime"]),
("The new smartphone takes aim at rivals with a cheaper price and a bigger battery.", "tech", None, None, None, None, None, None, ["tech"]),
("The war film opens with a brutal assault on a beach, and the director spares the audience nothing.", "entertainment", None, None, None, None, None, None, ["entertainment"]),
("In the game's new season, players storm enemy bases and capture flags to earn points.", "entertainment", None, None, None, None, None, None, ["entertainment"]),
("The singer hit back at critics of her new album in a late-night interview.", "entertainment", None, None, None, None, None, None, ["idiom"]),
("The novel follows a sniper who deserts during a siege and falls in love.", "culture", None, None, None, None, None, None, ["culture"]),
("Doctors say the new drug attacks cancer cells while sparing healthy tissue.", "health", None, None, None, None, None, None, ["health"]),
("The measles outbreak has hit three districts, health officials said.", "health", None, None, None, None, None, None, ["health"]),
("Locusts invaded farmland across the region, destroying crops.", "disaster", None, None, None, None, None, None, ["disaster"]),
("A man was stabbed during a row over a parking space in a supermarket car park.", "crime", None, None, None, None, None, None, ["crime"]),
("The mayor came under fire for spending public money on a new office.", "politics", None, None, None, None, None, None, ["idiom"]),
("Thousands of fans hit the streets to celebrate the championship.", "sport", None, None, None, None, None, None, ["idiom"]),
("Chess champion captures title after a marathon final game.", "sport", None, None, None, None, None, None, ["sport", "headline"]),
("Stocks slump as tech sell-off deepens", "markets", None, None, None, None, None, None, ["markets", "headline"]),
("Cyclone Ana slams into Mozambique, killing 12", "weather", None, None, None, None, None, None, ["weather", "headline"]),
("The chef's new restaurant is a blast from the past, serving dishes from the 1970s.", "culture", None, None, None, None, None, None, ["idiom"]),
("Police said the robbers shot a security guard before fleeing with the cash.", "crime", None, None, None, None, None, None, ["crime"]),
("The company plans to cut 4,000 jobs and close two plants.", "business", None, None, None, None, None, None, ["business"]),
]

def main():
    out = Path(sys.argv[1])
    with out.open("w", encoding="utf-8") as fh:
        for i, (text, dom, ev, mode, root, asserted, actor, rec, tags) in enumerate(S):
            g = f"wh2-{i:03d}"
            r = {"id": f"{g}-1", "text": text, "domain": dom, "political": ev is not None, "event": ev,
                 "mode": mode, "quad": quad(root), "cameo_root": root, "asserted": asserted,
                 "actor": actor, "recipient": rec, "tags": tags, "group": g}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(S), "sentences")

main()
