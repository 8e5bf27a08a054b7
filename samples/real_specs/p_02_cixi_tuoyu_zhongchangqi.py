"""慈溪市 2023 重大政策和项目绩效目标情况 (浙江, 宁波; published by 市财政局): several projects on one page,
each as headings and a sentence paragraph followed by a bare four-column 项目具体目标表 (一级指标 | 二级指标 |
指标名称 | 指标值, no 三级 header word, no amounts, no unit line) holding the 中长期 indicators; the unit is named
only as the city in the page heading.  The 一级 cell 产出指标 runs on over the 社会效益 rows (no 效益指标 cell is
written), a 二级 cell "社会效益" without 指标, values mix bare numbers (4.5), percentages with and without ≥ and
states (及时发放, 提高).  The stored page is cut off inside the second project's first paragraph: only the
first project (3岁以下婴幼儿照护服务项目) is kept."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.cixi.gov.cn/art/2023/3/7/art_1229041725_4196529.html",
    "title": "2023年慈溪市重大政策和项目绩效目标情况",
    "issuer": "慈溪市财政局",
    "province": "浙江",
    "year": 2023,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "2023年慈溪市重大政策和项目绩效目标情况.docx"

GOAL = ("坚持政府引导、家庭为主、多方参与、规范管理的原则,全面建立以家庭为基础、社区为依托、机构为补充的婴幼儿照护"
        "服务体系,建立健全婴幼儿照护服务工作管理体制和运行机制,全力推进婴幼儿照护服务健康有序发展,逐步满足群众对"
        "婴幼儿照护服务的需求,有效促进婴幼儿全面健康成长。到2025年,婴幼儿照护服务的政策体系、标准规范体系和覆盖"
        "城乡的服务体系基本健全,服务能力明显提升,广大家庭的婴幼儿照护服务需求得到进一步满足,每千人口拥有3岁以下"
        "婴幼儿托位数4.5个。")


def doc() -> Doc:
    g = Grid(4)
    g.add("一级指标", "二级指标", "指标名称", "指标值")
    g.add(C("产出指标", down=9), "数量指标", "每千人托位", "4.5")
    g.add(C("质量指标", down=3), "应补尽补率", "100%")
    g.add("审核准确性", "100%")
    g.add("补助发放准确率", "100%")
    g.add("时效指标", "补助发放及时性", "及时发放")
    g.add(C("社会效益", down=4), "社区婴幼儿照护服务机构覆盖率", "提高")
    g.add("婴幼儿健康管理率", "95%")
    g.add("婴幼儿家长科学育儿知识普及率", "90%")
    g.add("婴幼儿照护服务机构从业人员持证率", "80%")
    g.add(C("满意度指标", down=2), C("满意度指标", down=2), "受益单位满意度", "95%")
    g.add("社会公众满意度", "≥90%")
    return Doc("2023年慈溪市重大政策和项目绩效目标情况", [
        "2023年慈溪市重大政策和项目绩效目标情况",
        "3岁以下婴幼儿照护服务项目项目绩效目标",
        "(一)中长期绩效目标",
        GOAL,
        "(二)中长期绩效指标",
        "项目单位按项目实施内容设置了11个指标,包含数量类、时效类、质量类、效果类指标。指标如下:",
        "项目具体目标表",
        g,
    ])
