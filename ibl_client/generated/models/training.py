from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_datetime,
    parse_uuid,
)
from ..models.provider_63a_enum import Provider63AEnum, check_provider_63a_enum
from ..models.training_status_enum import TrainingStatusEnum, check_training_status_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_set import DataSet


T = TypeVar("T", bound="Training")


@_attrs_define
class Training:
    dataset: DataSet
    project_name: str
    base_model_name: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    platform: int
    id: UUID | Unset = UNSET
    metadata: Any | Unset = UNSET
    status: TrainingStatusEnum | Unset = UNSET
    """ * `trained` - Trained
    * `failed` - Failed
    * `pending` - Pending
    * `untrained` - Untrained """
    retry_attempts: int | Unset = UNSET
    fine_tuned_model: str | Unset = UNSET
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
    response_column: str | Unset = UNSET
    prompt_prefix: str | Unset = UNSET
    prompt_suffix: str | Unset = UNSET
    response_prefix: str | Unset = UNSET
    response_suffix: str | Unset = UNSET
    error_log: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset.to_dict()

        project_name = self.project_name

        base_model_name = self.base_model_name

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        platform = self.platform

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        metadata = self.metadata

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        retry_attempts = self.retry_attempts

        fine_tuned_model = self.fine_tuned_model

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

        response_column = self.response_column

        prompt_prefix = self.prompt_prefix

        prompt_suffix = self.prompt_suffix

        response_prefix = self.response_prefix

        response_suffix = self.response_suffix

        error_log = self.error_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "project_name": project_name,
                "base_model_name": base_model_name,
                "date_created": date_created,
                "last_modified": last_modified,
                "platform": platform,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if retry_attempts is not UNSET:
            field_dict["retry_attempts"] = retry_attempts
        if fine_tuned_model is not UNSET:
            field_dict["fine_tuned_model"] = fine_tuned_model
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
        if response_column is not UNSET:
            field_dict["response_column"] = response_column
        if prompt_prefix is not UNSET:
            field_dict["prompt_prefix"] = prompt_prefix
        if prompt_suffix is not UNSET:
            field_dict["prompt_suffix"] = prompt_suffix
        if response_prefix is not UNSET:
            field_dict["response_prefix"] = response_prefix
        if response_suffix is not UNSET:
            field_dict["response_suffix"] = response_suffix
        if error_log is not UNSET:
            field_dict["error_log"] = error_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set import DataSet  # noqa: PLC0415

        d = dict(src_dict)
        dataset = nested("dataset", DataSet, d.pop("dataset"))

        project_name = d.pop("project_name")
        if not isinstance(project_name, str):
            raise FieldError("project_name", "a string", project_name)

        base_model_name = d.pop("base_model_name")
        if not isinstance(base_model_name, str):
            raise FieldError("base_model_name", "a string", base_model_name)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        last_modified = parse_datetime("last_modified", d.pop("last_modified"))

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid("id", _id)

        metadata = d.pop("metadata", UNSET)

        _status = d.pop("status", UNSET)
        status: TrainingStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_training_status_enum(_status, "status")

        retry_attempts = d.pop("retry_attempts", UNSET)
        if (
            not isinstance(retry_attempts, (int, Unset))
            or retry_attempts is True
            or retry_attempts is False
        ):
            raise FieldError("retry_attempts", "an integer", retry_attempts)

        fine_tuned_model = d.pop("fine_tuned_model", UNSET)
        if not isinstance(fine_tuned_model, (str, Unset)):
            raise FieldError("fine_tuned_model", "a string", fine_tuned_model)

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

        response_column = d.pop("response_column", UNSET)
        if not isinstance(response_column, (str, Unset)):
            raise FieldError("response_column", "a string", response_column)

        prompt_prefix = d.pop("prompt_prefix", UNSET)
        if not isinstance(prompt_prefix, (str, Unset)):
            raise FieldError("prompt_prefix", "a string", prompt_prefix)

        prompt_suffix = d.pop("prompt_suffix", UNSET)
        if not isinstance(prompt_suffix, (str, Unset)):
            raise FieldError("prompt_suffix", "a string", prompt_suffix)

        response_prefix = d.pop("response_prefix", UNSET)
        if not isinstance(response_prefix, (str, Unset)):
            raise FieldError("response_prefix", "a string", response_prefix)

        response_suffix = d.pop("response_suffix", UNSET)
        if not isinstance(response_suffix, (str, Unset)):
            raise FieldError("response_suffix", "a string", response_suffix)

        error_log = d.pop("error_log", UNSET)
        if not isinstance(error_log, (str, Unset)):
            raise FieldError("error_log", "a string", error_log)

        training = cls(
            dataset=dataset,
            project_name=project_name,
            base_model_name=base_model_name,
            date_created=date_created,
            last_modified=last_modified,
            platform=platform,
            id=id,
            metadata=metadata,
            status=status,
            retry_attempts=retry_attempts,
            fine_tuned_model=fine_tuned_model,
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
            response_column=response_column,
            prompt_prefix=prompt_prefix,
            prompt_suffix=prompt_suffix,
            response_prefix=response_prefix,
            response_suffix=response_suffix,
            error_log=error_log,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        training.additional_properties = additional_properties
        return training

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
