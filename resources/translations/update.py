"""Refresh the Qt translations: extract every tr() string from pos_app/till (freshtill_*.ts, Chinese from ZH
below) and from backoffice/window (backoffice_*.ts, Chinese from backoffice_strings.py), fill in the Chinese
(and the English plurals), and compile the .qm files the windows load.

    .venv/bin/python resources/translations/update.py

A string missing from ZH is left unfinished in the .ts and makes this script exit 1 (and
tests/pos_app/till/test_translations.py fail), so no visible string ships untranslated.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent

ZH = {
    "Item": "商品", "Qty / weight": "数量 / 重量", "Unit price": "单价", "Amount": "金额",
    "FreshTill": "鲜到家收银", "Choose your name and enter your PIN": "请选择姓名并输入密码", "PIN": "密码",
    "English": "English", "Wrong PIN. Try again.": "密码错误，请重试。",
    "Payment": "收款", "Card / mobile reference": "银行卡 / 移动支付流水号", "blank = what is still due": "留空 = 应收余额",
    "F6 Cash": "F6 现金", "F7 Card": "F7 银行卡", "F9 Mobile": "F9 移动支付", "Remove last": "撤销上一笔",
    "Finish (Enter)": "完成 (Enter)", "Back (Esc)": "返回 (Esc)", "Cash": "现金", "Card": "银行卡",
    "Mobile": "移动支付", "Total": "合计", "Due": "应收", "Change": "找零", "Clear": "清除", "OK": "确定",
    "Choose a portion": "选择份量", "Add this amount": "加入此份量", "Cancel (Esc)": "取消 (Esc)",
    "not sellable": "不可售", "Sold out": "已售罄", "Low": "库存低", "Help": "帮助", "Search": "搜索",
    "Weigh": "称重", "Portion": "份量", "Void line": "删除行", "Pay": "收款", "Lock": "锁屏",
    "Produce (PLU)": "生鲜 (PLU)",
    "Scan a barcode at any time. F2 search, F4 weigh, F5 portion, F8 void the selected line, F10 pay, F12 lock. "
    "Produce: tap its key with the item on the scale.":
        "随时可扫码。F2 搜索，F4 称重，F5 份量，F8 删除所选行，F10 收款，F12 锁屏。生鲜：放上秤后点商品键。",
    "Pick a product sold by weight first (produce key or search).": "请先选择称重商品（生鲜键或搜索）。",
    "No scale is connected to this till.": "本收银台未连接电子秤。",
    "Pick a product sold in portions first.": "请先选择按份销售的商品。",
    "Select the line to void first.": "请先选择要删除的行。", "The basket is empty.": "购物篮是空的。",
    "Paid. Change: %1": "已收款。找零：%1", "%n line(s)": "%n 行",
    "F2 Search: name, pinyin initials or PLU": "F2 搜索：名称、拼音首字母或 PLU",
    "Low stock": "库存低", "In stock": "有货", "Printer: none": "打印机：未配置",
    "Printer: needs attention": "打印机：需处理", "Printer: not printing": "打印机：无法打印",
    "Printer: ready": "打印机：就绪", "%n job(s) waiting": "%n 个任务等待", "Sync: offline": "同步：离线",
    "%n to send": "%n 条待发送",
    "Sync: %1 to send, last %2": "同步：%1 条待发送，上次 %2", "Cashier: %1": "收银员：%1", "Locked": "已锁定",
    "Scale: %1": "电子秤：%1", "Scale": "电子秤", "Tare": "去皮", "Zero": "置零", "No scale": "无电子秤",
    "Scale error": "电子秤故障", "Stable": "稳定", "Moving": "晃动中", "Over capacity": "超载",
    "Under zero": "低于零", "No answer": "无响应", "Disconnected": "未连接", "Net": "净重",
    "Demo scale": "模拟秤", "Put on": "放上", "Take off": "取下", "Wobble": "晃动",
    "Demo only: what lies on the simulated scale's platter": "仅演示用：模拟秤秤盘上放的东西",
    # manager flows, shifts, refunds, held baskets, receipts
    "Hold": "挂单", "Recall": "取单", "Refund": "退货", "Void all": "整单作废", "Discount": "折扣",
    "No sale": "开钱箱", "X report": "X 报表", "Close shift": "交班",
    "The basket is on hold: F6 brings it back.": "已挂单：按 F6 取回。",
    "Finish or hold the basket in hand before recalling another.": "请先完成或挂起当前购物篮，再取回其他单。",
    "No basket is on hold.": "没有挂起的单。", "The drawer opens.": "钱箱已打开。",
    "Opening the drawer without a sale needs a manager's PIN.": "无销售开钱箱需要经理密码。",
    "A refund needs a manager's PIN.": "退货需要经理密码。",
    "Refunded: %1. The refund receipt is printing.": "已退款：%1。正在打印退款小票。",
    "Selected line: %1": "所选行：%1", "Select a line first to discount it alone": "如需单行折扣，请先选择该行",
    "Whole basket (subtotal %1)": "整单（小计 %1）", "Amount off (¥)": "减免金额（￥）",
    "Take off this amount": "减免此金额", "Reason": "原因", "Near its date": "临期", "Damaged": "破损",
    "Regular customer": "老顾客", "Price match": "价格匹配", "Remove discount": "取消折扣",
    "Baskets on hold": "挂起的单", "Choose the basket to bring back": "选择要取回的单", "Recall (Enter)": "取回 (Enter)",
    "Manager authorisation": "经理授权", "Manager: enter your PIN": "请经理输入密码", "Manager PIN": "经理密码",
    "Wrong PIN, or that person may not authorise this.": "密码错误，或此人无权授权此操作。",
    "Too many wrong PINs: locked until %1.": "密码错误次数过多：锁定至 %1。",
    "A manager's PIN is needed for this.": "此操作需要经理密码。",
    "This item is sold out. A manager can override.": "此商品已售罄。经理可授权继续销售。",
    "No product has this code: check it, or search by name or PLU.": "没有此条码的商品：请检查，或按名称、PLU 搜索。",
    "This barcode cannot be read: scan it again or type the PLU.": "无法识别此条码：请重新扫描或输入 PLU。",
    "This quantity or portion cannot be sold for this product.": "此商品不能按此数量或份量销售。",
    "That entry cannot be used: check it and try again.": "输入无效：请检查后重试。",
    "The payment does not add up: check the amounts.": "付款金额不符：请检查金额。",
    "This refund is not possible: check the lines and quantities.": "无法退货：请检查商品行和数量。",
    "The shift cannot do this now.": "当前班次无法执行此操作。",
    "The receipt cannot be printed again from this till.": "本收银台无法重印此小票。",
    "A device cannot be reached: check its cable and power.": "设备无法连接：请检查线缆和电源。",
    "A device did not answer in time: check it and try again.": "设备未及时响应：请检查后重试。",
    "A device answered with something unexpected: try again.": "设备返回异常：请重试。",
    "A device setting is wrong: ask the manager to check the till's settings.": "设备设置有误：请经理检查收银台设置。",
    "A device reported a problem.": "设备报告故障。",
    "The connection to head office failed; sales are kept and sent later.": "与总部连接失败；销售已保存，稍后发送。",
    "The weight is still moving: wait until the scale is steady.": "重量仍在变化：请等秤稳定。",
    "The scale is over capacity: take something off.": "电子秤超载：请拿下部分商品。",
    "The scale is below zero: empty it and zero it.": "电子秤低于零：请清空并置零。",
    "Nothing on the scale: put the item on it.": "秤上没有商品：请放上商品。",
    "The scale did not answer: check that it is switched on.": "电子秤无响应：请检查是否开机。",
    "The scale is not connected: check its cable.": "电子秤未连接：请检查线缆。",
    "The scale sent no usable weight: check its settings.": "电子秤未返回有效重量：请检查设置。",
    "The scale refused the command: empty it and try again.": "电子秤拒绝了指令：请清空后重试。",
    "This scale cannot do that.": "此电子秤不支持该操作。",
    "The printer is not ready: nothing was printed.": "打印机未就绪：未打印。",
    "Something went wrong; the problem was logged. Try again, or call the manager.": "出现错误，已记录。请重试或联系经理。",
    "Refund receipt": "退款小票", "Receipt": "小票", "Reprint": "重印", "Close": "关闭",
    "No printer: nothing was printed.": "无打印机：未打印。",
    "Waiting to print (%n job(s) in the queue).": "等待打印（队列中 %n 个任务）。",
    "The printer is not printing: check it.": "打印机无法打印：请检查。", "Printed.": "已打印。",
    "Not printed: %1": "未打印：%1", "Sale": "销售单", "Scan the receipt's QR code, or type the sale id": "扫描小票二维码，或输入单号",
    "Find": "查找", "Sold": "已售", "Can refund": "可退", "Goes to": "去向", "Everything": "全部",
    "Refund…": "退货…", "Back to stock": "退回库存", "Waste": "报损", "pcs": "件", "portions": "份",
    "No sale chosen yet.": "尚未选择销售单。", "Sale %1 of %2, total %3": "销售单 %1，%2，合计 %3",
    "Open the shift": "开班", "%1, count the cash float in the drawer and enter it.": "%1，请清点钱箱备用金并输入。",
    "Cash float (¥)": "备用金（￥）", "Not now (Esc)": "稍后 (Esc)", "Close the shift": "交班",
    "Close the shift (Z report)": "交班（Z 报表）",
    "Count all the cash in the drawer and enter it; the Z report compares it with what is expected.":
        "请清点钱箱内全部现金并输入；Z 报表会与应有现金比较。",
    "Counted cash (¥)": "实点现金（￥）", "Enter an amount in yuan, such as 500 or 500.00.": "请输入金额（元），如 500 或 500.00。",
    "The shift is open.": "已开班。", "No printer is connected: the report was not printed.": "未连接打印机：报表未打印。",
    "The report is printing.": "报表正在打印。", "Expected cash in the drawer: %1": "钱箱应有现金：%1",
    "The drawer is exact.": "钱箱现金相符。", "The drawer is %1 over.": "钱箱现金多 %1。",
    "The drawer is %1 short.": "钱箱现金少 %1。", "Z report": "Z 报表", "Print": "打印",
}
EN_PLURALS = {"%n line(s)": ("%n line", "%n lines"), "%n job(s) waiting": ("%n job waiting", "%n jobs waiting"),
              "%n to send": ("%n to send", "%n to send"),
              "Waiting to print (%n job(s) in the queue).": ("Waiting to print (%n job in the queue).",
                                                             "Waiting to print (%n jobs in the queue).")}


def fill(path: Path, *, language: str, zh: dict[str, str] = ZH,
         en_plurals: dict[str, tuple[str, str]] = EN_PLURALS) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        if language == "zh_CN":
            text = zh.get(source)
            forms = (text,) if numerus else None
        else:
            text = source
            forms = en_plurals.get(source, (source, source)) if numerus else None
        if text is None:
            missing.append(source)
            translation.set("type", "unfinished")
            continue
        translation.attrib.pop("type", None)
        if forms:
            for form_text in forms:
                ET.SubElement(translation, "numerusform").text = form_text
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def update(*, package: Path, name: str, zh: dict[str, str], en_plurals: dict[str, tuple[str, str]]) -> list[str]:
    sources = sorted(str(p) for p in package.rglob("*.py"))
    files = {lang: HERE / f"{name}_{lang}.ts" for lang in ("zh_CN", "en")}
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *map(str, files.values())],
                   check=True, cwd=ROOT)
    missing = []
    for language, path in files.items():
        root = ET.parse(path).getroot()
        root.set("language", language)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
        missing += fill(path, language=language, zh=zh, en_plurals=en_plurals)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(path), "-qm", str(path.with_suffix(".qm"))], check=True)
    return missing


def main() -> int:
    sys.path.insert(0, str(HERE))
    import backoffice_strings
    import till_setup_strings

    missing = update(package=ROOT / "pos_app" / "till", name="freshtill", zh={**ZH, **till_setup_strings.ZH},
                     en_plurals=EN_PLURALS)
    missing += update(package=ROOT / "backoffice" / "window", name="backoffice", zh=backoffice_strings.ZH,
                      en_plurals=backoffice_strings.EN_PLURALS)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
