"""How many 指标值 per second normalize_value reads on one core.

    .venv/bin/python bench/bench_normalize.py [--n 200000] [--seed 1] [--repeat 3]

The list is mixed the way real tables are: mostly percentages, counts, money and
deadlines, a few percent Chinese numerals, some booleans, states and unreadable text.
Numbers are random, so many values are distinct, as across many documents. Three
figures: "cold" reads the list once starting from empty caches (repeats within the list
hit the cache, as they do in a real batch); "warm" reads it again, as a re-ingest would;
"all distinct" reads each distinct value once from empty caches; "realistic distinct"
reads a list of its own in which no value comes twice (`make_distinct`: percentages,
counts, amounts, deadlines, Chinese numerals, states and unreadable text, each written
in the shapes tables use), the worst case, as no cache can help.
Goals (issue 16): at least 150,000 values per second cold on the mix, 80,000 distinct.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Callable

from jixiao.normalize.canonical import cn_number, surface
from jixiao.normalize.recognise import _normalize, normalize_value

Item = tuple[str, dict[str, object]]


def _pct(r: random.Random) -> Item:
    n = r.choice([100, 95, 90, 98, 85, r.randint(50, 100), round(r.uniform(80, 100), 1)])
    shape = r.choice(["{}%", "≥{}%", "{}%以上", "≥{}%", "{}%", "不低于{}%", "≤{}%", "{}%-100%"])
    return shape.format(n), {"level2": "质量指标"}


def _count(r: random.Random) -> Item:
    n = r.randint(1, 5000)
    unit = r.choice(["个", "人", "户", "次", "场", "项", "人次", "家", "套", "处", "组"])
    shape = r.choice(["{}{}", "{}{}以上", "≥{}{}", "不少于{}{}", "{}{}"])
    return shape.format(n, unit), {"level2": "数量指标"}


def _money(r: random.Random) -> Item:
    n = r.choice([r.randint(1, 999), round(r.uniform(0.5, 999), 2)])
    shape = r.choice(["{}万元", "{}万", "≤{}万元", "{}元", "{}万"])
    return shape.format(n), {"level2": "成本指标"}


def _deadline(r: random.Random) -> Item:
    y, m = r.choice([2021, 2022, 2023, 2024]), r.randint(1, 12)
    shape = r.choice(["{y}年{m}月底前", "{y}年{m}月底前", "{y}年12月31日前", "{m}月底前",
                      "年底前", "{y}.{m}", "第{q}季度"])
    text = shape.format(y=y, m=m, q=r.randint(1, 4))
    return text, {"level2": "时效指标", "year": y}


def _measure(r: random.Random) -> Item:
    n = round(r.uniform(1, 5000), r.choice([0, 1]))
    return f"{n:g}{r.choice(['亩', '米', '平方米', '公里', '吨'])}", {"level2": "数量指标"}


def _words(r: random.Random) -> Item:
    return r.choice(["是", "否", "达标", "开展", "无", "有效保障", "明显提升", "合格"]), {}


def _chinese(r: random.Random) -> Item:
    n = r.randint(2, 99)
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    cn = (digits[tens] if tens > 1 else "") + ("十" if tens else "")
    cn += digits[ones] if ones else ""
    shape = r.choice(["{}个", "{}人", "百分之{}", "{}亩", "不少于{}次", "{}万元"])
    return shape.format(cn), {"level2": "数量指标"}


def _text(r: random.Random) -> Item:
    return r.choice(["详见附件", "按实际发生", f"较上年提高{r.randint(1, 9)}%", "若干"]), {}


MIX: list[tuple[Callable[[random.Random], Item], int]] = [
    (_pct, 34), (_count, 22), (_money, 15), (_deadline, 14), (_measure, 5),
    (_words, 5), (_chinese, 3), (_text, 2),
]


# --- every value distinct ----------------------------------------------------------------

_CN_DIGITS = "零一二三四五六七八九"
_STATE_HEADS = ["有效", "明显", "稳步", "持续", "显著", "进一步", "大幅", "逐步", "全面", "基本"]
_STATE_VERBS = ["提升", "改善", "提高", "保障", "增强", "加强", "完善", "降低", "达标", "落实"]
_STATE_TAILS = ["", "服务水平", "群众满意度", "管理水平", "生活质量", "工作效率", "运行"]
_TEXT_WORDS = ["按照", "相关", "规定", "要求", "完成", "项目", "建设", "任务", "资金",
               "使用", "管理", "有关", "部门", "考核", "年度", "计划", "实施", "验收"]


def _cn(n: int) -> str:
    """n (1 … 99,999) in Chinese numerals, as tables write them (一万二千零五)."""
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for size, name in units:
        d, n = divmod(n, size)
        if d:
            out += ("零" if zero else "") + ("" if d == 1 and size == 10 and not out
                                               else _CN_DIGITS[d]) + name
            zero = False
        elif out and n:
            zero = True
    return out


def _distinct_item(r: random.Random, kind: str) -> Item:
    if kind == "pct":
        n = round(r.uniform(0, 100), r.choice([0, 1, 2]))
        shape = r.choice(["{}%", "≥{}%", "{}%以上", "不低于{}%", "≤{}%", "达到{}%"])
        return shape.format(n), {"level2": "质量指标"}
    if kind == "count":
        unit = r.choice(["个", "人", "户", "次", "场", "项", "人次", "家", "套", "处", "所"])
        shape = r.choice(["{}{}", "{}{}以上", "≥{}{}", "不少于{}{}", "约{}{}"])
        return shape.format(r.randint(1, 10**6), unit), {"level2": "数量指标"}
    if kind == "money":
        n = r.choice([r.randint(1, 10**6), round(r.uniform(0.01, 99999), 2)])
        shape = r.choice(["{}万元", "{}万", "≤{}万元", "{}元", "{}亿元", "¥{}"])
        return shape.format(n), {"level2": "成本指标"}
    if kind == "deadline":
        y, m, d = r.randint(2000, 2035), r.randint(1, 12), r.randint(1, 28)
        shape = r.choice(["{y}年{m}月{d}日前", "{y}年{m}月底前", "{y}.{m}.{d}",
                          "{y}-{m:02d}-{d:02d}", "{y}年{m}月{d}日之前"])
        return shape.format(y=y, m=m, d=d), {"level2": "时效指标", "year": y}
    if kind == "chinese":
        shape = r.choice(["{}个", "{}人", "百分之{}", "{}亩", "不少于{}次", "{}万元", "{}户"])
        return shape.format(_cn(r.randint(1, 99999))), {"level2": "数量指标"}
    if kind == "state":
        text = r.choice(_STATE_HEADS) + r.choice(_STATE_VERBS) + r.choice(_STATE_TAILS)
        return r.choice(["", "得到", "实现"]) + text, {}
    words = r.sample(_TEXT_WORDS, r.randint(3, 7))
    return "".join(words) + r.choice(["", "。", f"第{r.randint(1, 999)}条"]), {}


DISTINCT_MIX = [("pct", 30), ("count", 22), ("money", 15), ("deadline", 14), ("chinese", 6),
                ("state", 7), ("text", 6)]


def make_distinct(n: int, seed: int) -> list[Item]:
    """n values, none twice (the value with its context), in DISTINCT_MIX's shares."""
    r = random.Random(seed)
    kinds = [k for k, w in DISTINCT_MIX for _ in range(w)]
    seen: dict[tuple[str, tuple[tuple[str, object], ...]], Item] = {}
    while len(seen) < n:
        raw, ctx = _distinct_item(r, r.choice(kinds))
        seen.setdefault((raw, tuple(sorted(ctx.items()))), (raw, ctx))
    return list(seen.values())


def make_values(n: int, seed: int) -> list[Item]:
    r = random.Random(seed)
    makers = [m for m, w in MIX for _ in range(w)]
    return [r.choice(makers)(r) for _ in range(n)]


def run(values: list[Item]) -> float:
    """CPU seconds of this process (other load on a shared machine does not count)."""
    start = time.process_time()
    for raw, ctx in values:
        normalize_value(raw, **ctx)  # type: ignore[arg-type]
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs of the realistic distinct list")
    args = ap.parse_args()
    values = make_values(args.n, args.seed)
    distinct = len({(raw, tuple(sorted(ctx.items()))) for raw, ctx in values})
    normalize_value("三十七亩")  # import cn2an once, outside the timing (~0.1 s)
    for cache in (surface, cn_number, _normalize):
        cache.cache_clear()
    cold = run(values)
    warm = run(values)
    unique = list(dict.fromkeys((raw, tuple(sorted(ctx.items()))) for raw, ctx in values))
    unique_items = [(raw, dict(ctx)) for raw, ctx in unique]
    for cache in (surface, cn_number, _normalize):
        cache.cache_clear()
    each = run(unique_items)
    realistic = make_distinct(min(args.n, 50_000), args.seed)
    times = []
    for _ in range(args.repeat):  # a shared machine: the spread says how much load there was
        for cache in (surface, cn_number, _normalize):
            cache.cache_clear()
        times.append(run(realistic))
    distinct_s = min(times)
    distinct_kinds = Counter(normalize_value(raw, **ctx).kind for raw, ctx in realistic)  # type: ignore[arg-type]
    kinds = Counter(normalize_value(raw, **ctx).kind for raw, ctx in values)  # type: ignore[arg-type]
    print(f"values: {len(values):,} ({distinct:,} distinct)")
    print(f"kinds:  {dict(kinds.most_common())}")
    print(f"cold:   {len(values) / cold:,.0f} values/s ({cold * 1e6 / len(values):.2f} µs each)")
    print(f"warm:   {len(values) / warm:,.0f} values/s ({warm * 1e6 / len(values):.2f} µs each)")
    print(f"all distinct, no cache hits: {len(unique) / each:,.0f} values/s "
          f"({each * 1e6 / len(unique):.2f} µs each, {len(unique):,} values)")
    print(f"realistic distinct, no value twice: {len(realistic) / distinct_s:,.0f} values/s "
          f"({distinct_s * 1e6 / len(realistic):.2f} µs each, {len(realistic):,} values: "
          f"{dict(distinct_kinds.most_common())})")
    if len(times) > 1:
        slowest = len(realistic) / max(times)
        print(f"  best of {len(times)} runs; the slowest {slowest:,.0f} values/s")


if __name__ == "__main__":
    main()
