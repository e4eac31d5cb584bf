#!/usr/bin/env python3
"""Check Sources/Bitext/Resources/gazetteer.tsv as shipped (no Babel needed): the format the Swift loader
reads, no duplicates, sorted, and the names the seed articles use present.

    python3 Scripts/gazetteer/check_gazetteer.py [FILE]

Exit 1 with one line per problem (FILE:LINE: message).
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
KINDS = ("country", "city", "person", "organization", "province", "place", "other", "word")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
# Names the seeds (seeds/*.txt) and the brief rely on: (Traditional, an English variant).
REQUIRED = [
    ("習近平", "Xi Jinping"), ("普京", "Putin"), ("普丁", "Putin"), ("俄羅斯", "Russia"), ("烏克蘭", "Ukraine"),
    ("巴西", "Brazil"), ("中國", "China"), ("中國", "Chinese"), ("全球南方", "Global South"), ("新華社", "Xinhua"),
    ("北京", "Beijing"), ("美國", "U.S."), ("春節", "Spring Festival"), ("聯合國", "UN"),
    ("上海合作組織", "SCO"), ("金磚國家", "BRICS"), ("一帶一路", "Belt and Road Initiative"), ("台灣", "Taiwan"),
    ("紹伊古", "Shoigu"), ("人民大會堂", "Great Hall of the People"), ("蘇聯", "Soviet Union"),
    ("世界反法西斯戰爭", "World Anti-Fascist War"), ("偉大衛國戰爭", "Great Patriotic War"),
    ("中國人民抗日戰爭", "Chinese People's War of Resistance against Japanese Aggression"),
    ("第二次世界大戰", "World War II"), ("聯合國憲章", "UN Charter"), ("烏克蘭危機", "Ukraine crisis"),
    ("中俄", "China-Russia"), ("俄美", "Russia-U.S."), ("新華網", "Xinhuanet"),
    ("全國人民代表大會", "NPC"), ("國務院", "State Council"), ("外交部", "Foreign Ministry"),
    ("中國共產黨", "CPC"), ("李強", "Li Qiang"), ("王毅", "Wang Yi"), ("特朗普", "Trump"), ("川普", "Trump"),
    ("拜登", "Biden"), ("盧拉", "Lula"), ("莫迪", "Modi"), ("澤連斯基", "Zelensky"), ("古特雷斯", "Guterres"),
    ("世界貿易組織", "WTO"), ("世界衛生組織", "WHO"), ("國際貨幣基金組織", "IMF"), ("世界銀行", "World Bank"),
    ("北約", "NATO"), ("歐盟", "EU"), ("非洲聯盟", "AU"), ("石油輸出國組織", "OPEC"), ("東盟", "ASEAN"),
    ("亞太經合組織", "APEC"), ("二十國集團", "G20"), ("香港", "Hong Kong"), ("澳門", "Macao"),
]


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "Sources/Bitext/Resources/gazetteer.tsv"
    problems, seen, keys, entries = [], set(), [], {}
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        where = f"{path}:{number}"
        fields = line.split("\t")
        if len(fields) != 4 or not all(fields):
            problems.append(f"{where}: expected 4 non-empty tab-separated fields")
            continue
        trad, simp, english, kind = fields
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind '{kind}'")
        for text in (trad, simp):
            if len(HAN.findall(text)) < 2 or LATIN.search(text):
                problems.append(f"{where}: '{text}' needs two or more Han characters and no Latin letters")
        variants = english.split("|")
        if any(not v or v != v.strip() or not LATIN.search(v) or HAN.search(v) for v in variants):
            problems.append(f"{where}: bad English variant in '{english}'")
        if len(set(variants)) != len(variants):
            problems.append(f"{where}: repeated English variant in '{english}'")
        if line in seen:
            problems.append(f"{where}: duplicate line")
        if (trad, simp, kind) in entries:
            problems.append(f"{where}: '{trad}' ({kind}) already on line {entries[(trad, simp, kind)][0]}")
        seen.add(line)
        entries[(trad, simp, kind)] = (number, variants)
        keys.append((KINDS.index(kind) if kind in KINDS else 99, variants[0].casefold(), variants[0], trad, simp))
    for a, b in zip(keys, keys[1:]):
        if b < a:
            problems.append(f"{path}: not sorted by kind then English near '{b[3]}'")
            break
    by_trad = {}
    for (trad, _, _), (_, variants) in entries.items():
        by_trad.setdefault(trad, set()).update(variants)
    for trad, english in REQUIRED:
        if english not in by_trad.get(trad, ()):
            problems.append(f"{path}: missing '{trad}' → '{english}'")
    for p in problems:
        print(p)
    counts = {k: sum(1 for (_, _, kind) in entries if kind == k) for k in KINDS}
    print(f"{len(entries)} entries; " + ", ".join(f"{k} {n}" for k, n in counts.items()), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
