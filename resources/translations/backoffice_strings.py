"""The back-office window's Chinese (update.py fills backoffice_zh_CN.ts from it; English is the source)."""

ZH = {
    "FreshTill back office": "鲜到家后台", "Dashboard": "经营概览", "Stock": "库存", "Store": "门店",
    "Sign out": "退出登录", "All stores": "全部门店", "administrator": "管理员", "manager": "店长",
    "HQ's certificate authority was trusted on first use: SHA-256 %1. Compare it with the fingerprint shown at HQ.":
        "首次使用时已信任总部证书颁发机构：SHA-256 %1。请与总部显示的指纹核对。",
    "That is not an HQ address: write it as https://host:port.": "这不是总部地址：请写成 https://主机:端口。",
    "HQ's certificate does not match: this may not be your HQ. Check the address and the fingerprint shown at HQ.":
        "总部证书不匹配：这可能不是您的总部。请核对地址和总部显示的指纹。",
    "HQ cannot be reached: check the address and the network, then try again.": "无法连接总部：请检查地址和网络后重试。",
    "HQ did not answer in time: try again.": "总部未及时响应：请重试。",
    "Wrong user name or password.": "用户名或密码错误。",
    "Your session has ended: sign in again.": "登录已失效：请重新登录。",
    "You may not do this: ask an administrator.": "您无权执行此操作：请联系管理员。",
    "HQ refused this: check what you entered.": "总部拒绝了此操作：请检查输入内容。",
    "HQ already has a different operation with this number.": "总部已有使用此编号的另一项操作。",
    "HQ had a problem; nothing was changed. Try again later.": "总部出现问题，未做任何更改。请稍后重试。",
    "HQ answered something this window cannot read.": "总部返回了无法识别的内容。",
    "That entry cannot be used: check it and try again.": "输入无效：请检查后重试。",
    "Something went wrong; the problem was logged. Try again.": "出现错误，已记录。请重试。",
    "Day": "日期", "Refresh": "刷新", "Revenue": "营业额", "Baskets": "客单数", "Average basket": "客单价",
    "Loading…": "加载中…", "Revenue by hour": "分时营业额", "Revenue by category": "分类营业额",
    "%1 on %2 %3 (%4)": "%2 %3：%1（%4）", "Today": "今日", "Same day last week": "上周同日", "(none)": "（未分类）",
    "HQ address": "总部地址", "User": "用户名", "Password": "密码", "CA fingerprint": "CA 指纹",
    "first sign-in only: SHA-256 shown at HQ (optional)": "仅首次登录：总部显示的 SHA-256（可选）",
    "Without the fingerprint, HQ's certificate is trusted on first use and its fingerprint is shown for you to "
    "compare.": "不填指纹时，首次使用即信任总部证书，并显示其指纹供您核对。",
    "Sign in": "登录", "Connecting to HQ…": "正在连接总部…",
    "Goods in": "入库", "Waste": "报损", "Stock count": "盘点", "Received": "入库数量", "Wasted": "报损数量",
    "Counted": "盘点数量", "SKU": "货号", "Reason": "原因", "exact, e.g. 2.345": "精确数值，如 2.345",
    "Send to HQ": "提交总部", "Close": "关闭", "Sending to HQ…": "正在提交总部…",
    "Done: %1 is now %2.": "完成：%1 现为 %2。",
    "(HQ had this already; nothing changed twice.)": "（总部已记录此操作，未重复更改。）",
    "All products": "全部商品", "Filter: SKU, name or category": "筛选：货号、名称或分类",
    "Goods in…": "入库…", "Waste…": "报损…", "Stock count…": "盘点…", "Older movements": "更早的记录",
    "When": "时间", "Movement": "类型", "Quantity": "数量", "Level after": "结存", "By": "操作方",
    "Choose one store to see its stock.": "请选择一个门店查看库存。", "%n product(s)": "%n 个商品",
    "Select a product to see its movements.": "选择商品以查看出入库记录。",
    "Movements of %1 (%2), level %3": "%1（%2）的出入库记录，当前库存 %3",
    "Sale": "销售", "Refund": "退货", "Transfer": "调拨", "Oversold": "超卖", "Sold out": "已售罄",
    "Low stock": "库存低", "Delisted": "已下架", "Not in catalog": "不在商品目录", "Product": "商品",
    "Category": "分类", "Level": "库存", "Sellable portions": "可售份数", "Alerts": "提醒",
}
EN_PLURALS = {"%n product(s)": ("%n product", "%n products")}

# Sales analysis view
ZH.update({
    "Sales analysis": "销售分析", "From": "从", "to": "至", "Last 7 days": "最近 7 天", "This month": "本月",
    "Export…": "导出…", "Quantity": "数量", "Amount": "金额", "Share": "占比", "Margin": "毛利",
    "Margin rate": "毛利率", "Waste rate": "损耗率", "Top sellers": "畅销商品", "Bottom sellers": "滞销商品",
    "The first day is after the last: choose the range again.": "开始日期晚于结束日期：请重新选择日期范围。",
    "Export the sales analysis": "导出销售分析", "Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)":
        "Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)",
    "Writing %1…": "正在写入 %1…", "Exported %n row(s) to %1.": "已导出 %n 行到 %1。",
    "Amount and margin by category": "分类销售额与毛利",
    "%1 to %2: sales %3, margin %4 (%5), waste at cost %6": "%1 至 %2：销售额 %3，毛利 %4（%5），损耗成本 %6",
})
EN_PLURALS["Exported %n row(s) to %1."] = ("Exported %n row to %1.", "Exported %n rows to %1.")

# Administration view
ZH.update({
    "Administration": "系统管理", "Users": "用户", "Tills": "收银台", "Sync problems": "同步问题",
    "Cashier": "收银员", "Manager": "店长", "Administrator": "管理员", "Deactivate": "停用", "Reactivate": "重新启用",
    "Change role": "更改角色",
    "%1 is now %2: signed out now, and at the tills after their next sync.": "%1 现为%2：已立即退出登录，收银机在下次同步后生效。",
    "New user": "新建用户", "User ID": "用户 ID", "Name": "姓名", "Role": "角色", "PIN": "PIN 码",
    "for the back office (managers)": "用于后台（店长）", "4–12 digits, for the tills": "4–12 位数字，用于收银台",
    "Create user": "创建用户", "Every store": "全部门店", "Status": "状态", "Signs in with": "登录方式",
    "Created": "创建时间", "Only an administrator may change users.": "只有管理员可以修改用户。",
    "%1 may sign in again.": "%1 已可重新登录。",
    "%1 is deactivated: signed out now, and at the tills after their next sync.":
        "%1 已停用：立即退出登录，收银台在下次同步后生效。",
    "Give the user an ID and a password or a PIN.": "请填写用户 ID，以及密码或 PIN 码。",
    "%1 is created; the tills receive the user at their next sync.": "%1 已创建；收银台在下次同步时收到该用户。",
    "password": "密码", "Active": "启用", "Deactivated": "已停用",
    "Revoke till…": "吊销收银台…", "Issue an enrollment code": "生成注册码",
    "Copy code and fingerprint": "复制注册码和指纹", "Till": "收银台", "Last seen": "最近联系",
    "Last sales received": "最近收到销售", "Events received": "已收事件数", "Revoke till": "吊销收银台",
    "Revoke till %1? It can no longer send sales or receive changes until it is enrolled again.":
        "确定吊销收银台 %1？重新注册前，它将无法上传销售或接收更新。",
    "Till %1 is revoked.": "收银台 %1 已吊销。",
    "The code and the fingerprint are on the clipboard.": "注册码和指纹已复制到剪贴板。",
    "Revoked %1": "已于 %1 吊销", "Enrolled": "已注册",
    "Choose one store to enroll a new till for it.": "请选择一个门店，为其注册新收银台。",
    "Only an administrator may enroll tills.": "只有管理员可以注册收银台。",
    "A new till of store %1: issue a code and type it at the till with HQ's address and fingerprint.":
        "门店 %1 的新收银台：生成注册码，并在收银台输入它以及总部地址和指纹。",
    "Valid once, until %1 (%n minute(s)). CA fingerprint: %2": "仅可使用一次，有效至 %1（%n 分钟）。CA 指纹：%2",
    "Events HQ refused, newest first": "总部拒收的事件（最新在前）",
    "Exceptions noted while applying sales, newest first": "处理销售时记录的异常（最新在前）",
    "Older events": "更早的事件", "Older exceptions": "更早的异常", "The event as the till sent it": "收银台发送的原始事件",
    "Received at": "接收时间", "Number": "序号", "Kind": "类型", "Reason": "原因", "Detail": "详情",
    "Choose one store to see its sync problems.": "请选择一个门店查看其同步问题。",
})
EN_PLURALS["Valid once, until %1 (%n minute(s)). CA fingerprint: %2"] = (
    "Valid once, until %1 (%n minute). CA fingerprint: %2", "Valid once, until %1 (%n minutes). CA fingerprint: %2")

# Replenishment and Forecasts views
ZH.update({
    "Replenishment": "补货", "Forecasts": "需求预测", "Catalog": "商品目录",
    "smoothed level × weekday pattern": "平滑水平 × 星期规律", "exponential smoothing (weekly)": "指数平滑（周季节性）", "Croston-SBA (intermittent)": "Croston-SBA（间歇需求）",
    "TSB (intermittent)": "TSB（间歇需求）", "seasonal naive (same weekday last week)": "季节性朴素法（上周同日）",
    "the category's weekly profile": "所属分类的周内规律", "none (not enough history)": "无（历史数据不足）",
    "smooth": "平稳", "erratic": "波动", "intermittent": "间歇", "lumpy": "块状", "too short": "数据过短",
    "none": "无",
    "Recompute this product": "重新预测此商品", "Sold per day": "每日销量", "Forecast": "预测",
    "80 % interval": "80% 预测区间", "Sold out (demand unknown)": "售罄（需求未知）",
    "Choose one store to see its forecasts.": "请选择一个门店查看其需求预测。",
    "HQ has no forecasts for this store yet: they are made every night.": "总部尚无此门店的预测：预测每晚生成。",
    "Recomputing %1…": "正在重新预测 %1…", "Recomputed just now.": "刚刚已重新预测。",
    "No forecast run yet.": "尚未运行预测。",
    "Forecast run in progress: %1 of %2 products.": "预测运行中：已完成 %1 / %2 个商品。",
    "finished": "完成", "failed": "失败",
    "Last forecast run %1 at %2: %3 products.": "上次预测于 %2 %1：%3 个商品。",
    "Category %1 (%2 products)": "分类 %1（%2 个商品）",
    "Each product has its own model; %1 of %2 use seasonal naive, which beat their own model in the backtest.":
        "每个商品各有模型；%2 个中有 %1 个使用季节性朴素法（回测中优于其自身模型）。",
    "The interval assumes the products' errors are independent.": "预测区间假定各商品的误差相互独立。",
    "Model used: %1 · demand %2 · computed %3": "所用模型：%1 · 需求类型：%2 · 计算于 %3",
    "Backtest (last 4 weeks): RMSSE %1 against seasonal naive's %2; WAPE %3 against %4. Lower is better.":
        "回测（最近 4 周）：RMSSE %1，季节性朴素法为 %2；WAPE %3，季节性朴素法为 %4。越低越好。",
    "Seasonal naive is used: the %1 model did worse than it in the backtest.":
        "已改用季节性朴素法：%1 模型在回测中不如它。",
    "The model beat seasonal naive in the backtest.": "该模型在回测中优于季节性朴素法。",
    "Seasonal naive scored better in the backtest; HQ keeps this model for its demand class.":
        "回测中季节性朴素法得分更好；总部对此需求类型仍保留该模型。",
    "Too little history to backtest against seasonal naive.": "历史数据不足，无法与季节性朴素法比较回测。",
    "Supplier": "供应商", "Make purchase order": "生成采购单", "Export CSV…": "导出 CSV…",
    "Export XLSX…": "导出 XLSX…", "Mark sent": "标记为已发送", "Receive into stock": "收货入库",
    "Choose one store to order for it.": "请选择一个门店为其订货。",
    "%1 product(s), %2 to order; double-click an order quantity to change it.":
        "%1 个商品，其中 %2 个需订货；双击订货数量可修改。",
    "No forecast products to order for this choice.": "此条件下没有可订货的预测商品。",
    "Choose one supplier: a purchase order goes to one supplier.": "请选择一个供应商：一张采购单只发给一个供应商。",
    "Nothing to order: every quantity is zero.": "没有要订的货：所有数量均为零。",
    "Purchase order %1 made as a draft.": "采购单 %1 已生成（草稿）。", "Saved %1.": "已保存 %1。",
    "Received: the stock of %1 product(s) went up.": "已收货：%1 个商品的库存已增加。",
    "Marked as sent: its quantities now count as on order.": "已标记为已发送：其数量计入在途。",
    "CSV files (*.csv)": "CSV 文件 (*.csv)", "Excel workbooks (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Export purchase order": "导出采购单", "Every supplier": "全部供应商", "(no supplier)": "（无供应商）",
    "draft": "草稿", "sent": "已发送", "received": "已收货", "No purchase order made yet.": "尚未生成采购单。",
    "Purchase order %1 to %2: %3, %4 line(s)": "采购单 %1（供应商 %2）：%3，%4 行",
    "No purchase orders yet": "尚无采购单", "Purchase orders: %1 open": "采购单：%1 张未完成",
    "%1: not a quantity (%2).": "%1：不是有效数量（%2）。",
    "%1: order zero or more, in whole pieces for products sold by the piece.":
        "%1：订货数量须大于等于零；按件销售的商品须为整件。",
    "On hand": "现有库存", "On order": "在途", "Forecast (lead + review)": "预测需求（交货期 + 订货周期）",
    "Safety stock": "安全库存", "Shelf-life cap": "保质期上限", "Order up to": "目标库存", "Suggested": "建议订货",
    "Order": "订货数量",
    "Lead time %1 d + review %2 d at %3 % service; packs of %4, minimum %5; loss %6 %.":
        "交货期 %1 天 + 订货周期 %2 天，服务水平 %3%；每包 %4，最少 %5；损耗 %6%。",
    "Capped at what sells within the shelf life.": "已按保质期内可售出的数量封顶。",
    "Forecast by seasonal naive (it beat the model).": "预测采用季节性朴素法（其优于模型）。",
    "The forecast is out of date.": "预测已过期。",
    "The file could not be written: %1": "无法写入文件：%1",
    "Receive purchase order %1": "采购单 %1 收货",
    "Purchase order %1 from %2: type what arrived (0 if a line did not come).":
        "采购单 %1（供应商 %2）：请填写实际到货数量（未到货填 0）。",
    "Ordered": "订货数量", "Arrived": "到货数量", "Received into stock.": "已收货入库。", "Receive…": "收货…",
})

# Catalog view
ZH.update({
    "Catalog": "商品目录", "SKU": "货号", "Sold by": "销售方式", "Price": "价格", "Store price": "门店价",
    "Barcodes": "条码", "Supplier": "供应商", "Lead time": "到货周期", "Shelf life": "保质期", "Loss rate": "损耗率",
    "by weight": "称重", "by piece": "按件", "in portions": "按份", "combo": "套餐", "%n day(s)": "%n 天",
    "Price at this store": "本店价格", "Save price": "保存价格",
    "Supply terms (HQ only: replenishment)": "供货条件（仅总部：补货用）", "Lead time (days)": "到货周期（天）",
    "Shelf life (days)": "保质期（天）", "Loss rate (%)": "损耗率（%）", "Pack size": "包装规格",
    "Minimum order": "最小订货量", "Save supply terms": "保存供货条件",
    "Select a product to see and edit it.": "选择商品以查看和编辑。",
    "Default price %1. Blank field: this store uses it. The tills get a change at their next sync.":
        "默认价格 %1。留空：本店使用默认价格。收银台在下次同步时收到更改。",
    "Choose one store to set its price.": "请选择一个门店以设置其价格。",
    "blank: the supplier's (%1)": "留空：按供应商（%1）", "blank: not perishable": "留空：不易腐", "blank: %1": "留空：%1",
    "Barcodes: %1": "条码：%1", "PLU: %1": "PLU：%1", "Pricing rule: %1": "计价规则：%1",
    "Cost %1, tax %2": "成本 %1，税率 %2", "Safety stock %1": "安全库存 %1", "Portion %1: %2, %3": "份量 %1：%2，%3",
    "Combo part: %1 × %2": "套餐组成：%1 × %2",
    "Saved: %1 costs %2 at this store; the tills get it at their next sync.":
        "已保存：%1 在本店售价 %2；收银台在下次同步时收到。",
    "Saved the supply terms of %1.": "已保存 %1 的供货条件。",
    "Search: SKU, PLU, barcode, name, pinyin, category or supplier": "搜索：货号、PLU、条码、名称、拼音、分类或供应商",
    "Import…": "导入…",
    "Changes to products and prices reach the tills at their next sync; supply terms stay at HQ for replenishment.":
        "商品和价格的更改在收银台下次同步时生效；供货条件只保存在总部，用于补货。",
    "Products": "商品", "Suppliers": "供应商", "Import report": "导入报告", "Orders every": "订货间隔",
    "Line": "行号", "Problem": "问题", "Import a catalog file": "导入商品目录文件",
    "Catalog files (*.xlsx *.csv)": "商品目录文件 (*.xlsx *.csv)", "Reading %1…": "正在读取 %1…",
    "%n row(s) cannot be imported; nothing was changed. See the import report.": "%n 行无法导入，未做任何更改。请查看导入报告。",
    "HQ is checking rows %1 to %2 of %3…": "总部正在检查第 %1 至 %2 行（共 %3 行）…",
    "HQ is applying the file…": "总部正在导入文件…", "HQ is checking the whole file…": "总部正在检查整个文件…",
    "Imported %n product(s); the tills get them at their next sync.": "已导入 %n 个商品；收银台在下次同步时收到。",
    "Export the catalog": "导出商品目录", "Reading the catalog from HQ…": "正在从总部读取商品目录…",
    "Exported %n product(s) to %1.": "已导出 %n 个商品到 %1。", "Page %1 of %2": "第 %1 页，共 %2 页",
})
EN_PLURALS.update({
    "%n day(s)": ("%n day", "%n days"),
    "%n row(s) cannot be imported; nothing was changed. See the import report.": (
        "%n row cannot be imported; nothing was changed. See the import report.",
        "%n rows cannot be imported; nothing was changed. See the import report."),
    "Imported %n product(s); the tills get them at their next sync.": (
        "Imported %n product; the tills get it at their next sync.",
        "Imported %n products; the tills get them at their next sync."),
    "Exported %n product(s) to %1.": ("Exported %n product to %1.", "Exported %n products to %1."),
})
ZH.update({
    "Sold below zero": "库存卖成负数", "Unknown product": "未知商品", "Sale on a closed day": "休息日的销售",
    "Till clock off": "收银台时钟偏差", "Event number reused": "事件序号重复", "Movement sent twice": "库存变动重复发送",
})
ZH.update({"Product name": "商品名称", "Supplier name": "供应商名称"})
ZH.update({"Till name": "收银台名称"})
ZH.update({"%1 has no rows under its header; nothing was changed.": "%1 的表头下没有数据行，未做任何更改。"})
ZH.update({
    "Add or change a supplier": "新增或修改供应商", "Supplier ID": "供应商编号", "Orders every (days)": "订货间隔（天）",
    "Minimum order (¥)": "最低订货金额（￥）", "Still ordered from": "仍在订货", "Save supplier": "保存供应商",
    "Not ordered from": "已停止订货",
    "Saved supplier %1; replenishment uses it from the next suggestion.": "已保存供应商 %1；下次补货建议起生效。",
})
ZH.update({
    "Sell again": "恢复销售", "Delist (stop selling)": "下架（停止销售）",
    "%1 is delisted: the tills stop selling it at their next sync.": "%1 已下架：收银台在下次同步后停止销售。",
    "%1 is on sale again; the tills get it at their next sync.": "%1 已恢复销售；收银台在下次同步时收到。",
})
ZH.update({"HQ refused no event from this store's tills.": "总部没有拒收本店收银台的任何事件。",
           "No exceptions were noted for this store.": "本店没有记录任何异常。"})
