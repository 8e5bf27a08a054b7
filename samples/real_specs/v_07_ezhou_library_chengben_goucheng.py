"""鄂州市图书馆's 2020 市直部门预算项目支出绩效目标表 (湖北), as the library's page shows it, here as the Word file:
the title, 申报单位: 鄂州市图书馆 and 金额单位:万元 on lines of their own, then 项目名称 | … | 项目类别 | 运行维护类 |
项目性质 | 常年性项目 on one row, 立项依据 as four numbered items in one cell, and a 项目预算 block merged down the left
whose own header row reads 成本构成 | 金额 | 测算(公式)依据 | 2018年实际执行数 | 2019年实际执行数, each cost a row
(流动图书车运行维护费 | 5.00 | four lines of arithmetic, 维修费5次*5000=25000元 …), the past years' cells empty.
The stored page is cut inside the second cost row (图书购置), which is left out with what follows: no total and
no indicator is shown."""
from samples.templates import C, Doc, Grid

SOURCE = {
    "url": "http://www.ezhoulib.cn/index.php?c=article&id=2947",
    "title": "鄂州市2020年市直部门预算项目支出绩效目标表",
    "issuer": "鄂州市图书馆",
    "province": "湖北",
    "year": 2020,
    "kind": "市直部门预算项目支出绩效目标表",
    "format": "html",
}
FILE = "鄂州市2020年市直部门预算项目支出绩效目标表(鄂州市图书馆).docx"

BASIS = (
    "1、《公共图书馆服务规范》、《公共图书馆法》、《公共文化服务保障法》、《湖北省公共图书馆条例》,《鄂州市图书馆馆藏"
    "发展规划》。2、根据国家文化部、财政部关于印发,公共电子阅览室建设计划实施方案》、文化部办公厅关于印发《全国文化"
    "信息共享工程工作方案等文件的精神。进一步加强公共数字文化建设,提高公共服务能力,推动覆盖城乡的公共文化服务体系"
    "建设,以保障人民群众基本文化权益为宗旨,努力构建内容安全,服务规范,环境良好,覆盖广泛的公益性互联网服务体系。"
    "3、根据湖北省财政厅 湖北省文化厅文件 鄂财教发【2011】68号 关于印发《湖北省“流动图书车”实施管理办法》的通知。"
    "根据中央加强基层文化精神的有关精神,为了缓解基层群众看书难以普及及基层运输难的问题,充分利用“流动图书车”开展"
    "各种公益性文化活动4、湖北省文化厅 湖北省财政厅文件 鄂文化文【2012】82号 省文化厅 省财政厅关于实施湖北数字"
    "图书馆推广工程的通知,鄂州市图书馆馆藏发展规划建设标准和图书馆服务规范。"
)
VAN = "1.维修费5次*5000=25000元\n2.汽油20次*500=10000元\n3.保险1次*12000=12000元\n4.洗车费100次*30=3000元"


def doc() -> Doc:
    g = Grid(6)
    g.add("项目名称", "图书馆资源购置和信息共享等专项经费", "项目类别", "运行维护类", "项目性质", "常年性项目")
    g.add("立项依据", C(BASIS, span=5))
    g.add(C("项目预算", down=2), "成本构成", "金额", "测算(公式)依据", "2018年实际执行数", "2019年实际执行数")
    g.add("流动图书车运行维护费", "5.00", VAN, "", "")
    return Doc("鄂州市2020年市直部门预算项目支出绩效目标表", [
        "鄂州市2020年市直部门预算项目支出绩效目标表", "申报单位: 鄂州市图书馆", "金额单位:万元", g,
    ])
