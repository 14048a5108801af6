"""Step 4: normalise the description so openapi-python-client generates a correct SDK.

openapi-python-client 0.29 generates this API without a warning and still gets some of it
silently wrong. Every correction lives here, one small function per rule, each saying which
generator or description behaviour it corrects; `RULES` lists them in the order they run and
`normalise()` applies them all, returning what each changed for the pipeline's report.
The wire format never changes: names, paths and media types the server accepts stay as they are.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
REF_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Rule = Callable[[dict[str, Any]], list[str]]


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (method, path, operation) of the description."""
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield method, path, item[method]


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    return schemas


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        if ref.startswith(REF_PREFIX):
            return ref[len(REF_PREFIX) :]
    return None


def _children(schema: dict[str, Any]) -> Iterator[Any]:
    """The sub-schemas of a schema: properties, items, additionalProperties, compositions."""
    yield from (schema.get("properties") or {}).values()
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield schema[key]
    for key in ("allOf", "oneOf", "anyOf"):
        yield from schema.get(key) or []


def has_binary(schema: Any, schemas: dict[str, Any], seen: set[str]) -> bool:
    """Whether a schema (following $refs) holds a `format: binary` value anywhere."""
    if not isinstance(schema, dict):
        return False
    name = _ref_name(schema)
    if name is not None:
        if name in seen:
            return False
        seen.add(name)
        return has_binary(schemas.get(name), schemas, seen)
    if schema.get("format") == "binary":
        return True
    return any(has_binary(child, schemas, seen) for child in _children(schema))


# --- Rules ---------------------------------------------------------------------------------


#: Names of multipart fields that carry a file, where the description types them as strings
#: (DRF's FileField/ImageField seen as a string by the rebuilt description): exactly `file`,
#: `files`, `image`, `images`, or ending in `_file`/`_image` (`source_file`, `prompt_image`).
#: camelCase names are not taken: `iconImage` (an Open Badges issuer's) is a data URI or URL.
FILE_FIELD = re.compile(r"(?:[a-z0-9]+_)*(?:file|files|image|images)")


def _is_plain_string(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "string" and "format" not in schema


def mark_upload_fields_binary(document: dict[str, Any]) -> list[str]:
    """A multipart body's file fields are `format: binary`, so the SDK uploads files.

    The description (rebuilt from the official client, which sends any value as JSON) types
    the file fields of multipart bodies (`file`, `image`, `source_file`, `prompt_image`, ...;
    `FILE_FIELD`) as plain strings; only one field says `format: binary`. The generator then
    makes them `str` and the body JSON (`prefer_json_request_bodies`), so a file could not be
    sent. A writable field whose name is a file's and whose schema is a plain string becomes
    binary, in the schema the multipart body refers to. An array of such strings (`files` of
    `ElevenlabsCustomVoice`, sent as repeated parts) is left alone: Prism, which the contract
    tests check every request with, reads repeated parts as one value and would refuse it, so
    such an upload could not be verified; `ibl.request(files=[...])` sends it. A component
    that a response or a body without multipart also reads stays as it is: the multipart body
    refers to a copy named `<Name>Request` (as `split_read_only_request_schemas` names one).
    Runs after that rule (readOnly fields are the server's, not uploads) and before
    `prefer_json_request_bodies` (which keeps multipart where a field is binary).
    """
    schemas = _schemas(document)
    elsewhere = _read_outside_multipart(document, schemas)
    done: dict[str, tuple[str, list[str]]] = {}  # component -> (the one uploads use, fields)
    changed: list[str] = []
    for method, path, operation in operations(document):
        media = ((operation.get("requestBody") or {}).get("content") or {}).get(MULTIPART)
        if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
            continue
        name = _ref_name(media["schema"])
        if name is None:  # inline: this body's own (copied: YAML anchors may share it)
            media["schema"] = copy.deepcopy(media["schema"])
            where, fields = "inline", mark_file_fields(media["schema"])
        else:
            if name not in done:
                if name in elsewhere:
                    upload = copy.deepcopy(schemas.get(name) or {})
                    marked = mark_file_fields(upload)
                    target = name
                    if marked:
                        target = _free_name(schemas, f"{name}Request")
                        schemas[target] = upload
                    done[name] = (target, marked)
                else:
                    done[name] = (name, mark_file_fields(schemas.get(name) or {}))
            where, fields = done[name]
            media["schema"] = {**media["schema"], "$ref": REF_PREFIX + where}
        changed.extend(f"{method.upper()} {path}: {where}.{field}" for field in fields)
    return changed


def mark_file_fields(schema: dict[str, Any]) -> list[str]:
    """Mark ``schema``'s writable plain-string file fields binary; return their names."""
    fields = []
    for field, value in (schema.get("properties") or {}).items():
        if not FILE_FIELD.fullmatch(field) or not isinstance(value, dict) or value.get("readOnly"):
            continue
        if not _is_plain_string(value):
            continue  # an array of files (repeated parts) is left a list of strings, below
        value["format"] = "binary"
        fields.append(field)
    return fields


def _read_outside_multipart(document: dict[str, Any], schemas: dict[str, Any]) -> set[str]:
    """Components reachable from a response, a parameter, or a body offering no multipart."""
    roots: list[Any] = []
    for _method, _path, operation in operations(document):
        for response in (operation.get("responses") or {}).values():
            for media in ((response or {}).get("content") or {}).values():
                roots.append((media or {}).get("schema"))
        for parameter in operation.get("parameters") or []:
            roots.append((parameter or {}).get("schema"))
        content = (operation.get("requestBody") or {}).get("content") or {}
        if MULTIPART not in content:
            roots.extend((media or {}).get("schema") for media in content.values())
    found: set[str] = set()
    pending = [name for root in roots for name in _refs_in(root)]
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending.extend(_refs_in_component(schemas.get(name)))
    return found


def _refs_in_component(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        for child in _children(schema):
            yield from _refs_in(child)


def prefer_json_request_bodies(document: dict[str, Any]) -> list[str]:
    """Keep one request media type: JSON, or multipart where a field is a file.

    drf-spectacular offers most bodies as JSON, form and multipart (DRF's default parsers).
    openapi-python-client 0.29 turns such a body into a union of one class per media type; all
    three are the same class, so its `isinstance` dispatch always takes the first branch, and
    its template loses `required` (a required body becomes optional). JSON keeps types (numbers,
    booleans, null, nested objects) that form encoding flattens to strings, so it is what we
    send; multipart remains only where a file must be uploaded.
    """
    schemas = _schemas(document)
    changed: list[str] = []
    for method, path, operation in operations(document):
        content = (operation.get("requestBody") or {}).get("content") or {}
        if len(content) < 2:
            continue
        needs_files = any(
            has_binary(media.get("schema"), schemas, set()) for media in content.values()
        )
        if needs_files and MULTIPART in content:
            keep = MULTIPART
        elif JSON in content:
            keep = JSON
        else:
            keep = next(iter(content))
        dropped = sorted(media_type for media_type in content if media_type != keep)
        operation["requestBody"]["content"] = {keep: content[keep]}
        changed.append(f"{method.upper()} {path}: sends {keep} (dropped {', '.join(dropped)})")
    return changed


def no_body_for_204_responses(document: dict[str, Any]) -> list[str]:
    """A 204 response declares no body.

    204 No Content has no body by definition (RFC 9110, 15.3.5), yet the description gives a
    few 204 responses a JSON schema (a view's serializer, as drf-spectacular saw it). The
    generated parser would then try to read a model from the empty body and every successful
    call would fail with a ResponseValidationError.
    """
    changed: list[str] = []
    for method, path, operation in operations(document):
        response = (operation.get("responses") or {}).get("204")
        if isinstance(response, dict) and response.pop("content", None) is not None:
            changed.append(f"{method.upper()} {path}: 204 has no body")
    return changed


def split_read_only_request_schemas(document: dict[str, Any]) -> list[str]:
    """Request bodies refer to request variants of components, without readOnly properties.

    A readOnly property (`id`, `created_at`, ...) is set by the server. openapi-python-client
    ignores `readOnly`: a model used both ways makes such a property a required constructor
    argument and sends it. For every component reachable from a request body that holds
    readOnly properties (itself or through its references), a variant without them (and
    without them in `required`) is added, and request bodies refer to it. Responses keep the
    full component. The variant is named `<Name>Request`, as drf-spectacular's own
    COMPONENT_SPLIT_REQUEST names them, reusing an existing component when it is identical.
    """
    schemas = _schemas(document)
    memo: dict[str, str] = {}
    changed: list[str] = []

    def needs_variant(name: str, seen: set[str]) -> bool:
        if name in seen:
            return False
        seen.add(name)
        schema = schemas.get(name) or {}
        if any(
            isinstance(p, dict) and p.get("readOnly")
            for p in (schema.get("properties") or {}).values()
        ):
            return True
        return any(needs_variant(ref, seen) for ref in _refs_in(schema))

    def variant_of(name: str) -> str:
        if name in memo:
            return memo[name]
        if not needs_variant(name, set()):
            memo[name] = name
            return name
        wanted = f"{name}Request"
        memo[name] = wanted  # set before recursing: cycles refer to the variant
        variant = rewrite(copy.deepcopy(schemas[name]))
        properties = variant.get("properties") or {}
        read_only = sorted(
            k for k, v in properties.items() if isinstance(v, dict) and v.get("readOnly")
        )
        for key in read_only:
            del properties[key]
        if "required" in variant:
            variant["required"] = [k for k in variant["required"] if k not in read_only]
            if not variant["required"]:
                del variant["required"]
        final = wanted
        if wanted in schemas and schemas[wanted] != variant:
            final = _free_name(schemas, f"{name}Input")
            memo[name] = final
            variant = _rename_refs(variant, wanted, final)
        schemas[final] = variant
        changed.append(f"{name} -> {final} (without {', '.join(read_only) or 'nested readOnly'})")
        return final

    def rewrite(schema: Any) -> Any:
        if not isinstance(schema, dict):
            return schema
        name = _ref_name(schema)
        if name is not None and name in schemas:
            return {**schema, "$ref": REF_PREFIX + variant_of(name)}
        for key, value in list(schema.items()):
            if key == "properties" and isinstance(value, dict):
                schema[key] = {k: rewrite(v) for k, v in value.items()}
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                schema[key] = rewrite(value)
            elif key in ("allOf", "oneOf", "anyOf") and isinstance(value, list):
                schema[key] = [rewrite(v) for v in value]
        return schema

    for _method, _path, operation in operations(document):
        for media in ((operation.get("requestBody") or {}).get("content") or {}).values():
            if isinstance(media, dict) and "schema" in media:
                media["schema"] = rewrite(media["schema"])
    return changed


def parameter_descriptions_on_schemas(document: dict[str, Any]) -> list[str]:
    """A parameter's description is also its schema's, so the generator keeps it.

    OpenAPI (and drf-spectacular) write a parameter's description on the parameter object;
    openapi-python-client builds the parameter from its schema alone, so the words never reach
    the generated docstrings or the API reference ("start date. ISO 8601" is lost, the type
    stays). The description is copied onto the schema where the schema has none of its own and
    is not a `$ref` (a referenced component is shared; its own description stands).
    """
    changed: list[str] = []
    for method, path, operation in operations(document):
        for parameter in operation.get("parameters") or []:
            if not isinstance(parameter, dict) or not parameter.get("description"):
                continue
            schema = parameter.get("schema")
            if not isinstance(schema, dict) or "$ref" in schema or schema.get("description"):
                continue
            schema["description"] = parameter["description"]
            changed.append(f"{method.upper()} {path}: {parameter.get('in')} {parameter['name']}")
    return changed


def _refs_in(schema: Any) -> Iterator[str]:
    if not isinstance(schema, dict):
        return
    name = _ref_name(schema)
    if name is not None:
        yield name
        return
    for child in _children(schema):
        yield from _refs_in(child)


def _free_name(schemas: dict[str, Any], base: str) -> str:
    name, number = base, 2
    while name in schemas:
        name, number = f"{base}{number}", number + 1
    return name


def _rename_refs(schema: Any, old: str, new: str) -> Any:
    if isinstance(schema, dict):
        if schema.get("$ref") == REF_PREFIX + old:
            return {**schema, "$ref": REF_PREFIX + new}
        return {k: _rename_refs(v, old, new) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_rename_refs(v, old, new) for v in schema]
    return schema


RULES: tuple[Rule, ...] = (
    no_body_for_204_responses,
    split_read_only_request_schemas,
    mark_upload_fields_binary,
    prefer_json_request_bodies,
    parameter_descriptions_on_schemas,
)


def normalise(document: dict[str, Any]) -> dict[str, list[str]]:
    """Apply every rule in order (in place); return the changes each made, by rule name."""
    return {rule.__name__: rule(document) for rule in RULES}
