<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackOfficeMainWidget</name>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="74" />
        <source>FreshTill back office</source>
        <translation>鲜到家后台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="75" />
        <source>Dashboard</source>
        <translation>经营概览</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="76" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="77" />
        <source>Sales analysis</source>
        <translation>销售分析</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="78" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="79" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="83" />
        <location filename="../../backoffice/window/main_window.py" line="100" />
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="86" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="86" />
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="112" />
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
        <location filename="../../backoffice/window/sales_screen.py" line="113" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="114" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="115" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="116" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="117" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="118" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="119" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <location filename="../../backoffice/window/sales_screen.py" line="224" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <location filename="../../backoffice/window/sales_screen.py" line="225" />
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="122" />
        <source>Margin rate</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="122" />
        <source>Waste rate</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="126" />
        <source>Top sellers</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="127" />
        <source>Bottom sellers</source>
        <translation>滞销商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="151" />
        <source>The first day is after the last: choose the range again.</source>
        <translation>开始日期晚于结束日期：请重新选择日期范围。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="153" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="169" />
        <source>Export the sales analysis</source>
        <translation>导出销售分析</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="171" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="181" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/sales_screen.py" line="185" />
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>已导出 %n 行到 %1。</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="205" />
        <location filename="../../backoffice/window/sales_screen.py" line="222" />
        <source>Amount and margin by category</source>
        <translation>分类销售额与毛利</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="209" />
        <source>%1 to %2: sales %3, margin %4 (%5), waste at cost %6</source>
        <translation>%1 至 %2：销售额 %3，毛利 %4（%5），损耗成本 %6</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="213" />
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
</TS>