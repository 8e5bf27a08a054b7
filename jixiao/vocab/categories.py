"""The 一级指标 categories, as data: their canonical names, the words that name them, and
which of them every project should have.

The ingest sets an indicator's canonical category (`level1_canonical`) from the 一级
cell's wording (`labels.LEVEL1_CANONICAL`, built from these); checks, views and the report
read the canonical names from here.
"""

from __future__ import annotations

# Canonical names, in the order reports show them.
OUTPUT = "产出指标"
OUTCOME = "效益指标"
SATISFACTION = "满意度指标"
COST = "成本指标"
CATEGORY_ORDER: tuple[str, ...] = (OUTPUT, OUTCOME, SATISFACTION, COST)

# canonical → its short names, the first as messages say it.  效益 and 效果 are the same
# category; 成本指标 is a 一级指标 in the 2021 national template (经济/社会/生态环境成本指标
# under it) and a 二级指标 under 产出指标 in older ones.
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    OUTPUT: ("产出",),
    OUTCOME: ("效益", "效果"),
    SATISFACTION: ("满意度",),
    COST: ("成本",),
}
# Other wordings of a whole 一级 cell (older templates).
OTHER_WORDINGS: dict[str, tuple[str, ...]] = {
    OUTPUT: ("项目完成指标",),
    OUTCOME: ("项目效益指标",),
}

# The categories every project should have (`jixiao check`).
REQUIRED: tuple[str, ...] = (OUTPUT, OUTCOME, SATISFACTION)
# Words inside a raw 一级 cell that show its category where no canonical one was set:
# the short names, but 满意 for 满意度, which also finds 满意率 and 服务对象满意指标.
HINT_WORDS: dict[str, tuple[str, ...]] = {c: SHORT_NAMES[c] for c in REQUIRED} | {
    SATISFACTION: ("满意",),
}
