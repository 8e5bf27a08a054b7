"""银川市第六中学 2021 银川市本级部门项目支出绩效自评表 (宁夏; 初中公用经费, 主管部门 银川市教育局), a .docx
shared on yzwku whose preview text is an OCR of the print: an evaluation-framework 自评表 whose 一级 are
项目决策(10分) / 项目管理(25分) / 项目产出(30分) / 项目效益(35分) rather than 产出/效益/满意度, the 二级 of
the 决策 and 管理 blocks being criteria (项目目标, 项目立项, 投入管理, 财务管理, 项目实施) with 三级 such as
完整性 / 预算执行率 whose 指标值(A) is a dash or blank and whose 全年实际值(B) is a sentence; the 产出 block
with weights in the 二级 cells (数量指标(10分)) and unfilled "指标2:" prompt rows; a 参考分值 column before
指标值(A) and 全年实际值(B), then 得分 and 未完成原因分析及改进措施; key rows with 自评得分 98 and an empty
财政审核评分; 项目资金(万元) under 年初预算数 / 调整预算数(A) / 全年执行数(B) / 执行率(B/A) (64.8 each, 100%);
年初设定目标 beside an empty 年度总体目标完成情况综述.  The OCR's slips are restored (实施第位 for 实施单位,
项Fl资金(万兀) for 项目资金(万元), 预匏/测第 for 预算/测算, 一 for the dash —, IO for 10, M.8万元 for 14.8万元,
指标L for 指标1:, 行个 for 有个, a full stop read as "."); the place of each cell is read from the order of the
OCR text (参考分值 is printed on two lines and read "考值参分").  The preview is cut inside the first
服务对象满意度指标 row: the table ends after the 可持续影响指标 rows."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://m.yzwku.com/doc/476505.html",
    "title": "银川市本级部门项目支出绩效自评表",
    "issuer": "银川市第六中学",
    "province": "宁夏",
    "year": 2021,
    "kind": "项目支出绩效自评表",
    "format": "docx",
}
FILE = "银川市本级部门项目支出绩效自评表(2021年)初中公用经费.docx"

DASH = "—"


def doc() -> Doc:
    g = Grid(8)
    g.add("项目名称", C("初中公用经费", span=3), "主管部门", C("银川市教育局", span=3))
    g.add("实施单位", C("银川市第六中学", span=3), "自评得分", "98", "财政审核评分", "")
    g.add(C("项目资金\n(万元)", down=2), "", "年初预算数", "调整预算数\n(A)", "全年执行数\n(B)",
          C("执行率\n(B/A)", span=3))
    g.add("年度资金总额", "64.8", "64.8", "64.8", C("100%", span=3))
    g.add(C("年度总体目标", down=2), C("年初设定目标", span=3), C("年度总体目标完成情况综述", span=4))
    g.add(C("保障学校正常工作运行", span=3), C("", span=4))
    g.add("一级指标", "二级指标", "三级指标", "参考\n分值", "指标值\n(A)", "全年实际值\n(B)", "得分",
          "未完成原因分析及改进措施")
    g.add(C("项目决策\n(10分)", down=4), "项目目标", "完整性", "4", DASH, "目标明确、内容细化、目标量化", "4", "")
    g.add(C("项目立项", down=3), "相关性", "2", DASH, "按照学校管理标准对学校进行管理", "2", "")
    g.add("可行性", "2", "", "实际工作需求", "2", "")
    g.add("适当性", "2", "", "有资金测算标准", "2", "")
    g.add(C("项目管理\n(25分)", down=4), "投入管理", "预算执行率", "10", DASH, "100%", "9", "")
    g.add("财务管理", "财务管理制度有效性", "7", DASH, "财务制度健全,严格执行制度,会计核算规范", "7", "")
    g.add(C("项目实施", down=2), "绩效监控有效性", "2", DASH, "持续有效", "2", "")
    g.add("管理制度有效性", "6", "-", "严格执行相关管理制度", "6", "")
    g.add(C("项目产出\n(30分)", down=9), C("数量指标\n(10分)", down=2), "保障人数", "10", "2370人", "2370人",
          "10", "")
    g.add("指标2:", "", "", "", "", "")
    g.add(C("质量指标\n(5分)", down=2), "公用经费标准", "5", "符合相关文件要求", "符合相关文件要求", "5", "")
    g.add("指标2:", "", "", "", "", "")
    g.add(C("时效指标\n(5分)", down=2), "公用经费完成时间", "5", "2021年12月完成", "2021年12月完成", "4", "")
    g.add("指标2:", "", "", "", "", "")
    g.add(C("成本指标\n(10分)", down=3), "办公所需成本", "4", "15万元", "15万元", "4", "")
    g.add("维修(维护)所需成本", "3", "35万元", "35万元", "3", "")
    g.add("绿化、水电费等成本", "3", "14.8万元", "14.8万元", "3", "")
    g.add(C("项目效益\n(35分)", down=7), C("经济效益\n指标", down=2), "指标1:", "", "", "", "", "")
    g.add("指标2:", "", "", "", "", "")
    g.add("社会效益\n指标", "效果显著", "15", "改善学校的办学条件", "改善学校的办学条件", "13", "")
    g.add(C("生态效益\n指标", down=2), "指标1:", "", "", "", "", "")
    g.add("指标2:", "", "", "", "", "")
    g.add(C("可持续影响\n指标", down=2), "使学生和老师有个更好的学习和工作环境,做到", "10", "社会认可的办学环境。",
          "社会认可的办学环境。", "8", "")
    g.add("指标2:", "", "", "", "", "")
    return Doc("银川市本级部门项目支出绩效自评表", ["银川市本级部门项目支出绩效自评表", "(2021年)", g])
