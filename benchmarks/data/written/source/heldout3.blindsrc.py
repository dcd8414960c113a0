"""Lead-written held-out sentences, set 3 (fictional; written with gold before truce was run on them).

Longer, wire-style sentences with attribution first, several acts per sentence, officials' statements,
content-farm phrasing and non-political stories with violent words. Blind as a whole: no part is for tuning.

    python benchmarks/data/written/source/heldout3.blindsrc.py benchmarks/data/written/sentences_heldout3_blind.jsonl
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # benchmarks/: the checker's own mapping
from check_written import quad_of_root as quad  # noqa: E402

# (text, domain, event, mode, root, asserted, actor, recipient, tags)
S = [
# --- material conflict in long wire sentences
("The regional health bureau said on Sunday that at least 17 people were killed when government aircraft bombed a crowded market in the town of Wukro.", "conflict", "ASSAULT", "aerial", "19", True, "government aircraft", "a crowded market", ["reported-claim", "attribution-first"]),
("Gunmen on motorcycles opened fire on worshippers leaving a mosque in Zamfara state late on Friday, killing nine, a police spokesman told reporters.", "conflict", "ASSAULT", "firearms", "18", True, "Gunmen", "worshippers", ["reported-claim"]),
("According to local officials, Houthi forces launched a barrage of artillery shells at residential neighbourhoods of Taiz overnight.", "conflict", "ASSAULT", "heavy-weapons", "19", True, "Houthi forces", "residential neighbourhoods", ["attribution-first"]),
("Fighters loyal to a local warlord ambushed an army patrol on the road to Baidoa, setting two vehicles ablaze before retreating into the bush.", "conflict", "ASSAULT", "firearms", "19", True, "Fighters", "an army patrol", ["several-acts"]),
("Kidnappers seized a Catholic priest and two seminarians from their residence in Enugu state in the early hours of Monday, the diocese said in a statement.", "conflict", "ASSAULT", "abduct", "18", True, "Kidnappers", "a Catholic priest and two seminarians", ["reported-claim"]),
("Palestinian health officials said an Israeli strike on a house in the Nuseirat camp killed a family of six.", "conflict", "ASSAULT", "aerial", "19", True, "an Israeli strike", "a house", ["attribution-first", "noun-event"]),
("A car bomb exploded near a checkpoint manned by Kurdish security forces in Qamishli, wounding at least five people.", "conflict", "ASSAULT", "explosives", "18", True, None, "a checkpoint", ["weapon-not-actor"]),
("Clashes erupted between rival clans over grazing land in the Galgaduud region, leaving 12 dead, elders said.", "conflict", "ASSAULT", "firearms", "19", True, "rival clans", None, ["noun-event"]),
("Myanmar's junta carried out air strikes on two villages in Sagaing region after resistance fighters overran a police outpost, residents said.", "conflict", "ASSAULT", "aerial", "19", True, "Myanmar's junta", "two villages", ["several-acts"]),
("Armed settlers torched cars and a house in the West Bank village of Huwara, Palestinian officials said.", "conflict", "ASSAULT", "destroy", "18", True, "Armed settlers", "cars and a house", []),
("Suspected jihadists killed 23 villagers in an attack on the hamlet of Tin-Akoff, near the border with Niger.", "conflict", "ASSAULT", "firearms", "20", True, "Suspected jihadists", "23 villagers", []),
("A drone attack blamed on the paramilitary Rapid Support Forces struck the main power station in Atbara, cutting electricity to the city.", "conflict", "ASSAULT", "drone", "19", True, "the paramilitary Rapid Support Forces", "the main power station", ["noun-event"]),
("Police in Dhaka used batons and tear gas to disperse hundreds of students who were blocking a major intersection.", "protest", "ASSAULT", "crowd-control", "18", True, "Police", "hundreds of students", ["several-acts"]),
("Unidentified assailants hurled a grenade into a bar in Bujumbura, injuring 14 people, the interior ministry said.", "conflict", "ASSAULT", "explosives", "18", True, "Unidentified assailants", "a bar", []),
("Troops loyal to the transitional council retook the port town after heavy fighting with separatist militias.", "conflict", "ASSAULT", None, "19", True, "Troops", "the port town", []),
("At least four protesters were shot dead by security forces in the city of Kassala, a doctors' union said.", "protest", "ASSAULT", "firearms", "18", True, "security forces", "four protesters", ["passive"]),
# --- coercion and mobilization
("Security agents detained a prominent human rights lawyer at Cairo airport as he prepared to board a flight to Geneva, his family said.", "politics", "COERCE", "arrest", "17", True, "Security agents", "a prominent human rights lawyer", []),
("The junta ordered the closure of three independent radio stations and suspended the broadcasts of a French news channel.", "politics", "COERCE", "censor", "17", True, "The junta", "three independent radio stations", ["several-acts"]),
("Authorities in Kashmir cut mobile internet services across the valley ahead of the anniversary.", "politics", "COERCE", "censor", "17", True, "Authorities", "mobile internet services", []),
("Soldiers searching homes in the district confiscated hunting rifles and detained 30 men for questioning.", "conflict", "COERCE", "seize", "17", True, "Soldiers", "hunting rifles", ["several-acts"]),
("The government declared a state of emergency in four provinces and deployed the army to restore order.", "politics", "COERCE", "martial-law", "17", True, "The government", "four provinces", ["several-acts"]),
("Thailand deported 40 Uyghur men to China despite warnings from the United Nations that they faced persecution.", "politics", "COERCE", "deport", "17", True, "Thailand", "40 Uyghur men", []),
("Hezbollah has moved long-range rockets to positions near the border, Israeli military officials said.", "conflict", "MOBILIZE", "weapons", "15", True, "Hezbollah", None, ["reported-claim"]),
("Kenya has sent an additional 300 police officers to Haiti to join the multinational security mission.", "conflict", "MOBILIZE", "police", "15", True, "Kenya", "Haiti", []),
("Villagers in the north have formed armed self-defence groups to protect their farms from cattle rustlers.", "conflict", "MOBILIZE", "militia", "15", True, "Villagers", None, []),
("Ethiopia massed troops and tanks along its border with Eritrea, satellite images showed.", "conflict", "MOBILIZE", "troops", "15", True, "Ethiopia", None, []),
# --- protest
("Thousands of teachers marched to parliament in Nairobi on Wednesday to demand the payment of salary arrears.", "protest", "PROTEST", "demo", "14", True, "Thousands of teachers", None, []),
("Truck drivers blocked the main border crossing with Rwanda for a third day in protest against new road tolls.", "protest", "PROTEST", "obstruct", "14", True, "Truck drivers", "the main border crossing", []),
("Opposition supporters staged a sit-in outside the electoral commission's headquarters, rejecting the provisional results.", "protest", "PROTEST", "demo", "14", True, "Opposition supporters", None, []),
("Dockworkers at the country's largest port walked off the job over pay, halting container traffic.", "protest", "PROTEST", "strike", "14", True, "Dockworkers", None, []),
("Rioters set fire to a police station and looted shops in the town after a teenager died in custody.", "protest", "PROTEST", "riot", "14", True, "Rioters", "a police station", []),
("A jailed activist has refused food for 40 days to protest his detention without trial, his lawyers said.", "protest", "PROTEST", "hunger", "14", True, "A jailed activist", None, []),
# --- verbal conflict
("The foreign ministry summoned the Dutch ambassador to protest against what it called interference in the country's internal affairs.", "diplomacy", "ACCUSE", "disapprove", "11", True, "The foreign ministry", "the Dutch ambassador", []),
("Rights groups accused the security forces of carrying out extrajudicial killings during the operation.", "politics", "ACCUSE", "allege", "11", True, "Rights groups", "the security forces", []),
("The African Union strongly condemned the coup and demanded the immediate release of the detained president.", "diplomacy", "ACCUSE", "disapprove", "11", True, "The African Union", "the coup", ["several-acts"]),
("The UN Human Rights Council voted to set up an independent inquiry into abuses in the Darfur region.", "diplomacy", "ACCUSE", "investigate", "09", True, "The UN Human Rights Council", None, []),
("The president rejected calls for a national dialogue with the armed opposition, saying it would reward terrorism.", "politics", "REJECT", "meet", "12", True, "The president", "calls for a national dialogue", []),
("The rebels turned down an offer of amnesty in exchange for laying down their weapons.", "conflict", "REJECT", "yield", "12", True, "The rebels", "an offer of amnesty", []),
("North Korea warned it would take 'overwhelming' military action if the joint drills went ahead.", "diplomacy", "THREATEN", "violence", "13", False, "North Korea", None, ["threat"]),
("The governor threatened to arrest anyone found carrying a machete in public.", "politics", "THREATEN", "arrest", "13", False, "The governor", None, ["threat"]),
("Washington imposed sanctions on two army generals accused of obstructing the peace process.", "diplomacy", "SANCTION", None, "16", True, "Washington", "two army generals", []),
("Mali expelled the French ambassador and gave him 72 hours to leave the country.", "diplomacy", "SANCTION", "expel", "16", True, "Mali", "the French ambassador", []),
("A military court sentenced 12 soldiers to death for mutiny.", "justice", "SANCTION", "convict", "16", True, "A military court", "12 soldiers", []),
("Niger's junta suspended military cooperation with the United States.", "diplomacy", "SANCTION", "discontinue", "16", True, "Niger's junta", "the United States", []),
# --- requests and demands
("The UN secretary-general urged both sides to return to the negotiating table without preconditions.", "diplomacy", "REQUEST", "meet", "02", True, "The UN secretary-general", "both sides", []),
("Relatives of the missing miners demanded that the government publish the results of the investigation.", "politics", "REQUEST", "change", "10", True, "Relatives of the missing miners", "the government", []),
("Aid agencies appealed for $400 million to feed people displaced by the fighting.", "diplomacy", "REQUEST", "assist", "02", True, "Aid agencies", None, []),
("The opposition called on the prime minister to resign over the corruption scandal.", "politics", "REQUEST", "yield", "10", True, "The opposition", "the prime minister", []),
# --- cooperation
("Representatives of the government and the rebel alliance met in Doha on Saturday for a second round of talks.", "diplomacy", "CONSULT", "third-party", "04", True, "Representatives of the government", "the rebel alliance", []),
("The Turkish foreign minister arrived in Baghdad for talks on water sharing and border security.", "diplomacy", "CONSULT", "visit", "04", True, "The Turkish foreign minister", "Baghdad", []),
("President Ruto spoke by phone with his Tanzanian counterpart about the border dispute.", "diplomacy", "CONSULT", "phone", "04", True, "President Ruto", "his Tanzanian counterpart", []),
("The two countries signed an agreement to reopen their shared border to trade.", "diplomacy", "AGREE", None, "03", True, "The two countries", None, []),
("The warring parties agreed to a 72-hour humanitarian pause to allow the evacuation of wounded civilians.", "conflict", "AGREE", None, "03", True, "The warring parties", None, []),
("Japan pledged $50 million in emergency assistance for flood victims in Pakistan.", "diplomacy", "AID", None, "07", True, "Japan", "flood victims", []),
("The World Food Programme delivered food to 80,000 people in besieged areas of the city.", "diplomacy", "AID", None, "07", True, "The World Food Programme", "80,000 people", []),
("Germany will supply Ukraine with four more air defence systems, the defence minister said.", "diplomacy", "AID", None, "07", True, "Germany", "Ukraine", ["future-aid"]),
("The European Union praised the electoral commission for conducting a transparent vote.", "diplomacy", "SUPPORT", None, "05", True, "The European Union", "the electoral commission", []),
("Regional leaders endorsed the transitional government's plan to hold elections next year.", "diplomacy", "SUPPORT", None, "05", True, "Regional leaders", "the transitional government's plan", []),
("Police in both countries will share intelligence on smuggling networks under the new pact.", "diplomacy", "COOPERATE", None, "06", True, "Police", None, []),
("The army withdrew its troops from the disputed town as part of the peace deal.", "conflict", "RETREAT", "withdraw", "08", True, "The army", None, []),
("The militia released 27 hostages, including four foreign engineers, after weeks of negotiations.", "conflict", "RETREAT", "release", "08", True, "The militia", "27 hostages", []),
("The defence minister resigned after a deadly attack on an army base exposed security failures.", "politics", "RETREAT", "resign", "08", True, "The defence minister", None, []),
("Hundreds of fighters handed over their weapons at a disarmament camp in the east.", "conflict", "RETREAT", "disarm", "08", True, "Hundreds of fighters", None, []),
("The government lifted the curfew in the capital after a week of calm.", "politics", "CONCEDE", None, "08", True, "The government", None, []),
("The authorities allowed aid trucks to enter the besieged town for the first time in months.", "conflict", "RETREAT", "access", "08", True, "The authorities", "aid trucks", []),
# --- unreal: denied, planned, hypothetical
("The army denied reports that its soldiers had opened fire on unarmed demonstrators.", "conflict", "ASSAULT", "firearms", "18", False, "its soldiers", "unarmed demonstrators", ["denied"]),
("The rebels said they were preparing an offensive to take the provincial capital before the rains.", "conflict", "ASSAULT", None, "19", False, "The rebels", "the provincial capital", ["planned"]),
("If the talks fail, the government could resume air strikes on rebel positions, a senior official warned.", "conflict", "THREATEN", "violence", "13", False, "the government", "rebel positions", ["hypothetical"]),
("No arrests have been made in connection with the killing of the journalist.", "crime", None, None, None, None, None, None, ["negated"]),
# --- statements (the main event is the statement)
("The prime minister said the country would hold a referendum on the new constitution in March.", "politics", None, None, None, None, None, None, ["statement"]),
("Analysts say the economy is unlikely to recover until the conflict ends.", "politics", None, None, None, None, None, None, ["statement"]),
# --- non-political with violent vocabulary
("Real Madrid stormed back from two goals down to beat Sevilla 3-2 with a stoppage-time winner.", "sport", None, None, None, None, None, None, ["sport"]),
("The striker fired a shot into the top corner before the visitors' defence could react.", "sport", None, None, None, None, None, None, ["sport"]),
("India's bowlers attacked from the first over and bundled out the hosts for 143.", "sport", None, None, None, None, None, None, ["sport"]),
("The heavyweight champion knocked out his challenger in the fourth round in Riyadh.", "sport", None, None, None, None, None, None, ["sport"]),
("Pakistan crush Sri Lanka to seize top spot in the group", "sport", None, None, None, None, None, None, ["sport", "headline"]),
("The rugby side's captain was banned for four matches after a dangerous tackle.", "sport", None, None, None, None, None, None, ["sport"]),
("Oil prices plunged on Monday after OPEC signalled it would raise output, hitting energy shares.", "markets", None, None, None, None, None, None, ["markets"]),
("The central bank's surprise rate hike triggered a sell-off that wiped $20 billion off the bourse.", "markets", None, None, None, None, None, None, ["markets"]),
("Activist investors launched a fresh attack on the board, demanding the chairman step down.", "business", None, None, None, None, None, None, ["business", "idiom"]),
("The airline slashed fares to fight off competition from low-cost rivals.", "business", None, None, None, None, None, None, ["business"]),
("Hackers stole the personal data of two million customers from the retailer's servers.", "tech", None, None, None, None, None, None, ["crime", "tech"]),
("A powerful earthquake struck off the coast of Sumatra, damaging hundreds of buildings.", "disaster", None, None, None, None, None, None, ["disaster"]),
("Flash floods swept through villages in the valley, killing at least 30 people and destroying bridges.", "disaster", None, None, None, None, None, None, ["disaster"]),
("Wildfires fanned by strong winds forced thousands to flee their homes on the island.", "disaster", None, None, None, None, None, None, ["disaster"]),
("A bus carrying pilgrims plunged into a ravine in the mountains, killing 22 passengers.", "accident", None, None, None, None, None, None, ["accident"]),
("An explosion at a fireworks factory killed eight workers on the outskirts of the city.", "accident", None, None, None, None, None, None, ["accident"]),
("Two men were arrested after a jewellery shop was raided in broad daylight.", "crime", None, None, None, None, None, None, ["crime"]),
("A teenager was stabbed to death outside a nightclub in the early hours of Sunday.", "crime", None, None, None, None, None, None, ["crime"]),
("The film, a gritty thriller about a bombing campaign, swept the awards on Saturday night.", "entertainment", None, None, None, None, None, None, ["entertainment"]),
("The rapper fired back at his critics in a new single released on Friday.", "entertainment", None, None, None, None, None, None, ["idiom"]),
("Researchers found that the virus attacks the lining of the lungs.", "science", None, None, None, None, None, None, ["health"]),
("A cholera outbreak has killed 40 people in the camps, the health ministry said.", "health", None, None, None, None, None, None, ["health"]),
("Heavy snow hit much of the north, closing schools and roads.", "weather", None, None, None, None, None, None, ["weather"]),
("Storm Babet battered the east coast with gusts of up to 90 mph.", "weather", None, None, None, None, None, None, ["weather"]),
("The minister took a swipe at the central bank over rising inflation in a radio interview.", "politics", None, None, None, None, None, None, ["idiom"]),
("Shares in the defence contractor soared after it won a contract to build missiles.", "markets", None, None, None, None, None, None, ["markets"]),
("Farmers fought a losing battle against the locust swarms that descended on their fields.", "disaster", None, None, None, None, None, None, ["idiom"]),
("The chess grandmaster launched an aggressive attack on the kingside and won in 28 moves.", "sport", None, None, None, None, None, None, ["sport"]),
("Fans clashed with stewards after the final whistle, but no one was seriously hurt, the club said.", "sport", None, None, None, None, None, None, ["sport"]),
("The startup is targeting small farmers with a cheap app that predicts crop prices.", "tech", None, None, None, None, None, None, ["tech"]),
("A court jailed a man for 12 years for robbing a petrol station at knifepoint.", "crime", None, None, None, None, None, None, ["crime"]),
("The veteran actor, who played a rebel commander in the series, died on Tuesday aged 81.", "entertainment", None, None, None, None, None, None, ["entertainment"]),
# --- content-farm / headline style political
("BREAKING: Bandits abduct dozens of schoolgirls in northwest Nigeria", "conflict", "ASSAULT", "abduct", "18", True, "Bandits", "dozens of schoolgirls", ["headline"]),
("Protesters torch ruling party offices as fuel price anger spreads", "protest", "PROTEST", "riot", "14", True, "Protesters", "ruling party offices", ["headline"]),
("Army chief vows to crush insurgency within six months", "conflict", "THREATEN", "violence", "13", False, "Army chief", "insurgency", ["headline", "threat"]),
("Sudan talks collapse as rival generals trade accusations", "diplomacy", "ACCUSE", "allege", "11", True, "rival generals", None, ["headline"]),
("Watch: Moment police fire water cannon at climate activists in The Hague", "protest", "ASSAULT", "crowd-control", "18", True, "police", "climate activists", ["headline", "content-farm"]),
("Here's everything we know about the drone strike that killed a militia commander in Iraq", "conflict", "ASSAULT", "drone", "19", True, None, "a militia commander", ["headline", "content-farm", "noun-event"]),
]

def main():
    out = Path(sys.argv[1])
    with out.open("w", encoding="utf-8") as fh:
        for i, (text, dom, ev, mode, root, asserted, actor, rec, tags) in enumerate(S):
            g = f"wh3-{i:03d}"
            r = {"id": f"{g}-1", "text": text, "domain": dom, "political": ev is not None, "event": ev,
                 "mode": mode, "quad": quad(root), "cameo_root": root, "asserted": asserted,
                 "actor": actor, "recipient": rec, "tags": tags, "group": g}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(S), "sentences")

main()
