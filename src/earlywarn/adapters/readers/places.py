"""City and county out of one place cell: 'Dayton, Montgomery', 'Seattle, King County', 'Norfolk'.

Publishers often give the place in one column: a 'City, County' column, or a 'Location' column that holds a
town (Virginia), a 'town, county' pair (Washington) or a street address. A record keeps the cell as it came and
gains the city and county it names when no column of their own gives them.
"""

from __future__ import annotations

import re

from earlywarn.domain.notices import NoticeRecord

_COUNTY_WORD = re.compile(r"\s(?:county|parish|borough)$", re.IGNORECASE)
# letters, spaces and the punctuation of place names (St. Louis, Coeur d'Alene, Winston-Salem); no digits: an address
_PLACE_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'’-])*")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_MOST_WORDS = 5
# a place that is no one town: 'Statewide', 'Various locations', 'Multiple sites', 'Remote'
_NO_ONE_PLACE = frozenset({"statewide", "various", "multiple", "several", "remote", "all", "locations", "sites",
                           "nationwide", "virtual", "tbd"})
_US_STATES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
""".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
                "rhode island", "south carolina", "south dakota", "west virginia", "district of columbia", "usa"}


def fill_city_and_county(record: NoticeRecord, *, city_column_names_county: bool) -> None:
    """Split the city cell when its column is named for both ('City, County') or its second part says 'County';
    else, with no city column, read the town (and county) out of a location cell that is a place, not an address."""
    location = _place_parts(record.location)
    if record.city:
        parts = _place_parts(record.city)
        if parts and len(parts) == 2 and (city_column_names_county or _COUNTY_WORD.search(parts[1])):
            record.city = parts[0]
            record.county = record.county or parts[1]
        elif location and len(location) == 2 and _COUNTY_WORD.search(location[1]):
            record.county = record.county or location[1]  # a city column, and 'Seattle, King County' beside it
    elif location:
        _fill_from_location(record, location)


def _fill_from_location(record: NoticeRecord, parts: list[str]) -> None:
    town, rest = parts[0], parts[1:]
    if _is_state(town):
        return
    if not rest and _COUNTY_WORD.search(town):  # 'King County' alone is a county, not a town
        record.county = record.county or town
        return
    record.city = town
    if rest and not _is_state(rest[0]):
        record.county = record.county or rest[0]


def _place_parts(cell: str | None) -> list[str] | None:
    """'Dayton, Montgomery' -> ['Dayton', 'Montgomery']; None when the cell is an address, a list or not a place."""
    if not cell or _HANGUL.search(cell):  # Korean addresses run province-city-district in one part: not split here
        return None
    parts = [part.strip() for part in cell.split(",")]
    if len(parts) > 2 or not all(_PLACE_NAME.fullmatch(part) for part in parts):
        return None
    words = [word.lower().strip(".") for part in parts for word in part.split()]
    if len(words) > _MOST_WORDS or _NO_ONE_PLACE.intersection(words):
        return None
    return parts


def _is_state(part: str) -> bool:
    """'WA', 'Washington': the second part of 'Seattle, WA' is the state, not a county."""
    bare = part.strip(".")
    return (len(bare) == 2 and bare.isalpha() and bare.isupper()) or bare.lower() in _US_STATES
