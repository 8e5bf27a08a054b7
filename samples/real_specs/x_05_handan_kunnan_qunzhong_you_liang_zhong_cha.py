"""A 2019 compilation of budget projects' 绩效目标 (河北, 邯郸; 2019年预算项目绩效目标, a Word document a library
shows page by page), its first table: 邯财社〔2018〕126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表.
A 绩效目标 row across, then a layout none of the others has: 绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标
评价标准 split over four grades 优 | 良 | 中 | 差 on a second header row | 评价标准确定依据; no second level; the
target is the 优 grade (100%), the lower grades what is still passable.  The unit that compiled it is not named on
the stored pages.  Rebuilt as the .doc it was uploaded as (LibreOffice's Word 97 of the .docx)."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.boteman.cn/paper/219141832.html",
    "title": "2019年预算项目绩效目标",
    "issuer": None,  # the compiling unit is not named on the stored pages (邯郸's 民政 funds)
    "province": "河北",
    "year": 2019,
    "kind": "预算指标绩效目标表",
    "format": "doc",
}
FILE = "2019年预算项目绩效目标.doc"

TITLE = "邯财社〔2018〕126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表"


def doc() -> Doc:
    g = Grid(8)
    g.add("绩效目标", C("保障农村低保金的发放,保障农村低保户的基本生活。", span=7))
    g.add(C("绩效指标分类", down=2), C("绩效指标", down=2), C("绩效指标描述", down=2), C("绩效指标评价标准", span=4),
          C("评价标准确定依据", down=2))
    g.add("优", "良", "中", "差")
    g.add(C("产出指标", down=2), "救助覆盖率", "困难群众基本生活救助是否应救尽救", "100%", "90%", "85%", "85%",
          "按临时救助标准评价")
    g.add("农村低保救助资金按标准发放的比率", "救助标准与经济社会发展水平相适应,救助资金按标准发放的比率",
          "90%", "80%", "70%", "70%", "按临时救助标准评价")
    g.add("效果指标", "救助对象对救助工作满意度(%)", "问卷调查中,满意和较满意的救助对象数量占调研对象总数的比率",
          "85%", "80%", "70%", "70%", "按服务对象满意度评价")
    return Doc("2019年预算项目绩效目标", ["2019年预算项目绩效目标", "1、" + TITLE, g])
