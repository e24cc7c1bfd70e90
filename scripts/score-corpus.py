#!/usr/bin/env python3
"""Score the reader on every corpus document, both samples and their vary-plan variants.

usage: scripts/score-corpus.py [--cmd "BIN import {} --json"] [--variants] [--combos] [--verbose]

--cmd is how to get duban.plan/1 JSON for a file ({} is the file); the default is the debug
`duban`. Prints a table per set (score, silent/wrong, flagged/needless) and the totals that
issue 11 asks for. Exits 0; it measures, the test suite asserts.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.path.join(ROOT, "Tests", "Fixtures", "corpus")
SCORER = os.path.join(ROOT, "Tests", "Tools", "score-import")
VARY = os.path.join(ROOT, "Tests", "Tools", "vary-plan")
COMBOS = ["halfwidth,crlf,wide-spaces,spaced-headers,page-furniture",
          "fullwidth,synonyms,page-furniture,no-preamble,crlf",
          "halfwidth,spaced-headers,synonyms,wide-spaces,no-preamble,page-furniture"]


def documents():
    """(name, document, gold) for the corpus and the samples."""
    for name in sorted(os.listdir(os.path.join(CORPUS, "docs"))):
        stem = name[:-4]
        yield stem, os.path.join(CORPUS, "docs", name), os.path.join(CORPUS, "gold", stem + ".gold.json")
    for stem in ("zhonglou-2022", "tianning-2022"):
        yield stem, os.path.join(ROOT, "Samples", stem + ".txt"), os.path.join(ROOT, "Tests", "Fixtures", "gold", stem + ".gold.json")


def score(cmd, doc, gold, verbose=False):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as out:
        run = subprocess.run(cmd.replace("{}", doc), shell=True, stdout=out, stderr=subprocess.PIPE, timeout=60)
    if run.returncode != 0:
        os.unlink(out.name)
        return {"score": 0.0, "refused": run.stderr.decode().strip()[:80], "silent": 0, "wrong": 0, "flagged": 0, "needless": 0, "paired": 0}
    args = [sys.executable, SCORER, gold, out.name] + (["--verbose"] if verbose else [])
    text = subprocess.run(args, capture_output=True, text=True).stdout
    os.unlink(out.name)
    result = {"score": float(re.search(r"score: ([\d.]+)", text).group(1)), "refused": None, "text": text}
    m = re.search(r"silent\s+(\d+)/(\d+)", text)
    result["silent"], result["wrong"] = int(m.group(1)), int(m.group(2))
    m = re.search(r"flagged\s+(\d+)/(\d+) paired tasks carry a warning, (\d+)", text)
    result["flagged"], result["paired"], result["needless"] = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return result


def variant(doc, names):
    out = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
    out.close()
    with open(out.name, "w") as f:
        subprocess.run([sys.executable, VARY, doc, names], stdout=f, check=True)
    return out.name


def main():
    args = sys.argv[1:]
    cmd = os.path.join(ROOT, ".build", "debug", "duban") + " import {} --json"
    if "--cmd" in args:
        cmd = args[args.index("--cmd") + 1]
    verbose = "--verbose" in args
    listing = subprocess.run([sys.executable, VARY, "--list"], capture_output=True, text=True).stdout
    names = [line.split()[0] for line in listing.splitlines() if line.strip()]
    totals = {"silent": 0, "wrong": 0}
    corpus_flag = {"flagged": 0, "needless": 0}
    corpus_scores = []
    print(f"{'document':28} {'score':>6} {'silent':>9} {'flagged':>12}")
    for stem, doc, gold in documents():
        r = score(cmd, doc, gold, verbose)
        totals["silent"] += r["silent"]
        totals["wrong"] += r["wrong"]
        if not stem.endswith("-2022") or stem[0].isdigit():
            corpus_scores.append(r["score"])
            corpus_flag["flagged"] += r["flagged"]
            corpus_flag["needless"] += r["needless"]
        note = f"  REFUSED {r['refused']}" if r["refused"] else ""
        print(f"{stem:28} {r['score']:6.3f} {r['silent']:4}/{r['wrong']:<4} {r['flagged']:4}/{r['paired']:<3} {r['needless']:3} right{note}")
        if verbose and r.get("text"):
            print("\n".join("    " + line for line in r["text"].splitlines() if line.startswith("  miss")))
    print(f"corpus mean {sum(corpus_scores) / len(corpus_scores):.3f}, min {min(corpus_scores):.3f}")
    print(f"silent {totals['silent']}/{totals['wrong']} wrong fields (corpus and samples)")
    print(f"flagged corpus tasks {corpus_flag['flagged']}, {corpus_flag['needless']} of them right anyway")
    if "--variants" in args or "--combos" in args:
        sets = names if "--variants" in args else []
        sets = sets + (COMBOS if "--combos" in args else [])
        worst = 0.0
        for stem, doc, gold in documents():
            base = score(cmd, doc, gold)["score"]
            cells = []
            for v in sets:
                path = variant(doc, v)
                s = score(cmd, path, gold)["score"]
                os.unlink(path)
                worst = max(worst, abs(s - base))
                mark = "" if abs(s - base) <= 0.01 else "!"
                cells.append(f"{s:.3f}{mark}")
            print(f"{stem:28} {base:.3f} | " + " ".join(cells))
        print(f"variants: {', '.join(sets)}")
        print(f"largest move from the plain document: {worst:.3f}")


if __name__ == "__main__":
    main()
