"""A sentence for people that another language can say too.

The services, the store and the drivers word their errors in Chinese, the hall's language,
and the screens show them (``shared.ui.error_words``). A sentence with values in it, such as
统计区间超过366天。, cannot be looked up in a translation catalogue as it stands: the number
differs every time. ``words`` keeps the sentence's template and its named values beside the
text, so a screen in another language looks up ``统计区间超过{days}天。`` in its catalogue
(context ``ServiceWords``) and fills in ``days`` itself.

``Words`` is a ``str``: logs, tests and every caller that just shows the text see the same
Chinese as before. Sentences without values stay plain strings; the catalogue keys them by
their text. ``yimen/service_words.py`` reads both kinds out of the source for the translators.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Words(str):
    """The Chinese text, with ``template`` (str.format syntax, named fields) and ``values``."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Words:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (a process pool's errors) keep the template
        return (Words, (self.template, self.values))

    def translated(self, translate: Callable[[str], str]) -> str:
        """The sentence in the language of ``translate`` (the Chinese template in, the
        reader's template out, or the same text when the catalogue has none): its named
        fields are filled from the values, a value that is itself ``Words`` translated the
        same way. A translation that names a value this sentence does not have (a
        translator's slip) gives the Chinese text instead of failing."""
        template = translate(self.template)
        values = {k: v.translated(translate) if isinstance(v, Words) else v for k, v in self.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError):
            return str(self)


def words(template: str, /, **values: Any) -> Words:
    """``words("统计区间超过{days}天。", days=366)`` is the text 统计区间超过366天。 that knows
    its template; write it where an f-string would be, in a typed error's message or hint.
    Without values it marks a sentence kept elsewhere (a table of refusals) for the translators:
    ``words("电子证照已过有效期")``."""
    return Words(template, values)
