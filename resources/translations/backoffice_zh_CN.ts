<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../backoffice/window/admin_screen.py" line="30" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/admin_screen.py" line="30" />
        <source>Tills</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/admin_screen.py" line="31" />
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
</context>
<context>
    <name>BackOfficeMainWidget</name>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="77" />
        <source>FreshTill back office</source>
        <translation>鲜到家后台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="78" />
        <source>Dashboard</source>
        <translation>经营概览</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="79" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="80" />
        <source>Sales analysis</source>
        <translation>销售分析</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="81" />
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="82" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="83" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="87" />
        <location filename="../../backoffice/window/main_window.py" line="104" />
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="90" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="90" />
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="116" />
        <source>HQ's certificate authority was trusted on first use: SHA-256 %1. Compare it with the fingerprint shown at HQ.</source>
        <translation>首次使用时已信任总部证书颁发机构：SHA-256 %1。请与总部显示的指纹核对。</translation>
    </message>
</context>
<context>
    <name>BackOfficeMessages</name>
    <message>
        <location filename="../../backoffice/window/messages.py" line="15" />
        <source>That is not an HQ address: write it as https://host:port.</source>
        <translation>这不是总部地址：请写成 https://主机:端口。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="16" />
        <source>HQ's certificate does not match: this may not be your HQ. Check the address and the fingerprint shown at HQ.</source>
        <translation>总部证书不匹配：这可能不是您的总部。请核对地址和总部显示的指纹。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="19" />
        <source>HQ cannot be reached: check the address and the network, then try again.</source>
        <translation>无法连接总部：请检查地址和网络后重试。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="21" />
        <source>HQ did not answer in time: try again.</source>
        <translation>总部未及时响应：请重试。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="22" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="23" />
        <source>Your session has ended: sign in again.</source>
        <translation>登录已失效：请重新登录。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="24" />
        <source>You may not do this: ask an administrator.</source>
        <translation>您无权执行此操作：请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="25" />
        <source>HQ refused this: check what you entered.</source>
        <translation>总部拒绝了此操作：请检查输入内容。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="26" />
        <source>HQ already has a different operation with this number.</source>
        <translation>总部已有使用此编号的另一项操作。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="27" />
        <source>HQ had a problem; nothing was changed. Try again later.</source>
        <translation>总部出现问题，未做任何更改。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="28" />
        <source>HQ answered something this window cannot read.</source>
        <translation>总部返回了无法识别的内容。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="29" />
        <source>That entry cannot be used: check it and try again.</source>
        <translation>输入无效：请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="36" />
        <source>Something went wrong; the problem was logged. Try again.</source>
        <translation>出现错误，已记录。请重试。</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="80" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="81" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="82" />
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="82" />
        <source>Baskets</source>
        <translation>客单数</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="83" />
        <source>Average basket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="100" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="123" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="137" />
        <source>Revenue by hour</source>
        <translation>分时营业额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="124" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="141" />
        <source>Revenue by category</source>
        <translation>分类营业额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="132" />
        <source>%1 on %2 %3 (%4)</source>
        <translation>%2 %3：%1（%4）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="138" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="143" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="139" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="144" />
        <source>Same day last week</source>
        <translation>上周同日</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="142" />
        <source>(none)</source>
        <translation>（未分类）</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="96" />
        <source>FreshTill back office</source>
        <translation>鲜到家后台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="97" />
        <source>HQ address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="97" />
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="97" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="98" />
        <source>CA fingerprint</source>
        <translation>CA 指纹</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="101" />
        <source>first sign-in only: SHA-256 shown at HQ (optional)</source>
        <translation>仅首次登录：总部显示的 SHA-256（可选）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="102" />
        <source>Without the fingerprint, HQ's certificate is trusted on first use and its fingerprint is shown for you to compare.</source>
        <translation>不填指纹时，首次使用即信任总部证书，并显示其指纹供您核对。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="104" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="110" />
        <source>Connecting to HQ…</source>
        <translation>正在连接总部…</translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="88" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="89" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="90" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="91" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="93" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="96" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="96" />
        <location filename="../../backoffice/window/sales_screen.py" line="98" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="96" />
        <location filename="../../backoffice/window/sales_screen.py" line="98" />
        <location filename="../../backoffice/window/sales_screen.py" line="199" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="96" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="96" />
        <location filename="../../backoffice/window/sales_screen.py" line="98" />
        <location filename="../../backoffice/window/sales_screen.py" line="200" />
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="97" />
        <source>Margin rate</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="97" />
        <source>Waste rate</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="98" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="101" />
        <source>Top sellers</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="102" />
        <source>Bottom sellers</source>
        <translation>滞销商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="126" />
        <source>The first day is after the last: choose the range again.</source>
        <translation>开始日期晚于结束日期：请重新选择日期范围。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="128" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="144" />
        <source>Export the sales analysis</source>
        <translation>导出销售分析</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="146" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="156" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/sales_screen.py" line="160" />
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>已导出 %n 行到 %1。</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="180" />
        <location filename="../../backoffice/window/sales_screen.py" line="197" />
        <source>Amount and margin by category</source>
        <translation>分类销售额与毛利</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="184" />
        <source>%1 to %2: sales %3, margin %4 (%5), waste at cost %6</source>
        <translation>%1 至 %2：销售额 %3，毛利 %4（%5），损耗成本 %6</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="188" />
        <source>(none)</source>
        <translation>（未分类）</translation>
    </message>
</context>
<context>
    <name>StockOperationDialog</name>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="77" />
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="77" />
        <source>Waste</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="77" />
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="78" />
        <source>Received</source>
        <translation>入库数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="78" />
        <source>Wasted</source>
        <translation>报损数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="78" />
        <source>Counted</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="82" />
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="84" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="85" />
        <source>exact, e.g. 2.345</source>
        <translation>精确数值，如 2.345</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="86" />
        <source>Send to HQ</source>
        <translation>提交总部</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="87" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="111" />
        <source>Sending to HQ…</source>
        <translation>正在提交总部…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="120" />
        <source>Done: %1 is now %2.</source>
        <translation>完成：%1 现为 %2。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="123" />
        <source>(HQ had this already; nothing changed twice.)</source>
        <translation>（总部已记录此操作，未重复更改。）</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="89" />
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="95" />
        <source>Filter: SKU, name or category</source>
        <translation>筛选：货号、名称或分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="96" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="97" />
        <source>Goods in…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="97" />
        <source>Waste…</source>
        <translation>报损…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="98" />
        <source>Stock count…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="100" />
        <source>Older movements</source>
        <translation>更早的记录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="102" />
        <source>Level after</source>
        <translation>结存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="102" />
        <source>By</source>
        <translation>操作方</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="111" />
        <source>Choose one store to see its stock.</source>
        <translation>请选择一个门店查看库存。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="119" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/stock_screen.py" line="157" />
        <source>%n product(s)</source>
        <translation><numerusform>%n 个商品</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="190" />
        <source>Select a product to see its movements.</source>
        <translation>选择商品以查看出入库记录。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="192" />
        <source>Movements of %1 (%2), level %3</source>
        <translation>%1（%2）的出入库记录，当前库存 %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="230" />
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="230" />
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="230" />
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="231" />
        <source>Waste</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="231" />
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="231" />
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="17" />
        <source>Oversold</source>
        <translation>超卖</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="17" />
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="18" />
        <source>Low stock</source>
        <translation>库存低</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="18" />
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="19" />
        <source>Not in catalog</source>
        <translation>不在商品目录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="68" />
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="68" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="69" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="69" />
        <source>Level</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="70" />
        <source>Sellable portions</source>
        <translation>可售份数</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="70" />
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPanel</name>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="94" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="95" />
        <source>Events HQ refused, newest first</source>
        <translation>总部拒收的事件（最新在前）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="96" />
        <source>Exceptions noted while applying sales, newest first</source>
        <translation>处理销售时记录的异常（最新在前）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="97" />
        <source>Older events</source>
        <translation>更早的事件</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="98" />
        <source>Older exceptions</source>
        <translation>更早的异常</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="99" />
        <source>The event as the till sent it</source>
        <translation>收银台发送的原始事件</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="100" />
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="100" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="102" />
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="100" />
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="101" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="102" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="101" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="102" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="103" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="103" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="105" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="118" />
        <source>Choose one store to see its sync problems.</source>
        <translation>请选择一个门店查看其同步问题。</translation>
    </message>
</context>
<context>
    <name>TillsPanel</name>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="74" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="75" />
        <source>Revoke till…</source>
        <translation>吊销收银台…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="76" />
        <source>Issue an enrollment code</source>
        <translation>生成注册码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="77" />
        <source>Copy code and fingerprint</source>
        <translation>复制注册码和指纹</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="78" />
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="78" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="78" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="78" />
        <source>Last seen</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="79" />
        <source>Last sales received</source>
        <translation>最近收到销售</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="79" />
        <source>Events received</source>
        <translation>已收事件数</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="80" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="118" />
        <source>Revoke till</source>
        <translation>吊销收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="119" />
        <source>Revoke till %1? It can no longer send sales or receive changes until it is enrolled again.</source>
        <translation>确定吊销收银台 %1？重新注册前，它将无法上传销售或接收更新。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="124" />
        <source>Till %1 is revoked.</source>
        <translation>收银台 %1 已吊销。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="146" />
        <source>The code and the fingerprint are on the clipboard.</source>
        <translation>注册码和指纹已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="155" />
        <source>Revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="156" />
        <source>Enrolled</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="164" />
        <source>Choose one store to enroll a new till for it.</source>
        <translation>请选择一个门店，为其注册新收银台。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="166" />
        <source>Only an administrator may enroll tills.</source>
        <translation>只有管理员可以注册收银台。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="168" />
        <source>A new till of store %1: issue a code and type it at the till with HQ's address and fingerprint.</source>
        <translation>门店 %1 的新收银台：生成注册码，并在收银台输入它以及总部地址和指纹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/tills_panel.py" line="175" />
        <source>Valid once, until %1 (%n minute(s)). CA fingerprint: %2</source>
        <translation><numerusform>仅可使用一次，有效至 %1（%n 分钟）。CA 指纹：%2</numerusform></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="63" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="63" />
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="63" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="66" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="67" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="68" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="69" />
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="70" />
        <location filename="../../backoffice/window/users_panel.py" line="83" />
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="70" />
        <location filename="../../backoffice/window/users_panel.py" line="83" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="70" />
        <location filename="../../backoffice/window/users_panel.py" line="83" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="70" />
        <location filename="../../backoffice/window/users_panel.py" line="83" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="71" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="71" />
        <location filename="../../backoffice/window/users_panel.py" line="167" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="73" />
        <source>for the back office (managers)</source>
        <translation>用于后台（店长）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="74" />
        <source>4–12 digits, for the tills</source>
        <translation>4–12 位数字，用于收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="75" />
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="82" />
        <location filename="../../backoffice/window/users_panel.py" line="91" />
        <location filename="../../backoffice/window/users_panel.py" line="164" />
        <source>Every store</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="84" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="84" />
        <source>Signs in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="84" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="96" />
        <source>Only an administrator may change users.</source>
        <translation>只有管理员可以修改用户。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="128" />
        <source>%1 may sign in again.</source>
        <translation>%1 已可重新登录。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="129" />
        <source>%1 is deactivated: signed out now, and at the tills after their next sync.</source>
        <translation>%1 已停用：立即退出登录，收银台在下次同步后生效。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="144" />
        <source>Give the user an ID and a password or a PIN.</source>
        <translation>请填写用户 ID，以及密码或 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="150" />
        <source>%1 is created; the tills receive the user at their next sync.</source>
        <translation>%1 已创建；收银台在下次同步时收到该用户。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="167" />
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="172" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="172" />
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
</TS>