"""A small learned judge of political sense: is this matched trigger a political event here?

The rules of ``truce.events.sense`` decide when the evidence is plain (an armed actor, an idiom, a team
as the actor, a match report). Where they leave a reading undecided, a logistic regression over
features the parse already computed gives the probability that the reading is political:

- the tok2vec vectors (``doc.tensor``, free: the parser computed them) of the trigger, of its
  syntactic head, of its participants' heads (mean), and the sentence mean;
- the article's domain shares (``truce.events.domain``);
- hashed lexical features: the trigger lemma and entry type, its dependency label, the head lemma, the
  participants' head lemmas (common nouns only: names enter as their entity label, never as words), the
  light verb, whether the sentence names an armed actor.

The weights are ``lang/en/events/sense_model.npz``, trained by ``scripts/train_sense.py`` (data and
provenance in ``sense_model.json`` beside it). A ``Doc`` without a tensor (a hand-built test Doc, another
pipeline) gets no probability and the rules decide alone. numpy only, CPU, no download.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Token

from truce.events.domain import ArticleDomain
from truce.events.match import Match
from truce.knowledge import lang_file

MODEL_FILE = "sense_model.npz"
DOMAINS = ("politics", "sport", "business", "entertainment", "technology", "weather", "disaster", "crime")


@dataclass(frozen=True)
class SenseModel:
    """Weights of the logistic regression; dense features are standardised with ``mean``/``scale``."""

    dense_w: np.ndarray
    sparse_w: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    width: int  # tok2vec width the model was trained with

    @property
    def buckets(self) -> int:
        return int(self.sparse_w.shape[0])

    def probability(self, dense: np.ndarray, sparse: list[int]) -> float:
        z = float(((dense - self.mean) / self.scale) @ self.dense_w) + float(self.sparse_w[sparse].sum()) + self.bias
        return float(1.0 / (1.0 + np.exp(-z)))


@lru_cache(maxsize=1)
def load_sense_model() -> SenseModel | None:
    """The shipped model, or None when the file is absent (the rules then decide alone)."""
    node = lang_file("events", MODEL_FILE)
    if not node.is_file():
        return None
    with node.open("rb") as fh:
        z = np.load(fh)
        return SenseModel(z["dense_w"], z["sparse_w"], float(z["bias"][0]), z["mean"], z["scale"], int(z["width"][0]))


def model_info() -> dict:
    """The provenance note shipped with the weights (data, script, commit)."""
    node = lang_file("events", "sense_model.json")
    return json.loads(node.read_text(encoding="utf-8")) if node.is_file() else {}


def _bucket(name: str, buckets: int) -> int:
    return zlib.crc32(name.encode("utf-8")) % buckets


def _word(tok: Token) -> str:
    """A participant as a feature: a common noun's lemma, a name's entity label (names do not generalise)."""
    if tok.ent_type_:
        return f"ENT:{tok.ent_type_}"
    if tok.pos_ == "PROPN":
        return "PROPN"
    return tok.lemma_.lower()


def _vec(tensor: np.ndarray, toks: list[Token], width: int) -> np.ndarray:
    rows = [t.i for t in toks if t.i < tensor.shape[0]]
    return tensor[rows].mean(axis=0) if rows else np.zeros(width, dtype=np.float32)


def features(m: Match, parts: dict[str, list[Token]], domain: ArticleDomain, armed_here: bool,
             buckets: int) -> tuple[np.ndarray, list[int]] | None:
    """Dense and hashed features of one reading; None when the Doc carries no tok2vec tensor."""
    tok = m.token
    doc = tok.doc
    tensor = doc.tensor
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(doc) or tensor.shape[1] == 0:
        return None
    width = tensor.shape[1]
    sent = tok.sent
    head = m.anchor.head if m.anchor.head is not m.anchor else m.anchor
    dense = np.concatenate([
        tensor[tok.i], tensor[head.i], _vec(tensor, parts["actor"], width), _vec(tensor, parts["object"], width),
        tensor[sent.start:sent.end].mean(axis=0),
        np.array([domain.share(d) for d in DOMAINS] + [float(domain.label == "unknown"), float(armed_here)],
                 dtype=np.float32),
    ]).astype(np.float32)
    lemma = tok.lemma_.lower()
    names = [f"lemma={lemma}", f"type={m.entry.event}", f"entry={m.entry.trigger}|{m.entry.event}",
             f"dep={tok.dep_}", f"pos={tok.pos_}", f"lemma_dep={lemma}|{tok.dep_}", f"head={head.lemma_.lower()}",
             f"light={m.light.lemma_.lower() if m.light is not None else '-'}", f"armed={armed_here}",
             f"domain={domain.label}", f"mode={m.entry.mode}"]
    names += [f"actor={_word(t)}" for t in parts["actor"][:3]] + [f"object={_word(t)}" for t in parts["object"][:3]]
    names += [f"lemma_object={lemma}|{_word(t)}" for t in parts["object"][:2]]
    names += [f"lemma_actor={lemma}|{_word(t)}" for t in parts["actor"][:2]]
    if not parts["actor"]:
        names.append("no_actor")
    if not parts["object"]:
        names.append("no_object")
    return dense, sorted({_bucket(n, buckets) for n in names})


def sense_probability(m: Match, parts: dict[str, list[Token]], domain: ArticleDomain, armed_here: bool,
                      model: SenseModel | None = None) -> float | None:
    """P(political reading) of one match, or None without a model or a tensor of the model's width."""
    model = model or load_sense_model()
    if model is None:
        return None
    feats = features(m, parts, domain, armed_here, model.buckets)
    if feats is None or feats[0].shape[0] != model.dense_w.shape[0]:
        return None
    return model.probability(*feats)
