# Roles set, part c (issue 10, helper roles14): long wire sentences with the attribution first ("The ministry
# said on Tuesday that soldiers had arrested five suspected militants in ..."), several acts, time and place
# phrases before the object; the main event is the reported act, its actor and recipient those of that act.
# Written by hand for truce; fictional (invented people, outlets and incidents; real states, armies and
# well-known armed groups only as setting). Labels written with the text, before truce was run on it.
# Contains BLIND items: do not open after writing; build with benchmarks/written/build_sentences_roles14.py.
# P(text, domain, event, mode, actor, recipient, tags, root=None, asserted=True)
from news2_helpers import P  # noqa: F401  (the builder puts benchmarks/written on the path)

ITEMS = [
    P("The defence ministry said on Tuesday that soldiers had arrested five suspected militants in a dawn raid "
      "on a farmhouse outside Maiduguri.",
      "conflict", "COERCE", "arrest", "soldiers", "five suspected militants", "reported-claim attribution-first"),
    P("Local officials told reporters on Wednesday that jihadist fighters had killed at least 30 herders in "
      "attacks on three villages in the Menaka region over the weekend.",
      "conflict", "ASSAULT", "firearms", "jihadist fighters", "at least 30 herders", "reported-claim attribution-first"),
    P("According to a statement from the regional governor, Russian forces shelled the town of Nikopol "
      "overnight, damaging a hospital and several homes.",
      "conflict", "ASSAULT", "heavy-weapons", "Russian forces", "the town of Nikopol", "reported-claim attribution-first"),
    P("The UN refugee agency said in a report released in Geneva on Friday that Libyan coastguard units had "
      "detained more than 400 migrants at sea in the past month.",
      "conflict", "COERCE", "arrest", "Libyan coastguard units", "more than 400 migrants", "reported-claim attribution-first"),
    P("Witnesses said that security forces in Khartoum fired live rounds at demonstrators marching towards "
      "the presidential palace, wounding dozens.",
      "protest", "ASSAULT", "firearms", "security forces", "demonstrators", "reported-claim attribution-first"),
    P("A spokesman for the interior ministry said late on Monday that police had arrested a prominent "
      "opposition blogger, Samuel Otieno, at his home in Kisumu.",
      "politics", "COERCE", "arrest", "police", "a prominent opposition blogger", "reported-claim attribution-first"),
    P("The Syrian Observatory for Human Rights, a monitoring group, said Turkish drones struck a vehicle "
      "carrying Kurdish militia commanders near Qamishli on Sunday.",
      "conflict", "ASSAULT", "drone", "Turkish", "a vehicle carrying Kurdish militia commanders",
      "reported-claim attribution-first"),
    P("In a statement issued after an emergency cabinet meeting, the government said it had expelled the "
      "head of the UN mission over his criticism of the elections.",
      "diplomacy", "SANCTION", "expel", "the government", "the head of the UN mission", "reported-claim attribution-first"),
    P("Residents reached by telephone said that RSF fighters had looted the main market in Nyala and set "
      "fire to dozens of shops before withdrawing.",
      "conflict", "ASSAULT", "destroy", "RSF fighters", "the main market", "reported-claim attribution-first several-events"),
    P("The army said in a statement on Thursday that its troops had killed 12 Islamic State fighters in an "
      "operation in the hills south of Kirkuk.",
      "conflict", "ASSAULT", None, "its troops", "12 Islamic State fighters", "reported-claim attribution-first"),
    P("Officials in the Pakistani province of Khyber Pakhtunkhwa said militants attacked a police station in "
      "Bannu before dawn, killing three officers and wounding five.",
      "conflict", "ASSAULT", None, "militants", "a police station", "reported-claim attribution-first"),
    P("Speaking to reporters in Brussels, the bloc's foreign policy chief said the EU would impose fresh "
      "sanctions on Iranian officials involved in the crackdown.",
      "diplomacy", "SANCTION", None, "the EU", "Iranian officials", "attribution-first future", asserted=False),
    P("The state news agency reported on Saturday that the president had pardoned 150 political prisoners "
      "to mark the national holiday.",
      "politics", "RETREAT", "release", "the president", "150 political prisoners", "reported-claim attribution-first"),
    P("Human Rights Watch said in a report published on Tuesday that Ethiopian federal forces had "
      "executed dozens of civilians in the Amhara town of Merawi in January.",
      "conflict", "ASSAULT", "firearms", "Ethiopian federal forces", "dozens of civilians", "reported-claim attribution-first"),
    P("Two security sources said on condition of anonymity that a US drone strike had killed a senior "
      "al-Shabaab commander near Jilib late on Friday.",
      "conflict", "ASSAULT", "drone", "US", "a senior al-Shabaab commander", "reported-claim attribution-first"),
    P("The Israeli military said on Monday that its aircraft had struck Hezbollah weapons depots in the "
      "Bekaa valley overnight.",
      "conflict", "ASSAULT", "aerial", "its aircraft", "Hezbollah weapons depots", "reported-claim attribution-first"),
    P("The country's electoral commission said on Wednesday that unidentified men had attacked its "
      "offices in Beni and burned voting materials.",
      "conflict", "ASSAULT", "destroy", "unidentified men", "its offices", "reported-claim attribution-first"),
    P("In remarks broadcast on state television, the foreign minister accused Rwanda of arming and "
      "financing the M23 rebels.",
      "diplomacy", "ACCUSE", "allege", "the foreign minister", "Rwanda", "attribution-first"),
    P("A senior police official in Lagos told reporters that officers had dispersed the protesters with "
      "tear gas after they blocked the Lekki toll gate.",
      "protest", "ASSAULT", "crowd-control", "officers", "the protesters", "reported-claim attribution-first several-events"),
    P("The Kurdistan regional government said in a statement that Iranian artillery had shelled villages "
      "near the border in Sidakan district for a second day.",
      "conflict", "ASSAULT", "heavy-weapons", "Iranian artillery", "villages", "reported-claim attribution-first"),
    P("Opposition leaders said on Sunday that the ruling party had rejected their demand for an "
      "independent audit of the voters' roll.",
      "politics", "REJECT", None, "the ruling party", "Opposition leaders", "reported-claim attribution-first"),
    P("Mozambique's defence minister said at a news conference in Maputo that Rwandan troops had "
      "retaken the port town of Mocimboa da Praia from insurgents.",
      "conflict", "COERCE", "seize", "Rwandan troops", "insurgents", "reported-claim attribution-first"),
    P("Aid agencies said on Thursday that Sudanese army warplanes had bombed a displacement camp "
      "outside Kadugli, killing at least eight people.",
      "conflict", "ASSAULT", "aerial", "Sudanese army warplanes", "a displacement camp", "reported-claim attribution-first"),
    P("The ministry of foreign affairs said on Friday that it had summoned the Chinese ambassador to "
      "protest against the detention of two fishermen.",
      "diplomacy", "ACCUSE", "disapprove", "it", "the Chinese ambassador", "reported-claim attribution-first"),
    P("According to a police spokesman, gunmen on motorcycles abducted 25 pupils from a boarding school "
      "in Kebbi state early on Monday.",
      "conflict", "ASSAULT", "abduct", "gunmen on motorcycles", "25 pupils", "reported-claim attribution-first"),
    P("The Colombian army said late on Saturday that ELN guerrillas had blown up a section of the "
      "Cano Limon oil pipeline in Arauca.",
      "conflict", "ASSAULT", "explosives", "ELN guerrillas", "a section of the Cano Limon oil pipeline",
      "reported-claim attribution-first"),
    P("A statement from the presidency said the head of state had dismissed the army chief and "
      "appointed a new commander for the northern front.",
      "politics", None, None, None, None, "statement"),
    P("Myanmar's shadow government said on Tuesday that junta troops had burned down more than 200 "
      "houses in the village of Tar Taing in Sagaing region.",
      "conflict", "ASSAULT", "destroy", "junta troops", "more than 200 houses", "reported-claim attribution-first"),
    P("Medical sources in Gaza said on Wednesday that Israeli tank fire had killed five people sheltering "
      "in a school in Jabalia.",
      "conflict", "ASSAULT", "heavy-weapons", "Israeli tank fire", "five people", "reported-claim attribution-first"),
    P("The United States said on Monday that it had imposed visa restrictions on Ugandan officials "
      "accused of undermining the election.",
      "diplomacy", "SANCTION", None, "it", "Ugandan officials", "reported-claim attribution-first light-verb"),
    P("Police in Islamabad said on Saturday that they had detained more than 300 supporters of the "
      "jailed former prime minister during overnight raids.",
      "politics", "COERCE", "arrest", "they", "more than 300 supporters", "reported-claim attribution-first"),
    P("Officials at the health ministry said on Friday that suspected cholera cases had risen to 1,200 in the "
      "camps around Goma.",
      "health", None, None, None, None, ""),
    P("The Ukrainian air force said on Sunday that Russia had launched 80 drones and six missiles at "
      "cities across the country overnight.",
      "conflict", "ASSAULT", "drone", "Russia", "cities", "reported-claim attribution-first"),
    P("Tribal elders in North Waziristan said on Thursday that a military drone had struck a house in the "
      "village of Datta Khel, killing four members of one family.",
      "conflict", "ASSAULT", "drone", "military", "a house", "reported-claim attribution-first weapon-subject"),
    P("A senior commander of the Kachin Independence Army told a local news site that his fighters had "
      "captured three military outposts near Bhamo this week.",
      "conflict", "COERCE", "seize", "his fighters", "three military outposts", "reported-claim attribution-first"),
    P("The Philippine coast guard said on Tuesday that Chinese vessels had fired water cannon at a "
      "supply boat heading to the Second Thomas Shoal.",
      "conflict", "ASSAULT", "crowd-control", "Chinese vessels", "a supply boat", "reported-claim attribution-first"),
    P("Lawyers for the detained journalists said on Monday that a military court in Bamako had sentenced "
      "them to two years in prison.",
      "justice", "SANCTION", "convict", "a military court", "them", "reported-claim attribution-first"),
    P("The governor of Zamfara state told reporters in Gusau that bandits had killed 18 villagers and "
      "kidnapped dozens more in raids on Tuesday night.",
      "conflict", "ASSAULT", "firearms", "bandits", "18 villagers", "reported-claim attribution-first several-events"),
]
