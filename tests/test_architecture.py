"""Imports run one way between the folders, and no package imports itself in a circle.

The folder rule is docs/ARCHITECTURE.md's (after DESIGN.md: "command line and
server -> ingest, queries -> store, shapes -> ontology"), written out below as
``MAY_IMPORT``. The imports are read from the source with ``ast`` (every
``import`` and ``from … import`` anywhere in a module, also inside functions,
since a deferred import is still a dependency), and module names come from
pyproject.toml's package-dir, so a file is checked under the name it is
installed as.
"""

from __future__ import annotations

import ast
import functools
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

#: Modules of hankegraafi/ below every layer: they import nothing of the project.
FOUNDATION_MODULES = (
    "hankegraafi",
    "hankegraafi.settings",
    "hankegraafi.processes",
    "hankegraafi.rdfinput",
    "hankegraafi.xmlchars",
    "hankegraafi.logsetup",
)

#: Which layer may import which (besides itself). "cli" is the rest of hankegraafi/
#: (the command line); bench/ and scripts/ are tools outside the product.
MAY_IMPORT: dict[str, frozenset[str]] = {
    "foundation": frozenset(),
    "ontology": frozenset({"foundation"}),
    "shapes": frozenset({"ontology", "foundation"}),
    "store": frozenset({"ontology", "foundation"}),
    "queries": frozenset({"store", "ontology", "foundation"}),
    "ingest": frozenset({"shapes", "store", "queries", "ontology", "foundation"}),
    "server": frozenset({"ingest", "queries", "shapes", "store", "ontology", "foundation"}),
    "cli": frozenset({"server", "ingest", "queries", "shapes", "store", "ontology", "foundation"}),
    "bench": frozenset({"cli", "server", "ingest", "queries", "shapes", "store", "ontology", "foundation"}),
    "scripts": frozenset(
        {"bench", "cli", "server", "ingest", "queries", "shapes", "store", "ontology", "foundation"}
    ),
}


@functools.cache
def package_dirs() -> dict[str, Path]:
    """Installed package name → its folder, from pyproject.toml (plus the tools' folders)."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    dirs = {name: REPO / folder for name, folder in config["tool"]["setuptools"]["package-dir"].items()}
    return {**dirs, "bench": REPO / "bench", "scripts": REPO / "scripts", "tests": REPO / "tests"}


@functools.cache
def modules() -> dict[str, Path]:
    """Every module of the product and the tools by the name it is imported as."""
    found: dict[str, Path] = {}
    for package, folder in sorted(package_dirs().items(), key=lambda item: len(item[0])):
        for path in sorted(folder.rglob("*.py")):
            if "__pycache__" in path.parts or (
                package != "tests" and "tests" in path.relative_to(REPO).parts[:1]
            ):
                continue
            rel = path.relative_to(folder).with_suffix("").parts
            rel = rel[:-1] if rel[-1] == "__init__" else rel
            # A subfolder that is a package of its own (hankegraafi.store in store/) wins.
            found.setdefault(".".join((package, *rel)), path)
    return found


def layer(module: str) -> str:
    top = module.split(".")
    if top[0] in ("bench", "scripts", "tests"):
        return top[0]
    if module in FOUNDATION_MODULES or any(module.startswith(m + ".") for m in FOUNDATION_MODULES[1:]):
        return "foundation"
    if len(top) > 1 and top[1] in ("ontology", "shapes", "store", "queries", "ingest", "server"):
        return top[1]
    return "cli"


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The ids of the import nodes under ``if TYPE_CHECKING:`` (read by type checkers only)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            for inner in node.body:
                found.update(id(n) for n in ast.walk(inner) if isinstance(n, ast.Import | ast.ImportFrom))
    return found


def imports(module: str, path: Path, *, at_run_time: bool = False) -> Iterator[tuple[str, int]]:
    """(imported project module, line) for every import in the file.

    ``at_run_time`` leaves out the imports under ``if TYPE_CHECKING:``: they make
    no cycle when the program runs, and are how a module names a type of a module
    that imports it. The folder rule counts them all the same.
    """
    known = modules()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    typing_only = _type_checking_only(tree) if at_run_time else set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")
                parent = parent[: len(parent) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            # "from hankegraafi import queries" imports a module; "from x import name" its module.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target:
                yield target, node.lineno


def test_the_module_names_are_found() -> None:
    found = modules()
    assert found["hankegraafi.store.base"] == REPO / "store" / "base.py"
    assert found["hankegraafi.settings"] == REPO / "hankegraafi" / "settings.py"
    assert found["bench.generate"] == REPO / "bench" / "generate.py"
    assert layer("hankegraafi.server.pages.routes") == "server"
    assert layer("hankegraafi.settings") == "foundation"
    assert layer("hankegraafi.cli") == "cli"
    assert "hankegraafi.server.auth" in dict(
        imports("hankegraafi.server.sparql", found["hankegraafi.server.sparql"])
    )


def test_imports_follow_the_folder_rule() -> None:
    wrong = []
    for module, path in modules().items():
        source = layer(module)
        if source == "tests":
            continue
        for target, line in imports(module, path):
            dest = layer(target)
            if dest != source and dest not in MAY_IMPORT[source]:
                wrong.append(f"{path.relative_to(REPO)}:{line}: {source} imports {target} ({dest})")
    assert not wrong, "imports against the folder rule:\n" + "\n".join(wrong)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_imports_for_type_checkers_only_are_told_apart() -> None:
    tree = ast.parse("import a\nif TYPE_CHECKING:\n    from b import C\n    import d\nif x:\n    import e\n")
    only = _type_checking_only(tree)
    names = {
        n.module if isinstance(n, ast.ImportFrom) else n.names[0].name for n in ast.walk(tree) if id(n) in only
    }
    assert names == {"b", "d"}


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize(
    "layer_name", ["ontology", "shapes", "store", "queries", "ingest", "server", "cli", "bench"]
)
def test_no_import_cycle_inside_a_package(layer_name: str) -> None:
    """A package's modules import each other one way (a package importing its own
    ``__init__`` re-exports is left out: that is how a package offers its interface)."""
    graph: dict[str, set[str]] = {}
    where: dict[tuple[str, str], str] = {}
    for module, path in modules().items():
        if layer(module) != layer_name:
            continue
        graph[module] = set()
        for target, line in imports(module, path, at_run_time=True):
            if layer(target) == layer_name and target != module and not module.startswith(target + "."):
                graph[module].add(target)
                where.setdefault((module, target), f"{path.relative_to(REPO)}:{line}")
    report = [
        " ".join(sorted(cycle))
        + ": "
        + ", ".join(f"{where[(a, b)]} imports {b}" for a in cycle for b in sorted(graph[a]) if b in cycle)
        for cycle in _cycles(graph)
    ]
    assert not report, "import cycles:\n" + "\n".join(report)


#: Lines a module of the product may have (issue 18): past it, split it by what it does.
MAX_MODULE_LINES = 600


def test_no_product_module_is_over_the_line_limit() -> None:
    long = {
        str(path.relative_to(REPO)): lines
        for module, path in modules().items()
        if layer(module) not in ("bench", "scripts", "tests")
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"
