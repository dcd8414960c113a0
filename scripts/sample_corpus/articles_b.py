# ruff: noqa: C408
"""Original fictional articles a17-a32 (plus the non-English and empty pages).

All text is invented for truce. People, armed groups and outlets are fictional.
"""

ARTICLES_B = [
    dict(
        id="a17", fmt="rss", outlet="Sahel Wire", published="2026-03-03T16:00:00+02:00",
        url="https://sahelwire.example/news/2026/03/03/cairo-fawzi-lnf-envoy",
        title="Egypt hosts rebel envoy, urges both sides to hold the line",
        dateline="CAIRO, March 3 (Sahel Wire) - ",
        paras=[
            "Egyptian Foreign Minister Hisham Fawzi met a senior envoy of the Libyan National Front in Cairo on Tuesday and urged the rebels to stick to the ceasefire despite the deadly incident in Sirte.",
            "The envoy, Abdelhakim Mansouri, a political adviser to Gen. Salem Warfalli, told Fawzi that the LNF remained committed to the truce, the Egyptian Foreign Ministry said.",
            "Fawzi later spoke by phone with Turkish Foreign Minister Kemal Aydin. The two ministers agreed to coordinate their efforts to support the UN mission, the ministry said.",
            "“Egypt will not accept any return to fighting on its western border,” Fawzi told reporters after the meeting.",
        ],
    ),
    dict(
        id="a18", fmt="txt", outlet="Tripoli Times", published="2026-03-04T15:10:00+02:00",
        url="https://tripolitimes.example/2026/03/04/zawiya-brigades-join-ceasefire",
        title="Zawiya Brigades join nationwide ceasefire",
        dateline="ZAWIYA, March 4 (Tripoli Times) - ",
        artefacts=False,
        paras=[
            "The Zawiya Brigades, a militia that controls the oil refinery district of the western city of Zawiya, said on Wednesday that it had accepted the nationwide ceasefire, three days after it took effect.",
            "The group’s leader, Mustafa Ghariani, announced the decision at a gathering of local notables, saying the militia had received “guarantees” from the UN mission that its members would not be prosecuted for past fighting.",
            "The Government of National Unity welcomed the move. Defence Minister Omar Zintani said the Zawiya Brigades would be invited to join a joint military committee to monitor the truce.",
            "Residents of Zawiya said clashes between the militia and a rival armed group had stopped since the weekend, and traffic had resumed on the coastal highway towards Tripoli.",
            "UN envoy Marta Lindqvist said on social media that the decision was “another brick in the wall of peace”.",
        ],
    ),
    dict(
        id="a19", fmt="html", outlet="Mediterranean Post", published="2026-03-05T10:45:00+01:00",
        url="https://medpost.example/world/africa/derna-second-convoy-tobruk",
        title="Second aid convoy reaches Derna as ceasefire opens roads",
        dateline="DERNA, March 5 (Mediterranean Post) — ",
        artefacts=True, teaser="Malta coastguard rescues 60 off its southern coast",
        no_date_meta=True,
        paras=[
            "A second UN aid convoy arrived in Derna on Thursday, bringing flour, baby milk and medical supplies for about 30,000 people, the World Food Programme said.",
            "The 20-truck convoy travelled from the port of Tobruk along a road that had been closed for weeks by fighting, and crossed the front line without incident.",
            "“The ceasefire is already making a difference for families here,” said the WFP country director, Karin Holm. She said the agency hoped to reach Derna every week.",
            "The Libyan National Front escorted the convoy for the final stretch. The Libyan Red Crescent said hospitals in the city were running short of insulin and anaesthetics.",
        ],
    ),
    dict(
        id="a20", fmt="jsonl", outlet="Global Brief", published="2026-03-06T13:25:00+01:00",
        url="https://globalbrief.example/africa/lnf-accuses-army-gharyan-air-strikes",
        title="Rebels accuse army of air strikes near Gharyan; army denies",
        dateline="TRIPOLI, March 6 (Global Brief) - ",
        paras=[
            "The Libyan National Front accused government forces on Friday of carrying out air strikes on its positions near Gharyan, in what it called a flagrant violation of the ceasefire.",
            "LNF spokesman Nasser Obeidi said two warplanes struck a base south of the town on Thursday afternoon, wounding four fighters. “We reserve the right to respond,” he said.",
            "The army denied the accusation. “The air force did not carry out any air strikes near Gharyan. All our aircraft have been on the ground since March 1,” Col. Faraj Amari said.",
            "The Libyan Observatory for Human Rights said residents had heard explosions near Gharyan on Thursday but that it could not confirm an air strike had taken place.",
            "The UN Support Mission in Libya asked the joint military committee to investigate.",
        ],
    ),
    dict(
        id="a21", fmt="txt", outlet="Desert Herald", published="2026-03-07T12:00:00+02:00",
        url="https://desertherald.example/politics/2026/03/07/tripoli-power-cuts-protest",
        title="Police break up Tripoli protest over power cuts",
        dateline="TRIPOLI, March 7 (Desert Herald) - ",
        artefacts=True, teaser="Libyan dinar steadies on the parallel market",
        paras=[
            "Police fired tear gas to disperse several hundred people protesting against power cuts in Tripoli’s Souq al-Juma district on Friday night, residents said.",
            "Protesters blocked a main road with burning tyres, chanting against the government and demanding that electricity be restored. Some districts of the capital have had less than eight hours of power a day.",
            "Police arrested at least twelve people, among them a freelance photographer, Yousef Darrat, who was later released without charge, the Libyan Observatory for Human Rights said.",
            "Prime Minister Khalid Bensaad said the government understood the anger of residents and promised that a new generator unit would be switched on next week.",
        ],
    ),
    dict(
        id="a22", fmt="warc", outlet="Sahel Wire", published="2026-03-08T09:30:00+02:00",
        url="https://sahelwire.example/news/2026/03/08/ubari-truck-drivers-abducted",
        title="Jihadists seize checkpoint near Ubari, abduct truck drivers",
        dateline="SABHA, March 8 (Sahel Wire) - ",
        paras=[
            "Gunmen from Jabhat Fajr al-Sahil seized a checkpoint on the road between Ubari and Sabha on Saturday and abducted four truck drivers carrying fuel, local officials said.",
            "The drivers’ employer said the group had demanded a ransom. Army units later recaptured the checkpoint after a brief firefight, the Defence Ministry said.",
            "Jabhat Fajr al-Sahil, formerly known as Ansar al-Sahil, is excluded from the ceasefire that took effect on March 1. The UN has said the government may continue operations against it.",
            "Local officials in Sabha have asked the UN to extend the truce to their region to protect civilians from fighting between the army and local armed groups.",
        ],
    ),
    dict(
        id="a23", fmt="rss", outlet="Mediterranean Post", published="2026-03-09T18:20:00+01:00",
        url="https://medpost.example/world/africa/lindqvist-sabha-extension-talks",
        title="UN envoy seeks to extend Libya truce to Sabha",
        dateline="TRIPOLI, March 9 (Mediterranean Post) — ",
        paras=[
            "UN envoy Marta Lindqvist said on Monday she was holding talks with the government and local leaders in the south on extending the ceasefire to cover Sabha.",
            "Lindqvist met Prime Minister Khalid Bensaad in Tripoli and spoke by phone with Italian Foreign Minister Giulia Ferraro, the UN mission said.",
            "“People in Sabha deserve the same protection as people in Sirte or Misrata,” Lindqvist said.",
            "The EU repeated its warning that it could impose sanctions on anyone undermining the truce. An announcement on the extension could come as early as Tuesday, diplomats said.",
        ],
    ),
    dict(
        id="a24", fmt="html", outlet="Tripoli Times", published="2026-03-10T20:05:00+02:00",
        url="https://tripolitimes.example/2026/03/10/truce-extended-sabha",
        title="Ceasefire extended to Sabha as jihadist group renames itself",
        dateline="SABHA, March 10 (Tripoli Times) - ",
        paras=[
            "Libya’s ceasefire was extended on Tuesday to cover the southern city of Sabha, the UN Support Mission in Libya said, after local leaders and the government agreed on security arrangements for the area.",
            "The agreement was signed in Sabha by Defence Minister Omar Zintani and representatives of the city’s main tribes, in the presence of UN envoy Marta Lindqvist.",
            "On the same day, the jihadist group Jabhat Fajr al-Sahil announced in an online statement that it had changed its name to the Sahil Liberation Committee. Analysts said the move was an attempt to distance itself from its past.",
            "The UN said the renamed group remained excluded from the ceasefire. “A new name does not change what this group is,” Lindqvist said.",
            "The government said it would release a group of detainees from Sabha next week as a sign of goodwill.",
        ],
    ),
    dict(
        id="a25", fmt="txt", outlet="Global Brief", published="2026-03-11T14:35:00+01:00",
        url="https://globalbrief.example/africa/sahil-liberation-committee-claims-attack",
        title="Renamed jihadist group claims attack near Sabha",
        dateline="SABHA, March 11 (Global Brief) - ",
        artefacts=False,
        paras=[
            "The Sahil Liberation Committee, the new name of the jihadist group formerly known as Jabhat Fajr al-Sahil, claimed responsibility on Wednesday for a bomb attack on an army patrol near Sabha.",
            "A roadside bomb exploded as the patrol passed on Tuesday night, killing one soldier and wounding three, a military source said.",
            "The army said it responded with air strikes on hideouts of the group in the desert south of the city early on Wednesday.",
            "Col. Faraj Amari said the operation was “fully consistent with the ceasefire”, which excludes the group. The UN mission did not object.",
            "The Libyan National Front said it did not take part in the fighting and reiterated its commitment to the truce.",
        ],
    ),
    dict(
        id="a26", fmt="jsonl", outlet="Desert Herald", published="2026-03-12T10:00:00+02:00",
        url="https://desertherald.example/politics/2026/03/12/bani-walid-drone-investigation",
        title="UN to investigate drone strike near Bani Walid",
        dateline="BANI WALID, March 12 (Desert Herald) - ",
        paras=[
            "A drone struck a house on the outskirts of Bani Walid on Wednesday evening, killing a man and his son, residents and medical sources said.",
            "The Libyan National Front blamed the government, saying the house belonged to a family of one of its commanders. “This is an assassination and a violation of the ceasefire,” LNF spokesman Nasser Obeidi said.",
            "The army denied carrying out the strike. Col. Faraj Amari said no government drone had flown over Bani Walid since the ceasefire began.",
            "The UN Support Mission in Libya said it would investigate the incident together with the joint military committee.",
            "Elders in Bani Walid called on both sides to respect the truce and said the town would not be dragged back into the war.",
        ],
    ),
    dict(
        id="a27", fmt="html", outlet="Sahel Wire", published="2026-03-12T15:50:00+02:00",
        url="https://sahelwire.example/news/2026/03/12/misrata-mortar-rounds-ghiran",
        title="Mortar rounds land in Misrata’s Ghiran district",
        dateline="MISRATA, March 12 (Sahel Wire) - ",
        artefacts=True, teaser="Libya’s central bank names new governor",
        paras=[
            "Several mortar rounds landed in Misrata’s Ghiran district on Thursday morning, damaging houses and a school but causing no casualties, the city council said.",
            "The government accused the Libyan National Front of firing the rounds from positions near Tawergha. “This is a deliberate attack on a residential area,” Prime Minister Khalid Bensaad said.",
            "The LNF rejected the accusation. “Our forces did not fire a single shell at Misrata,” spokesman Nasser Obeidi said, suggesting that “criminal gangs” might be responsible.",
            "The Libyan Observatory for Human Rights said five rounds had fallen in the district and that the source of fire was not clear.",
            "The army said it had put its units around Misrata on high alert.",
        ],
    ),
    dict(
        id="a28", fmt="txt", outlet="Mediterranean Post", published="2026-03-13T11:30:00+01:00",
        url="https://medpost.example/world/africa/lnf-frees-soldiers-ajdabiya",
        title="Rebels free 25 soldiers in Ajdabiya",
        dateline="AJDABIYA, Libya, March 13 (Mediterranean Post) — ",
        artefacts=True, teaser="Greek ferry strike disrupts island travel",
        paras=[
            "The Libyan National Front released 25 government soldiers it had held in Ajdabiya on Friday, answering the government’s release of 40 rebel detainees earlier this month.",
            "The soldiers, some of whom had been held for more than a year, were handed to the International Committee of the Red Cross at a school on the edge of the city and driven west.",
            "“We promised and we delivered,” LNF commander Gen. Salem Warfalli said. Defence Minister Omar Zintani thanked the ICRC and said more releases should follow.",
            "Families of missing soldiers gathered in Misrata to wait for the buses. Some wept as they found their sons; others left without news.",
        ],
    ),
    dict(
        id="a29", fmt="warc", outlet="Global Brief", published="2026-03-14T12:15:00+01:00",
        url="https://globalbrief.example/africa/cairo-talks-ceasefire-renewal-march-20",
        title="Cairo to host talks on renewing Libya ceasefire next week",
        dateline="CAIRO, March 14 (Global Brief) - ",
        paras=[
            "Talks on renewing Libya’s ceasefire will take place in Cairo on March 20, Egyptian Foreign Minister Hisham Fawzi said on Saturday.",
            "Fawzi said delegations from the Government of National Unity and the Libyan National Front had agreed to attend, along with UN envoy Marta Lindqvist. Turkish Foreign Minister Kemal Aydin and Italian Foreign Minister Giulia Ferraro are also expected.",
            "The current truce was agreed for an initial period and must be renewed to stay in force. Diplomats said the talks would also discuss the withdrawal of heavy weapons from Sirte.",
            "“If the ceasefire holds until the Cairo meeting, we will have a real chance to turn it into a lasting peace,” Fawzi said.",
        ],
    ),
    dict(
        id="a30", fmt="jsonl", outlet="Tripoli Times", published="2026-03-15T17:45:00+02:00",
        url="https://tripolitimes.example/2026/03/15/lnf-reinforcements-ajdabiya",
        title="Government warns rebels over reinforcements near Ajdabiya",
        dateline="TRIPOLI, March 15 (Tripoli Times) - ",
        paras=[
            "The Libyan government warned the Libyan National Front on Sunday against moving fighters towards the front line, after reports that the rebels had sent armoured vehicles west of Ajdabiya.",
            "Residents and a local official said a column of about 30 vehicles, including tanks, left Ajdabiya on Saturday heading towards Brega.",
            "“If the rebels attack, our forces will respond with full force,” Defence Minister Omar Zintani said. He said the army had raised its state of readiness.",
            "LNF spokesman Nasser Obeidi said the vehicles were being moved to a maintenance base and that the front “will not attack anyone”.",
            "UN envoy Marta Lindqvist called on both sides to avoid any step that could undermine next week’s talks in Cairo.",
        ],
    ),
    dict(
        id="a31", fmt="rss", outlet="Sahel Wire", published="2026-03-16T08:00:00+02:00",
        url="https://sahelwire.example/news/2026/03/16/eu-sanctions-sahil-commanders",
        title="EU sanctions three commanders of Libyan jihadist group",
        dateline="BRUSSELS, March 16 (Sahel Wire) - ",
        paras=[
            "The European Union imposed sanctions on Monday on three commanders of the Sahil Liberation Committee, the jihadist group active in southern Libya, freezing their assets and banning them from travel to the bloc.",
            "EU foreign ministers said the men were responsible for attacks on civilians and for the abduction of truck drivers near Ubari earlier this month.",
            "The Libyan government welcomed the decision. Two weeks into the nationwide ceasefire, the Libyan Observatory for Human Rights said it had recorded 31 deaths linked to the conflict since March 1, most of them in the south.",
            "The EU did not impose measures on members of the Libyan National Front or the government, saying both sides were “broadly respecting” the truce.",
        ],
    ),
    dict(
        id="a32", fmt="html", outlet="Desert Herald", published="2026-03-16T13:10:00+02:00",
        url="https://desertherald.example/east/2026/03/16/ferraro-derna-hospital-pledge",
        title="Italy pledges to rebuild Derna hospital",
        dateline="DERNA, March 16 (Desert Herald) - ",
        no_date_meta=True,
        paras=[
            "Italian Foreign Minister Giulia Ferraro visited Derna on Monday, the first foreign minister to travel to the city since the war began, and promised Italian funding to rebuild its main hospital.",
            "Ferraro toured the damaged building with local doctors and met LNF officials who run the city. She later flew to Benghazi for talks with Gen. Salem Warfalli.",
            "“The hospital will reopen within a year, and that is a promise,” Ferraro said. The Tripoli government, which had been informed of the visit in advance, raised no objection.",
            "Doctors said the hospital had been without electricity for months and that patients were being sent to Tobruk for surgery.",
        ],
    ),
]

# A short French article (kind "non-english").
FRENCH = dict(
    id="f01", fmt="html", outlet="Le Courrier du Maghreb", published="2026-03-02T10:00:00+01:00",
    url="https://courriermaghreb.example/afrique/2026/03/02/libye-cessez-le-feu-premier-jour",
    title="Libye : premier jour calme pour le cessez-le-feu, malgré un incident près de Khoms",
    dateline="TUNIS, 2 mars (Le Courrier du Maghreb) – ",
    language="fr",
    paras=[
        "Le cessez-le-feu national conclu à Genève est entré en vigueur dimanche à minuit en Libye. La nuit a été globalement calme sur les lignes de front, selon l’Observatoire libyen des droits de l’homme.",
        "L’armée a toutefois accusé le Front national libyen d’avoir attaqué un poste de contrôle près de Khoms dimanche à l’aube, tuant un soldat. Le Front a démenti toute implication.",
        "Le Front national libyen a annoncé dimanche soir qu’il acceptait l’accord. « Nous respecterons le cessez-le-feu », a déclaré son commandant, le général Salem Warfalli.",
        "L’émissaire de l’ONU, Marta Lindqvist, a salué une « première étape » et appelé les deux camps à la retenue.",
    ],
)

# A navigation-only page with no article text (kind "no-main-text").
EMPTY = dict(
    id="e01", fmt="html", outlet="Tripoli Times", published=None,
    url="https://tripolitimes.example/section/libya",
    title="Libya | Tripoli Times",
    paras=[],
)
