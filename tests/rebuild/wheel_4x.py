"""Choice fields allowing a blank or null, as the generator behind the iblai 4.x wheels wrote them.

Cut down from ``iblai==4.202.2`` (``models/mentor_settings.py``, ``notification.py``,
``notification_template_detail.py``, ``null_enum.py``): the members of drf-spectacular's
``oneOf: [XEnum, BlankEnum, NullEnum]`` are merged into a plain string with a validator that
lists the values (``""`` kept, ``null`` dropped), and NullEnum has no member at all. The enum
components themselves are still exported. Only the statements the rebuilder reads are
reproduced.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar

from pydantic import BaseModel, Field, field_validator


class NullEnum(Enum):
    """
    NullEnum
    """


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


class PromptVisibilityEnum(str, Enum):
    """
    * `admins` - Admins * `anyone` - Anyone
    """

    ADMINS = "admins"
    ANYONE = "anyone"


class Kind3daEnum(str, Enum):
    """
    * `a` - A * `b` - B
    """

    A = "a"
    B = "b"


class Setting(BaseModel):
    """
    Setting
    """

    visibility: str | None = None
    kind: str | None = Field(default=None, description="Pick a kind.")
    status: str | None = None
    label: str | None = None
    __properties: ClassVar[list[str]] = ["visibility", "kind", "status", "label"]

    @field_validator("visibility")
    def visibility_validate_enum(cls, value: Any) -> Any:
        """Validates the enum"""
        if value is None:
            return value

        if value not in set(["admins", "anyone", ""]):
            raise ValueError("must be one of enum values ('admins', 'anyone', '')")
        return value

    @field_validator("kind")
    def kind_validate_enum(cls, value: Any) -> Any:
        """Validates the enum"""
        if value is None:
            return value

        if value not in set(["a", "b"]):
            raise ValueError("must be one of enum values ('a', 'b')")
        return value

    @field_validator("status")
    def status_validate_enum(cls, value: Any) -> Any:
        """Validates the enum"""
        if value is None:
            return value

        if value not in set(["new", "done", ""]):
            raise ValueError("must be one of enum values ('new', 'done', '')")
        return value

    def to_dict(self) -> dict[str, Any]:
        excluded_fields: set[str] = set(
            [
                "kind",
            ]
        )
        _dict = self.model_dump(by_alias=True, exclude=excluded_fields, exclude_none=True)
        # set to None if visibility (nullable) is None
        # and model_fields_set contains the field
        if self.visibility is None and "visibility" in self.model_fields_set:
            _dict["visibility"] = None

        # set to None if kind (nullable) is None
        # and model_fields_set contains the field
        if self.kind is None and "kind" in self.model_fields_set:
            _dict["kind"] = None

        # set to None if label (nullable) is None
        # and model_fields_set contains the field
        if self.label is None and "label" in self.model_fields_set:
            _dict["label"] = None
        return _dict
