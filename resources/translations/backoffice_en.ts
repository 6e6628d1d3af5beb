<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BackOfficeMainWidget</name>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="74" />
        <source>FreshTill back office</source>
        <translation>FreshTill back office</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="75" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="76" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="77" />
        <source>Sales analysis</source>
        <translation>Sales analysis</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="78" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="79" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="83" />
        <location filename="../../backoffice/window/main_window.py" line="100" />
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="86" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="86" />
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="112" />
        <source>HQ's certificate authority was trusted on first use: SHA-256 %1. Compare it with the fingerprint shown at HQ.</source>
        <translation>HQ's certificate authority was trusted on first use: SHA-256 %1. Compare it with the fingerprint shown at HQ.</translation>
    </message>
</context>
<context>
    <name>BackOfficeMessages</name>
    <message>
        <location filename="../../backoffice/window/messages.py" line="15" />
        <source>That is not an HQ address: write it as https://host:port.</source>
        <translation>That is not an HQ address: write it as https://host:port.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="16" />
        <source>HQ's certificate does not match: this may not be your HQ. Check the address and the fingerprint shown at HQ.</source>
        <translation>HQ's certificate does not match: this may not be your HQ. Check the address and the fingerprint shown at HQ.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="19" />
        <source>HQ cannot be reached: check the address and the network, then try again.</source>
        <translation>HQ cannot be reached: check the address and the network, then try again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="21" />
        <source>HQ did not answer in time: try again.</source>
        <translation>HQ did not answer in time: try again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="22" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="23" />
        <source>Your session has ended: sign in again.</source>
        <translation>Your session has ended: sign in again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="24" />
        <source>You may not do this: ask an administrator.</source>
        <translation>You may not do this: ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="25" />
        <source>HQ refused this: check what you entered.</source>
        <translation>HQ refused this: check what you entered.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="26" />
        <source>HQ already has a different operation with this number.</source>
        <translation>HQ already has a different operation with this number.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="27" />
        <source>HQ had a problem; nothing was changed. Try again later.</source>
        <translation>HQ had a problem; nothing was changed. Try again later.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="28" />
        <source>HQ answered something this window cannot read.</source>
        <translation>HQ answered something this window cannot read.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="29" />
        <source>That entry cannot be used: check it and try again.</source>
        <translation>That entry cannot be used: check it and try again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/messages.py" line="36" />
        <source>Something went wrong; the problem was logged. Try again.</source>
        <translation>Something went wrong; the problem was logged. Try again.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="80" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="81" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="82" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="82" />
        <source>Baskets</source>
        <translation>Baskets</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="83" />
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="100" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="123" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="137" />
        <source>Revenue by hour</source>
        <translation>Revenue by hour</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="124" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="141" />
        <source>Revenue by category</source>
        <translation>Revenue by category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="132" />
        <source>%1 on %2 %3 (%4)</source>
        <translation>%1 on %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="138" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="143" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="139" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="144" />
        <source>Same day last week</source>
        <translation>Same day last week</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="142" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="96" />
        <source>FreshTill back office</source>
        <translation>FreshTill back office</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="97" />
        <source>HQ address</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="97" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="97" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="98" />
        <source>CA fingerprint</source>
        <translation>CA fingerprint</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="101" />
        <source>first sign-in only: SHA-256 shown at HQ (optional)</source>
        <translation>first sign-in only: SHA-256 shown at HQ (optional)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="102" />
        <source>Without the fingerprint, HQ's certificate is trusted on first use and its fingerprint is shown for you to compare.</source>
        <translation>Without the fingerprint, HQ's certificate is trusted on first use and its fingerprint is shown for you to compare.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="104" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/login_screen.py" line="110" />
        <source>Connecting to HQ…</source>
        <translation>Connecting to HQ…</translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="113" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="114" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="115" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="116" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="117" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="118" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="119" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <location filename="../../backoffice/window/sales_screen.py" line="224" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="121" />
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <location filename="../../backoffice/window/sales_screen.py" line="225" />
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="122" />
        <source>Margin rate</source>
        <translation>Margin rate</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="122" />
        <source>Waste rate</source>
        <translation>Waste rate</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="123" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="126" />
        <source>Top sellers</source>
        <translation>Top sellers</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="127" />
        <source>Bottom sellers</source>
        <translation>Bottom sellers</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="151" />
        <source>The first day is after the last: choose the range again.</source>
        <translation>The first day is after the last: choose the range again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="153" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="169" />
        <source>Export the sales analysis</source>
        <translation>Export the sales analysis</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="171" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="181" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/sales_screen.py" line="185" />
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>Exported %n row to %1.</numerusform><numerusform>Exported %n rows to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="205" />
        <location filename="../../backoffice/window/sales_screen.py" line="222" />
        <source>Amount and margin by category</source>
        <translation>Amount and margin by category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="209" />
        <source>%1 to %2: sales %3, margin %4 (%5), waste at cost %6</source>
        <translation>%1 to %2: sales %3, margin %4 (%5), waste at cost %6</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="213" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>StockOperationDialog</name>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="77" />
        <source>Goods in</source>
        <translation>Goods in</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="77" />
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="77" />
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="78" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="78" />
        <source>Wasted</source>
        <translation>Wasted</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="78" />
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="82" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="84" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="85" />
        <source>exact, e.g. 2.345</source>
        <translation>exact, e.g. 2.345</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="86" />
        <source>Send to HQ</source>
        <translation>Send to HQ</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="87" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="111" />
        <source>Sending to HQ…</source>
        <translation>Sending to HQ…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="120" />
        <source>Done: %1 is now %2.</source>
        <translation>Done: %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_operation_dialog.py" line="123" />
        <source>(HQ had this already; nothing changed twice.)</source>
        <translation>(HQ had this already; nothing changed twice.)</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="89" />
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="95" />
        <source>Filter: SKU, name or category</source>
        <translation>Filter: SKU, name or category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="96" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="97" />
        <source>Goods in…</source>
        <translation>Goods in…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="97" />
        <source>Waste…</source>
        <translation>Waste…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="98" />
        <source>Stock count…</source>
        <translation>Stock count…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="100" />
        <source>Older movements</source>
        <translation>Older movements</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="102" />
        <source>Level after</source>
        <translation>Level after</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="102" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="111" />
        <source>Choose one store to see its stock.</source>
        <translation>Choose one store to see its stock.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="119" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/stock_screen.py" line="157" />
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="190" />
        <source>Select a product to see its movements.</source>
        <translation>Select a product to see its movements.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="192" />
        <source>Movements of %1 (%2), level %3</source>
        <translation>Movements of %1 (%2), level %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="230" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="230" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="230" />
        <source>Goods in</source>
        <translation>Goods in</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="231" />
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="231" />
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="231" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="17" />
        <source>Oversold</source>
        <translation>Oversold</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="17" />
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="18" />
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="18" />
        <source>Delisted</source>
        <translation>Delisted</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="19" />
        <source>Not in catalog</source>
        <translation>Not in catalog</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="68" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="68" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="69" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="69" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="70" />
        <source>Sellable portions</source>
        <translation>Sellable portions</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_table_model.py" line="70" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
</TS>