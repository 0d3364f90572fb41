"""shared.domain.words: a service's sentence that keeps its template and values, so a screen in
another language can say it (shared.ui.error_words), while everyone else sees the same str."""

from __future__ import annotations

import pickle

from shared.domain.errors import ValidationError
from shared.domain.words import Words, words


def test_a_sentence_with_values_is_the_same_text_and_keeps_its_template() -> None:
    said = words("统计区间超过{days}天。", days=732)
    assert said == "统计区间超过732天。" and isinstance(said, str)
    assert (said.template, said.values) == ("统计区间超过{days}天。", {"days": 732})
    error = ValidationError(said, hint="请缩短区间。")
    assert str(error) == "统计区间超过732天。 请缩短区间。"
    # an error that crosses a process (a pool's worker) keeps what a translator needs
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again.message, Words) and again.message.template == "统计区间超过{days}天。"


def test_it_is_said_in_another_language_from_its_template() -> None:
    english = {
        "统计区间超过{days}天。": "The period is longer than {days} days.",
        "{said}（{detail}）。": "{said} ({detail}).",
        "电子证照已过有效期": "The e-licence has expired",
    }.get
    said = words("统计区间超过{days}天。", days=732)
    assert said.translated(lambda s: english(s, s)) == "The period is longer than 732 days."
    # a value that is itself a marked sentence is said in the same language; data is not
    nested = words("{said}（{detail}）。", said=words("电子证照已过有效期"), detail="2025-01-01")
    assert nested.translated(lambda s: english(s, s)) == "The e-licence has expired (2025-01-01)."
    assert nested == "电子证照已过有效期（2025-01-01）。"


def test_a_translation_that_names_a_value_the_sentence_lacks_gives_the_chinese() -> None:
    said = words("统计区间超过{days}天。", days=732)
    for slip in ("Longer than {dayz} days.", "Longer than {0} days.", "Longer than {days days."):
        assert said.translated(lambda s, slip=slip: slip) == "统计区间超过732天。"
