"""The classification policy: every kind of change, whether it breaks, and why.

This is the one place that decides "breaking or not" (the rest of the package only *detects*
changes and names their kind). ``docs/apidiff.md`` carries the same table; a test keeps the
two in step.

"Breaking" means: code written against the previous SDK, or an SDK already deployed against
the previous server, can fail after the change. Two facts about the generated SDK drive most
decisions that a pure wire-level diff would make differently:

* openapi-python-client turns parameters, request bodies and request properties into
  *keyword arguments*; anything that removes or renames one makes existing calls raise
  ``TypeError``, even where the server itself would silently ignore the extra field.
* with ``literal_enums: true`` (generator-config.yaml) an enum becomes a ``Literal`` type and
  responses are parsed through a ``check_<enum>`` function that raises ``TypeError`` on any
  value it does not know, so a new enum value in a response fails every earlier client.
* functions live in one module per tag (``generated/api/<tag>/<operationId>.py``), so the
  first tag and the operationId together are the function's import path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["API", "REBUILD_ARTIFACT", "RULES", "Rule", "rule", "rules_table"]


API = "api"
REBUILD_ARTIFACT = "rebuild-artifact"


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of change: its fixed classification, message template and reason.

    ``template`` is formatted with ``where`` (the location, or the operation for
    operation-level kinds), ``old`` and ``new``. ``category`` is ``api`` for a change of the
    API, or ``rebuild-artifact`` for a difference that comes from how a description was
    rebuilt from a generated client, not from the API; artifacts never break.
    """

    kind: str
    breaking: bool
    template: str
    reason: str
    category: str = API

    def __post_init__(self) -> None:
        if self.category not in (API, REBUILD_ARTIFACT):
            raise ValueError(f"{self.kind}: unknown category {self.category!r}")
        if self.category == REBUILD_ARTIFACT and self.breaking:
            raise ValueError(f"{self.kind}: a rebuild artifact cannot be breaking")


def _rules(*rules: Rule) -> Mapping[str, Rule]:
    """Index rules by kind, refusing duplicates so the table stays a table."""
    table: dict[str, Rule] = {}
    for item in rules:
        if item.kind in table:
            raise ValueError(f"duplicate rule {item.kind!r}")
        table[item.kind] = item
    return table


RULES: Mapping[str, Rule] = _rules(
    # -- operations (identified by method + exact path; see operations.match_operations) --
    Rule("operation-added", False, "operation added", "new function, nothing existing changes"),
    Rule("operation-removed", True, "operation removed", "the SDK function disappears"),
    Rule(
        "operation-id-changed",
        True,
        "SDK method `{old}` renamed `{new}` (operationId changed)",
        "the SDK function is named after the operationId, so it is renamed",
    ),
    Rule(
        "operation-module-moved",
        True,
        "module moved from generated/api/{old}/ to generated/api/{new}/",
        "a new first tag, the old one still a group of the method: `ibl.<old>.<method>` works, "
        "but the module lives under the first tag only, so `from ibl_client.generated.api.<old> "
        "import <method>` (README, module functions) fails",
    ),
    Rule(
        "operation-group-removed",
        True,
        "no longer in SDK group `{old}`",
        "`ibl.<group>.<method>` disappears, and generated/api/<group>/<method>.py when it was "
        "the first tag (a method is in its first tag's group, or in every tag's with "
        "generate_all_tags)",
    ),
    Rule(
        "operation-group-added",
        False,
        "now in SDK group `{new}`",
        "one more place to reach the method; existing ones stay",
    ),
    Rule(
        "path-parameter-renamed",
        True,
        "path parameter `{old}` renamed `{new}`",
        "the SDK argument is renamed: keyword calls raise TypeError (positional calls keep "
        "working, path arguments keep their order)",
    ),
    Rule(
        "operation-deprecated",
        False,
        "operation deprecated",
        "still works; a warning for the changelog",
    ),
    # -- security --
    Rule(
        "security-required",
        True,
        "now requires authentication ({new})",
        "anonymous callers start getting 401/403",
    ),
    Rule(
        "security-removed",
        False,
        "no longer requires authentication",
        "credentials that were sent are simply not needed",
    ),
    Rule(
        "security-alternative-added",
        False,
        "accepts another credential: {new}",
        "existing credentials keep working",
    ),
    Rule(
        "security-alternative-removed",
        True,
        "no longer accepts credential: {old}",
        "callers authenticating that way start failing",
    ),
    # -- parameters (identified by `in` + name) --
    Rule(
        "parameter-added",
        False,
        "optional parameter `{where}` added",
        "a new keyword argument with a default",
    ),
    Rule(
        "parameter-added-required",
        True,
        "required parameter `{where}` added",
        "existing calls lack a now-mandatory argument",
    ),
    Rule(
        "parameter-removed",
        True,
        "parameter `{where}` removed",
        "calls passing the keyword argument raise TypeError",
    ),
    Rule(
        "parameter-made-required",
        True,
        "parameter `{where}` made required",
        "calls that omitted it now fail",
    ),
    Rule(
        "parameter-made-optional",
        False,
        "parameter `{where}` made optional",
        "every existing call still passes it",
    ),
    Rule(
        "parameter-type-changed",
        True,
        "parameter `{where}` type {old} → {new}",
        "type or format changes alter the argument's Python type",
    ),
    Rule(
        "parameter-format-changed",
        False,
        "parameter `{where}` format {old} → {new} (rebuild artifact)",
        "a format added or dropped on the same base type by the rebuild from a generated "
        "client (whose generator version knew it or not), not by the API",
        REBUILD_ARTIFACT,
    ),
    Rule(
        "parameter-enum-value-added",
        False,
        "parameter `{where}` accepts new value {new!r}",
        "the server accepts more than before",
    ),
    Rule(
        "parameter-enum-value-removed",
        True,
        "parameter `{where}` no longer accepts {old!r}",
        "calls using the value are rejected, and no longer type-check against the Literal",
    ),
    # -- request body --
    Rule(
        "request-body-added",
        False,
        "optional request body added",
        "a new keyword argument with a default",
    ),
    Rule(
        "request-body-added-required",
        True,
        "required request body added",
        "existing calls send no body and fail validation",
    ),
    Rule(
        "request-body-removed",
        True,
        "request body removed",
        "the `body` argument disappears from the SDK function",
    ),
    Rule(
        "request-body-made-required",
        True,
        "request body made required",
        "calls without a body now fail",
    ),
    Rule(
        "request-body-made-optional",
        False,
        "request body made optional",
        "every existing call still sends one",
    ),
    Rule(
        "request-media-type-added",
        False,
        "request body also accepted as {new}",
        "existing encodings keep working",
    ),
    Rule(
        "request-media-type-removed",
        True,
        "request body no longer accepted as {old}",
        "callers using that encoding are rejected",
    ),
    # -- request body schema (direction: client → server) --
    Rule(
        "request-property-added",
        False,
        "optional request property `{where}` added",
        "a new optional model attribute",
    ),
    Rule(
        "request-property-added-required",
        True,
        "required request property `{where}` added",
        "existing payloads lack it and are rejected",
    ),
    Rule(
        "request-property-removed",
        True,
        "request property `{where}` removed",
        "DRF would ignore the unknown field, but the generated model loses the attribute, "
        "so code constructing it with that keyword raises TypeError; we version the SDK",
    ),
    Rule(
        "request-property-made-required",
        True,
        "request property `{where}` made required",
        "payloads that omitted it are rejected",
    ),
    Rule(
        "request-property-made-optional",
        False,
        "request property `{where}` made optional",
        "every existing payload still has it",
    ),
    Rule(
        "request-made-nullable",
        False,
        "request value `{where}` may now be null",
        "the server accepts more than before",
    ),
    Rule(
        "request-made-non-nullable",
        True,
        "request value `{where}` may no longer be null",
        "payloads sending null are rejected",
    ),
    Rule(
        "request-type-changed",
        True,
        "request value `{where}` type {old} → {new}",
        "the model attribute's type changes",
    ),
    Rule(
        "request-format-changed",
        False,
        "request value `{where}` format {old} → {new} (rebuild artifact)",
        "a format added or dropped on the same base type by the rebuild, not by the API",
        REBUILD_ARTIFACT,
    ),
    Rule(
        "request-enum-value-added",
        False,
        "request value `{where}` accepts new value {new!r}",
        "the server accepts more than before",
    ),
    Rule(
        "request-enum-value-removed",
        True,
        "request value `{where}` no longer accepts {old!r}",
        "payloads using it are rejected, and no longer type-check against the Literal",
    ),
    # -- responses --
    Rule(
        "response-status-added",
        False,
        "response status {new} added",
        "a newly documented outcome; existing ones are unchanged",
    ),
    Rule(
        "response-status-removed",
        True,
        "response status {old} removed",
        "the SDK stops parsing it (UnexpectedStatus with raise_on_unexpected_status)",
    ),
    Rule(
        "response-media-type-added",
        False,
        "response also available as {new}",
        "content negotiation keeps serving the old type",
    ),
    Rule(
        "response-media-type-removed",
        True,
        "response no longer available as {old}",
        "clients parsing that type get something else",
    ),
    # -- response body schema (direction: server → client) --
    Rule(
        "response-property-added",
        False,
        "response property `{where}` added",
        "a new model attribute; old clients store it in additional_properties",
    ),
    Rule(
        "response-property-removed",
        True,
        "response property `{where}` removed",
        "code reading the attribute fails",
    ),
    Rule(
        "response-property-made-required",
        False,
        "response property `{where}` is now always present",
        "a stronger guarantee; the attribute loses its Unset case",
    ),
    Rule(
        "response-property-made-optional",
        True,
        "response property `{where}` may now be absent",
        "the attribute may be Unset where code expects a value",
    ),
    Rule(
        "response-made-nullable",
        True,
        "response value `{where}` may now be null",
        "code assuming a value meets None",
    ),
    Rule(
        "response-made-non-nullable",
        False,
        "response value `{where}` is no longer null",
        "a stronger guarantee",
    ),
    Rule(
        "response-type-changed",
        True,
        "response value `{where}` type {old} → {new}",
        "the model attribute's type changes",
    ),
    Rule(
        "response-format-changed",
        False,
        "response value `{where}` format {old} → {new} (rebuild artifact)",
        "a format added or dropped on the same base type by the rebuild, not by the API",
        REBUILD_ARTIFACT,
    ),
    Rule(
        "response-enum-value-added",
        False,
        "response value `{where}` may be new value {new!r}",
        "responses are parsed forward-compatibly: an earlier client keeps the unknown value "
        "as its string and logs one WARNING (only strict mode raises)",
    ),
    Rule(
        "response-enum-value-removed",
        True,
        "response value `{where}` no longer returns {old!r}",
        "the server sends less, but the Literal type loses the value: code matching on it no "
        "longer type-checks, and drf-spectacular enum components are shared with requests",
    ),
)


def rule(kind: str) -> Rule:
    """Look a kind up, failing loudly on a typo rather than inventing a classification."""
    try:
        return RULES[kind]
    except KeyError:
        raise KeyError(f"no classification rule for change kind {kind!r}") from None


def rules_table() -> str:
    """The policy as a Markdown table — the form ``docs/apidiff.md`` embeds verbatim."""
    lines = ["| kind | class | breaking | why |", "|---|---|---|---|"]
    for item in RULES.values():
        verdict = "**yes**" if item.breaking else "no"
        lines.append(f"| `{item.kind}` | {item.category} | {verdict} | {item.reason} |")
    return "\n".join(lines)
