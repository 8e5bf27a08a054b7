"""岳峰镇 (福州市晋安区, 福建) 2024 公示 of how the 福利彩票公益金 passed down to it was spent, as the district's site
shows it in the page (来源:晋安区岳峰镇): no table at all.  One opening paragraph (61.35万元 in all), a heading
that has lost its numeral ("、市级福利彩票公益金61.35万元(均用于老年人福利类)"), then three funded items numbered
1、 2、 3、, each a line with its name and amount in 万元 ending in a semicolon, a (1) line on its use and a
项目联系人 line.  Only the first item (2024年百岁老人慰问费 1.35万元) has targets: under "(2)主要绩效目标及完成
情况:" five lines, each a 二级 label and a colon (数量指标: / 质量指标: / 时效指标: / 社会效益指标: / 服务对象满意度
指标:) with no 一级 anywhere, then the indicator run together with its target (慰问人数=9人, 慰问对象年龄均≥100岁,
…发放率=100%, 政策群众知晓率≥90%) and, after a comma, what was achieved (当年实际完成9人); the 满意度 line gives
only what was achieved (慰问对象满意度完成90%), no target.  The other two items (运营补助 45万元, 长者食堂市级奖补
15万元) have no targets.  The page's 来源 line closes it; the site's links below it are not kept."""

from samples.templates import Doc

SOURCE = {
    "url": "https://www.fzja.gov.cn/xjwz/zwgk/zfwj/xzjwj/202506/t20250620_5036550.htm",
    "title": "2024年度中央、省级、市级下达福利彩票公益金分配使用情况公示",
    "issuer": "晋安区岳峰镇",
    "province": "福建",
    "year": 2024,
    "kind": "项目绩效目标表",
    "format": "html",
}
FILE = "2024年度中央、省级、市级下达福利彩票公益金分配使用情况公示(岳峰镇).html"

CONTACT = "项目联系人:江健筠,联系电话:0591-83923660。"


def doc() -> Doc:
    return Doc(SOURCE["title"], [
        SOURCE["title"],
        "时间:2025-06-01 16:34",
        "2024年度,中央、省级、市级下达岳峰镇用于社会福利的彩票公益金61.35万元。按照福利彩票“扶老、助残、救孤、"
        "济困”的发行宗旨,本年度资金主要用于老年人福利方面,现将分配使用情况公告如下:",
        "、市级福利彩票公益金61.35万元(均用于老年人福利类)",
        "1、2024年百岁老人慰问费1.35万元;",
        "(1)主要用于重阳节慰问百岁及以上老年人。已于2024年11月20日已拨付村居老人1.35万元。",
        CONTACT,
        "(2)主要绩效目标及完成情况:",
        "数量指标:慰问人数=9人,当年实际完成9人。",
        "质量指标:慰问对象年龄均≥100岁。",
        "时效指标:百岁及以上老年人慰问款及时发放率=100%,当年实际完成100%。",
        "社会效益指标:政策群众知晓率≥90%,当年实际完成100%。",
        "服务对象满意度指标:慰问对象满意度完成90%。",
        "2、2024年居家养老服务站和居家社区养老服务照料中心运营补助45万元;",
        "(1)将用于发放2024年居家服务站和居家社区养老服务照料中心运营补助。",
        CONTACT,
        "3、2024年长者食堂市级奖补15万元;",
        "(1)将用于长者食堂持续运营。",
        CONTACT,
        "来源:晋安区岳峰镇",
    ])
