#!/usr/bin/env python3
"""Loads the concatenated JSONL of several bitext runs with Hugging Face datasets, as
`datasets.load_dataset('json', data_files=…)`; BitextCLITests runs it.

    datasets_load.py PAIRS.jsonl SCHEMA.json

Checks that every line is a row, that the columns are the schema's, and that the rows are the lines.
Exit status: 0 loaded; 1 it does not load as expected; 77 datasets is missing (the test is skipped).
"""

import json
import os
import sys
import tempfile

# Nothing is fetched: the data are local, and so is the cache, in a folder removed when the script ends.
scratch = tempfile.TemporaryDirectory(prefix="bitext-datasets-")
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("HF_HOME", os.path.join(scratch.name, "hf"))

try:
    import datasets
except ImportError:
    print("datasets is not installed: pip install datasets (.ci/run does)")
    scratch.cleanup()
    sys.exit(77)


def main():
    path, schema_path = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as file:
        columns = sorted(json.load(file)["properties"])
    with open(path, encoding="utf-8") as file:
        lines = [json.loads(line) for line in file]
    cache = os.path.join(scratch.name, "cache")
    dataset = datasets.load_dataset("json", data_files=path, split="train", cache_dir=cache)
    problems = []
    if dataset.num_rows != len(lines):
        problems.append(f"{dataset.num_rows} rows for {len(lines)} lines")
    if sorted(dataset.column_names) != columns:
        problems.append(f"columns {sorted(dataset.column_names)}, the schema's {columns}")
    for index, (row, line) in enumerate(zip(dataset, lines)):
        if row != line:
            problems.append(f"row {index} is {row}, line {index} is {line}")
            break
    documents = sorted(set(dataset["document"]))
    print(f"datasets {datasets.__version__}: {dataset.num_rows} rows of {len(documents)} documents")
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    try:
        main()
    finally:
        scratch.cleanup()
