"""An operation function's annotations, resolved.

Operation modules postpone their annotations and import their package's client classes for
type checkers only (templates/endpoint_module.py.jinja), as the group modules do: resolving
them takes the client classes of the SDK the function belongs to (the 4.x one or the 3.66.0
one generated for the tests)."""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable
from typing import Any


def client_names(function: Callable[..., Any]) -> dict[str, Any]:
    """``AsyncClient`` and ``Client`` of the generated package ``function`` is in."""
    module = inspect.unwrap(function).__module__
    package = module[: module.index(".generated.") + len(".generated")]
    return dict(vars(importlib.import_module(f"{package}.client")))


def type_hints(function: Callable[..., Any]) -> dict[str, Any]:
    """``typing.get_type_hints`` of an operation function (its wrapper's or its own)."""
    return typing.get_type_hints(function, localns=client_names(function))


def signature(function: Callable[..., Any]) -> inspect.Signature:
    """The signature with its annotations evaluated."""
    return inspect.signature(function, eval_str=True, locals=client_names(function))
