"""Unit names (the submitting organisation), as data.

The words are declared once, in the first block; each list a reader uses is built from
them below, one per use, because the uses differ on purpose: the endings that make a
word a unit's name in a heading are many, those trusted in a folder name fewer, and the
words stripped before comparing names with the roster are not endings of a name at all.
"""

from __future__ import annotations

# --- the words ---------------------------------------------------------------------------

# Local governments a text names (老庄子镇, 某某乡, 某某街道).
SUBDISTRICT = "街道"
TOWNSHIPS: tuple[str, ...] = (SUBDISTRICT, "镇", "乡")
# The government of one, and a 街道's office (老庄子镇人民政府, 某某街道办事处).
PEOPLES_GOVERNMENT = "人民政府"
GOVERNMENT = "政府"
OFFICE = "办事处"
# Departments (财政局, 发展和改革委员会, 政务服务中心); 委 is short for 委员会.
DEPARTMENTS: tuple[str, ...] = ("局", "委员会", "委", "中心")
# Other bodies that name themselves in a heading or a file name.
BODIES: tuple[str, ...] = (
    "办公室", "院", "学校", "医院", "站", "所", "队", "馆", "厅", "署", "部",
    "中学", "小学", "幼儿园",  # 昌宁县第一示范小学, 耒阳市第四中学, 眉山市第一幼儿园
    "联合会",  # 泸西县妇女联合会, 阜新市残疾人联合会
    "管理处",  # 湘潭市环境卫生管理处
)
# 办, short for an office (党政办, 区委办): only in folder names.
OFFICE_SHORT = "办"
# The unit as a whole rather than a part of it (石桥镇本级, 某某局机关, 部门整体).
OWN_LEVEL = "本级"
ORGAN = "机关"
DEPARTMENT = "部门"

# --- the lists, by use -------------------------------------------------------------------

# A run of characters ending with one of these, in a heading, a labelled cell or the file
# name, is the unit's name (parsers.layout.docfields).  Tried as a regex alternation: a
# longer ending comes before one it starts with (街道办事处 before 街道, 委员会 before 委).
NAME_ENDINGS: tuple[str, ...] = (
    PEOPLES_GOVERNMENT, SUBDISTRICT + OFFICE, OFFICE, *TOWNSHIPS, *DEPARTMENTS, *BODIES,
)
# What may follow a unit's name there (老庄子镇2021年部门预算, 某某局_整体绩效): a name is
# only taken when one of these, a year, a space or the end comes next.
AFTER_NAME: tuple[str, ...] = (
    OWN_LEVEL, DEPARTMENT, "单位", "年度", "预算", "项目", "整体", "绩效",
    # 枣庄职业学院机关单位预算, 九原区人民检察院决算…, 耒阳市第四中学专项资金…
    ORGAN, "决算", "专项",
    "关于",  # 奉节县财政局关于下达…的通知: the office that writes
)
# Endings trusted where a file name opens with the unit and the project follows at once
# (安居区市场监管局食品监管补助资金…): offices of government only, not 站/所/队 …
OPENING_ENDINGS: tuple[str, ...] = (
    PEOPLES_GOVERNMENT, SUBDISTRICT + OFFICE, "局", "委员会", "中心", "学校", "医院",
)
# A character before 镇/乡 that makes no name of it (我镇, 全乡, 城乡 …).
# Words a document's name ends with (…评价报告, …的通知): never inside a unit's name
DOCUMENT_ENDINGS: tuple[str, ...] = ("报告", "通知", "附件", "函", "公告", "公示")
NOT_NAME_STARTS: tuple[str, ...] = (
    "我", "本", "全", "该", "各", "乡", "城", "村", "市", "县", "区", "于", "在", "的", "年",
    "度",
)
# Divisions a unit's full name opens with (安居区市场监管局, 乐昌市中等职业技术学校).
PLACE_WORDS: tuple[str, ...] = ("省", "市", "县", "区", "州", "盟", "旗", *TOWNSHIPS, "村")
# Endings of institutions of which every place has some: a file name opening with one
# names a unit only with its place before it; without, a kind of unit (2018年中职学校…).
KIND_ENDINGS: tuple[str, ...] = ("学校", "医院", "中心")
# A template's words for "the county's office, whichever" (县(市、区)教育部门, 市(州)财政局)
# left where the level that fills the table in should write its name: no unit.
DIVISION_PLACEHOLDERS: tuple[str, ...] = (
    "县(市、区)", "县(市,区)", "县(区、市)", "市(县、区)", "县市区", "县(区)", "市(州)",
    "市(地)", "市县", "××", "XX", "**",
)
# A folder named with one of these endings is the unit (ingest.pipeline.from_path).
FOLDER_ENDINGS: tuple[str, ...] = (*TOWNSHIPS, OFFICE, *DEPARTMENTS, OFFICE_SHORT)
# A wide sheet's row named with one of these endings and with no indicators is the unit
# itself, its total (石桥镇人民政府 | 105.50 |), not a project.
OWN_TOTAL_ENDINGS: tuple[str, ...] = (
    PEOPLES_GOVERNMENT, OFFICE, *TOWNSHIPS, OWN_LEVEL, DEPARTMENT,
)
# Words that do not tell units apart, removed from the end of names before matching them
# to the roster (store.analysis.roster).  Tried in order, so 人民政府 before 政府.
MATCH_STRIP_SUFFIXES: tuple[str, ...] = (
    PEOPLES_GOVERNMENT, GOVERNMENT, OFFICE, ORGAN, OWN_LEVEL,
)
