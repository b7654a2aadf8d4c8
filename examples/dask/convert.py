#!/usr/bin/python3
"""Convert a tree (or a list) of UN documents with undoc on a Dask cluster.

Each task runs `undoc parse` over one shard of the files on a worker; a
document undoc cannot read is reported (its file, code and message) and the
rest of its shard still converts, never retried; a task whose undoc process
dies (a signal, a lost worker) is retried at most --retries times, then its
shard is reported as failed. The output is the same as one local run over the
same files in the same order:

  --jsonl FILE   JSON Lines rows (`undoc parse -f jsonl`), gathered through
                 the scheduler in shard order and written to FILE;
  --out-dir DIR  one JSON file per document under DIR, the tree kept
                 (`undoc parse -o DIR/`), written by the workers themselves:
                 DIR must be one the workers share (NFS, the same machine).

Examples:
  # a local cluster of 2 worker processes
  python3 examples/dask/convert.py --local 2 --jsonl all.jsonl docs/
  # a cluster started by hand (dask-scheduler; dask-worker tcp://HOST:8786 on each machine)
  python3 examples/dask/convert.py --scheduler tcp://HOST:8786 --out-dir /shared/json /shared/docs
  # a list of paths, one per line
  python3 examples/dask/convert.py --local 2 --list paths.txt --jsonl all.jsonl

Exit status: 0 every document converted; 1 some were reported as failed;
2 usage errors. Needs python3-distributed (Debian) and undoc on each worker
(--undoc PATH, default: `undoc` on the PATH).
"""
import argparse
import os
import re
import subprocess
import sys
import time

EXTENSIONS = (".txt", ".pdf")


def expand(inputs, list_file):
    """The files to convert, in the order undoc itself would take them:
    arguments in order, a directory's .txt and .pdf files below it sorted."""
    paths = []
    if list_file:
        with open(list_file, encoding="utf-8") as f:
            paths += [line.rstrip("\n") for line in f if line.strip()]
    for a in inputs:
        if os.path.isdir(a):
            found = []
            for root, dirs, files in os.walk(a):
                for name in files:
                    if name.lower().endswith(EXTENSIONS):
                        found.append(os.path.join(root, name))
            # (undoc's order: paths compared component by component)
            paths += sorted(found, key=lambda p: p.split(os.sep))
        else:
            paths.append(a)
    return paths


# `undoc` reports an input it cannot read on standard error as
# "FILE: error: MESSAGE [CODE]" and goes on with the others.
ERROR_LINE = re.compile(r"^(?P<file>.*?): error: (?P<message>.*) \[(?P<code>E-[A-Z0-9-]+)\]$")


def run_shard(undoc, shard, mode, out_dir, base):
    """Runs undoc over one shard on a worker. Returns (JSON Lines bytes,
    failures); raises when an undoc process itself died, so Dask may retry.
    (-q: the documents' own diagnostics stay in their JSON; what is left on
    standard error are the inputs undoc could not read.)"""
    if mode == "jsonl":
        p = subprocess.run([undoc, "parse", "-q", "-j", "1", "-f", "jsonl", *shard], capture_output=True)
        if p.returncode < 0:
            raise RuntimeError(f"undoc died with signal {-p.returncode} on the shard from {shard[0]}")
        return p.stdout, parse_errors(p.stderr)
    # one JSON file per document, the tree below `base` kept: one undoc run per
    # directory of the shard, writing into the same directory under out_dir
    groups = {}
    for path in shard:
        rel = os.path.relpath(path, base) if base else os.path.basename(path)
        groups.setdefault(os.path.dirname(rel), []).append(path)
    failures = []
    for sub, paths in groups.items():
        target = os.path.join(out_dir, sub)
        os.makedirs(target, exist_ok=True)
        p = subprocess.run([undoc, "parse", "-q", "-j", "1", "-o", target + os.sep, *paths], capture_output=True)
        if p.returncode < 0:
            raise RuntimeError(f"undoc died with signal {-p.returncode} on {paths[0]}")
        failures += parse_errors(p.stderr)
    return b"", failures


def parse_errors(stderr):
    failures = []
    for line in stderr.decode("utf-8", "replace").splitlines():
        m = ERROR_LINE.match(line)
        if m:
            failures.append((m["file"], m["code"], m["message"]))
    return failures


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="See the module's docstring (or the README) for examples.")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler, tcp://HOST:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N worker processes")
    out = ap.add_mutually_exclusive_group(required=True)
    out.add_argument("--jsonl", metavar="FILE", help="write the JSON Lines rows of every document to FILE")
    out.add_argument("--out-dir", metavar="DIR", help="write one JSON file per document under DIR (shared by the workers)")
    ap.add_argument("--list", metavar="FILE", help="a file of input paths, one per line")
    ap.add_argument("--undoc", default="undoc", help="the undoc program on the workers (default: undoc on the PATH)")
    ap.add_argument("--shard-size", type=int, default=50, help="files per task (default 50)")
    ap.add_argument("--retries", type=int, default=1, help="times a task whose undoc died is tried again (default 1)")
    ap.add_argument("inputs", nargs="*", help="files and directories (.txt and .pdf below a directory)")
    a = ap.parse_args(argv)
    files = expand(a.inputs, a.list)
    if not files:
        ap.error("no input files")
    if a.shard_size < 1:
        ap.error("--shard-size must be at least 1")
    # (one directory argument: its tree is kept under --out-dir, as undoc keeps it)
    base = a.inputs[0] if a.out_dir and len(a.inputs) == 1 and os.path.isdir(a.inputs[0]) and not a.list else None

    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=a.local, threads_per_worker=1, processes=True,
                           dashboard_address=None) if a.local else None
    client = Client(cluster if cluster else a.scheduler)
    try:
        shards = [files[i:i + a.shard_size] for i in range(0, len(files), a.shard_size)]
        mode = "jsonl" if a.jsonl else "dir"
        out_dir = os.path.abspath(a.out_dir) if a.out_dir else None
        futures = [client.submit(run_shard, a.undoc, shard, mode, out_dir, base, retries=a.retries, pure=False,
                                 key=f"undoc-shard-{k}") for k, shard in enumerate(shards)]
        failed = []
        done = 0
        started = time.monotonic()
        sink = open(a.jsonl + ".part", "wb") if a.jsonl else None
        try:
            # results in shard order, so the output is a local run's, byte for byte
            for k, (future, shard) in enumerate(zip(futures, shards)):
                try:
                    data, failures = future.result()
                except Exception as e:  # the shard's undoc died, and its retries too
                    failed += [(path, "E-TASK", f"shard {k} failed: {e}") for path in shard]
                    continue
                if sink:
                    sink.write(data)
                failed += failures
                done += len(shard)
                if sys.stderr.isatty():
                    rate = done / max(time.monotonic() - started, 1e-9)
                    print(f"\r{done}/{len(files)} files, {rate:.0f}/s", end="", file=sys.stderr)
            if sys.stderr.isatty():
                print("\r\033[K", end="", file=sys.stderr)
        finally:
            if sink:
                sink.close()
        if sink:
            os.replace(a.jsonl + ".part", a.jsonl)
    finally:
        client.close()
        if cluster:
            cluster.close()
    for path, code, message in failed:
        print(f"{path}: error: {message} [{code}]", file=sys.stderr)
    print(f"{len(files) - len(failed)} of {len(files)} documents converted, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
