"""The classes of the operation groups, ``client.<tag>``: ``from ibl_client.groups import
AsyncCoreApi, CoreApi`` (for annotations, ``isinstance`` and ``create_autospec``).

The classes of ``ibl_client.generated.api`` (that path keeps working), each loaded on first use.
"""

from typing import TYPE_CHECKING, Any

from .generated import api as _api

if TYPE_CHECKING:
    from .generated.api import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_api, name)


def __dir__() -> list[str]:
    return sorted(_api.__all__)
