"""`freshtill devices receipt …`: print (to a file) and review customer receipts.

- `receipt show FILE` decodes ESC/POS bytes — what a simulated printer wrote — back to readable text;
- `receipt reprint SALE --out FILE` rebuilds any stored sale's or refund's receipt, marked as a reprint;
- `receipt demo --out FILE` renders a sample sale (weighed, portion and piece lines, discounts, two tax
  rates, card + cash with change) or its refund, without a database.

Store header lines come from the store-wide settings: store_name, store_name_en, receipt_header and
receipt_footer (lists of lines).
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pos_app.core.basket import Basket, Discount
from pos_app.core.errors import PosError
from pos_app.core.products import Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.core.receipt import LANGUAGES, Receipt, StoreInfo, build_receipt, parse_sale_qr
from pos_app.core.refunds import RefundItem, build_refund
from pos_app.core.sale import Sale, build_sale
from pos_app.core.tenders import TenderKind, TenderRequest, settle
from pos_app.hardware.errors import HardwareError
from pos_app.storage import sales_repo, settings_repo
from pos_app.storage.database import TillDatabase

PAPER_WIDTHS = (58, 80)   # mm; the renderer (and python-escpos with it) is imported only when a command runs
DEMO_STORE = StoreInfo(name="鲜丰菜市场", name_en="FreshTill Demo Market",
                       lines=("88 Example Road, Shanghai", "Tel 021-5555-0188"))
DEMO_AT = datetime(2024, 5, 18, 10, 42, 7, tzinfo=timezone(timedelta(hours=8)))
_BRISKET_HALF = Portion("half", "半份", "half", 500)


def register(devices) -> None:
    parser = devices.add_parser("receipt", help="render customer receipts to ESC/POS files and read them back")
    commands = parser.add_subparsers(dest="receipt_command", metavar="RECEIPT_COMMAND")
    parser.set_defaults(handler=lambda args: (parser.print_help(), 2)[1])

    show = commands.add_parser("show", help="decode an ESC/POS file to readable text")
    show.add_argument("file", type=Path)
    show.add_argument("--commands", action="store_true", help="also show styling commands ([BOLD on] …)")
    show.set_defaults(handler=_show)

    reprint = commands.add_parser("reprint", help="rebuild a stored sale's receipt, marked REPRINT")
    reprint.add_argument("sale", help="the sale or refund id (as in its QR code, with or without FTSALE:)")
    _output_options(reprint)
    reprint.set_defaults(handler=_reprint)

    demo = commands.add_parser("demo", help="render a sample receipt without a sale in the database")
    demo.add_argument("--refund", action="store_true", help="the refund of the sample sale")
    demo.add_argument("--reprint", action="store_true", help="mark it as a reprint")
    _output_options(demo)
    demo.set_defaults(handler=_demo)


def _output_options(parser) -> None:
    parser.add_argument("--width", type=int, choices=PAPER_WIDTHS, default=80, help="paper width in mm")
    parser.add_argument("--lang", choices=LANGUAGES, default="zh", help="receipt language")
    parser.add_argument("--out", type=Path, required=True, help="file to write the ESC/POS bytes to")
    parser.add_argument("--show", action="store_true", help="also print the decoded receipt")


def _show(args) -> int:
    from pos_app.hardware.printer.escpos_decode import to_text

    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise HardwareError(f"Cannot read {args.file}: {error.strerror or error}.") from None
    sys.stdout.write(to_text(data, commands=args.commands))
    return 0


def _write(receipt: Receipt, args) -> int:
    from pos_app.hardware.printer.escpos_decode import to_text
    from pos_app.hardware.printer.escpos_render import render_job

    job = render_job(receipt, width_mm=args.width)
    try:
        args.out.write_bytes(job.payload)
    except OSError as error:
        raise HardwareError(f"Cannot write {args.out}: {error.strerror or error}.") from None
    drawer = "with a drawer kick" if job.kick_drawer else "no drawer kick"
    print(f"wrote {len(job.payload)} bytes to {args.out} ({args.width} mm, {receipt.language}, {drawer})",
          file=sys.stderr)
    if args.show:
        sys.stdout.write(to_text(job.payload))
    return 0


def _reprint(args) -> int:
    sale_uuid = parse_sale_qr(args.sale) or args.sale.strip()
    with TillDatabase.open(args.data_dir) as db:
        receipt = stored_receipt(db, sale_uuid=sale_uuid, language=args.lang, reprint=True)
    return _write(receipt, args)


def stored_receipt(db: TillDatabase, *, sale_uuid: str, language: str, reprint: bool = True) -> Receipt:
    """The receipt of a sale or refund in the till database, as it was printed (plus the reprint mark)."""
    with db.reading() as connection:
        sale = sales_repo.load(connection, sale_uuid)
        if sale is None:
            raise PosError(f"No sale {sale_uuid} on this till: check the id on the receipt.", code="unknown_sale")
        value = {key: settings_repo.get(connection, key)
                 for key in ("store_name", "store_name_en", "receipt_header", "receipt_footer")}
    store = StoreInfo(name=value["store_name"] or "", name_en=value["store_name_en"] or "",
                      lines=tuple(value["receipt_header"] or ()), footer=tuple(value["receipt_footer"] or ()))
    portions = {}
    for line in sale.lines:
        product = db.catalog.by_sku(line.sku) if line.portion else None
        for portion in product.portions if product else ():
            portions[(line.sku, portion.code)] = portion
    return build_receipt(sale=sale, store=store, language=language, reprint=reprint, portions=portions)


def _demo(args) -> int:
    sale = demo_sale()
    record = demo_refund(sale) if args.refund else sale
    return _write(build_receipt(sale=record, store=DEMO_STORE, language=args.lang, reprint=args.reprint,
                                portions=demo_portions()), args)


# -- the sample sale: also the sale the golden receipt files pin -------------------------------------------
def demo_products() -> dict[str, Product]:
    return {
        "V1": Product(sku="V1", name_zh="西红柿", name_en="Tomato", unit=Unit.KG, sold_by=SoldBy.WEIGHT,
                      price=1280, tax_rate=900, min_fraction=1),
        "M1": Product(sku="M1", name_zh="牛腩", name_en="Beef brisket", unit=Unit.KG, sold_by=SoldBy.PORTION,
                      price=8800, tax_rate=900, min_fraction=250, portions=(_BRISKET_HALF,)),
        "P1": Product(sku="P1", name_zh="可口可乐 330ml", name_en="Coca-Cola 330ml", unit=Unit.PIECE,
                      sold_by=SoldBy.PIECE, price=300, tax_rate=1300),
    }


def demo_portions() -> dict[tuple[str, str], Portion]:
    return {("M1", _BRISKET_HALF.code): _BRISKET_HALF}


def demo_sale(*, lines: int = 0) -> Sale:
    """0.532 kg tomato, half a brisket, 3 colas less ¥1, 5 % off the basket, card ¥20 then ¥50 cash.
    `lines` more piece lines make a longer receipt (for the benchmark)."""
    products = demo_products()
    basket = Basket()
    basket.add(products["V1"], quantity=532, weighed=True)
    basket.add(products["M1"], portion="half")
    basket.add(products["P1"], quantity=3000)
    basket.discount_line(3, discount=Discount("promo", amount=100))
    for number in range(lines):
        basket.add(Product(sku=f"X{number}", name_zh=f"青菜 {number}", name_en=f"Greens {number}",
                           unit=Unit.PIECE, sold_by=SoldBy.PIECE, price=150 + number, tax_rate=900))
    basket.discount_basket(Discount("member", percent_bp=500))
    cash = 5000 if not lines else (basket.total - 2000) // 10_000 * 10_000 + 10_000   # the next ¥100 note
    settlement = settle(total=basket.total, requests=[TenderRequest(TenderKind.CARD, amount=2000, reference="T-0042"),
                                                      TenderRequest(TenderKind.CASH, amount=cash)], cash_step=10)
    return build_sale(basket, settlement, uuid="7c9e6679-7425-40de-944b-e07fc1f90ae7", at=DEMO_AT,
                      cashier="c01", till="till-1")


def demo_refund(sale: Sale) -> Sale:
    """The tomato and one cola of the sample sale come back, an hour later, paid back in cash."""
    return build_refund(sale, items=[RefundItem(1, 532), RefundItem(3, 1000)], earlier=[],
                        uuid="16fd2706-8baf-433b-82eb-8c7fada847da", at=DEMO_AT + timedelta(hours=1),
                        cashier="c02", till="till-1", cash_step=10)
