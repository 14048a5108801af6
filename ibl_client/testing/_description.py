"""The description the fake serves: its operations, their parameters and bodies, and the route
from a request's method and path to the operation it is for.

By default the SDK's own description (``generated/_openapi.json.gz``, written by the pipeline
beside the generated tree, the one ``python -m ibl_client upgrade-check`` reads); any other
description (a file, or a parsed document) can be given instead, as a vendored copy's.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs

__all__ = ["Description", "Operation", "Parameter"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^}/]+)\}")


@attrs.frozen
class Parameter:
    """A path, query, header or cookie parameter; path parameters are always required."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any] = attrs.field(repr=False)


@attrs.frozen(eq=False)
class Operation:
    """One operation: its id, ``METHOD`` and path template, parameters (the path item's, each
    overridden by the operation's own of the same name and place), body and responses."""

    id: str
    method: str  # upper case, as on the wire
    path: str
    parameters: tuple[Parameter, ...] = attrs.field(repr=False)
    body: Mapping[str, Any] | None = attrs.field(repr=False)
    responses: Mapping[str, Mapping[str, Any]] = attrs.field(repr=False)

    @property
    def label(self) -> str:
        return f"{self.id} ({self.method} {self.path})"

    def parameter(self, location: str, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.location == location and p.name == name), None)

    def success(self) -> tuple[int, str | None, Any]:
        """The first (lowest) 2xx the operation declares, its media type and schema (None when
        it declares no body, or the status is 204 or 304); an operation declaring no 2xx
        answers its first declared status, and one declaring nothing a bare 200."""
        codes = sorted(int(code) for code in self.responses if code.isdigit())
        successes = [code for code in codes if 200 <= code < 300]
        status = (successes or codes or [200])[0]
        content = (self.responses.get(str(status)) or {}).get("content") or {}
        if not content or status in (204, 304):  # never a body, whatever a description says
            return status, None, None
        media = next((m for m in content if is_json(m)), next(iter(content)))
        return status, media, (content[media] or {}).get("schema") or {}


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """``node`` with its local ``$ref`` (``#/components/...``) followed in ``document``, until
    a node that is not a reference; a remote or circular reference is a ValueError."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = str(node["$ref"])
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def is_json(media: str) -> bool:
    base = media.split(";", 1)[0].strip().lower()
    return base.endswith(("/json", "+json"))


class Description:
    """An OpenAPI 3 description: its operations, found by id or by request."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        if not isinstance(document.get("paths"), Mapping):
            raise ValueError("not an OpenAPI description: it has no `paths`")
        self.document = document
        self.operations: list[Operation] = list(self._operations())
        self.by_id = {op.id: op for op in self.operations}
        # Routes by method and segment count, the most literal template first: a request for
        # /users/me/ takes the operation written /users/me/, not /users/{id}/.
        self._routes: dict[tuple[str, int], list[tuple[re.Pattern[str], Operation]]] = {}
        for op in sorted(self.operations, key=lambda op: -len(_TEMPLATE.sub("", op.path))):
            literal = _TEMPLATE.split(op.path)[::2]  # the text between the parameters
            pattern = "([^/]+)".join(map(re.escape, literal))
            key = (op.method, op.path.count("/"))
            self._routes.setdefault(key, []).append((re.compile(f"^{pattern}$"), op))

    @classmethod
    def load(cls, path: str | Path) -> Description:
        """A description file: JSON, gzip-compressed JSON (as the SDK ships its own, in which
        case the description is under ``description``), or YAML when PyYAML is installed."""
        path = Path(path)
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8")
        if text.lstrip().startswith("{"):
            document = json.loads(text)
        else:
            import yaml  # only for a YAML description: PyYAML is no dependency of the SDK

            document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if isinstance(document, dict) and "description" in document and "about" in document:
            document = document["description"]  # the SDK's own file: {"about", "description"}
        return cls(document)

    @classmethod
    def own(cls) -> Description:
        """The description the installed SDK was generated from, read once per process."""
        return _own()

    def resolve(self, node: Any) -> Any:
        """``node`` with its local ``$ref`` followed, until a schema that is not a reference."""
        return resolve(self.document, node)

    def route(self, method: str, path: str) -> list[tuple[Operation, dict[str, str]]]:
        """The operations a request may be for, the most literal path first, each with its
        path parameters (decoded); empty if the description has no such path for the method.
        Two templates can match alike (``/users/{user_id}/`` and ``/users/{username}/``): the
        caller takes the first whose parameters fit."""
        found = []
        for pattern, op in self._routes.get((method.upper(), path.count("/")), ()):
            match = pattern.match(path)
            if match is not None:
                names = _TEMPLATE.findall(op.path)
                values = [unquote(value) for value in match.groups()]
                found.append((op, dict(zip(names, values, strict=True))))
        return found

    def _operations(self) -> Iterator[Operation]:
        for path, item in self.document["paths"].items():
            item = self.resolve(item)
            shared = [self.resolve(p) for p in item.get("parameters") or ()]
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                raw = item[method]
                merged: dict[tuple[str, str], Mapping[str, Any]] = {}
                for p in [*shared, *(self.resolve(p) for p in raw.get("parameters") or ())]:
                    merged[(p["in"], p["name"])] = p
                parameters = tuple(
                    Parameter(
                        p["name"],
                        p["in"],
                        bool(p.get("required")) or p["in"] == "path",
                        p.get("schema") or {},
                    )
                    for p in merged.values()
                )
                body = self.resolve(raw["requestBody"]) if "requestBody" in raw else None
                yield Operation(
                    id=raw.get("operationId") or f"{method} {path}",
                    method=method.upper(),
                    path=path,
                    parameters=parameters,
                    body=body,
                    responses={
                        str(code): self.resolve(answer)
                        for code, answer in (raw.get("responses") or {}).items()
                    },
                )


@functools.cache
def _own() -> Description:
    from .._upgrade.description import OWN

    if not OWN.exists():
        raise FileNotFoundError(
            f"{OWN} is missing: this copy of the SDK carries no description of its own; give "
            "the fake one (FakeIBL(description=...)), e.g. the file the copy was generated from"
        )
    return Description.load(OWN)
