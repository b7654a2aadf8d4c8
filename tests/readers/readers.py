"""What the reader checks share: running undoc, the samples, and a tally
that ends with the 'N passed, N failed' line and the exit status."""
import glob
import json
import os
import subprocess
import sys


class Tally:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, what, why=""):
        if ok:
            self.passed += 1
            print("ok", what)
        else:
            self.failed += 1
            print("FAIL", what + (": " + why if why else ""))

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)


def run(undoc, *args):
    """undoc's standard output, as text."""
    return subprocess.run([undoc, *args], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")


def parse(undoc, path, *options):
    """The JSON document undoc makes of a file."""
    return json.loads(run(undoc, "parse", "-q", *options, path))


def samples(root):
    return sorted(glob.glob(os.path.join(root, "samples/*.txt")))
