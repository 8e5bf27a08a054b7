"""normalize: pure functions from raw 指标值 text (plus its context) to a typed `Value`.

Nothing here reads the clock, the database or global settings: the document year, the
二级指标 and any separate 度量单位 / 指标性质 cells are arguments.

    normalize_value(raw, level2=, year=, unit=, op=)  → Value        (values.py)
    normalize_jsonl_line({"raw": …, "year": …})       → dict         (values.py)
    unit_of_name("实施营造林总面积(亩)")                → ("亩", None)  (a name's unit)
    parse_amount_yuan("561.2万元")                     → Decimal      (money.py)
    parse_budget_text("预算数561.2万元。其中：…")         → BudgetReading (budget.py)

Importing this package is light (no cn2an, which is imported on the first Chinese numeral).
"""

from jixiao.normalize.budget import (
    BudgetReading,
    FundingAmount,
    is_subtotal,
    parse_budget_text,
    parse_funding_label,
)
from jixiao.normalize.money import parse_amount_yuan
from jixiao.normalize.recognise import normalize_jsonl_line, normalize_value, unit_of_name
from jixiao.normalize.value import EMPTY, KINDS, Value

__all__ = [
    "EMPTY",
    "KINDS",
    "BudgetReading",
    "FundingAmount",
    "Value",
    "is_subtotal",
    "normalize_jsonl_line",
    "normalize_value",
    "parse_amount_yuan",
    "parse_budget_text",
    "parse_funding_label",
    "unit_of_name",
]
