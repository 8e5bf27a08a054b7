"""normalize: pure functions from raw 指标值 text (plus its context) to a typed `Value`.

Nothing here reads the clock, the database or global settings: the document year, the
二级指标 and any separate 度量单位 / 指标性质 cells are arguments.
"""

from normalize.value import EMPTY, KINDS, Value
from normalize.values import normalize_value

__all__ = ["EMPTY", "KINDS", "Value", "normalize_value"]
