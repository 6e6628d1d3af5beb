<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BasketActions</name>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="32" />
        <source>Hold</source>
        <translation>挂单</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="32" />
        <source>Recall</source>
        <translation>取单</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="33" />
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="34" />
        <source>Void all</source>
        <translation>整单作废</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="35" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="36" />
        <source>No sale</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="37" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="38" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="54" />
        <location filename="../../pos_app/till/screens/basket_actions.py" line="87" />
        <location filename="../../pos_app/till/screens/basket_actions.py" line="96" />
        <source>The basket is empty.</source>
        <translation>购物篮是空的。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="59" />
        <source>The basket is on hold: F6 brings it back.</source>
        <translation>已挂单：按 F6 取回。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="65" />
        <source>Finish or hold the basket in hand before recalling another.</source>
        <translation>请先完成或挂起当前购物篮，再取回其他单。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="72" />
        <source>No basket is on hold.</source>
        <translation>没有挂起的单。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="113" />
        <source>The drawer opens.</source>
        <translation>钱箱已打开。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="114" />
        <source>Opening the drawer without a sale needs a manager's PIN.</source>
        <translation>无销售开钱箱需要经理密码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="130" />
        <source>A refund needs a manager's PIN.</source>
        <translation>退货需要经理密码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="137" />
        <source>Refunded: %1. The refund receipt is printing.</source>
        <translation>已退款：%1。正在打印退款小票。</translation>
    </message>
</context>
<context>
    <name>BasketTableModel</name>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Qty / weight</source>
        <translation>数量 / 重量</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>DemoScaleWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="63" />
        <source>Demo scale</source>
        <translation>模拟秤</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="64" />
        <source>Put on</source>
        <translation>放上</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="65" />
        <source>Take off</source>
        <translation>取下</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="66" />
        <source>Wobble</source>
        <translation>晃动</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="67" />
        <source>Demo only: what lies on the simulated scale's platter</source>
        <translation>仅演示用：模拟秤秤盘上放的东西</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="90" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="91" />
        <source>Selected line: %1</source>
        <translation>所选行：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="92" />
        <source>Select a line first to discount it alone</source>
        <translation>如需单行折扣，请先选择该行</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="94" />
        <source>Whole basket (subtotal %1)</source>
        <translation>整单（小计 %1）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="95" />
        <source>Amount off (¥)</source>
        <translation>减免金额（￥）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="96" />
        <source>Take off this amount</source>
        <translation>减免此金额</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="97" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="100" />
        <source>Near its date</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="100" />
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="100" />
        <source>Regular customer</source>
        <translation>老顾客</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="101" />
        <source>Price match</source>
        <translation>价格匹配</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="104" />
        <source>Remove discount</source>
        <translation>取消折扣</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="105" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>HeadOfficePage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="169" />
        <source>Enter head office's address, such as https://hq.example.com:8443.</source>
        <translation>请输入总部地址，如 https://hq.example.com:8443。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="172" />
        <source>Enter the one-time enrollment code head office gave you.</source>
        <translation>请输入总部提供的一次性注册码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="176" />
        <source>Enrolling with head office…</source>
        <translation>正在向总部注册…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="183" />
        <source>Enrolled as till %1 of %2.</source>
        <translation>已注册为 %2 的收银台 %1。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="185" />
        <source>The catalog and the cashiers will come with the first sync once the till starts.</source>
        <translation>商品目录和收银员将在收银台启动后的首次同步中下载。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="187" />
        <source>From head office: %1 products, %2 cashiers and managers.</source>
        <translation>已从总部获取：%1 个商品，%2 名收银员和经理。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="190" />
        <source>Compare head office's certificate fingerprint with the one shown at head office: %1</source>
        <translation>请核对总部证书指纹与总部显示的是否一致：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="203" />
        <source>Head office refused the enrollment code: it is wrong, used or expired. Ask head office for a new one.</source>
        <translation>总部拒绝了注册码：注册码错误、已使用或已过期。请向总部索取新注册码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="206" />
        <source>Head office refused this enrollment: check the code (6 to 64 characters).</source>
        <translation>总部拒绝了此次注册：请检查注册码（6 至 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="208" />
        <source>Head office cannot be reached at %1: check the address and the network, then try again.</source>
        <translation>无法连接总部 %1：请检查地址和网络后重试。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="211" />
        <source>This may not be your head office, or it runs another version: check the address and the certificate fingerprint shown at head office.</source>
        <translation>这可能不是您的总部，或总部运行的是其他版本：请检查地址及总部显示的证书指纹。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="214" />
        <source>Head office had a problem answering: try again in a minute.</source>
        <translation>总部处理请求时出错：请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="229" />
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="230" />
        <source>Connect the till to head office with the one-time code shown there, or run it on its own in a single shop.</source>
        <translation>用总部显示的一次性注册码连接总部，或作为单店独立使用。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="232" />
        <source>Connect to head office</source>
        <translation>连接总部</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="233" />
        <source>Standalone shop (no head office)</source>
        <translation>单店使用（不连总部）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="234" />
        <source>Head office address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="235" />
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="236" />
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="238" />
        <source>optional: as shown at head office</source>
        <translation>可选：与总部显示的一致</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="239" />
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>HeldBasketsDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="47" />
        <source>Baskets on hold</source>
        <translation>挂起的单</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="48" />
        <source>Choose the basket to bring back</source>
        <translation>选择要取回的单</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="49" />
        <source>Recall (Enter)</source>
        <translation>取回 (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="50" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="54" />
        <source>%n line(s)</source>
        <translation><numerusform>%n 行</numerusform></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="67" />
        <source>Welcome to FreshTill</source>
        <translation>欢迎使用鲜到家收银</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="68" />
        <source>This sets up the till in a few steps. Choose the language of the till's screens and receipts; it can be changed later.</source>
        <translation>只需几步即可设置本收银台。请选择收银界面和小票的语言，之后可以更改。</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="83" />
        <source>FreshTill</source>
        <translation>鲜到家收银</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="84" />
        <location filename="../../pos_app/till/screens/login_screen.py" line="127" />
        <source>Choose your name and enter your PIN</source>
        <translation>请选择姓名并输入密码</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="85" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="86" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="87" />
        <source>Till setup</source>
        <translation>收银台设置</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="142" />
        <source>Wrong PIN. Try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="53" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>密码为 4 至 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="55" />
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的密码不一致：请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="77" />
        <source>The shop's manager</source>
        <translation>门店经理</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="78" />
        <source>A standalone till has no head office to send it its users. Enter the manager who signs in, opens the shift and authorises refunds; cashiers can be added later.</source>
        <translation>单店收银台没有总部下发用户。请输入负责登录、开班和授权退货的经理；收银员可稍后添加。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="81" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="82" />
        <source>PIN (4 to 12 digits)</source>
        <translation>密码（4 至 12 位数字）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="83" />
        <source>PIN again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="71" />
        <source>Manager authorisation</source>
        <translation>经理授权</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="72" />
        <source>Manager: enter your PIN</source>
        <translation>请经理输入密码</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="73" />
        <source>Manager PIN</source>
        <translation>经理密码</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="74" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../pos_app/till/messages.py" line="21" />
        <source>Wrong PIN, or that person may not authorise this.</source>
        <translation>密码错误，或此人无权授权此操作。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="22" />
        <source>Too many wrong PINs: locked until %1.</source>
        <translation>密码错误次数过多：锁定至 %1。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="23" />
        <source>A manager's PIN is needed for this.</source>
        <translation>此操作需要经理密码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="24" />
        <source>This item is sold out. A manager can override.</source>
        <translation>此商品已售罄。经理可授权继续销售。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="25" />
        <source>No product has this code: check it, or search by name or PLU.</source>
        <translation>没有此条码的商品：请检查，或按名称、PLU 搜索。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="26" />
        <source>This barcode cannot be read: scan it again or type the PLU.</source>
        <translation>无法识别此条码：请重新扫描或输入 PLU。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="27" />
        <source>This quantity or portion cannot be sold for this product.</source>
        <translation>此商品不能按此数量或份量销售。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="28" />
        <source>That entry cannot be used: check it and try again.</source>
        <translation>输入无效：请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="29" />
        <source>The payment does not add up: check the amounts.</source>
        <translation>付款金额不符：请检查金额。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="30" />
        <source>This refund is not possible: check the lines and quantities.</source>
        <translation>无法退货：请检查商品行和数量。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="31" />
        <source>The shift cannot do this now.</source>
        <translation>当前班次无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="32" />
        <source>The receipt cannot be printed again from this till.</source>
        <translation>本收银台无法重印此小票。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="33" />
        <source>A device cannot be reached: check its cable and power.</source>
        <translation>设备无法连接：请检查线缆和电源。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="34" />
        <source>A device did not answer in time: check it and try again.</source>
        <translation>设备未及时响应：请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="35" />
        <source>A device answered with something unexpected: try again.</source>
        <translation>设备返回异常：请重试。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="36" />
        <source>A device setting is wrong: ask the manager to check the till's settings.</source>
        <translation>设备设置有误：请经理检查收银台设置。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="38" />
        <source>A device reported a problem.</source>
        <translation>设备报告故障。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="39" />
        <source>The connection to head office failed; sales are kept and sent later.</source>
        <translation>与总部连接失败；销售已保存，稍后发送。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="40" />
        <source>The weight is still moving: wait until the scale is steady.</source>
        <translation>重量仍在变化：请等秤稳定。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="41" />
        <source>The scale is over capacity: take something off.</source>
        <translation>电子秤超载：请拿下部分商品。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="42" />
        <source>The scale is below zero: empty it and zero it.</source>
        <translation>电子秤低于零：请清空并置零。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="43" />
        <source>Nothing on the scale: put the item on it.</source>
        <translation>秤上没有商品：请放上商品。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="44" />
        <source>The scale did not answer: check that it is switched on.</source>
        <translation>电子秤无响应：请检查是否开机。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="45" />
        <source>The scale is not connected: check its cable.</source>
        <translation>电子秤未连接：请检查线缆。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="46" />
        <source>The scale sent no usable weight: check its settings.</source>
        <translation>电子秤未返回有效重量：请检查设置。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="47" />
        <source>The scale refused the command: empty it and try again.</source>
        <translation>电子秤拒绝了指令：请清空后重试。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="48" />
        <source>This scale cannot do that.</source>
        <translation>此电子秤不支持该操作。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="49" />
        <source>The printer is not ready: nothing was printed.</source>
        <translation>打印机未就绪：未打印。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="61" />
        <source>Something went wrong; the problem was logged. Try again, or call the manager.</source>
        <translation>出现错误，已记录。请重试或联系经理。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="107" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="108" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="109" />
        <source>Card / mobile reference</source>
        <translation>银行卡 / 移动支付流水号</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="110" />
        <source>blank = what is still due</source>
        <translation>留空 = 应收余额</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="111" />
        <source>F6 Cash</source>
        <translation>F6 现金</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="112" />
        <source>F7 Card</source>
        <translation>F7 银行卡</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="113" />
        <source>F9 Mobile</source>
        <translation>F9 移动支付</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="114" />
        <source>Remove last</source>
        <translation>撤销上一笔</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="115" />
        <source>Finish (Enter)</source>
        <translation>完成 (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="116" />
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="178" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="178" />
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="179" />
        <source>Mobile</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="185" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="185" />
        <source>Due</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="187" />
        <source>Change</source>
        <translation>找零</translation>
    </message>
</context>
<context>
    <name>PinPadWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/pin_pad_widget.py" line="41" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/pin_pad_widget.py" line="42" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>PortionDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="71" />
        <source>Choose a portion</source>
        <translation>选择份量</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="77" />
        <source>Add this amount</source>
        <translation>加入此份量</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="78" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="92" />
        <source>not sellable</source>
        <translation>不可售</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="164" />
        <source>Enter the printer's setting first, such as tcp://192.168.1.50:9100.</source>
        <translation>请先输入打印机设置，如 tcp://192.168.1.50:9100。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="167" />
        <source>Printing a test page…</source>
        <translation>正在打印测试页…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="172" />
        <source>The test page was sent: check that it printed, with its line of Chinese readable.</source>
        <translation>测试页已发送：请确认已打印，且其中的中文清晰可读。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="175" />
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="179" />
        <source>This printer setting cannot be used: %1</source>
        <translation>此打印机设置无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="193" />
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="194" />
        <source>How the till reaches the printer: tcp://192.168.1.50:9100 (network), serial:///dev/ttyUSB0?baudrate=19200, usb://0x04b8:0x0202, cups://Queue.</source>
        <translation>收银台连接打印机的方式：tcp://192.168.1.50:9100（网络）、serial:///dev/ttyUSB0?baudrate=19200、usb://0x04b8:0x0202、cups://队列名。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="196" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="198" />
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
</context>
<context>
    <name>QuickKeysWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/quick_keys_widget.py" line="62" />
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/quick_keys_widget.py" line="62" />
        <source>Low</source>
        <translation>库存低</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="266" />
        <source>Receipt header</source>
        <translation>小票抬头</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="267" />
        <source>Up to 4 lines printed under the store's name on every receipt: address, phone, opening hours.</source>
        <translation>最多 4 行，打印在每张小票的门店名称下方：地址、电话、营业时间。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="269" />
        <source>88 Riverside Road
Tel 021-5555 0188</source>
        <translation>河畔路 88 号
电话 021-5555 0188</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="83" />
        <source>Refund receipt</source>
        <translation>退款小票</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="83" />
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="84" />
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="85" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="92" />
        <source>No printer: nothing was printed.</source>
        <translation>无打印机：未打印。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="96" />
        <source>Waiting to print (%n job(s) in the queue).</source>
        <translation><numerusform>等待打印（队列中 %n 个任务）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="98" />
        <source>The printer is not printing: check it.</source>
        <translation>打印机无法打印：请检查。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="101" />
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="102" />
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="92" />
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="97" />
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="93" />
        <source>Sale</source>
        <translation>销售单</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="94" />
        <source>Scan the receipt's QR code, or type the sale id</source>
        <translation>扫描小票二维码，或输入单号</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="95" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="96" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="96" />
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="96" />
        <source>Can refund</source>
        <translation>可退</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="97" />
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="98" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="99" />
        <source>Refund…</source>
        <translation>退货…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="100" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="102" />
        <source>Back to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="103" />
        <source>Waste</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="141" />
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="141" />
        <source>portions</source>
        <translation>份</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="167" />
        <source>No sale chosen yet.</source>
        <translation>尚未选择销售单。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="173" />
        <source>Sale %1 of %2, total %3</source>
        <translation>销售单 %1，%2，合计 %3</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="173" />
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="173" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="173" />
        <source>Weigh</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="174" />
        <source>Portion</source>
        <translation>份量</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="174" />
        <source>Void line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="174" />
        <source>Pay</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="175" />
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="179" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="180" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="181" />
        <source>Produce (PLU)</source>
        <translation>生鲜 (PLU)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="245" />
        <source>Scan a barcode at any time. F2 search, F4 weigh, F5 portion, F8 void the selected line, F10 pay, F12 lock. Produce: tap its key with the item on the scale.</source>
        <translation>随时可扫码。F2 搜索，F4 称重，F5 份量，F8 删除所选行，F10 收款，F12 锁屏。生鲜：放上秤后点商品键。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="255" />
        <source>Pick a product sold by weight first (produce key or search).</source>
        <translation>请先选择称重商品（生鲜键或搜索）。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="258" />
        <source>No scale is connected to this till.</source>
        <translation>本收银台未连接电子秤。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="270" />
        <source>Pick a product sold in portions first.</source>
        <translation>请先选择按份销售的商品。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="287" />
        <source>Select the line to void first.</source>
        <translation>请先选择要删除的行。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="299" />
        <source>The basket is empty.</source>
        <translation>购物篮是空的。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="317" />
        <source>Paid. Change: %1</source>
        <translation>已收款。找零：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/screens/sale_screen.py" line="371" />
        <source>%n line(s)</source>
        <translation><numerusform>%n 行</numerusform></translation>
    </message>
</context>
<context>
    <name>ScalePage</name>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="89" />
        <source>Enter the scale's port first, such as /dev/ttyUSB0 or COM3.</source>
        <translation>请先输入电子秤端口，如 /dev/ttyUSB0 或 COM3。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="91" />
        <source>Reading the scale…</source>
        <translation>正在读取电子秤…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="100" />
        <source>The scale answered: %1 kg, steady.</source>
        <translation>电子秤读数：%1 kg，稳定。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="101" />
        <source>The scale answered: %1 kg, still moving.</source>
        <translation>电子秤读数：%1 kg，仍在晃动。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="113" />
        <source>This scale setting cannot be used: %1</source>
        <translation>此电子秤设置无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="132" />
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="133" />
        <source>The port the scale is connected to and the protocol set on the scale. Put something on it and test: the weight read must match the scale's display, and follows it while this page shows.</source>
        <translation>电子秤所接的端口及秤上设置的协议。放上物品后测试：读到的重量应与秤的显示一致，并在本页显示期间随秤实时更新。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="136" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="137" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="138" />
        <source>/dev/ttyUSB0, COM3 or socket://host:port</source>
        <translation>/dev/ttyUSB0、COM3 或 socket://主机:端口</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="139" />
        <source>Test reading</source>
        <translation>测试读数</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="237" />
        <source>That was typed, not scanned: a scanner sends a whole code within milliseconds and ends it with Enter. Set the scanner to add Enter.</source>
        <translation>这是手动输入，不是扫码：扫码枪会在几毫秒内发送完整条码并以回车结束。请将扫码枪设置为添加回车。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="243" />
        <source>Scanned an in-store label: item %1</source>
        <translation>已扫描店内标签：商品 %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="245" />
        <source>, weight %1 kg</source>
        <translation>，重量 %1 kg</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="247" />
        <source>, price ¥%1</source>
        <translation>，金额 ￥%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="249" />
        <source>Scanned a product barcode: %1.</source>
        <translation>已扫描商品条码：%1。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="250" />
        <source>Scanned a GS1 code for product %1.</source>
        <translation>已扫描 GS1 码，商品 %1。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="251" />
        <source>Scanned the item code %1.</source>
        <translation>已扫描商品编码 %1。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="259" />
        <source>Barcode scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="260" />
        <source>Tap the box, then scan any product's barcode. The till shows how it reads the code.</source>
        <translation>点一下输入框，然后扫描任意商品条码。收银台会显示它如何识别该条码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="262" />
        <source>Scan here</source>
        <translation>在此扫码</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="45" />
        <source>F2 Search: name, pinyin initials or PLU</source>
        <translation>F2 搜索：名称、拼音首字母或 PLU</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="107" />
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="107" />
        <source>Low stock</source>
        <translation>库存低</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="107" />
        <source>In stock</source>
        <translation>有货</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../pos_app/till/setup/setup_page.py" line="76" />
        <source>Skip for now</source>
        <translation>稍后设置</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_page.py" line="104" />
        <source>Skipped: this step can be done later from the till's settings.</source>
        <translation>已跳过：可稍后在收银台设置中完成此步骤。</translation>
    </message>
</context>
<context>
    <name>SetupStepDialog</name>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="50" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="50" />
        <source>Store and till</source>
        <translation>门店与收银台</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="50" />
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="51" />
        <source>Add a manager</source>
        <translation>添加经理</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="51" />
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="51" />
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="52" />
        <source>Barcode scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="52" />
        <source>Receipt header</source>
        <translation>小票抬头</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="53" />
        <source>Till setup</source>
        <translation>收银台设置</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="54" />
        <source>Which part of the setup?</source>
        <translation>要设置哪一项？</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="57" />
        <source>%1 (not done yet)</source>
        <translation>%1（尚未设置）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="58" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="187" />
        <source>The settings were not saved (%1). Try again.</source>
        <translation>设置未保存（%1）。请重试。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="201" />
        <source>Set up this till</source>
        <translation>设置本收银台</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="202" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="202" />
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="203" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="204" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="205" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="210" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>ShiftCashDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="60" />
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="61" />
        <source>Open the shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="62" />
        <source>%1, count the cash float in the drawer and enter it.</source>
        <translation>%1，请清点钱箱备用金并输入。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="64" />
        <source>Cash float (¥)</source>
        <translation>备用金（￥）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="65" />
        <source>Not now (Esc)</source>
        <translation>稍后 (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="67" />
        <source>Close the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="68" />
        <source>Close the shift (Z report)</source>
        <translation>交班（Z 报表）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="69" />
        <source>Count all the cash in the drawer and enter it; the Z report compares it with what is expected.</source>
        <translation>请清点钱箱内全部现金并输入；Z 报表会与应有现金比较。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="71" />
        <source>Counted cash (¥)</source>
        <translation>实点现金（￥）</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="72" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="80" />
        <source>Enter an amount in yuan, such as 500 or 500.00.</source>
        <translation>请输入金额（元），如 500 或 500.00。</translation>
    </message>
</context>
<context>
    <name>ShiftFlow</name>
    <message>
        <location filename="../../pos_app/till/screens/shift_flow.py" line="64" />
        <source>The shift is open.</source>
        <translation>已开班。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/shift_flow.py" line="100" />
        <source>No printer is connected: the report was not printed.</source>
        <translation>未连接打印机：报表未打印。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/shift_flow.py" line="109" />
        <source>The report is printing.</source>
        <translation>报表正在打印。</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="130" />
        <source>Expected cash in the drawer: %1</source>
        <translation>钱箱应有现金：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="133" />
        <source>The drawer is exact.</source>
        <translation>钱箱现金相符。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="135" />
        <source>The drawer is %1 over.</source>
        <translation>钱箱现金多 %1。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="136" />
        <source>The drawer is %1 short.</source>
        <translation>钱箱现金少 %1。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="139" />
        <source>Z report</source>
        <translation>Z 报表</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="139" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="145" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="146" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="103" />
        <source>Store and till</source>
        <translation>门店与收银台</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="104" />
        <source>The store's name is printed on every receipt. The till's name tells this till apart at head office, such as "Till 1".</source>
        <translation>门店名称会打印在每张小票上。收银台名称用于在总部区分各台收银机，例如“1号收银台”。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="106" />
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="107" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="108" />
        <source>Till name</source>
        <translation>收银台名称</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="109" />
        <source>optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>TillStartup</name>
    <message>
        <location filename="../../pos_app/till/startup.py" line="97" />
        <source>The till database could not be created: %1</source>
        <translation>无法创建收银数据库：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="98" />
        <source>The till database could not be upgraded to this version, so it was restored from the backup %1 taken just before and no sale was lost: start the previous version or call support.</source>
        <translation>收银数据库无法升级到此版本，已从升级前的备份 %1 恢复，没有丢失任何销售：请启动旧版本或联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="145" />
        <source>Finish or hold the basket in hand before changing the till's setup.</source>
        <translation>请先完成或挂起当前购物篮，再更改收银台设置。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="152" />
        <source>A manager's PIN is needed to change the till's setup.</source>
        <translation>更改收银台设置需要经理密码。</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="208" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TillStatusBarWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="53" />
        <source>Printer: none</source>
        <translation>打印机：未配置</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="55" />
        <source>Printer: needs attention</source>
        <translation>打印机：需处理</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="57" />
        <source>Printer: not printing</source>
        <translation>打印机：无法打印</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="59" />
        <source>Printer: ready</source>
        <translation>打印机：就绪</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="61" />
        <source>%n job(s) waiting</source>
        <translation><numerusform>%n 个任务等待</numerusform></translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="68" />
        <source>Sync: offline</source>
        <translation>同步：离线</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="70" />
        <source>Sync: %1 to send, last %2</source>
        <translation>同步：%1 条待发送，上次 %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="73" />
        <source>Cashier: %1</source>
        <translation>收银员：%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="73" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="76" />
        <source>Scale: %1</source>
        <translation>电子秤：%1</translation>
    </message>
</context>
<context>
    <name>WeightPanelWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="40" />
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="41" />
        <source>Tare</source>
        <translation>去皮</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="42" />
        <source>Zero</source>
        <translation>置零</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="61" />
        <source>No scale</source>
        <translation>无电子秤</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="61" />
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="68" />
        <source>Scale error</source>
        <translation>电子秤故障</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="63" />
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="63" />
        <source>Moving</source>
        <translation>晃动中</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="64" />
        <source>Over capacity</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="65" />
        <source>Under zero</source>
        <translation>低于零</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="66" />
        <source>No answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="67" />
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="73" />
        <source>Net</source>
        <translation>净重</translation>
    </message>
</context>
</TS>