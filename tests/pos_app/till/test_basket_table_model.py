"""BasketTableModel.show turns each new basket into row updates (insert, remove, dataChanged), not a reset,
and the rows always equal the basket — checked by Qt's own model tester over random basket histories."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pos_app.core.basket import Line  # noqa: E402
from pos_app.till.sale_session import BasketView  # noqa: E402
from tests.conftest import small_catalog  # noqa: E402

pytestmark = pytest.mark.qt
PRODUCTS = small_catalog()


def line(line_no: int, quantity: int = 1000) -> Line:
    product = PRODUCTS[line_no % len(PRODUCTS)]
    return Line(line_no=line_no, product=product, quantity=quantity, amount=product.price * quantity // 1000)


def view(*lines: Line) -> BasketView:
    return BasketView(lines=tuple(lines), total=sum(x.amount for x in lines), added=lines[-1].line_no if lines else None)


class Signals:
    def __init__(self, model) -> None:
        self.seen: list[tuple] = []
        model.modelReset.connect(lambda: self.seen.append(("reset",)))
        model.rowsInserted.connect(lambda _p, first, last: self.seen.append(("insert", first, last)))
        model.rowsRemoved.connect(lambda _p, first, last: self.seen.append(("remove", first, last)))
        model.dataChanged.connect(lambda a, b, _roles=(): self.seen.append(("changed", a.row(), b.row())))

    def take(self) -> list[tuple]:
        seen, self.seen = self.seen, []
        return seen


@pytest.fixture
def model(qapp):
    from PySide6.QtTest import QAbstractItemModelTester

    from pos_app.till.models.basket_table_model import BasketTableModel
    basket_model = BasketTableModel()
    basket_model.tester = QAbstractItemModelTester(basket_model,
                                                   QAbstractItemModelTester.FailureReportingMode.Fatal)
    return basket_model


def texts(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())]


def test_a_scan_inserts_one_row_and_a_count_change_is_data_changed(model):
    model.set_chinese(False)
    signals = Signals(model)
    model.show(view(line(1)))
    model.show(view(line(1), line(2)))
    assert signals.take() == [("insert", 0, 0), ("insert", 1, 1)]
    model.show(view(line(1), line(2, quantity=3000)))
    assert signals.take() == [("changed", 1, 1)]
    assert texts(model)[1][1] == "3 kg"
    model.show(view(line(2, quantity=3000)))                       # line 1 voided
    assert signals.take() == [("remove", 0, 0)]
    model.show(view())                                             # paid: the next customer's empty basket
    assert signals.take() == [("remove", 0, 0)]
    assert model.rowCount() == 0


def test_a_recalled_basket_that_reorders_lines_resets(model):
    model.show(view(line(1), line(2)))
    signals = Signals(model)
    model.show(view(line(2), line(1)))
    assert signals.take() == [("reset",)]
    assert [model.line_at(row).line_no for row in range(2)] == [2, 1]


def test_language_switch_reformats_every_row(model):
    model.show(view(line(0), line(1)))
    model.set_chinese(False)
    assert [row[0] for row in texts(model)] == ["Tomato", "Cola"]
    model.set_chinese(True)
    assert [row[0] for row in texts(model)] == ["西红柿", "可乐"]


BASKETS = st.lists(st.lists(st.tuples(st.integers(min_value=0, max_value=9), st.sampled_from([1000, 2000, 3000])),
                            max_size=8), min_size=1, max_size=8)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=BASKETS)
@example(history=[[(1, 1000), (1, 2000)], [(1, 2000), (1, 2000)]])     # repeated line numbers
def test_the_rows_always_equal_the_basket(model, history):
    """Any history of baskets (lines added, voided, changed, reordered, line numbers repeated) ends with
    the rows showing exactly the last basket; Qt's tester checks every signal on the way."""
    model.show(view())
    for rows in history:
        basket = view(*(line(n, quantity) for n, quantity in rows))
        model.show(basket)
        assert [model.line_at(row) for row in range(model.rowCount())] == list(basket.lines)
        fresh = type(model)()
        fresh.show(basket)
        assert texts(model) == texts(fresh)


def test_the_table_fits_its_columns_to_the_widest_text_and_paints(qtbot):
    from PySide6.QtGui import QFontMetrics

    from pos_app.core.products import Portion
    from pos_app.till.widgets.basket_table_widget import FITTED, PADDING, BasketTableWidget
    table = BasketTableWidget()
    qtbot.addWidget(table)
    table.resize(700, 400)
    table.show()
    table.basket_model.set_chinese(False)
    beef = PRODUCTS[2]
    long_portion = Portion("big", "特大份家庭装", "Extra large family pack", 750)
    table.show_basket(view(line(1), Line(line_no=2, product=beef, quantity=750, amount=6600, portion=long_portion)))
    assert table.selectionModel().selectedRows()[0].row() == 1          # the line just added
    metrics = QFontMetrics(table.font())
    for column in FITTED:
        widest = max(metrics.horizontalAdvance(table.basket_model.text(row, column)) for row in range(2))
        assert table.horizontalHeader().sectionSize(column) >= widest + 2 * PADDING
    narrow = table.horizontalHeader().sectionSize(1)
    table.show_basket(view(line(1)))                                   # the long line voided
    assert table.horizontalHeader().sectionSize(1) < narrow
    assert not table.grab().isNull()                                   # the delegate paints every cell
