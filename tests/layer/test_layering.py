"""The layer's imports point one way: ``ibl_client/_*.py`` and ``_transports/`` never import the
generated package, and import no module of the layer back in a cycle.

Read from the source with ``ast`` (every import statement, at module level or in a function,
type-checking ones included), not from ``sys.modules``: a deferred import is still an arrow.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ibl_client

PACKAGE = Path(ibl_client.__file__).parent
#: ``_*.py`` (not the package's ``__init__`` and ``__main__``, which may use generated code) and
#: the transports.
LAYER = sorted(
    [
        *(path for path in PACKAGE.glob("_*.py") if not path.name.startswith("__")),
        *(PACKAGE / "_transports").glob("*.py"),
    ]
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The absolute names of the modules ``path`` imports (``from . import x`` names ``.x``)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            module = f"{base}.{node.module}" if node.level and node.module else node.module or base
            found.add(module)
            # `from . import _log`: the names may be modules of the package
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def layer_graph() -> dict[str, set[str]]:
    names = {module_name(path) for path in LAYER}
    return {module_name(path): imports_of(path) & names for path in LAYER}


def test_the_layer_never_imports_the_generated_package() -> None:
    offending = {
        module_name(path): sorted(n for n in imports_of(path) if ".generated" in n)
        for path in LAYER
    }
    assert {m: names for m, names in offending.items() if names} == {}


def test_the_layer_has_no_import_cycle() -> None:
    graph = layer_graph()
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        for imported in sorted(graph[module]):
            if imported in path:
                cycles.append([*path[path.index(imported) :], imported])
            elif imported not in done:
                visit(imported, [*path, imported])
        done.add(module)

    done: set[str] = set()
    for module in sorted(graph):
        if module not in done:
            visit(module, [module])
    assert cycles == []


def test_the_graph_sees_deferred_imports() -> None:
    # The reading must not miss an import inside a function (the cycle _errors <-> _validation
    # was one): _groups imports _pagination only when it builds a pager's twin.
    assert "ibl_client._pagination" in layer_graph()["ibl_client._groups"]
    assert "ibl_client._transports.retry" in layer_graph()["ibl_client._client"]
