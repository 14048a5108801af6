from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestSMTPCredentials")


@_attrs_define
class TestSMTPCredentials:
    """Serializer for testing SMTP credentials"""

    smtp_host: str
    """ SMTP server hostname """
    smtp_port: int
    """ SMTP server port """
    smtp_username: str
    """ SMTP username """
    smtp_password: str
    """ SMTP password """
    test_email: str
    """ Email address to send test email to """
    use_tls: bool | Unset = UNSET
    """ Use TLS encryption """
    use_ssl: bool | Unset = UNSET
    """ Use SSL encryption """
    from_email: str | Unset = UNSET
    """ From email address (optional) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smtp_host = self.smtp_host

        smtp_port = self.smtp_port

        smtp_username = self.smtp_username

        smtp_password = self.smtp_password

        test_email = self.test_email

        use_tls = self.use_tls

        use_ssl = self.use_ssl

        from_email = self.from_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smtp_host": smtp_host,
                "smtp_port": smtp_port,
                "smtp_username": smtp_username,
                "smtp_password": smtp_password,
                "test_email": test_email,
            }
        )
        if use_tls is not UNSET:
            field_dict["use_tls"] = use_tls
        if use_ssl is not UNSET:
            field_dict["use_ssl"] = use_ssl
        if from_email is not UNSET:
            field_dict["from_email"] = from_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smtp_host = d.pop("smtp_host")
        if not isinstance(smtp_host, str):
            raise FieldError("smtp_host", "a string", smtp_host)

        smtp_port = d.pop("smtp_port")
        if not isinstance(smtp_port, int) or smtp_port is True or smtp_port is False:
            raise FieldError("smtp_port", "an integer", smtp_port)

        smtp_username = d.pop("smtp_username")
        if not isinstance(smtp_username, str):
            raise FieldError("smtp_username", "a string", smtp_username)

        smtp_password = d.pop("smtp_password")
        if not isinstance(smtp_password, str):
            raise FieldError("smtp_password", "a string", smtp_password)

        test_email = d.pop("test_email")
        if not isinstance(test_email, str):
            raise FieldError("test_email", "a string", test_email)

        use_tls = d.pop("use_tls", UNSET)
        if not isinstance(use_tls, (bool, Unset)):
            raise FieldError("use_tls", "a boolean", use_tls)

        use_ssl = d.pop("use_ssl", UNSET)
        if not isinstance(use_ssl, (bool, Unset)):
            raise FieldError("use_ssl", "a boolean", use_ssl)

        from_email = d.pop("from_email", UNSET)
        if not isinstance(from_email, (str, Unset)):
            raise FieldError("from_email", "a string", from_email)

        test_smtp_credentials = cls(
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_username=smtp_username,
            smtp_password=smtp_password,
            test_email=test_email,
            use_tls=use_tls,
            use_ssl=use_ssl,
            from_email=from_email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        test_smtp_credentials.additional_properties = additional_properties
        return test_smtp_credentials

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
