from typing import Literal

DepartmentsOrgsRetrieveFormat = Literal["json"]

DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[DepartmentsOrgsRetrieveFormat] = frozenset(
    ["json"]
)


def check_departments_orgs_retrieve_format(value: str) -> DepartmentsOrgsRetrieveFormat:
    if value in DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES)!r}"
    )
