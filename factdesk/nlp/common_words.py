"""Words too common to tell one claim from another (particles, pronouns, the commonest verbs of
reporting, English function words), folded: left out when claims are matched against published
fact-checks, both when the store picks candidates and when they are scored."""

from __future__ import annotations

from factdesk.nlp.fold import fold

_WORDS = (
    "في من على إلى الى عن مع أن إن ان كان كانت قال قالت هذا هذه ذلك تلك التي الذي الذين ما لا لم لن "
    "قد بعد قبل عند حتى ثم أو او و ف ب ل هو هي هم كل بين منذ خلال غير أي اي حول ضد عبر "
    "the a an of in on at to and or is are was were be by for with that this it as from"
)

#: The folded common words.
COMMON = frozenset(fold(w) for w in _WORDS.split())
