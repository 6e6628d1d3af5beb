"""Generate the FreshTill demo store: a Chinese fresh market + supermarket and one day of its trading.

Writes catalog.csv (≈300 products), stock.csv (opening stock) and baskets.csv (≈600 baskets on
2026-11-21) in the formats of docs/formats.md. Standard library only and seeded, so every run writes the
same bytes:  .venv/bin/python resources/demo/generate.py [--out DIR]   (default: this folder)
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 20261121
DAY = datetime(2026, 11, 21, tzinfo=timezone(timedelta(hours=8)))
BASKETS = 600

# -- the products, as data -------------------------------------------------------------------------------
ITEM = re.compile(r"([^|\s]+)\|([^|\n]+)\|(\d+\.\d\d)\|([*c289]*)")  # zh|en|price|flags, many per line
# Produce sold by weight: zh|en|price per kg|flags  (* = scale-labelled, has a '21' base code; c = 10 g steps)
VEGETABLES = """西红柿|Tomato|6.98|* 黄瓜|Cucumber|5.98|* 土豆|Potato|3.98|c 胡萝卜|Carrot|3.58|c 洋葱|Onion|3.28|c
大蒜|Garlic|12.80| 生姜|Ginger|13.80| 大葱|Welsh onion|5.60|c 小葱|Spring onion|9.80| 香菜|Coriander|16.80| 青椒|Green pepper|7.98|
红椒|Red pepper|11.80| 尖椒|Hot green chili|9.80| 小米辣|Bird's eye chili|24.80| 茄子|Eggplant|6.58| 西兰花|Broccoli|11.80|*
菜花|Cauliflower|6.98| 圆白菜|Cabbage|3.28|c 娃娃菜|Baby napa cabbage|7.98| 小白菜|Bok choy|5.98| 上海青|Shanghai greens|6.98|
菠菜|Spinach|8.98| 生菜|Lettuce|7.98| 油麦菜|A-choy lettuce|6.98| 空心菜|Water spinach|7.98| 芹菜|Celery|5.98|
西芹|Western celery|6.58| 韭菜|Chinese chives|8.98| 韭黄|Yellow chives|19.80|* 蒜苗|Garlic sprouts|11.80|
蒜薹|Garlic scapes|12.80| 豆角|Yardlong beans|10.80| 荷兰豆|Snow peas|19.80|* 四季豆|French beans|9.80| 毛豆|Edamame|11.80|
豌豆|Green peas|15.80| 玉米|Sweet corn|4.98|c 南瓜|Pumpkin|3.98|c 冬瓜|Winter melon|2.98|c 丝瓜|Luffa|8.98| 苦瓜|Bitter melon|8.58|
西葫芦|Zucchini|4.98| 山药|Chinese yam|12.80| 莲藕|Lotus root|9.80| 白萝卜|White radish|2.58|c 红薯|Sweet potato|4.98|c
芋头|Taro|8.98| 莴笋|Celtuce|5.98| 竹笋|Bamboo shoot|16.80| 茭白|Water bamboo|11.80| 香菇|Shiitake mushroom|16.80|*
金针菇|Enoki mushroom|9.80|* 杏鲍菇|King oyster mushroom|11.80| 平菇|Oyster mushroom|8.98| 蟹味菇|Shimeji mushroom|18.80|*
鲜木耳|Fresh wood ear|15.80| 黄豆芽|Soybean sprouts|4.58| 绿豆芽|Mung bean sprouts|3.98| 秋葵|Okra|15.80|* 芦笋|Asparagus|29.80|*
紫甘蓝|Red cabbage|5.58|c 苋菜|Amaranth greens|8.98| 茼蒿|Crown daisy|9.80| 菜心|Choy sum|9.98| 芥蓝|Chinese kale|10.80|
黄彩椒|Yellow bell pepper|14.80| 牛蒡|Burdock root|13.80| 鲜百合|Fresh lily bulb|39.80|* 荸荠|Water chestnut|11.80|
雪里蕻|Mustard greens|6.98| 藕带|Young lotus stem|19.80|"""
FRUIT = """富士苹果|Fuji apple|9.98| 香蕉|Banana|6.98| 脐橙|Navel orange|8.98| 砂糖橘|Shatang mandarin|7.98|
沃柑|Orah mandarin|9.98| 柚子|Pomelo|5.98|c 雪花梨|Snow pear|6.98| 香梨|Korla fragrant pear|10.80| 巨峰葡萄|Kyoho grape|15.80|*
阳光玫瑰|Shine Muscat grape|39.80|* 猕猴桃|Kiwi fruit|15.80|* 草莓|Strawberry|39.80|* 芒果|Mango|13.80| 菠萝|Pineapple|7.98|
火龙果|Red dragon fruit|13.80| 哈密瓜|Hami melon|7.98|c 水蜜桃|Peach|12.80| 油桃|Nectarine|13.80| 李子|Plum|11.80| 杏|Apricot|14.80|
车厘子|Cherry|59.80|* 荔枝|Lychee|25.80| 龙眼|Longan|19.80| 石榴|Pomegranate|12.80| 柿子|Persimmon|8.98| 山竹|Mangosteen|35.80|*
榴莲|Durian|49.80| 枇杷|Loquat|22.80| 杨梅|Bayberry|29.80| 柠檬|Lemon|9.98| 百香果|Passion fruit|14.80| 牛油果|Avocado|29.80|
木瓜|Papaya|8.98| 甘蔗|Sugar cane|5.98|c 红提|Red globe grape|14.80| 冬枣|Winter jujube|16.80|* 青枣|Green jujube|12.80|
圣女果|Cherry tomato|15.80|* 黄桃|Yellow peach|11.80| 蛇果|Red Delicious apple|12.80| 丑橘|Dekopon|15.80| 释迦|Sugar apple|39.80|
杨桃|Star fruit|12.80| 莲雾|Wax apple|29.80| 番石榴|Guava|12.80| 人参果|Pepino melon|9.98| 西梅|Prune plum|19.80| 无花果|Fig|39.80|*
红毛丹|Rambutan|29.80| 桑葚|Mulberry|29.80| 金桔|Kumquat|12.80|"""
# Sold by portion — category: zh|en|unit|price|portion set|flags; …  (+ custom fractions, t/T tiered, code=price a
# fixed-price portion). Portion sets: G 250 g/500 g, K 500 g/1 kg, H half/quarter, h half.
PORTIONED = """水果 Fruit: 西瓜|Watermelon|piece|25.00|H|quarter=7.00; 麒麟瓜|Qilin watermelon|piece|19.90|H|;
  菠萝蜜|Jackfruit|piece|68.00|H|
蔬菜 Vegetables: 大白菜|Chinese cabbage|piece|6.00|h|
猪肉 Pork: 五花肉|Pork belly|kg|32.80|G|+; 猪里脊|Pork tenderloin|kg|36.80|G|+; 前腿肉|Pork shoulder|kg|29.80|G|+;
  后腿肉|Pork leg|kg|28.80|G|; 排骨|Pork spare ribs|kg|42.80|G|+ t; 猪蹄|Pork trotter|piece|18.00|h|;
  猪肉馅|Minced pork|kg|26.80|G|; 梅花肉|Pork collar|kg|35.80|G|+; 大排|Pork loin chop|kg|30.80|G|;
  筒骨|Pork leg bone|kg|18.80|K|; 猪肝|Pork liver|kg|16.80|G|
牛羊肉 Beef & Lamb: 牛腩|Beef brisket|kg|79.80|G|+ t; 牛腱子|Beef shank|kg|89.80|G|+; 牛里脊|Beef tenderloin|kg|109.80|G|+;
  牛肉馅|Minced beef|kg|69.80|G|; 羊排|Lamb ribs|kg|89.80|G|+ T; 羊腿肉|Lamb leg|kg|85.80|G|+;
  羊蝎子|Lamb spine|kg|59.80|K|; 牛尾|Oxtail|kg|99.80|G|
禽蛋 Poultry & Eggs: 整鸡|Whole chicken|piece|39.90|H|quarter=10.50; 三黄鸡|Sanhuang chicken|piece|49.90|H|;
  乌鸡|Silkie chicken|piece|59.90|h|; 整鸭|Whole duck|piece|45.00|H|; 鸡胸肉|Chicken breast|kg|19.80|G|+;
  鸡腿|Chicken leg|kg|22.80|G|+; 鸡翅中|Chicken wing middles|kg|49.80|G|t; 鸡爪|Chicken feet|kg|29.80|G|
水产 Seafood: 三文鱼|Salmon fillet|kg|168.00|G|+ 250g=39.90; 鳕鱼|Cod fillet|kg|98.00|G|+; 带鱼|Hairtail|kg|45.80|G|+;
  鲈鱼|Sea bass|kg|49.80|K|; 草鱼|Grass carp|piece|28.00|h|; 黄花鱼|Yellow croaker|piece|19.80|h|;
  鲫鱼|Crucian carp|kg|25.80|K|; 基围虾|Greasyback shrimp|kg|89.80|G|t; 白虾|Whiteleg shrimp|kg|59.80|G|+;
  鱿鱼|Squid|kg|39.80|G|+; 花蛤|Manila clams|kg|19.80|K|; 墨鱼|Cuttlefish|kg|45.80|G|"""
PORTION_SETS = {"G": [("250g", "250克", "250 g", 250), ("500g", "500克", "500 g", 500)],
                "K": [("500g", "500克", "500 g", 500), ("1kg", "1千克", "1 kg", 1000)],
                "H": [("half", "半份", "Half", 500), ("quarter", "四分之一", "Quarter", 250)],
                "h": [("half", "半份", "Half", 500)]}
TIERS = {"t": ("tiered:0.5=100,*=90", [(500, 100), (None, 90)]), "T": ("tiered:1=100,*=95", [(1000, 100), (None, 95)])}
# Packaged goods: category heading line, then zh|en|price|flags  (9 = 9 % VAT, 2 = a second barcode, 8 = EAN-8)
PACKAGED = """禽蛋 Poultry & Eggs
鲜鸡蛋10枚|Fresh eggs 10-pack|12.80|9 土鸡蛋15枚|Free-range eggs 15-pack|26.80|9 鹌鹑蛋|Quail eggs 20-pack|9.90|9
咸鸭蛋6枚|Salted duck eggs 6-pack|15.80| 皮蛋6枚|Century eggs 6-pack|12.80|
豆制品 Tofu
内酯豆腐|Silken tofu 400 g|2.50| 老豆腐|Firm tofu 500 g|3.80| 豆腐干|Pressed tofu 200 g|4.50| 腐竹|Dried tofu skin 250 g|12.80|
千张|Tofu sheets 300 g|5.80| 油豆腐|Fried tofu puffs 200 g|6.50| 素鸡|Tofu roll 250 g|5.50| 豆浆|Soy milk 1 L|6.80|
粮油 Grain & Oil
东北大米5kg|Northeast rice 5 kg|39.90|9 泰国香米5kg|Jasmine rice 5 kg|59.90|9 小麦粉5kg|Wheat flour 5 kg|29.90|9
挂面1kg|Dried noodles 1 kg|8.90| 花生油5L|Peanut oil 5 L|139.00|9 大豆油5L|Soybean oil 5 L|69.90|9
菜籽油5L|Rapeseed oil 5 L|89.90|9 玉米油1.8L|Corn oil 1.8 L|32.90|9 芝麻香油220ml|Sesame oil 220 ml|17.80|9
小米1kg|Millet 1 kg|12.80|9 糯米1kg|Glutinous rice 1 kg|9.90|9 绿豆500g|Mung beans 500 g|7.90|9 红豆500g|Red beans 500 g|8.90|9
燕麦片1kg|Rolled oats 1 kg|19.90| 速冻水饺1kg|Frozen dumplings 1 kg|25.90| 汤圆500g|Glutinous rice balls 500 g|12.90|
调味 Condiments
生抽500ml|Light soy sauce 500 ml|9.90| 老抽500ml|Dark soy sauce 500 ml|10.90| 蚝油520g|Oyster sauce 520 g|9.50|
香醋500ml|Black rice vinegar 500 ml|8.90| 米醋500ml|Rice vinegar 500 ml|6.50| 料酒500ml|Cooking wine 500 ml|6.90|
食用盐400g|Table salt 400 g|2.50|9 白砂糖400g|White sugar 400 g|5.90| 冰糖400g|Rock sugar 400 g|8.90|
鸡精200g|Chicken bouillon powder 200 g|9.90| 味精200g|MSG 200 g|6.50| 豆瓣酱500g|Chili bean paste 500 g|11.80|
辣椒油280g|Chili crisp 280 g|11.50| 火锅底料400g|Hotpot soup base 400 g|24.80| 花椒50g|Sichuan pepper 50 g|8.90|
八角50g|Star anise 50 g|6.90| 芝麻酱200g|Sesame paste 200 g|12.80| 番茄酱320g|Ketchup 320 g|8.90|
玉米淀粉250g|Corn starch 250 g|4.50| 五香粉45g|Five-spice powder 45 g|4.90| 黄豆酱350g|Soybean paste 350 g|7.90|
零食 Snacks
原味薯片70g|Potato chips original 70 g|7.50| 黄瓜味薯片70g|Potato chips cucumber 70 g|7.50| 苏打饼干400g|Soda crackers 400 g|12.80|
夹心饼干300g|Sandwich cookies 300 g|10.80| 红烧牛肉面5连包|Braised beef noodles 5-pack|14.50| 红烧牛肉面|Braised beef noodles|3.00|2
辣条100g|Spicy gluten strips 100 g|3.50| 瓜子250g|Sunflower seeds 250 g|9.90| 花生米200g|Roasted peanuts 200 g|8.50|
牛肉干100g|Beef jerky 100 g|25.80| 猪肉脯100g|Pork jerky 100 g|19.80| 牛奶巧克力100g|Milk chocolate 100 g|12.90|
奶糖227g|Milk candy 227 g|16.90| 果冻6杯|Fruit jelly 6 cups|12.90| 海苔40g|Seaweed snack 40 g|9.90|
蛋黄派6枚|Custard pies 6-pack|13.50| 沙琪玛470g|Sachima 470 g|15.80| 米饼150g|Rice crackers 150 g|7.90|
山楂条200g|Hawthorn strips 200 g|8.90| 开心果200g|Pistachios 200 g|32.80| 葡萄干250g|Raisins 250 g|12.80|
威化饼干200g|Wafers 200 g|8.90| 口香糖|Chewing gum 12 pcs|8.80|8 棒棒糖|Lollipop|1.50|8
饮料 Drinks
可乐330ml罐|Cola 330 ml can|3.00|2 可乐2L|Cola 2 L|7.50| 柠檬汽水330ml|Lemon-lime soda 330 ml|3.00|
橙味汽水500ml|Orange soda 500 ml|3.50| 矿泉水550ml|Mineral water 550 ml|2.00|2 矿泉水1.5L|Mineral water 1.5 L|3.50|
纯净水24瓶|Purified water 24 × 550 ml|28.00| 冰红茶500ml|Iced black tea 500 ml|3.50| 绿茶500ml|Green tea 500 ml|3.50|
茉莉花茶500ml|Jasmine tea 500 ml|3.50| 凉茶310ml|Herbal tea 310 ml can|4.00| 椰汁1L|Coconut milk drink 1 L|18.80|
橙汁1L|Orange juice 1 L|12.80| 苹果汁1L|Apple juice 1 L|12.80| 酸梅汤500ml|Sour plum drink 500 ml|4.50|
功能饮料250ml|Energy drink 250 ml|6.00| 苏打水350ml|Soda water 350 ml|4.50| 啤酒330ml罐|Lager 330 ml can|3.50|2
啤酒500ml|Lager 500 ml|5.50| 黄酒500ml|Shaoxing rice wine 500 ml|12.80| 白酒500ml|Baijiu 42% 500 ml|58.00|
干红葡萄酒750ml|Dry red wine 750 ml|68.00| 咖啡饮料280ml|Coffee drink 280 ml|7.50| 瓶装奶茶500ml|Bottled milk tea 500 ml|6.50|
乳品 Dairy
纯牛奶250ml|Whole milk 250 ml|3.50|9 纯牛奶12盒|Whole milk 12 × 250 ml|49.90|9 鲜牛奶950ml|Fresh milk 950 ml|15.80|9
低脂牛奶1L|Low-fat milk 1 L|13.80|9 酸奶8杯|Yogurt 8 × 100 g|13.90| 风味酸奶200g|Flavoured yogurt 200 g|6.50|
奶酪片200g|Cheese slices 200 g|23.80| 黄油200g|Butter 200 g|25.80| 儿童牛奶4盒|Kids' milk 4 × 190 ml|19.90|
乳酸菌饮料5瓶|Lactic acid drink 5 × 100 ml|9.90| 早餐奶12盒|Breakfast milk 12 × 250 ml|45.00|
全脂奶粉400g|Whole milk powder 400 g|59.00| 冰淇淋甜筒|Ice cream cone|4.50|
日用 Household
抽纸3包|Facial tissues 3-pack|12.90| 卷纸10卷|Toilet paper 10 rolls|29.90| 厨房纸2卷|Kitchen towels 2 rolls|11.90|
洗洁精1.5kg|Dish soap 1.5 kg|14.90| 洗衣液2kg|Laundry liquid 2 kg|32.90| 洗衣粉1.5kg|Washing powder 1.5 kg|19.90|
垃圾袋50只|Garbage bags 50 pcs|9.90| 保鲜袋100只|Food bags 100 pcs|8.90| 保鲜膜30m|Cling film 30 m|12.90|
一次性筷子50双|Disposable chopsticks 50 pairs|6.90| 牙膏120g|Toothpaste 120 g|12.90| 牙刷2支|Toothbrushes 2-pack|9.90|
洗发水400ml|Shampoo 400 ml|39.90| 沐浴露750ml|Shower gel 750 ml|35.90| 香皂125g|Bar soap 125 g|4.50|
湿巾80片|Wet wipes 80 pcs|12.90| 5号电池4粒|AA batteries 4-pack|12.00|8 打火机|Lighter|2.00|8"""
CATEGORIES = {  # SKU prefix and supplier
    "蔬菜 Vegetables": ("V", "寿光蔬菜合作社 Shouguang Veg Co-op"), "水果 Fruit": ("F", "新发地果品批发 Xinfadi Fruit Wholesale"),
    "猪肉 Pork": ("M", "城北肉联厂 Chengbei Meat Packing"), "牛羊肉 Beef & Lamb": ("B", "草原牧业 Grassland Ranch"),
    "禽蛋 Poultry & Eggs": ("P", "本地禽业 Local Poultry Farm"), "水产 Seafood": ("S", "舟山水产 Zhoushan Seafood"),
    "豆制品 Tofu": ("T", "豆香坊 Douxiangfang Tofu"), "粮油 Grain & Oil": ("G", "华南粮油 South China Grain & Oil"),
    "调味 Condiments": ("C", "味源调味品 Weiyuan Condiments"), "零食 Snacks": ("K", "好滋味食品 Haoziwei Foods"),
    "饮料 Drinks": ("D", "清泉饮品 Qingquan Beverages"), "乳品 Dairy": ("R", "绿野乳业 Lvye Dairy"),
    "日用 Household": ("H", "洁家日化 Jiejia Household"), "套餐 Combos": ("X", ""),
}
# Combos: zh|en|set price|components by Chinese name (=quantity in the base unit, @portion)
COMBOS = """罗宋汤料|Borscht soup kit|24.90|西红柿=0.5,土豆=0.5,胡萝卜=0.25,洋葱=0.25,牛腩@250g
火锅套餐|Hotpot set|49.90|火锅底料400g=1,娃娃菜=0.5,金针菇=0.3,老豆腐=1,羊腿肉@250g
番茄炒蛋套餐|Tomato & egg stir-fry kit|15.80|西红柿=0.5,鲜鸡蛋10枚=1,小葱=0.05
水果拼盘|Fruit platter|17.90|西瓜@quarter,富士苹果=0.5,香蕉=0.5,脐橙=0.5
鸡汤套餐|Chicken soup set|27.90|整鸡@half,山药=0.5,香菇=0.2,生姜=0.05"""
SOLD_OUT = ("杨梅", "荔枝", "牛尾", "开心果200g")  # nothing on the shelf this morning
LOW = ("车厘子", "鲜百合", "猪肝", "鳕鱼", "乌鸡", "黄油200g", "全脂奶粉400g", "干红葡萄酒750ml", "腐竹")  # under safety
STAPLES = ("西红柿", "黄瓜", "土豆", "大葱", "香蕉", "富士苹果", "五花肉", "猪肉馅", "鲜鸡蛋10枚", "纯牛奶250ml",
           "可乐330ml罐", "矿泉水550ml", "老豆腐", "内酯豆腐", "整鸡", "生抽500ml")
HEADER = ["sku", "name_zh", "name_en", "category", "unit", "sold_by", "price", "cost", "tax_rate", "barcodes", "plu",
          "supplier", "safety_stock", "min_fraction", "custom_fraction", "pricing", "portions", "components", "pinyin"]


def check_digit(data: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(data)))
    return str((10 - total % 10) % 10)


def fen(text: str, places: int = 2) -> int:
    """'12.8' -> 1280 fen; with places=3, '0.25' -> 250 thousandths."""
    whole, _, frac = text.partition(".")
    return int(whole) * 10 ** places + int(frac.ljust(places, "0"))


def money(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def qty(milli: int) -> str:
    """Thousandths -> '0.25', '1', '0.532'."""
    return f"{milli // 1000}.{milli % 1000:03d}".rstrip("0").rstrip(".")


def price_of(p: dict, milli: int) -> int:
    """The till's rule: exact price × quantity, marginal tiers, rounded once half-up."""
    lower = num = 0
    for upto, rate in p["tiers"]:
        span = milli - lower if upto is None else min(milli - lower, upto - lower)
        if span <= 0:
            break
        num += span * p["price"] * rate
        lower = upto if upto is not None else lower
    return (2 * num + 100_000) // 200_000  # ÷ (1000 thousandths × 100 %), half-up


def build_catalog(rng: random.Random) -> list[dict]:
    products: list[dict] = []
    counters: dict[str, int] = {}
    used_codes: set[str] = set()

    def add(category: str, zh: str, en: str, unit: str, sold_by: str, price: str, **extra) -> dict:
        prefix, supplier = CATEGORIES[category]
        counters[prefix] = counters.get(prefix, 0) + 1
        cents = fen(price)
        p = {"sku": f"{prefix}{counters[prefix]:03d}", "name_zh": zh, "name_en": en, "category": category,
             "unit": unit, "sold_by": sold_by, "price": cents, "tiers": [(None, 100)], "barcodes": [], "plu": "",
             "portions": [], "components": [], "custom": False, "min_fraction": None, "pricing": "",
             "supplier": supplier, "tax": 0, "cost": None, "safety": 0}
        if sold_by != "combo":
            p.update(cost=cents * rng.randint(60, 80) // 100, tax=9)
        p.update(extra)
        products.append(p)
        return p

    def gtin(body: str, length: int = 13) -> str:
        while True:
            code = body + "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(body)))
            code += check_digit(code)
            if code not in used_codes:
                used_codes.add(code)
                return code

    for category, table, first_plu in (("蔬菜 Vegetables", VEGETABLES, 1001), ("水果 Fruit", FRUIT, 2001)):
        for n, (zh, en, price, flags) in enumerate(ITEM.findall(table)):
            plu = str(first_plu + n)
            base = "21" + plu.zfill(5) + "00000"
            add(category, zh, en, "kg", "weight", price, plu=plu, safety=rng.randint(3, 10) * 1000,
                min_fraction=10 if "c" in flags else 1, barcodes=[base + check_digit(base)] if "*" in flags else [])
    plu = 3001
    for block in re.split(r"\n(?=\S)", PORTIONED):
        category, _, items = block.partition(": ")
        for item in items.split(";"):
            zh, en, unit, price, pset, flags = item.strip().split("|")
            flags = flags.split()
            portions = [[*x, None] for x in PORTION_SETS[pset]]
            for code, fixed in (f.split("=") for f in flags if "=" in f):
                next(x for x in portions if x[0] == code)[4] = fen(fixed)
            pricing, tiers = next((TIERS[f] for f in flags if f in TIERS), ("", [(None, 100)]))
            extra = {"portions": portions, "custom": "+" in flags, "pricing": pricing, "tiers": tiers,
                     "min_fraction": 100 if "+" in flags else None, "safety": rng.randint(2, 5) * 1000}
            if category in ("水果 Fruit", "蔬菜 Vegetables"):
                extra.update(plu=str(plu), safety=rng.randint(3, 8) * 1000)
                plu += 1
            add(category, zh, en, unit, "portion", price, **extra)
    for line in PACKAGED.splitlines():
        if "|" not in line:
            category, company = line, f"69{rng.randrange(10)}{rng.randrange(10000):04d}"
            continue
        for zh, en, price, flags in ITEM.findall(line):
            codes = [gtin(f"69{rng.randrange(10)}", 8) if "8" in flags else gtin(company)]
            if "2" in flags:  # a second code on the same product (new packaging, promotion print)
                codes.append(gtin(company))
            add(category, zh, en, "piece", "piece", price, barcodes=codes,
                tax=9 if "9" in flags else 13, safety=rng.randint(1, 4) * 6000)
    by_zh = {p["name_zh"]: p for p in products}
    assert len(by_zh) == len(products) and set(SOLD_OUT + LOW + STAPLES) <= set(by_zh)
    for row in COMBOS.splitlines():
        zh, en, price, parts = row.split("|")
        named = (part.replace("@", "=@").partition("=") for part in parts.split(","))
        components = [(by_zh[name]["sku"], value) for name, _, value in named]
        add("套餐 Combos", zh, en, "piece", "combo", price, components=components)
    for combo in (p for p in products if p["sold_by"] == "combo"):
        assert combo["price"] < sum(price for _, _, price in component_needs(products, combo)), combo["name_en"]
    return products


def component_needs(products: list[dict], combo: dict) -> list[tuple[dict, int, int]]:
    """(product, quantity in thousandths, stand-alone price) for each component of a combo."""
    by_sku = {p["sku"]: p for p in products}
    parts = []
    for sku, value in combo["components"]:
        p = by_sku[sku]
        if value.startswith("@"):
            _, _, _, size, fixed = next(x for x in p["portions"] if x[0] == value[1:])
            parts.append((p, size, fixed if fixed is not None else price_of(p, size)))
        else:
            parts.append((p, fen(value, 3), price_of(p, fen(value, 3))))
    return parts


def catalog_rows(products: list[dict]) -> list[list[str]]:
    rows = [HEADER]
    for p in products:
        portions = "|".join(f"{c}:{zh}:{en}:{qty(size)}" + (f":{money(fixed)}" if fixed is not None else "")
                            for c, zh, en, size, fixed in p["portions"])
        components = "|".join(f"{sku}{v}" if v.startswith("@") else f"{sku}={v}" for sku, v in p["components"])
        rows.append([p["sku"], p["name_zh"], p["name_en"], p["category"], p["unit"], p["sold_by"],
                     money(p["price"]), "" if p["cost"] is None else money(p["cost"]), str(p["tax"] or ""),
                     "|".join(p["barcodes"]), p["plu"], p["supplier"], qty(p["safety"]) if p["safety"] else "",
                     qty(p["min_fraction"]) if p["min_fraction"] else "", "yes" if p["custom"] else "",
                     p["pricing"], portions, components, ""])
    return rows


def opening_stock(rng: random.Random, products: list[dict]) -> dict[str, int]:
    stock = {}
    for p in products:
        if p["sold_by"] == "combo":
            continue
        if p["name_zh"] in SOLD_OUT:
            level = 0
        elif p["unit"] == "piece" and p["sold_by"] == "piece":
            level = rng.randint(12, 120) * 1000
        elif p["category"] in ("蔬菜 Vegetables", "水果 Fruit"):
            level = rng.randint(50, 600) * 100 if p["unit"] == "kg" else rng.randint(5, 40) * 1000
        else:
            level = rng.randint(30, 200) * 100 if p["unit"] == "kg" else rng.randint(3, 20) * 1000
        if p["name_zh"] in LOW:  # a short delivery: a few units on the shelf, well under the safety stock
            level = 12000 if p["sold_by"] == "piece" else 5000 if p["plu"] else 3000
            p["safety"] = 2 * level
        stock[p["sku"]] = level
    return stock


def make_line(rng: random.Random, p: dict, products: list[dict]) -> tuple[dict, dict[str, int], int]:
    """One basket row for product p: (row, stock taken by sku, amount in fen)."""
    if p["sold_by"] == "combo":
        need: dict[str, int] = {}
        for part, size, _ in component_needs(products, p):
            need[part["sku"]] = need.get(part["sku"], 0) + size
        return {"code": p["sku"]}, need, p["price"]
    if p["sold_by"] == "weight":
        scale = 800 if p["price"] < 1000 else 500 if p["price"] < 2500 else 300
        grams = max(int(scale * rng.uniform(0.35, 1.8)), 60)
        if p["min_fraction"] == 10:
            grams = round(grams, -1)
        if p["barcodes"] and rng.random() < 0.6:
            body = p["barcodes"][0][:7] + f"{grams:05d}"
            return {"code": body + check_digit(body)}, {p["sku"]: grams}, price_of(p, grams)
        return {"code": p["plu"], "weight": qty(grams)}, {p["sku"]: grams}, price_of(p, grams)
    if p["sold_by"] == "portion":
        roll = rng.random()
        code = p["plu"] or p["sku"]
        if p["custom"] and roll < 0.2:
            part = rng.randint(3, 16) * 50
            return {"code": code, "quantity": qty(part)}, {p["sku"]: part}, price_of(p, part)
        if roll < 0.35:
            return {"code": code}, {p["sku"]: 1000}, price_of(p, 1000)
        c, _, _, size, fixed = rng.choice(p["portions"])
        count = 2 if rng.random() < 0.1 else 1
        each = fixed if fixed is not None else price_of(p, size)
        return ({"code": code, "portion": c, "quantity": "2" if count == 2 else ""},
                {p["sku"]: size * count}, each * count)
    count = rng.choice((2, 2, 3)) if rng.random() < 0.12 else 1
    code = p["barcodes"][-1] if len(p["barcodes"]) > 1 and rng.random() < 0.3 else p["barcodes"][0]
    return {"code": code, "quantity": str(count) if count > 1 else ""}, {p["sku"]: count * 1000}, p["price"] * count


def tender_for(rng: random.Random, total: int) -> str:
    roll = rng.random()
    if roll < 0.60:
        return "mobile"
    if roll < 0.85:
        if rng.random() < 0.5:
            return "cash"
        notes = (10, 20, 50, 100, 200, 300, 500, 1000, 2000)
        return "cash:" + money(100 * next(n for n in notes if n * 100 >= total + 50))
    if roll < 0.95 or total < 3000:
        return "card"
    return f"card:{money(max(1000, total // 2 // 1000 * 1000))}+cash"


def build_day(rng: random.Random, products: list[dict], stock: dict[str, int]) -> list[list[str]]:
    sellable = [p for p in products if p["sold_by"] == "combo" or stock[p["sku"]] > 0]
    weights = [(6 if p["name_zh"] in STAPLES else 0.6 if p["sold_by"] == "combo" else rng.uniform(0.5, 2.0))
               for p in sellable]
    left = dict(stock)
    busy = [3, 9, 9, 5, 4, 4, 3, 3, 3, 5, 9, 9, 5, 3]  # baskets by hour, 07:00-21:00
    times = sorted(DAY.replace(hour=rng.choices(range(7, 21), busy)[0]) + timedelta(seconds=rng.randrange(3600))
                   for _ in range(BASKETS))
    rows = [["basket_id", "time", "code", "quantity", "weight", "portion", "tender", "cashier"]]
    number = 0
    for at in times:
        lanes = ["c01", "c02"] + (["c03", "c04"] if at.hour in (8, 9, 17, 18) else ["c03"] if at.hour >= 16 else [])
        cashier = rng.choice(lanes)
        wanted = rng.choices(range(1, 13), [12, 14, 14, 13, 11, 9, 7, 6, 4, 4, 3, 3])[0]
        lines, total, seen = [], 0, set()
        for _ in range(wanted * 3 + 20):
            if len(lines) == wanted:
                break
            p = rng.choices(sellable, weights)[0]
            if p["sku"] in seen:
                continue
            row, need, amount = make_line(rng, p, products)
            if any(left[sku] <= q for sku, q in need.items()):
                continue  # keep every product's day below its opening stock: the customer picks another
            for sku, q in need.items():
                left[sku] -= q
            seen.add(p["sku"])
            lines.append(row)
            total += amount
        if not lines:
            continue
        number += 1
        tender = tender_for(rng, total)
        for row in lines:
            rows.append([f"20261121-{number:04d}", at.isoformat(), row["code"], row.get("quantity", ""),
                         row.get("weight", ""), row.get("portion", ""), tender, cashier])
    assert all(level > 0 or stock[sku] == 0 for sku, level in left.items()), "demand reached opening stock"
    return rows


def write(path: Path, rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent, help="output folder")
    out = parser.parse_args(argv).out
    rng = random.Random(SEED)
    products = build_catalog(rng)
    stock = opening_stock(rng, products)
    baskets = build_day(rng, products, stock)
    out.mkdir(parents=True, exist_ok=True)
    write(out / "catalog.csv", catalog_rows(products))
    write(out / "stock.csv", [["sku", "quantity", "reason"]] +
          [[sku, qty(level), "opening stock"] for sku, level in stock.items()])
    write(out / "baskets.csv", baskets)
    kinds = {k: sum(p["sold_by"] == k for p in products) for k in ("weight", "portion", "piece", "combo")}
    print(f"{len(products)} products {kinds}, {len(stock)} stock rows, "
          f"{len({r[0] for r in baskets[1:]})} baskets, {len(baskets) - 1} lines -> {out}")


if __name__ == "__main__":
    main()
