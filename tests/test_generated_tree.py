"""The generated tree, verified rather than trusted: every module imports, every operation of
the description has its four functions with matching signatures, and the tag groups expose
every operation as methods."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from types import ModuleType

import fixtures
import pytest

import ibl_client.generated
from scripts import codegen, normalise

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def all_modules() -> list[str]:
    package = ibl_client.generated
    return [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]


@pytest.fixture(scope="module")
def modules() -> dict[str, ModuleType]:
    return {name: importlib.import_module(name) for name in all_modules()}


@pytest.fixture(scope="module")
def description() -> dict[str, object]:
    return fixtures.prepared()  # prepared once a session, shared with the other modules


def test_every_generated_module_imports(modules: dict[str, ModuleType]) -> None:
    assert len(modules) > 2000


def test_every_generated_file_says_it_is_generated() -> None:
    package = Path(ibl_client.generated.__file__).parent
    for module in package.rglob("*.py"):
        with module.open(encoding="utf-8") as file:
            assert file.readline().rstrip("\n") == codegen.HEADER, module


def test_every_operation_has_its_four_functions(
    modules: dict[str, ModuleType], description: dict[str, object]
) -> None:
    by_id = {
        module.OPERATION.id: module for module in modules.values() if hasattr(module, "OPERATION")
    }
    expected = {op["operationId"]: (m, p) for m, p, op in normalise.operations(description)}
    assert set(by_id) == set(expected)
    assert len(by_id) >= 1000
    for operation_id, module in by_id.items():
        method, path = expected[operation_id]
        signatures = {name: inspect.signature(getattr(module, name)) for name in FUNCTIONS}
        assert inspect.iscoroutinefunction(module.asyncio), operation_id
        # The four share one parameter list; only the client's type differs.
        shapes = {tuple(s.parameters) for s in signatures.values()}
        assert len(shapes) == 1, operation_id
        assert (module.OPERATION.method, module.OPERATION.path) == (method.upper(), path)
        assert "OPERATION.path" in inspect.getsource(module._get_kwargs), operation_id


def test_tag_groups_expose_every_operation(modules: dict[str, ModuleType]) -> None:
    from ibl_client.generated.api import TAGS

    for tag in TAGS:
        package = modules[f"ibl_client.generated.api.{tag}"]
        name = "".join(w.title() for w in tag.split("_")) + "Api"
        group, sync_group = getattr(package, "Async" + name), getattr(package, name)
        operations = [
            module.rsplit(".", 1)[1]
            for module in modules
            if module.startswith(f"ibl_client.generated.api.{tag}.")
            and not module.rsplit(".", 1)[1].startswith("_")
        ]
        for operation in operations:
            module_params = list(
                inspect.signature(modules[f"{package.__name__}.{operation}"].asyncio).parameters
            )
            expected = ["self", *(p for p in module_params if p != "client")]
            for method in (
                getattr(group, operation),
                getattr(group, f"{operation}_detailed"),
                getattr(sync_group, operation),
                getattr(sync_group, f"{operation}_detailed"),
            ):
                assert list(inspect.signature(method).parameters) == expected, method
            assert inspect.iscoroutinefunction(getattr(group, operation)), operation
            assert inspect.iscoroutinefunction(getattr(group, f"{operation}_detailed"))
        # On the class, a tag's attribute is its group's class (for create_autospec).
        assert getattr(ibl_client.AsyncClient, tag) is group
        assert getattr(ibl_client.Client, tag) is sync_group
