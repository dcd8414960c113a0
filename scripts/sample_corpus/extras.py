"""Closing background paragraphs appended to the originals (fictional, descriptive).

They describe the setting and report no new events, so the gold labels stay valid.
"""

EXTRA = {
    "a02": [
        "Gharyan sits on the edge of the Nafusa mountains about 80 km south of the capital and controls one of the main roads into Tripoli from the south.",
    ],
    "a04": [
        "The south of Libya is vast and thinly populated, and security forces have long struggled to control the smuggling routes that cross it towards Niger, Chad and Algeria.",
        "Residents of Ubari say the roads are unsafe after dark and that fuel and flour prices have doubled since the start of the year.",
    ],
    "a05": [
        "Press freedom groups describe Libya as one of the most dangerous countries in the region for reporters, and several local radio stations have reduced their news output because of security concerns.",
        "Organisers of Sunday’s march said they belonged to no political party and wanted only a return to normal life.",
    ],
    "a06": [
        "The government and the LNF have fought on and off for control of the coastal cities between Sirte and Misrata for most of the past year.",
        "The Palais des Nations has hosted several earlier rounds of Libyan talks. Diplomats said the mood this time was more serious, though deep mistrust remains between the delegations.",
    ],
    "a07": [
        "Bani Walid, a hilltop town south-east of Tripoli, has tried to stay neutral in the conflict, and its tribal leaders have good relations with both sides.",
        "Drones have become a common weapon in the Libyan conflict, and both the government and the LNF are believed to have access to them.",
    ],
    "a08": [
        "Derna has been cut off from regular supplies for much of the winter. Aid agencies say more than half of its residents depend on food assistance.",
        "The World Food Programme said it had enough stocks in Tobruk to supply the city for a month, provided the roads stayed open.",
    ],
    "a09": [
        "The EU is Libya’s largest trading partner and buys most of its oil exports. Sanctions on Libyan individuals have been used before and include asset freezes in European banks.",
        "Diplomats in Brussels said the warning was aimed at both sides and at foreign backers who supply weapons in breach of the UN arms embargo.",
    ],
    "a11": [
        "Italy is one of Libya’s main trading partners and has a large stake in its energy sector. Ferraro is the first European minister to visit Tripoli this year.",
    ],
    "a13": [
        "Benghazi, Libya’s second-largest city, is the political base of the LNF, whose leaders have long complained that the east is neglected by the Tripoli government.",
    ],
    "a15": [
        "Prisoner releases have been a central demand of families on both sides, many of whom have no news of relatives held for months.",
        "The ceasefire text signed in Geneva calls on the parties to free all detainees held in connection with the conflict, but sets no deadline.",
    ],
    "a16": [
        "Sabha, the largest city in the south, is a crossroads for trade and migration routes across the Sahara.",
        "The jihadist group, which used the name Ansar al-Sahil until January, draws recruits from among unemployed young men in the region, according to local officials.",
    ],
    "a17": [
        "Egypt shares a long desert border with eastern Libya and has close ties to the LNF leadership in Benghazi, while also keeping open channels to the government in Tripoli.",
        "Turkey is seen as the foreign power closest to the Tripoli government, and cooperation between Cairo and Ankara is regarded by diplomats as essential for the truce to last.",
    ],
    "a18": [
        "Zawiya, about 45 km west of Tripoli, is home to one of the country’s largest oil refineries. Control of the refinery district has changed hands several times in recent years.",
    ],
    "a19": [
        "Derna lies on the coast between Benghazi and Tobruk, squeezed between the sea and the Green Mountain. Its main hospital was badly damaged in earlier fighting.",
        "Aid workers said they were still negotiating access to several villages in the hills south of the city.",
    ],
    "a20": [
        "Gharyan has been one of the most contested front lines in the west of the country. Under the ceasefire, both sides are supposed to keep their forces in their current positions.",
    ],
    "a21": [
        "Power cuts have worsened across western Libya this winter because of damage to the grid and fuel shortages at power stations.",
        "Shop owners in Souq al-Juma said they had spent heavily on private generators, and many had shortened their opening hours.",
    ],
    "a22": [
        "Fuel trucks are a lifeline for towns in the south, where petrol stations often run dry for days.",
        "Drivers’ unions say their members face extortion at unofficial checkpoints along the desert highways.",
    ],
    "a23": [
        "Sabha and the rest of the south were left out of the ceasefire signed in Geneva because of the presence of jihadist fighters in the area.",
        "Local leaders in the city have said that civilians were paying a heavy price for the exclusion.",
        "Under the Geneva text, any extension of the truce must be approved by both the government and the local authorities concerned.",
    ],
    "a24": [
        "Sabha has been a flashpoint for years, with tribal militias, smugglers and jihadist fighters all present in and around the city.",
    ],
    "a25": [
        "Roadside bombs have been used repeatedly by the group on the desert roads around Sabha and Ubari.",
        "The group has used three names in recent months: Ansar al-Sahil, Jabhat Fajr al-Sahil and, since Tuesday, the Sahil Liberation Committee.",
    ],
    "a26": [
        "Bani Walid lies about 150 km south-east of Tripoli and has stayed largely outside the fighting since the war began.",
    ],
    "a27": [
        "Misrata, Libya’s third-largest city and a major port, is a stronghold of forces allied with the Government of National Unity.",
        "Parents said the damaged school would stay closed for at least a week while engineers checked the building.",
    ],
    "a28": [
        "Ajdabiya, a crossroads town south of Benghazi, has been held by the LNF for most of the war.",
        "The ICRC said it had visited detainees on both sides in recent weeks and would keep pressing for the release of all prisoners held in connection with the conflict.",
    ],
    "a29": [
        "Cairo has hosted several rounds of Libyan talks in the past. Egyptian officials say they want the renewal talks to produce a timetable for political negotiations.",
        "The Libyan Observatory for Human Rights said the number of people killed in the conflict had fallen sharply since the truce began, though clashes in the south continued.",
    ],
    "a30": [
        "Brega, on the coast west of Ajdabiya, is home to an important oil terminal and has changed hands several times during the conflict.",
        "Under the Geneva agreement, both sides must notify the joint military committee before moving heavy weapons.",
    ],
    "a31": [
        "The three men were not named in the EU announcement but will be listed in the bloc’s official journal.",
        "Diplomats said the sanctions were intended to show that the EU would back the truce with action as well as words, ahead of talks in Cairo on March 20.",
    ],
    "a32": [
        "Italy has pledged more than 20 million euros for Libya since the start of the year, much of it channelled through UN agencies.",
        "Derna’s doctors said the visit had raised hopes that other countries would follow with help for the city’s schools and water network.",
    ],
}
