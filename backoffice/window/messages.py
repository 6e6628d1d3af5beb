"""Every problem the back office shows, in the manager's language: the one place that maps an HqProblem's kind
(or another PosError) to translated words. For refusals, HQ's own sentence (English, precise: which product,
which field) follows in brackets."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos_app.core.errors import PosError

translate = QCoreApplication.translate   # lupdate reads translate("<context>", "<literal>") calls


def _sentences() -> dict[str, str]:
    return {
        "hq_address": translate("BackOfficeMessages", "That is not an HQ address: write it as https://host:port."),
        "hq_untrusted": translate("BackOfficeMessages",
                                  "HQ's certificate does not match: this may not be your HQ. Check the address "
                                  "and the fingerprint shown at HQ."),
        "hq_unreachable": translate("BackOfficeMessages",
                                    "HQ cannot be reached: check the address and the network, then try again."),
        "hq_timeout": translate("BackOfficeMessages", "HQ did not answer in time: try again."),
        "hq_login": translate("BackOfficeMessages", "Wrong user name or password."),
        "hq_expired": translate("BackOfficeMessages", "Your session has ended: sign in again."),
        "hq_forbidden": translate("BackOfficeMessages", "You may not do this: ask an administrator."),
        "hq_rejected": translate("BackOfficeMessages", "HQ refused this: check what you entered."),
        "hq_conflict": translate("BackOfficeMessages", "HQ already has a different operation with this number."),
        "hq_server": translate("BackOfficeMessages", "HQ had a problem; nothing was changed. Try again later."),
        "hq_protocol": translate("BackOfficeMessages", "HQ answered something this window cannot read."),
        "invalid_input": translate("BackOfficeMessages", "That entry cannot be used: check it and try again."),
    }


def sentence(error: BaseException) -> str:
    """One sentence for the manager; for refusals the English detail from HQ is appended in English."""
    if not isinstance(error, PosError):
        return translate("BackOfficeMessages", "Something went wrong; the problem was logged. Try again.")
    text = _sentences().get(error.code)
    if text is None:
        return str(error)
    if error.code in ("hq_rejected", "hq_forbidden", "hq_conflict", "invalid_input"):
        return f"{text} ({error})"    # which product or field: HQ's (or the parser's) precise words
    return text
