"""陈仓区财政局's 2023 notice to the 区残联 (陕西, 宝鸡) passing on the 中央残疾人事业发展补助资金, as the
district's page shows it, here as a text export: the notice in one long paragraph (134.39万元, of which 一般公共预算
资金50.29万元 and 彩票公益金 84.1万元, with the 功能分类 and 经济分类 codes), the list of its two attachments, then
the first of them, 绩效目标表(一般公共预算资金): 项目名称, 区级主管部门 区残联, and 资金金额 merged down over
年度资金总额 (left blank), 其中:中央补助 50.29 and 地方资金 (blank), with no unit written in the table (the notice
gives the same 50.29 in 万元).  The stored page is cut inside the 年度总体目标 row, which is left out with what
follows: no indicator is shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.chencang.gov.cn/col8173/col8180/col16406/202303/t20230316_130496.html",
    "title": "关于下达2023年中央残疾人事业发展补助资金的通知",
    "issuer": "陈仓区财政局",
    "province": "陕西",
    "year": 2023,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "关于下达2023年中央残疾人事业发展补助资金的通知.txt"

NOTICE = (
    "根据宝鸡市财政局《关于下达2023年中央残疾人事业发展补助资金的通知》(宝市财办社〔2022〕334号)及宝鸡市陈仓区财政局"
    "《关于下达财政预算支出指标(直达资金)的通知》(宝陈财专社字〔2023〕17号)文件精神,现将2023年中央残疾人事业发展补助"
    "资金134.39万元下达给你们,其中:一般公共预算资金50.29万元、中央专项彩票公益金支持残疾人事业发展补助资金84.1万元。"
    "一般公共预算资金功能分类科目列“2081199其他残疾人事业支出”,用于7岁以上残疾人康复、农村困难残疾人实用技术培训、"
    "残疾人机动车燃油补贴以及阳光家园计划—智力、精神和重度肢体残疾人托养服务等方面支出;中央专项彩票公益金支持残疾人"
    "事业发展补助资金功能分类科目列“2296006用于残疾人事业的彩票公益金支出”,用于0-6岁残疾儿童康复救助及早期干预试点、"
    "困难残疾人家庭无障碍改造、残疾人文化服务、困难智力精神和重度残疾人残疾评定补贴、残疾学生助学、残疾人康复和托养"
    "机构设备补助等方面支出。政府经济分类科目列“50999其他对个人和家庭补助”,部门经济分类科目列“30399其他对个人和家庭的"
    "补助”。此次下达的一般公共预算50.29万元为中央直达资金,标识为“01中央直达资金”,贯穿资金分配、拨付、使用等整个环节,"
    "且保持不变。请专款专用,同时对照绩效目标做好绩效监控,确保年度绩效目标如期完成。"
)


def doc() -> Doc:
    g = Grid(6)
    g.add(C("绩效目标表(一般公共预算资金)", span=6))
    g.add("项目名称", C("残疾人事业发展补助资金(一般公共预算)", span=5))
    g.add("区级主管部门", C("区残联", span=5))
    g.add(C("资金金额", down=3), "年度资金总额", C("", span=4))
    g.add("其中:中央补助", C("50.29", span=4))
    g.add("地方资金", C("", span=4))
    return Doc("关于下达2023年中央残疾人事业发展补助资金的通知", [
        "区残联:", NOTICE, "附件:1.绩效目标表(一般公共预算资金)", "2.绩效目标表(福彩公益金)", g,
    ])
