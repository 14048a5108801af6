"""Turning a 2xx body into the operation's models: msgspec first, the generated parser as reference.

An operation's generated parser (``Operation.parse``) is the reference: it checks every value, keeps
undeclared keys in ``additional_properties`` and names the field in its errors, but it is
Python, field by field (about 3x ``json.loads``' own time on a list of 50 models). For a status
whose body is a model or a list of models (``Operation.response_types``), :func:`parse`
decodes the bytes with msgspec instead, into ``msgspec.Struct`` twins of the attrs models
(built once per model, from its attrs fields and type hints), then moves each twin's values
into a model instance with code generated for that model: no ``__init__`` call, no dict copy
(its source is registered in ``linecache``, ``_built.py``, so a traceback through it shows it).

msgspec checks the same JSON types the reference checks, and the twins forbid unknown keys.
Whatever it refuses, the reference parses: an undeclared key (kept in ``additional_properties``),
an enum value the description does not list, a wrong type (the reference raises the error that
names the field), JSON that is not UTF-8. So a body parses to the same models either way, and a
body that does not fit fails with the same error; the fast path only skips work. A model msgspec
cannot express (a union of two models, a recursive model) keeps the reference for its operation.

>>> from ibl_client.generated.api.core import core_platform_api_tokens_list as op
>>> body = b'[{"username": "u", "name": "n", "key": "k", "platform_key": "p",'
>>> body += b' "expires": "2026-02-01T00:00:00Z", "created": "2026-01-02T03:04:05Z"}]'
>>> parse(httpx.Response(200, content=body), op.OPERATION)[0].expires.year
2026
"""

from __future__ import annotations

import contextlib
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from ._built import build
from ._types import UNSET, Unset

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = ["parse"]

T = TypeVar("T")
Decode = Callable[[bytes], Any]

#: Per operation: the decoder of each status with a fast path.
_PLANS: dict[Operation[Any], dict[int, Decode]] = {}
_LOCK = threading.Lock()


def parse(response: httpx.Response, operation: Operation[T]) -> T | None:
    """The parsed body of a 2xx ``response``: fast where it can be, else by the operation's
    own parser."""
    plan = _PLANS.get(operation)
    if plan is None:
        plan = _plan(operation)
    decode = plan.get(response.status_code)
    if decode is not None:
        try:
            result: T = decode(response.content)
            return result
        except Exception as exc:
            # Imported here, not before the call: an import statement costs a fast call a
            # look-up on every response.
            from msgspec import DecodeError

            if not isinstance(exc, DecodeError):
                raise
            # (ValidationError is one) the reference decides, and explains
    return operation.parse(response)


def _plan(operation: Operation[Any]) -> dict[int, Decode]:
    """Build (once) the decoders of an operation's ``response_types``."""
    with _LOCK:
        if operation in _PLANS:
            return _PLANS[operation]
        plan: dict[int, Decode] = {}
        for status, declared_type in operation.response_types.items():
            with contextlib.suppress(_Unsupported):  # that status keeps the generated parser
                plan[status] = _Builder().decoder(declared_type)
        _PLANS[operation] = plan
        return plan


class _Unsupported(Exception):
    """A type the fast path does not take: its operation keeps the reference parser."""


class _ModelNames(dict[str, Any]):
    """Names in a model's annotations that its module imports for type checkers only: the
    other models of its package (``models/<name>.py`` is in ``models``, which exports them)."""

    def __init__(self, model: type) -> None:
        super().__init__()
        self._package = model.__module__.rpartition(".")[0]

    def __missing__(self, name: str) -> Any:
        import importlib

        models = importlib.import_module(self._package)
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


#: Per model class: its msgspec twin and the function that turns a twin into the model.
_MODELS: dict[type, tuple[Any, Callable[[Any], Any]]] = {}


class _Builder:
    """Derives msgspec types and converters from annotated types, one model at a time."""

    def __init__(self) -> None:
        import msgspec

        self._msgspec = msgspec
        self._building: set[type] = set()
        # Types msgspec decodes from JSON exactly as the generated parser checks and builds them
        # (imported here: this module is imported with the client, these on the first parse).
        import datetime
        import uuid

        self._as_is: frozenset[Any] = frozenset(
            {str, int, bool, type(None), Any, datetime.datetime, datetime.date, uuid.UUID}
        )

    def decoder(self, declared: Any) -> Decode:
        spec, convert = self._shape(declared)
        try:
            decode = self._msgspec.json.Decoder(spec).decode
        except TypeError as exc:  # a type msgspec cannot decode into (raised on building it)
            raise _Unsupported(str(exc)) from None
        if convert is None:
            return decode

        def decode_and_convert(content: bytes) -> Any:
            return convert(decode(content))

        return decode_and_convert

    def _shape(self, hint: Any) -> tuple[Any, Callable[[Any], Any] | None]:
        """(the msgspec type of ``hint``, the function turning its decoded value into the
        model's, or None where the decoded value is already it)."""
        if hint in self._as_is:
            return hint, None
        if hint is float:  # the reference keeps a JSON integer an int; so does `int | float`
            return int | float, None
        if hint is Unset:
            return self._msgspec.UnsetType, None
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin is typing.Literal and all(type(a) in (str, int) for a in args):
            return hint, None
        if isinstance(hint, type) and attrs.has(hint):
            spec, convert = self._model(hint)
            return spec, convert
        if origin is list and len(args) == 1:
            item, convert_item = self._shape(args[0])
            if convert_item is None:
                return list[item], None  # type: ignore[valid-type]
            return list[item], lambda values: [convert_item(v) for v in values]  # type: ignore[valid-type]
        if origin is dict and len(args) == 2 and args[0] is str:
            value, convert_value = self._shape(args[1])
            if convert_value is None:
                return dict[str, value], None  # type: ignore[valid-type]
            return dict[str, value], lambda d: {k: convert_value(v) for k, v in d.items()}  # type: ignore[valid-type]
        if origin in (typing.Union, types.UnionType):
            return self._union(args)
        raise _Unsupported(repr(hint))

    def _union(self, members: tuple[Any, ...]) -> tuple[Any, Callable[[Any], Any] | None]:
        unset = self._msgspec.UNSET
        if Any in members:  # anything goes; only a missing key (UNSET) is told apart
            return Any, lambda v: UNSET if v is unset else v
        shapes = [self._shape(m) for m in members]
        spec: Any = typing.Union[tuple(s for s, _ in shapes)]  # noqa: UP007 (built at run time)
        converting = [(s, c) for s, c in shapes if c is not None]
        has_unset = any(s is self._msgspec.UnsetType for s, _ in shapes)
        if len(converting) > 1:
            raise _Unsupported(f"a union of {len(converting)} converted types")
        if not converting:
            if not has_unset:
                return spec, None
            return spec, lambda v: UNSET if v is unset else v
        kind, convert = converting[0]
        test = typing.get_origin(kind) or kind  # a twin Struct, list or dict

        def convert_member(v: Any) -> Any:
            if v is unset:
                return UNSET
            return convert(v) if isinstance(v, test) else v

        return spec, convert_member

    def _model(self, cls: type) -> tuple[Any, Callable[[Any], Any]]:
        known = _MODELS.get(cls)
        if known is not None:
            return known
        if cls in self._building:
            raise _Unsupported(f"{cls.__name__} refers to itself")
        if cls.__setattr__ is not object.__setattr__:  # type: ignore[comparison-overlap]
            raise _Unsupported(f"{cls.__name__} has attribute hooks")
        self._building.add(cls)
        try:
            hints = typing.get_type_hints(cls, localns=_ModelNames(cls))
            if not any(field.init for field in attrs.fields(cls)):
                result = self._free_form(cls, hints)
                _MODELS[cls] = result
                return result
            names: Mapping[str, str] = getattr(cls, "_JSON_NAMES", {})
            fields: list[tuple[str, Any, Any]] = []
            steps: list[str] = []
            scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
            for field in attrs.fields(cls):
                if not field.init:
                    if field.name != "additional_properties":
                        raise _Unsupported(f"{cls.__name__}.{field.name}")
                    steps.append(f"o.{field.name} = {{}}")
                    continue
                hint = hints[field.name]
                spec, convert = self._shape(hint)
                wire = names.get(field.name, field.name)
                # A key is optional in JSON exactly when its type admits UNSET: the generated
                # parser gives UNSET for a missing key (never the attrs default), else raises.
                if _admits_unset(hint):
                    unset = self._msgspec.UNSET
                    fields.append((field.name, spec, self._msgspec.field(name=wire, default=unset)))
                elif wire != field.name:
                    fields.append((field.name, spec, self._msgspec.field(name=wire)))
                else:
                    fields.append((field.name, spec, self._msgspec.NODEFAULT))
                if convert is None:
                    steps.append(f"o.{field.name} = s.{field.name}")
                else:
                    scope[f"_c_{field.name}"] = convert
                    steps.append(f"o.{field.name} = _c_{field.name}(s.{field.name})")
            struct = self._msgspec.defstruct(
                f"{cls.__name__}Wire",
                [(n, s) if d is self._msgspec.NODEFAULT else (n, s, d) for n, s, d in fields],
                kw_only=True,
                forbid_unknown_fields=True,
            )
            body = "\n    ".join(["o = _new(_cls)", *steps, "return o"])
            source = f"def convert(s):\n    {body}\n"  # the model's own copying code
            result = (struct, build("convert", source, scope, f"decoder {cls.__qualname__}"))
            _MODELS[cls] = result
            return result
        finally:
            self._building.discard(cls)

    def _free_form(self, cls: type, hints: Mapping[str, Any]) -> tuple[Any, Callable[[Any], Any]]:
        """A model with no declared property (a free-form object): all its keys are additional."""
        if "additional_properties" not in hints:
            raise _Unsupported(f"{cls.__name__} has no fields")
        spec, convert = self._shape(hints["additional_properties"])
        new = object.__new__

        def free_form(values: Any) -> Any:
            model: Any = new(cls)
            model.additional_properties = values if convert is None else convert(values)
            return model

        return spec, free_form


def _admits_unset(hint: Any) -> bool:
    return hint is Unset or Unset in typing.get_args(hint)
