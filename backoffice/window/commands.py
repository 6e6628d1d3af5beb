"""`freshtill backoffice [--hq URL] [--language en|zh_CN]` opens the back-office window (Qt imported only here)."""
from __future__ import annotations

import os
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("backoffice", help="open the back-office window (HQ over HTTPS)")
    parser.add_argument("--hq", metavar="URL", default=os.environ.get("FRESHTILL_HQ_URL", ""),
                        help="HQ's address, https://host:port (default: $FRESHTILL_HQ_URL)")
    parser.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN", help="the window's language")
    parser.set_defaults(handler=run)


def run(args) -> int:
    # Imported here: the other commands must not pay Qt's start-up cost.
    from backoffice.window.app import create_application
    from backoffice.window.main_window import BackOfficeMainWidget

    app, languages = create_application(sys.argv[:1], language=args.language)
    window = BackOfficeMainWidget(languages=languages, hq_url=args.hq)
    try:
        window.resize(1280, 800)
        window.show()
        return app.exec()
    finally:
        window.shutdown()
