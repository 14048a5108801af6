from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
    parse_uuid,
)
from ..models.provider_63a_enum import Provider63AEnum, check_provider_63a_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingCreate")


@_attrs_define
class TrainingCreate:
    id: UUID
    project_name: str
    dataset: UUID
    base_model_name: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    provider: Provider63AEnum | Unset = UNSET
    """ * `openai` - Openai """
    text_column: str | Unset = UNSET
    learning_rate: float | Unset = UNSET
    batch_size: int | Unset = UNSET
    num_epochs: int | Unset = UNSET
    block_size: int | Unset = UNSET
    warmup_ratio: float | Unset = UNSET
    lora_r: int | Unset = UNSET
    lora_alpha: int | Unset = UNSET
    lora_dropout: float | Unset = UNSET
    weight_decay: float | Unset = UNSET
    gradient_accumulation: int | Unset = UNSET
    use_peft: bool | Unset = UNSET
    use_fp16: bool | Unset = UNSET
    use_int4: bool | Unset = UNSET
    push_to_hub: bool | Unset = UNSET
    repo_id: str | Unset = UNSET
    preprocess_dataset: bool | Unset = UNSET
    prompt_column: str | Unset = UNSET
    prompt_prefix: str | Unset = UNSET
    prompt_suffix: str | Unset = UNSET
    response_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_name = self.project_name

        dataset = str(self.dataset)

        base_model_name = self.base_model_name

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        text_column = self.text_column

        learning_rate = self.learning_rate

        batch_size = self.batch_size

        num_epochs = self.num_epochs

        block_size = self.block_size

        warmup_ratio = self.warmup_ratio

        lora_r = self.lora_r

        lora_alpha = self.lora_alpha

        lora_dropout = self.lora_dropout

        weight_decay = self.weight_decay

        gradient_accumulation = self.gradient_accumulation

        use_peft = self.use_peft

        use_fp16 = self.use_fp16

        use_int4 = self.use_int4

        push_to_hub = self.push_to_hub

        repo_id = self.repo_id

        preprocess_dataset = self.preprocess_dataset

        prompt_column = self.prompt_column

        prompt_prefix = self.prompt_prefix

        prompt_suffix = self.prompt_suffix

        response_prefix = self.response_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_name": project_name,
                "dataset": dataset,
                "base_model_name": base_model_name,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if text_column is not UNSET:
            field_dict["text_column"] = text_column
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if num_epochs is not UNSET:
            field_dict["num_epochs"] = num_epochs
        if block_size is not UNSET:
            field_dict["block_size"] = block_size
        if warmup_ratio is not UNSET:
            field_dict["warmup_ratio"] = warmup_ratio
        if lora_r is not UNSET:
            field_dict["lora_r"] = lora_r
        if lora_alpha is not UNSET:
            field_dict["lora_alpha"] = lora_alpha
        if lora_dropout is not UNSET:
            field_dict["lora_dropout"] = lora_dropout
        if weight_decay is not UNSET:
            field_dict["weight_decay"] = weight_decay
        if gradient_accumulation is not UNSET:
            field_dict["gradient_accumulation"] = gradient_accumulation
        if use_peft is not UNSET:
            field_dict["use_peft"] = use_peft
        if use_fp16 is not UNSET:
            field_dict["use_fp16"] = use_fp16
        if use_int4 is not UNSET:
            field_dict["use_int4"] = use_int4
        if push_to_hub is not UNSET:
            field_dict["push_to_hub"] = push_to_hub
        if repo_id is not UNSET:
            field_dict["repo_id"] = repo_id
        if preprocess_dataset is not UNSET:
            field_dict["preprocess_dataset"] = preprocess_dataset
        if prompt_column is not UNSET:
            field_dict["prompt_column"] = prompt_column
        if prompt_prefix is not UNSET:
            field_dict["prompt_prefix"] = prompt_prefix
        if prompt_suffix is not UNSET:
            field_dict["prompt_suffix"] = prompt_suffix
        if response_prefix is not UNSET:
            field_dict["response_prefix"] = response_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid("id", d.pop("id"))

        project_name = d.pop("project_name")
        if not isinstance(project_name, str):
            raise FieldError("project_name", "a string", project_name)

        dataset = parse_uuid("dataset", d.pop("dataset"))

        base_model_name = d.pop("base_model_name")
        if not isinstance(base_model_name, str):
            raise FieldError("base_model_name", "a string", base_model_name)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        last_modified = parse_datetime("last_modified", d.pop("last_modified"))

        _provider = d.pop("provider", UNSET)
        provider: Provider63AEnum | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_provider_63a_enum(_provider, "provider")

        text_column = d.pop("text_column", UNSET)
        if not isinstance(text_column, (str, Unset)):
            raise FieldError("text_column", "a string", text_column)

        learning_rate = d.pop("learning_rate", UNSET)
        if (
            not isinstance(learning_rate, (int, float, Unset))
            or learning_rate is True
            or learning_rate is False
        ):
            raise FieldError("learning_rate", "a number", learning_rate)

        batch_size = d.pop("batch_size", UNSET)
        if not isinstance(batch_size, (int, Unset)) or batch_size is True or batch_size is False:
            raise FieldError("batch_size", "an integer", batch_size)

        num_epochs = d.pop("num_epochs", UNSET)
        if not isinstance(num_epochs, (int, Unset)) or num_epochs is True or num_epochs is False:
            raise FieldError("num_epochs", "an integer", num_epochs)

        block_size = d.pop("block_size", UNSET)
        if not isinstance(block_size, (int, Unset)) or block_size is True or block_size is False:
            raise FieldError("block_size", "an integer", block_size)

        warmup_ratio = d.pop("warmup_ratio", UNSET)
        if (
            not isinstance(warmup_ratio, (int, float, Unset))
            or warmup_ratio is True
            or warmup_ratio is False
        ):
            raise FieldError("warmup_ratio", "a number", warmup_ratio)

        lora_r = d.pop("lora_r", UNSET)
        if not isinstance(lora_r, (int, Unset)) or lora_r is True or lora_r is False:
            raise FieldError("lora_r", "an integer", lora_r)

        lora_alpha = d.pop("lora_alpha", UNSET)
        if not isinstance(lora_alpha, (int, Unset)) or lora_alpha is True or lora_alpha is False:
            raise FieldError("lora_alpha", "an integer", lora_alpha)

        lora_dropout = d.pop("lora_dropout", UNSET)
        if (
            not isinstance(lora_dropout, (int, float, Unset))
            or lora_dropout is True
            or lora_dropout is False
        ):
            raise FieldError("lora_dropout", "a number", lora_dropout)

        weight_decay = d.pop("weight_decay", UNSET)
        if (
            not isinstance(weight_decay, (int, float, Unset))
            or weight_decay is True
            or weight_decay is False
        ):
            raise FieldError("weight_decay", "a number", weight_decay)

        gradient_accumulation = d.pop("gradient_accumulation", UNSET)
        if (
            not isinstance(gradient_accumulation, (int, Unset))
            or gradient_accumulation is True
            or gradient_accumulation is False
        ):
            raise FieldError("gradient_accumulation", "an integer", gradient_accumulation)

        use_peft = d.pop("use_peft", UNSET)
        if not isinstance(use_peft, (bool, Unset)):
            raise FieldError("use_peft", "a boolean", use_peft)

        use_fp16 = d.pop("use_fp16", UNSET)
        if not isinstance(use_fp16, (bool, Unset)):
            raise FieldError("use_fp16", "a boolean", use_fp16)

        use_int4 = d.pop("use_int4", UNSET)
        if not isinstance(use_int4, (bool, Unset)):
            raise FieldError("use_int4", "a boolean", use_int4)

        push_to_hub = d.pop("push_to_hub", UNSET)
        if not isinstance(push_to_hub, (bool, Unset)):
            raise FieldError("push_to_hub", "a boolean", push_to_hub)

        repo_id = d.pop("repo_id", UNSET)
        if not isinstance(repo_id, (str, Unset)):
            raise FieldError("repo_id", "a string", repo_id)

        preprocess_dataset = d.pop("preprocess_dataset", UNSET)
        if not isinstance(preprocess_dataset, (bool, Unset)):
            raise FieldError("preprocess_dataset", "a boolean", preprocess_dataset)

        prompt_column = d.pop("prompt_column", UNSET)
        if not isinstance(prompt_column, (str, Unset)):
            raise FieldError("prompt_column", "a string", prompt_column)

        prompt_prefix = d.pop("prompt_prefix", UNSET)
        if not isinstance(prompt_prefix, (str, Unset)):
            raise FieldError("prompt_prefix", "a string", prompt_prefix)

        prompt_suffix = d.pop("prompt_suffix", UNSET)
        if not isinstance(prompt_suffix, (str, Unset)):
            raise FieldError("prompt_suffix", "a string", prompt_suffix)

        response_prefix = d.pop("response_prefix", UNSET)
        if not isinstance(response_prefix, (str, Unset)):
            raise FieldError("response_prefix", "a string", response_prefix)

        training_create = cls(
            id=id,
            project_name=project_name,
            dataset=dataset,
            base_model_name=base_model_name,
            date_created=date_created,
            last_modified=last_modified,
            provider=provider,
            text_column=text_column,
            learning_rate=learning_rate,
            batch_size=batch_size,
            num_epochs=num_epochs,
            block_size=block_size,
            warmup_ratio=warmup_ratio,
            lora_r=lora_r,
            lora_alpha=lora_alpha,
            lora_dropout=lora_dropout,
            weight_decay=weight_decay,
            gradient_accumulation=gradient_accumulation,
            use_peft=use_peft,
            use_fp16=use_fp16,
            use_int4=use_int4,
            push_to_hub=push_to_hub,
            repo_id=repo_id,
            preprocess_dataset=preprocess_dataset,
            prompt_column=prompt_column,
            prompt_prefix=prompt_prefix,
            prompt_suffix=prompt_suffix,
            response_prefix=response_prefix,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        training_create.additional_properties = additional_properties
        return training_create

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
