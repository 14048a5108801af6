"""Every model of the API: ``from ibl_client.models import Course``.

The classes of ``ibl_client.generated.models`` (that path keeps working), each loaded on first use:
importing this module loads no model.
"""

from typing import TYPE_CHECKING, Any

from .generated import models as _models

if TYPE_CHECKING:
    from .generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return dir(_models)
