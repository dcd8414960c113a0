"""The lead's fourth held-out sentence set (helper writer15b, 2026-12-04 third round): WHOLLY BLIND.

Do not open, print or tune on this file unless you are the lead scoring it. Every sentence and label was
written by hand, fictional, before truce was run on any of it. Build:

    python benchmarks/data/written/source/heldout4.blindsrc.py

writes ``benchmarks/data/written/sentences_heldout4_blind.jsonl`` (groups ``ho4-NNN``, FILE_BLIND_SHARE 1.0).

Record: (text, domain, event, mode, cameo_root, asserted, actor, recipient, tags). ``quad`` follows from the
root as in check_written.quad_of_root; ``political`` is ``event is not None``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "sentences_heldout4_blind.jsonl"

N = None  # shorthand for null fields

ITEMS = [
    # ---------------------------------------------------------------- ASSAULT
    ("KADUNA, Nigeria (Sahel Wire) — Gunmen riding motorcycles killed at least nine worshippers and wounded "
     "several others when they opened fire on a church in southern Kaduna state during Sunday service, a "
     "community leader said.", "conflict", "ASSAULT", "firearms", "19", True, "Gunmen riding motorcycles",
     "a church", ["dateline", "reported-claim", "casualty-figures"]),
    ("Two drones struck an oil depot on the outskirts of Belgorod overnight, setting storage tanks ablaze, "
     "the regional governor wrote on Telegram, blaming Ukrainian forces.", "conflict", "ASSAULT", "drone", "19",
     True, N, "an oil depot", ["weapon-subject", "reported-claim", "several-events"]),
    ("Suspected al-Shabaab fighters detonated a car bomb at the gate of a hotel popular with lawmakers in "
     "Mogadishu on Thursday evening before storming the building, police said.", "conflict", "ASSAULT",
     "explosives", "18", True, "Suspected al-Shabaab fighters", "a hotel popular with lawmakers",
     ["several-events", "reported-claim"]),
    ("Army artillery pounded rebel positions around the hill town of Kalemie for a third straight day, "
     "residents reached by phone said, as thousands fled towards the lake shore.", "conflict", "ASSAULT",
     "heavy-weapons", "19", True, "Army artillery", "rebel positions", ["weapon-subject", "reported-claim"]),
    ("Houses burned in three villages of Ituri after militiamen armed with machetes and guns descended on "
     "them at dawn, a local rights group said in a report released on Friday.", "conflict", "ASSAULT",
     "destroy", "17", True, "militiamen armed with machetes and guns", "three villages of Ituri",
     ["reported-claim", "several-events"]),
    ("Update 3 — The death toll from Saturday's air strike on a fuel market in the rebel-held town of "
     "Kutum has risen to 31, according to medics at the town's only working clinic.", "conflict", "ASSAULT",
     "aerial", "19", True, N, "a fuel market", ["nominal", "casualty-figures", "reported-claim"]),
    ("Bandits abducted 14 passengers from a bus on the Abuja-Kaduna highway on Tuesday night and are demanding "
     "a ransom, the state police command confirmed.", "conflict", "ASSAULT", "abduct", "18", True, "Bandits",
     "14 passengers", ["borderline", "several-events"]),
    ("A district councillor who had campaigned against illegal logging was shot dead outside his home in "
     "Quibdó late on Monday by two men on a motorbike, the mayor's office said.", "conflict", "ASSAULT",
     "targeted", "18", True, "two men on a motorbike", "A district councillor", ["passive", "named-person"]),
    ("Riot police fired rubber bullets and tear gas at hundreds of students who tried to march on the "
     "parliament building in Nairobi, witnesses said.", "protest", "ASSAULT", "crowd-control", "17", True,
     "Riot police", "hundreds of students", ["several-events", "reported-claim"]),
    ("Detainees held at the Yirol facility were beaten with cables and denied water for days, three former "
     "inmates told our correspondent.", "conflict", "ASSAULT", "torture", "18", True, N, "Detainees",
     ["passive", "reported-claim"]),
    ("Fighting between the army and the Arakan Army raged for a second week around Kyauktaw, with both sides "
     "reporting heavy losses.", "conflict", "ASSAULT", "heavy-weapons", "19", True, "the army",
     "the Arakan Army", ["nominal"]),
    ("Militants hit a police checkpoint in Lakki Marwat with rocket-propelled grenades before dawn, killing "
     "three constables, officials said.", "conflict", "ASSAULT", "heavy-weapons", "19", True, "Militants",
     "a police checkpoint", ["other-sense"]),
    ("BREAKING: Mortar rounds land near UN base in Tal Afar, no casualties reported", "conflict", "ASSAULT",
     "heavy-weapons", "19", True, N, "UN base", ["headline", "weapon-subject"]),
    ("The rebels deny having fired on the aid convoy near Sake, saying the trucks were hit by army shelling.",
     "conflict", "ASSAULT", "firearms", "01", False, "The rebels", "the aid convoy", ["denial", "blame"]),
    ("A suicide bomber blew himself up among mourners at a funeral in Kunduz province on Wednesday, killing at "
     "least 12 people, a provincial spokesman said.", "conflict", "ASSAULT", "suicide-attack", "18", True,
     "A suicide bomber", "mourners at a funeral", ["casualty-figures"]),
    ("The occupation aircraft carried out a series of raids on the eastern "
     "neighbourhoods of the city at dawn today, causing the martyrdom of a number of citizens.", "conflict",
     "ASSAULT", "aerial", "19", True, "The occupation aircraft", "the eastern neighbourhoods of the city",
     ["translated", "content-farm", "light-verb"]),
    ("Settlers set fire to olive groves and two cars in the village of Turmus Ayya on Friday, the village "
     "council said, adding that soldiers stood by.", "conflict", "ASSAULT", "destroy", "17", True, "Settlers",
     "olive groves and two cars", ["several-events"]),
    ("Cartel gunmen ambushed a state police patrol near Apatzingán, killing four officers, in the third attack "
     "on security forces in Michoacán this month.", "crime", "ASSAULT", "firearms", "19", True,
     "Cartel gunmen", "a state police patrol", ["casualty-figures"]),
    ("Security forces are accused of raping at least 20 women during a sweep through villages near Kidal, "
     "according to a report seen by this newspaper.", "conflict", "ASSAULT", "sexual", "18", True,
     "Security forces", "at least 20 women", ["reported-claim", "passive"]),
    # ---------------------------------------------------------------- COERCE
    ("Police in Dhaka detained more than 40 opposition activists overnight ahead of a planned rally, a party "
     "spokesman said.", "politics", "COERCE", "arrest", "17", True, "Police in Dhaka",
     "more than 40 opposition activists", ["reported-claim"]),
    ("Journalist Amara Teklu arrested at Bole airport on return from Nairobi, colleagues say", "politics",
     "COERCE", "arrest", "17", True, N, "Journalist Amara Teklu", ["headline", "passive", "named-person"]),
    ("The junta suspended the broadcasts of two foreign radio stations on Monday, accusing them of "
     "\"spreading panic\" over the fighting in the north.", "politics", "COERCE", "censor", "17", True,
     "The junta", "two foreign radio stations", ["several-events"]),
    ("Authorities in the city of Zahedan imposed a night curfew after two days of unrest, state media "
     "reported.", "politics", "COERCE", "curfew", "17", True, "Authorities in the city of Zahedan", N, []),
    ("Rebels of the M23 took control of the lakeside town of Minova on Tuesday after government troops and "
     "allied militias pulled back, residents said.", "conflict", "COERCE", "seize", "17", True,
     "Rebels of the M23", "the lakeside town of Minova", ["several-events", "reported-claim"]),
    ("Customs officers at the port of Lattakia seized a container holding 2,000 assault rifles hidden beneath "
     "bags of cement, the interior ministry said.", "conflict", "COERCE", "seize", "17", True,
     "Customs officers at the port of Lattakia", "a container holding 2,000 assault rifles", []),
    ("More than 300 migrants were deported to Guatemala on Thursday on three chartered flights, the migration "
     "agency said.", "politics", "COERCE", "deport", "17", True, N, "More than 300 migrants", ["passive"]),
    ("Police did not arrest anyone at Saturday's march, which passed off peacefully, a spokeswoman said.",
     "protest", "COERCE", "arrest", N, False, "Police", "anyone", ["negated"]),
    ("The interior ministry said that police had raided the offices of the opposition newspaper Kalam and "
     "confiscated its computers, a move the editors called an attempt to silence them.", "politics", "COERCE",
     "seize", "17", True, "police", "the offices of the opposition newspaper Kalam",
     ["attribution-first", "several-events"]),
    ("State hackers knocked the election commission's website offline for six hours on polling day, a "
     "cybersecurity firm working for the commission said.", "politics", "COERCE", "cyber", "17", True,
     "State hackers", "the election commission's website", ["reported-claim"]),
    # ---------------------------------------------------------------- PROTEST
    ("Thousands of farmers drove tractors into central Warsaw on Wednesday to protest against cheap grain "
     "imports, blocking traffic for hours.", "protest", "PROTEST", "demo", "14", True, "Thousands of farmers",
     N, ["several-events"]),
    ("Dock workers at Antwerp walked out at midnight in a 48-hour strike over pensions, leaving dozens of "
     "ships waiting to unload.", "protest", "PROTEST", "strike", "14", True, "Dock workers at Antwerp", N,
     ["labour-strike"]),
    ("Protesters blocked the main road to the Kamoto copper mine with burning tyres for a third day, demanding "
     "jobs for local youths.", "protest", "PROTEST", "obstruct", "14", True, "Protesters",
     "the main road to the Kamoto copper mine", ["several-events"]),
    ("LIVE — 16:05: Crowds are gathering again outside the electoral commission in Maputo. Our reporter says "
     "several hundred people are chanting for a recount.", "protest", "PROTEST", "demo", "14", True, "Crowds",
     "the electoral commission", ["live-blog"]),
    ("Jailed activist Selim Arkun entered the 40th day of a hunger strike on Monday, his lawyers said, "
     "warning his health was failing.", "protest", "PROTEST", "hunger", "14", True, "Jailed activist Selim Arkun",
     N, ["named-person"]),
    ("Rioters torched a police station and looted shops in the town of Kasese after the arrest of a local "
     "opposition figure, police said.", "protest", "PROTEST", "riot", "14", True, "Rioters",
     "a police station", ["several-events"]),
    ("Opposition lawmakers walked out of parliament and said they would boycott all sessions until the "
     "speaker resigns.", "politics", "PROTEST", "boycott", "14", True, "Opposition lawmakers", "parliament",
     ["several-events"]),
    ("Union leaders said nurses would strike next Tuesday unless the health board reopened pay talks.",
     "protest", "PROTEST", "strike", N, False, "nurses", N, ["future", "labour-strike"]),
    ("Students occupied the rector's office at Makerere University on Thursday over a fee increase.",
     "protest", "PROTEST", "obstruct", "14", True, "Students", "the rector's office", []),
    # ---------------------------------------------------------------- ACCUSE
    ("Azerbaijan's foreign ministry accused Armenian forces of firing on its positions along the border near "
     "Tovuz, a charge Yerevan rejected as false.", "diplomacy", "ACCUSE", "allege", "11", True,
     "Azerbaijan's foreign ministry", "Armenian forces", ["interstate", "several-events"]),
    ("The UN human rights office condemned the killing of three aid workers in Darfur and called for those "
     "responsible to be brought to justice.", "diplomacy", "ACCUSE", "disapprove", "11", True,
     "The UN human rights office", N, ["condemnation", "several-events"]),
    ("Opposition leader Ruth Chanda slams government over 'stolen' budget", "politics", "ACCUSE", "disapprove",
     "11", True, "Opposition leader Ruth Chanda", "government", ["headline", "idiom"]),
    ("Prosecutors in Lima opened an investigation into the former interior minister over the deaths of "
     "protesters during last year's crackdown.", "justice", "ACCUSE", "investigate", "09", True,
     "Prosecutors in Lima", "the former interior minister", []),
    ("\"This was a deliberate massacre of civilians by the regime,\" said Hala Darwish of the Syrian "
     "Observatory for Civil Rights, speaking by phone from Gaziantep.", "conflict", "ACCUSE", "allege", "11",
     True, "Hala Darwish", "the regime", ["quote", "named-person"]),
    ("Beijing lodged a protest with Manila after Philippine coast guard vessels entered waters near "
     "Scarborough Shoal, the foreign ministry said.", "diplomacy", "ACCUSE", "disapprove", "11", True,
     "Beijing", "Manila", ["interstate", "other-sense"]),
    ("The rights group blamed police for the disappearance of at least 11 activists in the past month.",
     "politics", "ACCUSE", "allege", "11", True, "The rights group", "police", ["blame"]),
    ("Serbia's president criticised Kosovo's decision to close two more border crossings, calling it a "
     "provocation.", "diplomacy", "ACCUSE", "disapprove", "11", True, "Serbia's president", "Kosovo",
     ["interstate"]),
    ("A parliamentary committee will question the defence chief next month about the failed hostage rescue.",
     "politics", "ACCUSE", "investigate", N, False, "A parliamentary committee", "the defence chief",
     ["future"]),
    # ---------------------------------------------------------------- REQUEST
    ("The Red Cross appealed for safe passage to evacuate some 200 wounded people trapped in the besieged "
     "town of El Fasher.", "conflict", "REQUEST", "assist", "02", True, "The Red Cross", N,
     ["appeal-vs-demand"]),
    ("Pope urges warring sides in South Sudan to lay down their weapons", "diplomacy", "REQUEST", "yield",
     "02", True, "Pope", "warring sides in South Sudan", ["headline", "appeal-vs-demand"]),
    ("Protest leaders demanded the immediate release of all detained demonstrators and the resignation of "
     "the police chief.", "protest", "REQUEST", "change", "10", True, "Protest leaders", N,
     ["appeal-vs-demand"]),
    ("Niger's military rulers ordered French troops to leave the country within a month.", "diplomacy",
     "REQUEST", "yield", "10", True, "Niger's military rulers", "French troops",
     ["appeal-vs-demand", "interstate"]),
    ("The mayor of Kherson asked residents of the riverside districts to evacuate ahead of expected shelling.",
     "conflict", "REQUEST", "change", "02", True, "The mayor of Kherson", "residents of the riverside districts",
     ["appeal-vs-demand"]),
    ("Somalia asked the African Union to delay the withdrawal of its peacekeepers by six months, citing gains "
     "by al-Shabaab.", "diplomacy", "REQUEST", "assist", "02", True, "Somalia", "the African Union",
     ["appeal-vs-demand", "several-events"]),
    ("Families of the kidnapped schoolgirls called on the federal government to open talks with the abductors.",
     "conflict", "REQUEST", "meet", "02", True, "Families of the kidnapped schoolgirls",
     "the federal government", ["appeal-vs-demand"]),
    ("The striking miners insisted that the company reinstate the 80 workers it dismissed in March before "
     "any return to work.", "protest", "REQUEST", "change", "10", True, "The striking miners", "the company",
     ["appeal-vs-demand", "labour-strike"]),
    ("Humanitarian agencies urgently need $400 million to feed displaced families in Cabo Delgado, the World "
     "Food Programme said in a statement issued in Maputo.", "diplomacy", "REQUEST", "assist", "02", True,
     "the World Food Programme", N, ["appeal-vs-demand", "implicit-appeal"]),
    # ---------------------------------------------------------------- CONSULT
    ("Egypt's foreign minister arrived in Khartoum on Sunday for talks with army chief General Idris Mahjoub on "
     "the humanitarian situation.", "diplomacy", "CONSULT", "visit", "04", True, "Egypt's foreign minister",
     "army chief General Idris Mahjoub", ["named-person"]),
    ("Presidents Ruto and Museveni spoke by telephone on Tuesday about the fuel pipeline dispute, State House "
     "said.", "diplomacy", "CONSULT", "phone", "04", True, "Ruto", "Museveni", ["named-person"]),
    ("Qatari mediators shuttled between Israeli and Hamas negotiators in Doha throughout Thursday night, two "
     "officials briefed on the talks said.", "diplomacy", "CONSULT", "third-party", "04", True,
     "Qatari mediators", "Israeli and Hamas negotiators", ["reported-claim"]),
    ("Foreign ministers of the 15 ECOWAS states gathered in Abuja for an emergency session on the coup in "
     "Guinea-Bissau.", "diplomacy", "CONSULT", "multilateral", "04", True,
     "Foreign ministers of the 15 ECOWAS states", N, []),
    ("The prime minister will travel to Ankara next week to meet President Erdogan, his office announced.",
     "diplomacy", "CONSULT", "visit", N, False, "The prime minister", "President Erdogan",
     ["future", "named-person"]),
    ("Government and rebel delegations met face to face for the first time in four years in Nairobi on "
     "Monday, without reaching any agreement.", "diplomacy", "CONSULT", "third-party", "04", True,
     "Government and rebel delegations", N, ["negated", "several-events"]),
    ("Talks between the two Koreas' military officers at the truce village of Panmunjom lasted three hours, "
     "Seoul's unification ministry said.", "diplomacy", "CONSULT", N, "04", True,
     "the two Koreas' military officers", N, ["nominal"]),
    ("Local elders from the Dinka and Nuer communities sat down with the county commissioner in Bor to discuss "
     "the cattle raids.", "politics", "CONSULT", N, "04", True,
     "Local elders from the Dinka and Nuer communities", "the county commissioner", []),
    ("Moscow denied that its envoy had met Taliban officials in secret last month.", "diplomacy", "CONSULT",
     "visit", "01", False, "its envoy", "Taliban officials", ["denial"]),
    # ---------------------------------------------------------------- AGREE
    ("Armenia and Azerbaijan signed a border demarcation protocol in Almaty on Friday, their foreign ministries "
     "said in a joint statement.", "diplomacy", "AGREE", N, "05", True, "Armenia", "Azerbaijan",
     ["interstate"]),
    ("The two factions agreed to a 72-hour humanitarian truce starting at dawn on Saturday, mediators said.",
     "conflict", "AGREE", N, "05", True, "The two factions", N, ["reported-claim"]),
    ("Indonesia pledged to send engineers to help rebuild Gaza's water network once fighting stops.",
     "diplomacy", "AGREE", N, "03", True, "Indonesia", N, ["future"]),
    ("After 19 hours of talks, the teachers' union and the education ministry reached a deal on pay that "
     "ends the three-week strike.", "protest", "AGREE", N, "05", True, "the teachers' union",
     "the education ministry", ["labour-strike", "several-events"]),
    ("Lebanon and Cyprus agree to restart maritime border talks", "diplomacy", "AGREE", N, "03", True,
     "Lebanon", "Cyprus", ["headline", "interstate"]),
    ("The militia's leader said on Sunday that his delegation had not yet signed the Luanda accord.",
     "conflict", "AGREE", N, N, False, "his delegation", N, ["negated"]),
    ("Pakistan and Afghanistan's Taliban government agreed on Wednesday to reopen the Torkham crossing after "
     "a week-long closure that left thousands of trucks stranded.", "diplomacy", "AGREE", N, "05", True,
     "Pakistan", "Afghanistan's Taliban government", ["interstate"]),
    # ---------------------------------------------------------------- statements (no PLOVER type)
    ("The government spokesman said the situation in the capital was calm and that schools would reopen on "
     "Monday.", "politics", N, N, "01", N, N, N, ["statement"]),
    ("Press release — The Ministry of Foreign Affairs takes note of the results of the referendum held on 12 "
     "October and will study them closely.", "diplomacy", N, N, "01", N, N, N, ["statement", "press-release"]),
    ("The general told reporters the army had \"no plans for now\" to enter the demilitarised zone.",
     "conflict", N, N, "01", N, N, N, ["statement", "negated"]),
    ("Kenya's interior minister said the country would hold its census in August as planned despite the "
     "unrest in the north.", "politics", N, N, "01", N, N, N, ["statement"]),
    # ---------------------------------------------------------------- SUPPORT
    ("The African Union commended Ghana's outgoing president for a peaceful handover of power.", "diplomacy",
     "SUPPORT", N, "05", True, "The African Union", "Ghana's outgoing president", ["praise"]),
    ("Germany voiced support for Moldova's bid to open EU accession talks before the end of the year.",
     "diplomacy", "SUPPORT", N, "05", True, "Germany", "Moldova", ["interstate"]),
    ("Three opposition parties endorsed former judge Celia Varga as their joint candidate for the presidency.",
     "politics", "SUPPORT", N, "05", True, "Three opposition parties", "former judge Celia Varga",
     ["named-person"]),
    ("Washington welcomed the release of the detained journalists and thanked Qatar for its mediation.",
     "diplomacy", "SUPPORT", N, "05", True, "Washington", "Qatar", ["praise", "several-events"]),
    # ---------------------------------------------------------------- AID
    ("A convoy of 40 trucks carrying flour, medicine and tents crossed into northwest Syria through Bab "
     "al-Hawa on Tuesday, the UN said.", "conflict", "AID", N, "07", True, N, "northwest Syria", []),
    ("Japan has given $15 million in emergency assistance to Rohingya refugees in Bangladesh, its embassy in "
     "Dhaka said.", "diplomacy", "AID", N, "07", True, "Japan", "Rohingya refugees in Bangladesh", []),
    ("Kenya sent 400 police officers to Haiti to join the multinational security mission, the first of a "
     "promised 1,000.", "diplomacy", "AID", N, "07", True, "Kenya", "Haiti", ["interstate"]),
    ("Médecins Sans Frontières doctors treated more than 300 wounded civilians at the hospital in Wad Madani "
     "in the first week of the fighting.", "conflict", "AID", N, "07", True,
     "Médecins Sans Frontières doctors", "more than 300 wounded civilians", []),
    ("The United States announced a new package of air-defence missiles and artillery shells for Ukraine on "
     "Friday.", "diplomacy", "AID", N, "07", True, "The United States", "Ukraine", ["interstate"]),
    # ---------------------------------------------------------------- MOBILIZE
    ("Tanks and armoured vehicles were moved overnight to the border with Chad, witnesses in Geneina said.",
     "conflict", "MOBILIZE", "troops", "15", True, N, N, ["passive", "reported-claim"]),
    ("Venezuela's defence ministry put its air force on high alert and deployed 5,000 troops to the "
     "Essequibo frontier.", "conflict", "MOBILIZE", "troops", "15", True, "Venezuela's defence ministry", N,
     ["several-events"]),
    ("Community leaders in Plateau state said vigilantes had been called up and armed to guard villages after "
     "the latest killings.", "conflict", "MOBILIZE", "militia", "15", True, N, N, ["reported-claim", "passive"]),
    ("Police reinforcements poured into the capital ahead of Friday's verdict in the opposition leader's "
     "trial.", "politics", "MOBILIZE", "police", "15", True, "Police reinforcements", N, []),
    # ---------------------------------------------------------------- SANCTION
    ("The European Union imposed asset freezes and travel bans on six Belarusian judges over the jailing of "
     "opposition figures.", "diplomacy", "SANCTION", N, "16", True, "The European Union",
     "six Belarusian judges", ["interstate"]),
    ("Mali expelled the French ambassador and gave him 72 hours to leave the country.", "diplomacy",
     "SANCTION", "expel", "16", True, "Mali", "the French ambassador", ["interstate", "several-events"]),
    ("A military court in Kinshasa sentenced 26 people to death for their part in the failed coup attempt.",
     "justice", "SANCTION", "convict", "16", True, "A military court in Kinshasa", "26 people", []),
    ("Burkina Faso suspended cooperation with the regional anti-jihadist force, the junta's spokesman said.",
     "diplomacy", "SANCTION", "discontinue", "16", True, "Burkina Faso", "the regional anti-jihadist force",
     []),
    # ---------------------------------------------------------------- RETREAT
    ("Hamas handed over four hostages to the Red Cross in Khan Younis on Saturday in exchange for 200 "
     "Palestinian prisoners.", "conflict", "RETREAT", "release", "08", True, "Hamas", "four hostages",
     ["several-events"]),
    ("Rwandan-backed fighters withdrew from the mining town of Walikale on Monday, two days after capturing "
     "it, local officials said.", "conflict", "RETREAT", "withdraw", "08", True, "Rwandan-backed fighters",
     "the mining town of Walikale", ["several-events"]),
    ("Peru's interior minister resigns after deadly protests", "politics", "RETREAT", "resign", "08", True,
     "Peru's interior minister", N, ["headline"]),
    ("The ceasefire in Tripoli held through the night, with no gunfire heard for the first time in a week, "
     "residents said.", "conflict", "RETREAT", "ceasefire", "08", True, N, N, ["negated", "reported-claim"]),
    ("Authorities reopened the Rafah crossing to aid trucks and wounded patients for the first time since "
     "May.", "conflict", "RETREAT", "access", "08", True, "Authorities", "the Rafah crossing", []),
    # ---------------------------------------------------------------- REJECT
    ("The Houthis rejected a UN proposal to reopen roads into Taiz, calling it one-sided.", "conflict",
     "REJECT", N, "12", True, "The Houthis", "a UN proposal", []),
    ("Israel's cabinet turned down a request by the Red Cross to visit detainees held at the Sde Levi camp.",
     "conflict", "REJECT", "assist", "12", True, "Israel's cabinet", "the Red Cross", []),
    ("The president refused to meet the striking doctors' representatives, saying their strike was illegal.",
     "politics", "REJECT", "meet", "12", True, "The president", "the striking doctors' representatives",
     ["labour-strike"]),
    ("Tehran dismissed the IAEA's demand for access to the Fordow site as \"politically motivated\".",
     "diplomacy", "REJECT", N, "12", True, "Tehran", N, ["quote"]),
    # ---------------------------------------------------------------- THREATEN
    ("Turkey warned it would launch a new ground operation in northern Syria if attacks on its border towns "
     "continued.", "diplomacy", "THREATEN", "violence", "13", True, "Turkey", N, ["interstate", "hypothetical"]),
    ("The ruling party threatened to ban the main opposition movement after its leaders called for a general "
     "strike.", "politics", "THREATEN", "restrict", "13", True, "The ruling party",
     "the main opposition movement", ["several-events"]),
    ("China said it would cut off military dialogue with Washington if the arms sale to Taiwan went ahead.",
     "diplomacy", "THREATEN", "relations", "13", True, "China", "Washington", ["interstate", "hypothetical"]),
    ("The army gave the gunmen holed up in the seminary until midnight to surrender or face an assault.",
     "conflict", "THREATEN", "violence", "13", True, "The army", "the gunmen holed up in the seminary", []),
    # ---------------------------------------------------------------- COOPERATE
    ("Colombian and Ecuadorean police carried out a joint operation along the border that dismantled three "
     "cocaine laboratories.", "crime", "COOPERATE", N, "06", True, "Colombian and Ecuadorean police", N,
     ["light-verb", "interstate"]),
    ("Iraq handed over 12 suspected Islamic State members to Syrian Kurdish authorities under a prisoner "
     "transfer arrangement.", "conflict", "COOPERATE", N, "06", True, "Iraq", "Syrian Kurdish authorities", []),
    ("Indian and Japanese warships held joint exercises in the Bay of Bengal on Thursday.", "diplomacy",
     "COOPERATE", N, "06", True, "Indian and Japanese warships", N, ["interstate"]),
    # ---------------------------------------------------------------- CONCEDE
    ("The government lifted the state of emergency in the Amhara region after six months, state television "
     "reported.", "politics", "CONCEDE", N, "08", True, "The government", "the Amhara region", []),
    ("Under pressure from the street, the transport minister scrapped the planned fuel tax rise on Friday.",
     "politics", "CONCEDE", N, "08", True, "the transport minister", N, []),
    # ---------------------------------------------------------------- more realistic-mix political
    ("Gunmen stormed a mine in northern Burkina Faso, where the army says it killed 30 of the attackers in "
     "the ensuing battle.", "conflict", "ASSAULT", "firearms", "19", True, "Gunmen", "a mine",
     ["several-events", "reported-claim"]),
    ("Soldiers fire on crowd in Conakry, two killed as opposition protest turns violent", "protest", "ASSAULT",
     "crowd-control", "17", True, "Soldiers", "crowd", ["headline", "several-events"]),
    ("The foreign minister described the talks in Geneva as \"frank and constructive\" but said no date had "
     "been set for a second round.", "diplomacy", "CONSULT", "third-party", "04", True, N, N,
     ["quote", "several-events"]),
    ("Human Rights Watch urged Tunisia to drop charges against the 17 lawyers arrested last month.",
     "politics", "REQUEST", "change", "02", True, "Human Rights Watch", "Tunisia", ["appeal-vs-demand"]),
    ("Police said they had arrested two men suspected of planting the bomb that killed a judge in Peshawar.",
     "justice", "COERCE", "arrest", "17", True, "Police", "two men", ["several-events"]),
    ("The opposition accused the electoral board of rigging the count and said it would not recognise the "
     "result.", "politics", "ACCUSE", "allege", "11", True, "The opposition", "the electoral board",
     ["several-events"]),
    ("Yemen's government and the Houthis agreed at UN-mediated talks in Muscat to swap around 900 prisoners.",
     "conflict", "AGREE", N, "05", True, "Yemen's government", "the Houthis", ["several-events"]),
    ("As talks on the prisoner swap stalled, both sides traded artillery fire along the front line near "
     "Toretsk.", "conflict", "ASSAULT", "heavy-weapons", "19", True, "both sides", N, ["several-events"]),
    ("Ethiopia's government said reports that its troops had killed civilians in the Amhara town of Merawi "
     "were \"fabricated\".", "conflict", "ASSAULT", "firearms", "01", False, "its troops", "civilians",
     ["denial"]),
    ("The national guard is expected to take over security at the port from next month under a plan still "
     "awaiting parliament's approval.", "politics", "MOBILIZE", "troops", N, False, "The national guard",
     "the port", ["future"]),
    # ---------------------------------------------------------------- NON-POLITICAL hard negatives
    ("Rovers striker Tomás Ferreira fired a hat-trick as the leaders battered Dunfield Athletic 5-1 to "
     "extend their lead at the top to nine points.", "sport", N, N, N, N, N, N, ["sport-violence-word"]),
    ("Champions Kestrel Hawks were hit by a last-minute raid down the left as the visitors snatched a 2-2 draw.",
     "sport", N, N, N, N, N, N, ["sport-violence-word"]),
    ("Fans clash outside stadium before derby — no arrests, club says", "sport", N, N, N, N, N, N,
     ["sport-violence-word", "headline"]),
    ("Shares in carmaker Velo Motors were hammered on Tuesday after the company slashed its profit forecast, "
     "wiping 18 percent off its market value.", "markets", N, N, N, N, N, N, ["market-violence-word"]),
    ("Oil prices shot up 4% as traders braced for the hurricane to strike refineries on the Gulf coast.",
     "markets", N, N, N, N, N, N, ["market-violence-word", "weather"]),
    ("A powerful blast ripped through a fireworks warehouse in the city of Sivakasi on Monday afternoon, "
     "killing six workers, fire officials said.", "accident", N, N, N, N, N, N, ["accident"]),
    ("Storm Imogen battered the Atlantic coast overnight, ripping roofs off homes and cutting power to 80,000 "
     "households.", "weather", N, N, N, N, N, N, ["disaster", "other-sense"]),
    ("Wildfire forces thousands to flee as flames seize hillside suburbs", "disaster", N, N, N, N, N, N,
     ["disaster", "headline", "other-sense"]),
    ("A 6.8-magnitude earthquake struck off the coast of Sumatra on Wednesday, triggering a brief tsunami "
     "warning.", "disaster", N, N, N, N, N, N, ["disaster", "other-sense"]),
    ("Two men stabbed a shopkeeper during an armed robbery at a petrol station on Elm Road late on Saturday, "
     "detectives said.", "crime", N, N, N, N, N, N, ["crime-no-political-actor"]),
    ("The thieves blew open the cash machine with gas in the early hours and escaped with an undisclosed sum.",
     "crime", N, N, N, N, N, N, ["crime-no-political-actor", "other-sense"]),
    ("Pop star Lira's surprise album attacks the music industry's treatment of young women, and critics say "
     "it is her boldest record yet.", "entertainment", N, N, N, N, N, N, ["other-sense"]),
    ("The sequel bombed at the box office, taking just $9 million in its opening weekend.", "entertainment",
     N, N, N, N, N, N, ["idiom", "other-sense"]),
    ("Researchers found that the new antibody attacks the virus at a site that rarely mutates.", "science",
     N, N, N, N, N, N, ["other-sense"]),
    ("Lightning strike sparks fire at chemical plant, residents told to keep windows shut", "accident", N, N,
     N, N, N, N, ["headline", "accident", "other-sense"]),
    ("The chess champion launched a blistering kingside attack and forced resignation in 31 moves.", "sport",
     N, N, N, N, N, N, ["sport-violence-word"]),
    ("Investors fled riskier assets as the yen came under attack from speculators for a second day.",
     "markets", N, N, N, N, N, N, ["market-violence-word"]),
    ("The heavyweight knocked out his challenger in the third round with a crushing right hook.", "sport", N,
     N, N, N, N, N, ["sport-violence-word"]),
    ("A bus carrying pilgrims plunged into a ravine in Himachal Pradesh, killing 17 people, police said.",
     "accident", N, N, N, N, N, N, ["accident"]),
    ("Commuters face a week of misery as the Metro Line 2 strike enters its third day.", "protest", "PROTEST",
     "strike", "14", True, N, N, ["labour-strike", "other-sense"]),
    ("Hailstones the size of golf balls hit vineyards across Burgundy, destroying up to half of this year's "
     "crop in some villages.", "weather", N, N, N, N, N, N, ["weather", "other-sense"]),
    ("The Warriors stormed back from 20 points down to beat the Raiders 112-108 in overtime.", "sport", N, N,
     N, N, N, N, ["sport-violence-word"]),
    ("In a hostile takeover battle, Grenmark launched a dawn raid on rival Halvor Foods' shares, snapping up "
     "a 14% stake.", "business", N, N, N, N, N, N, ["market-violence-word", "idiom"]),
    ("A gas explosion destroyed a five-storey apartment block in Dnipro's suburbs on Sunday; emergency "
     "services said a faulty boiler was to blame.", "accident", N, N, N, N, N, N, ["accident", "other-sense"]),
    ("Firefighters battled a blaze at a recycling depot in Leeds for nine hours before bringing it under "
     "control.", "accident", N, N, N, N, N, N, ["accident", "other-sense"]),
    ("Two rival fishermen's families clashed over a boundary dispute in the village, leaving one man with a "
     "broken arm, locals said.", "crime", N, N, N, N, N, N, ["crime-no-political-actor", "borderline"]),
    ("The country's top-selling war game lets players command an army to capture cities across a "
     "fictional continent.", "tech", N, N, N, N, N, N, ["other-sense"]),
    ("Bitcoin crashed below $50,000 in a wave of selling that traders called a bloodbath.", "markets", N, N,
     N, N, N, N, ["market-violence-word"]),
    ("England's bowlers ripped through the Australian top order, taking four wickets for 19 runs before lunch.",
     "sport", N, N, N, N, N, N, ["sport-violence-word"]),
    ("The astronomers fired a laser at the Moon's surface to measure its distance to within millimetres.",
     "science", N, N, N, N, N, N, ["other-sense"]),
    ("A pack of dogs attacked a seven-year-old boy in a park in Craiova, and he is in stable condition.",
     "other", N, N, N, N, N, N, ["other-sense"]),
    ("The national airline's pilots are threatening a summer of disruption, and holidaymakers are worried.",
     "business", "THREATEN", N, "13", True, "The national airline's pilots", N, ["labour-strike", "borderline"]),
    ("Police arrested a 34-year-old man after a woman was found with knife wounds in a flat in Kettering.",
     "crime", "COERCE", "arrest", "17", True, "Police", "a 34-year-old man", ["borderline"]),
    ("A jury convicted the former gym owner of fraud on Thursday after a six-week trial.", "justice",
     "SANCTION", "convict", "16", True, "A jury", "the former gym owner", ["borderline"]),
    ("Ceasefire between the neighbours' cats finally holds, writes our columnist — after three months of "
     "skirmishes in the back garden.", "other", N, N, N, N, N, N, ["other-sense", "metaphor"]),
    ("Local news: Scouts' annual 'invasion' of Harlow Common goes ahead despite rain, with 300 youngsters "
     "pitching tents.", "other", N, N, N, N, N, N, ["other-sense", "local"]),
    ("The Tigers captured their first title in 22 years after a penalty shoot-out.", "sport", N, N, N, N, N, N,
     ["sport-violence-word"]),
    ("Prices of staple foods in Lagos shot up after fuel costs doubled, traders said, hitting poorer "
     "households hardest.", "business", N, N, N, N, N, N, ["market-violence-word"]),
    ("Heavy rains triggered landslides that buried at least 12 homes in the hills above Medellín; soldiers "
     "joined the search for survivors.", "disaster", N, N, N, N, N, N, ["disaster"]),
    ("The cyclists went on the attack on the final climb, and Dutchman Jorrit Smeets seized the yellow "
     "jersey.", "sport", N, N, N, N, N, N, ["sport-violence-word"]),
    ("A tanker truck exploded on a highway near Kaduna after overturning, and scores of people who had gathered "
     "to collect fuel were killed.", "accident", N, N, N, N, N, N, ["accident", "other-sense"]),
    ("The film's siege sequence, shot over 40 nights in Malta, is its most gripping half-hour.",
     "entertainment", N, N, N, N, N, N, ["other-sense"]),
    ("Markets: European shares took a beating for a third day as bond yields fired higher.", "markets", N, N,
     N, N, N, N, ["market-violence-word"]),
    ("A ransomware gang hit the hospital's booking system over the weekend, forcing staff to use paper "
     "records.", "tech", N, N, N, N, N, N, ["crime-no-political-actor", "other-sense"]),
    ("Rival drug gangs fought a gun battle in the streets of Guayaquil's port district, leaving five dead.",
     "crime", N, N, N, N, N, N, ["crime-no-political-actor", "borderline"]),
    ("Two elephants raided maize fields near Kasungu overnight, villagers said.", "other", N, N, N, N, N, N,
     ["other-sense"]),
    ("The stock exchange halted trading for an hour after a fire alarm, not a cyber attack, officials said.",
     "markets", N, N, N, N, N, N, ["negated", "other-sense"]),
    ("Glasgow's bin workers, who struck for eight days last month, accepted a 6% pay offer on Friday.",
     "protest", "AGREE", N, "05", True, "Glasgow's bin workers", N, ["labour-strike", "several-events"]),
    ("The coach hit out at referees after his side were beaten by a controversial late penalty.", "sport",
     N, N, N, N, N, N, ["sport-violence-word", "idiom"]),
    ("Volcano erupts on Iceland's Reykjanes peninsula, forcing evacuation of fishing town", "disaster", N, N,
     N, N, N, N, ["disaster", "headline"]),
    ("Hundreds of fans stormed the pitch after the final whistle to celebrate promotion.", "sport", N, N, N,
     N, N, N, ["sport-violence-word"]),
    ("The band's drummer was shot in the leg in what police called a random street robbery in Atlanta.",
     "crime", N, N, N, N, N, N, ["crime-no-political-actor", "us-local", "passive"]),
    ("Lawmakers debated the budget for eleven hours; the vote is expected on Thursday.", "politics", N, N,
     N, N, N, N, ["no-event"]),
    ("A training accident killed a soldier at the Salisbury Plain range when an armoured vehicle overturned, "
     "the Ministry of Defence said.", "accident", N, N, N, N, N, N, ["accident", "other-sense"]),
    ("Tech giant Orvana is fighting a $2 billion antitrust fine from Brussels, which it says is unfair.",
     "business", N, N, N, N, N, N, ["other-sense", "idiom"]),
]


def record(i: int, item: tuple) -> dict:
    text, domain, event, mode, root, asserted, actor, recipient, tags = item
    group = f"ho4-{i:03d}"
    if root is None or root in ("01", "02"):
        quad = 0
    else:
        r = int(root)
        quad = 1 if 3 <= r <= 5 else 2 if 6 <= r <= 8 else 3 if (9 <= r <= 13 or r == 16) else 4
    return {"id": f"{group}-1", "text": text, "domain": domain, "political": event is not None,
            "event": event, "mode": mode, "quad": quad, "cameo_root": root, "asserted": asserted,
            "actor": actor, "recipient": recipient, "tags": list(tags), "group": group}


def main() -> None:
    rows = [record(i, it) for i, it in enumerate(ITEMS, 1)]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} sentences to {OUT.name}")


if __name__ == "__main__":
    main()
