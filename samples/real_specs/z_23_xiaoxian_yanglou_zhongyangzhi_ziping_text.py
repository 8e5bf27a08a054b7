"""杨楼镇人民政府's 2023 绩效目标自评表 of 杨楼社区特色种养殖补贴到户项目 (安徽, 宿州 萧县; the county's grassroots
pages, under the heading 2023年杨楼社区特色种养殖补贴到户项目资金使用情况), the table flattened into the page's
text (cells apart by spaces, no table markup), here as a text export under that heading: no title or year of its
own (the year only in the heading and the project's name), 项目负责人及电话 (黄蓓蓓0557-5271001) beside the name,
主管部门 县农业农村局 beside 实施单位 杨楼镇人民政府, a 资金情况 (万元) block 全年预算数(A) | 全年执行数(B) | 分值 |
执行率(B/A) | 得分 (8.408 | 8.408 | 10 | 100.00% | 10, the score repeated in the 其中 row, 其他资金 0 0 indented),
年初设定目标 beside 年度总体目标完成情况综述 (the first with a leading space), then the indicators with 分值 before
the target: the 一级 cell has lost its vertical 产 出 指 标 (the page keeps only blank lines) and reads "(50分)"
alone; under 数量指标 three ★ rows (粮食作物, 瓜果蔬菜, 家畜家禽) carry 分值 and 得分 (10 | 10) but no target, and
the crops and animals below each are indented with spaces instead of 其中 (红薯种植面积 5.5亩, 猪养殖数量 80头 …).
The same template as b_06 (张庄寨镇 河西村), another town's copy.  The stored page is cut inside the first 质量指标
row (★种植作物成活率 | 10 | 9…): that row and what follows are left out."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://www.ahxx.gov.cn/grassroots/275/159708041.html",
    "title": "2023年杨楼社区特色种养殖补贴到户项目资金使用情况",
    "issuer": "杨楼镇人民政府",
    "province": "安徽",
    "year": 2023,
    "kind": "绩效自评表",
    "format": "html",
}
FILE = "2023年杨楼社区特色种养殖补贴到户项目资金使用情况.txt"

GOAL = " 以产业补助的形式对64户脱贫户进行补助,鼓励发展特色产业,激发脱贫人口内生动力,增加脱贫户收入10.9304万元。"
DONE = "落实64户特色种养业奖补政策,增加脱贫户家庭收入10.9304万元"
INDENT = "        "


def main(name: str) -> list[str]:
    """A ★ row: 分值 and 得分 only, its target left to the rows below."""
    return [name, "10", "", "", "10", ""]


def sub(name: str, value: str, indent: str = INDENT) -> list[str]:
    """An indented row under a ★ row: its target and actual value, no score."""
    return [indent + name, "", value, value, "", ""]


def doc() -> Doc:
    g = Grid(9)
    g.add("项目名称", C("2023年杨楼社区特色种养殖补贴到户项目", span=4), C("项目负责人及电话", span=2),
          C("黄蓓蓓0557-5271001", span=2))
    g.add("主管部门", C("县农业农村局", span=4), C("实施单位", span=2), C("杨楼镇人民政府", span=2))
    g.add(C("资金情况\n(万元)", down=4), C("", span=3), "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)",
          "得分")
    g.add(C("年度资金总额:", span=3), "8.408", "8.408", "10", "100.00%", "10")
    g.add(C("其中:本年财政拨款", span=3), "8.408", "8.408", "10", "100.00%", "10")
    g.add(C("      其他资金", span=3), "0", "0", "", "", "")
    g.add(C("年度总体目标", down=2), C("年初设定目标", span=4), C("年度总体目标完成情况综述", span=4))
    g.add(C(GOAL, span=4), C(DONE, span=4))
    g.add(C("绩效指标", down=13), "一级\n指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
          "未完成原因及拟采取的改进措施")
    g.add(C("(50分)", down=12), C("数量指标", down=12), *main("★补助各类粮食作物种植面积"))
    g.add(*sub("红薯种植面积", "5.5亩"))
    g.add(*main("★补助各类瓜果蔬菜种植面积"))
    g.add(*sub("梨树种植面积", "6亩", INDENT + " "))
    g.add(*sub("桃种植面积", "1亩"))
    g.add(*sub("葡萄种植面积", "4.5亩"))
    g.add(*sub("苹果种植面积", "4.7亩"))
    g.add(*main("★补助家畜家禽养殖数量"))
    g.add(*sub("猪养殖数量", "80头"))
    g.add(*sub("牛养殖数量", "3头"))
    g.add(*sub("鸡养殖数量", "500只"))
    g.add(*sub("羊养殖数量", "283只"))
    return Doc(SOURCE["title"], [SOURCE["title"], g])
