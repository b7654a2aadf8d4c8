#!/usr/bin/python3
"""examples/dask/convert.py on a LocalCluster of 2 workers, against one local
undoc run over the same generated corpus: the JSON Lines byte for byte, the
per-document JSON tree file for file; an unreadable document reported, the
rest converted; a shard whose undoc dies tried again once, then reported, not
retried forever. Exit 77 (skipped) without python3-distributed.
    check_dask.py UNDOC ROOT"""
import filecmp
import os
import shutil
import stat
import subprocess
import sys
import tempfile

undoc, root = os.path.abspath(sys.argv[1]), sys.argv[2]
try:
    import distributed  # noqa: F401
except ImportError:
    print("SKIP: python3-distributed is not installed")
    sys.exit(77)
script = os.path.join(root, "examples/dask/convert.py")
passed = failed = 0


def check(ok, what, why=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok", what)
    else:
        failed += 1
        print("FAIL", what, why)


tmp = tempfile.mkdtemp()
try:
    tree = os.path.join(tmp, "tree")
    samples = sorted(f for f in os.listdir(os.path.join(root, "samples")) if f.endswith(".txt"))
    n = 0
    for k in range(4):  # 4 copies of the samples in a tree of subdirectories: about 280 documents
        for i, f in enumerate(samples):
            sub = os.path.join(tree, f"part{k}", f"group{i % 3}") if i % 2 else os.path.join(tree, f"part{k}")
            os.makedirs(sub, exist_ok=True)
            shutil.copy(os.path.join(root, "samples", f), os.path.join(sub, f"{k}-{f}"))
            n += 1
    with open(os.path.join(tree, "part1", "broken.txt"), "wb") as f:
        f.write(b"\x00\x01\x02 not text")
    n += 1
    run = lambda *a, **kw: subprocess.run(list(a), capture_output=True, **kw)  # noqa: E731

    # JSON Lines: one local run against the cluster's
    local = run(undoc, "parse", "-q", "-j", "1", "-f", "jsonl", tree)
    dask_jsonl = os.path.join(tmp, "dask.jsonl")
    d = run(sys.executable, script, "--local", "2", "--shard-size", "25", "--undoc", undoc, "--jsonl", dask_jsonl, tree)
    got = open(dask_jsonl, "rb").read() if os.path.exists(dask_jsonl) else b""
    check(local.stdout and got == local.stdout, f"JSON Lines of {n} documents on 2 workers equal a local run's",
          f"{len(got)} bytes against {len(local.stdout)}; {d.stderr.decode()[-500:]}")
    err = d.stderr.decode()
    check(d.returncode == 1 and "broken.txt: error: " in err and "[E-BINARY]" in err and
          f"{n - 1} of {n} documents converted, 1 failed" in err,
          "the unreadable document is reported, the rest converted, exit 1", err[-500:])

    # one JSON file per document, the tree kept
    local_dir, dask_dir = os.path.join(tmp, "local-out"), os.path.join(tmp, "dask-out")
    run(undoc, "parse", "-q", "-j", "1", "-o", local_dir + "/", tree)
    d = run(sys.executable, script, "--local", "2", "--shard-size", "30", "--undoc", undoc, "--out-dir", dask_dir, tree)

    def files(top):
        out = {}
        for r, _, fs in os.walk(top):
            for f in fs:
                out[os.path.relpath(os.path.join(r, f), top)] = os.path.join(r, f)
        return out
    a, b = files(local_dir), files(dask_dir)
    same = a.keys() == b.keys() and all(filecmp.cmp(a[k], b[k], shallow=False) for k in a)
    check(len(a) == n - 1 and same, f"--out-dir: the same {len(a)} files, byte for byte, as undoc -o DIR/",
          f"{len(a)} local, {len(b)} dask; only local: {sorted(a.keys() - b.keys())[:3]}; only dask: {sorted(b.keys() - a.keys())[:3]}")

    # an undoc that dies on one shard: retried once, then reported; the others converted
    wrapper = os.path.join(tmp, "dying-undoc")
    count = os.path.join(tmp, "tries")
    with open(wrapper, "w") as f:
        f.write(f"""#!/bin/sh
case "$*" in *poison*) echo x >> {count}; kill -9 $$ ;; esac
exec {undoc} "$@"
""")
    os.chmod(wrapper, os.stat(wrapper).st_mode | stat.S_IEXEC)
    shutil.copy(os.path.join(root, "samples", samples[0]), os.path.join(tree, "part2", "poison.txt"))
    d = run(sys.executable, script, "--local", "2", "--shard-size", "25", "--retries", "1", "--undoc", wrapper,
            "--jsonl", os.path.join(tmp, "p.jsonl"), tree, timeout=600)
    err = d.stderr.decode()
    tries = len(open(count).read().split()) if os.path.exists(count) else 0
    check(d.returncode == 1 and "[E-TASK]" in err and tries == 2 and "documents converted" in err,
          "a shard whose undoc dies: tried twice, then reported", f"tries {tries}; {err[-400:]}")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
