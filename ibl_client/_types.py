"""The two sentinels and the small aliases the calls take, each defined here and only here.

Two "nothing" values, each with one meaning, both falsy:

- ``NOT_GIVEN`` (`NotGiven`): the caller did not pass this option; use the configured default.
  Every client option (the constructor, ``with_options``) and a call's ``timeout`` take it.
- ``UNSET`` (`Unset`): this parameter or field is left out of the request; do not send it. The
  generated operations' parameters and the models' optional fields take it.

Neither is ``None``, which keeps its own meanings: JSON null in a body, and no limit for a
``timeout`` (as in httpx).

>>> bool(NOT_GIVEN), bool(UNSET)
(False, False)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias

import httpx

__all__ = ["NOT_GIVEN", "UNSET", "Body", "Headers", "NotGiven", "Query", "Timeout", "Unset"]


class NotGiven(enum.Enum):
    """The type of :data:`NOT_GIVEN`: "not given, use the configured default".

    An enum of one member, so a type checker narrows ``x is NOT_GIVEN`` away.
    """

    NOT_GIVEN = "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


#: An argument the caller did not pass: the option falls back on its variable, then its default.
NOT_GIVEN: Final = NotGiven.NOT_GIVEN


class Unset:
    """The type of `UNSET`: "unset, do not send", as opposed to an explicit None (JSON null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


#: A parameter or field left out of the request.
UNSET: Final[Unset] = Unset()

#: Extra query parameters; a list value repeats the parameter.
Query: TypeAlias = Mapping[str, Any]
#: Extra request headers.
Headers: TypeAlias = Mapping[str, str]
#: Extra body fields, merged into the operation's body.
Body: TypeAlias = Mapping[str, Any]
#: Seconds or an ``httpx.Timeout``; ``None`` waits without limit (as in httpx).
Timeout: TypeAlias = float | httpx.Timeout | None
