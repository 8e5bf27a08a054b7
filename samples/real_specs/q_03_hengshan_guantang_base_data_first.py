"""衡山县贯塘乡人民政府 2023 部门决算公开 (湖南, 衡阳; HTML page of the 决算编制说明): two tables one after
the other, 附件一 2023年度部门整体支出绩效评价基础数据表 and 附件二 2023年度部门整体支出绩效自评表.  The first
is no target table at all but is full of key-like rows with amounts (财政供养人员情况 with 编制数 46 / 实际在职人数
50 / 控制率 108.70%, 经费控制情况 with 2022年决算数 / 2023年预算数 / 2023年决算数 columns over 三公经费, 项目支出:
874.20 | 308.17 | 1025.20, 公用经费, 其中:办公经费 …, empty 业务工作经费 / 省级专项资金 rows with "……", a
楼堂馆所控制情况 block and 厉行节约保障措施) and labels whose closing bracket the page lost ("(人", "(万元",
"(㎡"), then a 说明 line.  The second is the Hunan 部门整体 自评表 (as m_04): the unit in a 预算部门、单位名称 row,
年度资金总额 861.10 年初 / 2030.12 全年 / 2030.12 执行, and the funding split 按收入性质分:2030.12 (一般公共预算
1325.68, 政府性基金拨款 118.82, 纳入专户管理的非税收入拨款 blank, 其他资金 585.62) beside 按支出性质分:1925.67
(基本支出 900.47, 项目支出 1025.20), amounts inside the label cells; the unit's budget code only in the page
heading (411001-).  The stored page breaks off inside the 年度总体目标 row: the table ends after the funding
block, so no indicator is kept."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.hengshan.gov.cn/xzxxgk/gtx/fdzdgknr/czxx/20240914/i3455515.html",
    "title": "2023年贯塘乡人民政府决算编制说明",
    "issuer": "衡山县贯塘乡人民政府",
    "province": "湖南",
    "year": 2023,
    "kind": "部门整体支出绩效自评表",
    "format": "html",
}
FILE = "2023年贯塘乡人民政府决算编制说明(绩效评价基础数据表及部门整体支出绩效自评表).docx"


def base_data() -> Grid:
    g = Grid(7)
    g.add(C("财政供养人员情况(人", down=2), C("编制数", span=2), C("2023 年实际在职人数", span=2),
          C("控制率", span=2))
    g.add(C("46", span=2), C("50", span=2), C("108.70%", span=2))
    g.add(C("经费控制情况(万元", span=4), "2022 年决算数", "2023 年预算数", "2023 年决算数")
    rows = [
        ("三公经费:", "0", "0", "0"), ("1、公务用车购置和维护经费", "0", "0", "0"),
        ("其中:公车购置", "0", "0", "0"), ("公车运行维护", "0", "0", "0"), ("2、出国经费", "0", "0", "0"),
        ("3、公务接待", "0", "0", "0"), ("项目支出:", "874.20", "308.17", "1025.20"),
        ("1、业务工作经费", "", "", ""), ("2、运行维护经费", "", "", ""), ("……", "", "", ""),
        ("3、省级专项资金(每个专项一行", "", "", ""), ("……", "", "", ""),
        ("公用经费", "118.31", "85.76", "193.42"), ("其中:办公经费", "29.35", "27.00", "49.09"),
        ("水费、电费、差旅费", "8.80", "13.00", "12.64"), ("会议费、培训费", "4.92", "3.00", "5.42"),
        ("政府采购金额", "", "", ""), ("部门基本支出预算调整", "", "", ""),
    ]
    for label, *amounts in rows:
        g.add(C(label, span=4), *amounts)
    g.add(C("楼堂馆所控制情况", span=7))
    g.add("2023 年完工项目", "批复规模(㎡", "实际规(㎡)", "规模控制", "预算投资\n(万元", "实际投资\n(万元",
          "投资概算控制")
    g.add("", "", "", "", "", "", "")
    g.add("厉行节约保障措施", C("", span=6))
    return g


def self_evaluation() -> Grid:
    g = Grid(8)
    g.add(C("预算部门、单位名称", span=2), C("衡山县贯塘乡人民政府", span=6))
    g.add(C("年度预算申请\n(万元", down=7), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
          "自评得分")
    g.add("年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10")
    g.add(C("按收入性质分:2030.12", span=3), C("按支出性质分:1925.67", span=4))
    g.add(C("其中: 一般公共预算:1325.68", span=3), C("其中:基本支出:900.47", span=4))
    g.add(C("政府性基金拨款:118.82", span=3), C("项目支出:1025.20", span=4))
    g.add(C("纳入专户管理的非税收入拨款:", span=3), C("", span=4, down=2))
    g.add(C("其他资金:585.62", span=3))
    return g


def doc() -> Doc:
    return Doc("2023年贯塘乡人民政府决算编制说明", [
        "2023年贯塘乡人民政府决算编制说明",
        "411001-衡山县贯塘乡人民政府2023年部门决算公开",
        "附件一",
        "2023年度部门整体支出绩效评价基础数据表",
        base_data(),
        "说明:项目支出需要填报基本支出以外的所有项目支出情况,公用经费填报基本支出中的一般商品和服务支出。",
        "附件二",
        "2023年度部门整体支出绩效自评表",
        self_evaluation(),
    ])
