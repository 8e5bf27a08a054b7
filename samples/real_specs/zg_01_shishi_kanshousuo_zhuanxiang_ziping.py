"""石狮市公安局看守所 2022 专项资金绩效自评表 (福建 泉州 石狮; 石狮市公安局's 政府信息公开 page under 财政资金,
2023-09-08), as the page shows it: the site's record lines (索 引 号 / 发布机构 / 公文生成日期 / 标题 / 发布日期 as a
bullet list), the page title and its 时间 / 阅读人数 line, then Quanzhou's 专项资金绩效自评表 rather than the national
项目支出绩效自评表: 专项名称 (not 项目名称) for the project, the 主管部门 written only as 公安局 and the 实施单位
石狮市看守所, two prose rows the national form lacks (项目概况 and 主要成效, the latter naming the 21 people paid),
a 项目资金(万元) block whose 年初预算数 (115.00) differs from 全年预算数 / 全年执行数 (32.00), an 执行率(%) column
holding bare numbers (100.00, 0.00 on the empty rows), the fund rows in the order 当年财政拨款 / 其他资金 /
上年结转资金, a 绩效 指标 caption broken over two lines, 指标分值 / 自评得分 as the score headers, and an
实际完成值 written without its % (100% | 100) beside a 偏差 cell that says 无偏差.  The stored page breaks off after
the first 质量指标 row (管理制度健全性): the rebuild ends there."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.shishi.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/gaj/zfxxgkml/czzj/202311/t20231109_2963762.htm",
    "title": "石狮市公安局看守所2022年专项资金绩效自评报告及自评表",
    "issuer": "石狮市公安局",
    "province": "福建",
    "year": 2022,
    "kind": "项目支出绩效自评表",
    "format": "html",
}
FILE = "石狮市公安局看守所2022年专项资金绩效自评报告及自评表.html"

TITLE = "石狮市公安局看守所2022年专项资金绩效自评报告及自评表"
SUMMARY = "本项目资金用于我所办公业务和监区水电、维修(护)、非在编辅警工资福利和伙食补助等专项经费支出,资金使用期限一年。"
EFFECT = ("本项目资金覆盖了本单位所有的勤杂人员,覆盖总人数为21个人。通过科学考核和评价监所中心工作完成情况和各岗位业务"
          "工作水平,充分发挥绩效考评的杠杆推动作用,奖优罚劣,保障食堂运行和人员稳定,确保监区业务活动有序开展,确保监区安全稳定。")
GOAL = ("用于监区水电、维修(护)、办公、勤杂人员基本工资、绩效工资、监区杂项等经费支出,保障食堂运行和人员稳定,"
        "确保监区业务活动有序开展,确保监区安全稳定")
DONE = "项目实施情况已达到了规划预期效果,保障食堂运行和人员稳定。"


def doc() -> Doc:
    g = Grid(9)
    g.add("专项名称", C("基本业务费", span=8))
    g.add("主管部门", C("公安局", span=3), "实施单位", C("石狮市看守所", span=4))
    g.add("项目概况", C(SUMMARY, span=8))
    g.add("主要成效", C(EFFECT, span=8))
    g.add(C("项目资金(万元)", down=5), C("", span=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)",
          "得分")
    g.add(C("年度资金总额", span=2), "115.00", "32.00", "32.00", "10", "100.00", "10")
    g.add(C("其中:当年财政拨款", span=2), "115.00", "32.00", "32.00", "", "100.00", "")
    g.add(C("其他资金", span=2), "0.00", "0.00", "0.00", "", "0.00", "")
    g.add(C("上年结转资金", span=2), "0.00", "0.00", "0.00", "", "0.00", "")
    g.add(C("年度总体目标", down=2), C("预期目标", span=4), C("实际完成情况", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("绩效\n指标", down=3), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标分值", "自评得分",
          "偏差原因分析及改进措施")
    g.add(C("产出指标", down=2), "数量指标", "人员覆盖率", "100%", "100", "15", "15", "无偏差")
    g.add("质量指标", "管理制度健全性", "100%", "100", "15", "15", "")
    return Doc(TITLE, [
        "索 引 号:QZ05110-0900-2023-00053",
        "发布机构:石狮市公安局",
        "公文生成日期:2023-09-06",
        "标题:" + TITLE,
        "发布日期:2023-09-08",
        TITLE,
        "时间:2023-09-08 16:22 阅读人数:1",
        "专项资金绩效自评表",
        "(2022年度)",
        g,
    ])
