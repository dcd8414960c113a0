"""The written-set scorer: main-type accuracy and role spans, on a labelled file written here."""

from __future__ import annotations

import json

from truce.evaluate.written import score_sentences


def _row(i: int, text: str, event: str | None, actor: str | None, recipient: str | None) -> dict:
    return {"id": f"t-{i}", "text": text, "domain": "conflict" if event else "sport", "political": bool(event),
            "event": event, "mode": None, "quad": 4 if event else 0, "cameo_root": "19" if event else None,
            "asserted": True if event else None, "actor": actor, "recipient": recipient, "tags": [],
            "group": f"t-{i}"}


def test_role_spans_are_scored_on_sentences_whose_main_type_is_right(tmp_path, pipe):
    rows = [_row(0, "Government troops shelled rebel positions outside the town on Monday.", "ASSAULT",
                 "Government troops", "rebel positions"),
            # The labelled recipient names nobody truce could find: a miss it must count.
            _row(1, "Government troops shelled rebel positions outside the town on Monday.", "ASSAULT",
                 "Government troops", "the harbour"),
            _row(2, "The home side beat the visitors 3-1 on Saturday.", None, None, None)]
    path = tmp_path / "sentences_t_dev.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    got = score_sentences(path, pipe)
    assert got["main_type_accuracy"] == 1.0
    assert got["actor_span_recall"] == 1.0
    assert got["recipient_span_recall"] == 0.5
