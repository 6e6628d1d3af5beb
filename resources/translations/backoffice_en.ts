<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../backoffice/window/admin_screen.py" line="30" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/admin_screen.py" line="30" />
        <source>Tills</source>
        <translation>Tills</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/admin_screen.py" line="31" />
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
</context>
<context>
    <name>BackOfficeMainWidget</name>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="86" />
        <source>FreshTill back office</source>
        <translation>FreshTill back office</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="87" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="88" />
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="89" />
        <source>Sales analysis</source>
        <translation>Sales analysis</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="90" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="91" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="92" />
        <source>Replenishment</source>
        <translation>Replenishment</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="93" />
        <source>Forecasts</source>
        <translation>Forecasts</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="94" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="95" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="99" />
        <location filename="../../backoffice/window/main_window.py" line="121" />
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="102" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="102" />
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/main_window.py" line="136" />
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
    <name>CatalogScreen</name>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="84" />
        <source>Search: SKU, PLU, barcode, name, pinyin, category or supplier</source>
        <translation>Search: SKU, PLU, barcode, name, pinyin, category or supplier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="85" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="86" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="87" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="88" />
        <source>Changes to products and prices reach the tills at their next sync; supply terms stay at HQ for replenishment.</source>
        <translation>Changes to products and prices reach the tills at their next sync; supply terms stay at HQ for replenishment.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="90" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="90" />
        <source>Suppliers</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="90" />
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="92" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="92" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="114" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="127" />
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="145" />
        <source>Import a catalog file</source>
        <translation>Import a catalog file</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="146" />
        <source>Catalog files (*.xlsx *.csv)</source>
        <translation>Catalog files (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="156" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="183" />
        <source>%1 has no rows under its header; nothing was changed.</source>
        <translation>%1 has no rows under its header; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="194" />
        <source>HQ is checking rows %1 to %2 of %3…</source>
        <translation>HQ is checking rows %1 to %2 of %3…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="208" />
        <source>HQ is applying the file…</source>
        <translation>HQ is applying the file…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="208" />
        <source>HQ is checking the whole file…</source>
        <translation>HQ is checking the whole file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="215" />
        <source>%n row(s) cannot be imported; nothing was changed. See the import report.</source>
        <translation><numerusform>%n row cannot be imported; nothing was changed. See the import report.</numerusform><numerusform>%n rows cannot be imported; nothing was changed. See the import report.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="219" />
        <source>Imported %n product(s); the tills get them at their next sync.</source>
        <translation><numerusform>Imported %n product; the tills get it at their next sync.</numerusform><numerusform>Imported %n products; the tills get them at their next sync.</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="227" />
        <source>Export the catalog</source>
        <translation>Export the catalog</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="228" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="237" />
        <source>Reading the catalog from HQ…</source>
        <translation>Reading the catalog from HQ…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="248" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_screen.py" line="254" />
        <source>Exported %n product(s) to %1.</source>
        <translation><numerusform>Exported %n product to %1.</numerusform><numerusform>Exported %n products to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_screen.py" line="296" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="18" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="18" />
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="19" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="19" />
        <source>Sold by</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="20" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="20" />
        <source>Store price</source>
        <translation>Store price</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="21" />
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="21" />
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="22" />
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="22" />
        <source>Shelf life</source>
        <translation>Shelf life</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="23" />
        <source>Loss rate</source>
        <translation>Loss rate</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="23" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="27" />
        <source>by weight</source>
        <translation>by weight</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="27" />
        <source>by piece</source>
        <translation>by piece</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="28" />
        <source>in portions</source>
        <translation>in portions</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="28" />
        <source>combo</source>
        <translation>combo</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="135" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_table_model.py" line="136" />
        <source>Delisted</source>
        <translation>Delisted</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="76" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="77" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="78" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="78" />
        <source>Baskets</source>
        <translation>Baskets</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="79" />
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="96" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="119" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="133" />
        <source>Revenue by hour</source>
        <translation>Revenue by hour</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="120" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="137" />
        <source>Revenue by category</source>
        <translation>Revenue by category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="128" />
        <source>%1 on %2 %3 (%4)</source>
        <translation>%1 on %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="134" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="139" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="135" />
        <location filename="../../backoffice/window/dashboard_screen.py" line="140" />
        <source>Same day last week</source>
        <translation>Same day last week</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/dashboard_screen.py" line="138" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ForecastScreen</name>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="24" />
        <source>smoothed level × weekday pattern</source>
        <translation>smoothed level × weekday pattern</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="25" />
        <source>exponential smoothing (weekly)</source>
        <translation>exponential smoothing (weekly)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="26" />
        <source>Croston-SBA (intermittent)</source>
        <translation>Croston-SBA (intermittent)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="27" />
        <source>TSB (intermittent)</source>
        <translation>TSB (intermittent)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="28" />
        <source>seasonal naive (same weekday last week)</source>
        <translation>seasonal naive (same weekday last week)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="29" />
        <source>the category's weekly profile</source>
        <translation>the category's weekly profile</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="30" />
        <source>none (not enough history)</source>
        <translation>none (not enough history)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="34" />
        <source>smooth</source>
        <translation>smooth</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="34" />
        <source>erratic</source>
        <translation>erratic</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="35" />
        <source>intermittent</source>
        <translation>intermittent</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="35" />
        <source>lumpy</source>
        <translation>lumpy</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="36" />
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="36" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="90" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="91" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="94" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="95" />
        <source>Recompute this product</source>
        <translation>Recompute this product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="96" />
        <source>Sold per day</source>
        <translation>Sold per day</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="96" />
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="97" />
        <source>80 % interval</source>
        <translation>80 % interval</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="97" />
        <source>Sold out (demand unknown)</source>
        <translation>Sold out (demand unknown)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="107" />
        <source>Choose one store to see its forecasts.</source>
        <translation>Choose one store to see its forecasts.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="115" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="122" />
        <source>HQ has no forecasts for this store yet: they are made every night.</source>
        <translation>HQ has no forecasts for this store yet: they are made every night.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="156" />
        <source>Recomputing %1…</source>
        <translation>Recomputing %1…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="162" />
        <source>Recomputed just now.</source>
        <translation>Recomputed just now.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="179" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="193" />
        <source>No forecast run yet.</source>
        <translation>No forecast run yet.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="195" />
        <source>Forecast run in progress: %1 of %2 products.</source>
        <translation>Forecast run in progress: %1 of %2 products.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="198" />
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="198" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="199" />
        <source>Last forecast run %1 at %2: %3 products.</source>
        <translation>Last forecast run %1 at %2: %3 products.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="215" />
        <source>Category %1 (%2 products)</source>
        <translation>Category %1 (%2 products)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="221" />
        <source>Each product has its own model; %1 of %2 use seasonal naive, which beat their own model in the backtest.</source>
        <translation>Each product has its own model; %1 of %2 use seasonal naive, which beat their own model in the backtest.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="224" />
        <source>The interval assumes the products' errors are independent.</source>
        <translation>The interval assumes the products' errors are independent.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="228" />
        <source>Model used: %1 · demand %2 · computed %3</source>
        <translation>Model used: %1 · demand %2 · computed %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="232" />
        <source>Backtest (last 4 weeks): RMSSE %1 against seasonal naive's %2; WAPE %3 against %4. Lower is better.</source>
        <translation>Backtest (last 4 weeks): RMSSE %1 against seasonal naive's %2; WAPE %3 against %4. Lower is better.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="237" />
        <source>Seasonal naive is used: the %1 model did worse than it in the backtest.</source>
        <translation>Seasonal naive is used: the %1 model did worse than it in the backtest.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="241" />
        <source>Seasonal naive scored better in the backtest; HQ keeps this model for its demand class.</source>
        <translation>Seasonal naive scored better in the backtest; HQ keeps this model for its demand class.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="244" />
        <source>Too little history to backtest against seasonal naive.</source>
        <translation>Too little history to backtest against seasonal naive.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/forecast_screen.py" line="246" />
        <source>The model beat seasonal naive in the backtest.</source>
        <translation>The model beat seasonal naive in the backtest.</translation>
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
    <name>ProductPanel</name>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="86" />
        <source>Price at this store</source>
        <translation>Price at this store</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="87" />
        <source>Save price</source>
        <translation>Save price</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="88" />
        <source>Supply terms (HQ only: replenishment)</source>
        <translation>Supply terms (HQ only: replenishment)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="89" />
        <source>Lead time (days)</source>
        <translation>Lead time (days)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="89" />
        <source>Shelf life (days)</source>
        <translation>Shelf life (days)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="90" />
        <source>Loss rate (%)</source>
        <translation>Loss rate (%)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="90" />
        <source>Pack size</source>
        <translation>Pack size</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="91" />
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="93" />
        <source>Save supply terms</source>
        <translation>Save supply terms</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="106" />
        <source>Sell again</source>
        <translation>Sell again</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="107" />
        <source>Delist (stop selling)</source>
        <translation>Delist (stop selling)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="109" />
        <source>Select a product to see and edit it.</source>
        <translation>Select a product to see and edit it.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="119" />
        <source>Default price %1. Blank field: this store uses it. The tills get a change at their next sync.</source>
        <translation>Default price %1. Blank field: this store uses it. The tills get a change at their next sync.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="121" />
        <source>Choose one store to set its price.</source>
        <translation>Choose one store to set its price.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="124" />
        <source>blank: the supplier's (%1)</source>
        <translation>blank: the supplier's (%1)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="127" />
        <source>blank: not perishable</source>
        <translation>blank: not perishable</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="131" />
        <source>blank: %1</source>
        <translation>blank: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="138" />
        <source>Barcodes: %1</source>
        <translation>Barcodes: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="139" />
        <source>PLU: %1</source>
        <translation>PLU: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="140" />
        <source>Pricing rule: %1</source>
        <translation>Pricing rule: %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="141" />
        <source>Cost %1, tax %2</source>
        <translation>Cost %1, tax %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="143" />
        <source>Safety stock %1</source>
        <translation>Safety stock %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="146" />
        <source>by weight</source>
        <translation>by weight</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="147" />
        <source>Portion %1: %2, %3</source>
        <translation>Portion %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="150" />
        <source>Combo part: %1 × %2</source>
        <translation>Combo part: %1 × %2</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="164" />
        <source>Saved: %1 costs %2 at this store; the tills get it at their next sync.</source>
        <translation>Saved: %1 costs %2 at this store; the tills get it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="174" />
        <source>%1 is delisted: the tills stop selling it at their next sync.</source>
        <translation>%1 is delisted: the tills stop selling it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="178" />
        <source>%1 is on sale again; the tills get it at their next sync.</source>
        <translation>%1 is on sale again; the tills get it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/catalog_product_panel.py" line="201" />
        <source>Saved the supply terms of %1.</source>
        <translation>Saved the supply terms of %1.</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderPicker</name>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="29" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="29" />
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="29" />
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="44" />
        <source>No purchase orders yet</source>
        <translation>No purchase orders yet</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_order_picker.py" line="47" />
        <source>Purchase orders: %1 open</source>
        <translation>Purchase orders: %1 open</translation>
    </message>
</context>
<context>
    <name>PurchaseReceiptDialog</name>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="69" />
        <source>Receive purchase order %1</source>
        <translation>Receive purchase order %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="70" />
        <source>Purchase order %1 from %2: type what arrived (0 if a line did not come).</source>
        <translation>Purchase order %1 from %2: type what arrived (0 if a line did not come).</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="72" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="72" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="72" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="73" />
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="74" />
        <source>Receive into stock</source>
        <translation>Receive into stock</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="75" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/purchase_receipt_dialog.py" line="112" />
        <source>Received into stock.</source>
        <translation>Received into stock.</translation>
    </message>
</context>
<context>
    <name>ReplenishmentScreen</name>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="85" />
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="86" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="87" />
        <source>Make purchase order</source>
        <translation>Make purchase order</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="88" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="88" />
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="89" />
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="105" />
        <source>Choose one store to order for it.</source>
        <translation>Choose one store to order for it.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="152" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="161" />
        <source>%1 product(s), %2 to order; double-click an order quantity to change it.</source>
        <translation>%1 product(s), %2 to order; double-click an order quantity to change it.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="163" />
        <source>No forecast products to order for this choice.</source>
        <translation>No forecast products to order for this choice.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="174" />
        <source>Choose one supplier: a purchase order goes to one supplier.</source>
        <translation>Choose one supplier: a purchase order goes to one supplier.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="178" />
        <source>Nothing to order: every quantity is zero.</source>
        <translation>Nothing to order: every quantity is zero.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="187" />
        <source>Purchase order %1 made as a draft.</source>
        <translation>Purchase order %1 made as a draft.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="212" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="250" />
        <source>Received: the stock of %1 product(s) went up.</source>
        <translation>Received: the stock of %1 product(s) went up.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="228" />
        <source>Marked as sent: its quantities now count as on order.</source>
        <translation>Marked as sent: its quantities now count as on order.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="89" />
        <source>Receive…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="258" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="258" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="259" />
        <source>Export purchase order</source>
        <translation>Export purchase order</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="267" />
        <source>Every supplier</source>
        <translation>Every supplier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="269" />
        <source>(no supplier)</source>
        <translation>(no supplier)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="277" />
        <source>No purchase order made yet.</source>
        <translation>No purchase order made yet.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="279" />
        <source>Purchase order %1 to %2: %3, %4 line(s)</source>
        <translation>Purchase order %1 to %2: %3, %4 line(s)</translation>
    </message>
</context>
<context>
    <name>ReplenishmentTableModel</name>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="45" />
        <source>%1: not a quantity (%2).</source>
        <translation>%1: not a quantity (%2).</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="49" />
        <source>%1: order zero or more, in whole pieces for products sold by the piece.</source>
        <translation>%1: order zero or more, in whole pieces for products sold by the piece.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="70" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="70" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="71" />
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="71" />
        <source>On order</source>
        <translation>On order</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="72" />
        <source>Forecast (lead + review)</source>
        <translation>Forecast (lead + review)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="73" />
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="74" />
        <source>Shelf-life cap</source>
        <translation>Shelf-life cap</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="75" />
        <source>Order up to</source>
        <translation>Order up to</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="75" />
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="76" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="113" />
        <source>Lead time %1 d + review %2 d at %3 % service; packs of %4, minimum %5; loss %6 %.</source>
        <translation>Lead time %1 d + review %2 d at %3 % service; packs of %4, minimum %5; loss %6 %.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="120" />
        <source>Capped at what sells within the shelf life.</source>
        <translation>Capped at what sells within the shelf life.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="122" />
        <source>Forecast by seasonal naive (it beat the model).</source>
        <translation>Forecast by seasonal naive (it beat the model).</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/replenishment_table_model.py" line="124" />
        <source>The forecast is out of date.</source>
        <translation>The forecast is out of date.</translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="84" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="85" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="86" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="87" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="88" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="89" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="90" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <location filename="../../backoffice/window/sales_screen.py" line="198" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="92" />
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <location filename="../../backoffice/window/sales_screen.py" line="199" />
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="93" />
        <source>Margin rate</source>
        <translation>Margin rate</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="93" />
        <source>Waste rate</source>
        <translation>Waste rate</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="94" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="97" />
        <source>Top sellers</source>
        <translation>Top sellers</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="98" />
        <source>Bottom sellers</source>
        <translation>Bottom sellers</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="125" />
        <source>The first day is after the last: choose the range again.</source>
        <translation>The first day is after the last: choose the range again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="127" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="143" />
        <source>Export the sales analysis</source>
        <translation>Export the sales analysis</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="145" />
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="155" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/sales_screen.py" line="159" />
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>Exported %n row to %1.</numerusform><numerusform>Exported %n rows to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="179" />
        <location filename="../../backoffice/window/sales_screen.py" line="196" />
        <source>Amount and margin by category</source>
        <translation>Amount and margin by category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="183" />
        <source>%1 to %2: sales %3, margin %4 (%5), waste at cost %6</source>
        <translation>%1 to %2: sales %3, margin %4 (%5), waste at cost %6</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sales_screen.py" line="187" />
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
        <location filename="../../backoffice/window/stock_screen.py" line="71" />
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="77" />
        <source>Filter: SKU, name or category</source>
        <translation>Filter: SKU, name or category</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="78" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="79" />
        <source>Goods in…</source>
        <translation>Goods in…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="79" />
        <source>Waste…</source>
        <translation>Waste…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="80" />
        <source>Stock count…</source>
        <translation>Stock count…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="82" />
        <source>Older movements</source>
        <translation>Older movements</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="83" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="83" />
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="83" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="84" />
        <source>Level after</source>
        <translation>Level after</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="84" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="93" />
        <source>Choose one store to see its stock.</source>
        <translation>Choose one store to see its stock.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="101" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/stock_screen.py" line="139" />
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="172" />
        <source>Select a product to see its movements.</source>
        <translation>Select a product to see its movements.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="174" />
        <source>Movements of %1 (%2), level %3</source>
        <translation>Movements of %1 (%2), level %3</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="212" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="212" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="212" />
        <source>Goods in</source>
        <translation>Goods in</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="213" />
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="213" />
        <source>Stock count</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/stock_screen.py" line="213" />
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
<context>
    <name>SuppliersPanel</name>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="54" />
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="54" />
        <location filename="../../backoffice/window/suppliers_panel.py" line="57" />
        <source>Supplier name</source>
        <translation>Supplier name</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="54" />
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="55" />
        <source>Orders every</source>
        <translation>Orders every</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="55" />
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="56" />
        <source>Add or change a supplier</source>
        <translation>Add or change a supplier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="57" />
        <source>Supplier ID</source>
        <translation>Supplier ID</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="58" />
        <source>Lead time (days)</source>
        <translation>Lead time (days)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="58" />
        <source>Orders every (days)</source>
        <translation>Orders every (days)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="59" />
        <source>Minimum order (¥)</source>
        <translation>Minimum order (¥)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="61" />
        <source>Still ordered from</source>
        <translation>Still ordered from</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="62" />
        <source>Save supplier</source>
        <translation>Save supplier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="73" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="73" />
        <source>Not ordered from</source>
        <translation>Not ordered from</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/suppliers_panel.py" line="116" />
        <source>Saved supplier %1; replenishment uses it from the next suggestion.</source>
        <translation>Saved supplier %1; replenishment uses it from the next suggestion.</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPanel</name>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="76" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="156" />
        <source>Events HQ refused, newest first</source>
        <translation>Events HQ refused, newest first</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="159" />
        <source>Exceptions noted while applying sales, newest first</source>
        <translation>Exceptions noted while applying sales, newest first</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="78" />
        <source>Older events</source>
        <translation>Older events</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="79" />
        <source>Older exceptions</source>
        <translation>Older exceptions</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="80" />
        <source>The event as the till sent it</source>
        <translation>The event as the till sent it</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="81" />
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="81" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="83" />
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="81" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="82" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="83" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="82" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="83" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="84" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="84" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="86" />
        <location filename="../../backoffice/window/sync_problems_panel.py" line="100" />
        <source>Choose one store to see its sync problems.</source>
        <translation>Choose one store to see its sync problems.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="154" />
        <source>HQ refused no event from this store's tills.</source>
        <translation>HQ refused no event from this store's tills.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="157" />
        <source>No exceptions were noted for this store.</source>
        <translation>No exceptions were noted for this store.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="162" />
        <source>Sold below zero</source>
        <translation>Sold below zero</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="162" />
        <source>Unknown product</source>
        <translation>Unknown product</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="163" />
        <source>Sale on a closed day</source>
        <translation>Sale on a closed day</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="163" />
        <source>Till clock off</source>
        <translation>Till clock off</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="164" />
        <source>Event number reused</source>
        <translation>Event number reused</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/sync_problems_panel.py" line="165" />
        <source>Movement sent twice</source>
        <translation>Movement sent twice</translation>
    </message>
</context>
<context>
    <name>TillsPanel</name>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="71" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="72" />
        <source>Revoke till…</source>
        <translation>Revoke till…</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="73" />
        <source>Issue an enrollment code</source>
        <translation>Issue an enrollment code</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="74" />
        <source>Copy code and fingerprint</source>
        <translation>Copy code and fingerprint</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="75" />
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="75" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="76" />
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="75" />
        <source>Till name</source>
        <translation>Till name</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="77" />
        <source>Last sales received</source>
        <translation>Last sales received</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="77" />
        <source>Events received</source>
        <translation>Events received</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="97" />
        <source>Revoke till</source>
        <translation>Revoke till</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="98" />
        <source>Revoke till %1? It can no longer send sales or receive changes until it is enrolled again.</source>
        <translation>Revoke till %1? It can no longer send sales or receive changes until it is enrolled again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="103" />
        <source>Till %1 is revoked.</source>
        <translation>Till %1 is revoked.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="125" />
        <source>The code and the fingerprint are on the clipboard.</source>
        <translation>The code and the fingerprint are on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="134" />
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="135" />
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="143" />
        <source>Choose one store to enroll a new till for it.</source>
        <translation>Choose one store to enroll a new till for it.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="145" />
        <source>Only an administrator may enroll tills.</source>
        <translation>Only an administrator may enroll tills.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/tills_panel.py" line="147" />
        <source>A new till of store %1: issue a code and type it at the till with HQ's address and fingerprint.</source>
        <translation>A new till of store %1: issue a code and type it at the till with HQ's address and fingerprint.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backoffice/window/tills_panel.py" line="154" />
        <source>Valid once, until %1 (%n minute(s)). CA fingerprint: %2</source>
        <translation><numerusform>Valid once, until %1 (%n minute). CA fingerprint: %2</numerusform><numerusform>Valid once, until %1 (%n minutes). CA fingerprint: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="56" />
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="56" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="56" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="59" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="60" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="61" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="62" />
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="63" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="64" />
        <location filename="../../backoffice/window/users_panel.py" line="78" />
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="65" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="65" />
        <location filename="../../backoffice/window/users_panel.py" line="160" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="67" />
        <source>for the back office (managers)</source>
        <translation>for the back office (managers)</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="68" />
        <source>4–12 digits, for the tills</source>
        <translation>4–12 digits, for the tills</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="69" />
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="77" />
        <location filename="../../backoffice/window/users_panel.py" line="86" />
        <location filename="../../backoffice/window/users_panel.py" line="157" />
        <source>Every store</source>
        <translation>Every store</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="79" />
        <source>Signs in with</source>
        <translation>Signs in with</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="79" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="91" />
        <source>Only an administrator may change users.</source>
        <translation>Only an administrator may change users.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="104" />
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="105" />
        <source>%1 is deactivated: signed out now, and at the tills after their next sync.</source>
        <translation>%1 is deactivated: signed out now, and at the tills after their next sync.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="118" />
        <source>%1 is now %2: signed out now, and at the tills after their next sync.</source>
        <translation>%1 is now %2: signed out now, and at the tills after their next sync.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="133" />
        <source>Give the user an ID and a password or a PIN.</source>
        <translation>Give the user an ID and a password or a PIN.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="139" />
        <source>%1 is created; the tills receive the user at their next sync.</source>
        <translation>%1 is created; the tills receive the user at their next sync.</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="160" />
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="165" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../backoffice/window/users_panel.py" line="165" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>_Days</name>
    <message numerus="yes">
        <location filename="../../backoffice/window/catalog_table_model.py" line="35" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <location filename="../../backoffice/window/replenishment_screen.py" line="291" />
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
</TS>