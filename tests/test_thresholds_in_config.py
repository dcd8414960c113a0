"""Guard: no numeric threshold, weight, window or cut-off lives in code outside the settings file.

Every number that decides the output belongs in ``src/truce/data/settings.toml`` (read as
``config.settings.<stage>.<key>``). This scans the package's source (``ast``) for the numbers that
look like decisions:

- a module- or class-level constant holding a number other than 0, 1, -1 (or a container of them);
- a comparison against such a number inside a function (``if score >= 0.35``, ``len(words) > 3``);
- a float other than 0.0, 1.0 in a function's arithmetic or default arguments (``0.8 * weight``);

and fails on any not listed in ``tests/data/numbers_allowed.txt``. That file has two parts: numbers
that are not decisions (exit codes, code tables, hash lengths, run/IO options of ``TruceConfig``),
kept with a reason; and thresholds not moved into the settings yet, each with its owner, a list
that only shrinks. An entry that no longer matches anything fails too, so a moved constant takes
its line with it. Entries are ``module:name`` (a constant) or ``module:function`` (numbers inside it).

``python tests/test_thresholds_in_config.py`` refreshes the list after a merge: stale lines go, new
hits are added to [to-move] under their stage's owner (review the diff: a number that decides
nothing moves to [not-thresholds] with its reason).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "truce"
ALLOWED = Path(__file__).resolve().parent / "data" / "numbers_allowed.txt"
TRIVIAL = {0, 1, -1}


def _number(node: ast.AST) -> float | int | None:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _number(node.operand)
        return -inner if inner is not None else None
    return None


def _significant(value: float | int, floats_only: bool = False) -> bool:
    if isinstance(value, float):
        return value not in (0.0, 1.0, -1.0)
    return not floats_only and value not in TRIVIAL


def _numbers(node: ast.AST, floats_only: bool = False) -> list[float | int]:
    """Significant numbers in an expression, outside subscripts and round()/range() calls."""
    found = []

    def walk(n: ast.AST) -> None:
        if isinstance(n, ast.Subscript):
            walk(n.value)
            return
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("round", "range", "islice"):
            return
        value = _number(n)
        if value is not None:
            if _significant(value, floats_only):
                found.append(value)
            return
        for child in ast.iter_child_nodes(n):
            walk(child)

    walk(node)
    return found


class _Scan(ast.NodeVisitor):
    def __init__(self, module: str) -> None:
        self.module = module
        self.scope: list[str] = []
        self.functions = 0
        self.hits: dict[str, list[str]] = {}

    def _hit(self, name: str, node: ast.AST, values: list) -> None:
        self.hits.setdefault(f"{self.module}:{name}", []).append(f"line {node.lineno}: {values}")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        name = ".".join(self.scope + [node.name])
        defaults = [d for d in node.args.defaults + node.args.kw_defaults if d is not None]
        values = [v for d in defaults for v in _numbers(d, floats_only=True)]
        if values:
            self._hit(name, node, values)
        self.scope.append(node.name)
        self.functions += 1
        self.generic_visit(node)
        self.functions -= 1
        self.scope.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _constant(self, targets: list[ast.AST], value: ast.AST | None, node: ast.AST) -> None:
        if self.functions or value is None:
            return
        values = _numbers(value)
        for target in targets:
            if values and isinstance(target, ast.Name):
                self._hit(".".join(self.scope + [target.id]), node, values)

    def visit_Assign(self, node: ast.Assign) -> None:
        self._constant(node.targets, node.value, node)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._constant([node.target], node.value, node)
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        if self.functions:
            values = [v for part in [node.left, *node.comparators] if (v := _number(part)) is not None
                      and _significant(v)]
            if values:
                self._hit(".".join(self.scope), node, values)
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if self.functions:
            values = [v for part in (node.left, node.right) if (v := _number(part)) is not None
                      and _significant(v, floats_only=True)]
            if values:
                self._hit(".".join(self.scope), node, values)
        self.generic_visit(node)


def scan(root: Path = SRC) -> dict[str, list[str]]:
    """``{module:name: [where, ...]}`` for every number that looks like a decision."""
    hits: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        module = ".".join(("truce",) + path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        visitor = _Scan(module)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        hits.update(visitor.hits)
    return hits


def allowed() -> dict[str, str]:
    """``{entry: section}`` from the allow-list (``# ...`` comments; ``[section]`` headers)."""
    out, section = {}, ""
    for line in ALLOWED.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif line:
            out[line] = section
    return out


def test_every_number_that_decides_an_output_is_in_the_settings():
    unlisted = {k: v for k, v in scan().items() if k not in allowed()}
    listing = "\n".join(f"  {k}  ({'; '.join(v[:3])})" for k, v in sorted(unlisted.items()))
    assert not unlisted, (
        "numbers in code that look like thresholds: move each into src/truce/data/settings.toml and read it "
        f"from config.settings (or, if it is no decision, list it in {ALLOWED.name} with the reason):\n{listing}")


def test_the_allow_list_has_no_stale_entries():
    stale = sorted(set(allowed()) - set(scan()))
    assert not stale, f"remove these lines from {ALLOWED.name} (nothing matches them any more): {stale}"


def test_the_allow_list_has_only_its_two_sections():
    assert set(allowed().values()) <= {"not-thresholds", "to-move"}


def test_no_threshold_waits_to_be_moved():
    """[to-move] is empty (issue 13): every threshold is read from the settings; a new one goes there too."""
    waiting = sorted(entry for entry, section in allowed().items() if section == "to-move")
    assert not waiting, f"move these into src/truce/data/settings.toml: {waiting}"


def test_the_scan_finds_a_threshold_in_code(tmp_path):
    (tmp_path / "stage.py").write_text(
        "LIMIT = 14\nRATE = 0.35\nCODES = {'a': 1}\n"
        "def keep(score, n, w=0.8):\n"
        "    if score >= 0.35 and n > 3 and n != 1:\n        return score * 0.9 + w\n"
        "    return round(score, 3)\n", encoding="utf-8")
    found = scan(tmp_path)
    assert set(found) == {"truce.stage:LIMIT", "truce.stage:RATE", "truce.stage:keep"}
    assert len(found["truce.stage:keep"]) == 4  # default 0.8, comparisons 0.35 and 3, factor 0.9


OWNERS = (("truce.evaluate.geo", "geo"), ("truce.evaluate", "events"), ("truce.dedup.claims", "verdict"), ("truce.claims", "verdict"), ("truce.dedup", "cluster"), ("truce.monitor", "verdict"),
          ("truce.actors", "verdict"), ("truce.events", "events"), ("truce.geo", "geo"), ("truce.ingest", "harden"),
          ("truce.time", "harden"), ("truce.web", "web"), ("truce.reviews", "web"), ("truce", "schema"))


def update() -> None:
    """Drop stale entries and add every unlisted hit to [to-move] with its stage's owner (then review the diff)."""
    hits, known = scan(), allowed()
    lines = ALLOWED.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not ln.split("#", 1)[0].strip() or ln.split("#", 1)[0].strip() in hits
            or ln.strip().startswith("[")]
    new = sorted(k for k in hits if k not in known)
    owner = lambda k: next(o for prefix, o in OWNERS if k.split(":")[0].startswith(prefix))  # noqa: E731
    ALLOWED.write_text("\n".join(kept + [f"{k}  # {owner(k)}" for k in new]) + "\n", encoding="utf-8")
    print(f"{ALLOWED}: {len(lines) - len(kept)} stale entries removed, {len(new)} added to [to-move]")


if __name__ == "__main__":  # python tests/test_thresholds_in_config.py: refresh the allow-list
    update()
