#!/usr/bin/env python3
"""Metamorphic stress beyond vary-plan's fixed seeds: every corpus document and sample under
vary-plan's variants with many seeds, and under rewrites of our own that keep the meaning
(blank lines between lines, a running header every page, web-page chrome, GB18030 bytes,
full-width digits in numbering). Prints each case whose score moves by more than 0.01.

usage: scripts/stress-variants.py [--cmd "BIN import {} --json"] [--seeds N]
"""
import importlib.machinery
import importlib.util
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
loader = importlib.machinery.SourceFileLoader("vary_plan", os.path.join(ROOT, "Tests", "Tools", "vary-plan"))
spec = importlib.util.spec_from_loader("vary_plan", loader)
vary = importlib.util.module_from_spec(spec)
loader.exec_module(vary)
corpus = importlib.util.spec_from_file_location("score_corpus", os.path.join(ROOT, "scripts", "score-corpus.py"))
score_corpus = importlib.util.module_from_spec(corpus)
corpus.loader.exec_module(score_corpus)


def blank_between(text, rng):
    return "\n\n".join(text.split("\n"))


def running_header(text, rng):
    lines = text.split("\n")
    header = rng.choice(["某某区人民政府办公室  某政办〔2022〕3号", "某市人民政府文件 某政发〔2023〕12号"])
    out, next_break = [], rng.randint(30, 60)
    for i, line in enumerate(lines):
        out.append(line)
        if i == next_break:
            out.append(header)
            next_break = i + rng.randint(30, 60)
    return "\n".join(out)


def web_chrome(text, rng):
    top = ["首页 > 政务公开 > 政策文件", "来源：本网  发布日期：2022-02-14  点击数：1203", "【打印】 【关闭】"]
    bottom = ["分享到：", "扫一扫在手机打开当前页"]
    return "\n".join(top) + "\n" + text + "\n" + "\n".join(bottom) + "\n"


def fullwidth_digits(text, rng):
    table = str.maketrans("0123456789", "０１２３４５６７８９")
    return re.sub(r"(?m)^(\s*)(\d{1,2})([.、．])", lambda m: m.group(1) + m.group(2).translate(table) + m.group(3), text)


OWN = {"blank-between": blank_between, "running-header": running_header, "web-chrome": web_chrome,
       "fullwidth-digits": fullwidth_digits}


def main():
    args = sys.argv[1:]
    cmd = os.path.join(ROOT, ".build", "debug", "duban") + " import {} --json"
    if "--cmd" in args:
        cmd = args[args.index("--cmd") + 1]
    seeds = int(args[args.index("--seeds") + 1]) if "--seeds" in args else 3
    names = list(vary.VARIANTS)
    moved = total = 0
    for stem, doc, gold in score_corpus.documents():
        with open(doc, encoding="utf-8") as f:
            original = f.read()
        base = score_corpus.score(cmd, doc, gold)["score"]
        cases = [(n, s) for n in names + list(OWN) for s in range(seeds)] + [("gb18030", 0)]
        for seed in range(seeds):
            rng = random.Random(seed)
            cases.append((",".join(rng.sample(names + list(OWN), 5)), seed))
        for name, seed in cases:
            rng = random.Random(f"{name}:{seed}")
            text, encoding = original, "utf-8"
            for part in name.split(","):
                if part == "gb18030":
                    encoding = "gb18030"
                elif part in OWN:
                    text = OWN[part](text, rng)
                else:
                    text = vary.VARIANTS[part](text, rng)
            with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
                f.write(text.encode(encoding))
            s = score_corpus.score(cmd, f.name, gold)["score"]
            os.unlink(f.name)
            total += 1
            if abs(s - base) > 0.01:
                moved += 1
                print(f"{stem:24} {name}:{seed}  {base:.3f} -> {s:.3f}")
    print(f"{moved} of {total} rewrites moved the score by more than 0.01")


if __name__ == "__main__":
    main()
