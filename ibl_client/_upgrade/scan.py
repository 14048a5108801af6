"""Which SDK operations and models a service uses, read from its source with ``ast``.

Three ways of using the SDK are recognised, on any variable name:

* a group method, ``<anything>.<group>.<method>``, called or not (``ibl.core.x(...)``,
  ``self.client.core.x_iter(...)``, ``await ibl.core.x_detailed(...)``), where the group is
  one of the SDK's groups and the method one of its operations there (with its ``_detailed``
  and ``_iter`` forms);
* an operation module, ``from ibl_client.generated.api.<folder> import <op>`` (then
  ``<op>.asyncio(...)``, ``<op>.sync_detailed(...)``...), ``import
  ibl_client.generated.api.<folder>.<op> as alias`` or ``from
  ibl_client.generated.api.<folder>.<op> import sync``: the import and each call;
* a model import, ``from ibl_client.generated.models import X`` (or ``ibl_client.models``,
  or a model's own module), each name imported.

The SDK is recognised by its package name (``ibl_client``, or a vendored copy's). What the
scanner cannot see: a group or method reached through a variable (``core = ibl.core``) or
``getattr``; each is a plain attribute access to ``ast``.

>>> surface = Surface({"core": {"core_orgs_list"}}, {"core_orgs_list": "core"})
>>> [u.code for u in scan_source("await ibl.core.core_orgs_list_iter(org='x')", surface)]
['ibl.core.core_orgs_list_iter(...)']
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .._apidiff import sdk
from .._apidiff.operations import index_operations
from .._apidiff.refs import Document

__all__ = [
    "METHOD_FORMS",
    "SKIPPED",
    "Surface",
    "Use",
    "python_files",
    "scan",
    "scan_source",
    "used_operations",
]

#: The suffixes of a group method's other forms (ibl_client/_groups.py).
METHOD_FORMS = ("_detailed", "_iter")
_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@dataclass(frozen=True)
class Surface:
    """The SDK's names for one description: each group's methods, each method's module folder
    (``generated/api/<folder>/<method>.py``) and operationId."""

    groups: dict[str, set[str]]
    folders: dict[str, str]
    operation_ids: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, description: Document, all_tags: bool) -> Surface:
        """Named as the generator names them (``_apidiff.sdk``)."""
        groups: dict[str, set[str]] = {}
        folders: dict[str, str] = {}
        operation_ids: dict[str, str] = {}
        for op in index_operations(description).values():
            for group in sdk.groups(op.tags, all_tags):
                groups.setdefault(group, set()).add(op.sdk_method)
            folders[op.sdk_method] = sdk.module_folder(op.tags)
            operation_ids[op.sdk_method] = op.operation_id
        return cls(groups, folders, operation_ids)

    def method(self, group: str, attribute: str) -> str | None:
        """The operation a group attribute names, ``x_iter`` → ``x``; None if none."""
        methods = self.groups.get(group)
        if not methods:
            return None
        if attribute in methods:
            return attribute
        for suffix in METHOD_FORMS:
            if attribute.endswith(suffix) and attribute[: -len(suffix)] in methods:
                return attribute[: -len(suffix)]
        return None


@dataclass(frozen=True, order=True)
class Use:
    """One place a service uses the SDK.

    ``kind`` is ``method`` (``ibl.<group>.<name>``, ``group`` set), ``function`` (an operation
    module: ``group`` is its folder) or ``model`` (``name`` is the class). ``name`` is the
    operation's method name without the ``_detailed``/``_iter`` suffix; ``code`` the call
    as written, arguments elided.
    """

    file: str
    line: int
    kind: Literal["function", "method", "model"]
    name: str
    group: str = ""
    code: str = ""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


#: Folders under a scanned folder that hold no code of the service: installed packages
#: (``.venv``, ``site-packages``), tools' caches and version control (any hidden folder).
SKIPPED = ("__pycache__", "site-packages", "node_modules")


def _skipped(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts[:-1]
    return any(part.startswith(".") or part in SKIPPED for part in parts)


def python_files(paths: Iterable[Path]) -> list[Path]:
    """The ``.py`` files under each path (a file is taken as it is), sorted, each once;
    hidden folders and installed packages (``SKIPPED``) below a folder are left out."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*.py") if not _skipped(p, path))
        elif path.exists():
            found.add(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return sorted(found)


def scan(
    paths: Sequence[Path], surface: Surface, packages: Sequence[str] = ("ibl_client",)
) -> list[Use]:
    """Every use of the SDK in the Python files under ``paths``, by file and line."""
    uses: list[Use] = []
    for file in python_files(paths):
        source = file.read_text(encoding="utf-8", errors="replace")
        uses += scan_source(source, surface, packages, file=str(file))
    return uses


def scan_source(
    source: str,
    surface: Surface,
    packages: Sequence[str] = ("ibl_client",),
    file: str = "<source>",
) -> list[Use]:
    """The uses in one module's source (a syntax error is reported with the file's name)."""
    try:
        tree = ast.parse(source, filename=file)
    except SyntaxError as exc:
        raise SyntaxError(f"{file}:{exc.lineno}: cannot scan: {exc.msg}") from None
    visitor = _Visitor(surface, tuple(packages), file)
    visitor.visit(tree)
    return sorted(set(visitor.uses))


def _call_text(node: ast.expr) -> str:
    return f"{ast.unparse(node)}(...)"


class _Visitor(ast.NodeVisitor):
    def __init__(self, surface: Surface, packages: tuple[str, ...], file: str) -> None:
        self.surface, self.packages, self.file = surface, packages, file
        self.uses: list[Use] = []
        # local name -> (folder, method) of an imported operation module
        self.modules: dict[str, tuple[str, str]] = {}
        # local name -> (folder, method) of a function imported from an operation module
        self.functions: dict[str, tuple[str, str]] = {}
        # local names bound to the models module
        self.model_modules: set[str] = set()

    # -- imports ------------------------------------------------------------------------

    def _sdk_path(self, module: str) -> list[str] | None:
        """The dotted parts after the package name, when ``module`` is the SDK's."""
        for package in self.packages:
            if module == package:
                return []
            if module.startswith(f"{package}."):
                return module[len(package) + 1 :].split(".")
        return None

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        parts = self._sdk_path(node.module or "") if not node.level else None
        if parts is None:
            return
        for alias in node.names:
            local = alias.asname or alias.name
            if parts == ["models"] or parts[:2] == ["generated", "models"]:
                # Classes only: not ``*``, nor a model's module (``models.user``).
                if alias.name[:1].isupper():
                    self._add(node, "model", alias.name, code=f"import {alias.name}")
            elif parts == ["generated"] and alias.name == "models":
                self.model_modules.add(local)
            elif len(parts) == 3 and parts[:2] == ["generated", "api"]:
                self._operation_module(node, parts[2], alias.name, local)
            elif len(parts) == 4 and parts[:2] == ["generated", "api"]:
                folder, method = parts[2], parts[3]
                if self.surface.folders.get(method) == folder and alias.name in _FUNCTIONS:
                    self.functions[local] = (folder, method)
                    self._add(node, "function", method, folder, f"import {method}.{alias.name}")

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            parts = self._sdk_path(alias.name)
            if parts is None:
                continue
            if parts[:2] == ["generated", "models"] and alias.asname:
                self.model_modules.add(alias.asname)
            elif len(parts) == 4 and parts[:2] == ["generated", "api"] and alias.asname:
                self._operation_module(node, parts[2], parts[3], alias.asname)

    def _operation_module(self, node: ast.stmt, folder: str, method: str, local: str) -> None:
        if self.surface.folders.get(method) == folder:
            self.modules[local] = (folder, method)
            self._add(node, "function", method, folder, f"import {method}")

    # -- uses ---------------------------------------------------------------------------

    def visit_Attribute(self, node: ast.Attribute) -> None:
        value = node.value
        if isinstance(value, ast.Attribute):
            method = self.surface.method(value.attr, node.attr)
            if method is not None:
                self._add(node, "method", method, value.attr, _call_text(node))
        elif isinstance(value, ast.Name):
            if value.id in self.modules and node.attr in _FUNCTIONS:
                folder, method = self.modules[value.id]
                self._add(node, "function", method, folder, _call_text(node))
            elif value.id in self.model_modules and node.attr[:1].isupper():
                self._add(node, "model", node.attr, code=ast.unparse(node))
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.functions and isinstance(node.ctx, ast.Load):
            folder, method = self.functions[node.id]
            self._add(node, "function", method, folder, _call_text(node))

    def _add(
        self,
        node: ast.stmt | ast.expr,
        kind: Literal["function", "method", "model"],
        name: str,
        group: str = "",
        code: str = "",
    ) -> None:
        self.uses.append(Use(self.file, node.lineno, kind, name, group, code))


def used_operations(uses: Iterable[Use]) -> Iterator[str]:
    """The method names of the operations among ``uses``, each once, in order."""
    yield from dict.fromkeys(u.name for u in uses if u.kind != "model")
