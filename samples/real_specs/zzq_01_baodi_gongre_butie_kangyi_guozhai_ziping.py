"""天津市宝坻区城管委's 抗疫特别国债项目(打捆项目)绩效目标自评表 (2020年度) for the 宝坻区2019-2020年度供热补贴项目
(天津, 宝坻区), as 宝坻区's site (tjbd.gov.cn) shows it under its 财政直达资金 专题: the stored page keeps no heading
and no record items; it opens on two notices of the 区财政 to the 城管委, each as paragraphs (addressee 城管委:,
the body, 特此通知。 and its date) -- the first (2020年7月22日) allots 3400万元 of 抗疫特别国债 中央直达资金 to the
供热补贴项目, the second (2020年10月10日) takes 1640万元 of it back and leaves 1760万元 to the project -- and then
the table, whose first three rows are 附件2, the form's title and (2020年度), each merged across.

The form is the national 转移支付 自评表 (as f_04 and zzj_03 have it), in its 抗疫特别国债 打捆项目 variant: the
project under 转移支付(项目)名称, 中央主管部门 财政部 (a ministry), 地方主管部门 天津市宝坻区财政局 beside
资金使用单位 天津市宝坻区城管委 (a 城管委 that heats homes), then a 资金情况 (万元) block whose caption stands
in the header row beside 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A), 年度资金总额: 1760 | 1760 | 100% and
其中:中央财政资金 1760 | 1760 | 100%: the amounts bare, the unit only in the caption.  What sets it apart: the
notices above the table name the same money three ways (3400万元 allotted, 1640万元 withdrawn, 1760万元 left),
and only the last is the form's.

The stored page breaks off inside the next row's label (地方资…): the rebuild ends after the 中央财政资金 row, so the
地方资金 and 其他资金 rows, the 总体目标 and every indicator are missing.  The column layout (label | A | B | rate)
is read from the rows' cell counts in the stored text.

Decided: the unit is the 资金使用单位 天津市宝坻区城管委 (the notices' addressee too), not the 地方主管部门 财政局 that
wrote them; the year is the form's 2020年度; the project is the 转移支付(项目)名称 as written (its 2019-2020年度 is the
heating season, not the year); the budget is the 年度资金总额 全年预算数(A) 1760万元 (17,600,000 元), not the notices'
3400万元; funding its one source row shown, 中央财政资金 1760万元; no goals and no indicators are shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.tjbd.gov.cn/sy/ztzl/ztzl1/czjjzdjc/202109/t20210902_5576119.html",
    "title": "",  # the stored text opens on the first notice's 城管委: -- no heading is kept
    "issuer": "天津市宝坻区财政局",
    "province": "天津",
    "year": 2020,
    "kind": "抗疫特别国债项目(打捆项目)绩效目标自评表",
    "format": "html",
}
FILE = "t20210902_5576119.html"

NOTICE_1 = ("为贯彻落实《天津市财政局关于下达2020年抗疫特别国债额度的通知》(津财预指[2020]31号)有关规定,经研究并结合资金"
            "拨付使用情况,现下达你单位2020年抗疫特别国债中央直达资金3400万元,用于供热补贴项目,列2340204“抗疫特别国债安排的"
            "支出-抗疫相关支出-援企稳岗补贴”支出科目。")
MARK_1 = ("本次下达中央直达资金标识为“01004抗疫特别国债”, 贯穿资金分配、拨付、使用整个环节且保持不变。请你单位及时将本次"
          "中央直达资金支付到最终收款方,并建立实名台账,确保精准下达。")
NOTICE_2 = ("为贯彻落实《天津市财政局关于下达2020年抗疫特别国债额度的通知》(津财预指[2020]31号)有关规定,经研究并结合资金"
            "拨付使用情况,根据《天津市财政局关于各区抗疫特别国债资金项目调整方案备案审核的意见》(津财预【2020】56号),"
            "现收回你单位《关于下达抗疫特别国债中央直达资金指标的通知》(宝财预指[2020] 21号)中供热补贴指标1640万元,"
            "剩余指标1760万元继续用于该项目。")
MARK_2 = ("本次下达中央直达资金标识为“01004抗疫特别国债”,贯穿资金分配、拨付、使用整个环节且保持不变。请你单位及时将本次"
          "中央直达资金支付到最终收款方,并建立实名台账,确保精准下达。")


def doc() -> Doc:
    g = Grid(4)
    g.add(C("附件2", span=4))
    g.add(C("抗疫特别国债项目(打捆项目)绩效目标自评表", span=4))
    g.add(C("(2020年度)", span=4))
    g.add("转移支付(项目)名称", C("宝坻区2019-2020年度供热补贴项目", span=3))
    g.add("中央主管部门", C("财政部", span=3))
    g.add("地方主管部门", "天津市宝坻区财政局", "资金使用单位", "天津市宝坻区城管委")
    g.add("资金情况 (万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)")
    g.add("年度资金总额:", "1760", "1760", "100%")
    g.add("其中:中央财政资金", "1760", "1760", "100%")
    return Doc("t20210902_5576119", [
        "城管委:", NOTICE_1, MARK_1, "特此通知。", "2020年7月22日",
        "城管委:", NOTICE_2, MARK_2, "特此通知。", "2020年10月10日",
        g,
    ])
