"""Arabic month names of the Gregorian calendar, as each region writes them (Egypt and the Gulf, the
Levant and Iraq, Tunisia and Algeria, Morocco), shared by the importers (publication dates) and the
claim assistant (dates in article text).

Names are written normalised: one alef, ي for ى, no diacritics or tatweel.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MONTHS"]

#: Month names, normalised (one alef, ي for ى, no diacritics), to month numbers.
MONTHS: Final[dict[str, int]] = {
    # Egypt, the Gulf, Sudan, and the Latin names everywhere
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    "دسمبر": 12,
    # the Levant and Iraq
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    # without the article on the ordinal («1 أكتوبر/تشرين أول», CNN Arabic)
    "كانون ثاني": 1,
    "تشرين اول": 10,
    "تشرين ثاني": 11,
    "كانون اول": 12,
    # Tunisia and Algeria
    "جانفي": 1,
    "فيفري": 2,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "جويليه": 7,
    "اوت": 8,
    # Morocco
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
}
