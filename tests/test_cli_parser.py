"""The command line's parser is built from the one module a command needs."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from assessor_app.cli.commands import COMMANDS, build_parser, command_module
from tests.conftest import ROOT


def registered(module: str) -> tuple[str, ...]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    command_module(module).register(sub)
    return tuple(sub.choices)


def commands_of(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


@pytest.mark.parametrize("module", sorted(COMMANDS))
def test_the_table_names_what_each_module_registers(module):
    assert registered(module) == COMMANDS[module]


def test_no_command_is_registered_twice():
    names = [name for names in COMMANDS.values() for name in names]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "line, module",
    [
        (["show", "abc", "--json"], "visit_commands"),
        (["--data-dir", "/tmp/x", "show", "abc"], "visit_commands"),
        (["--data-dir=/tmp/x", "--unencrypted", "import", "b.iasios"], "sync_commands"),
        (["--passphrase-file", "show", "backup", "list"], "backup_commands"),
    ],
)
def test_a_named_command_builds_its_module_alone(line, module):
    assert commands_of(build_parser(line)) == set(COMMANDS[module])


@pytest.mark.parametrize("line", [[], ["--help"], ["shwo", "x"], ["--data-dir"], None])
def test_anything_else_builds_every_command(line):
    every = {name for names in COMMANDS.values() for name in names}
    assert commands_of(build_parser(line)) == every


def test_a_mistyped_command_is_refused_naming_the_commands(capsys, tmp_path):
    from assessor_app.app import main

    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(tmp_path), "shwo", "x"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'shwo'" in err and "'show'" in err and "'import'" in err


def test_show_imports_none_of_the_other_commands(tmp_path):
    probe = (
        "import sys\n"
        "from assessor_app.app import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, '--unencrypted', 'show', 'nothing'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('assessor_app.cli.')"
        " and m.endswith('_commands')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "['assessor_app.cli.visit_commands']"
