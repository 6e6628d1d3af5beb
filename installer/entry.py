"""The bundle's entry point: `freshtill <subcommand>` exactly as the console script of a Python install.

Two things only a frozen program needs, before the CLI runs:
- multiprocessing.freeze_support(): uvicorn's workers (`hq serve --workers N`) and the nightly forecasting
  pool start by *spawn*, which re-runs this executable with multiprocessing's own arguments;
- `freshtill -c CODE`: the demo probes whether Qt can open the display by running `sys.executable -c …` in a
  child process (pos_app.demo.screen_problem); in a bundle sys.executable is this program, so it accepts
  Python's -c as well (anyone who can run the bundle can already run its code: no new power).
"""
import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    if len(sys.argv) >= 3 and sys.argv[1] == "-c":
        code, sys.argv = sys.argv[2], ["-c", *sys.argv[3:]]
        exec(compile(code, "<string>", "exec"), {"__name__": "__main__"})   # noqa: S102 - see above
        return 0
    from pos_app.cli import main as freshtill
    return freshtill()


if __name__ == "__main__":
    sys.exit(main())
