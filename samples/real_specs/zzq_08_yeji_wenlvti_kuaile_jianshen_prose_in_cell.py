"""六安市叶集区文化旅游体育局's 2025 projects (安徽, 六安, 叶集区), as the district's 信息公开 site (ahyeji.gov.cn) shows
them in a page that keeps no heading: everything stands inside one table -- its first row a single cell merged across
all ten columns that holds, run together with one space between parts, the Anhui budget-disclosure prose of two
projects (1.“文化中心运营专项经费”项目。 and 2.“文旅体专项经费”项目。, each with (1)项目概述 … (7)绩效目标; (4)起止时间
2025年1月1日-2025年12月31日 with no closing 。; (6)年度预算安排。财政拨款634万元。 and 财政拨款306.18万元。: the source
named with the amount) and, at its end, the heading of the first target table, 项目支出绩效目标表; then (2025年度) merged
across, and the 项目支出绩效目标表's rows.

What sets it apart: the prose is a table cell, not paragraphs, so the two described projects come before any form
row; and the one form that follows is not theirs -- its 项目名称 is a third project, 快乐健身暖民心建设资金, whose prose
the page does not show (before the form, at least).

The stored page breaks off inside the form's second row (主管部门及代码 | [027]六安市叶集区文化旅游体育…): that partial
row is dropped, so the rebuild ends after 项目名称; no 项目资金, goal or indicator of the third project is shown.

Decided: the unit is the 实施主体 六安市叶集区文化旅游体育局 (both projects write it); year 2025 (the 起止时间 and the
form's (2025年度)); three projects in the page's order: the two of the prose, named by their quoted names, each with
its (6) budget (634万元 = 6,340,000 元; 306.18万元 = 3,061,800 元), its source as written (财政拨款, the same amount)
and its (7)绩效目标 text as one goal; and the form's, named by its 项目名称, with nothing else shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ahyeji.gov.cn/public/6596441/25914636.html",
    "title": "",  # the stored text opens inside the table: no heading is kept
    "issuer": "六安市叶集区文化旅游体育局",
    "province": "安徽",
    "year": 2025,
    "kind": "项目支出绩效目标表",
    "format": "html",
}
FILE = "25914636.html"

PROSE = " ".join([
    "1.“文化中心运营专项经费”项目。",
    "(1)项目概述。主要用于文化中心整体运营。",
    "(2)立项依据。文化中心运行管理需要。",
    "(3)实施主体。六安市叶集区文化旅游体育局。",
    "(4)起止时间。2025年1月1日-2025年12月31日",
    "(5)项目内容。文化中心运营主要包括场馆运营费、水电费、特种设备维保和设备维修4部分。维持场馆日常运营,保障文化中心各项"
    "活动顺利开展。",
    "(6)年度预算安排。财政拨款634万元。",
    "(7)绩效目标。项目通过对场馆进行日常运营维护,主要工作为设备维保维修以及部分运转工作的开展,保障文化中心日常运转,"
    "提高社会对场馆的满意度,提高人民群众文化生活的质量。",
    "2.“文旅体专项经费”项目。",
    "(1)项目概述。主要用于文化、旅游、广电、体育、文物等专项工作支出。",
    "(2)立项依据。文化、旅游、广电、体育、文物等工作开展需要。",
    "(3)实施主体。六安市叶集区文化旅游体育局。",
    "(4)起止时间。2025年1月1日-2025年12月31日",
    "(5)项目内容。主要用于举办群众文化活动及文化惠民活动、发放文化人才补助、应急广播维护、非物质文化遗产保护、文物保护等"
    "支出,保障单位日常工作开展",
    "(6)年度预算安排。财政拨款306.18万元。",
    "(7)绩效目标。完成文化工作主要项目支出,搞好文化活动等任务,确保文化工作各阶段具体任务的落实。减少文物安全隐患,保护"
    "文物安全完整。完成旅游工作一般性支出,包括旅游会议、旅游推介、参加培训、文明旅游建设等支出,推进区文旅体工作正常开展,"
    "保障区博物馆安防项目及应急广播终端建设项目实施,推动地区文旅体工作质量不断提高。",
    "项目支出绩效目标表",
])


def doc() -> Doc:
    g = Grid(10)
    g.add(C(PROSE, span=10))
    g.add(C("(2025年度)", span=10))
    g.add("项目名称", C("快乐健身暖民心建设资金", span=9))
    return Doc("25914636", [g])
