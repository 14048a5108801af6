"""`Operation`: what the layer knows of one generated operation, given to it explicitly.

Each generated operation module holds one, ``OPERATION``, and passes it with every request
(``client._send(OPERATION, ...)``) and with its ``sync``/``asyncio`` functions (which a pager is
given): the layer reads nothing back from the generated modules' globals.

>>> import httpx
>>> op = Operation("courses_list", "get", "/api/courses/", lambda response: None)
>>> op.id, op.method, op.response_types, op.pagination
('courses_list', 'get', {}, None)
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, Generic, TypeVar

import attrs
import httpx

__all__ = ["Operation", "operation_module"]

#: On a group's async method (``_groups.operation``): the tag folder of its operation module.
HOME = "__ibl_home__"
#: On a form built from a group method: the name of the operation module it calls.
MODULE = "__ibl_operation_module__"

T = TypeVar("T")


#: The operation id of ``client.request(...)`` calls, in logs, errors and hooks.
RAW_OPERATION = "request"


@attrs.frozen(eq=False)  # compared (and hashed, as a key of _decode's plans) by identity
class Operation(Generic[T]):
    """One operation of the description.

    ``parse`` is its generated parser of a 2xx body (the reference: ``_decode.py`` decodes the
    bodies of ``response_types`` faster, and falls back on it). ``response_types`` maps each 2xx
    status whose body is a model, or a list of models, to that type. ``pagination`` is its page
    style (``_pagination.STYLES``), or None when it does not page.
    """

    id: str
    method: str
    path: str
    parse: Callable[[httpx.Response], T | None] = attrs.field(repr=False)
    response_types: Mapping[int, Any] = attrs.field(factory=dict, repr=False)
    pagination: str | None = None


def operation_module(function: Callable[..., Any]) -> ModuleType | None:
    """The generated module of the operation ``function`` calls: a group method (async, or a
    form built from one, bound or not) or one of the module's own functions; else None."""
    function = getattr(function, "__func__", function)
    name: str | None = getattr(function, MODULE, None)
    home: str | None = getattr(function, HOME, None)
    if name is None and home is not None:  # an async group method, in api/<tag>/_group.py
        api = function.__module__.rpartition(".")[0].rpartition(".")[0]
        name = f"{api}.{home}.{function.__name__.removesuffix('_iter')}"
    if name is None:
        name = getattr(function, "__module__", None)
    if name is None:
        return None
    module = sys.modules.get(name) or (importlib.import_module(name) if home else None)
    return module if hasattr(module, "OPERATION") and hasattr(module, "_get_kwargs") else None
