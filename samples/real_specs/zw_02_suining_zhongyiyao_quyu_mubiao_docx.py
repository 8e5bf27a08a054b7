"""遂宁市财政局 and 遂宁市卫生健康委员会 (四川) 2022: their letter of 2022年4月29日 passing the 2022年省级财政中医药发展
专项补助资金 down to the city's 中医院, as a mirror of the city's site stores it, with both attachments, here as the Word
file the letter and its attachments make.  The stored copy opens on the salutation (市中医院:) -- no heading, no document
number -- and names no amount (如数, 具体详见附件).  附件1, the 分配表, keeps its title and its 单位:万元 line INSIDE the
table as full-width rows, then five funding columns (中医药服务能力提升 | 中医药“三个高地”建设 | 中医药产业发展 |
中医药治理能力提升 | 合计) and one row, 遂宁市中医院 300 | 38.1 | (blank) | (blank) | 338.1 (the sum checks).  附件2, which
the letter's list calls 绩效目标表, is headed 区域绩效目标表 with (2022年度) under it, both again rows inside the table;
its 专项名称 is 省级中医药发展专项补助资金 -- shorter than the letter's 2022年省级财政中医药发展专项补助资金, and the
table's wording is the name -- then 省级财政 部门 (the label broken in two in its cell) | 四川省财政厅 | 省级主管部门 |
四川省中医药管理局 across the last two columns.  The stored copy breaks off inside the next row (市(州)财政部门 |
遂宁市财政…): the table is rebuilt up to its last whole row, so it carries no money, no goal and no indicator; the
338.1 is the 分配表's, not the target table's.  The five-column grid of 附件2 and the six of 附件1 are read off the
mirror's cell separators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.macharness.com/gongkai/show/a96b8b0adc424accaa248a9c1c12c281.html",
    "title": "区域绩效目标表 (遂宁市财政局 遂宁市卫生健康委员会下达2022年省级财政中医药发展专项补助资金通知附件2)",
    "issuer": "遂宁市财政局 遂宁市卫生健康委员会",
    "province": "四川",
    "year": 2022,
    "kind": "区域绩效目标表",
    "format": "html",
}
FILE = "遂宁市2022年省级财政中医药发展专项补助资金分配表及区域绩效目标表.docx"

LETTER = [
    "市中医院:",
    "为促进中医药事业持续健康发展,根据财政厅、省卫生健康委《关于下达2022年省级财政中医药发展专项补助资金的通知》"
    "(川财社〔2022〕23号),现下达你院2022年省级财政中医药发展专项补助资金如数(具体详见附件)。现将有关事项通知如下。",
    "一、请将此项资金列入《2022年政府收支分类科目》“政府收支分类科目中医(民族医)药专项”科目。你院要严格按照《四川省"
    "财政厅 四川省中医药管理局关于印发〈省级财政中医药发展补助资金管理办法〉的通知》(川财社〔2017〕4号)等文件要求,"
    "加强资金管理,做到专款专用,切实提高资金使用绩效。其中,涉及政府采购的资金,按照《政府采购法》有关规定,切实做好"
    "项目实施所需物资的招标采购工作。",
    "二、为进一步加强预算绩效管理,提高财政资金使用效益,请对照区域绩效目标做好绩效监控,确保年度绩效目标如期实现。"
    "相关主管部门将组织对各地绩效目标完成情况进行考核,考核结果与下年度财政补助资金安排挂钩。",
    "三、该项补助资金为直达资金,纳入直达资金监控系统反映。请按照要求做好直达资金管理使用等工作。",
    "附件:1. 2022年省级财政中医药发展专项补助资金分配表",
    "2. 绩效目标表",
    "遂宁市财政局 遂宁市卫生健康委员会",
    "2022年4月29日",
]


def doc() -> Doc:
    alloc = Grid(6)
    alloc.add(C("2022年省级财政中医药发展专项补助资金分配表", span=6))
    alloc.add(C("单位:万元", span=6))
    alloc.add("单位", "中医药服务能力提升", "中医药“三个高地”建设", "中医药产业发展", "中医药治理能力提升", "合计")
    alloc.add("遂宁市中医院", "300", "38.1", "", "", "338.1")
    g = Grid(5)
    g.add(C("区域绩效目标表", span=5))
    g.add(C("(2022年度)", span=5))
    g.add("专项名称", C("省级中医药发展专项补助资金", span=4))
    g.add("省级财政\n部门", "四川省财政厅", "省级主管部门", C("四川省中医药管理局", span=2))
    return Doc("区域绩效目标表", [*LETTER, "附件1", alloc, "附件2", g])
