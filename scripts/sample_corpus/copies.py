# ruff: noqa: C408
"""Copy specifications: republished, edited, spun, reordered and stitched pages.

Each copy names the originals it derives from (by article id) and how.
"""

import re

COPIES = [
    # exact republications: same headline and body, other outlet / url, a few hours later
    dict(id="c01", kind="exact-copy", src=["a01"], fmt="jsonl", outlet="Global Brief", hours=3,
         url="https://globalbrief.example/africa/shelling-hits-misrata-districts"),
    dict(id="c02", kind="exact-copy", src=["a12"], fmt="txt", outlet="Mediterranean Post", hours=2,
         url="https://medpost.example/world/africa/libya-ceasefire-tested-zliten-khoms"),
    dict(id="c03", kind="exact-copy", src=["a10"], fmt="warc", outlet="Desert Herald", hours=2,
         url="https://desertherald.example/politics/2026/02/27/geneva-ceasefire-signed"),
    dict(id="c04", kind="exact-copy", src=["a29"], fmt="jsonl", outlet="Sahel Wire", hours=4,
         url="https://sahelwire.example/news/2026/03/14/cairo-talks-renewal"),
    # light edits: new headline and a new intro line, body otherwise unchanged
    dict(id="c05", kind="edited-copy", src=["a14"], fmt="txt", outlet="Desert Herald", hours=5,
         url="https://desertherald.example/politics/2026/03/02/sirte-district-shelling-blame",
         title="Sirte shelling: who fired? Government and monitors disagree",
         intro="The first big test of Libya’s ceasefire has ended in a war of words."),
    dict(id="c06", kind="edited-copy", src=["a24"], fmt="jsonl", outlet="Global Brief", hours=4,
         url="https://globalbrief.example/africa/libya-truce-now-covers-sabha",
         title="Libya truce now covers Sabha; UN says renamed jihadists still excluded",
         intro="UPDATE: adds UN comment on the jihadist group’s new name."),
    dict(id="c07", kind="edited-copy", src=["a13"], fmt="rss", outlet="Global Brief", hours=3,
         url="https://globalbrief.example/africa/libyan-national-front-says-yes-to-truce",
         title="Libyan National Front says yes to truce",
         intro="Libya’s main rebel coalition has said it will stop fighting.", drop_last=True),
    # content-farm synonym spins
    dict(id="c08", kind="spun-copy", src=["a01"], fmt="txt", outlet="NewsFarm", hours=9,
         url="https://newsfarm.example/trending/misrata-bombardment-un-restraint",
         title="Bombardment strikes Misrata neighbourhoods as UN envoy calls for calm",
         artefacts=True, teaser="10 travel destinations you never knew existed"),
    dict(id="c09", kind="spun-copy", src=["a12"], fmt="html", outlet="NewsFarm", hours=8,
         url="https://newsfarm.example/trending/zliten-bombardment-before-truce",
         title="Bombardment before midnight and dawn clash put the State of Libya truce to the test",
         artefacts=True, teaser="Doctors hate this one simple breakfast trick"),
    dict(id="c10", kind="spun-copy", src=["a20"], fmt="jsonl", outlet="NewsFarm", hours=6,
         url="https://newsfarm.example/trending/rebels-blame-armed-forces-gharyan",
         title="Rebels accuse armed forces of air strikes close to Gharyan; armed forces deny"),
    dict(id="c11", kind="spun-copy", src=["a24"], fmt="warc", outlet="NewsFarm", hours=10,
         url="https://newsfarm.example/trending/truce-extended-sabha-renamed-group",
         title="Truce stretched to Sabha as jihadist outfit takes new name"),
    # reordered paragraphs / sentences, no dateline
    dict(id="c12", kind="reordered-copy", src=["a16"], fmt="txt", outlet="Global Brief", hours=5,
         url="https://globalbrief.example/africa/sabha-outpost-attack-jihadists",
         order=[2, 0, 1, 4, 3, 6, 5]),
    dict(id="c13", kind="reordered-copy", src=["a27"], fmt="warc", outlet="Mediterranean Post", hours=4,
         url="https://medpost.example/world/africa/misrata-ghiran-mortar-fire",
         order=[1, 0, 3, 2, 4, 6, 5]),
    # stitched pages combining paragraphs of several originals plus boilerplate
    dict(id="c14", kind="stitched", src=["a07", "a26"], fmt="html", outlet="NewsFarm", hours=7,
         url="https://newsfarm.example/trending/bani-walid-drone-strikes-explained",
         title="Bani Walid drone strikes: everything we know",
         pick=[("a07", [0, 1, 3]), ("a26", [0, 1, 2, 3])],
         artefacts=True, teaser="You won’t believe what this camel can do"),
    dict(id="c15", kind="stitched", src=["a15", "a28", "a18"], fmt="txt", outlet="NewsFarm", hours=12,
         url="https://newsfarm.example/trending/libya-prisoner-swaps-zawiya",
         title="Libya prisoner swaps and a new militia on board: the latest",
         pick=[("a15", [0, 1]), ("a28", [0, 2]), ("a18", [0, 2])]),
]

# synonym swaps used by the content farm; applied in order, case-sensitive
SPIN_RULES = [
    (r"\bthe Tripoli government\b", "the administration in the Libyan capital"),
    (r"\bTripoli government\b", "administration in the Libyan capital"),
    (r"\bTripoli\b", "the Libyan capital"),
    (r"\bLibya’s\b", "the State of Libya’s"),
    (r"\bLibya\b", "the State of Libya"),
    (r"\bthe army\b", "the armed forces"),
    (r"\bThe army\b", "The armed forces"),
    (r"\barmy\b", "armed forces"),
    (r"\bshelling\b", "bombardment"),
    (r"\bshelled\b", "bombarded"),
    (r"\bshells\b", "projectiles"),
    (r"\bShells\b", "Projectiles"),
    (r"\bsaid\b", "stated"),
    (r"\btold reporters\b", "informed reporters"),
    (r"\bwounded\b", "injured"),
    (r"\bwounding\b", "injuring"),
    (r"\bfighters\b", "combatants"),
    (r"\bresidents\b", "locals"),
    (r"\bResidents\b", "Locals"),
    (r"\bnear\b", "close to"),
    (r"\bcalled on\b", "urged"),
    (r"\bkilling\b", "leaving dead"),
]


def spin(text: str) -> str:
    for pat, rep in SPIN_RULES:
        text = re.sub(pat, rep, text)
    # fix sentence-initial lowercase left by replacements ("the State of Libya’s ...")
    text = re.sub(r"(^|[.!?”] )(the )", lambda m: m.group(1) + "The ", text)
    text = text.replace("the the ", "the ")
    return text


STITCH_INTRO = "Here is a round-up of the latest developments in Libya, updated throughout the day."
STITCH_OUTRO = "This story was compiled from agency reports. Check back for updates."
