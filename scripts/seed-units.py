#!/usr/bin/env python3
"""Generate seeds/units.yaml: the Changchun unit tree (长春市承办单位) the 12345 hotline dispatches to.

The tree is city -> district -> street -> community, plus the city departments (市直部门) directly under
the city. Districts, development zones and street offices (街道) and towns (镇) are Changchun's own, as
far as they are known here; the communities (社区) under streets and the villages (村) under towns are
generated from a pool of names typical of the city, 3 to 5 per street. Every unit has a stable ASCII id
built from pinyin: the parent's id, a dot and the unit's own part (cc.nanguan.ziqiang.dongling).

Deterministic: the only randomness is a generator seeded with a fixed string, so running the script
again writes the same file byte for byte. Usage (from the repository root):

    python3 scripts/seed-units.py            # writes seeds/units.yaml
    python3 scripts/seed-units.py --stdout   # prints it instead
"""

import random
import sys
from pathlib import Path

SEED = "casewatch-seed-units-2026"

CITY = ("cc", "长春市")

# City departments (市直部门) and city-wide service companies cases are dispatched to.
DEPARTMENTS = [
    ("zhujian", "市住房和城乡建设局"),
    ("jiaotong", "市交通运输局"),
    ("shengtai", "市生态环境局"),
    ("chengguan", "市城市管理局"),
    ("shuiwu", "市水务局"),
    ("jiaojing", "市公安局交警支队"),
    ("shijian", "市市场监督管理局"),
    ("renshe", "市人力资源和社会保障局"),
    ("weijian", "市卫生健康委员会"),
    ("jiaoyu", "市教育局"),
    ("minzheng", "市民政局"),
    ("gongre", "市供热管理办公室"),
    ("gongshui", "长春水务集团"),
    ("gongdian", "国网长春供电公司"),
]

# Districts and development zones with their street offices (街道) and towns (镇).
DISTRICTS = [
    ("nanguan", "南关区", [
        ("ziqiang", "自强街道"), ("nanling", "南岭街道"), ("minkang", "民康街道"), ("xinchun", "新春街道"),
        ("changtong", "长通街道"), ("quanan", "全安街道"), ("shuguang", "曙光街道"), ("yongji", "永吉街道"),
        ("taoyuan", "桃源街道"), ("hongcheng", "鸿城街道"), ("mingzhu", "明珠街道"), ("fuyu", "富裕街道"),
    ]),
    ("kuancheng", "宽城区", [
        ("xinfa", "新发街道"), ("zhanqian", "站前街道"), ("nanguang", "南广街道"), ("dongguang", "东广街道"),
        ("qunying", "群英街道"), ("xingye", "兴业街道"), ("kaixuan", "凯旋街道"), ("tuanshan", "团山街道"),
        ("xinyuan", "欣园街道"), ("liuying", "柳影街道"),
    ]),
    ("chaoyang", "朝阳区", [
        ("qianjin", "前进街道"), ("guilin", "桂林街道"), ("nanhu", "南湖街道"), ("yongchang", "永昌街道"),
        ("chongqing", "重庆街道"), ("qinghe", "清和街道"), ("hongqi", "红旗街道"), ("huxi", "湖西街道"),
        ("leshan", "乐山镇"),
    ]),
    ("erdao", "二道区", [
        ("dongzhan", "东站街道"), ("yuanda", "远达街道"), ("jilin", "吉林街道"), ("rongguang", "荣光街道"),
        ("dongsheng", "东盛街道"), ("changqing", "长青街道"), ("balipu", "八里堡街道"), ("luhui", "鲁辉街道"),
        ("yingjun", "英俊镇"),
    ]),
    ("lvyuan", "绿园区", [
        ("zhengyang", "正阳街道"), ("puyang", "普阳街道"), ("tiexi", "铁西街道"), ("qingnian", "青年街道"),
        ("chuncheng", "春城街道"), ("tongxin", "同心街道"), ("linyuan", "林园街道"), ("jincheng", "锦程街道"),
        ("chengxi", "城西镇"),
    ]),
    ("shuangyang", "双阳区", [
        ("yunshan", "云山街道"), ("pinghu", "平湖街道"), ("sheling", "奢岭街道"), ("shanhe", "山河街道"),
        ("luxiang", "鹿乡镇"), ("qijia", "齐家镇"), ("taiping", "太平镇"),
    ]),
    ("jingkai", "长春经济技术开发区", [
        ("linhe", "临河街道"), ("dongfangguangchang", "东方广场街道"), ("xinglongshan", "兴隆山镇"),
    ]),
    ("jingyue", "长春净月高新技术产业开发区", [
        ("jingyue", "净月街道"), ("yongxing", "永兴街道"), ("yutan", "玉潭镇"), ("xinhu", "新湖镇"),
    ]),
]

# Community names (社区) for streets, and village names (村) for towns: (pinyin, hanzi).
COMMUNITY_NAMES = [
    ("dongling", "东岭"), ("xiling", "西岭"), ("pingyang", "平阳"), ("yatai", "亚泰"), ("huayuan", "花园"),
    ("guangming", "光明"), ("xingfu", "幸福"), ("minfeng", "民丰"), ("xinhua", "新华"), ("fanrong", "繁荣"),
    ("mingde", "明德"), ("tongle", "同乐"), ("heping", "和平"), ("yongan", "永安"), ("jianshe", "建设"),
    ("chunguang", "春光"), ("qingsong", "青松"), ("dongfeng", "东风"), ("anda", "安达"), ("fuan", "福安"),
    ("kangping", "康平"), ("fumin", "富民"), ("jixiang", "吉祥"), ("jinxiu", "锦绣"), ("xinghua", "兴华"),
    ("huimin", "惠民"), ("wenhua", "文化"), ("yucai", "育才"), ("zhaohui", "朝晖"), ("changfeng", "长风"),
    ("cuihu", "翠湖"), ("huguang", "湖光"), ("lvcheng", "绿城"), ("jiayuan", "嘉园"), ("shengshi", "盛世"),
    ("tiebei", "铁北"), ("hongxing", "红星"), ("youyi", "友谊"), ("tuanjie", "团结"), ("shengli", "胜利"),
    ("qiancheng", "前程"), ("yanan", "延安"), ("anqing", "安庆"), ("huayang", "华阳"), ("jindi", "金地"),
    ("yujing", "御景"), ("ronghua", "荣华"), ("tailai", "泰来"), ("anju", "安居"), ("leye", "乐业"),
    ("chenguang", "晨光"), ("ruiguang", "瑞光"), ("hengsheng", "恒盛"), ("baoshan", "宝山"), ("guihua", "桂花"),
    ("lijiang", "丽江"), ("chunhui", "春晖"), ("jingyang", "景阳"), ("lantian", "蓝天"), ("xinglin", "杏林"),
    ("songjiang", "松江"), ("liulin", "柳林"), ("wutong", "梧桐"), ("fenglin", "枫林"), ("yinhe", "银河"),
    ("xingguang", "星光"), ("fuqiang", "富强"), ("pingan", "平安"), ("heshun", "和顺"), ("xinglong", "兴隆"),
]
VILLAGE_NAMES = [
    ("wangjia", "王家"), ("lijia", "李家"), ("zhangjia", "张家"), ("liujia", "刘家"), ("zhaojia", "赵家"),
    ("sunjia", "孙家"), ("gaojia", "高家"), ("majia", "马家"), ("yangjia", "杨家"), ("yujia", "于家"),
    ("huangjia", "黄家"), ("xinli", "新立"), ("dongxing", "东兴"), ("shuangshan", "双山"), ("hewan", "河湾"),
    ("shuangmiao", "双庙"), ("sanjiazi", "三家子"), ("wujiazi", "五家子"), ("qijiazi", "七家子"), ("nanshan", "南山"),
]

# The community that the design notes use as an example is always the first under 自强街道.
FIXED_FIRST = {"cc.nanguan.ziqiang": ("dongling", "东岭")}


def communities(rng, street_id, street_name):
    """The communities (or villages, under a town) of a street: 3 to 5 distinct names."""
    is_town = street_name.endswith("镇")
    pool = VILLAGE_NAMES if is_town else COMMUNITY_NAMES
    suffix = "村" if is_town else "社区"
    count = rng.choice([3, 4, 4, 5])
    fixed = FIXED_FIRST.get(street_id)
    candidates = [entry for entry in pool if entry != fixed and entry[1] + "街道" != street_name]
    picked = ([fixed] if fixed else []) + rng.sample(candidates, count - (1 if fixed else 0))
    return [(f"{street_id}.{pinyin}", hanzi + suffix) for pinyin, hanzi in picked]


def tree():
    """The units as nested (id, name, level, children) tuples, in the order written."""
    rng = random.Random(SEED)
    city_id, city_name = CITY
    children = [(f"{city_id}.{part}", name, "department", []) for part, name in DEPARTMENTS]
    for part, name, streets in DISTRICTS:
        district_id = f"{city_id}.{part}"
        street_units = []
        for street_part, street_name in streets:
            street_id = f"{district_id}.{street_part}"
            leaves = [(cid, cname, "community", []) for cid, cname in communities(rng, street_id, street_name)]
            street_units.append((street_id, street_name, "street", leaves))
        children.append((district_id, name, "district", street_units))
    return (city_id, city_name, "city", children)


def flow(unit):
    """A unit without children as one flow mapping."""
    uid, name, level, _ = unit
    return f"{{id: {uid}, name: {name}, level: {level}}}"


def block(unit, indent, lines):
    """A unit with children as a block mapping whose children are written below it."""
    uid, name, level, children = unit
    pad = " " * indent
    lines.append(f"{pad}- id: {uid}")
    lines.append(f"{pad}  name: {name}")
    lines.append(f"{pad}  level: {level}")
    if not children:
        return
    lines.append(f"{pad}  children:")
    for child in children:
        if child[3]:
            block(child, indent + 4, lines)
        else:
            lines.append(f"{pad}    - {flow(child)}")


def count(unit, totals):
    totals[unit[2]] = totals.get(unit[2], 0) + 1
    for child in unit[3]:
        count(child, totals)
    return totals


def render():
    root = tree()
    totals = count(root, {})
    summary = ", ".join(f"{totals[level]} {level}" for level in ["city", "department", "district", "street", "community"])
    lines = [
        "# The unit tree of the Changchun 12345 hotline (长春市12345热线承办单位): city -> district -> street ->",
        "# community, with the city departments under the city. Street offices (街道) and towns (镇) are the",
        "# city's own; communities (社区) and villages (村) are generated, plausible names.",
        "#",
        "# Generated by scripts/seed-units.py; do not edit by hand, change the script and run it again.",
        f"# {sum(totals.values())} units: {summary}.",
        "kind: units",
        "units:",
    ]
    block(root, 2, lines)
    return "\n".join(lines) + "\n"


def main():
    text = render()
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(text)
        return
    path = Path(__file__).resolve().parent.parent / "seeds" / "units.yaml"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
