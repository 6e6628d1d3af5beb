"""Chinese of the till's setup wizard and start-up (pos_app/till/setup, startup.py), merged into update.py's
ZH for freshtill_*.ts. Kept apart so the wizard's strings are found and reviewed in one place."""
from __future__ import annotations

ZH = {
    # wizard frame and shared
    "Set up this till": "设置本收银台", "Step %1 of %2": "第 %1 步，共 %2 步", "Back": "上一步", "Next": "下一步", "Finish": "完成", "Cancel": "取消",
    "Skip for now": "稍后设置", "Skipped: this step can be done later from the till's settings.":
        "已跳过：可稍后在收银台设置中完成此步骤。",
    "The settings were not saved (%1). Try again.": "设置未保存（%1）。请重试。",
    # language
    "Welcome to FreshTill": "欢迎使用鲜到家收银",
    "This sets up the till in a few steps. Choose the language of the till's screens and receipts; it can be "
    "changed later.": "只需几步即可设置本收银台。请选择收银界面和小票的语言，之后可以更改。",
    # store
    "Store and till": "门店与收银台", "Store name": "门店名称", "English name": "英文名称", "Till name": "收银台名称",
    "optional": "可选",
    "The store's name is printed on every receipt. The till's name tells this till apart at head office, such as "
    "\"Till 1\".": "门店名称会打印在每张小票上。收银台名称用于在总部区分各台收银机，例如“1号收银台”。",
    # head office
    "Head office": "总部", "Connect to head office": "连接总部", "Standalone shop (no head office)": "单店使用（不连总部）",
    "Connect the till to head office with the one-time code shown there, or run it on its own in a single shop.":
        "用总部显示的一次性注册码连接总部，或作为单店独立使用。",
    "Head office address": "总部地址", "Enrollment code": "注册码", "Certificate fingerprint": "证书指纹",
    "optional: as shown at head office": "可选：与总部显示的一致", "Enroll": "注册",
    "Enter head office's address, such as https://hq.example.com:8443.": "请输入总部地址，如 https://hq.example.com:8443。",
    "Enter the one-time enrollment code head office gave you.": "请输入总部提供的一次性注册码。",
    "Enrolling with head office…": "正在向总部注册…", "Enrolled as till %1 of %2.": "已注册为 %2 的收银台 %1。",
    "Compare head office's certificate fingerprint with the one shown at head office: %1":
        "请核对总部证书指纹与总部显示的是否一致：%1",
    "Head office refused the enrollment code: it is wrong, used or expired. Ask head office for a new one.":
        "总部拒绝了注册码：注册码错误、已使用或已过期。请向总部索取新注册码。",
    "Head office refused this enrollment: check the code (6 to 64 characters).":
        "总部拒绝了此次注册：请检查注册码（6 至 64 个字符）。",
    "Head office cannot be reached at %1: check the address and the network, then try again.":
        "无法连接总部 %1：请检查地址和网络后重试。",
    "This may not be your head office, or it runs another version: check the address and the certificate "
    "fingerprint shown at head office.": "这可能不是您的总部，或总部运行的是其他版本：请检查地址及总部显示的证书指纹。",
    "Head office had a problem answering: try again in a minute.": "总部处理请求时出错：请稍后重试。",
    # scale
    "Scale": "电子秤", "Port": "端口", "Protocol": "协议", "Test reading": "测试读数",
    "/dev/ttyUSB0, COM3 or socket://host:port": "/dev/ttyUSB0、COM3 或 socket://主机:端口",
    "The port the scale is connected to and the protocol set on the scale. Put something on it and test: the "
    "weight read must match the scale's display, and follows it while this page shows.":
        "电子秤所接的端口及秤上设置的协议。放上物品后测试：读到的重量应与秤的显示一致，并在本页显示期间随秤实时更新。",
    "Enter the scale's port first, such as /dev/ttyUSB0 or COM3.": "请先输入电子秤端口，如 /dev/ttyUSB0 或 COM3。",
    "Reading the scale…": "正在读取电子秤…", "The scale answered: %1 kg, steady.": "电子秤读数：%1 kg，稳定。",
    "The scale answered: %1 kg, still moving.": "电子秤读数：%1 kg，仍在晃动。",
    "This scale setting cannot be used: %1": "此电子秤设置无法使用：%1",
    # printer
    "Receipt printer": "小票打印机", "Printer": "打印机", "Print a test page": "打印测试页",
    "How the till reaches the printer: tcp://192.168.1.50:9100 (network), serial:///dev/ttyUSB0?baudrate=19200, "
    "usb://0x04b8:0x0202, cups://Queue.":
        "收银台连接打印机的方式：tcp://192.168.1.50:9100（网络）、serial:///dev/ttyUSB0?baudrate=19200、"
        "usb://0x04b8:0x0202、cups://队列名。",
    "Enter the printer's setting first, such as tcp://192.168.1.50:9100.": "请先输入打印机设置，如 tcp://192.168.1.50:9100。",
    "Printing a test page…": "正在打印测试页…",
    "The test page was sent: check that it printed, with its line of Chinese readable.":
        "测试页已发送：请确认已打印，且其中的中文清晰可读。",
    "This printer setting cannot be used: %1": "此打印机设置无法使用：%1",
    # scanner
    "Barcode scanner": "扫码枪", "Scan here": "在此扫码",
    "Tap the box, then scan any product's barcode. The till shows how it reads the code.":
        "点一下输入框，然后扫描任意商品条码。收银台会显示它如何识别该条码。",
    "Scanned a product barcode: %1.": "已扫描商品条码：%1。", "Scanned a GS1 code for product %1.": "已扫描 GS1 码，商品 %1。",
    "Scanned the item code %1.": "已扫描商品编码 %1。", "Scanned an in-store label: item %1": "已扫描店内标签：商品 %1",
    ", weight %1 kg": "，重量 %1 kg", ", price ¥%1": "，金额 ￥%1",
    "That was typed, not scanned: a scanner sends a whole code within milliseconds and ends it with Enter. Set the "
    "scanner to add Enter.": "这是手动输入，不是扫码：扫码枪会在几毫秒内发送完整条码并以回车结束。请将扫码枪设置为添加回车。",
    # receipt
    "Receipt header": "小票抬头",
    "Up to 4 lines printed under the store's name on every receipt: address, phone, opening hours.":
        "最多 4 行，打印在每张小票的门店名称下方：地址、电话、营业时间。",
    "88 Riverside Road\nTel 021-5555 0188": "河畔路 88 号\n电话 021-5555 0188",
    "The catalog and the cashiers will come with the first sync once the till starts.":
        "商品目录和收银员将在收银台启动后的首次同步中下载。",
    "From head office: %1 products, %2 cashiers and managers.": "已从总部获取：%1 个商品，%2 名收银员和经理。",
    # manager (standalone)
    "The shop's manager": "门店经理", "Name": "姓名", "PIN (4 to 12 digits)": "密码（4 至 12 位数字）",
    "PIN again": "再次输入密码", "A PIN is 4 to 12 digits.": "密码为 4 至 12 位数字。",
    "The two PINs differ: type the same PIN twice.": "两次输入的密码不一致：请输入相同的密码。",
    "A standalone till has no head office to send it its users. Enter the manager who signs in, opens the shift "
    "and authorises refunds; cashiers can be added later.":
        "单店收银台没有总部下发用户。请输入负责登录、开班和授权退货的经理；收银员可稍后添加。",
    # the setup again, from the PIN screen
    "Till setup": "收银台设置", "Which part of the setup?": "要设置哪一项？", "Language": "语言",
    "Add a manager": "添加经理", "%1 (not done yet)": "%1（尚未设置）",
    "A manager's PIN is needed to change the till's setup.": "更改收银台设置需要经理密码。",
    "Finish or hold the basket in hand before changing the till's setup.": "请先完成或挂起当前购物篮，再更改收银台设置。",
    # start-up
    "The till database could not be created: %1": "无法创建收银数据库：%1",
    "The till database could not be upgraded to this version, so it was restored from the backup %1 taken just "
    "before and no sale was lost: start the previous version or call support.":
        "收银数据库无法升级到此版本，已从升级前的备份 %1 恢复，没有丢失任何销售：请启动旧版本或联系技术支持。",
}
