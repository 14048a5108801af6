from typing import Literal, cast

from ..._validation import unknown_enum_value

DepartmentsOrgsRetrieveFormat = Literal["json"]

DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[DepartmentsOrgsRetrieveFormat] = frozenset(
    ["json"]
)


def check_departments_orgs_retrieve_format(
    value: object, path: str = "DepartmentsOrgsRetrieveFormat", *, known_only: bool = False
) -> DepartmentsOrgsRetrieveFormat:
    """`value` as a `DepartmentsOrgsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        DepartmentsOrgsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES,
            "DepartmentsOrgsRetrieveFormat",
            known_only=known_only,
        ),
    )
