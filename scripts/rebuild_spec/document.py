"""Assemble the facts printed by ``introspect`` into one OpenAPI 3.0.3 document.

Everything the wheel itself cannot say but the API documentation fixes for every build
(server URL, tag order, the shape of the API-key scheme) is stated here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .choices import restore_choice_unions

OPENAPI_VERSION = "3.0.3"
SERVER_URL = "https://base.manager.iblai.app"
SECURITY_SCHEME = "PlatformApiKeyAuthentication"

# Tag order of the published API reference; tags the wheel adds later go after, sorted.
DOCUMENTED_TAG_ORDER = (
    "ai-account",
    "ai-analytics",
    "ai-bot",
    "ai-finetuning",
    "ai-index",
    "ai-marketing",
    "ai-media",
    "ai-mentor",
    "ai-prompt",
    "career",
    "catalog",
    "core",
    "credentials",
    "features",
    "media",
    "notifications",
    "scim",
    "commerce",
    "recommendations",
    "reports",
    "skills",
    "search",
)

# drf-spectacular's method order within a path item.
_METHOD_ORDER = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
_REF_PREFIX = "#/components/schemas/"
_ANNOTATION_KEYWORDS = frozenset({"description", "readOnly", "nullable"})


class UnresolvedReferenceError(ValueError):
    """A ``$ref`` points at a schema the wheel's ``models`` package does not export."""


def build_document(facts: dict[str, Any], package_version: str) -> dict[str, Any]:
    """Return the OpenAPI document for the facts of the wheel ``iblai==package_version``.

    The version is passed in rather than read from ``iblai.__version__``, which some
    builds spell differently from their PyPI release (``3.54.3+ai.plus``).
    """
    schemas: dict[str, Any] = facts["schemas"]
    restore_choice_unions(schemas)
    operations = deduplicate(facts["operations"])
    for operation in operations:
        attach_form_body(operation, schemas)
    document = {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": facts["info"]["title"],
            "version": facts["info"]["version"],
            "description": facts["info"]["description"],
        },
        "servers": [{"url": SERVER_URL}],
        "paths": path_items(operations),
        "components": {
            "schemas": {name: schemas[name] for name in sorted(schemas)},
            "securitySchemes": {SECURITY_SCHEME: security_scheme()},
        },
        "tags": [{"name": tag} for tag in ordered_tags(facts["tags"])],
        "x-rebuilt-from": {"package": "iblai", "version": package_version},
    }
    check_references(document)
    return document


def security_scheme() -> dict[str, Any]:
    """The API-key scheme; the wheel only knows its name, the docs give the rest."""
    return {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "Platform API key, sent as `Authorization: Api-Token <key>`.",
    }


def ordered_tags(tags: Iterable[str]) -> list[str]:
    """Tags in the documented order, unknown ones appended alphabetically."""
    present = set(tags)
    known = [tag for tag in DOCUMENTED_TAG_ORDER if tag in present]
    return known + sorted(present - set(DOCUMENTED_TAG_ORDER))


def deduplicate(operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep one operation per method+path; an operation listed under several tags keeps all.

    OpenAPI Generator copies an operation into every tag's class, so a duplicate is the
    same operation seen again, never a conflicting one.
    """
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for operation in operations:
        key = (operation["method"], operation["path"])
        if key not in seen:
            seen[key] = operation
            continue
        tags = seen[key]["operation"]["tags"]
        tags.extend(tag for tag in operation["operation"]["tags"] if tag not in tags)
    return list(seen.values())


def attach_form_body(operation: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Give a flattened (multipart-first) body back its request body, as a ``$ref`` if possible.

    The generator flattens bodies whose first media type is multipart into separate form
    arguments; the component it came from is the one with exactly those properties.
    """
    form_body = operation.pop("form_body", None)
    if form_body is None:
        return
    inline = form_body["schema"]
    component = matching_component(inline, schemas)
    schema = {"$ref": _REF_PREFIX + component} if component else inline
    body: dict[str, Any] = {
        "content": {media: {"schema": schema} for media in form_body["content_types"]}
    }
    if inline.get("required"):
        body["required"] = True
    fields = operation["operation"]
    # Keep drf-spectacular's key order: requestBody sits between tags and security.
    reordered = {}
    for key, value in fields.items():
        if key in ("security", "responses") and "requestBody" not in reordered:
            reordered["requestBody"] = body
        reordered[key] = value
    operation["operation"] = reordered


def matching_component(inline: dict[str, Any], schemas: dict[str, Any]) -> str | None:
    """Name of the best component with the inline schema's properties and types, if any.

    Types must agree too: two serializers can share field names (``file`` as an upload in
    one, as a URL string in another). Ties are broken towards ``...Request`` components
    (drf-spectacular's request split), then towards the same ``required`` list.
    """
    wanted = {name: _shape(schema) for name, schema in inline["properties"].items()}
    candidates = [
        name
        for name, schema in schemas.items()
        if {key: _shape(value) for key, value in schema.get("properties", {}).items()} == wanted
    ]
    if not candidates:
        return None

    def preference(name: str) -> tuple[bool, bool, str]:
        same_required = set(schemas[name].get("required", [])) == set(inline.get("required", []))
        return (not name.endswith("Request"), not same_required, name)

    return sorted(candidates, key=preference)[0]


def _shape(schema: Any) -> Any:
    """A schema without the annotations flattening loses (descriptions, readOnly, nullable)."""
    if isinstance(schema, list):
        return [_shape(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kept = {k: _shape(v) for k, v in schema.items() if k not in _ANNOTATION_KEYWORDS}
    if list(kept) == ["allOf"] and len(kept["allOf"]) == 1:
        return kept["allOf"][0]
    return kept


def path_items(operations: list[dict[str, Any]]) -> dict[str, Any]:
    """Paths sorted, methods in drf-spectacular's order, so the output is stable."""
    items: dict[str, dict[str, Any]] = {}
    for operation in operations:
        items.setdefault(operation["path"], {})[operation["method"]] = operation["operation"]
    return {
        path: {m: items[path][m] for m in _METHOD_ORDER if m in items[path]}
        for path in sorted(items)
    }


def check_references(document: dict[str, Any]) -> None:
    """Fail loudly if any ``$ref`` does not resolve inside the document."""
    schemas = document["components"]["schemas"]
    missing = sorted(
        {ref for ref in iter_refs(document) if ref.removeprefix(_REF_PREFIX) not in schemas}
    )
    if missing:
        raise UnresolvedReferenceError(f"unresolved references: {', '.join(missing)}")


def iter_refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` value anywhere under ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from iter_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_refs(item)
