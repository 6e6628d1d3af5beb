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
        <location filename="../../backoffice/window/main_window.py" line="86" />
        <source>FreshTill back office</source>
        <translation>鲜到家后台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="87" />
        <source>Dashboard</source>
        <translation>经营概览</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="88" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="89" />
        <source>Sales analysis</source>
        <translation>销售分析</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="90" />
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="91" />
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="92" />
        <source>Replenishment</source>
        <translation>补货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="93" />
        <source>Forecasts</source>
        <translation>需求预测</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="94" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="95" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="99" />
        <location filename="../../backoffice/window/main_window.py" line="121" />
        <source>All stores</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="102" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="102" />
        <source>manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="136" />
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
    <name>CatalogScreen</name>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="84" />
        <source>Search: SKU, PLU, barcode, name, pinyin, category or supplier</source>
        <translation>搜索：货号、PLU、条码、名称、拼音、分类或供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="85" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="86" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="87" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="88" />
        <source>Changes to products and prices reach the tills at their next sync; supply terms stay at HQ for replenishment.</source>
        <translation>商品和价格的更改在收银台下次同步时生效；供货条件只保存在总部，用于补货。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="90" />
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="90" />
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="90" />
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="92" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="92" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="114" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="127" />
        <source>%n product(s)</source>
        <translation><numerusform>%n 个商品</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="145" />
        <source>Import a catalog file</source>
        <translation>导入商品目录文件</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="146" />
        <source>Catalog files (*.xlsx *.csv)</source>
        <translation>商品目录文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="156" />
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="183" />
        <source>%1 has no rows under its header; nothing was changed.</source>
        <translation>%1 的表头下没有数据行，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="194" />
        <source>HQ is checking rows %1 to %2 of %3…</source>
        <translation>总部正在检查第 %1 至 %2 行（共 %3 行）…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="208" />
        <source>HQ is applying the file…</source>
        <translation>总部正在导入文件…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="208" />
        <source>HQ is checking the whole file…</source>
        <translation>总部正在检查整个文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="215" />
        <source>%n row(s) cannot be imported; nothing was changed. See the import report.</source>
        <translation><numerusform>%n 行无法导入，未做任何更改。请查看导入报告。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="219" />
        <source>Imported %n product(s); the tills get them at their next sync.</source>
        <translation><numerusform>已导入 %n 个商品；收银台在下次同步时收到。</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="227" />
        <source>Export the catalog</source>
        <translation>导出商品目录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="228" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="237" />
        <source>Reading the catalog from HQ…</source>
        <translation>正在从总部读取商品目录…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="248" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="254" />
        <source>Exported %n product(s) to %1.</source>
        <translation><numerusform>已导出 %n 个商品到 %1。</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="296" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="18" />
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="18" />
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="19" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="19" />
        <source>Sold by</source>
        <translation>销售方式</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="20" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="20" />
        <source>Store price</source>
        <translation>门店价</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="21" />
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="21" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="22" />
        <source>Lead time</source>
        <translation>到货周期</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="22" />
        <source>Shelf life</source>
        <translation>保质期</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="23" />
        <source>Loss rate</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="23" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="27" />
        <source>by weight</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="27" />
        <source>by piece</source>
        <translation>按件</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="28" />
        <source>in portions</source>
        <translation>按份</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="28" />
        <source>combo</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="135" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="136" />
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="76" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="77" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="78" />
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="78" />
        <source>Baskets</source>
        <translation>客单数</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="79" />
        <source>Average basket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="96" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="119" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="133" />
        <source>Revenue by hour</source>
        <translation>分时营业额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="120" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="137" />
        <source>Revenue by category</source>
        <translation>分类营业额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="128" />
        <source>%1 on %2 %3 (%4)</source>
        <translation>%2 %3：%1（%4）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="134" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="139" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="135" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="140" />
        <source>Same day last week</source>
        <translation>上周同日</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="138" />
        <source>(none)</source>
        <translation>（未分类）</translation>
    </message>
</context>
<context>
    <name>ForecastScreen</name>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="24" />
        <source>smoothed level × weekday pattern</source>
        <translation>平滑水平 × 星期规律</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="25" />
        <source>exponential smoothing (weekly)</source>
        <translation>指数平滑（周季节性）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="26" />
        <source>Croston-SBA (intermittent)</source>
        <translation>Croston-SBA（间歇需求）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="27" />
        <source>TSB (intermittent)</source>
        <translation>TSB（间歇需求）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="28" />
        <source>seasonal naive (same weekday last week)</source>
        <translation>季节性朴素法（上周同日）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="29" />
        <source>the category's weekly profile</source>
        <translation>所属分类的周内规律</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="30" />
        <source>none (not enough history)</source>
        <translation>无（历史数据不足）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="34" />
        <source>smooth</source>
        <translation>平稳</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="34" />
        <source>erratic</source>
        <translation>波动</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="35" />
        <source>intermittent</source>
        <translation>间歇</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="35" />
        <source>lumpy</source>
        <translation>块状</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="36" />
        <source>too short</source>
        <translation>数据过短</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="36" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="90" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="91" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="94" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="95" />
        <source>Recompute this product</source>
        <translation>重新预测此商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="96" />
        <source>Sold per day</source>
        <translation>每日销量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="96" />
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="97" />
        <source>80 % interval</source>
        <translation>80% 预测区间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="97" />
        <source>Sold out (demand unknown)</source>
        <translation>售罄（需求未知）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="107" />
        <source>Choose one store to see its forecasts.</source>
        <translation>请选择一个门店查看其需求预测。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="115" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="122" />
        <source>HQ has no forecasts for this store yet: they are made every night.</source>
        <translation>总部尚无此门店的预测：预测每晚生成。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="156" />
        <source>Recomputing %1…</source>
        <translation>正在重新预测 %1…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="162" />
        <source>Recomputed just now.</source>
        <translation>刚刚已重新预测。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="179" />
        <source>(none)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="193" />
        <source>No forecast run yet.</source>
        <translation>尚未运行预测。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="195" />
        <source>Forecast run in progress: %1 of %2 products.</source>
        <translation>预测运行中：已完成 %1 / %2 个商品。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="198" />
        <source>finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="198" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="199" />
        <source>Last forecast run %1 at %2: %3 products.</source>
        <translation>上次预测于 %2 %1：%3 个商品。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="215" />
        <source>Category %1 (%2 products)</source>
        <translation>分类 %1（%2 个商品）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="221" />
        <source>Each product has its own model; %1 of %2 use seasonal naive, which beat their own model in the backtest.</source>
        <translation>每个商品各有模型；%2 个中有 %1 个使用季节性朴素法（回测中优于其自身模型）。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="224" />
        <source>The interval assumes the products' errors are independent.</source>
        <translation>预测区间假定各商品的误差相互独立。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="228" />
        <source>Model used: %1 · demand %2 · computed %3</source>
        <translation>所用模型：%1 · 需求类型：%2 · 计算于 %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="232" />
        <source>Backtest (last 4 weeks): RMSSE %1 against seasonal naive's %2; WAPE %3 against %4. Lower is better.</source>
        <translation>回测（最近 4 周）：RMSSE %1，季节性朴素法为 %2；WAPE %3，季节性朴素法为 %4。越低越好。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="237" />
        <source>Seasonal naive is used: the %1 model did worse than it in the backtest.</source>
        <translation>已改用季节性朴素法：%1 模型在回测中不如它。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="241" />
        <source>Seasonal naive scored better in the backtest; HQ keeps this model for its demand class.</source>
        <translation>回测中季节性朴素法得分更好；总部对此需求类型仍保留该模型。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="244" />
        <source>Too little history to backtest against seasonal naive.</source>
        <translation>历史数据不足，无法与季节性朴素法比较回测。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="246" />
        <source>The model beat seasonal naive in the backtest.</source>
        <translation>该模型在回测中优于季节性朴素法。</translation>
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
    <name>ProductPanel</name>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="86" />
        <source>Price at this store</source>
        <translation>本店价格</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="87" />
        <source>Save price</source>
        <translation>保存价格</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="88" />
        <source>Supply terms (HQ only: replenishment)</source>
        <translation>供货条件（仅总部：补货用）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="89" />
        <source>Lead time (days)</source>
        <translation>到货周期（天）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="89" />
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="90" />
        <source>Loss rate (%)</source>
        <translation>损耗率（%）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="90" />
        <source>Pack size</source>
        <translation>包装规格</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="91" />
        <source>Minimum order</source>
        <translation>最小订货量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="93" />
        <source>Save supply terms</source>
        <translation>保存供货条件</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="106" />
        <source>Sell again</source>
        <translation>恢复销售</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="107" />
        <source>Delist (stop selling)</source>
        <translation>下架（停止销售）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="109" />
        <source>Select a product to see and edit it.</source>
        <translation>选择商品以查看和编辑。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="119" />
        <source>Default price %1. Blank field: this store uses it. The tills get a change at their next sync.</source>
        <translation>默认价格 %1。留空：本店使用默认价格。收银台在下次同步时收到更改。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="121" />
        <source>Choose one store to set its price.</source>
        <translation>请选择一个门店以设置其价格。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="124" />
        <source>blank: the supplier's (%1)</source>
        <translation>留空：按供应商（%1）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="127" />
        <source>blank: not perishable</source>
        <translation>留空：不易腐</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="131" />
        <source>blank: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="138" />
        <source>Barcodes: %1</source>
        <translation>条码：%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="139" />
        <source>PLU: %1</source>
        <translation>PLU：%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="140" />
        <source>Pricing rule: %1</source>
        <translation>计价规则：%1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="141" />
        <source>Cost %1, tax %2</source>
        <translation>成本 %1，税率 %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="143" />
        <source>Safety stock %1</source>
        <translation>安全库存 %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="146" />
        <source>by weight</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="147" />
        <source>Portion %1: %2, %3</source>
        <translation>份量 %1：%2，%3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="150" />
        <source>Combo part: %1 × %2</source>
        <translation>套餐组成：%1 × %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="164" />
        <source>Saved: %1 costs %2 at this store; the tills get it at their next sync.</source>
        <translation>已保存：%1 在本店售价 %2；收银台在下次同步时收到。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="174" />
        <source>%1 is delisted: the tills stop selling it at their next sync.</source>
        <translation>%1 已下架：收银台在下次同步后停止销售。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="178" />
        <source>%1 is on sale again; the tills get it at their next sync.</source>
        <translation>%1 已恢复销售；收银台在下次同步时收到。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="201" />
        <source>Saved the supply terms of %1.</source>
        <translation>已保存 %1 的供货条件。</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderPicker</name>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="29" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="29" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="29" />
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="44" />
        <source>No purchase orders yet</source>
        <translation>尚无采购单</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="47" />
        <source>Purchase orders: %1 open</source>
        <translation>采购单：%1 张未完成</translation>
    </message>
</context>
<context>
    <name>PurchaseReceiptDialog</name>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="69" />
        <source>Receive purchase order %1</source>
        <translation>采购单 %1 收货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="70" />
        <source>Purchase order %1 from %2: type what arrived (0 if a line did not come).</source>
        <translation>采购单 %1（供应商 %2）：请填写实际到货数量（未到货填 0）。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="72" />
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="72" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="72" />
        <source>Ordered</source>
        <translation>订货数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="73" />
        <source>Arrived</source>
        <translation>到货数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="74" />
        <source>Receive into stock</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="75" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="112" />
        <source>Received into stock.</source>
        <translation>已收货入库。</translation>
    </message>
</context>
<context>
    <name>ReplenishmentScreen</name>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="85" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="86" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="87" />
        <source>Make purchase order</source>
        <translation>生成采购单</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="88" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="88" />
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="89" />
        <source>Mark sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="105" />
        <source>Choose one store to order for it.</source>
        <translation>请选择一个门店为其订货。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="152" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="161" />
        <source>%1 product(s), %2 to order; double-click an order quantity to change it.</source>
        <translation>%1 个商品，其中 %2 个需订货；双击订货数量可修改。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="163" />
        <source>No forecast products to order for this choice.</source>
        <translation>此条件下没有可订货的预测商品。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="174" />
        <source>Choose one supplier: a purchase order goes to one supplier.</source>
        <translation>请选择一个供应商：一张采购单只发给一个供应商。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="178" />
        <source>Nothing to order: every quantity is zero.</source>
        <translation>没有要订的货：所有数量均为零。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="187" />
        <source>Purchase order %1 made as a draft.</source>
        <translation>采购单 %1 已生成（草稿）。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="212" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="250" />
        <source>Received: the stock of %1 product(s) went up.</source>
        <translation>已收货：%1 个商品的库存已增加。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="228" />
        <source>Marked as sent: its quantities now count as on order.</source>
        <translation>已标记为已发送：其数量计入在途。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="89" />
        <source>Receive…</source>
        <translation>收货…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="258" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="258" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="259" />
        <source>Export purchase order</source>
        <translation>导出采购单</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="267" />
        <source>Every supplier</source>
        <translation>全部供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="269" />
        <source>(no supplier)</source>
        <translation>（无供应商）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="277" />
        <source>No purchase order made yet.</source>
        <translation>尚未生成采购单。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="279" />
        <source>Purchase order %1 to %2: %3, %4 line(s)</source>
        <translation>采购单 %1（供应商 %2）：%3，%4 行</translation>
    </message>
</context>
<context>
    <name>ReplenishmentTableModel</name>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="45" />
        <source>%1: not a quantity (%2).</source>
        <translation>%1：不是有效数量（%2）。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="49" />
        <source>%1: order zero or more, in whole pieces for products sold by the piece.</source>
        <translation>%1：订货数量须大于等于零；按件销售的商品须为整件。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="70" />
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="70" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="71" />
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="71" />
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="72" />
        <source>Forecast (lead + review)</source>
        <translation>预测需求（交货期 + 订货周期）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="73" />
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="74" />
        <source>Shelf-life cap</source>
        <translation>保质期上限</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="75" />
        <source>Order up to</source>
        <translation>目标库存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="75" />
        <source>Suggested</source>
        <translation>建议订货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="76" />
        <source>Order</source>
        <translation>订货数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="113" />
        <source>Lead time %1 d + review %2 d at %3 % service; packs of %4, minimum %5; loss %6 %.</source>
        <translation>交货期 %1 天 + 订货周期 %2 天，服务水平 %3%；每包 %4，最少 %5；损耗 %6%。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="120" />
        <source>Capped at what sells within the shelf life.</source>
        <translation>已按保质期内可售出的数量封顶。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="122" />
        <source>Forecast by seasonal naive (it beat the model).</source>
        <translation>预测采用季节性朴素法（其优于模型）。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="124" />
        <source>The forecast is out of date.</source>
        <translation>预测已过期。</translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="84" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="85" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="86" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="87" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="88" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="89" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="90" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <location filename="../../backoffice/window/sales_screen.py" line="198" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <location filename="../../backoffice/window/sales_screen.py" line="199" />
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="93" />
        <source>Margin rate</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="93" />
        <source>Waste rate</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="97" />
        <source>Top sellers</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="98" />
        <source>Bottom sellers</source>
        <translation>滞销商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="125" />
        <source>The first day is after the last: choose the range again.</source>
        <translation>开始日期晚于结束日期：请重新选择日期范围。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="127" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="143" />
        <source>Export the sales analysis</source>
        <translation>导出销售分析</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="145" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="155" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/sales_screen.py" line="159" />
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>已导出 %n 行到 %1。</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="179" />
        <location filename="../../backoffice/window/sales_screen.py" line="196" />
        <source>Amount and margin by category</source>
        <translation>分类销售额与毛利</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="183" />
        <source>%1 to %2: sales %3, margin %4 (%5), waste at cost %6</source>
        <translation>%1 至 %2：销售额 %3，毛利 %4（%5），损耗成本 %6</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="187" />
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
        <location filename="../../backoffice/window/stock_screen.py" line="71" />
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="77" />
        <source>Filter: SKU, name or category</source>
        <translation>筛选：货号、名称或分类</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="78" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="79" />
        <source>Goods in…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="79" />
        <source>Waste…</source>
        <translation>报损…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="80" />
        <source>Stock count…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="82" />
        <source>Older movements</source>
        <translation>更早的记录</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="83" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="83" />
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="83" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="84" />
        <source>Level after</source>
        <translation>结存</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="84" />
        <source>By</source>
        <translation>操作方</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="93" />
        <source>Choose one store to see its stock.</source>
        <translation>请选择一个门店查看库存。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/stock_screen.py" line="139" />
        <source>%n product(s)</source>
        <translation><numerusform>%n 个商品</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="172" />
        <source>Select a product to see its movements.</source>
        <translation>选择商品以查看出入库记录。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="174" />
        <source>Movements of %1 (%2), level %3</source>
        <translation>%1（%2）的出入库记录，当前库存 %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="212" />
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="212" />
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="212" />
        <source>Goods in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="213" />
        <source>Waste</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="213" />
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="213" />
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
    <name>SuppliersPanel</name>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="54" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="54" />
        <location filename="../../backoffice/window/suppliers_panel.py" line="57" />
        <source>Supplier name</source>
        <translation>供应商名称</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="54" />
        <source>Lead time</source>
        <translation>到货周期</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="55" />
        <source>Orders every</source>
        <translation>订货间隔</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="55" />
        <source>Minimum order</source>
        <translation>最小订货量</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="55" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="56" />
        <source>Add or change a supplier</source>
        <translation>新增或修改供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="57" />
        <source>Supplier ID</source>
        <translation>供应商编号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="58" />
        <source>Lead time (days)</source>
        <translation>到货周期（天）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="58" />
        <source>Orders every (days)</source>
        <translation>订货间隔（天）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="59" />
        <source>Minimum order (¥)</source>
        <translation>最低订货金额（￥）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="61" />
        <source>Still ordered from</source>
        <translation>仍在订货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="62" />
        <source>Save supplier</source>
        <translation>保存供应商</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="73" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="73" />
        <source>Not ordered from</source>
        <translation>已停止订货</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="116" />
        <source>Saved supplier %1; replenishment uses it from the next suggestion.</source>
        <translation>已保存供应商 %1；下次补货建议起生效。</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPanel</name>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="76" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="156" />
        <source>Events HQ refused, newest first</source>
        <translation>总部拒收的事件（最新在前）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="159" />
        <source>Exceptions noted while applying sales, newest first</source>
        <translation>处理销售时记录的异常（最新在前）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="78" />
        <source>Older events</source>
        <translation>更早的事件</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="79" />
        <source>Older exceptions</source>
        <translation>更早的异常</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="80" />
        <source>The event as the till sent it</source>
        <translation>收银台发送的原始事件</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="81" />
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="81" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="83" />
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="81" />
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="82" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="83" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="82" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="83" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="84" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="84" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="86" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="100" />
        <source>Choose one store to see its sync problems.</source>
        <translation>请选择一个门店查看其同步问题。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="154" />
        <source>HQ refused no event from this store's tills.</source>
        <translation>总部没有拒收本店收银台的任何事件。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="157" />
        <source>No exceptions were noted for this store.</source>
        <translation>本店没有记录任何异常。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="162" />
        <source>Sold below zero</source>
        <translation>库存卖成负数</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="162" />
        <source>Unknown product</source>
        <translation>未知商品</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="163" />
        <source>Sale on a closed day</source>
        <translation>休息日的销售</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="163" />
        <source>Till clock off</source>
        <translation>收银台时钟偏差</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="164" />
        <source>Event number reused</source>
        <translation>事件序号重复</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="165" />
        <source>Movement sent twice</source>
        <translation>库存变动重复发送</translation>
    </message>
</context>
<context>
    <name>TillsPanel</name>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="71" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="72" />
        <source>Revoke till…</source>
        <translation>吊销收银台…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="73" />
        <source>Issue an enrollment code</source>
        <translation>生成注册码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="74" />
        <source>Copy code and fingerprint</source>
        <translation>复制注册码和指纹</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="75" />
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="75" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="76" />
        <source>Last seen</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="75" />
        <source>Till name</source>
        <translation>收银台名称</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="77" />
        <source>Last sales received</source>
        <translation>最近收到销售</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="77" />
        <source>Events received</source>
        <translation>已收事件数</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="78" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="97" />
        <source>Revoke till</source>
        <translation>吊销收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="98" />
        <source>Revoke till %1? It can no longer send sales or receive changes until it is enrolled again.</source>
        <translation>确定吊销收银台 %1？重新注册前，它将无法上传销售或接收更新。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="103" />
        <source>Till %1 is revoked.</source>
        <translation>收银台 %1 已吊销。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="125" />
        <source>The code and the fingerprint are on the clipboard.</source>
        <translation>注册码和指纹已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="134" />
        <source>Revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="135" />
        <source>Enrolled</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="143" />
        <source>Choose one store to enroll a new till for it.</source>
        <translation>请选择一个门店，为其注册新收银台。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="145" />
        <source>Only an administrator may enroll tills.</source>
        <translation>只有管理员可以注册收银台。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="147" />
        <source>A new till of store %1: issue a code and type it at the till with HQ's address and fingerprint.</source>
        <translation>门店 %1 的新收银台：生成注册码，并在收银台输入它以及总部地址和指纹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/tills_panel.py" line="154" />
        <source>Valid once, until %1 (%n minute(s)). CA fingerprint: %2</source>
        <translation><numerusform>仅可使用一次，有效至 %1（%n 分钟）。CA 指纹：%2</numerusform></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="56" />
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="56" />
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="56" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="59" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="60" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="61" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="62" />
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="63" />
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="65" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="65" />
        <location filename="../../backoffice/window/users_panel.py" line="160" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="67" />
        <source>for the back office (managers)</source>
        <translation>用于后台（店长）</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="68" />
        <source>4–12 digits, for the tills</source>
        <translation>4–12 位数字，用于收银台</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="69" />
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="77" />
        <location filename="../../backoffice/window/users_panel.py" line="86" />
        <location filename="../../backoffice/window/users_panel.py" line="157" />
        <source>Every store</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="79" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="79" />
        <source>Signs in with</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="79" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="91" />
        <source>Only an administrator may change users.</source>
        <translation>只有管理员可以修改用户。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="104" />
        <source>%1 may sign in again.</source>
        <translation>%1 已可重新登录。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="105" />
        <source>%1 is deactivated: signed out now, and at the tills after their next sync.</source>
        <translation>%1 已停用：立即退出登录，收银台在下次同步后生效。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="118" />
        <source>%1 is now %2: signed out now, and at the tills after their next sync.</source>
        <translation>%1 现为%2：已立即退出登录，收银机在下次同步后生效。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="133" />
        <source>Give the user an ID and a password or a PIN.</source>
        <translation>请填写用户 ID，以及密码或 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="139" />
        <source>%1 is created; the tills receive the user at their next sync.</source>
        <translation>%1 已创建；收银台在下次同步时收到该用户。</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="160" />
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="165" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="165" />
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>_Days</name>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_table_model.py" line="35" />
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="291" />
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
</TS>