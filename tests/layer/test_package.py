"""The package root (``ibl_client/__init__.py``): every public name loads its module on first
use, and importing one operation module loads no more of the layer than that operation needs."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import ibl_client
from ibl_client._find import IndexedOperation
from ibl_client._find import load as load_index

ROOT = Path(ibl_client.__file__).resolve().parents[1]
#: What sends requests: a client, its configuration, transports, decoding, pagers, streaming;
#: and the clients' group attributes. Importing an operation module (to read its signature, its
#: OPERATION, or to call it with a client made elsewhere) must not compile them.
SENDING = (
    "ibl_client._groups",
    "ibl_client.generated.api._tags",
    "ibl_client._client",
    "ibl_client._config",
    "ibl_client._decode",
    "ibl_client._extras",
    "ibl_client._pagination",
    "ibl_client._streaming",
    "ibl_client._transports",
    "ibl_client.generated.client",
)


def type_checking_imports() -> dict[str, set[str]]:
    """What ``__init__.py`` imports for type checkers: module -> names (read from its source)."""
    tree = ast.parse(Path(ibl_client.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    found: dict[str, set[str]] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom)
        found.setdefault("." * node.level + (node.module or ""), set()).update(
            alias.name for alias in node.names
        )
    return found


def test_every_public_name_is_what_its_module_defines() -> None:
    """Type checkers see the names the TYPE_CHECKING block imports; at run time each is found
    by ``__getattr__``: the two must agree, and cover ``__all__``."""
    seen = type_checking_imports()
    assert {name for names in seen.values() for name in names} | {
        "API_VERSION",
        "__version__",
    } == set(ibl_client.__all__)
    for module, names in seen.items():
        home = importlib.import_module(module, "ibl_client")
        for name in names:
            assert getattr(ibl_client, name) is getattr(home, name), name
    assert set(ibl_client.__all__) <= set(dir(ibl_client))
    with pytest.raises(AttributeError, match="no attribute 'AsyncClients'"):
        ibl_client.AsyncClients  # noqa: B018


def loaded_after(statement: str, prefix: str = "ibl_client") -> list[str]:
    """The modules (named from ``prefix``) a fresh interpreter has loaded after ``statement``."""
    script = f"{statement}\nimport sys, json\n"
    script += f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({prefix!r}))))"
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded: list[str] = json.loads(out.stdout)
    return loaded


def sending(loaded: list[str]) -> list[str]:
    return [m for m in loaded if m.startswith(SENDING)]


def module_of(fits: Callable[[IndexedOperation], bool]) -> str:
    """The module of the first operation that ``fits``, read from the generated index (no
    description or generator needed: the range ends run this too). An operation listed in two
    groups has its module under one of them only."""
    api = ROOT / "ibl_client" / "generated" / "api"
    for op in load_index()[1]:
        if fits(op) and (api / op.tag / f"{op.name}.py").is_file():
            return f"ibl_client.generated.api.{op.tag}.{op.name}"
    raise AssertionError("the index has no such operation")


@pytest.mark.parametrize(
    ("kind", "fits"),
    [
        ("GET without arguments", lambda op: op.method == "GET" and not op.arguments),
        ("with a body", lambda op: "body=" in op.arguments),
        ("paged", lambda op: bool(op.pagination)),
    ],
)
def test_importing_one_operation_loads_nothing_that_sends(
    kind: str, fits: Callable[[IndexedOperation], bool]
) -> None:
    module = module_of(fits)
    loaded = loaded_after(f"import {module}")
    assert module in loaded
    assert sending(loaded) == []


def test_the_client_loads_when_it_is_first_used() -> None:
    """The package alone loads its version and the generated package's API_VERSION; the
    client brings the tag groups' attributes (generated/api/_tags.py) but no tag, operation or
    model module until one is used."""
    generated = "ibl_client.generated"
    assert loaded_after("import ibl_client", generated) == [generated]
    assert loaded_after("from ibl_client import AsyncClient", generated) == [
        generated,
        f"{generated}.api",
        f"{generated}.api._tags",
        f"{generated}.client",
    ]


def test_an_async_client_made_outside_a_loop_does_not_import_asyncio() -> None:
    """Made at a module's top or only to be configured, it costs no asyncio (~20 ms): asyncio
    is loaded by whatever runs the loop its first request is sent in."""
    made = "import ibl_client; ibl_client.AsyncClient(api_key='k').ai_mentor"
    assert loaded_after(made, "asyncio") == []
