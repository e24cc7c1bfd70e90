#!/usr/bin/env python3
"""Build the Office fixtures from the gold files, with LibreOffice doing the writing.

usage: scripts/make-office-fixtures.py            (needs `soffice` on PATH)

For each gold plan (Tests/Fixtures/gold/{zhonglou,tianning}-2022.gold.json) this lays out the
table the government issued: group cells (序号, 目标名称 / 实事名称, 主题) merged over their rows,
leader / unit / deadline cells merged where the gold marks the field `inherited` (that is what
the printed table did), names joined by `、`, deadlines printed as `2022年12月`. Then:

- Word: an HTML document (government, title, 附件N headings, section headings, tables with
  rowspan / colspan) → `soffice --convert-to docx` through the Writer HTML filter.
- Excel: the same grid as a flat ODF spreadsheet (one sheet per 附件, merged ranges, dates as
  real date cells with a 年/月 format, multi-line cells) → `soffice --convert-to xlsx`.
  Calc's HTML import is not used: it places columns by pixel position, so tables of different
  shapes in one page produce phantom columns, and its web-query variant splits every line
  break into a new row. The .fods route keeps the grid exact and still has LibreOffice write
  every byte of the .xlsx.

It also writes a small CSV (tianning 附件2, one self-contained row per task) with its own gold,
and the bad-input fixtures in Tests/Fixtures/bad/.
"""
import csv
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "Tests/Fixtures/gold"
OFFICE = ROOT / "Tests/Fixtures/office"
BAD = ROOT / "Tests/Fixtures/bad"
CSV_DIR = ROOT / "Tests/Fixtures/layouts/csv"

NUMERALS = "一二三四五六七八九十"


def chinese_number(n):
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    return NUMERALS[n // 10 - 1] + "十" + (NUMERALS[n % 10 - 1] if n % 10 else "")


# ---------------------------------------------------------------- grid model

class Cell:
    """An origin cell of the grid: its lines of text and how far it spans."""

    def __init__(self, lines, rowspan=1, colspan=1, number=None, month=None, header=False):
        self.lines = lines if isinstance(lines, list) else [lines]
        self.rowspan = rowspan
        self.colspan = colspan
        self.number = number  # a 序号: a number cell in the spreadsheet
        self.month = month  # "2022-12": a date cell in the spreadsheet
        self.header = header


class Grid:
    """A table as a grid: origin cells by (row, column), covered positions implied."""

    def __init__(self, width):
        self.width = width
        self.rows = 0
        self.cells = {}

    def put(self, row, column, cell):
        self.cells[(row, column)] = cell
        self.rows = max(self.rows, row + cell.rowspan)

    def covered(self):
        result = set()
        for (r, c), cell in self.cells.items():
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if dr or dc:
                        result.add((r + dr, c + dc))
        return result

    def check(self):
        covered = self.covered()
        for r in range(self.rows):
            for c in range(self.width):
                here = (r, c) in self.cells
                assert here != ((r, c) in covered), f"grid position {(r, c)} is {'doubly' if here else 'not'} filled"


def runs(values, joins):
    """Consecutive runs: row i+1 joins row i's run when joins(i+1) is true."""
    out = []
    for i, _ in enumerate(values):
        if out and joins(i):
            out[-1][1] += 1
        else:
            out.append([i, 1])
    return out


def group_runs(keys):
    return runs(keys, lambda i: keys[i] == keys[i - 1])


def field_runs(tasks, field):
    """A leader / unit / deadline cell spans the rows that inherit it from the row above."""
    def joins(i):
        inherited = field in tasks[i]["inherited"]
        if inherited:
            assert tasks[i][field] == tasks[i - 1][field], (field, tasks[i]["text"][:20])
        return inherited
    return runs(tasks, joins)


def names(values):
    return "、".join(values)


def month_text(deadline):
    year, month = deadline.split("-")
    return f"{year}年{int(month)}月"


def point_lines(text):
    """Split a cell's numbered sub-points onto lines, as the issued table printed them."""
    lines = [text]
    for pattern in (r"（{}）", r"{}\."):
        n = 2
        while True:
            marker = pattern.format(n)
            last = lines[-1]
            found = None
            for m in re.finditer(marker, last):
                before = last[m.start() - 1] if m.start() else ""
                if pattern.startswith("（") or before in "。；;":
                    found = m.start()
                    break
            if found is None:
                break
            lines[-1:] = [last[:found], last[found:]]
            n += 1
        if len(lines) > 1:
            break
    return lines


def fill_responsibility(grid, tasks, first_row, columns):
    """`columns` maps a gold field to its grid column."""
    for field, column in columns.items():
        for start, length in field_runs(tasks, field):
            task = tasks[start]
            if field == "deadline":
                value = task["deadline"]
                cell = Cell(month_text(value) if value else "", rowspan=length, month=value)
            else:
                cell = Cell(names(task[field]), rowspan=length)
            grid.put(first_row + start, column, cell)


def header(grid, titles):
    column = 0
    for title in titles:
        span = 2 if title.endswith("|2") else 1
        grid.put(0, column, Cell(title.split("|")[0], colspan=span, header=True))
        column += span


# ---------------------------------------------------------------- the two plans

def zhonglou(gold):
    tasks1 = [t for t in gold["tasks"] if t["attachment"] == 1]
    tasks2 = [t for t in gold["tasks"] if t["attachment"] == 2]

    # 附件1: 目标名称 spans two grid columns, the goal and its sub-group; a goal without
    # sub-groups fills both.
    grid1 = Grid(7)
    header(grid1, ["序号", "目标名称|2", "工作标准", "区政府分管领导", "牵头单位", "配合单位"])
    goals = [t["path"][0] for t in tasks1]
    for number, (start, length) in enumerate(group_runs(goals), 1):
        row = 1 + start
        grid1.put(row, 0, Cell(str(number), rowspan=length, number=number))
        group = tasks1[start:start + length]
        if all(len(t["path"]) == 1 for t in group):
            grid1.put(row, 1, Cell(goals[start], rowspan=length, colspan=2))
        else:
            grid1.put(row, 1, Cell(goals[start], rowspan=length))
            subs = [t["path"][1] for t in group]
            for sub_start, sub_length in group_runs(subs):
                grid1.put(row + sub_start, 2, Cell(subs[sub_start], rowspan=sub_length))
    for i, task in enumerate(tasks1):
        grid1.put(1 + i, 3, Cell(point_lines(task["label"] + task["text"])))
    fill_responsibility(grid1, tasks1, 1, {"leaders": 4, "leadUnits": 5, "coopUnits": 6})

    grid2 = Grid(6)
    header(grid2, ["序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位"])
    projects = [t["path"][0] for t in tasks2]
    for number, (start, length) in enumerate(group_runs(projects), 1):
        grid2.put(1 + start, 0, Cell(str(number), rowspan=length, number=number))
        grid2.put(1 + start, 1, Cell(projects[start], rowspan=length))
    for i, task in enumerate(tasks2):
        grid2.put(1 + i, 2, Cell(point_lines(task["text"])))
    fill_responsibility(grid2, tasks2, 1, {"leaders": 3, "leadUnits": 4, "coopUnits": 5})

    return {
        "preamble": ["常州市钟楼区人民政府",
                     "关于印发2022年《政府工作报告》主要目标任务和重大民生实事项目责任分解表的通知",
                     "2022年2月10日"],
        "attachments": [
            {"number": 1, "title": "2022年《政府工作报告》主要目标任务责任分解表", "sections": [(None, grid1)]},
            {"number": 2, "title": "2022年重大民生实事项目目标任务责任分解表", "sections": [(None, grid2)]},
        ],
    }


def tianning(gold):
    tasks1 = [t for t in gold["tasks"] if t["attachment"] == 1]
    tasks2 = [t for t in gold["tasks"] if t["attachment"] == 2]

    # 附件1: one table per section (一、…十二、), each with its own header row.
    sections = []
    headings = [t["path"][0] for t in tasks1]
    for index, (start, length) in enumerate(group_runs(headings), 1):
        tasks = tasks1[start:start + length]
        grid = Grid(6)
        header(grid, ["序号", "目标名称", "工作标准", "牵头领导", "牵头单位", "配合单位"])
        goals = [t["path"][1] for t in tasks]
        for number, (goal_start, goal_length) in enumerate(group_runs(goals), 1):
            grid.put(1 + goal_start, 0, Cell(str(number), rowspan=goal_length, number=number))
            grid.put(1 + goal_start, 1, Cell(goals[goal_start], rowspan=goal_length))
        for i, task in enumerate(tasks):
            grid.put(1 + i, 2, Cell(point_lines(task["text"])))
        fill_responsibility(grid, tasks, 1, {"leaders": 3, "leadUnits": 4, "coopUnits": 5})
        sections.append((f"{chinese_number(index)}、{headings[start]}", grid))

    grid2 = Grid(8)
    header(grid2, ["主题", "序号", "实事名称", "内容及标准", "完成时限", "分管区领导", "牵头单位", "配合单位"])
    themes = [t["path"][0] for t in tasks2]
    for start, length in group_runs(themes):
        grid2.put(1 + start, 0, Cell(themes[start], rowspan=length))
    items = [tuple(t["path"][:2]) for t in tasks2]
    for number, (start, length) in enumerate(group_runs(items), 1):
        grid2.put(1 + start, 1, Cell(str(number), rowspan=length, number=number))
        grid2.put(1 + start, 2, Cell(items[start][1], rowspan=length))
    for i, task in enumerate(tasks2):
        lines = point_lines(task["text"])
        if len(task["path"]) > 2:
            lines = [task["path"][2] + "："] + lines  # the sub-heading opens its cell
        grid2.put(1 + i, 3, Cell(lines))
    fill_responsibility(grid2, tasks2, 1,
                        {"deadline": 4, "leaders": 5, "leadUnits": 6, "coopUnits": 7})

    return {
        "preamble": ["常州市天宁区人民政府", "天宁区2022年政府工作报告和民生实事责任分解落实方案"],
        "attachments": [
            {"number": 1, "title": "天宁区2022年政府工作报告责任分解落实方案", "sections": sections},
            {"number": 2, "title": "天宁区2022年民生实事责任分解落实方案", "sections": [(None, grid2)]},
        ],
    }


# ---------------------------------------------------------------- HTML → .docx

def html_document(plan):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>责任分解</title></head><body>']
    for line in plan["preamble"]:
        out.append(f"<p>{escape(line)}</p>")
    for attachment in plan["attachments"]:
        out.append(f'<p>附件{attachment["number"]}</p>')
        out.append(f'<p align="center">{escape(attachment["title"])}</p>')
        for heading, grid in attachment["sections"]:
            if heading:
                out.append(f"<p>{escape(heading)}</p>")
            out.append(html_table(grid))
    out.append("</body></html>")
    return "\n".join(out)


def html_table(grid):
    grid.check()
    out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">']
    for r in range(grid.rows):
        out.append("<tr>")
        for c in range(grid.width):
            cell = grid.cells.get((r, c))
            if cell is None:
                continue
            attributes = ""
            if cell.rowspan > 1:
                attributes += f' rowspan="{cell.rowspan}"'
            if cell.colspan > 1:
                attributes += f' colspan="{cell.colspan}"'
            if len(cell.lines) > 2:
                # Sub-heading and sub-points: the first as its own paragraph, the rest as
                # line breaks, so both ways a cell holds lines occur.
                body = f"<p>{escape(cell.lines[0])}</p><p>{'<br>'.join(escape(l) for l in cell.lines[1:])}</p>"
            else:
                body = "<br>".join(escape(line) for line in cell.lines)
            tag = "th" if cell.header else "td"
            out.append(f"<{tag}{attributes}>{body}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- flat ODS → .xlsx

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text></number:date-style>
 <style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle"/></style:style>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N1"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle"/></style:style>
 <style:style style:name="coN" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="coW" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""


def fods_document(plan):
    out = [FODS_HEAD]
    for index, attachment in enumerate(plan["attachments"]):
        width = max(grid.width for _, grid in attachment["sections"])
        wide = {3} if width == 7 else {2} if width == 6 else {3}
        out.append(f'<table:table table:name="附件{attachment["number"]}">')
        for c in range(width):
            out.append(f'<table:table-column table:style-name="{"coW" if c in wide else "coN"}"/>')
        lines = []
        if index == 0:
            lines.append(plan["preamble"][0])
        lines += [f'附件{attachment["number"]}', attachment["title"]]
        for line in lines:
            out.append(fods_banner(line, width))
        for heading, grid in attachment["sections"]:
            if heading:
                out.append(fods_banner(heading, width))
            out.append(fods_rows(grid, width))
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>")
    return "\n".join(out)


def fods_banner(text, width):
    """A line of text across the sheet: one cell merged over the table's width."""
    cover = f'<table:covered-table-cell table:number-columns-repeated="{width - 1}"/>' if width > 1 else ""
    return (f'<table:table-row><table:table-cell table:number-columns-spanned="{width}" '
            f'office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>{cover}</table:table-row>')


def fods_rows(grid, width):
    grid.check()
    covered = grid.covered()
    out = []
    for r in range(grid.rows):
        out.append('<table:table-row>')
        for c in range(width):
            cell = grid.cells.get((r, c))
            if cell is None:
                out.append("<table:covered-table-cell/>" if (r, c) in covered else "<table:table-cell/>")
                continue
            span = ""
            if cell.rowspan > 1:
                span += f' table:number-rows-spanned="{cell.rowspan}"'
            if cell.colspan > 1 or cell.rowspan > 1:
                span += f' table:number-columns-spanned="{cell.colspan}"'
            if cell.number is not None:
                value = f'office:value-type="float" office:value="{cell.number}"'
            elif cell.month:
                value = f'office:value-type="date" office:date-value="{cell.month}-01"'
            elif cell.lines == [""]:
                out.append(f'<table:table-cell table:style-name="ce1"{span}/>')
                continue
            else:
                value = 'office:value-type="string"'
            style = "ce2" if cell.month else "ce1"
            paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in cell.lines)
            out.append(f'<table:table-cell table:style-name="{style}"{span} {value}>{paragraphs}</table:table-cell>')
        out.append("</table:table-row>")
    return "\n".join(out)


# ---------------------------------------------------------------- conversion

def soffice(source, target_ext, filter_name, infilter=None):
    outdir = source.parent / "out"
    outdir.mkdir(exist_ok=True)
    command = ["soffice", "--headless", "--norestore"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", f"{target_ext}:{filter_name}", "--outdir", str(outdir), str(source)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = outdir / (source.stem + "." + target_ext)
    if not produced.exists():
        sys.exit(f"soffice produced nothing for {source}")
    return produced


def check_docx(path, expected_tables):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    tables = xml.count("<w:tbl>")
    assert tables == expected_tables, f"{path.name}: {tables} tables, expected {expected_tables}"
    assert 'w:vMerge w:val="restart"' in xml, f"{path.name}: no vertical merges"
    return tables


def check_xlsx(path):
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        merges = sum(z.read(n).decode("utf-8").count("<mergeCell ") for n in sheets)
    assert merges > 0, f"{path.name}: no <mergeCell> in the sheets"
    return len(sheets), merges


def csv_fixture(gold):
    """tianning 附件2 as a flat CSV: every row prints all its fields, as an export does."""
    tasks = [t for t in gold["tasks"] if t["attachment"] == 2]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["常州市天宁区人民政府 天宁区2022年民生实事责任分解落实方案"])
    writer.writerow(["主题", "序号", "实事名称", "内容及标准", "完成时限", "分管区领导", "牵头单位", "配合单位"])
    items = [tuple(t["path"][:2]) for t in tasks]
    numbers = {}
    for item in items:
        numbers.setdefault(item, len(numbers) + 1)
    for task, item in zip(tasks, items):
        lines = point_lines(task["text"])
        if len(task["path"]) > 2:
            lines = [task["path"][2] + "："] + lines
        writer.writerow([item[0], numbers[item], item[1], "\n".join(lines),
                         month_text(task["deadline"]) if task["deadline"] else "",
                         names(task["leaders"]), names(task["leadUnits"]), names(task["coopUnits"])])
    expected = {
        "schema": "duban.plan/1",
        "government": gold["government"],
        "year": gold["year"],
        "tasks": [dict(task, attachment=1, inherited=[]) for task in tasks],
    }
    return buffer.getvalue(), expected


def write_gold(path, plan):
    """The gold files' own layout: one key per line inside each task."""
    lines = ["{", f'  "schema": {json.dumps(plan["schema"])},',
             f'  "government": {json.dumps(plan["government"], ensure_ascii=False)},',
             f'  "year": {plan["year"]},', '  "tasks": [']
    for i, task in enumerate(plan["tasks"]):
        fields = [f'      {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}' for k, v in task.items()]
        lines.append("    {\n" + ",\n".join(fields) + "\n    }" + ("," if i + 1 < len(plan["tasks"]) else ""))
    lines += ["  ]", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    OFFICE.mkdir(parents=True, exist_ok=True)
    BAD.mkdir(parents=True, exist_ok=True)
    CSV_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        for name, build in (("zhonglou-2022", zhonglou), ("tianning-2022", tianning)):
            gold = json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
            plan = build(gold)
            tables = sum(len(a["sections"]) for a in plan["attachments"])

            html = temp / f"{name}.html"
            html.write_text(html_document(plan), encoding="utf-8")
            docx = soffice(html, "docx", "MS Word 2007 XML", infilter="HTML (StarWriter)")
            check_docx(docx, tables)
            shutil.copy(docx, OFFICE / f"{name}.docx")

            fods = temp / f"{name}.fods"
            fods.write_text(fods_document(plan), encoding="utf-8")
            xlsx = soffice(fods, "xlsx", "Calc MS Excel 2007 XML")
            sheets, merges = check_xlsx(xlsx)
            shutil.copy(xlsx, OFFICE / f"{name}.xlsx")
            print(f"{name}: docx {docx.stat().st_size} B, {tables} tables; "
                  f"xlsx {xlsx.stat().st_size} B, {sheets} sheets, {merges} merged ranges")

            if name == "tianning-2022":
                text, expected = csv_fixture(gold)
                (CSV_DIR / "tianning-2022-shishi.csv").write_text(text, encoding="utf-8-sig", newline="")
                write_gold(CSV_DIR / "tianning-2022-shishi.gold.json", expected)

        # Bad inputs.
        whole = (OFFICE / "zhonglou-2022.docx").read_bytes()
        (BAD / "truncated.docx").write_bytes(whole[: len(whole) // 2])
        (BAD / "text-named.xlsx").write_text("序号,目标名称,工作标准\n1,这是文本,不是Excel工作簿\n", encoding="utf-8")
        (BAD / "junk.bin").write_bytes(random.Random(20220210).randbytes(4096))
        (BAD / "empty.txt").write_bytes(b"")
        plain = temp / "no-table.html"
        plain.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
                         "<p>常州市钟楼区人民政府</p><p>附件1</p>"
                         "<p>2022年《政府工作报告》主要目标任务责任分解表</p>"
                         "<p>（表格另行印发）</p></body></html>", encoding="utf-8")
        shutil.copy(soffice(plain, "docx", "MS Word 2007 XML", infilter="HTML (StarWriter)"), BAD / "no-table.docx")
    print("bad inputs:", ", ".join(sorted(p.name for p in BAD.iterdir())))


if __name__ == "__main__":
    main()
