"""The report's layout shortcuts (issue 11, report speed) print exactly what reportlab's
own path prints: a paragraph wrapped again at the same width keeps its lines, and plain or
recurring text is not parsed again."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaParser

from assessor_app.reports import builder, user_text
from assessor_app.reports.builder import build_report
from assessor_app.reports.fonts import register_fonts
from assessor_app.reports.styles import CELL
from assessor_app.reports.user_text import TextParagraph
from assessor_app.services.container import Services

WORDS = "The assessor saw the dose records of every treatment room on the day of the visit."


@pytest.fixture
def fonts(services: Services) -> None:
    register_fonts(services.reports.font_dir)


def _count(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[int]:
    calls = [0]
    original = getattr(cls, name)

    def counted(*args: Any, **kw: Any) -> Any:
        calls[0] += 1
        return original(*args, **kw)

    monkeypatch.setattr(cls, name, counted)
    return calls


def test_a_second_wrap_at_the_same_width_keeps_the_lines(
    fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    breaks = _count(monkeypatch, Paragraph, "breakLines")
    para = TextParagraph(WORDS, CELL)
    first = para.wrap(120, 1000)
    lines = para.blPara.lines
    assert para.wrap(120, 1000) == first
    assert breaks[0] == 1
    assert para.blPara.lines is lines
    narrower = para.wrap(60, 1000)  # another width lays the text out again
    assert breaks[0] == 2
    assert narrower[1] > first[1]
    assert para.wrap(120, 1000) == first
    assert breaks[0] == 3


def test_a_split_that_gives_up_lays_the_text_out_again(fonts: None) -> None:
    para = TextParagraph(WORDS, CELL)
    width, height = para.wrap(60, 1000)
    assert para.split(60, 1) == []  # no room for a line: reportlab drops the lines
    assert para.wrap(60, 1000) == (width, height)
    assert para.blPara.lines


def test_plain_and_recurring_text_is_parsed_once(
    fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _count(monkeypatch, ParaParser, "parse")
    TextParagraph("Dose records seen in every room", CELL)
    TextParagraph("Another plain cell", CELL)
    before = parses[0]
    assert before <= 1  # at most the style's opening fragment, once
    # A text no other test has made: the cache lives as long as the process.
    recurring = f"<font name='DejaVuSans-Bold' color='#c98a00'>{uuid.uuid4()}</font>"
    first = TextParagraph(recurring, CELL)
    second = TextParagraph(recurring, CELL)
    assert parses[0] == before + 1
    assert first.frags[0] is not second.frags[0]  # each paragraph owns its fragments


@pytest.mark.parametrize(
    "text",
    [
        WORDS,
        "  leading and trailing  \n  spaces, and a\nline end  ",
        "A &amp; B &lt;tag&gt; and &#x2014; dashes",
        "<b>bold</b> then <i>italic</i><br/>next line",
        "<font name='DejaVuSans-Bold' color='#1f3a5f'>Core</font> requirement",
        "\u062c\u0631\u0639\u0629 \u0627\u0644\u0625\u0634\u0639\u0627\u0639 dose 2 Gy",
        "Ünïcödé Ελληνικά Кириллица",
    ],
)
def test_fragments_are_the_ones_reportlab_parses(fonts: None, text: str) -> None:
    ours = TextParagraph(text, CELL)
    theirs = Paragraph(text, CELL)
    assert ours.text == theirs.text
    assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]


def test_the_demo_report_is_the_same_bytes_as_reportlab_s_own_path(
    services: Services, demo_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = services.reports.report_data(demo_id)
    font_dir = services.reports.font_dir
    # Fixed dates and ids, and no pyHanko update (its time stamp changes): the bytes
    # reportlab writes are then a function of the layout alone.
    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setattr(builder, "add_signature_fields", lambda pdf, _slots: pdf)
    fast = build_report(data, font_dir)

    monkeypatch.setattr(user_text, "fragments", lambda _text, _style: None)
    wrap = TextParagraph.wrap

    def fresh_wrap(self: TextParagraph, width: float, height: float) -> tuple[float, float]:
        self._wrapped_for = None
        return wrap(self, width, height)

    monkeypatch.setattr(TextParagraph, "wrap", fresh_wrap)
    slow = build_report(data, font_dir)
    assert fast.pages == slow.pages
    assert fast.pdf == slow.pdf
