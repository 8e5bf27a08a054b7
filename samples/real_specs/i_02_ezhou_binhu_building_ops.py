"""鄂州市2022年市直部门预算项目支出绩效目标表 (滨湖大胆办公大楼运行保障): a Hubei city template with a
项目预算成本构成 block (金额, 测算(公式)依据, 2020年/2021年实际执行数, a 合计 row, no money unit
stated), one 绩效目标 sentence, and an indicator block whose headers say 一级指标 / 二级指标 /
绩效标准 / 当年预期实现值 while the 一级 column holds 数量指标/质量指标 and the 二级 column the
indicator names, beside a 保障绩效目标实现措施 column; no unit named anywhere.  The mirror's text is
an OCR of the print and is kept as it reads (大胆 for 大厦, 2280次 and 292% where ≥ was read as 2,
"重.要", "卫生Z口"); it is cut inside the 成本指标 rows, so the rebuild ends after the last 质量指标
row and leaves out the 主管部门审核意见/单位公章 row."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "https://desk33.com/d-245426.html",
    "title": "鄂州市2022年市直部门预算项目支出绩效目标表.docx",
    "issuer": "鄂州市机关事务服务中心",
    "province": "湖北",
    "year": 2022,
    "kind": "项目支出绩效目标表",
    "format": "docx",
}
FILE = "鄂州市2022年市直部门预算项目支出绩效目标表.docx"


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", "滨湖大胆办公大楼运行保障", "项目类别", "本级支出项目", "项目性质", "持续性项目")
    g.add("立项依据", C("市机关事务服务中心三定方案", span=5))
    g.add(C("项目预算成本构成", down=5), "", "金额", "测算(公式)依据", "2020年实际执行数",
          "2021年实际执行数")
    g.add("保安服务费", "191", "依据招标文件", "191", "191")
    g.add("保洁服务费", "99", "依据招标文件", "99", "99")
    g.add("水电气、维修维护费", "524", "根据三定方案,各项费用据实结算", "372.88", "504.55")
    g.add("合计", "814", "", "662.98", "794.55")
    g.add("绩效目标", C("以办公大楼服务对象满意为目标,着力打造文明型机关、卫生Z口机关。", span=5))
    g.add(C("绩效指标", span=4), C("保障绩效目标实现措施", span=2, down=2))
    g.add("一级指标", "二级指标", "绩效标准", "当年预期实现值")
    g.add(C("数量指标", down=2), "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次",
          C("", span=2, down=5))
    g.add("大楼安检巡察次数", "反映大楼保卫巡检情况", "200次")
    g.add(C("质量指标", down=3), "办公大楼日常维修维护验收合格率", "反映办公大楼全年维修维护质量情况", ">92%")
    g.add("经常性大型设备更新验收合格率", "反映办公大楼大型设备更新验收情况", "292%")
    g.add("重.要设备维修维保验收合格率", "反映设备设施维保质量情况", "95%")
    return Doc("鄂州市2022年市直部门预算项目支出绩效目标表",
               ["鄂州市2022年市直部门预算项目支出绩效目标表", g])
