from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsMessagesRetrieveSentiment = Literal["negative", "neutral", "positive"]

ANALYTICS_MESSAGES_RETRIEVE_SENTIMENT_VALUES: frozenset[AnalyticsMessagesRetrieveSentiment] = (
    frozenset(["negative", "neutral", "positive"])
)


def check_analytics_messages_retrieve_sentiment(
    value: object, path: str = "AnalyticsMessagesRetrieveSentiment", *, known_only: bool = False
) -> AnalyticsMessagesRetrieveSentiment:
    """`value` as a `AnalyticsMessagesRetrieveSentiment`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_MESSAGES_RETRIEVE_SENTIMENT_VALUES:
        return value
    return cast(
        AnalyticsMessagesRetrieveSentiment,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_MESSAGES_RETRIEVE_SENTIMENT_VALUES,
            "AnalyticsMessagesRetrieveSentiment",
            known_only=known_only,
        ),
    )
