"""The basket being rung up: lines, discounts and what they come to.

Amounts here are tax-inclusive minor units. A line's gross amount is fixed when it is added (one rounding,
by the product's pricing rule); discounts are whole minor units; the basket discount is spread over lines
by `allocate`, so every line's net amount — and every combo component's share of it — is exact and they
all sum to the basket total.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from pos_app.core.combos import ComboPart, allocate_revenue
from pos_app.core.errors import InvalidInput, NotSellable, SoldOut
from pos_app.core.money import allocate, percent_of
from pos_app.core.products import Portion, Product, SoldBy
from pos_app.core.quantity import ONE, format_quantity
from pos_app.core.stock import is_sold_out


@dataclass(frozen=True)
class Discount:
    reason: str
    percent_bp: int | None = None    # 1000 = 10 %
    amount: int | None = None        # minor units

    def __post_init__(self) -> None:
        if (self.percent_bp is None) == (self.amount is None):
            raise InvalidInput("A discount is either a percentage or an amount.")
        if not self.reason.strip():
            raise InvalidInput("A discount needs a reason.")
        if self.percent_bp is not None and not 0 < self.percent_bp <= 10_000:
            raise InvalidInput("A percentage discount must be above 0 and at most 100 %.")
        if self.amount is not None and self.amount <= 0:
            raise InvalidInput("A discount amount must be above zero.")

    def of(self, base: int) -> int:
        value = percent_of(base, basis_points=self.percent_bp) if self.percent_bp is not None else self.amount
        if value > base:
            raise InvalidInput("A discount cannot be more than what it discounts.")
        return value


@dataclass(frozen=True)
class Part:
    """What a line means for one product's stock and revenue (a combo line has one part per component)."""
    sku: str
    quantity: int
    amount: int       # net revenue share, minor units
    tax_rate: int


@dataclass(frozen=True)
class Line:
    line_no: int
    product: Product
    quantity: int                    # thousandths of the base unit (combos: 1000 per set)
    amount: int                      # gross, before discounts
    portion: Portion | None = None
    count: int = 1                   # portions or sets: how many
    weighed: bool = False
    price_embedded: bool = False     # the amount came from a price barcode
    discount: Discount | None = None
    combo_parts: tuple[ComboPart, ...] = ()
    override_by: str | None = None   # the manager who allowed a sold-out item

    @property
    def unit_price(self) -> int:
        return self.product.price

    @property
    def discount_amount(self) -> int:
        return self.discount.of(self.amount) if self.discount else 0

    @property
    def net_before_basket(self) -> int:
        return self.amount - self.discount_amount

    def stock_needs(self) -> dict[str, int]:
        if self.combo_parts:
            needs: dict[str, int] = {}
            for p in self.combo_parts:   # a combo may use one product twice (½ melon + ¼ melon)
                needs[p.product.sku] = needs.get(p.product.sku, 0) + p.quantity * self.count
            return needs
        return {self.product.sku: self.quantity}

    def parts(self, net: int) -> list[Part]:
        if not self.combo_parts:
            return [Part(sku=self.product.sku, quantity=self.quantity, amount=net, tax_rate=self.product.tax_rate)]
        shares = allocate_revenue(net, parts=list(self.combo_parts))
        return [Part(sku=p.product.sku, quantity=p.quantity * self.count, amount=share, tax_rate=p.product.tax_rate)
                for p, share in zip(self.combo_parts, shares)]


@dataclass
class Basket:
    lines: list[Line] = field(default_factory=list)
    voided: list[Line] = field(default_factory=list)
    discount: Discount | None = None
    _next_no: int = 1

    # -- adding -------------------------------------------------------------------------------------
    def add(self, product: Product, *, quantity: int | None = None, portion: str | None = None,
            count: int = 1, amount: int | None = None, weighed: bool = False,
            combo_parts: list[ComboPart] | None = None, levels: Mapping[str, int] | None = None,
            override_by: str | None = None) -> Line:
        """Add a line. `levels` (stock by sku) enables the sold-out check; a manager id overrides it.

        quantity: thousandths of the base unit (pieces × 1000, grams for kg products, a custom fraction);
        portion + count: `count` of a named portion; amount: a fixed amount from a price barcode.
        """
        if not product.active:
            raise NotSellable(f"{product.name_en or product.sku} is no longer sold.")
        if count <= 0:
            raise NotSellable("Count must be at least 1.")
        chosen = None
        if product.is_combo:
            if not combo_parts:
                raise InvalidInput(f"Combo {product.sku} needs its components resolved.")
            quantity = count * ONE
            gross = product.price * count
        elif portion is not None:
            chosen = product.portion(portion)
            quantity = chosen.size * count
            gross = product.portion_price(chosen) * count
        else:
            if quantity is None:
                quantity = ONE * count if product.sold_by is not SoldBy.WEIGHT else 0
                count = 1
            product.check_quantity(quantity)
            gross = product.price_of(quantity)
        if amount is not None:
            if amount < 0:
                raise InvalidInput("A barcode price cannot be negative.")
            gross = amount
        line = Line(line_no=self._next_no, product=product, quantity=quantity, amount=gross, portion=chosen,
                    count=count, weighed=weighed, price_embedded=amount is not None,
                    combo_parts=tuple(combo_parts or ()), override_by=override_by)
        if levels is not None and override_by is None:
            self._check_stock(line, levels)
        self.lines.append(line)
        self._next_no += 1
        return line

    def _check_stock(self, line: Line, levels: Mapping[str, int]) -> None:
        reserved = self.reserved()
        products = {p.product.sku: p.product for p in line.combo_parts} or {line.product.sku: line.product}
        for sku in line.stock_needs():
            left = levels.get(sku, 0) - reserved.get(sku, 0)
            if is_sold_out(products[sku], level=left):
                product = products[sku]
                raise SoldOut(f"{product.name_en or sku} ({product.name_zh}) is sold out: "
                              f"{format_quantity(max(left, 0))} {product.unit.value} left. "
                              f"A manager can override.")

    def reserved(self) -> dict[str, int]:
        """Stock already taken by the lines in this basket, by sku."""
        totals: dict[str, int] = {}
        for line in self.lines:
            for sku, quantity in line.stock_needs().items():
                totals[sku] = totals.get(sku, 0) + quantity
        return totals

    # -- changing -----------------------------------------------------------------------------------
    def line(self, line_no: int) -> Line:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise InvalidInput(f"There is no line {line_no} in this basket.")

    def _replace(self, old: Line, new: Line) -> Line:
        lines = list(self.lines)
        lines[lines.index(old)] = new
        self._check_basket_discount(lines)
        self.lines[:] = lines
        return new

    def _check_basket_discount(self, lines: list[Line]) -> None:
        """Refuse a change that would leave a fixed basket discount above the subtotal (and `total`
        raising from then on): the cashier removes or changes the discount first."""
        if self.discount is not None:
            self.discount.of(sum(line.net_before_basket for line in lines))

    def set_count(self, line_no: int, *, count: int) -> Line:
        """Change how many of a piece product, portion or combo a line holds (weighed lines are re-weighed)."""
        old = self.line(line_no)
        if old.weighed or old.price_embedded:
            raise NotSellable("Weighed and price-labelled lines cannot change quantity; void and rescan.")
        if count <= 0:
            raise NotSellable("Quantity must be at least 1; void the line to remove it.")
        if old.portion is not None:
            gross = old.product.portion_price(old.portion) * count
            quantity = old.portion.size * count
        elif old.product.is_combo:
            gross, quantity = old.product.price * count, ONE * count
        elif old.quantity % ONE == 0:
            quantity = ONE * count
            gross = old.product.price_of(quantity)
        else:
            raise NotSellable("A custom fraction cannot be multiplied; void and re-enter it.")
        new = replace(old, quantity=quantity, count=count, amount=gross)
        if new.discount:
            new.discount.of(new.amount)
        return self._replace(old, new)

    def void(self, line_no: int) -> Line:
        old = self.line(line_no)
        self._check_basket_discount([line for line in self.lines if line is not old])
        self.lines.remove(old)
        self.voided.append(old)
        return old

    def discount_line(self, line_no: int, *, discount: Discount | None) -> Line:
        old = self.line(line_no)
        if discount is not None:
            discount.of(old.amount)
        return self._replace(old, replace(old, discount=discount))

    def discount_basket(self, discount: Discount | None) -> None:
        if discount is not None:
            discount.of(self.subtotal)
        self.discount = discount

    # -- totals -------------------------------------------------------------------------------------
    @property
    def subtotal(self) -> int:
        return sum(line.net_before_basket for line in self.lines)

    @property
    def basket_discount(self) -> int:
        return self.discount.of(self.subtotal) if self.discount else 0

    @property
    def total(self) -> int:
        return self.subtotal - self.basket_discount

    def line_nets(self) -> list[int]:
        """Each line's amount after its own discount and its share of the basket discount."""
        nets = [line.net_before_basket for line in self.lines]
        shares = allocate(self.basket_discount, weights=nets) if self.lines else []
        return [net - share for net, share in zip(nets, shares)]

    def parts(self) -> list[Part]:
        return [part for line, net in zip(self.lines, self.line_nets()) for part in line.parts(net)]
