"""Cut an evidence sentence into marked segments: trigger, actor, recipient, place, date.

The result is a list of ``(text, kind)`` pairs; the template escapes every text
and wraps marked ones in ``<mark class="KIND">``. Nothing here produces HTML, so
article text can never become markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def highlight(report: dict[str, Any], priority: Mapping[str, int]) -> list[tuple[str, str | None]]:
    """Segments of ``report["sentence"]`` from the article-relative offsets the store keeps.

    When spans overlap, the mark of higher ``priority`` (``[web.highlight_priority]``) wins: the
    trigger over the place inside an actor's span, ...
    """
    sentence = report.get("sentence") or ""
    base = report.get("sentence_start")
    spans: list[tuple[int, int, str]] = []
    if base is not None:
        def add(start: Any, end: Any, kind: str) -> None:
            if start is None or end is None:
                return
            s, e = int(start) - base, int(end) - base
            if 0 <= s < e <= len(sentence):
                spans.append((s, e, kind))
        add(report.get("trigger_start"), report.get("trigger_end"), "trigger")
        for span in report.get("actor_spans") or []:
            add(span.get("start"), span.get("end"), span.get("role") or "actor")
        add(report.get("loc_start"), report.get("loc_end"), "place")
    date_text = report.get("date_text")
    if date_text:
        at = sentence.find(date_text)
        if at >= 0:
            spans.append((at, at + len(date_text), "date"))
    return segments(sentence, spans, priority)


def segments(text: str, spans: list[tuple[int, int, str]], priority: Mapping[str, int]
             ) -> list[tuple[str, str | None]]:
    """``text`` as runs of equal marking; each character takes the highest-priority span covering it."""
    marks: list[str | None] = [None] * len(text)
    for start, end, kind in sorted(spans, key=lambda s: priority.get(s[2], 0)):
        for i in range(max(start, 0), min(end, len(text))):
            marks[i] = kind
    out: list[tuple[str, str | None]] = []
    for i, ch in enumerate(text):
        if out and out[-1][1] == marks[i]:
            out[-1] = (out[-1][0] + ch, marks[i])
        else:
            out.append((ch, marks[i]))
    return out
