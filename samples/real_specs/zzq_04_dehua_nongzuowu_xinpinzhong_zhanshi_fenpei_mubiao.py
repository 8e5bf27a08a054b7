"""德化县财政局 and 德化县农业农村局's notice of 2025-12-10 handing down the 2025年特色现代农业发展资金(第一批) 65.5万元
(福建, 泉州, 德化县), with its 分配表 and the first of five target tables, as a re-publishing site (chacewang) shows it:
the notice (addressed to 各乡镇人民政府、相关建设单位, its text shortened by the site after the cited 管理规定 to a
bare "…(泉财规〔2024〕7号),"), the list of six 附件, the two senders and the date, (此件主动公开), then 附件1 and
附件2.  The copy runs every paragraph and every cell together with no separator (as zzp_01's does on this site);
the cells are cut where the columns fall, read from the sums.

附件1, 2025年特色现代农业发展资金(第一批)分配表 (单位:万元), is a wide table: 项目单位乡镇 merged down beside two
budget-subject headers (2130122-农业生产发展, 2130108-病虫害控制) over six project columns (农作物新品种展示示范项目,
耕地质量保护与提升项目, 乡镇动物防疫员补助, 农作物病虫害绿色防控示范片项目, 专业化统防统治项目,
农药包装废弃物回收处理项目) and 合计 merged down: one row for the county's 农业农村局 (10 | 18.5 | blank | 5 | 5 | 4 |
42.5: every project but the 防疫员), eighteen township rows holding only a 防疫员 amount and the same again as 合计
(龙浔镇 1.0 … 春美乡 0.9, summing to 23.0), and a 合计 row (10 | 18.5 | 23.0 | 5 | 5 | 4 | 65.5).  Which project
columns each subject header covers the run-together copy does not show; two and four are a guess and change no amount.
附件2 is the 2025年农作物新品种展示示范专项资金绩效目标表 (2025年度): its 项目名称 is the fund's name with the project in
brackets (2025年特色现代农业发展专项资金(农作物新品种展示示范)).  What sets it apart: the project's money is written
only in 附件1's column, never in its own table as far as the page goes, and the notice's 65.5万元 is the whole batch.

The stored page breaks off inside the target table's second row (主管部门(单位)名称及部门预算编码 | 422001-泉州市农业…):
that partial row is dropped, so the rebuild ends after 项目名称; no 资金情况, goal or indicator of any project is shown.

Decided: the unit is 德化县农业农村局 -- the notice's sender and the 项目单位 of this project in 附件1 (written there
农业农村局) -- since the target table's 主管部门 (泉州市农业…, the city's) is cut; year 2025; one project, the target
table's (附件1's columns are allocations, not target tables), named by its 项目名称; its budget is 附件1's
农作物新品种展示示范项目 column, 10万元 (100,000 元), not the notice's 65.5万元; no funding (no source row is shown); no
goals; no indicators."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.chacewang.com/newsdetail/news920065.html",
    "title": "",  # the stored text opens on the notice's addressee: no heading is kept
    "issuer": "德化县农业农村局",
    "province": "福建",
    "year": 2025,
    "kind": "专项资金绩效目标表",
    "format": "html",
}
FILE = "news920065.html"

NOTICE = ("各乡镇人民政府、相关建设单位:根据《泉州市财政局泉州市农业农村局关于下达2025年特色现代农业发展资金(第三批)的通知》"
          "(泉财农指〔2025〕70号)文件精神,现下达2025年特色现代农业发展资金(第一批)65.5万元(详见附件1),请按照《泉州市财政局"
          "泉州市农业农村局关于印发<泉州市市级特色现代农业发展专项资金管理规定>等3个专项资金管理规定的通知》(泉财规〔2024〕7号),")
ANNEXES = [
    "附件:1.2025年特色现代农业发展资金(第一批)分配表",
    "2.2025年农作物新品种展示示范专项资金绩效目标表",
    "3.2025年特色现代农业发展资金(耕地质量保护与提升项目)绩效目标表",
    "4.2025年特色现代农业发展资金(乡镇动物防疫员)任务清单及绩效目标表",
    "5.2025年特色现代农业发展资金(农作物重大病虫害监测预警与防控)绩效目标表",
    "6.2025年特色现代农业发展资金(农药使用量零增长减量化行动)绩效目标表",
]
# 乡镇: its 乡镇动物防疫员补助, the row's only amount (and its 合计)
TOWNS = [
    ("龙浔镇", "1.0"), ("浔中镇", "1.3"), ("三班镇", "1.2"), ("盖德镇", "1.7"), ("龙门滩镇", "1.4"),
    ("雷峰镇", "1.7"), ("南埕镇", "1.4"), ("水口镇", "1.9"), ("美湖镇", "0.9"), ("国宝乡", "0.9"),
    ("赤水镇", "1.8"), ("上涌镇", "2.0"), ("桂阳乡", "1.0"), ("汤头乡", "0.9"), ("葛坑镇", "1.4"),
    ("杨梅乡", "0.8"), ("大铭乡", "0.8"), ("春美乡", "0.9"),
]


def doc() -> Doc:
    alloc = Grid(8)
    alloc.add(C("项目单位乡镇", down=2), C("2130122-农业生产发展", span=2), C("2130108-病虫害控制", span=4),
              C("合计", down=2))
    alloc.add("农作物新品种展示示范项目", "耕地质量保护与提升项目", "乡镇动物防疫员补助", "农作物病虫害绿色防控示范片项目",
              "专业化统防统治项目", "农药包装废弃物回收处理项目")
    alloc.add("农业农村局", "10", "18.5", "", "5", "5", "4", "42.5")
    for town, amount in TOWNS:
        alloc.add(town, "", "", amount, "", "", "", amount)
    alloc.add("合计", "10", "18.5", "23.0", "5", "5", "4", "65.5")
    target = Grid(4)
    target.add("项目名称", C("2025年特色现代农业发展专项资金(农作物新品种展示示范)", span=3))
    return Doc("news920065", [
        NOTICE,
        *ANNEXES,
        "德化县财政局",
        "德化县农业农村局",
        "2025年12月10日",
        "(此件主动公开)",
        "附件1",
        "2025年特色现代农业发展资金(第一批)分配表",
        "单位:万元",
        alloc,
        "附件2",
        "2025年农作物新品种展示示范专项资金绩效目标表",
        "(2025年度)",
        target,
    ])
