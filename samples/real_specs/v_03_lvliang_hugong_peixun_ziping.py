"""A 2021 自评 of the 吕梁山护工培训 (山西, 吕梁), as a tender site reprints the attachment it read from images
(详情见附件, with its note that the recognition may be wrong), here as the Word file and its PDF: no title and no
unit, one indicator table of five columns, 一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值, whose 二级 are the
older 产出数量, 产出质量, 产出时效, 产出成本, 经济效益, 社会效益, 可持续影响 and 满意度 (满意度 under 效益指标,
not a 一级 of its own); the 一级 and 二级 cells are blank below their first row; targets 12500名, 11所,
18—54周岁, 2021.1.1-12.31, 1-6期培训结束后及时考核, 3000元/人, 60%及以上, 有效减轻.  A second table follows, the
training schools' 补助 (序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) | … | 补助资金 | 备注, a row of circled
numbers ①…⑧=④*⑦, five schools), which is no indicator table.  The stored page is cut where that table's header
repeats; the rebuild ends before it."""
from samples.templates import Doc, Grid

SOURCE = {
    "url": "https://m.bidcenter.com.cn/newsrili-1-299854354.html",
    "title": "2021年吕梁山护工培训绩效自评",
    "issuer": None,  # the reprint names no unit
    "province": "山西",
    "year": 2021,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "2021年吕梁山护工培训绩效自评表.pdf"

NOTE = "详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)"


def indicators() -> Grid:
    g = Grid(5)
    g.add("一级指标", "二级指标", "指标名称", "目标值", "完成值")
    g.add("产出指标", "产出数量", "完成2021年吕梁山护工培训任务", "12500名", "12166名")
    g.add("", "", "完成2021年吕梁山护工培训就业质量考核及验收", "11所", "11所")
    g.add("", "产出质量", "培训对象符合吕梁山护工培训招生计划规定", "18—54周岁", "存在18岁以下、54周岁以上")
    g.add("", "", "参训学员结业考核通过率", "100%", "98.79%")
    g.add("", "", "培训机构考核验收达标", "100%", "100%")
    g.add("", "产出时效", "培训任务完成及时", "2021.1.1-12.31", "2021.1.1-12.31")
    g.add("", "", "考核任务完成及时", "1-6期培训结束后及时考核", "1-2期未能及时培训")
    g.add("", "产出成本", "吕梁山护工培训补贴标准达标", "3000元/人", "2600元/人")
    g.add("效益指标", "经济效益", "减轻参训人员经济负担", "有效减轻", "有效减轻")
    g.add("", "社会效益", "参训学员就业率", "60%及以上", "53.53%")
    g.add("", "", "提高参训学员技术水平", "基本提高", "基本提高")
    g.add("", "可持续影响", "巩固脱贫攻坚成果", "有效巩固", "有效巩固")
    g.add("", "满意度", "参培学员满意度", "95%及以上", "88.32%及以上")
    return g


def schools() -> Grid:
    g = Grid(9)
    g.add("序号", "学校性质", "培训机构", "培训补助标准(元/人)", "就业奖补标准(元/人)", "2021年培训人数", "合格人数",
          "补助资金", "备注")
    g.add("①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧=④*⑦", "")
    g.add("1", "民办", "吕梁市远航职业培训学校", "2600", "400", "842", "842", "218.92",
          "在2020年度吕梁山护工培训第五期给汾阳学院、汾")
    g.add("2", "民办", "吕梁精准职业培训学校", "2600", "400", "900", "900", "234", "")
    g.add("3", "民办", "吕梁市富康职业培训学校", "2600", "400", "941", "941", "244.66", "")
    g.add("4", "民办", "吕梁市离石区贝亲职业培训学校", "2600", "400", "942", "918", "238.68", "")
    g.add("5", "民办", "吕梁市离石区好大姐职业培训学校", "2600", "400", "968", "968", "251.68", "")
    return g


def doc() -> Doc:
    return Doc("吕梁山护工培训绩效自评", [NOTE, indicators(), schools()])
