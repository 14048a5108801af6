"""A nullable choice field as the generator behind the iblai 3.x wheels wrote it.

Cut down from ``iblai==3.66.0`` (``models/mentor_settings.py``, ``mentor_settings_mentor_
visibility.py``, ``null_enum.py``): the ``oneOf: [VisibilityEnum, BlankEnum, NullEnum]`` is kept
as a wrapper model (without NullEnum, which became ``nullable``), and NullEnum's one value is
the *string* ``'null'``. Only the statements the rebuilder reads are reproduced.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar

from pydantic import BaseModel


class NullEnum(str, Enum):
    """
    NullEnum
    """

    NULL = "null"


class BlankEnum(str, Enum):
    """
    BlankEnum
    """

    EMPTY = ""


class VisibilityEnum(str, Enum):
    """
    * `admins` - Admins * `anyone` - Anyone
    """

    ADMINS = "admins"
    ANYONE = "anyone"


class SettingVisibility(BaseModel):
    """
    SettingVisibility
    """

    oneof_schema_1_validator: VisibilityEnum | None = None
    oneof_schema_2_validator: BlankEnum | None = None
    actual_instance: VisibilityEnum | BlankEnum | None = None
    one_of_schemas: ClassVar[set[str]] = {"BlankEnum", "VisibilityEnum"}


class Setting(BaseModel):
    """
    Setting
    """

    visibility: SettingVisibility | None = None
    __properties: ClassVar[list[str]] = ["visibility"]

    def to_dict(self) -> dict[str, Any]:
        _dict = self.model_dump(by_alias=True, exclude_none=True)
        # set to None if visibility (nullable) is None
        # and model_fields_set contains the field
        if self.visibility is None and "visibility" in self.model_fields_set:
            _dict["visibility"] = None
        return _dict
