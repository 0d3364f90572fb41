"""No module of the tree imports itself back through others (issue 11, point 6).

A cycle hides the layer a module belongs to and makes its import order matter: the bottom
re-export with ``noqa: E402`` that ``devices/manager.py`` once had is the symptom. grimp
(which import-linter is built on) gives the import graph; Tarjan's algorithm finds every
strongly connected component, and each one larger than a module is a cycle.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp

from tests.test_layers import PACKAGES


def _cycles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (iterative Tarjan, so a deep
    graph cannot hit the recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
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


def _graph(*, exclude_type_checking_imports: bool) -> dict[str, set[str]]:
    graph = grimp.build_graph(
        *PACKAGES, cache_dir=None, exclude_type_checking_imports=exclude_type_checking_imports
    )
    modules = set(graph.modules)
    return {m: set(graph.find_modules_directly_imported_by(m)) & modules for m in sorted(modules)}


def test_the_cycle_finder_finds_a_cycle_and_only_cycles() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set(), "f": {"f"}}
    assert _cycles(edges) == [["a", "b", "c"]]


def test_no_module_imports_itself_back_at_run_time() -> None:
    cycles = _cycles(_graph(exclude_type_checking_imports=True))
    assert not cycles, "import cycles (move the shared part into a module both can import):\n" + "\n".join(
        " ↔ ".join(c) for c in cycles
    )
