"""Every error the window shows, as a sentence in the cashier's language: the one place that maps a
PosError's or HardwareError's stable `code` to translated words.

The services speak English (their sentences go to logs and the CLI too); the window looks up the code here.
Codes with many causes (a refund refused, say) show their family's sentence in Chinese and the service's own,
precise sentence in English; a code this table does not know shows the service's sentence.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos_app.core.errors import PosError


translate = QCoreApplication.translate   # lupdate reads translate("<context>", "<literal>") calls


def _sentences() -> dict[str, str]:
    # Built on each call: translate() answers in the language in use now.
    return {
        "authorisation_refused": translate("Messages", "Wrong PIN, or that person may not authorise this."),
        "user_locked": translate("Messages", "Too many wrong PINs: locked until %1."),
        "manager_required": translate("Messages", "A manager's PIN is needed for this."),
        "sold_out": translate("Messages", "This item is sold out. A manager can override."),
        "unknown_product": translate("Messages", "No product has this code: check it, or search by name or PLU."),
        "invalid_barcode": translate("Messages", "This barcode cannot be read: scan it again or type the PLU."),
        "not_sellable": translate("Messages", "This quantity or portion cannot be sold for this product."),
        "invalid_input": translate("Messages", "That entry cannot be used: check it and try again."),
        "payment": translate("Messages", "The payment does not add up: check the amounts."),
        "refund": translate("Messages", "This refund is not possible: check the lines and quantities."),
        "shift": translate("Messages", "The shift cannot do this now."),
        "print_queue": translate("Messages", "The receipt cannot be printed again from this till."),
        "device_unavailable": translate("Messages", "A device cannot be reached: check its cable and power."),
        "device_timeout": translate("Messages", "A device did not answer in time: check it and try again."),
        "protocol_error": translate("Messages", "A device answered with something unexpected: try again."),
        "setting_error": translate("Messages",
                                   "A device setting is wrong: ask the manager to check the till's settings."),
        "hardware_error": translate("Messages", "A device reported a problem."),
        "sync": translate("Messages", "The connection to head office failed; sales are kept and sent later."),
        "scale_moving": translate("Messages", "The weight is still moving: wait until the scale is steady."),
        "scale_over": translate("Messages", "The scale is over capacity: take something off."),
        "scale_under": translate("Messages", "The scale is below zero: empty it and zero it."),
        "scale_ok": translate("Messages", "Nothing on the scale: put the item on it."),
        "scale_no_answer": translate("Messages", "The scale did not answer: check that it is switched on."),
        "scale_disconnected": translate("Messages", "The scale is not connected: check its cable."),
        "scale_error": translate("Messages", "The scale sent no usable weight: check its settings."),
        "scale_refused": translate("Messages", "The scale refused the command: empty it and try again."),
        "not_supported": translate("Messages", "This scale cannot do that."),
        "printer_not_ready": translate("Messages", "The printer is not ready: nothing was printed."),
    }


MANY_CAUSES = ("refund", "shift", "invalid_input", "not_sellable", "payment", "hardware_error", "pos_error",
               "scale_error")


def describe(error: BaseException, *, english: bool = False) -> str:
    """The sentence for `error` in the current language. Codes that cover many causes get their family's
    sentence in Chinese; in English the service's own sentence is the precise one, so it is shown as is."""
    if not isinstance(error, PosError):
        return translate("Messages", "Something went wrong; the problem was logged. Try again, or call the manager.")
    code = getattr(error, "code", "")
    sentence = _sentences().get(code)
    if code == "user_locked" and sentence is not None:
        until = getattr(error, "until", None)
        return sentence.replace("%1", f"{until.astimezone():%H:%M}" if until is not None else "—")
    if sentence is None or (english and code in MANY_CAUSES):
        return str(error) or sentence or ""
    return sentence
