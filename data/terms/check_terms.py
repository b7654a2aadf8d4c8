#!/usr/bin/env python3
"""Check undoc's UN term lists (data/terms/*.txt).

Usage: check_terms.py [FILE...]   (default: every *.txt beside this script)

Each non-blank line that does not start with '#' is an entry:
    term                 the term is one word
    term<TAB>w1 w2 ...   the term is recognised whole and emitted as these words

Checks: UTF-8 without BOM or CR; one TAB at most; the words are separated by
single spaces, at least two of them, and concatenate exactly to the term; no
single-character term; a term holds only CJK ideographs, Latin letters, digits,
'·' and '-'; no term appears twice, within a file or across files.
Prints the entry counts per file; exits 1 if any problem was found.
"""
import os
import sys


def allowed(ch):
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF       # CJK Unified Ideographs
        or 0x3400 <= cp <= 0x4DBF    # Extension A
        or 0x20000 <= cp <= 0x323AF  # Extensions B-H
        or 0xF900 <= cp <= 0xFAFF    # Compatibility Ideographs
        or 0x3007 == cp              # 〇
        or 'A' <= ch <= 'Z' or 'a' <= ch <= 'z'
        or '0' <= ch <= '9'
        or ch in '·-'
    )


def check_file(path, seen, problems):
    counts = {'entries': 0, 'one word': 0, 'split': 0}
    name = os.path.basename(path)

    def bad(lineno, msg):
        problems.append(f'{name}:{lineno}: {msg}')

    try:
        raw = open(path, 'rb').read()
    except OSError as e:
        problems.append(f'{name}: cannot read: {e}')
        return counts
    if raw.startswith(b'\xef\xbb\xbf'):
        bad(1, 'byte order mark')
        raw = raw[3:]
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        problems.append(f'{name}: not UTF-8: {e}')
        return counts
    if '\r' in text:
        bad(text[:text.index('\r')].count('\n') + 1, 'carriage return')
        text = text.replace('\r', '')
    if text and not text.endswith('\n'):
        bad(text.count('\n') + 1, 'no newline at end of file')

    for lineno, line in enumerate(text.split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            if line.strip() == '' and line != '':
                bad(lineno, 'blank line with whitespace')
            continue
        if line != line.strip():
            bad(lineno, 'leading or trailing whitespace')
            line = line.strip()
        fields = line.split('\t')
        if len(fields) > 2:
            bad(lineno, 'more than one TAB')
            continue
        term = fields[0]
        if ' ' in term or '\u3000' in term:
            bad(lineno, f'space in term {term!r} (use a TAB before the words)')
            continue
        counts['entries'] += 1
        if len(term) < 2:
            bad(lineno, f'single-character term {term!r}')
        odd = sorted({c for c in term if not allowed(c)})
        if odd:
            bad(lineno, f'term {term!r} has characters outside CJK/Latin/digit/·/-: '
                        + ' '.join(f'U+{ord(c):04X}' for c in odd))
        if len(fields) == 2:
            counts['split'] += 1
            split = fields[1]
            words = split.split(' ')
            if any(w == '' for w in words):
                bad(lineno, f'empty word (double or edge space) in {split!r}')
            elif len(words) < 2:
                bad(lineno, f'split of {term!r} has one word: write the term alone')
            if ''.join(words) != term:
                bad(lineno, f'words {split!r} do not concatenate to {term!r}')
        else:
            counts['one word'] += 1
        if term in seen:
            bad(lineno, f'duplicate term {term!r} (first at {seen[term]})')
        else:
            seen[term] = f'{name}:{lineno}'
    return counts


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv[1:] or sorted(
        os.path.join(here, f) for f in os.listdir(here) if f.endswith('.txt'))
    seen, problems, total = {}, [], {'entries': 0, 'one word': 0, 'split': 0}
    rows = []
    for p in paths:
        c = check_file(p, seen, problems)
        rows.append((os.path.basename(p), c))
        for k in total:
            total[k] += c[k]
    for p in problems:
        print(p, file=sys.stderr)
    w = max([len(n) for n, _ in rows] + [5])
    print(f'{"file":<{w}}  entries  one-word  split')
    for n, c in rows + [('total', total)]:
        print(f'{n:<{w}}  {c["entries"]:>7}  {c["one word"]:>8}  {c["split"]:>5}')
    if problems:
        print(f'{len(problems)} problem(s)', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
