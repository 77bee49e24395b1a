"""Writes policygraph_tour.ipynb from policygraph_tour.py, so the two cannot drift apart.

    python examples/notebook/build_notebook.py [SOURCE.py [TARGET.ipynb]]

The source is a Python script in Jupytext's "percent" format: each cell starts with a line
`# %%` (code) or `# %% [markdown]` (Markdown, written as comment lines `# ...`). The notebook
gets the same cells in the same order, without outputs (nbformat 4.5). Standard library only.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKER = re.compile(r"^# %%(?P<markdown> \[markdown\])?(?P<title>.*)$")


def read_cells(script):
    """The cells of a percent-format script, as (kind, text) pairs."""
    cells, kind, lines = [], None, []

    def close():
        text = "\n".join(lines).strip("\n")
        if kind is not None:
            cells.append((kind, text))
        elif text.strip():
            raise ValueError("the script must start with a `# %%` cell marker")

    for number, line in enumerate(script.splitlines(), start=1):
        marker = MARKER.match(line)
        if marker:
            close()
            kind, lines = ("markdown" if marker["markdown"] else "code"), []
        elif kind == "markdown":
            if line != "#" and not line.startswith("# ") and line.strip():
                raise ValueError(f"line {number}: a Markdown cell's lines must start with '# '")
            lines.append(line[2:])
        else:
            lines.append(line)
    close()
    return cells


def notebook(cells):
    """An nbformat 4.5 notebook of these cells, with no outputs."""

    def cell(index, kind, text):
        source = text.splitlines(keepends=True)
        common = {"cell_type": kind, "id": f"cell-{index:02d}", "metadata": {}, "source": source}
        if kind == "markdown":
            return common
        return {**common, "execution_count": None, "outputs": []}

    return {
        "cells": [cell(index, kind, text) for index, (kind, text) in enumerate(cells, start=1)],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def main(source=HERE / "policygraph_tour.py", target=HERE / "policygraph_tour.ipynb"):
    cells = read_cells(Path(source).read_text(encoding="utf-8"))
    # As Jupyter writes notebooks: one-space indents, keys sorted.
    text = json.dumps(notebook(cells), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    Path(target).write_text(text, encoding="utf-8")
    print(f"Wrote {target}: {len(cells)} cells from {source}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
