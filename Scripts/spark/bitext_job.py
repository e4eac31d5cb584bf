#!/usr/bin/env python3
"""Aligns a corpus of JSON-line documents on Spark with one model learned beforehand.

Every partition runs `bitext batch --jsonl --quiet --model model.bin` on its documents, so the pairs are
those of one `bitext batch` run over the whole corpus, whatever the partitioning (docs/spark.md).

    bitext learn corpus.tsv -o model.bin            # or: bitext learn --jsonl -o model.bin < docs.jsonl
    spark-submit Scripts/spark/bitext_job.py --model model.bin docs.jsonl pairs/

The model is shipped to the executors with SparkContext.addFile (as `spark-submit --files` does) and
found there with SparkFiles.get. `bitext` must be on the executors' PATH, or given with --bitext.
"""

import argparse
import os
import subprocess
import threading

from pyspark import SparkFiles


def align_partition(lines, model_name, bitext="bitext", options=()):
    """The pairs (JSON lines) of a partition's documents (JSON lines), streamed through one bitext batch.

    Runs on an executor: the model is the copy SparkFiles holds there. Exit status 2 (some documents
    failed, each an error record in the output) lets the job go on; any other failure stops it.
    """
    command = [bitext, "batch", "--jsonl", "--quiet", "--model", SparkFiles.get(model_name), *options]
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, encoding="utf-8", errors="strict"
    )

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.rstrip("\n") + "\n")
        finally:
            process.stdin.close()

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    for line in process.stdout:
        yield line.rstrip("\n")
    feeder.join()
    status = process.wait()
    if status not in (0, 2):
        raise RuntimeError(f"{' '.join(command)} exited with status {status}")


def align(context, documents, model_path, bitext="bitext", options=()):
    """The pairs of the `documents` RDD (JSON lines), aligned with the model at `model_path`, which is
    shipped to every executor."""
    context.addFile(model_path)
    name = os.path.basename(model_path)
    return documents.mapPartitions(lambda lines: align_partition(lines, name, bitext, tuple(options)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="the model bitext learn wrote")
    parser.add_argument("--bitext", default="bitext", help="the bitext executable on the executors")
    parser.add_argument("--partitions", type=int, help="repartition the documents into N partitions")
    parser.add_argument("--option", action="append", default=[], help="a bitext batch option (repeatable)")
    parser.add_argument("documents", help="JSON lines of documents: {id, zh, en} or {id, text}")
    parser.add_argument("output", help="the folder of the pairs' part files (JSON lines)")
    arguments = parser.parse_args()

    from pyspark import SparkContext

    context = SparkContext(appName="bitext")
    documents = context.textFile(arguments.documents)
    if arguments.partitions:
        documents = documents.repartition(arguments.partitions)
    align(context, documents, arguments.model, arguments.bitext, arguments.option).saveAsTextFile(
        arguments.output
    )
    context.stop()


if __name__ == "__main__":
    main()
