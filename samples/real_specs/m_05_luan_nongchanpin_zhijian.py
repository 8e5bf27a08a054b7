"""六安市农业农村局 2024 项目支出绩效目标申报表 (农产品质检体系建设和“三品一标”发展项目, 安徽 HTML
page): the title, ( 2024 年度) and the 项目责任人(签字): / 单位(盖章): line as the table's first
rows, 中期 and 年度 blocks side by side with DIFFERENT amounts (中期资金总额 68.50 | 年度资金总额
51.35, each with its own 其中:财政拨款 and 其他资金 0.00), 中期目标(2024年—2026年) beside 年度目标,
and the indicator block repeated for 中期 and 年度 in one row (一级 | 二级 三级 指标值 | 二级 三级
指标值); the name starts with a category prefix (发展建设类-); values ≥57个, ≥100组, ≤7工作日.
The page's copy breaks off inside the second 时效指标 row: the table ends after the first."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://nyncj.luan.gov.cn/public/6608321/10480730.html",
    "title": "六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表",
    "issuer": "六安市农业农村局",
    "province": "安徽",
    "year": 2024,
    "kind": "绩效目标申报表",
    "format": "html",
}
FILE = "六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表.docx"

GOAL = ("通过项目实施,开展农产品质量安全监测及三品一标工作,实现农产品质量安全得到提升,检测批次达到2批次/千人,"
        "“两强一增”认证总数得到上升。")


def doc() -> Doc:
    g = Grid(8)
    g.add(C("项目支出绩效目标申报表", span=8))
    g.add(C("( 2024 年度)", span=8))
    g.add(C("项目责任人(签字):", span=4), C("单位(盖章):", span=4))
    g.add(C("项目名称", span=2), C("发展建设类-农产品质检体系建设和“三品一标”发展项目", span=6))
    g.add(C("主管部门及代码", span=2), C("[066]六安市农业农村局", span=2), "实施单位", C("六安市农业农村局", span=3))
    g.add(C("项目属性", span=2), C("常年项目", span=2), "项目期", C("3年", span=3))
    g.add(C("项目资金 (万元)", span=2, down=3), "中期资金总额:", C("68.50", span=2), "年度资金总额:", C("51.35", span=2))
    g.add("其中:财政拨款", C("68.50", span=2), "其中:财政拨款", C("51.35", span=2))
    g.add("其他资金", C("0.00", span=2), "其他资金", C("0.00", span=2))
    g.add(C("总 体 目 标", span=2, down=2), C("中期目标(2024年—2026年)", span=3), C("年度目标", span=3))
    g.add(C(GOAL, span=3), C(GOAL, span=3))
    g.add(C("绩 效 指 标", down=8), "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    g.add(C("产出指标", down=7), C("数量指标", down=3), "鉴定校准实验室仪器", "≥57个",
          C("数量指标", down=3), "鉴定校准实验室仪器", "≥57个")
    g.add("购买标准试剂", "≥100个", "购买标准试剂", "≥100个")
    g.add("监督抽检批次", "≥100组", "监督抽检批次", "≥100组")
    g.add(C("质量指标", down=3), "农产品例行监测合格率", "≥98%", C("质量指标", down=3), "农产品例行监测合格率", "≥98%")
    g.add("农产品监督抽样合格率", "≥98%", "农产品监督抽样合格率", "≥98%")
    g.add("实验室仪器维修维护", "≥4次", "实验室仪器维修维护", "≥4次")
    g.add("时效指标", "检测及时率", "≤7工作日", "时效指标", "检测及时率", "≤7工作日")
    return Doc("项目支出绩效目标申报表", [
        "六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表", g])
