"""Valid Python arguments for every generated operation, derived from the description.

For one operation this finds the generated module (``<api package>.<tag>.<operation>``, named
as openapi-python-client names it), synthesises JSON values for its parameters and request
body with :class:`~.values.SchemaSampler`, and converts each value into what the generated
function's annotation asks for: enum members, ``datetime.date``, ``UUID``, ``File``, attrs
models (through their ``from_dict``), lists of those. Python parameter names are read from the
function's signature, so renames (keywords, ``url``/``client`` clashes, location suffixes) are
followed rather than re-derived.
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import inspect
import io
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateutil.parser import isoparse  # type: ignore[import-untyped]
from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import PythonIdentifier
from support.annotations import type_hints

from scripts.normalise import has_binary, mark_file_fields

from .spec import Operation, Parameter, Spec
from .values import SchemaSampler

# Request body media types in the order the SDK is expected to prefer them.
BODY_MEDIA_PREFERENCE = (
    "application/json",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
)
FIELD_PREFIX = ConfigFile().field_prefix


class ArgumentError(Exception):
    """The description and the generated signature cannot be reconciled for one operation."""


@dataclass
class Call:
    """Everything needed to invoke one generated operation."""

    operation: Operation
    function: Callable[..., Any] | None
    kwargs: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    # The JSON values the arguments were made from: equal fingerprints mean equal requests.
    fingerprint: str = ""


def module_name(operation: Operation) -> str:
    """``<tag>.<operation_id>`` as openapi-python-client names the generated module."""
    tag = PythonIdentifier(operation.tag or "default", prefix="tag")
    name = PythonIdentifier(operation.operation_id, prefix=FIELD_PREFIX)
    return f"{tag}.{name}"


def find_function(
    operation: Operation, api_package: str, name: str = "asyncio_detailed"
) -> Callable[..., Any]:
    qualified = f"{api_package}.{module_name(operation)}"
    try:
        module = importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        raise ArgumentError(f"no generated module {qualified}: {exc}") from exc
    except Exception as exc:  # the module exists but does not import
        raise ArgumentError(f"{qualified} fails to import: {type(exc).__name__}: {exc}") from exc
    function = getattr(module, name, None)
    if function is None:
        raise ArgumentError(f"{qualified} has no {name}()")
    return typing.cast(Callable[..., Any], function)


def build_call(
    spec: Spec, operation: Operation, api_package: str, *, optional: bool, function_name: str
) -> Call:
    """Arguments for one operation; failures are recorded on the Call, never raised."""
    try:
        function = find_function(operation, api_package, function_name)
    except ArgumentError as exc:
        return Call(operation, None, error=str(exc))
    raw: dict[str, Any] = {}
    try:
        kwargs = build_kwargs(spec, operation, function, optional=optional, raw=raw)
    except ArgumentError as exc:
        return Call(operation, function, error=str(exc))
    except Exception as exc:  # a model's from_dict refusing a synthesised value
        return Call(operation, function, error=f"{type(exc).__name__}: {exc}")
    return Call(operation, function, kwargs, fingerprint=repr(sorted(raw.items())))


def build_kwargs(
    spec: Spec,
    operation: Operation,
    function: Callable[..., Any],
    *,
    optional: bool,
    raw: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Keyword arguments (without ``client``); ``raw`` receives the JSON values used."""
    raw = {} if raw is None else raw
    signature = inspect.signature(function)
    hints = type_hints(function)
    sampler = SchemaSampler(spec, optional=optional)
    accepted = [name for name in signature.parameters if name != "client"]
    kwargs: dict[str, Any] = {}

    for parameter in operation.parameters:
        if not (parameter.required or optional):
            continue
        python_name = python_parameter_name(parameter, accepted)
        if python_name is None:
            if parameter.required:
                raise ArgumentError(
                    f"required {parameter.location} parameter {parameter.name!r} has no "
                    f"argument in {list(signature.parameters)}"
                )
            continue
        value = sampler.sample(parameter.schema)
        raw[python_name] = value
        kwargs[python_name] = to_python(value, hints.get(python_name, Any))

    body = operation.request_body
    if body is not None and (body.get("required") or optional) and "body" in accepted:
        media_type, schema = pick_body_media(spec, body)
        value = sampler.sample(schema)
        raw["body"] = value
        kwargs["body"] = to_python(value, hints.get("body", Any), media_type=media_type)
    elif body is not None and body.get("required") and "body" not in accepted:
        raise ArgumentError(f"required request body has no argument in {accepted}")

    for name, param in signature.parameters.items():
        if name == "client" or name in kwargs:
            continue
        if param.default is inspect.Parameter.empty and param.kind is not param.VAR_KEYWORD:
            raise ArgumentError(f"generated argument {name!r} matches nothing in the description")
    return kwargs


def python_parameter_name(parameter: Parameter, accepted: list[str]) -> str | None:
    """The generated argument for a spec parameter, tolerant of the generator's renames."""
    base = PythonIdentifier(parameter.name, prefix=FIELD_PREFIX)
    raw = "".join(ch for ch in parameter.name if ch.isalnum() or ch == "_")
    candidates = [
        base,
        f"{base}_",
        f"{base}_{parameter.location}",
        f"{base.rstrip('_')}_{parameter.location}",
        raw,
        f"{parameter.location}_{base.rstrip('_')}",
    ]
    for candidate in candidates:
        if candidate in accepted:
            return candidate
    return None


def pick_body_media(spec: Spec, body: Mapping[str, Any]) -> tuple[str, Any]:
    """The media type the SDK sends: JSON, or multipart when the body holds a file.

    This mirrors the pipeline's ``prefer_json_request_bodies`` normaliser rule, with its test
    for a file field (the suite sees the description before normalisation).
    """
    content: Mapping[str, Any] = body.get("content") or {}
    multipart = (content.get("multipart/form-data") or {}).get("schema")
    schemas = (spec.document.get("components") or {}).get("schemas") or {}
    if multipart is not None:
        # As ``mark_upload_fields_binary`` leaves it: file-named string fields are files.
        resolved = spec.resolve(multipart)
        marked = copy.deepcopy(dict(resolved)) if isinstance(resolved, Mapping) else {}
        if mark_file_fields(marked) or has_binary(multipart, schemas, set()):
            return "multipart/form-data", marked or multipart
    for media_type in BODY_MEDIA_PREFERENCE:
        if media_type in content:
            return media_type, (content[media_type] or {}).get("schema", {})
    for media_type, entry in content.items():
        return media_type, (entry or {}).get("schema", {})
    return "application/json", {}


def to_python(value: Any, annotation: Any, media_type: str | None = None) -> Any:
    """Convert a JSON value into what ``annotation`` asks for (first union member that fits)."""
    if value is None or annotation is Any:
        return value
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(annotation) if not _is_unset_or_none(m)]
        errors: list[str] = []
        for member in members:
            try:
                return _convert(value, member)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                errors.append(f"{getattr(member, '__name__', member)}: {exc}")
        raise ArgumentError(f"value {value!r} fits none of {members}: {errors}")
    return _convert(value, annotation)


def _is_unset_or_none(member: Any) -> bool:
    return member is type(None) or getattr(member, "__name__", "") == "Unset"


def _convert(value: Any, target: Any) -> Any:
    origin = typing.get_origin(target)
    if target is Any:
        return value
    if origin is typing.Literal:
        if value in typing.get_args(target):
            return value
        raise ValueError(f"{value!r} not in {target}")
    if origin in (list, tuple, set, frozenset):
        if not isinstance(value, list):
            raise TypeError("expected a list")
        (item_type, *_rest) = typing.get_args(target) or (Any,)
        return [to_python(item, item_type) for item in value]
    if origin in (dict, Mapping):
        if not isinstance(value, dict):
            raise TypeError("expected an object")
        return value
    if origin in (typing.Union, types.UnionType):
        return to_python(value, target)
    if not isinstance(target, type):
        return value
    if issubclass(target, enum.Enum):
        return target(value)
    if hasattr(target, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{target.__name__}.from_dict needs an object")
        return target.from_dict(value)
    if target.__name__ == "File":
        payload = value if isinstance(value, bytes) else str(value).encode()
        file_type: Any = target
        return file_type(
            payload=io.BytesIO(payload),
            file_name="contract.bin",
            mime_type="application/octet-stream",
        )
    if target is datetime.datetime:
        return isoparse(value)
    if target is datetime.date:
        return datetime.date.fromisoformat(value)
    if target is uuid.UUID:
        return uuid.UUID(value)
    if target is bool:
        if isinstance(value, bool):
            return value
        raise TypeError("expected a boolean")
    if target in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"expected {target.__name__}")
        if target is int and not float(value).is_integer():
            raise ValueError("expected an integer")
        return target(value)
    if target is str:
        if isinstance(value, str):
            return value
        raise TypeError("expected a string")
    if target is bytes and isinstance(value, bytes):
        return value
    return value
