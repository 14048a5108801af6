"""The types a call takes and gives, in one place: ``from ibl_client.types import File, UNSET``.

``NOT_GIVEN`` (`NotGiven`) is "not given: use the configured default" (client options and a
call's ``timeout``); ``UNSET`` (`Unset`) is "unset: do not send" (an operation's parameters, a
model's optional fields); both are falsy. ``File`` is a file to upload, ``JSON`` a JSON value
(an untyped answer), and ``Query``, ``Headers``, ``Body`` and ``Timeout`` the types of the
per-call ``extra_query``, ``extra_headers``, ``extra_body`` and ``timeout``.
"""

from ._body import JSON
from ._types import NOT_GIVEN, UNSET, Body, Headers, NotGiven, Query, Timeout, Unset
from .generated.types import File

__all__ = [
    "JSON",
    "NOT_GIVEN",
    "UNSET",
    "Body",
    "File",
    "Headers",
    "NotGiven",
    "Query",
    "Timeout",
    "Unset",
]
