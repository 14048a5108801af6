from typing import Literal

AiMentorOrgsAgentSkillResourcesListFileType = Literal["asset", "reference", "script"]

AI_MENTOR_ORGS_AGENT_SKILL_RESOURCES_LIST_FILE_TYPE_VALUES: frozenset[
    AiMentorOrgsAgentSkillResourcesListFileType
] = frozenset(["asset", "reference", "script"])


def check_ai_mentor_orgs_agent_skill_resources_list_file_type(
    value: str,
) -> AiMentorOrgsAgentSkillResourcesListFileType:
    if value in AI_MENTOR_ORGS_AGENT_SKILL_RESOURCES_LIST_FILE_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_AGENT_SKILL_RESOURCES_LIST_FILE_TYPE_VALUES)!r}"
    )
