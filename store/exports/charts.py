"""Small SVG chart builders for the HTML report: horizontal bars, stacked bars, lines.

Written by hand on purpose: the report must work offline and be mailed as one file, so
its charts are inline SVG.  A charting library would either load JavaScript (plotly's
bundle is ~3.5 MB per report) or, like pygal, emit SVG that expects a script from the
network for its tooltips; the handful of charts here needs ~150 lines.  Each builder
takes plain data and returns an `<svg>` string; text is escaped; hovering a bar or a
point shows its exact value through SVG `<title>`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

FONT = ('"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",'
        "sans-serif")
# Okabe–Ito colours: told apart by colour-blind readers too.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000")
SEVERITY_COLOURS = {"error": "#D55E00", "warning": "#E69F00", "info": "#56B4E9"}
ROW = 26  # height of one bar row
LABEL_CHARS = 18  # longer labels are cut (the full text is in the tooltip)

Fmt = Callable[[float], str]


def text_width(s: str, size: int = 12) -> float:
    """Rough width in pixels: a Chinese character is one em, others about half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.58 for ch in s)


def _short(s: str) -> str:
    return s if len(s) <= LABEL_CHARS else s[: LABEL_CHARS - 1] + "…"


def _svg(width: float, height: float, body: list[str], title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="{escape(title)}" '
        f'font-family=\'{FONT}\' font-size="12">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def hbar(items: Sequence[tuple[str, float]], *, title: str, fmt: Fmt = "{:,.0f}".format,
         colours: Sequence[str] | None = None, width: int = 720) -> str:
    """One horizontal bar per (label, value), longest scale at the largest value."""
    labels = [_short(lab) for lab, _v in items]
    left = 16 + max([text_width(s) for s in labels] + [40])
    right = 90  # room for the value after the bar
    top = 8
    top_value = max([v for _lab, v in items] + [0]) or 1.0
    scale = (width - left - right) / top_value
    body = []
    for n, ((label, value), short) in enumerate(zip(items, labels, strict=True)):
        y = top + n * ROW
        colour = colours[n % len(colours)] if colours else PALETTE[0]
        w = max(value * scale, 0.0)
        body.append(
            f'<g><title>{escape(label)}: {escape(fmt(value))}</title>'
            f'<text x="{left - 6:.0f}" y="{y + 16}" text-anchor="end">{escape(short)}</text>'
            f'<rect x="{left:.0f}" y="{y + 4}" width="{w:.1f}" height="{ROW - 8}" '
            f'fill="{colour}"/>'
            f'<text x="{left + w + 4:.1f}" y="{y + 16}" fill="#333">{escape(fmt(value))}</text>'
            f"</g>"
        )
    return _svg(width, top * 2 + max(len(items), 1) * ROW, body, title)


def stacked_hbar(rows: Sequence[tuple[str, dict[str, float]]], keys: Sequence[str], *,
                 title: str, width: int = 720) -> str:
    """One bar per row, split into the `keys` (in order, each its colour), a legend above."""
    legend_h = 24
    labels = [_short(lab) for lab, _parts in rows]
    left = 16 + max([text_width(s) for s in labels] + [40])
    right = 50
    totals = [sum(parts.values()) for _lab, parts in rows]
    scale = (width - left - right) / (max([*totals, 0]) or 1.0)
    body = []
    x = left
    for k_i, key in enumerate(keys):
        colour = PALETTE[k_i % len(PALETTE)]
        body.append(f'<rect x="{x:.0f}" y="6" width="12" height="12" fill="{colour}"/>'
                    f'<text x="{x + 16:.0f}" y="16">{escape(key)}</text>')
        x += 28 + text_width(key)
    for n, ((label, parts), short) in enumerate(zip(rows, labels, strict=True)):
        y = legend_h + n * ROW
        body.append(f'<text x="{left - 6:.0f}" y="{y + 16}" text-anchor="end">'
                    f"{escape(short)}</text>")
        x = left
        for k_i, key in enumerate(keys):
            v = parts.get(key, 0)
            if not v:
                continue
            w = v * scale
            body.append(
                f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{ROW - 8}" '
                f'fill="{PALETTE[k_i % len(PALETTE)]}"><title>{escape(label)} · {escape(key)}: '
                f"{v:g}</title></rect>")
            x += w
        body.append(f'<text x="{x + 4:.1f}" y="{y + 16}" fill="#333">{totals[n]:g}</text>')
    return _svg(width, legend_h + max(len(rows), 1) * ROW + 8, body, title)


def lines(series: Sequence[tuple[str, Sequence[float | None]]], x_labels: Sequence[str], *,
          title: str, y_max: float = 100.0, y_unit: str = "%", width: int = 720,
          height: int = 300) -> str:
    """One line per series over the x labels (gaps where a value is None), legend right."""
    left, top, bottom = 44, 12, 28
    legend_w = 16 + max([text_width(_short(s)) for s, _v in series] + [40])
    plot_w = width - left - legend_w - 16
    plot_h = height - top - bottom
    step = plot_w / max(len(x_labels) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return left + i * step, top + plot_h * (1 - min(v, y_max) / y_max)

    body = []
    for g in range(0, 101, 25):  # grid lines at 0, 25, 50, 75, 100 % of the scale
        y = top + plot_h * (1 - g / 100)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" '
                    f'stroke="#ddd"/><text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
                    f'fill="#555">{y_max * g / 100:g}{escape(y_unit)}</text>')
    for i, lab in enumerate(x_labels):
        body.append(f'<text x="{left + i * step:.1f}" y="{height - 8}" text-anchor="middle" '
                    f'fill="#555">{escape(lab)}</text>')
    for n, (name, values) in enumerate(series):
        colour = PALETTE[n % len(PALETTE)]
        points = [(i, v) for i, v in enumerate(values) if v is not None]
        if points:
            d = " ".join(f"{'M' if k == 0 else 'L'}{xy(i, v)[0]:.1f},{xy(i, v)[1]:.1f}"
                         for k, (i, v) in enumerate(points))
            body.append(f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="2">'
                        f"<title>{escape(name)}</title></path>")
        for i, v in points:
            cx, cy = xy(i, v)
            body.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" fill="{colour}">'
                        f"<title>{escape(name)} {escape(x_labels[i])}: {v:g}{escape(y_unit)}"
                        f"</title></circle>")
        ly = top + n * 18
        lx = left + plot_w + 16
        body.append(f'<rect x="{lx:.0f}" y="{ly}" width="12" height="3" '
                    f'fill="{colour}" transform="translate(0,5)"/>'
                    f'<text x="{lx + 16:.0f}" y="{ly + 10}">{escape(_short(name))}'
                    f"<title>{escape(name)}</title></text>")
    height = max(height, top + len(series) * 18 + 8)
    return _svg(width, height, body, title)
