"""`freshtill backoffice [--hq URL] [--language en|zh_CN]` opens the back-office window (Qt imported only here)."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("backoffice", help="open the back-office window (HQ over HTTPS)")
    parser.add_argument("--hq", metavar="URL", default=os.environ.get("FRESHTILL_HQ_URL", ""),
                        help="HQ's address, https://host:port (default: $FRESHTILL_HQ_URL)")
    parser.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN", help="the window's language")
    parser.add_argument("--demo", action="store_true",
                        help="start an embedded demo HQ (two days of the demo store's trade, ten weeks of a few dozen "
                             "products' for the forecasts), the sign-in filled in for admin / freshtill-demo")
    parser.set_defaults(handler=run)


def run(args) -> int:
    # Imported here: the other commands must not pay Qt's start-up cost.
    from backoffice.window.app import create_application
    from backoffice.window.main_window import BackOfficeMainWidget
    from backoffice.window.trust_store import TrustStore

    app, languages = create_application(sys.argv[:1], language=args.language)
    demo = None
    if args.demo:
        import tempfile

        from backoffice.demo import start
        folder = tempfile.TemporaryDirectory(prefix="freshtill-backoffice-demo-")
        print("Starting the demo HQ (trade is rung and synced, then forecast; about a minute)…")
        demo = start(Path(folder.name), history=True)
    pinned = None if demo else TrustStore(_data_dir(args) / "backoffice" / "pinned_ca.json")
    window = BackOfficeMainWidget(languages=languages, hq_url=demo.url if demo else args.hq,
                                  today=demo.day if demo else None, trust_store=pinned)
    if demo is not None:
        window.login.user.setText(demo.user)
        window.login.password.setText(demo.password)
        window.login.fingerprint.setText(demo.fingerprint)
    try:
        window.resize(1280, 800)
        window.show()
        return app.exec()
    finally:
        window.shutdown()
        if demo is not None:
            demo.close()
            folder.cleanup()


def _data_dir(args) -> Path:
    """--data-dir, else $FRESHTILL_DATA_DIR, else the platform's user data folder (as the till's)."""
    chosen = getattr(args, "data_dir", None) or os.environ.get("FRESHTILL_DATA_DIR")
    if chosen:
        return Path(chosen)
    from platformdirs import user_data_path
    return user_data_path("freshtill", appauthor=False)
