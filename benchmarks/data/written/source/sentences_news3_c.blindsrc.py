"""Third written sentence set, part c: sentences where the story's field and the political reading meet
(violence around sport, business news with a state actor, politics words in culture and sport), and
political-looking words in non-political sentences. Written by hand for truce by the events5 helper
(issue 10); labels written with each sentence before truce was run on it. Fictional. Holds blind items."""

from news2_helpers import N, P

ITEMS = [
    P("Police fired tear gas at fans who invaded the pitch after the final whistle in Belgrade.", "sport", "ASSAULT", "crowd-control", "Police", "fans", "borderline"),
    P("The government banned the national football federation's president from office for ten years over corruption.", "sport", "SANCTION", None, "The government", "the national football federation's president", "borderline"),
    P("Regulators fined the bank 200 million euros for failing to stop money laundering.", "business", "SANCTION", None, "Regulators", "the bank", "borderline"),
    P("The state seized the assets of the exiled oligarch's steel company, the justice ministry said.", "business", "COERCE", "seize", "The state", "the exiled oligarch's steel company", "reported-claim"),
    P("Dockworkers walked out at three ports on Monday, halting container traffic, in a dispute over pay.", "business", "PROTEST", "strike", "Dockworkers", None, "labour-strike"),
    P("China banned imports of Australian wine in a widening trade dispute.", "business", "SANCTION", None, "China", None, "interstate"),
    P("The president met the national team at the palace to congratulate them on winning the cup.", "sport", "CONSULT", None, "The president", "the national team", "borderline"),
    P("Soldiers shot dead two men who tried to rob a fuel station near the barracks, the army said.", "crime", "ASSAULT", "firearms", "Soldiers", "two men", "borderline reported-claim"),
    P("The culture minister condemned the vandalism of the war memorial as an insult to veterans.", "culture", "ACCUSE", "disapprove", "The culture minister", None, "condemnation"),
    P("Ukrainian drones hit an oil refinery in the Russian region of Ryazan overnight, local officials said.", "conflict", "ASSAULT", "drone", "Ukrainian drones", "an oil refinery", "reported-claim"),
    N("The striker said he was ready to fight for his place after being dropped for the cup tie.", "sport", "sport-violence-word"),
    N("The central bank's governor warned that inflation would stay high well into next year.", "business", "other-sense"),
    N("The company's shareholders rejected the chairman's pay package at the annual meeting.", "business", "other-sense"),
    N("The club's owners agreed to sell the stadium to a property developer.", "sport", "other-sense"),
    N("The champions will defend their title against a side they beat in last year's final.", "sport", "sport-violence-word"),
    N("The actor was praised by critics for his portrayal of a wartime general.", "culture", "other-sense"),
    N("The documentary about the 1999 war won the top prize at the festival in Sarajevo.", "culture", "other-sense"),
    N("The striker's agent demanded a bigger contract, threatening to take his client abroad.", "sport", "other-sense"),
    N("The chef accused the restaurant critic of bias after a scathing review.", "culture", "other-sense"),
    N("The novelist's war epic was banned from the school reading list in two US counties.", "culture", "other-sense"),
    N("The two chipmakers ended their legal battle over memory patents with a cross-licensing deal.", "tech", "other-sense"),
    N("The keeper's mistake handed the visitors a lifeline, and they levelled three minutes later.", "sport", "sport-violence-word"),
    N("The insurer said it would withdraw from the home insurance market in Florida.", "business", "other-sense"),
    P("The players went on strike over unpaid bonuses, refusing to train before the qualifier.", "sport", "PROTEST", "strike", "The players", None, "labour-strike light-verb borderline"),
    N("The shipping company said pirates had not been involved in the disappearance of the vessel, which sank in a storm.", "accident", "accident"),
    N("The rally driver was killed when his car left the road and hit a tree on the final stage.", "accident", "accident sport-violence-word"),
    N("The chess champion crushed his challenger in 28 moves to retain the title.", "sport", "sport-violence-word"),
    N("The market's bulls retreated as the yen strengthened and exporters slid.", "markets", "market-violence-word"),
    N("Cyclone Remal slammed into the coast of Bangladesh, killing at least ten people.", "weather", "disaster"),
    N("The retailer launched a price war against its discount rivals, slashing costs on 500 items.", "business", "market-violence-word"),
    N("The two designers are locked in a bitter battle over the rights to the label's name.", "business", "other-sense"),
    N("A jury cleared the former footballer of assault after a night out in Manchester.", "crime", "crime-no-political-actor"),
    N("The comedian's new show takes aim at politicians of every party.", "entertainment", "other-sense"),
    N("The cinema chain said it would release the blockbuster in 3,000 theatres next month.", "entertainment", "other-sense"),
    N("The winger was released by the club at the end of his contract.", "sport", "other-sense"),
    N("The tech giant freed up 5 billion dollars for buybacks after selling its cloud unit.", "tech", "other-sense"),
    N("The hosts withdrew their best players for the final group game, which they lost 3-0.", "sport", "other-sense"),
    N("Investors deployed record sums into green bonds in the first quarter, a survey showed.", "markets", "other-sense"),
]
