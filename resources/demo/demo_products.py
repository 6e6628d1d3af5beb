"""The demo store's products as data: names, prices and flags of a Chinese fresh market and supermarket.

Read by generate.py, which turns them into catalog.csv, stock.csv and baskets.csv; kept apart so the
generator is the code and this the shop's shelves. Standard library only.
"""
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
