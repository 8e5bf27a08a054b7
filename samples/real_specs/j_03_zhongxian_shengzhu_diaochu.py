"""忠县财政局 2022 生猪(牛羊)调出大县奖励资金区域绩效目标表, attached to the county's notice: the
table names six authorities (中央主管部门, 省级财政部门, 省级主管部门, 区县财政部门, 区县主管部门)
and no 填报单位, so the unit is the local 区县主管部门; the 一级指标 header is merged over the leading
绩效指标 label column, a separate 单位 column (%) stands before 指标值 (≥95%), and 地方资金 is blank.
The page's copy is cut at the 时效指标 row: the rebuild ends after the two 数量指标 rows.  The
mirror's text of the notice has a spam phrase in place of "关于" in the cited title; it is restored."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://wap2hd.com/zwgk_156/zfxxgkml/czzjzdjc/gzjz/202203/t20220316_10514456.html",
    "title": "生猪(牛羊)调出大县奖励资金区域绩效目标表 (忠县财政局下达2022年生猪调出大县奖励资金的通知附件)",
    "issuer": "忠县财政局",
    "province": "重庆",
    "year": 2022,
    "kind": "区域绩效目标表",
    "format": "html",
}
FILE = "生猪(牛羊)调出大县奖励资金区域绩效目标表（忠县2022年）.docx"


def doc() -> Doc:
    g = Grid(6)
    g.add(C("生猪(牛羊)调出大县奖励资金区域绩效目标表", span=6))
    g.add("资金名称", C("生猪(牛羊)调出大县奖励资金", span=5))
    g.add("中央主管部门", C("财政部、农业农村部", span=5))
    g.add("省级财政部门", C("重庆市财政局", span=5))
    g.add("省级主管部门", C("重庆市农业农村委员会", span=5))
    g.add("区县财政部门", C("忠县财政局", span=5))
    g.add("区县主管部门", C("忠县农业农村委员会", span=5))
    g.add(C("资金情况", down=3), C("年度金额(万元):", span=2), C("397", span=3))
    g.add(C("其中:中央补助(万元)", span=2), C("397", span=3))
    g.add(C("地方资金(万元)", span=2), C("", span=3))
    g.add("年度目标", C("到2022年底,生猪生产稳定有序发展,能繁母猪保有量、规模养殖场保有量完成市政府既定目标,"
                      "推进畜牧业高质量发展。", span=5))
    g.add(C("一级指标", span=2), "二级指标", "三级指标", "单位", "指标值")
    g.add(C("绩效指标", down=2), C("产出指标", down=2), C("数量指标", down=2), "猪肉产量稳定率", "%", "≥95%")
    g.add("能繁母猪稳定率", "%", "90%")
    blocks: list[str | Grid] = [
        "县农业农村委:",
        "根据《重庆市财政局关于提前下达2022年中央生猪(牛羊)调出大县奖励资金预算指标的通知》(渝财农〔2021〕"
        "111号)文件,现将2022年生猪调出大县奖励资金397万元下达你单位,用于支持生猪产业发展。",
        "本次下达中央生猪(牛羊)调出大县奖励资金为2022年中央直达资金(标识:01中央直达资金),贯穿资金分配、"
        "拨付、使用等整个环节,且保持不变。按照《中央对地方专项转移支付绩效目标管理暂行办法》(财预〔2015〕153号)"
        "等文件要求,本次将2021年生猪调出大县奖励资金年度绩效目标一并下达,请严格按照《生猪(牛羊)调出大县奖励"
        "资金管理办法》(财建〔2015〕778号)等文件规定,完善资金使用方案,强化预算执行和绩效目标管理,规范资金"
        "使用,确保资金专款专用,提高资金使用绩效。",
        "年终决算列报功能科目“农业农村(21301)”,经济科目按实际支出内容列报。",
        "附件:生猪(牛羊)调出大县奖励资金区域绩效目标表",
        "忠县财政局",
        "2022年1月18日",
        "附件",
        g,
    ]
    return Doc("生猪(牛羊)调出大县奖励资金区域绩效目标表", blocks)
