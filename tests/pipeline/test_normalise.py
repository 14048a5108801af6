"""Each normaliser rule, on the smallest description that shows the generator behaviour it fixes."""

from __future__ import annotations

import copy
from typing import Any

from scripts import normalise

REF = "#/components/schemas/"


def body_operation(content: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x/": {
                "post": {
                    "operationId": "x_create",
                    "requestBody": {"content": content, "required": required},
                    "responses": {"201": {"description": ""}},
                }
            }
        },
        "components": {"schemas": {}},
    }


def three_media_types(ref: str) -> dict[str, Any]:
    schema = {"$ref": REF + ref}
    return {
        "application/json": {"schema": schema},
        "application/x-www-form-urlencoded": {"schema": schema},
        "multipart/form-data": {"schema": schema},
    }


def request_content(document: dict[str, Any]) -> dict[str, Any]:
    content: dict[str, Any] = document["paths"]["/x/"]["post"]["requestBody"]["content"]
    return content


def test_json_is_kept_when_no_field_is_a_file() -> None:
    document = body_operation(three_media_types("Item"))
    document["components"]["schemas"]["Item"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }
    changes = normalise.prefer_json_request_bodies(document)
    assert list(request_content(document)) == ["application/json"]
    assert document["paths"]["/x/"]["post"]["requestBody"]["required"] is True
    assert changes == [
        "POST /x/: sends application/json "
        "(dropped application/x-www-form-urlencoded, multipart/form-data)"
    ]


def test_multipart_is_kept_when_a_nested_field_is_a_file() -> None:
    document = body_operation(three_media_types("Upload"))
    document["components"]["schemas"].update(
        {
            "Upload": {"type": "object", "properties": {"doc": {"$ref": REF + "Doc"}}},
            "Doc": {
                "type": "object",
                "properties": {"files": {"type": "array", "items": {"format": "binary"}}},
            },
        }
    )
    normalise.prefer_json_request_bodies(document)
    assert list(request_content(document)) == ["multipart/form-data"]


def test_a_single_media_type_is_left_alone() -> None:
    document = body_operation({"application/x-www-form-urlencoded": {"schema": {}}})
    before = copy.deepcopy(document)
    assert normalise.prefer_json_request_bodies(document) == []
    assert document == before


def test_a_204_response_loses_its_body_schema() -> None:
    document = body_operation({"application/json": {"schema": {}}})
    responses = document["paths"]["/x/"]["post"]["responses"]
    responses["204"] = {"description": "", "content": {"application/json": {"schema": {}}}}
    responses["201"]["content"] = {"application/json": {"schema": {"type": "object"}}}
    assert normalise.no_body_for_204_responses(document) == ["POST /x/: 204 has no body"]
    assert responses["204"] == {"description": ""}
    assert "content" in responses["201"]


def read_only_document() -> dict[str, Any]:
    document = body_operation({"application/json": {"schema": {"$ref": REF + "Item"}}})
    document["paths"]["/x/"]["post"]["responses"]["201"]["content"] = {
        "application/json": {"schema": {"$ref": REF + "Item"}}
    }
    document["components"]["schemas"].update(
        {
            "Item": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "name": {"type": "string"},
                    "owner": {"$ref": REF + "Owner"},
                    "tags": {"type": "array", "items": {"$ref": REF + "Tag"}},
                },
                "required": ["id", "name"],
            },
            "Owner": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "username": {"type": "string"},
                },
                "required": ["id"],
            },
            "Tag": {"type": "object", "properties": {"label": {"type": "string"}}},
        }
    )
    return document


def test_request_bodies_refer_to_variants_without_read_only_properties() -> None:
    document = read_only_document()
    normalise.split_read_only_request_schemas(document)
    schemas = document["components"]["schemas"]

    assert request_content(document)["application/json"]["schema"] == {"$ref": REF + "ItemRequest"}
    item_request = schemas["ItemRequest"]
    assert set(item_request["properties"]) == {"name", "owner", "tags"}
    assert item_request["required"] == ["name"]
    # Nested references are rewritten too; a component with nothing read-only is shared.
    assert item_request["properties"]["owner"] == {"$ref": REF + "OwnerRequest"}
    assert "required" not in schemas["OwnerRequest"]
    assert item_request["properties"]["tags"]["items"] == {"$ref": REF + "Tag"}
    assert "TagRequest" not in schemas


def test_responses_keep_the_full_component() -> None:
    document = read_only_document()
    normalise.split_read_only_request_schemas(document)
    response = document["paths"]["/x/"]["post"]["responses"]["201"]["content"]
    assert response["application/json"]["schema"] == {"$ref": REF + "Item"}
    assert "id" in document["components"]["schemas"]["Item"]["properties"]


def test_an_existing_different_request_component_is_not_overwritten() -> None:
    document = read_only_document()
    clash = {"type": "object", "properties": {"other": {"type": "string"}}}
    document["components"]["schemas"]["ItemRequest"] = clash
    normalise.split_read_only_request_schemas(document)
    assert document["components"]["schemas"]["ItemRequest"] == clash
    content = request_content(document)
    assert content["application/json"]["schema"] == {"$ref": REF + "ItemInput"}


def test_self_referencing_components_terminate() -> None:
    document = body_operation({"application/json": {"schema": {"$ref": REF + "Node"}}})
    document["components"]["schemas"]["Node"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "children": {"type": "array", "items": {"$ref": REF + "Node"}},
        },
    }
    normalise.split_read_only_request_schemas(document)
    variant = document["components"]["schemas"]["NodeRequest"]
    assert variant["properties"]["children"]["items"] == {"$ref": REF + "NodeRequest"}


def test_normalise_reports_every_rule() -> None:
    document = read_only_document()
    report = normalise.normalise(document)
    assert list(report) == [rule.__name__ for rule in normalise.RULES]


def test_a_parameter_description_reaches_its_schema_unless_the_schema_has_its_own() -> None:
    document = body_operation({})
    document["paths"]["/x/"]["post"]["parameters"] = [
        {"in": "query", "name": "start", "description": "start date", "schema": {"type": "string"}},
        {"in": "query", "name": "own", "description": "p", "schema": {"description": "s"}},
        {"in": "query", "name": "ref", "description": "p", "schema": {"$ref": REF + "Mode"}},
        {"in": "query", "name": "bare", "schema": {"type": "integer"}},
    ]
    changes = normalise.parameter_descriptions_on_schemas(document)
    schemas = [p["schema"] for p in document["paths"]["/x/"]["post"]["parameters"]]
    assert schemas == [
        {"type": "string", "description": "start date"},
        {"description": "s"},
        {"$ref": REF + "Mode"},
        {"type": "integer"},
    ]
    assert changes == ["POST /x/: query start"]


JSON = "application/json"


def upload_document(*, read_by_a_response: bool) -> dict[str, Any]:
    document = body_operation(three_media_types("Logo"))
    document["components"]["schemas"]["Logo"] = {
        "type": "object",
        "properties": {
            "file": {"type": "string"},
            "prompt_image": {"type": "string"},
            "files": {"type": "array", "items": {"type": "string"}},
            "iconImage": {"type": "string"},  # camelCase: a data URI or URL, not an upload
            "profile": {"type": "string"},
            "image": {"type": "string", "readOnly": True},  # the server's, not an upload
            "source_file": {"type": "string", "format": "uri"},  # says what it is already
        },
    }
    if read_by_a_response:
        operation = document["paths"]["/x/"]["post"]
        operation["responses"]["201"]["content"] = {JSON: {"schema": {"$ref": REF + "Logo"}}}
    return document


def test_file_named_multipart_fields_become_binary_and_multipart_is_kept() -> None:
    document = upload_document(read_by_a_response=False)
    changed = normalise.mark_upload_fields_binary(document)
    properties = document["components"]["schemas"]["Logo"]["properties"]
    assert properties["file"]["format"] == "binary"
    assert properties["prompt_image"]["format"] == "binary"
    for untouched in ("iconImage", "profile", "image"):
        assert "format" not in properties[untouched], untouched
    assert properties["source_file"]["format"] == "uri"
    assert "format" not in properties["files"]["items"]  # repeated parts: see the rule
    assert len(changed) == 2
    normalise.prefer_json_request_bodies(document)
    assert list(request_content(document)) == ["multipart/form-data"]


def test_a_component_a_response_reads_keeps_its_strings_and_uploads_use_a_copy() -> None:
    document = upload_document(read_by_a_response=True)
    normalise.mark_upload_fields_binary(document)
    schemas = document["components"]["schemas"]
    assert "format" not in schemas["Logo"]["properties"]["file"]
    assert schemas["LogoRequest"]["properties"]["file"]["format"] == "binary"
    assert request_content(document)["multipart/form-data"]["schema"] == {
        "$ref": REF + "LogoRequest"
    }
    assert request_content(document)[JSON]["schema"] == {"$ref": REF + "Logo"}


def test_a_body_without_multipart_is_left_alone() -> None:
    document = upload_document(read_by_a_response=False)
    content = request_content(document)
    del content["multipart/form-data"]
    assert normalise.mark_upload_fields_binary(document) == []
    assert "format" not in document["components"]["schemas"]["Logo"]["properties"]["file"]
