from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_block import VideoBlock


T = TypeVar("T", bound="VideosWatchedSubSection")


@_attrs_define
class VideosWatchedSubSection:
    display_name: str
    """ Subsection name """
    id: str
    """ Subsection Id """
    total_watch: str
    """ Total videos watched. N/A if no record found """
    videos: list[VideoBlock] | Unset = UNSET
    """ Videos """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        total_watch = self.total_watch

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "total_watch": total_watch,
            }
        )
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_block import VideoBlock  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        total_watch = d.pop("total_watch")
        if not isinstance(total_watch, str):
            raise FieldError("total_watch", "a string", total_watch)

        _videos = d.pop("videos", UNSET)
        videos: list[VideoBlock] | Unset = UNSET
        if _videos is not UNSET:
            if not isinstance(_videos, list):
                raise FieldError("videos", "an array", _videos)
            videos = []
            for _videos_index, videos_item_data in enumerate(_videos):
                try:
                    videos_item = nested("videos_item", VideoBlock, videos_item_data)

                except PARSE_ERRORS as _videos_error:
                    raise within(
                        ("videos", _videos_index), _videos_error, "videos_item"
                    ) from _videos_error
                videos.append(videos_item)

        videos_watched_sub_section = cls(
            display_name=display_name,
            id=id,
            total_watch=total_watch,
            videos=videos,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        videos_watched_sub_section.additional_properties = additional_properties
        return videos_watched_sub_section

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
