"""The package's shape: no import cycle among graphbuild modules, and no module too long to read.

Every import counts, at module level or inside a function (a lazy import still ties two modules
together; it only hides the cycle from the interpreter). Only imports under ``if TYPE_CHECKING:``
are exempt: they never run.

An import of ``graphbuild.a.b`` is an edge to the module ``graphbuild.a.b`` only, not to the
packages above it. So a package ``__init__`` that re-exports its own submodules is not a cycle by
itself; a submodule that imports a name from its package's ``__init__`` (``from graphbuild import
__version__``) is an edge to that ``__init__``, and a real cycle when the ``__init__`` imports it back.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "graphbuild"
MAX_LINES = 450
# Code a person reads; data files (lexicons, shapes, saved queries) are not held to the limit.
CODE_SUFFIXES = {".py", ".html", ".js", ".css"}


def module_name(path: str) -> str:
    """``graphbuild/resolve/__init__.py`` -> ``graphbuild.resolve``; ``graphbuild/x.py`` -> ``graphbuild.x``.

    A package is named after its folder, so its ``__init__`` is one node like any module.
    """
    parts = PurePosixPath(path).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement under ``node``, in functions too, except the body of ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _imports(ast.Module(body=[other], type_ignores=[]))
        else:
            yield from _imports(child)


def _known(name: str, modules: set[str]) -> str | None:
    """The longest prefix of a dotted name that is one of ``modules`` (``pkg.mod.func`` -> ``pkg.mod``)."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if (prefix := ".".join(parts[:end])) in modules:
            return prefix
    return None


def import_graph(sources: Mapping[str, str]) -> nx.DiGraph:
    """The import graph of a package given as ``{relative path: source}``; each edge keeps its lines.

    Only imports of modules in ``sources`` make edges; third-party imports are left out.
    """
    modules = {module_name(path): path for path in sources}
    known = set(modules)
    graph = nx.DiGraph()
    graph.add_nodes_from(sorted(known))
    for name, path in sorted(modules.items()):
        is_package = PurePosixPath(path).stem == "__init__"
        package = name if is_package else name.rpartition(".")[0]
        for node in _imports(ast.parse(sources[path], filename=path)):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                # ``from pkg import sub`` imports the submodule; ``from pkg import name`` runs pkg's __init__.
                # A module that is not there is an optional part (its ImportError is handled where it is
                # imported): no edge, rather than one to the package above it.
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    if sub in known:
                        targets.append(sub)
                    elif base in known:
                        targets.append(base)
            for target in targets:
                resolved = _known(target, known)
                if resolved is None or resolved == name:
                    continue
                lines = graph.edges[name, resolved]["lines"] if graph.has_edge(name, resolved) else []
                if (where := f"{path}:{node.lineno}") not in lines:
                    graph.add_edge(name, resolved, lines=[*lines, where])
    return graph


def import_cycles(graph: nx.DiGraph) -> list[list[str]]:
    """Every elementary cycle, each starting at its smallest module, in a stable order."""
    cycles = []
    for cycle in nx.simple_cycles(graph):
        start = cycle.index(min(cycle))
        cycles.append(cycle[start:] + cycle[:start])
    return sorted(cycles, key=lambda c: (len(c), c))


def describe_cycle(graph: nx.DiGraph, cycle: list[str]) -> str:
    """``a -> b -> a`` with the lines that make each edge."""
    hops = [
        f"  {a} -> {b}  ({', '.join(graph.edges[a, b]['lines'])})"
        for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True)
    ]
    return " -> ".join([*cycle, cycle[0]]) + "\n" + "\n".join(hops)


def package_sources() -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


# --- the cycle finder itself, on hand-made packages --------------------------------------------


def test_import_graph_resolves_absolute_relative_and_submodule_imports():
    graph = import_graph(
        {
            "pkg/__init__.py": "from pkg.core import run\nfrom . import sub\n__version__ = '1'\n",
            "pkg/core.py": "import json\nfrom .sub.leaf import helper\n",
            "pkg/sub/__init__.py": "from .leaf import helper\n",
            "pkg/sub/leaf.py": "from .. import util\nfrom pkg.util import thing as other\n",
            "pkg/util.py": "import pkg.sub.leaf.helper\n",
        }
    )
    assert sorted(graph.edges) == [
        ("pkg", "pkg.core"),
        ("pkg", "pkg.sub"),
        ("pkg.core", "pkg.sub.leaf"),
        ("pkg.sub", "pkg.sub.leaf"),
        ("pkg.sub.leaf", "pkg.util"),
        ("pkg.util", "pkg.sub.leaf"),
    ]
    assert graph.edges["pkg.sub.leaf", "pkg.util"]["lines"] == ["pkg/sub/leaf.py:1", "pkg/sub/leaf.py:2"]
    assert import_cycles(graph) == [["pkg.sub.leaf", "pkg.util"]]


def test_import_graph_counts_lazy_imports_but_not_type_checking_ones():
    graph = import_graph(
        {
            "pkg/__init__.py": "from pkg.build import build\n",
            "pkg/build.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n"
                "    from pkg.store import Store\n"
                "def build():\n"
                "    from pkg.parallel import pool\n"
            ),
            "pkg/parallel.py": "def pool():\n    from pkg.build import build\n",
            "pkg/store.py": (
                "import typing\nif typing.TYPE_CHECKING:\n    import pkg.build\nelse:\n    import pkg.util\n"
            ),
            "pkg/util.py": "",
        }
    )
    assert not graph.has_edge("pkg.build", "pkg.store")
    assert not graph.has_edge("pkg.store", "pkg.build")
    assert graph.has_edge("pkg.store", "pkg.util")
    cycles = import_cycles(graph)
    assert cycles == [["pkg.build", "pkg.parallel"]]
    assert describe_cycle(graph, cycles[0]) == (
        "pkg.build -> pkg.parallel -> pkg.build\n"
        "  pkg.build -> pkg.parallel  (pkg/build.py:5)\n"
        "  pkg.parallel -> pkg.build  (pkg/parallel.py:2)"
    )


def test_import_graph_package_init_reexporting_its_submodules_is_no_cycle():
    graph = import_graph(
        {
            "pkg/__init__.py": "from pkg.a import f\nfrom pkg.b import g\n",
            "pkg/a.py": "from pkg.b import g\n",
            "pkg/b.py": "X = 1\n",
        }
    )
    assert import_cycles(graph) == []


def test_import_graph_submodule_importing_its_package_init_is_an_edge():
    graph = import_graph(
        {
            "pkg/__init__.py": "from pkg.a import f\n__version__ = '1'\n",
            "pkg/a.py": "def f():\n    from pkg import __version__\n",
        }
    )
    assert import_cycles(graph) == [["pkg", "pkg.a"]]


# --- the real package ---------------------------------------------------------------------------


def test_graphbuild_has_no_import_cycle():
    graph = import_graph(package_sources())
    assert graph.number_of_edges() > 20, "the import graph looks empty: is the package where we think?"
    cycles = import_cycles(graph)
    report = "\n\n".join(describe_cycle(graph, cycle) for cycle in cycles)
    assert not cycles, f"{len(cycles)} import cycle(s) among graphbuild modules:\n\n{report}"


def test_graphbuild_files_are_at_most_450_lines():
    too_long = {
        path.relative_to(ROOT).as_posix(): count
        for path in sorted(PACKAGE.rglob("*"))
        if path.suffix in CODE_SUFFIXES
        and "__pycache__" not in path.parts
        and "vendor" not in path.parts  # third-party builds, kept byte for byte (viz/vendor/README.md)
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not too_long, f"files over {MAX_LINES} lines: {too_long}"


def test_import_graph_optional_module_that_is_absent_makes_no_edge():
    graph = import_graph(
        {
            "pkg/__init__.py": "from pkg.a import f\n",
            "pkg/a.py": (
                "def f():\n    try:\n        from pkg.extra import g\n"
                "    except ImportError:\n        return None\n"
            ),
        }
    )
    assert list(graph.edges) == [("pkg", "pkg.a")]
    assert import_cycles(graph) == []
