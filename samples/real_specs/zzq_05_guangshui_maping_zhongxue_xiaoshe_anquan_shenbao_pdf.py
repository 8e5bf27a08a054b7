"""广水市马坪镇中心中学's 项目申报表 for the 2023 budget (湖北, 随州, 广水市), a seven-page PDF exported from the
province's 预算管理一体化 system, mirrored by a PDF-sharing site (pdf.chddh.cn, as q_05) that shows the first pages'
extracted text: the file name 广水市马坪镇中心中学项目申报表1.pdf and then the text, run together.

Page one is a cover, not a table: the title 广水市马坪镇中心中学项目申报表 and one line a field -- 项目名称:, 项目编码:
(empty), 项目单位(盖章): the school, 主管部门: 广水市教育局, 审核方式: with ☑部门集中审核 □专家评审 □第三方机构评审,
申报日期: 2022 年 12 月 30 日, 部门(单位)分管领导签章: with an empty 年 月 日, and the two 股's 审批意见: lines.  Page two
opens the 项目基本信息 table, four columns of label | value | label | value: 二级项目名称 (the 项目名称 again) beside an
empty 二级项目代码, the 一级项目名称 (the province-wide fund) beside 支出项目类别 31-本级支出项目, 项目性质 (empty) beside
项目安排频度 01-常年性项目, 项目属性 01-持续性项目 beside 主管处室 06-科教和文化股, 主管部门 155-广水市教育局 beside
单位 155009001广水市马坪镇中心中学本级 (code and 本级 glued to the name), 编报模板 自定义模板 beside 分配方式 项目法,
职能职责, 是否基建项目 否, 是否追踪 否, 去向单位 the school, 负责人姓名 and 项目开始年度 2023, 项目期限 5年 beside an
empty 项目来源, 是否科研项目 否, 是否使用上级转移支付资金: 否, 负责人电话 and 邮编.  What sets it apart: the unit is
written five ways (项目单位(盖章):, 单位 with a code and 本级, 去向单位, 主管部门: and 主管部门 with a code) and the year
two (申报日期 2022 … 项目开始年度 2023), with no amount anywhere in the head.

The extraction puts a wrapped value's second line after the next label (…(马 二级项目代码 坪镇)…) and 项目期限's 5年
four rows early, beside 编报模板; both are put back in their cells.  The stored text breaks off at the next row's
label (单位…): the rebuild ends after the 负责人电话 | 邮编 row, before any amount, goal or indicator.

Decided: the unit is the 项目单位(盖章): line's 广水市马坪镇中心中学 (the 去向单位 too; the table's 单位 cell carries a
code and 本级; 广水市教育局 is the 主管部门); the year is 2023, the 项目开始年度 of a form filed on 2022-12-30 for the
next budget; one project, the 项目名称 as written; no budget, funding, goals or indicators are shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://pdf.chddh.cn/archives/6vrjeklpge30vl45my9w.html",
    "title": "广水市马坪镇中心中学项目申报表1.pdf",
    "issuer": "广水市马坪镇中心中学",
    "province": "湖北",
    "year": 2023,
    "kind": "项目申报表",
    "format": "pdf",
}
FILE = "广水市马坪镇中心中学项目申报表1.pdf"

NAME = "城乡义务教育补助经费-义务教育学校(马坪镇)校舍安全保障长效机制省级资金"
SCHOOL = "广水市马坪镇中心中学"


def doc() -> Doc:
    g = Grid(4)
    g.add(C("项目基本信息", span=4))
    g.add("二级项目名称", NAME, "二级项目代码", "")
    g.add("一级项目名称", "城乡义务教育补助经费-义务教育学校校舍安全保障长效机制资金", "支出项目类别", "31-本级支出项目")
    g.add("项目性质", "", "项目安排频度", "01-常年性项目")
    g.add("项目属性", "01-持续性项目", "主管处室", "06-科教和文化股")
    g.add("主管部门", "155-广水市教育局", "单位", f"155009001{SCHOOL}本级")
    g.add("编报模板", "自定义模板", "分配方式", "项目法")
    g.add("职能职责", "155001-广水市教育局职能职责", "是否基建项目", "否")
    g.add("是否追踪", "否", "去向单位", SCHOOL)
    g.add("负责人姓名", "张元", "项目开始年度", "2023")
    g.add("项目期限", "5年", "项目来源", "")
    g.add("是否科研项目", "否", "一级项目编码", "")
    g.add("是否使用上级转移支付资金:", "否", "上级转移支付项目", "")
    g.add("负责人电话", "13886893533", "邮编", "432731")
    return Doc(f"{SCHOOL}项目申报表", [
        f"{SCHOOL}项目申报表",
        f"项目名称:{NAME}",
        "项目编码:",
        f"项目单位(盖章):{SCHOOL}",
        "主管部门:广水市教育局",
        "审核方式:☑部门集中审核 □专家评审 □第三方机构评审",
        "申报日期: 2022 年 12 月 30 日",
        "部门(单位)分管领导签章:",
        "年 月 日",
        "财政预算绩效管理股审批意见:",
        "财政归口业务股室审批意见:",
        g,
    ])
