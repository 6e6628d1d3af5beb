<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BasketActions</name>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="32" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="32" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="33" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="34" />
        <source>Void all</source>
        <translation>Void all</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="35" />
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="36" />
        <source>No sale</source>
        <translation>No sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="37" />
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="38" />
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="54" />
        <location filename="../../pos_app/till/screens/basket_actions.py" line="87" />
        <location filename="../../pos_app/till/screens/basket_actions.py" line="96" />
        <source>The basket is empty.</source>
        <translation>The basket is empty.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="59" />
        <source>The basket is on hold: F6 brings it back.</source>
        <translation>The basket is on hold: F6 brings it back.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="65" />
        <source>Finish or hold the basket in hand before recalling another.</source>
        <translation>Finish or hold the basket in hand before recalling another.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="72" />
        <source>No basket is on hold.</source>
        <translation>No basket is on hold.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="113" />
        <source>The drawer opens.</source>
        <translation>The drawer opens.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="114" />
        <source>Opening the drawer without a sale needs a manager's PIN.</source>
        <translation>Opening the drawer without a sale needs a manager's PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="130" />
        <source>A refund needs a manager's PIN.</source>
        <translation>A refund needs a manager's PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/basket_actions.py" line="137" />
        <source>Refunded: %1. The refund receipt is printing.</source>
        <translation>Refunded: %1. The refund receipt is printing.</translation>
    </message>
</context>
<context>
    <name>BasketTableModel</name>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Qty / weight</source>
        <translation>Qty / weight</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/models/basket_table_model.py" line="112" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>DemoScaleWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="63" />
        <source>Demo scale</source>
        <translation>Demo scale</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="64" />
        <source>Put on</source>
        <translation>Put on</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="65" />
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="66" />
        <source>Wobble</source>
        <translation>Wobble</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/demo_scale_widget.py" line="67" />
        <source>Demo only: what lies on the simulated scale's platter</source>
        <translation>Demo only: what lies on the simulated scale's platter</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="90" />
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="91" />
        <source>Selected line: %1</source>
        <translation>Selected line: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="92" />
        <source>Select a line first to discount it alone</source>
        <translation>Select a line first to discount it alone</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="94" />
        <source>Whole basket (subtotal %1)</source>
        <translation>Whole basket (subtotal %1)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="95" />
        <source>Amount off (¥)</source>
        <translation>Amount off (¥)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="96" />
        <source>Take off this amount</source>
        <translation>Take off this amount</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="97" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="100" />
        <source>Near its date</source>
        <translation>Near its date</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="100" />
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="100" />
        <source>Regular customer</source>
        <translation>Regular customer</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="101" />
        <source>Price match</source>
        <translation>Price match</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="104" />
        <source>Remove discount</source>
        <translation>Remove discount</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/discount_dialog.py" line="105" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>HeadOfficePage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="169" />
        <source>Enter head office's address, such as https://hq.example.com:8443.</source>
        <translation>Enter head office's address, such as https://hq.example.com:8443.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="172" />
        <source>Enter the one-time enrollment code head office gave you.</source>
        <translation>Enter the one-time enrollment code head office gave you.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="176" />
        <source>Enrolling with head office…</source>
        <translation>Enrolling with head office…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="183" />
        <source>Enrolled as till %1 of %2.</source>
        <translation>Enrolled as till %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="185" />
        <source>The catalog and the cashiers will come with the first sync once the till starts.</source>
        <translation>The catalog and the cashiers will come with the first sync once the till starts.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="187" />
        <source>From head office: %1 products, %2 cashiers and managers.</source>
        <translation>From head office: %1 products, %2 cashiers and managers.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="190" />
        <source>Compare head office's certificate fingerprint with the one shown at head office: %1</source>
        <translation>Compare head office's certificate fingerprint with the one shown at head office: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="203" />
        <source>Head office refused the enrollment code: it is wrong, used or expired. Ask head office for a new one.</source>
        <translation>Head office refused the enrollment code: it is wrong, used or expired. Ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="206" />
        <source>Head office refused this enrollment: check the code (6 to 64 characters).</source>
        <translation>Head office refused this enrollment: check the code (6 to 64 characters).</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="208" />
        <source>Head office cannot be reached at %1: check the address and the network, then try again.</source>
        <translation>Head office cannot be reached at %1: check the address and the network, then try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="211" />
        <source>This may not be your head office, or it runs another version: check the address and the certificate fingerprint shown at head office.</source>
        <translation>This may not be your head office, or it runs another version: check the address and the certificate fingerprint shown at head office.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="214" />
        <source>Head office had a problem answering: try again in a minute.</source>
        <translation>Head office had a problem answering: try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="229" />
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="230" />
        <source>Connect the till to head office with the one-time code shown there, or run it on its own in a single shop.</source>
        <translation>Connect the till to head office with the one-time code shown there, or run it on its own in a single shop.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="232" />
        <source>Connect to head office</source>
        <translation>Connect to head office</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="233" />
        <source>Standalone shop (no head office)</source>
        <translation>Standalone shop (no head office)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="234" />
        <source>Head office address</source>
        <translation>Head office address</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="235" />
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="236" />
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="238" />
        <source>optional: as shown at head office</source>
        <translation>optional: as shown at head office</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="239" />
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
</context>
<context>
    <name>HeldBasketsDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="47" />
        <source>Baskets on hold</source>
        <translation>Baskets on hold</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="48" />
        <source>Choose the basket to bring back</source>
        <translation>Choose the basket to bring back</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="49" />
        <source>Recall (Enter)</source>
        <translation>Recall (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="50" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/dialogs/held_dialog.py" line="54" />
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="67" />
        <source>Welcome to FreshTill</source>
        <translation>Welcome to FreshTill</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="68" />
        <source>This sets up the till in a few steps. Choose the language of the till's screens and receipts; it can be changed later.</source>
        <translation>This sets up the till in a few steps. Choose the language of the till's screens and receipts; it can be changed later.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="83" />
        <source>FreshTill</source>
        <translation>FreshTill</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="84" />
        <location filename="../../pos_app/till/screens/login_screen.py" line="127" />
        <source>Choose your name and enter your PIN</source>
        <translation>Choose your name and enter your PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="85" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="86" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="87" />
        <source>Till setup</source>
        <translation>Till setup</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/login_screen.py" line="142" />
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="53" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>A PIN is 4 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="55" />
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>The two PINs differ: type the same PIN twice.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="77" />
        <source>The shop's manager</source>
        <translation>The shop's manager</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="78" />
        <source>A standalone till has no head office to send it its users. Enter the manager who signs in, opens the shift and authorises refunds; cashiers can be added later.</source>
        <translation>A standalone till has no head office to send it its users. Enter the manager who signs in, opens the shift and authorises refunds; cashiers can be added later.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="81" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="82" />
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/manager_page.py" line="83" />
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="71" />
        <source>Manager authorisation</source>
        <translation>Manager authorisation</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="72" />
        <source>Manager: enter your PIN</source>
        <translation>Manager: enter your PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="73" />
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/manager_pin_dialog.py" line="74" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../pos_app/till/messages.py" line="21" />
        <source>Wrong PIN, or that person may not authorise this.</source>
        <translation>Wrong PIN, or that person may not authorise this.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="22" />
        <source>Too many wrong PINs: locked until %1.</source>
        <translation>Too many wrong PINs: locked until %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="23" />
        <source>A manager's PIN is needed for this.</source>
        <translation>A manager's PIN is needed for this.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="24" />
        <source>This item is sold out. A manager can override.</source>
        <translation>This item is sold out. A manager can override.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="25" />
        <source>No product has this code: check it, or search by name or PLU.</source>
        <translation>No product has this code: check it, or search by name or PLU.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="26" />
        <source>This barcode cannot be read: scan it again or type the PLU.</source>
        <translation>This barcode cannot be read: scan it again or type the PLU.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="27" />
        <source>This quantity or portion cannot be sold for this product.</source>
        <translation>This quantity or portion cannot be sold for this product.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="28" />
        <source>That entry cannot be used: check it and try again.</source>
        <translation>That entry cannot be used: check it and try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="29" />
        <source>The payment does not add up: check the amounts.</source>
        <translation>The payment does not add up: check the amounts.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="30" />
        <source>This refund is not possible: check the lines and quantities.</source>
        <translation>This refund is not possible: check the lines and quantities.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="31" />
        <source>The shift cannot do this now.</source>
        <translation>The shift cannot do this now.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="32" />
        <source>The receipt cannot be printed again from this till.</source>
        <translation>The receipt cannot be printed again from this till.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="33" />
        <source>A device cannot be reached: check its cable and power.</source>
        <translation>A device cannot be reached: check its cable and power.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="34" />
        <source>A device did not answer in time: check it and try again.</source>
        <translation>A device did not answer in time: check it and try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="35" />
        <source>A device answered with something unexpected: try again.</source>
        <translation>A device answered with something unexpected: try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="36" />
        <source>A device setting is wrong: ask the manager to check the till's settings.</source>
        <translation>A device setting is wrong: ask the manager to check the till's settings.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="38" />
        <source>A device reported a problem.</source>
        <translation>A device reported a problem.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="39" />
        <source>The connection to head office failed; sales are kept and sent later.</source>
        <translation>The connection to head office failed; sales are kept and sent later.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="40" />
        <source>The weight is still moving: wait until the scale is steady.</source>
        <translation>The weight is still moving: wait until the scale is steady.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="41" />
        <source>The scale is over capacity: take something off.</source>
        <translation>The scale is over capacity: take something off.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="42" />
        <source>The scale is below zero: empty it and zero it.</source>
        <translation>The scale is below zero: empty it and zero it.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="43" />
        <source>Nothing on the scale: put the item on it.</source>
        <translation>Nothing on the scale: put the item on it.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="44" />
        <source>The scale did not answer: check that it is switched on.</source>
        <translation>The scale did not answer: check that it is switched on.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="45" />
        <source>The scale is not connected: check its cable.</source>
        <translation>The scale is not connected: check its cable.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="46" />
        <source>The scale sent no usable weight: check its settings.</source>
        <translation>The scale sent no usable weight: check its settings.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="47" />
        <source>The scale refused the command: empty it and try again.</source>
        <translation>The scale refused the command: empty it and try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="48" />
        <source>This scale cannot do that.</source>
        <translation>This scale cannot do that.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="49" />
        <source>The printer is not ready: nothing was printed.</source>
        <translation>The printer is not ready: nothing was printed.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/messages.py" line="61" />
        <source>Something went wrong; the problem was logged. Try again, or call the manager.</source>
        <translation>Something went wrong; the problem was logged. Try again, or call the manager.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="107" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="108" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="109" />
        <source>Card / mobile reference</source>
        <translation>Card / mobile reference</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="110" />
        <source>blank = what is still due</source>
        <translation>blank = what is still due</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="111" />
        <source>F6 Cash</source>
        <translation>F6 Cash</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="112" />
        <source>F7 Card</source>
        <translation>F7 Card</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="113" />
        <source>F9 Mobile</source>
        <translation>F9 Mobile</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="114" />
        <source>Remove last</source>
        <translation>Remove last</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="115" />
        <source>Finish (Enter)</source>
        <translation>Finish (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="116" />
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="178" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="178" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="179" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="185" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="185" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/payment_dialog.py" line="187" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>PinPadWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/pin_pad_widget.py" line="41" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/pin_pad_widget.py" line="42" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PortionDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="71" />
        <source>Choose a portion</source>
        <translation>Choose a portion</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="77" />
        <source>Add this amount</source>
        <translation>Add this amount</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="78" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/portion_dialog.py" line="92" />
        <source>not sellable</source>
        <translation>not sellable</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="164" />
        <source>Enter the printer's setting first, such as tcp://192.168.1.50:9100.</source>
        <translation>Enter the printer's setting first, such as tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="167" />
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="172" />
        <source>The test page was sent: check that it printed, with its line of Chinese readable.</source>
        <translation>The test page was sent: check that it printed, with its line of Chinese readable.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="175" />
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="179" />
        <source>This printer setting cannot be used: %1</source>
        <translation>This printer setting cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="193" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="194" />
        <source>How the till reaches the printer: tcp://192.168.1.50:9100 (network), serial:///dev/ttyUSB0?baudrate=19200, usb://0x04b8:0x0202, cups://Queue.</source>
        <translation>How the till reaches the printer: tcp://192.168.1.50:9100 (network), serial:///dev/ttyUSB0?baudrate=19200, usb://0x04b8:0x0202, cups://Queue.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="196" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="198" />
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
</context>
<context>
    <name>QuickKeysWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/quick_keys_widget.py" line="62" />
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/quick_keys_widget.py" line="62" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="266" />
        <source>Receipt header</source>
        <translation>Receipt header</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="267" />
        <source>Up to 4 lines printed under the store's name on every receipt: address, phone, opening hours.</source>
        <translation>Up to 4 lines printed under the store's name on every receipt: address, phone, opening hours.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="269" />
        <source>88 Riverside Road
Tel 021-5555 0188</source>
        <translation>88 Riverside Road
Tel 021-5555 0188</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="83" />
        <source>Refund receipt</source>
        <translation>Refund receipt</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="83" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="84" />
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="85" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="92" />
        <source>No printer: nothing was printed.</source>
        <translation>No printer: nothing was printed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="96" />
        <source>Waiting to print (%n job(s) in the queue).</source>
        <translation><numerusform>Waiting to print (%n job in the queue).</numerusform><numerusform>Waiting to print (%n jobs in the queue).</numerusform></translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="98" />
        <source>The printer is not printing: check it.</source>
        <translation>The printer is not printing: check it.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="101" />
        <source>Printed.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/receipt_dialog.py" line="102" />
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="92" />
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="97" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="93" />
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="94" />
        <source>Scan the receipt's QR code, or type the sale id</source>
        <translation>Scan the receipt's QR code, or type the sale id</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="95" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="96" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="96" />
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="96" />
        <source>Can refund</source>
        <translation>Can refund</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="97" />
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="98" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="99" />
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="100" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="102" />
        <source>Back to stock</source>
        <translation>Back to stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="103" />
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="141" />
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="141" />
        <source>portions</source>
        <translation>portions</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="167" />
        <source>No sale chosen yet.</source>
        <translation>No sale chosen yet.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/refund_dialog.py" line="173" />
        <source>Sale %1 of %2, total %3</source>
        <translation>Sale %1 of %2, total %3</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="173" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="173" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="173" />
        <source>Weigh</source>
        <translation>Weigh</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="174" />
        <source>Portion</source>
        <translation>Portion</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="174" />
        <source>Void line</source>
        <translation>Void line</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="174" />
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="175" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="179" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="180" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="181" />
        <source>Produce (PLU)</source>
        <translation>Produce (PLU)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="245" />
        <source>Scan a barcode at any time. F2 search, F4 weigh, F5 portion, F8 void the selected line, F10 pay, F12 lock. Produce: tap its key with the item on the scale.</source>
        <translation>Scan a barcode at any time. F2 search, F4 weigh, F5 portion, F8 void the selected line, F10 pay, F12 lock. Produce: tap its key with the item on the scale.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="255" />
        <source>Pick a product sold by weight first (produce key or search).</source>
        <translation>Pick a product sold by weight first (produce key or search).</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="258" />
        <source>No scale is connected to this till.</source>
        <translation>No scale is connected to this till.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="270" />
        <source>Pick a product sold in portions first.</source>
        <translation>Pick a product sold in portions first.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="287" />
        <source>Select the line to void first.</source>
        <translation>Select the line to void first.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="299" />
        <source>The basket is empty.</source>
        <translation>The basket is empty.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/sale_screen.py" line="317" />
        <source>Paid. Change: %1</source>
        <translation>Paid. Change: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/screens/sale_screen.py" line="371" />
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
</context>
<context>
    <name>ScalePage</name>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="89" />
        <source>Enter the scale's port first, such as /dev/ttyUSB0 or COM3.</source>
        <translation>Enter the scale's port first, such as /dev/ttyUSB0 or COM3.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="91" />
        <source>Reading the scale…</source>
        <translation>Reading the scale…</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="100" />
        <source>The scale answered: %1 kg, steady.</source>
        <translation>The scale answered: %1 kg, steady.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="101" />
        <source>The scale answered: %1 kg, still moving.</source>
        <translation>The scale answered: %1 kg, still moving.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="113" />
        <source>This scale setting cannot be used: %1</source>
        <translation>This scale setting cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="132" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="133" />
        <source>The port the scale is connected to and the protocol set on the scale. Put something on it and test: the weight read must match the scale's display, and follows it while this page shows.</source>
        <translation>The port the scale is connected to and the protocol set on the scale. Put something on it and test: the weight read must match the scale's display, and follows it while this page shows.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="136" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="137" />
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="138" />
        <source>/dev/ttyUSB0, COM3 or socket://host:port</source>
        <translation>/dev/ttyUSB0, COM3 or socket://host:port</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="139" />
        <source>Test reading</source>
        <translation>Test reading</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="237" />
        <source>That was typed, not scanned: a scanner sends a whole code within milliseconds and ends it with Enter. Set the scanner to add Enter.</source>
        <translation>That was typed, not scanned: a scanner sends a whole code within milliseconds and ends it with Enter. Set the scanner to add Enter.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="243" />
        <source>Scanned an in-store label: item %1</source>
        <translation>Scanned an in-store label: item %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="245" />
        <source>, weight %1 kg</source>
        <translation>, weight %1 kg</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="247" />
        <source>, price ¥%1</source>
        <translation>, price ¥%1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="249" />
        <source>Scanned a product barcode: %1.</source>
        <translation>Scanned a product barcode: %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="250" />
        <source>Scanned a GS1 code for product %1.</source>
        <translation>Scanned a GS1 code for product %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="251" />
        <source>Scanned the item code %1.</source>
        <translation>Scanned the item code %1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="259" />
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="260" />
        <source>Tap the box, then scan any product's barcode. The till shows how it reads the code.</source>
        <translation>Tap the box, then scan any product's barcode. The till shows how it reads the code.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/device_pages.py" line="262" />
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="45" />
        <source>F2 Search: name, pinyin initials or PLU</source>
        <translation>F2 Search: name, pinyin initials or PLU</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="107" />
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="107" />
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/search_widget.py" line="107" />
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../pos_app/till/setup/setup_page.py" line="76" />
        <source>Skip for now</source>
        <translation>Skip for now</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_page.py" line="104" />
        <source>Skipped: this step can be done later from the till's settings.</source>
        <translation>Skipped: this step can be done later from the till's settings.</translation>
    </message>
</context>
<context>
    <name>SetupStepDialog</name>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="50" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="50" />
        <source>Store and till</source>
        <translation>Store and till</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="50" />
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="51" />
        <source>Add a manager</source>
        <translation>Add a manager</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="51" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="51" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="52" />
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="52" />
        <source>Receipt header</source>
        <translation>Receipt header</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="53" />
        <source>Till setup</source>
        <translation>Till setup</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="54" />
        <source>Which part of the setup?</source>
        <translation>Which part of the setup?</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="57" />
        <source>%1 (not done yet)</source>
        <translation>%1 (not done yet)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/step_dialog.py" line="58" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="187" />
        <source>The settings were not saved (%1). Try again.</source>
        <translation>The settings were not saved (%1). Try again.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="201" />
        <source>Set up this till</source>
        <translation>Set up this till</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="202" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="202" />
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="203" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="204" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="205" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/setup_wizard.py" line="210" />
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>ShiftCashDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="60" />
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="61" />
        <source>Open the shift</source>
        <translation>Open the shift</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="62" />
        <source>%1, count the cash float in the drawer and enter it.</source>
        <translation>%1, count the cash float in the drawer and enter it.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="64" />
        <source>Cash float (¥)</source>
        <translation>Cash float (¥)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="65" />
        <source>Not now (Esc)</source>
        <translation>Not now (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="67" />
        <source>Close the shift</source>
        <translation>Close the shift</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="68" />
        <source>Close the shift (Z report)</source>
        <translation>Close the shift (Z report)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="69" />
        <source>Count all the cash in the drawer and enter it; the Z report compares it with what is expected.</source>
        <translation>Count all the cash in the drawer and enter it; the Z report compares it with what is expected.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="71" />
        <source>Counted cash (¥)</source>
        <translation>Counted cash (¥)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="72" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="80" />
        <source>Enter an amount in yuan, such as 500 or 500.00.</source>
        <translation>Enter an amount in yuan, such as 500 or 500.00.</translation>
    </message>
</context>
<context>
    <name>ShiftFlow</name>
    <message>
        <location filename="../../pos_app/till/screens/shift_flow.py" line="64" />
        <source>The shift is open.</source>
        <translation>The shift is open.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/shift_flow.py" line="100" />
        <source>No printer is connected: the report was not printed.</source>
        <translation>No printer is connected: the report was not printed.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/screens/shift_flow.py" line="109" />
        <source>The report is printing.</source>
        <translation>The report is printing.</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="130" />
        <source>Expected cash in the drawer: %1</source>
        <translation>Expected cash in the drawer: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="133" />
        <source>The drawer is exact.</source>
        <translation>The drawer is exact.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="135" />
        <source>The drawer is %1 over.</source>
        <translation>The drawer is %1 over.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="136" />
        <source>The drawer is %1 short.</source>
        <translation>The drawer is %1 short.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="139" />
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="139" />
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="145" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/dialogs/shift_dialog.py" line="146" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="103" />
        <source>Store and till</source>
        <translation>Store and till</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="104" />
        <source>The store's name is printed on every receipt. The till's name tells this till apart at head office, such as "Till 1".</source>
        <translation>The store's name is printed on every receipt. The till's name tells this till apart at head office, such as "Till 1".</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="106" />
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="107" />
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="108" />
        <source>Till name</source>
        <translation>Till name</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/setup/identity_pages.py" line="109" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>TillStartup</name>
    <message>
        <location filename="../../pos_app/till/startup.py" line="97" />
        <source>The till database could not be created: %1</source>
        <translation>The till database could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="98" />
        <source>The till database could not be upgraded to this version, so it was restored from the backup %1 taken just before and no sale was lost: start the previous version or call support.</source>
        <translation>The till database could not be upgraded to this version, so it was restored from the backup %1 taken just before and no sale was lost: start the previous version or call support.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="145" />
        <source>Finish or hold the basket in hand before changing the till's setup.</source>
        <translation>Finish or hold the basket in hand before changing the till's setup.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="152" />
        <source>A manager's PIN is needed to change the till's setup.</source>
        <translation>A manager's PIN is needed to change the till's setup.</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/startup.py" line="208" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TillStatusBarWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="53" />
        <source>Printer: none</source>
        <translation>Printer: none</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="55" />
        <source>Printer: needs attention</source>
        <translation>Printer: needs attention</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="57" />
        <source>Printer: not printing</source>
        <translation>Printer: not printing</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="59" />
        <source>Printer: ready</source>
        <translation>Printer: ready</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="61" />
        <source>%n job(s) waiting</source>
        <translation><numerusform>%n job waiting</numerusform><numerusform>%n jobs waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="68" />
        <source>Sync: offline</source>
        <translation>Sync: offline</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="70" />
        <source>Sync: %1 to send, last %2</source>
        <translation>Sync: %1 to send, last %2</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="73" />
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="73" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/status_bar_widget.py" line="76" />
        <source>Scale: %1</source>
        <translation>Scale: %1</translation>
    </message>
</context>
<context>
    <name>WeightPanelWidget</name>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="40" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="41" />
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="42" />
        <source>Zero</source>
        <translation>Zero</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="61" />
        <source>No scale</source>
        <translation>No scale</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="61" />
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="68" />
        <source>Scale error</source>
        <translation>Scale error</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="63" />
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="63" />
        <source>Moving</source>
        <translation>Moving</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="64" />
        <source>Over capacity</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="65" />
        <source>Under zero</source>
        <translation>Under zero</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="66" />
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="67" />
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location filename="../../pos_app/till/widgets/weight_widget.py" line="73" />
        <source>Net</source>
        <translation>Net</translation>
    </message>
</context>
</TS>