#!/usr/bin/env python3
"""Runs Scripts/spark/bitext_job.py's stage on Spark in local mode: one partition, two and three give
the pairs, byte for byte, of one `bitext batch --jsonl --model` run. BitextCLITests runs it.

    spark_partitions.py BITEXT MODEL DOCUMENTS.jsonl [BATCH OPTION…]

Exit status: 0 identical; 1 they differ; 77 pyspark or Java is missing (the test is skipped).
"""

import os
import subprocess
import sys
import time

try:
    from pyspark import SparkConf, SparkContext
except ImportError:
    print("pyspark is not installed: pip install pyspark (.ci/run does)")
    sys.exit(77)

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "Scripts", "spark"))
import bitext_job  # noqa: E402


def main():
    bitext, model, documents_path, *options = sys.argv[1:]
    with open(documents_path, encoding="utf-8") as file:
        # Not splitlines(): it also splits at U+2028 and U+0085, which JSON strings may hold as they are.
        documents = [line for line in file.read().split("\n") if line]
    run = subprocess.run(
        [bitext, "batch", "--jsonl", "--quiet", "--model", model, *options],
        input="\n".join(documents) + "\n", capture_output=True, encoding="utf-8",
    )
    if run.returncode != 0:
        print(f"bitext batch exited with status {run.returncode}: {run.stderr}")
        sys.exit(1)
    single = run.stdout.split("\n")[:-1]

    started = time.monotonic()
    configuration = (
        SparkConf().setMaster("local[2]").setAppName("bitext-partitions")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
    )
    context = SparkContext(conf=configuration)
    context.setLogLevel("ERROR")
    # The executors' Python workers import the stage from it, as spark-submit ships a job's own script.
    context.addPyFile(bitext_job.__file__)
    failed = False
    try:
        for partitions in (1, 2, 3):
            rdd = context.parallelize(documents, partitions)
            pairs = bitext_job.align(context, rdd, model, bitext, options).collect()
            same = pairs == single
            print(f"{partitions} partition(s): {len(pairs)} pairs, {'identical' if same else 'DIFFERENT'}")
            failed = failed or not same or not pairs
    finally:
        context.stop()
    print(f"spark: {time.monotonic() - started:.1f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
