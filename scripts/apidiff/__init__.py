"""What changed between two OpenAPI descriptions of ibl-data-manager, and does it break?

    >>> report = diff_specs(old_spec, new_spec)              # doctest: +SKIP
    >>> print(report.summary_line())                         # doctest: +SKIP
    >>> next_sdk_version("1.4.2", report)                    # doctest: +SKIP

CLI: ``python -m scripts.apidiff OLD.yaml NEW.yaml [--json out.json] [--markdown out.md]
[--changelog out.md --sdk-version X.Y.Z] [--all-tags]``.

The engine ships with the SDK, in ``ibl_client/_apidiff/`` (``python -m ibl_client
upgrade-check`` runs it on a user's installed SDK); this package keeps what only maintainers
run: the CLI, the CHANGELOG entry, the reports and the versioning rule. Engine modules, in
the order a diff runs: ``operations`` (match by method + exact path, then renamed
path parameters), ``security``, ``parameters``, ``bodies`` (request bodies, responses),
``schemas`` (recursive, cached, cycle-safe comparison in a direction; enums as sets of values),
all yielding findings that ``diff`` classifies with ``rules`` into a ``report`` and names the
SDK's way (``sdk``); ``render``, ``changelog`` and ``versioning`` consume the report.

Classification (``rules.RULES`` is the authority, with a reason per row; docs/apidiff.md
has the full table). "Breaking" means existing SDK code, or an already deployed SDK, can fail.
Rebuild artifacts are differences made by rebuilding a description from a generated client,
not by the API: never breaking, counted and shown apart.

    kind                              breaking
    operation-added                   no
    operation-removed                 yes
    operation-id-changed              yes    SDK method renamed
    operation-module-moved            yes    generated/api/<first tag>/ changes
    operation-group-removed           yes    ibl.<group>.<method> disappears
    operation-group-added             no
    path-parameter-renamed            yes    SDK argument renamed
    operation-deprecated              no
    security-required                 yes    operation gains a requirement
    security-removed                  no     operation loses it
    security-alternative-added        no
    security-alternative-removed      yes
    parameter-added                   no
    parameter-added-required          yes
    parameter-removed                 yes
    parameter-made-required           yes
    parameter-made-optional           no
    parameter-type-changed            yes    type, or format outside rebuilds
    parameter-format-changed          no     rebuild artifact
    parameter-enum-value-added        no
    parameter-enum-value-removed      yes
    request-body-added                no
    request-body-added-required       yes
    request-body-removed              yes    the `body` argument disappears
    request-body-made-required        yes
    request-body-made-optional        no
    request-media-type-added          no
    request-media-type-removed        yes
    request-property-added            no
    request-property-added-required   yes
    request-property-removed          yes    DRF ignores it, but the model loses the keyword
    request-property-made-required    yes
    request-property-made-optional    no
    request-made-nullable             no
    request-made-non-nullable         yes
    request-type-changed              yes
    request-format-changed            no     rebuild artifact
    request-enum-value-added          no
    request-enum-value-removed        yes
    response-status-added             no
    response-status-removed           yes    no longer parsed by the SDK
    response-media-type-added         no
    response-media-type-removed       yes
    response-property-added           no
    response-property-removed         yes
    response-property-made-required   no     a stronger guarantee
    response-property-made-optional   yes    attribute may be Unset
    response-made-nullable            yes
    response-made-non-nullable        no
    response-type-changed             yes
    response-format-changed           no     rebuild artifact
    response-enum-value-added         no     older clients keep the new value (strict raises)
    response-enum-value-removed       yes    the Literal type loses the value

Versioning (``versioning.next_sdk_version``): the SDK has its own semver, the API version
it was generated from is recorded separately; breaking → major, other changes (rebuild
artifacts included: they change the generated code) → minor, none → unchanged.
"""

from ibl_client._apidiff.diff import diff_specs, is_rebuilt
from ibl_client._apidiff.report import Change, Report
from ibl_client._apidiff.rules import RULES, Rule
from scripts.apidiff.render import render_changelog_entry, render_json, render_markdown
from scripts.apidiff.versioning import bump_for, next_sdk_version

__all__ = [
    "RULES",
    "Change",
    "Report",
    "Rule",
    "bump_for",
    "diff_specs",
    "is_rebuilt",
    "next_sdk_version",
    "render_changelog_entry",
    "render_json",
    "render_markdown",
]
