"""The OpenAPI description as the contract suite sees it: operations, parameters, bodies.

Only what the suite needs is modelled: each operation with its merged parameters (path-level
ones overridden by operation-level ones of the same name and location), its request body and
its responses. ``$ref`` pointers are resolved on demand by :meth:`Spec.resolve`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ibl_client.testing._description import resolve

REPO_ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Response media types whose body the SDK parses into a declared model.
JSON_MEDIA_SUFFIXES = ("/json", "+json")


def spec_path() -> Path:
    """The description under test: ``openapi.yaml`` at the repository root.

    ``IBL_CONTRACT_SPEC`` points the suite at another file (used to develop the suite itself
    against a small sample before the real description existed).
    """
    return Path(os.environ.get("IBL_CONTRACT_SPEC", REPO_ROOT / "openapi.yaml"))


def is_json_media(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base.endswith(JSON_MEDIA_SUFFIXES)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str | None
    parameters: tuple[Parameter, ...]
    request_body: Mapping[str, Any] | None
    responses: Mapping[str, Any]
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def label(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.path})"

    def success_codes(self) -> list[int]:
        """Documented 2xx status codes, lowest first (Prism's default choice comes first)."""
        codes = [int(code) for code in self.responses if code.isdigit() and code.startswith("2")]
        return sorted(codes)

    def expected_codes(self) -> list[int]:
        """The 2xx codes; for an operation that documents none (a 302 callback, a 405 the
        server always answers), the first documented code, so every operation is still called
        and its documented answer checked."""
        documented = sorted(int(code) for code in self.responses if code.isdigit())
        return self.success_codes() or documented[:1]


class Spec:
    def __init__(self, document: Mapping[str, Any], path: Path | None = None) -> None:
        self.document = document
        self.path = path

    @classmethod
    def load(cls, path: Path) -> Spec:
        """A description file: JSON (read as JSON: the YAML parser takes seconds over it), or
        YAML."""
        text = path.read_text(encoding="utf-8")
        if text.lstrip().startswith("{"):
            return cls(json.loads(text), path)
        return cls(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), path)

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` pointers (local ones only) until a concrete node is reached (the
        testing kit's rule, ``ibl_client/testing/_description.py``)."""
        return resolve(self.document, node)

    @cached_property
    def operations(self) -> list[Operation]:
        return list(self._iter_operations())

    def _iter_operations(self) -> Iterator[Operation]:
        for path, item in (self.document.get("paths") or {}).items():
            item = self.resolve(item)
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                merged: dict[tuple[str, str], Mapping[str, Any]] = {}
                for p in [*shared, *(self.resolve(p) for p in op.get("parameters", []))]:
                    merged[(p["name"], p["in"])] = p
                params = tuple(
                    Parameter(
                        name=p["name"],
                        location=p["in"],
                        required=bool(p.get("required")) or p["in"] == "path",
                        schema=p.get("schema") or {},
                    )
                    for p in merged.values()
                )
                body = self.resolve(op["requestBody"]) if "requestBody" in op else None
                tags = op.get("tags") or []
                yield Operation(
                    method=method,
                    path=path,
                    operation_id=op.get("operationId") or f"{method} {path}",
                    tag=tags[0] if tags else None,
                    parameters=params,
                    request_body=body,
                    responses={
                        str(code): self.resolve(resp)
                        for code, resp in (op.get("responses") or {}).items()
                    },
                    raw=op,
                )
