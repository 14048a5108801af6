"""Facts about descriptions rebuilt from the ``iblai`` wheels, each tied to its release.

The 3.66.0 facts run against ``tests/data/openapi-3.66.0.yaml`` (the committed rebuild of that
release), so they need neither the network nor the wheel. The expected values come from the
wheel's code and from the published API reference excerpt
(``/work/shared/reference/api-reference-excerpt.txt``); defaults and nullability the wheel
cannot carry are the overlay's business and deliberately not asserted here.

The 4.202.2 facts run against ``openapi.yaml`` when that is the 4.202.2 rebuild, else against a
fresh rebuild when one may be made (see ``may_rebuild``). The last section rebuilds published
releases and checks each one is byte-identical to its committed file, valid, and well tagged.
Unit tests of the generator differences, on small stand-ins for the wheels, are in
``tests/rebuild/``.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Hashable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, cast

import pytest
import yaml  # type: ignore[import-untyped]  # no types-PyYAML in the dev extras

from scripts.rebuild_spec.descriptions import choice_values, normalise_description
from scripts.rebuild_spec.document import DOCUMENTED_TAG_ORDER, iter_refs, matching_component

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi.yaml"
DATA_3_66_0 = REPO_ROOT / "tests" / "data" / "openapi-3.66.0.yaml"
CACHE_DIR = REPO_ROOT / ".cache"
SCHEMA_REF = "#/components/schemas/"
MEDIA_TYPES_DRF = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]

# Every release of iblai on PyPI (`pip index versions iblai`), with the counts its rebuild has:
# operations, paths, tags, component schemas.
PUBLISHED_COUNTS = {
    "3.54.3": (1009, 690, 37, 713),
    "3.66.0": (1023, 694, 22, 720),
    "4.89.3": (1119, 761, 25, 854),
    "4.89.4": (1168, 793, 25, 895),
    "4.202.1": (1368, 914, 33, 993),
    "4.202.2": (1368, 914, 33, 993),
}
# Rebuilt in the normal suite (each costs 20-60 s on the 2-core machine, validation included);
# the other releases only with REBUILD_ALL_RELEASES=1, as all six together take about 4 minutes.
DEFAULT_RELEASES = ("3.66.0", "4.202.2")
ALL_RELEASES_VARIABLE = "REBUILD_ALL_RELEASES"


# libyaml's loader where PyYAML was built with it: a 2-3 MB description parses 3x faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path) -> dict[str, Any]:
    """A YAML description, parsed once per content (a rebuild equals its committed file)."""
    text = path.read_bytes()
    return _parse(hashlib.sha256(text).hexdigest(), text)


@cache
def _parse(digest: str, text: bytes) -> dict[str, Any]:
    """Parse ``text``; ``digest`` is the cache key, so equal bytes are parsed once."""
    document: dict[str, Any] = yaml.load(text, Loader=_LOADER)  # a safe loader
    return document


def rebuilt_version(path: Path) -> str | None:
    """The iblai release a description was rebuilt from; None for a live description."""
    provenance = load(path).get("x-rebuilt-from") or {}
    version = provenance.get("version")
    return str(version) if version else None


def spec() -> dict[str, Any]:
    """The committed rebuild of iblai 3.66.0 (``tests/data``), which the 3.66.0 facts read."""
    document = load(DATA_3_66_0)
    assert rebuilt_version(DATA_3_66_0) == "3.66.0"
    return document


def operation(method: str, path: str) -> dict[str, Any]:
    """The operation object at ``method path``."""
    result: dict[str, Any] = spec()["paths"][path][method]
    return result


def parameters(method: str, path: str) -> dict[str, dict[str, Any]]:
    """The operation's parameters by wire name."""
    return {p["name"]: p for p in operation(method, path).get("parameters", [])}


def schema(name: str) -> dict[str, Any]:
    """A component schema by name."""
    result: dict[str, Any] = spec()["components"]["schemas"][name]
    return result


def all_operations() -> list[dict[str, Any]]:
    """Every operation object of the document."""
    return [op for item in spec()["paths"].values() for op in item.values()]


# --- shape of the whole document ----------------------------------------------------------


def test_counts_are_those_of_the_3_66_0_release() -> None:
    assert counts(spec()) == PUBLISHED_COUNTS["3.66.0"]


def counts(document: dict[str, Any]) -> tuple[int, int, int, int]:
    """Operations, paths, tags and component schemas of a description."""
    operations = sum(len(item) for item in document["paths"].values())
    schemas = len(document["components"]["schemas"])
    return operations, len(document["paths"]), len(document["tags"]), schemas


def test_operation_ids_are_unique() -> None:
    ids = [op["operationId"] for op in all_operations()]
    assert len(ids) == len(set(ids))


def test_tags_are_the_22_documented_ones_in_documented_order() -> None:
    assert [tag["name"] for tag in spec()["tags"]] == list(DOCUMENTED_TAG_ORDER)
    used = {tag for op in all_operations() for tag in op["tags"]}
    assert used == set(DOCUMENTED_TAG_ORDER)


def test_info_servers_and_provenance() -> None:
    document = spec()
    assert document["openapi"] == "3.0.3"
    assert document["info"] == {
        "title": "ibl-data-manager",
        "version": "3.66.0-ai-plus",
        "description": "API for iblai",
    }
    assert document["servers"] == [{"url": "https://base.manager.iblai.app"}]
    assert document["x-rebuilt-from"] == {"package": "iblai", "version": "3.66.0"}


def test_every_reference_resolves() -> None:
    schemas = spec()["components"]["schemas"]
    refs = set(iter_refs(spec()))
    assert refs, "expected references"
    assert {ref for ref in refs if ref.removeprefix(SCHEMA_REF) not in schemas} == set()


def test_document_is_valid_openapi_3_0() -> None:
    assert validation_errors(DATA_3_66_0.read_bytes()) == []


@cache
def _validation_errors(digest: str, text: bytes) -> tuple[str, ...]:
    """Validate once per content: the same bytes are often both committed and rebuilt."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    document = _parse(digest, text)
    # The validator is typed for Mapping[Hashable, Any]; dict keys are invariant.
    validator = OpenAPIV30SpecValidator(cast("Mapping[Hashable, Any]", document))
    return tuple(
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors()
    )


def validation_errors(text: bytes) -> list[str]:
    """Every OpenAPI 3.0 violation of a YAML description, as ``location: message``."""
    return list(_validation_errors(hashlib.sha256(text).hexdigest(), text))


# --- stale modules of older builds stay out ------------------------------------------------


def test_operations_only_in_stale_api_modules_are_excluded() -> None:
    # api/finance_api.py ships in the wheel but api/__init__.py does not import it.
    assert "/api/finance/orgs/{org}/products" not in spec()["paths"]


@pytest.mark.parametrize("name", ["Product", "Order", "PatchedMentor", "ProductTable"])
def test_models_only_in_stale_modules_are_excluded(name: str) -> None:
    assert name not in spec()["components"]["schemas"]


# --- the three operations the reference documents in full ----------------------------------


def test_time_spent_user_parameters() -> None:
    path = "/api/analytics/time-spent/user/"
    params = parameters("get", path)
    assert sorted(params) == [
        "course_id",
        "end_date",
        "include_main_platform",
        "learner_id",
        "mentor_uuid",
        "platform",
        "session_uuid",
        "start_date",
        "url",
    ]
    assert all(p["in"] == "query" and not p.get("required") for p in params.values())
    for name in ("course_id", "learner_id", "mentor_uuid", "platform", "session_uuid", "url"):
        assert params[name]["schema"] == {"type": "string", "minLength": 1}
    for name in ("start_date", "end_date"):
        assert params[name]["schema"] == {"type": "string", "format": "date"}
    assert params["include_main_platform"]["schema"] == {"type": "boolean"}
    assert params["course_id"]["description"] == "Course ID to filter by (can be partial)"


def test_time_spent_user_summary_response_and_no_security() -> None:
    op = operation("get", "/api/analytics/time-spent/user/")
    assert op["summary"] == "Get total time spent for current user"
    assert op["description"].startswith("Returns the total time spent (in seconds)")
    assert "security" not in op
    body = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert body == {"$ref": SCHEMA_REF + "TimeSpentPerUserResponse"}
    assert schema("TimeSpentPerUserResponse")["required"] == ["total_seconds"]
    assert schema("TimeSpentPerUserResponse")["properties"]["total_seconds"]["type"] == "integer"


@pytest.mark.parametrize(
    ("path", "response"),
    [
        ("/api/audience/orgs/{org}/active-users/over-time", "OvertimeWithChangeInfo"),
        ("/api/audience/orgs/{org}/active-users/per-course", "ActiveUsersPerCourse"),
    ],
)
def test_audience_operations(path: str, response: str) -> None:
    op = operation("get", path)
    assert "summary" not in op  # the reference shows the operationId as its title
    assert op["security"] == [{"PlatformApiKeyAuthentication": []}]
    params = parameters("get", path)
    assert params["org"] == {
        "in": "path",
        "name": "org",
        "required": True,
        "schema": {"type": "string"},
    }
    assert params["department_id"]["schema"] == {"type": "integer"}
    for name in ("start_date", "end_date"):
        assert params[name]["schema"] == {"type": "string", "minLength": 1}
    assert params["format"]["schema"] == {"type": "string", "minLength": 1, "enum": ["json"]}
    assert params["include_main_platform"]["schema"] == {"type": "boolean"}
    content = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert content == {"$ref": SCHEMA_REF + response}


def test_overtime_meta_and_per_course_data_schemas() -> None:
    meta = schema("OvertimeMeta")
    assert meta["required"] == ["total"]
    assert meta["properties"]["change_range_percent"]["type"] == "number"
    per_course = schema("ActiveUsersPerCourse")
    assert per_course["required"] == ["data", "total", "meta"]
    assert per_course["properties"]["data"] == {
        "type": "array",
        "items": {"$ref": SCHEMA_REF + "ActiveUsersPerCourseData"},
    }
    assert schema("ActiveUsersPerCourseData")["required"] == ["course_id", "name", "user_count"]


# --- properties, enums, bodies, wire names --------------------------------------------------


def test_read_only_and_nullable_properties() -> None:
    properties = schema("MentorSettings")["properties"]
    assert properties["id"] == {"type": "integer", "readOnly": True}
    assert properties["display_name"] == {"type": "string", "maxLength": 255, "nullable": True}
    assert properties["mentor_visibility"] == {
        "allOf": [{"$ref": SCHEMA_REF + "MentorSettingsMentorVisibility"}],
        "nullable": True,
    }
    assert "readOnly" not in properties["display_name"]


def test_enum_component_and_one_of_wrapper_keep_their_order() -> None:
    assert schema("AccessEnum") == {
        "type": "string",
        "enum": ["public", "private"],
        "description": "* `public` - Public\n* `private` - Private",
    }
    assert schema("MentorSettingsMentorVisibility")["oneOf"] == [
        {"$ref": SCHEMA_REF + "MentorVisibilityEnum"},
        {"$ref": SCHEMA_REF + "BlankEnum"},
    ]


def test_aliased_property_uses_its_json_name() -> None:
    properties = schema("Course")["properties"]
    assert properties["slug"]["pattern"] == "^[-a-zA-Z0-9_]+$"
    aliased = [
        name
        for name, component in spec()["components"]["schemas"].items()
        if "date" in component.get("properties", {})
    ]
    assert aliased, "the wheel's var_date fields must come out as 'date'"
    assert not any(
        "var_date" in component.get("properties", {})
        for component in spec()["components"]["schemas"].values()
    )


def test_json_first_request_body_keeps_media_type_order() -> None:
    body = operation("post", "/api/analytics/orgs/{org}/time/update/")["requestBody"]
    assert body["required"] is True
    assert list(body["content"]) == MEDIA_TYPES_DRF
    for media in body["content"].values():
        assert media["schema"] == {"$ref": SCHEMA_REF + "TimeSpentUpdateRequest"}


def test_flattened_multipart_body_is_matched_back_to_its_component() -> None:
    path = "/api/ai-index/orgs/{org}/users/{user_id}/documents/train/"
    body = operation("post", path)["requestBody"]
    assert list(body["content"]) == list(reversed(MEDIA_TYPES_DRF))
    assert body["content"]["multipart/form-data"]["schema"] == {
        "$ref": SCHEMA_REF + "TrainDocumentViewRequest"
    }


def test_keyword_mangled_parameter_gets_its_wire_name() -> None:
    params = parameters("get", "/api/catalog/metadata/course/{field}/")
    assert params["field"]["in"] == "path"
    assert not any(name.startswith("var_") for op in all_operations() for name in _names(op))


def _names(op: dict[str, Any]) -> list[str]:
    return [p["name"] for p in op.get("parameters", [])]


def test_about_seventy_operations_have_no_security() -> None:
    unsecured = [op for op in all_operations() if "security" not in op]
    assert 60 <= len(unsecured) <= 80
    assert all(op["security"] for op in all_operations() if "security" in op)
    scheme = spec()["components"]["securitySchemes"]["PlatformApiKeyAuthentication"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert "Api-Token" in scheme["description"]


# --- helpers of the rebuilder ---------------------------------------------------------------


def test_description_normalisation_restores_choice_lists_and_paragraphs() -> None:
    assert normalise_description("Format  * `json` - json") == "Format\n\n* `json` - json"
    assert normalise_description("One.  Two.") == "One.\n\nTwo."
    assert choice_values("Format\n\n* `json` - json\n* `csv` - csv") == ["json", "csv"]
    assert choice_values("No list here") == []


def test_matching_component_requires_equal_property_types() -> None:
    schemas = {
        "UploadRequest": {"type": "object", "properties": {"file": {"type": "string"}}},
        "Upload": {"type": "object", "properties": {"file": {"type": "string"}}},
    }
    binary = {"properties": {"file": {"type": "string", "format": "binary"}}}
    assert matching_component(binary, schemas) is None
    text = {"properties": {"file": {"type": "string", "description": "x"}}}
    assert matching_component(text, schemas) == "UploadRequest"


# --- facts of 4.202.2: the 4.x generator's differences undone ------------------------------

# drf-spectacular's nullable choice fields of 4.202.2: (component, property, choice set).
NULLABLE_CHOICES_4_202_2 = [
    ("MentorSettings", "mentor_visibility", "MentorVisibilityEnum"),
    ("MentorSettingsPublic", "mentor_visibility", "MentorVisibilityEnum"),
    ("NotificationTemplateDetail", "type", "Type840Enum"),
    ("NotificationTemplateList", "type", "Type840Enum"),
    ("OfflineDocument", "access", "AccessEnum"),
    ("PatchedNotificationTemplateDetail", "type", "Type840Enum"),
    ("PatchedPrompt", "prompt_visibility", "PromptVisibilityEnum"),
    ("Prompt", "prompt_visibility", "PromptVisibilityEnum"),
    ("ResourceScrappedData", "status", "ResourceScrappedDataStatusEnum"),
    ("RetrieverDocumentEmbedding", "training_status", "TrainingStatusEnum"),
    ("RetrieverDocumentEmbedding", "access", "AccessEnum"),
    ("StripeCustomerPortalRequest", "flow_type", "FlowTypeEnum"),
]
BLANK_ONLY_CHOICES_4_202_2 = [
    ("Notification", "status", "Status3daEnum"),
    ("PatchedNotification", "status", "Status3daEnum"),
    ("RetrieverDocumentEmbedding", "crawler_pattern_type", "CrawlerPatternTypeEnum"),
]
TAGS_ADDED_BY_4_202_2 = [
    "access-check",
    "account",
    "ai-search",
    "analytics",
    "auto-recharge",
    "billing",
    "credits",
    "custom-domains",
    "fallback-llm",
    "platforms",
    "transactions",
]


@pytest.fixture(scope="session")
def release_4_202_2(rebuild: Callable[[str], Path]) -> dict[str, Any]:
    """The 4.202.2 description: the committed one if there is one, else a fresh rebuild."""
    return description_of("4.202.2", rebuild)


def description_of(version: str, rebuild: Callable[[str], Path]) -> dict[str, Any]:
    """A committed rebuild of ``version`` (read from the files, not assumed), else a rebuild."""
    for committed in (SPEC_PATH, DATA_3_66_0):
        if rebuilt_version(committed) == version:
            return load(committed)
    return load(rebuild(version))


def test_4_202_2_counts_and_tags(release_4_202_2: dict[str, Any]) -> None:
    assert counts(release_4_202_2) == PUBLISHED_COUNTS["4.202.2"]
    tags = [tag["name"] for tag in release_4_202_2["tags"]]
    assert tags == list(DOCUMENTED_TAG_ORDER) + TAGS_ADDED_BY_4_202_2


def test_4_202_2_acronym_class_gives_one_word_tag(release_4_202_2: dict[str, Any]) -> None:
    # The wheel's class is FallbackLLMApi; splitting before each capital gave fallback-l-l-m.
    tagged = [
        (method, path)
        for path, item in release_4_202_2["paths"].items()
        for method, op in item.items()
        if "fallback-llm" in op["tags"]
    ]
    assert len(tagged) == 5
    assert all(path.startswith("/api/ai-account/orgs/{org}/fallback-llm/") for _, path in tagged)


def test_4_202_2_null_enum_is_null_only(release_4_202_2: dict[str, Any]) -> None:
    schemas = release_4_202_2["components"]["schemas"]
    assert schemas["NullEnum"] == {"enum": [None]}
    assert schemas["BlankEnum"] == {"type": "string", "enum": [""]}


@pytest.mark.parametrize(("component", "prop", "choices"), NULLABLE_CHOICES_4_202_2)
def test_4_202_2_nullable_choice_is_one_of_with_null_enum(
    release_4_202_2: dict[str, Any], component: str, prop: str, choices: str
) -> None:
    schema = release_4_202_2["components"]["schemas"][component]["properties"][prop]
    members = [SCHEMA_REF + name for name in (choices, "BlankEnum", "NullEnum")]
    assert [member["$ref"] for member in schema["oneOf"]] in (members, members[::2])
    assert schema["nullable"] is True
    assert "enum" not in schema and "type" not in schema


@pytest.mark.parametrize(("component", "prop", "choices"), BLANK_ONLY_CHOICES_4_202_2)
def test_4_202_2_blank_choice_is_one_of_with_blank_enum(
    release_4_202_2: dict[str, Any], component: str, prop: str, choices: str
) -> None:
    schema = release_4_202_2["components"]["schemas"][component]["properties"][prop]
    assert schema == {"oneOf": [{"$ref": SCHEMA_REF + choices}, {"$ref": SCHEMA_REF + "BlankEnum"}]}


def test_4_202_2_read_only_choice_keeps_its_annotations(release_4_202_2: dict[str, Any]) -> None:
    schema = release_4_202_2["components"]["schemas"]["NotificationTemplateDetail"]
    prop = schema["properties"]["type"]
    assert list(prop) == ["oneOf", "readOnly", "nullable", "description"]
    assert prop["description"].startswith("Select the type of notification")


def test_4_202_2_no_property_keeps_a_merged_choice_enum(release_4_202_2: dict[str, Any]) -> None:
    merged = [
        f"{name}.{prop}"
        for name, schema in release_4_202_2["components"]["schemas"].items()
        for prop, prop_schema in schema.get("properties", {}).items()
        if "" in prop_schema.get("enum", [])
        or (prop_schema.get("nullable") and "enum" in prop_schema)
    ]
    assert merged == []


def test_3_66_0_null_enum_keeps_the_3x_generator_string() -> None:
    # The 3.x generator wrote drf-spectacular's null as the string 'null'; nothing refers to
    # NullEnum there (nullable choices became `nullable` on a wrapper without it), and the
    # 3.x rebuild stays byte-identical, so it is left as the wheel has it.
    schemas = spec()["components"]["schemas"]
    assert schemas["NullEnum"] == {"type": "string", "enum": ["null"]}
    assert SCHEMA_REF + "NullEnum" not in set(iter_refs(spec()))


# --- rebuilding published releases (slow: 20-60 s a release, validation included) ---------


def committed_versions() -> set[str]:
    """Releases with a committed rebuild, read from the files themselves."""
    return {v for v in (rebuilt_version(DATA_3_66_0), rebuilt_version(SPEC_PATH)) if v}


def may_rebuild(version: str) -> str | None:
    """Why ``version`` may not be rebuilt in this run, or None when it may.

    The committed releases and DEFAULT_RELEASES rebuild where that is cheap (wheel and scratch
    venv cached) or expected (CI, which starts from an empty cache); the others only when
    REBUILD_ALL_RELEASES is set, which also allows downloading their wheels.
    """
    if os.environ.get(ALL_RELEASES_VARIABLE):
        return None
    if version not in (*DEFAULT_RELEASES, *committed_versions()):
        return f"iblai {version} is rebuilt only with {ALL_RELEASES_VARIABLE}=1"
    wheel = any((CACHE_DIR / "wheels").glob(f"iblai-{version}-*.whl"))
    scratch = (CACHE_DIR / f"rebuild-{version}" / "bin" / "python").exists()
    if (wheel and scratch) or os.environ.get("CI"):
        return None
    return f"iblai {version} wheel/scratch venv not cached (runs in CI, or after a rebuild)"


@pytest.fixture(scope="session")
def rebuild(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Rebuild a release once per session (skipping when ``may_rebuild`` says no)."""
    from scripts.rebuild_spec.__main__ import main

    built: dict[str, Path] = {}

    def run(version: str) -> Path:
        reason = may_rebuild(version)
        if reason is not None:
            pytest.skip(reason)
        if version not in built:
            out = tmp_path_factory.mktemp("rebuild") / f"openapi-{version}.yaml"
            assert main(["--version", version, "--out", str(out)]) == 0
            built[version] = out
        return built[version]

    return run


@pytest.mark.parametrize("committed", [DATA_3_66_0, SPEC_PATH], ids=lambda path: path.name)
def test_rebuild_is_byte_identical_to_the_committed_description(
    committed: Path, rebuild: Callable[[str], Path]
) -> None:
    version = rebuilt_version(committed)
    if version is None:
        pytest.skip(f"{committed.name} is a live description, not a rebuild")
    out = rebuild(version)
    if out.read_bytes() != committed.read_bytes():
        saved = CACHE_DIR / f"openapi-{version}.rebuilt.yaml"
        shutil.copy(out, saved)
        pytest.fail(f"rebuild of {version} differs from {committed} (see {saved})")


@pytest.mark.parametrize("version", list(PUBLISHED_COUNTS))
def test_published_release_rebuilds_valid_and_well_tagged(
    version: str, rebuild: Callable[[str], Path]
) -> None:
    out = rebuild(version)
    document = load(out)
    assert validation_errors(out.read_bytes()) == []
    assert counts(document) == PUBLISHED_COUNTS[version]
    tags = [tag["name"] for tag in document["tags"]]
    # Lower-case words joined by '-', none of one letter (an acronym split letter by letter).
    assert [tag for tag in tags if not re.fullmatch(r"[a-z0-9]{2,}(-[a-z0-9]{2,})*", tag)] == []
    used = {
        tag for item in document["paths"].values() for op in item.values() for tag in op["tags"]
    }
    assert used == set(tags)
    documented = [tag for tag in tags if tag in DOCUMENTED_TAG_ORDER]
    assert tags[: len(documented)] == documented
