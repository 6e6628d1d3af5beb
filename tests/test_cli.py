"""The command line loads only the modules of the word being run, and that never changes what is parsed."""
from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from pos_app import cli


def _words(parser: argparse.ArgumentParser) -> set[str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def test_the_word_map_names_exactly_the_words_the_modules_register():
    assert _words(cli.build_parser([])) == set(cli.COMMANDS)


def _shape(parser: argparse.ArgumentParser) -> list:
    """Every option, positional and sub-action below `parser`, recursively."""
    shape = []
    for action in parser._actions:
        shape.append((tuple(action.option_strings), action.dest))
        if isinstance(action, argparse._SubParsersAction):
            shape.extend((name, _shape(sub)) for name, sub in sorted(action.choices.items()))
    return shape


@pytest.mark.parametrize("word", sorted(cli.COMMANDS))
def test_each_word_alone_builds_the_same_parser_for_it(word):
    def sub(parser):
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return action.choices[word]
    lazy = cli.build_parser(["--data-dir", "x", word])
    assert _shape(sub(lazy)) == _shape(sub(cli.build_parser([])))


def test_running_a_till_command_does_not_load_the_hq_server():
    code = ("import sys; from pos_app import cli; cli.build_parser(['sync', 'status']); "
            "print('sync.server.commands' in sys.modules, 'fastapi' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
