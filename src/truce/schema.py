"""One schema for truce's records, read from the dataclasses in ``truce.records``.

The dataclasses are the only definition of what an article, an event and their parts hold. This
module reads them by introspection (field names, types, defaults) and derives every serialisation:

- **columns**: a nested record is flattened into its parent's row with a prefix
  (``Event.location.lat`` -> ``loc_lat``; ``Event.modality.negated`` -> ``negated``); a list of
  strings is a list column; a dict or a list of records nobody queries is a JSON column;
- **tables**: a list of records becomes a child table keyed by its parent and position
  (``Event.actor``/``recipient`` -> ``event_actors`` with ``role``; ``Event.casualties`` ->
  ``event_casualties``; ``CodedArticle.places`` -> ``places``; ``CodedArticle.events`` -> ``events``);
  the same tables are the DuckDB store's, the Parquet partitions' and the Arrow batches';
- **PLOVER JSON** (``plover_record`` / ``event_from_plover``), with PLOVER's names for the fields
  PLOVER defines (``text`` for the sentence, ``event_loc``, ``trigger_offsets``) and every other
  field under its own name, so a record read back is the event that was written;
- the flat **CSV** row of an event (``flat_columns``).

A field someone adds to a dataclass (with a type, a default and a comment) flows through all of
them with no edit here: the store adds the column when it opens (``truce.store``), the writers and
readers iterate the columns. Only a change of meaning (a renamed or retyped field) needs a migration.

Columns not made from a field are declared below: *keys* (a child row's parent id, role and
position) and *derived* columns (``asserted``, ``quad_code``, ``record``: the event's PLOVER JSON,
``n_events``, ``coder_id``), which are written for queries and never read back: the record computes them.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import MISSING, dataclass, fields, is_dataclass
from functools import cache
from typing import Any

from truce import records as R

# -- how fields map to columns and tables (everything else follows from the dataclasses) -------------

# Nested records flattened into their parent's row: (class, field) -> column prefix.
PREFIXES: dict[tuple[type, str], str] = {
    (R.Event, "modality"): "",
    (R.Event, "location"): "loc_",
    (R.CodedArticle, "article"): "",
    (R.CodedArticle, "coder"): "coder_",
}
# Column names that differ from the field name (``end`` is an SQL keyword; names kept from schema 1).
RENAMES: dict[tuple[type, str], str] = {
    (R.ActorRef, "start"): "start_char", (R.ActorRef, "end"): "end_char",
    (R.Place, "start"): "start_char", (R.Place, "end"): "end_char",
    (R.Casualty, "start"): "start_char", (R.Casualty, "end"): "end_char",
}


@dataclass(frozen=True)
class Child:
    """A list-of-records field stored as rows of its own table."""

    field: str
    table: str
    role: str | None = None  # several fields share one table (actor, recipient): which one a row is


CHILDREN: dict[type, tuple[Child, ...]] = {
    R.CodedArticle: (Child("events", "events"), Child("places", "places")),
    R.Event: (Child("actor", "event_actors", "actor"), Child("recipient", "event_actors", "recipient"),
              Child("casualties", "event_casualties")),
}

# Columns computed from the record: written for SQL users, never read back.
DERIVED: dict[type, dict[str, tuple[str, Callable[[Any], Any]]]] = {
    R.Event: {"asserted": ("bool", lambda e: e.modality.asserted), "quad_code": ("int", lambda e: e.quad_code),
              # the PLOVER record as `truce export` writes it, for SQL users (the cluster_id column is current)
              "record": ("json", lambda e: plover_record(e))},
    R.CodedArticle: {"n_events": ("int", lambda c: len(c.events)),
                     "coder_id": ("str", lambda c: c.coder.id if c.coder else None)},
}

# Columns earlier truce versions wrote that no field makes any more; the store drops them when it opens.
RETIRED: dict[str, tuple[str, ...]] = {}

# PLOVER's own names for some event fields; fields not listed keep their names.
PLOVER_NAMES = {"sentence": "text", "location": "event_loc"}
PLOVER_FIRST = ("id", "date", "date_precision", "date_text", "event", "mode", "context", "actor", "recipient",
                "event_loc", "event_text", "text", "article_id", "trigger", "trigger_offsets")

# -- types ---------------------------------------------------------------------------------------------

SQL = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "strs": "VARCHAR[]",
       "json": "JSON"}
_SCALARS = {str: "str", int: "int", float: "float", bool: "bool"}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(R))


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """(the type without ``None``, whether ``None`` is allowed)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return (args[0] if len(args) == 1 else Any), len(args) < len(typing.get_args(tp))
    return tp, False


def _kind(tp: Any) -> str:
    """The column kind of a leaf type; records and lists of records are handled by the caller."""
    if tp in _SCALARS:
        return _SCALARS[tp]
    if typing.get_origin(tp) is list and typing.get_args(tp) == (str,):
        return "strs"
    return "json"


def _record_list(tp: Any) -> type | None:
    if typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp) or (None,)
        if is_dataclass(item):
            return item
    return None


def _default(f: dataclasses.Field) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    return None


# -- columns -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """One column of a table: its name, kind and where in the record its value lives."""

    name: str
    kind: str
    path: tuple[str, ...] = ()  # attribute path from the row's record; () for keys and derived columns
    source: str = "field"  # field, key, derived

    @property
    def sql(self) -> str:
        return SQL[self.kind]

    @property
    def row_sql(self) -> str:
        """The type of this column's cells in Python rows and Parquet files: JSON travels as text."""
        return "VARCHAR" if self.kind == "json" else self.sql


@dataclass(frozen=True)
class Table:
    """A table of rows of one record class (``cls``), possibly children of another table's rows."""

    name: str
    cls: type
    keys: tuple[Column, ...]  # parent id (named after the parent), role, idx
    columns: tuple[Column, ...]  # every column, keys first
    primary: tuple[str, ...]

    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def row_columns(self) -> list[tuple[str, str]]:
        """``(name, SQL type)`` of every column, as ``truce.duckrows`` moves rows and writes Parquet."""
        return [(c.name, c.row_sql) for c in self.columns]

    def ddl(self) -> str:
        cols = ", ".join(f"{quote(c.name)} {c.sql}" for c in self.columns)
        return f"CREATE TABLE IF NOT EXISTS {quote(self.name)} ({cols}, PRIMARY KEY ({', '.join(self.primary)}))"


def quote(name: str) -> str:
    """An SQL identifier (column names come from field names, never from input)."""
    return '"' + name.replace('"', '""') + '"'


@cache
def _leaf_columns(cls: type, prefix: str = "", path: tuple[str, ...] = ()) -> tuple[Column, ...]:
    """Columns of one record and its flattened nested records (children excluded)."""
    hints = _hints(cls)
    children = {c.field for c in CHILDREN.get(cls, ())}
    out: list[Column] = []
    for f in fields(cls):
        if f.name in children:
            continue
        tp, _ = _unwrap(hints[f.name])
        if is_dataclass(tp):
            nested = PREFIXES.get((cls, f.name), f.name + "_")
            out.extend(_leaf_columns(tp, prefix + nested, path + (f.name,)))
            continue
        name = prefix + RENAMES.get((cls, f.name), f.name)
        out.append(Column(name, _kind(tp), path + (f.name,)))
    return tuple(out)


# Keys of each child table: its parent's id column name and how to get the id from the parent record.
PARENT_ID: dict[type, tuple[str, tuple[str, ...]]] = {
    R.CodedArticle: ("article_id", ("article", "id")),
    R.Event: ("event_id", ("id",)),
}


@cache
def tables() -> dict[str, Table]:
    """Every generated table, parents before children."""
    out: dict[str, Table] = {}

    def add(name: str, cls: type, keys: list[Column]) -> None:
        columns = list(keys) + list(_leaf_columns(cls))
        columns += [Column(n, k, (), "derived") for n, (k, _) in DERIVED.get(cls, {}).items()]
        names = [c.name for c in columns]
        duplicated = {n for n in names if names.count(n) > 1}
        if duplicated:
            raise TypeError(f"table {name}: columns {sorted(duplicated)} made twice; add a prefix in truce.schema")
        primary = ("id",) if "id" in names else tuple(k.name for k in keys)
        out[name] = Table(name, cls, tuple(keys), tuple(columns), primary)
        for child in CHILDREN.get(cls, ()):
            if child.table in out:
                continue
            item = _record_list(_hints(cls)[child.field])
            assert item is not None, f"{cls.__name__}.{child.field} is not a list of records"
            ckeys = [] if _own_parent_id(item, cls) else [Column(PARENT_ID[cls][0], "str", (), "key")]
            if any(c.role for c in CHILDREN[cls] if c.table == child.table):
                ckeys.append(Column("role", "str", (), "key"))
            ckeys.append(Column("idx", "int", (), "key"))
            add(child.table, item, ckeys)

    add("articles", R.CodedArticle, [])
    add("skipped", R.Skipped, [Column("id", "str", (), "key")])
    for table in out.values():
        _check_optional_nested(table.cls)
    return out


def _own_parent_id(item: type, parent: type) -> bool:
    """The child record carries its parent's id itself (``Event.article_id``)."""
    return any(f.name == PARENT_ID[parent][0] for f in fields(item))


def _check_optional_nested(cls: type) -> None:
    """An optional nested record must have a field that is never None, so None and empty differ."""
    hints = _hints(cls)
    for f in fields(cls):
        tp, optional = _unwrap(hints[f.name])
        if is_dataclass(tp):
            if optional and all(_unwrap(t)[1] for t in _hints(tp).values()):
                raise TypeError(f"{cls.__name__}.{f.name}: an optional record needs one field that is never None")
            _check_optional_nested(tp)


def table(name: str) -> Table:
    return tables()[name]


# -- records -> rows -----------------------------------------------------------------------------------

def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def _to_cell(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(to_plain(value), ensure_ascii=False, sort_keys=True, default=str)
    if kind == "strs":
        return list(value)
    return value


def _row(tbl: Table, record: Any, keys: dict[str, Any]) -> dict[str, Any]:
    row = dict(keys)
    derived = DERIVED.get(tbl.cls, {})
    for col in tbl.columns:
        if col.source == "field":
            row[col.name] = _to_cell(col.kind, _get(record, col.path))
        elif col.source == "derived":
            row[col.name] = _to_cell(col.kind, derived[col.name][1](record))
    return row


def explode(coded: Iterable[R.CodedArticle]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for these coded articles: ``{table name: [row, ...]}``."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in tables() if name != "skipped"}

    def walk(tbl: Table, record: Any, keys: dict[str, Any]) -> None:
        out[tbl.name].append(_row(tbl, record, keys))
        for child in CHILDREN.get(tbl.cls, ()):
            ctbl = table(child.table)
            parent = {}
            if ctbl.keys and ctbl.keys[0].source == "key" and ctbl.keys[0].name == PARENT_ID[tbl.cls][0]:
                parent[ctbl.keys[0].name] = _get(record, PARENT_ID[tbl.cls][1])
            if child.role is not None:
                parent["role"] = child.role
            for i, item in enumerate(getattr(record, child.field)):
                walk(ctbl, item, {**parent, "idx": i})

    for item in coded:
        walk(table("articles"), item, {})
    return out


def skipped_rows(items: Iterable[R.Skipped]) -> list[dict[str, Any]]:
    from truce.ids import stable_hash

    tbl = table("skipped")
    return [_row(tbl, s, {"id": stable_hash(s.origin, s.kind, s.article_id)}) for s in items]


def column_values(name: str, rows: list[dict[str, Any]]) -> tuple[list[tuple[str, str]], list[list[Any]]]:
    """Rows of one table as ``(columns, one list per column)``, for ``truce.duckrows`` (store, Parquet)."""
    columns = table(name).row_columns()
    return columns, [[r.get(c) for r in rows] for c, _sql in columns]


# -- rows -> records -----------------------------------------------------------------------------------

def _from_cell(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.loads(value) if isinstance(value, str) else value
    if kind == "strs":
        return list(value)
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    return value


def _build(cls: type, row: dict[str, Any], prefix: str = "") -> Any:
    """The record (and its flattened nested records) from one row; children are left at their defaults."""
    hints = _hints(cls)
    children = {c.field for c in CHILDREN.get(cls, ())}
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in children or not f.init:
            continue
        tp, optional = _unwrap(hints[f.name])
        if is_dataclass(tp):
            nested = prefix + PREFIXES.get((cls, f.name), f.name + "_")
            cols = [c.name for c in _leaf_columns(tp, nested)]
            if optional and all(row.get(c) is None for c in cols):
                kwargs[f.name] = None
            else:
                kwargs[f.name] = _build(tp, row, nested)
            continue
        kind = _kind(tp)
        value = _from_cell(kind, row.get(prefix + RENAMES.get((cls, f.name), f.name)))
        if kind == "json" and value is not None:
            value = from_plain(hints[f.name], value)
        if value is None and not optional:
            value = _default(f)  # a column added after this row was written
        kwargs[f.name] = value
    return cls(**kwargs)


def build(name: str, row: dict[str, Any]) -> Any:
    """One record of table ``name`` from a row (a dict by column name); children not attached."""
    return _build(table(name).cls, row)


def attach(name: str, parents: dict[str, Any], child_rows: dict[str, list[dict[str, Any]]]) -> None:
    """Attach child rows (``{table: rows}``) to parent records of table ``name`` (``{id: record}``)."""
    cls = table(name).cls
    for child in CHILDREN.get(cls, ()):
        if child.table not in child_rows:
            continue
        ctbl = table(child.table)
        key = PARENT_ID[cls][0]  # a key column, or the child's own field (Event.article_id)
        rows = [r for r in child_rows.get(child.table, []) if child.role is None or r.get("role") == child.role]
        for r in sorted(rows, key=lambda r: (r.get("idx") is None, r.get("idx") or 0)):
            parent = parents.get(r.get(key))
            if parent is not None:
                getattr(parent, child.field).append(_build(ctbl.cls, r))


# -- plain values (JSON) ---------------------------------------------------------------------------------

def to_plain(value: Any) -> Any:
    """Records as dicts, tuples and sets as lists: what JSON can hold."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_plain(v) for v in value]
    return value


def from_plain(tp: Any, value: Any) -> Any:
    """The typed value (records rebuilt) of a plain JSON value."""
    tp, _ = _unwrap(tp)
    if value is None:
        return None
    if is_dataclass(tp):
        hints = _hints(tp)
        known = {f.name for f in fields(tp) if f.init}
        return tp(**{k: from_plain(hints[k], v) for k, v in value.items() if k in known})
    item = _record_list(tp)
    if item is not None:
        return [from_plain(item, v) for v in value]
    return value


# -- PLOVER JSON -----------------------------------------------------------------------------------------

def plover_record(event: R.Event) -> dict[str, Any]:
    """The PLOVER JSON record of an event, with every truce field (nothing lost on reading it back)."""
    rec: dict[str, Any] = {}
    for f in fields(event):
        value = getattr(event, f.name)
        if f.name in PREFIXES_OF_EVENT:  # flattened (modality's flags sit at the top, as PLOVER users expect)
            rec.update(to_plain(value))
        elif f.name in ("trigger_start", "trigger_end"):
            rec["trigger_offsets"] = [event.trigger_start, event.trigger_end]
        else:
            rec[PLOVER_NAMES.get(f.name, f.name)] = to_plain(value)
    for name, (_, compute) in DERIVED[R.Event].items():
        if name != "record":
            rec[name] = compute(event)
    first = {k: rec[k] for k in PLOVER_FIRST if k in rec}
    return {**first, **{k: v for k, v in rec.items() if k not in first}}


PREFIXES_OF_EVENT = {f for (cls, f), p in PREFIXES.items() if cls is R.Event and p == ""}  # modality


def event_from_plover(rec: dict[str, Any], cls: type[R.Event] = R.Event) -> R.Event:
    """The event a PLOVER record (``plover_record``) was made from; missing fields take their defaults."""
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    offsets = rec.get("trigger_offsets") or [-1, -1]
    for f in fields(cls):
        if not f.init:
            continue
        if f.name in PREFIXES_OF_EVENT:
            tp, _ = _unwrap(hints[f.name])
            kwargs[f.name] = from_plain(tp, {k: rec[k] for k in (g.name for g in fields(tp)) if k in rec})
            continue
        if f.name in ("trigger_start", "trigger_end"):
            kwargs[f.name] = offsets[0 if f.name == "trigger_start" else 1]
            continue
        key = PLOVER_NAMES.get(f.name, f.name)
        if key in rec and rec[key] is not None:
            kwargs[f.name] = from_plain(hints[f.name], rec[key])
        elif key in rec and _unwrap(hints[f.name])[1]:
            kwargs[f.name] = None
    return cls(**kwargs)


# -- flat CSV ----------------------------------------------------------------------------------------------

def flat_columns(name: str = "events") -> list[Column]:
    """The columns of a table that a flat file (CSV) can hold as they are: every one but JSON."""
    return [c for c in table(name).columns if c.kind != "json"]


def assemble(rows: dict[str, list[dict[str, Any]]]) -> list[R.CodedArticle]:
    """Coded articles from rows of every table (the inverse of ``explode``), in the articles' row order."""
    coded = {}
    for row in rows.get("articles", []):
        item = build("articles", row)
        coded[item.article.id] = item
    event_rows = sorted(rows.get("events", []), key=lambda r: (r.get("idx") is None, r.get("idx") or 0))
    events = {}
    for row in event_rows:
        event = build("events", row)
        events[event.id] = event
    attach("events", events, rows)
    for event in events.values():
        if event.article_id in coded:
            coded[event.article_id].events.append(event)
    attach("articles", coded, {k: v for k, v in rows.items() if k != "events"})
    return list(coded.values())
