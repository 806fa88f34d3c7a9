"""City and county out of one place cell: 'Dayton, Montgomery', 'Seattle, King County', 'Norfolk'.

Publishers often give the place in one column: a 'City, County' column, or a 'Location' column that holds a
town (Virginia), a 'town, county' pair (Washington), two towns ('Portland, Tigard') or a street address. A record
keeps the cell as it came and gains the city and county it names when no column of their own gives them. Whether
'A, B' is a town and its county or two towns cannot be told from one cell: the column's header or its sampled
cells decide (`is_town_county_column`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from earlywarn.domain.notices import NoticeRecord

_COUNTY_WORD = re.compile(r"\s(?:county|parish|borough)$", re.IGNORECASE)
# a capital, then letters, spaces and the punctuation of place names (St. Louis, Coeur d'Alene, Winston-Salem);
# no digits (an address), no '&' or '/' (two towns: 'Ross & Watford City')
_PLACE_NAME = re.compile(r"[^\W\d_a-z](?:[^\W\d_]|[ .'’-])+")
_STATE_CODE_AFTER = re.compile(r"\s+[A-Z]{2}$")  # 'Ringgold VA': the state written after the town without a comma
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KOREAN_TOWN = re.compile(r"[\uac00-\ud7a3]{1,5}[시군구]")  # '화성시', '양평군', '해운대구': one town and nothing else
_SAINT = re.compile(r"^Ste?\.?\s+(?=[A-Z])")
_MOST_WORDS = 5
# words of a place that is no one town ('Statewide', 'Various locations', 'Greater Hartford Area') or a site, not a
# town ('Nitrile Plant Facility', 'Omaha - Giles Road')
_NOT_A_TOWN = frozenset({
    "statewide", "nationwide", "various", "multiple", "several", "remote", "virtual", "all", "locations", "sites",
    "area", "region", "metro", "tbd", "same", "facility", "facilities", "plant", "warehouse", "headquarters", "hq",
    "store", "campus", "building", "office", "offices", "hospital", "terminal", "road", "rd", "street", "st", "avenue",
    "ave", "highway", "hwy", "drive", "blvd", "suite", "hotel", "resort", "mall", "airport", "downtown", "and",
})
_US_STATES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
""".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
                "rhode island", "south carolina", "south dakota", "west virginia", "district of columbia", "usa"}
_PAIR_SHARE = 0.8
_FEWEST_PAIRS = 3


def is_town_county_column(cells: Iterable[object]) -> bool:
    """Nearly every sampled cell is 'town, county' ('Vancouver, Clark'; the second part no state): a column of
    pairs. A column where most cells name one town ('Portland') and a few two ('Portland, Tigard') is not."""
    filled = [str(cell) for cell in cells if cell is not None and str(cell).strip()]
    pairs = sum(1 for cell in filled if _is_town_and_county(_place_parts(cell)))
    return pairs >= _FEWEST_PAIRS and pairs >= _PAIR_SHARE * len(filled)


def fill_city_and_county(record: NoticeRecord, *, city_has_county: bool, location_has_county: bool) -> None:
    """Split a city cell whose column holds 'City, County' (by its header or its cells), or says 'X County'; else,
    with no city column, read the town (and county) out of a location cell that names a place."""
    location = _place_parts(record.location)
    if record.city:
        parts = _place_parts(record.city)
        if parts and len(parts) == 2 and (city_has_county or _COUNTY_WORD.search(parts[1])):
            record.city = parts[0]
            record.county = record.county or parts[1]
        elif location and len(location) == 2 and _COUNTY_WORD.search(location[1]):
            record.county = record.county or location[1]  # a city column, and 'Seattle, King County' beside it
    elif location:
        _fill_from_location(record, location, location_has_county)
    elif town := address_town(record.location):
        record.city = town
    elif record.location and _KOREAN_TOWN.fullmatch(record.location):
        record.city = record.location  # 소재지 '화성시': the whole cell is the city (or district) the workplace is in
    if record.county and record.county.isupper():
        record.county = county_in_title_case(record.county)


# a street address's end: ', Pueblo, CO 81003', ', Groton, CT' (the town its own part, the state code after it)
_TOWN_STATE_ZIP = re.compile(r",\s*([^,]+?)\s*,\s*[A-Z]{2}\.?(?:\s+\d{5}(?:-\d{4})?)?\s*$")
_STATE_ZIP = re.compile(r"\b[A-Z]{2}\.?\s+\d{5}\b")
# a word that ends a town's name standing alone is the end of a name wrapped onto a line of its own ('Kennedy Space,
# Center', 'Panama, City'): no town read
_NAME_ENDINGS = frozenset({"center", "city", "beach", "park", "springs", "heights", "falls", "village", "hills",
                           "gardens", "township"})


def address_town(cell: str | None) -> str | None:
    """'9016 Wadsworth Blvd, Pueblo, CO 81003' -> 'Pueblo': the town of a street address written on one line, when
    a street number comes before it. None for a cell of two addresses (two state codes and ZIPs: two sites, no one
    town), for a town part that names no town ('Statewide', 'Suite 400') or only its name's last word ('Center'), or
    without the street ('Fairbanks, North Pole, AK' is two towns)."""
    if not cell or "," not in cell or _HANGUL.search(cell):
        return None
    found = _TOWN_STATE_ZIP.search(cell)
    if not found or not any(c.isdigit() for c in cell[: found.start()]) or len(_STATE_ZIP.findall(cell)) > 1:
        return None
    parts = _place_parts(found.group(1))
    if not parts or len(parts) != 1 or _is_state(parts[0]) or parts[0].lower() in _NAME_ENDINGS:
        return None
    return parts[0]


def county_in_title_case(name: str) -> str:
    """'BEXAR' -> 'Bexar', 'EL PASO' -> 'El Paso', 'MCLENNAN' -> 'McLennan', 'PRINCE GEORGE'S' -> 'Prince George's':
    a county written in capitals is written as its name; one written properly ('DeKalb') is never passed here."""
    words = re.split(r"([\s\-/.]+)", name.lower())
    cased = "".join(w[:1].upper() + w[1:] for w in words)
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), cased)


def _fill_from_location(record: NoticeRecord, parts: tuple[str, ...], has_county: bool) -> None:
    town = parts[0]
    if _is_state(town):
        return
    if len(parts) == 1:
        if _COUNTY_WORD.search(town):  # 'King County' alone is a county, not a town
            record.county = record.county or town
        else:
            record.city = town
        return
    second = parts[1]
    if _is_state(second):  # 'Seattle, WA'
        record.city = town
    elif has_county or _COUNTY_WORD.search(second):  # 'Vancouver, Clark' in a column of such pairs
        record.city = town
        record.county = record.county or second
    # else two towns ('Fairbanks, North Pole'): no one city


def _is_town_and_county(parts: tuple[str, ...] | None) -> bool:
    return bool(parts and len(parts) == 2 and not _is_state(parts[0]) and not _is_state(parts[1]))


@lru_cache(maxsize=8192)  # a pure function of the cell, read for every row; places repeat row after row
def _place_parts(cell: str | None) -> tuple[str, ...] | None:
    """'Dayton, Montgomery' -> ('Dayton', 'Montgomery'); None when the cell is an address, a list or not a place."""
    if not cell or _HANGUL.search(cell):  # Korean addresses run province-city-district in one part: not split here
        return None
    parts = [part.strip() for part in cell.split(",")]
    if len(parts) > 2 or not all(_PLACE_NAME.fullmatch(part) for part in parts):
        return None
    parts = [_STATE_CODE_AFTER.sub("", part) if not _is_state(part) else part for part in parts]
    # 'St. Paul', 'Ste. Genevieve': a saint's town, not a street ('St' alone names a street)
    words = [word.lower().strip(".") for part in parts for word in _SAINT.sub("Saint ", part).split()]
    if len(words) > _MOST_WORDS or _NOT_A_TOWN.intersection(words):
        return None
    return tuple(parts)


def _is_state(part: str) -> bool:
    """'WA', 'Washington': the second part of 'Seattle, WA' is the state, not a county."""
    bare = part.strip(".")
    return (len(bare) == 2 and bare.isalpha() and bare.isupper()) or bare.lower() in _US_STATES


# 'Tri-State Logistics - St. Louis': a name, a spaced dash, then a town (a hyphen inside a name has no spaces)
_PLACE_SUFFIX = re.compile(r"(.+?\S)\s+[-–—]\s+([^-–—]+)$")
_STATUS_WORDS = frozenset({"amended", "amendment", "revised", "revision", "updated", "corrected", "correction",
                           "closure", "closing", "layoff", "layoffs", "temporary", "permanent"})
_SUFFIX_SHARE = 0.8


def place_suffix(cell: str | None) -> tuple[str, str] | None:
    """'Harper, Lowe & Associates, LLC - Kansas City' -> ('Harper, Lowe & Associates, LLC', 'Kansas City');
    None when nothing after a spaced dash names one town ('- Revised', '- Plant 2', 'Smith-Weller Foods')."""
    found = _PLACE_SUFFIX.fullmatch(cell.strip()) if cell and _has_dash(cell) else None
    if not found:
        return None
    town = found.group(2).strip()
    parts = _place_parts(town)
    if not parts or len(parts) != 1 or _is_state(parts[0]) or _STATUS_WORDS.intersection(parts[0].lower().split()):
        return None
    return found.group(1), town


def _has_dash(cell: str) -> bool:
    """Whether _PLACE_SUFFIX could match at all (most names have no dash): three C searches, no backtracking."""
    return "-" in cell or "–" in cell or "—" in cell


def is_name_place_column(cells: Iterable[object]) -> bool:
    """Nearly every sampled company cell ends ' - <town>': the column gives each notice's town after its name."""
    filled = [str(cell) for cell in cells if cell is not None and str(cell).strip()]
    suffixed = sum(1 for cell in filled if place_suffix(cell))
    return suffixed >= _FEWEST_PAIRS and suffixed >= _SUFFIX_SHARE * len(filled)
