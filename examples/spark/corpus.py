"""A synthetic news corpus for tests and benchmarks: JSON Lines of ``{id, text, date, lang}``.

Articles are assembled from templates written for this project (French and English): joint
exercises (some named, told by several articles), visits, talks, agreements, deployments and
patrols between countries, with officials, places and dates in the forms the engine reads
("du 8 au 19 juillet", "on 4 June", "mardi"), plus sentences of background. Deterministic for a
seed, so the same corpus can be analysed by the command line and by Spark.

    python corpus.py 2000 corpus.jsonl [--seed 7] [--bad]

``--bad`` adds malformed rows (no text, a bad date) for the errors table.
"""

from __future__ import annotations

import json
import random
import sys
from typing import Dict, Iterator, List, Optional

# (French name, English name)
COUNTRIES = [
    ("la France", "France"), ("l'Allemagne", "Germany"), ("la Russie", "Russia"),
    ("la Chine", "China"), ("l'Inde", "India"), ("la Biélorussie", "Belarus"),
    ("le Kazakhstan", "Kazakhstan"), ("le Japon", "Japan"), ("les États-Unis", "the United States"),
    ("l'Italie", "Italy"), ("l'Espagne", "Spain"), ("la Pologne", "Poland"),
    ("l'Égypte", "Egypt"), ("le Maroc", "Morocco"), ("le Sénégal", "Senegal"),
    ("l'Indonésie", "Indonesia"), ("le Vietnam", "Vietnam"), ("la Mongolie", "Mongolia"),
]
CITIES = ["Minsk", "Astana", "Varsovie", "Berlin", "Rome", "Madrid", "Dakar", "Rabat", "Jakarta",
          "Hanoï", "Oulan-Bator", "Tokyo", "Le Caire", "Lyon", "Naples", "Séville", "Cracovie"]
CITIES_EN = ["Minsk", "Astana", "Warsaw", "Berlin", "Rome", "Madrid", "Dakar", "Rabat", "Jakarta",
             "Hanoi", "Ulaanbaatar", "Tokyo", "Cairo", "Lyon", "Naples", "Seville", "Krakow"]
SURNAMES = ["Moreau", "Keller", "Ivanov", "Zhang", "Sharma", "Novik", "Abenov", "Tanaka",
            "Walker", "Ricci", "Ortega", "Nowak", "Farouk", "Benali", "Diop", "Santoso", "Tran"]
FIRST = ["Claire", "Markus", "Pavel", "Wei", "Anil", "Olga", "Daulet", "Kenji", "Laura",
         "Marco", "Lucia", "Piotr", "Samir", "Nadia", "Awa", "Budi", "Linh"]
NAMES = ["Bouclier des steppes", "Horizon commun", "Vent du nord", "Trident bleu",
         "Aigle de sable", "Rempart oriental", "Falaise grise", "Étoile du désert"]
NAMES_EN = ["Steppe Shield", "Common Horizon", "North Wind", "Blue Trident",
            "Sand Eagle", "Eastern Rampart", "Grey Cliff", "Desert Star"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

FR_EVENTS = [
    "{a} et {b} ont entamé {when} un exercice militaire conjoint près de {city}, a annoncé le "
    "ministère de la Défense de {a_plain}.",
    "Les forces de {a_plain} et de {b_plain} participeront {when} à l'exercice « {name}-{year} » "
    "à {city}.",
    "Le ministre de la Défense de {a_plain}, {person}, s'est rendu {when} à {city} pour une "
    "visite officielle.",
    "{a} et {b} ont signé {when} un accord de coopération militaire à {city}.",
    "Des responsables de {a_plain} et de {b_plain} se sont réunis {when} à {city} pour des "
    "consultations sur la sécurité régionale.",
    "{a} a déployé {when} un bataillon de 400 soldats sur le territoire de {b_plain}.",
    "Les marines de {a_plain} et de {b_plain} ont mené {when} une patrouille conjointe au large "
    "de {city}.",
]
EN_EVENTS = [
    "{a} and {b} began a joint military exercise near {city} {when}, the defence ministry of "
    "{a} said.",
    "Troops from {a} and {b} will take part in the {name}-{year} exercise in {city} {when}.",
    "The defence minister of {a}, {person}, travelled to {city} {when} for an official visit.",
    "{a} and {b} signed a military cooperation agreement in {city} {when}.",
    "Officials from {a} and {b} met in {city} {when} for talks on regional security.",
    "{a} deployed a battalion of 400 soldiers to {b} {when}.",
    "The navies of {a} and {b} conducted a joint patrol off {city} {when}.",
]
FR_FILLER = [
    "Selon des analystes, ces activités traduisent un rapprochement entamé il y a plusieurs "
    "années.",
    "Aucun incident n'a été signalé pendant les manœuvres, selon un communiqué.",
    "Les deux armées prévoient de poursuivre leurs échanges l'an prochain.",
    "Plusieurs observateurs étrangers ont été invités à suivre les opérations.",
    "Le porte-parole a rappelé que ces activités ne visaient aucun pays tiers.",
    "La coopération porte notamment sur la logistique, la formation et le renseignement.",
]
EN_FILLER = [
    "Analysts say the activities reflect a rapprochement that began several years ago.",
    "No incident was reported during the manoeuvres, according to a statement.",
    "Both armies plan to continue their exchanges next year.",
    "Several foreign observers were invited to follow the operations.",
    "The spokesman said the activities were not aimed at any third country.",
    "The cooperation covers logistics, training and intelligence in particular.",
]


def _plain(fr: str) -> str:
    """'la France' → 'France', "l'Inde" → 'Inde' (after 'de')."""
    for art in ("la ", "le ", "les ", "l'"):
        if fr.startswith(art):
            return fr[len(art):]
    return fr


def _article(rng: random.Random, n: int, lang: str) -> Dict[str, Optional[str]]:
    year = rng.choice([2021, 2022, 2023, 2024])
    month = rng.randrange(12)
    date = f"{year}-{month + 1:02d}-{rng.randint(1, 28):02d}"
    sentences: List[str] = []
    for _ in range(rng.randint(3, 7)):
        (a_fr, a_en), (b_fr, b_en) = rng.sample(COUNTRIES, 2)
        ci = rng.randrange(len(CITIES))
        day, span = rng.randint(1, 18), rng.randint(2, 9)
        ni = rng.randrange(len(NAMES))
        person_i = rng.randrange(len(SURNAMES))
        person = f"{FIRST[person_i]} {SURNAMES[person_i]}"
        if lang == "fr":
            when = rng.choice([f"le {day} {MOIS[month]}", f"du {day} au {day + span} {MOIS[month]}",
                               "mardi", f"le {day} {MOIS[month]} {year}", "la semaine dernière"])
            t = rng.choice(FR_EVENTS)
            s = t.format(a=a_fr[0].upper() + a_fr[1:], b=b_fr, a_plain=_plain(a_fr),
                         b_plain=_plain(b_fr), city=CITIES[ci], when=when, name=NAMES[ni],
                         year=year, person=person)
            sentences.append(s)
            sentences.extend(rng.sample(FR_FILLER, rng.randint(2, 4)))
        else:
            when = rng.choice([f"on {MONTHS[month]} {day}", f"from {MONTHS[month]} {day} to "
                               f"{day + span}", "on Tuesday", f"on {day} {MONTHS[month]} {year}",
                               "last week"])
            t = rng.choice(EN_EVENTS)
            s = t.format(a=a_en[0].upper() + a_en[1:], b=b_en, city=CITIES_EN[ci], when=when,
                         name=NAMES_EN[ni], year=year, person=person)
            sentences.append(s)
            sentences.extend(rng.sample(EN_FILLER, rng.randint(2, 4)))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return {"id": f"doc-{n:06d}", "text": "\n\n".join(paragraphs), "date": date,
            "lang": rng.choice([lang, None])}


def generate(count: int, seed: int = 7, bad: bool = False) -> Iterator[Dict[str, Optional[str]]]:
    """``count`` articles (half French, half English); with ``bad``, two malformed rows more:
    one without text (``bad-no-text``) and one with a bad date (``bad-date``)."""
    rng = random.Random(seed)
    for n in range(count):
        yield _article(rng, n, "fr" if n % 2 == 0 else "en")
        if bad and n == count // 3:
            yield {"id": "bad-no-text", "text": None, "date": "2024-01-01", "lang": "fr"}
        if bad and n == 2 * count // 3:
            yield {"id": "bad-date", "text": "Des soldats ont défilé.", "date": "2024-13-45",
                   "lang": "fr"}


def main(argv: List[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
    with open(argv[1], "w", encoding="utf-8") as out:
        for rec in generate(int(argv[0]), seed, "--bad" in argv):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
