"""Charts for the HTML reports, drawn with matplotlib (Agg) and embedded as base64 PNG data URIs.

matplotlib is imported lazily inside ``_plt`` so that ``import harness`` stays fast. Every function
returns a ``data:image/png;base64,...`` string, or None when there is nothing to draw.
"""
from __future__ import annotations

import base64
import io
from typing import Any, Iterable, Sequence

BASE_COLOR = "#8da0b8"
CAND_COLOR = "#1d5fa8"


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
                         "svg.hashsalt": "harness", "figure.max_open_warning": 0})
    return plt


def _uri(fig: Any) -> str:
    plt = _plt()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def rate_bars(rows: dict[str, tuple[float | None, float | None]], title: str,
              labels: tuple[str, str] = ("baseline", "candidate")) -> str | None:
    """Horizontal grouped bars of pass rates (0..1) per group; baseline may be None (run report)."""
    if not rows:
        return None
    plt = _plt()
    names = list(rows)
    two = any(b is not None for b, _ in rows.values())
    fig, ax = plt.subplots(figsize=(6.2, 0.42 * len(names) * (2 if two else 1) + 0.9))
    h = 0.38 if two else 0.6
    ys = range(len(names))
    cand = [100 * (c or 0) for _, c in rows.values()]
    if two:
        base = [100 * (b or 0) for b, _ in rows.values()]
        ax.barh([y + h / 2 for y in ys], base, h, color=BASE_COLOR, label=labels[0])
        ax.barh([y - h / 2 for y in ys], cand, h, color=CAND_COLOR, label=labels[1])
        ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, frameon=False)
    else:
        ax.barh(list(ys), cand, h, color=CAND_COLOR)
    for y, v in zip(ys, cand):
        ax.text(min(v, 100) + 0.5, y - (h / 2 if two else 0), f"{v:.0f}%", va="center", fontsize=8)
    ax.set_yticks(list(ys), names)
    ax.invert_yaxis()
    ax.set_xlim(0, 108)
    ax.set_xlabel("checks passed (%)")
    ax.set_title(title, loc="left", fontsize=10)
    return _uri(fig)


HIST_BINS = 20  # score histogram: 20 bins of width 0.05 over [0, 1]


def bin_counts(scores: Iterable[float]) -> list[int]:
    """Scores in [0, 1] counted into HIST_BINS bins (the last bin includes 1.0): what score_hist
    draws, so a report keeps twenty counters instead of every item's score."""
    counts = [0] * HIST_BINS
    for s in scores:
        counts[min(HIST_BINS - 1, max(0, int(s * HIST_BINS)))] += 1
    return counts


def score_hist(base: Sequence[int] | None, cand: Sequence[int], title: str, xlabel: str,
               labels: tuple[str, str] = ("baseline", "candidate")) -> str | None:
    """Histogram of per-item scores in [0, 1], baseline vs candidate overlaid, from bin counts
    (bin_counts)."""
    if not any(cand) and not any(base or ()):
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.2, 2.8))
    bins = [i / HIST_BINS for i in range(HIST_BINS + 1)]
    mids = [(a + b) / 2 for a, b in zip(bins, bins[1:])]
    if base and any(base):
        ax.hist(mids, bins=bins, weights=list(base), color=BASE_COLOR, alpha=0.75, label=labels[0])
    ax.hist(mids, bins=bins, weights=list(cand), color=CAND_COLOR, alpha=0.6, label=labels[1], histtype="stepfilled")
    if base and any(base):
        ax.legend(loc="upper left", frameon=False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("questions")
    ax.set_title(title, loc="left", fontsize=10)
    return _uri(fig)


def score_changes(scores: dict[str, dict[str, Any]], title: str) -> str | None:
    """One bar per ordered score: the share of questions whose score got better (right, green) and
    worse (left, red), read in each score's declared direction, so a rising count of contradicted
    claims is drawn as worse."""
    rows = [(k, v) for k, v in scores.items() if v.get("direction", "higher") != "none" and v.get("n")]
    if not rows:
        return None
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.2, 0.7 + 0.42 * len(rows)))
    for y, (k, v) in enumerate(rows):
        better, worse = 100 * v.get("better", 0) / v["n"], 100 * v.get("worse", 0) / v["n"]
        ax.barh(y, better, color="#2e7d32", height=0.6)
        ax.barh(y, -worse, color="#c62828", height=0.6)
        ax.text(better + 1, y, f"{v.get('better', 0)} better", va="center", fontsize=8)
        ax.text(-worse - 1, y, f"{v.get('worse', 0)} worse", va="center", ha="right", fontsize=8)
    ax.set_yticks(range(len(rows)), [f"{k} ({'↑' if v.get('direction', 'higher') == 'higher' else '↓'} better)"
                                    for k, v in rows])
    ax.axvline(0, color="#555", lw=0.8)
    lim = max(10.0, max(100 * max(v.get("better", 0), v.get("worse", 0)) / v["n"] for _, v in rows) + 25)
    ax.set_xlim(-lim, lim)
    ax.invert_yaxis()
    ax.set_xlabel("questions whose score moved (% of questions; red = worse for that score's direction)")
    ax.set_title(title, loc="left", fontsize=10)
    return _uri(fig)


def heatmap(rows: list[str], cols: list[str], values: dict[tuple[str, str], float | None], title: str,
            diverging: bool = False) -> str | None:
    """Cells are pass rates (0..1), or deltas (-1..1) when ``diverging``; None cells stay blank."""
    if not rows or not cols:
        return None
    plt = _plt()
    import numpy as np

    data = np.full((len(rows), len(cols)), np.nan)
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            v = values.get((r, c))
            if v is not None:
                data[i, j] = v
    fig, ax = plt.subplots(figsize=(1.0 + 0.95 * len(cols), 0.9 + 0.36 * len(rows)))
    if diverging:
        lim = max(0.05, float(np.nanmax(np.abs(data))) if np.isfinite(data).any() else 0.05)
        im = ax.imshow(data, cmap="RdBu", vmin=-lim, vmax=lim, aspect="auto")
    else:
        im = ax.imshow(data, cmap="RdYlGn", vmin=0.5, vmax=1.0, aspect="auto")
    for i in range(len(rows)):
        for j in range(len(cols)):
            v = data[i, j]
            if np.isfinite(v):
                ax.text(j, i, f"{100 * v:+.0f}" if diverging else f"{100 * v:.0f}", ha="center", va="center", fontsize=7)
    ax.set_xticks(range(len(cols)), cols, rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_title(title, loc="left", fontsize=10)
    fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02,
                 label="pass-rate change (pts)" if diverging else "checks passed")
    return _uri(fig)


class PassTable:
    """(row, col) → pass rate over graded checks, where row is an item metadata key and col a check
    key; counted item by item (add) so a report never holds the items."""

    def __init__(self, row_key: str, col_key: str) -> None:
        self.row_key, self.col_key = row_key, col_key
        self.acc: dict[tuple[str, str], list[int]] = {}

    def add(self, it: dict[str, Any]) -> None:
        r = str((it.get("metadata") or {}).get(self.row_key) or "unknown")
        for c in it.get("checks") or []:
            if c.get("outcome") in ("pass", "fail", "error"):
                a = self.acc.setdefault((r, str(c.get(self.col_key))), [0, 0])
                a[0] += c.get("outcome") == "pass"
                a[1] += 1

    def cells(self) -> dict[tuple[str, str], float | None]:
        return {k: (p / n if n else None) for k, (p, n) in self.acc.items()}


def pass_table(items: Iterable[dict[str, Any]], row_key: str, col_key: str) -> dict[tuple[str, str], float | None]:
    """PassTable over ``items`` at once."""
    t = PassTable(row_key, col_key)
    for it in items:
        t.add(it)
    return t.cells()
