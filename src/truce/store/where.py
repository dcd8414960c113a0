"""One builder for the WHERE clauses of the store's filters and the workbench's facets.

Every clause is constant SQL written here or by the caller; what a user typed travels only as a
bound parameter (``?``), never inside the SQL string. The filters (``truce.store.EventFilter``, the
workbench's event, incident and article filters) differ in their columns, not in how a facet
becomes a clause: that part lives here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


class Where:
    """Conditions joined by AND, and the parameters they bind, in order."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> Where:
        """A condition with one ``?`` per parameter."""
        self.conditions.append(condition)
        self.params.extend(params)
        return self

    def when(self, value: Any, condition: str) -> Where:
        """``condition`` binding ``value``, when a value is given (a one-value facet: a day, an id)."""
        return self.add(condition, value) if value else self

    def one_of(self, values: Sequence[Any], column: str) -> Where:
        """Rows whose ``column`` is one of ``values`` (a multi-value facet), when any are given."""
        return self.add(f"list_contains(?, {column})", list(values)) if values else self

    def any_in(self, values: Sequence[Any], list_column: str) -> Where:
        """Rows whose list ``list_column`` holds at least one of ``values``, when any are given."""
        return self.add(f"list_has_any({list_column}, ?)", list(values)) if values else self

    def flags(self, flags: Iterable[tuple[str, str]]) -> Where:
        """Yes/no/any facets: 'yes' keeps rows where the expression holds, 'no' where it does not."""
        for flag, expression in flags:
            if flag == "yes":
                self.add(expression)
            elif flag == "no":
                self.add(f"NOT ({expression})")
        return self

    def joined(self) -> str:
        """The conditions joined by AND (empty when there are none)."""
        return " AND ".join(self.conditions)

    def clause(self) -> tuple[str, list[Any]]:
        """`` WHERE ...`` (or nothing) and the parameters."""
        return (" WHERE " + self.joined()) if self.conditions else "", self.params
