"""临邑县师范附属小学 2025 项目支出目标申报表 (小学教育公用经费): a short Shandong form whose
indicator header is only 一级/二级/三级/年度数值/备注 and whose level names all end in 值 instead
of 指标 (产出值, 数量值, 效益值, 可持续影响值 …), no 满意度 block, the unit only named as
项目主管部门, and a 项目资金申请(万元) block with 资金总额/财政拨款/其他 beside one merged label."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.linyixian.gov.cn/n30334494/n38447929/n38448474/n74342318/n74348867/n74350511/n74350513/c75276936/content.html",
    "title": "临邑县师范附属小学项目支出目标申报表 (2025年度)",
    "issuer": "临邑县师范附属小学",
    "province": "山东",
    "year": 2025,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "临邑县师范附属小学项目支出目标申报表（2025年度）.docx"


def doc() -> Doc:
    g = Grid(5)
    g.add("项目名称", C("小学教育公用经费", span=4))
    g.add("项目主管部门", C("临邑县师范附属小学", span=4))
    g.add(C("项目资金申请(万元)", down=3), "资金总额:", C("438.768", span=3))
    g.add("财政拨款:", C("438.768", span=3))
    g.add("其他:", C("", span=3))
    g.add("项目总体情况", C("根据鲁财科教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计,"
                          "主要用于学校教学与管理、校舍维修维护及日常办公等。", span=4))
    g.add("一级", "二级", "三级", "年度数值", "备注")
    g.add(C("产出值", down=4), "数量值", "小学就读人数", "<=6962人", "")
    g.add("质量值", "教学条件改善、办学水平提高", "=100%", "")
    g.add("时效值", "教育均衡化发展", "有效", "")
    g.add("成本值", "义务教育小学生均公用经费", "780元/生/年", "")
    g.add(C("效益值", down=4), "经济效益值", "经费有效使用情况", "=100%", "")
    g.add("社会效益值", "教学质量提高、办学条件改善", "=100%", "")
    g.add("生态效益值", "安全情况", "有效", "")
    g.add("可持续影响值", "学生受益情况", "=100%", "")
    return Doc("项目支出目标申报表", ["项目支出目标申报表", "(2025年度)", g])
