"""What the dashboard renders from sponsor text: readable, and never live HTML or a script link."""

from __future__ import annotations

import pytest

from trials.present import plain, safe_markdown, time_ago

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="http://evil.example"></iframe>',
    "[click me](javascript:alert(1))",
    "![tracker](http://evil.example/pixel.png)",
    "[x][1]\n\n[1]: javascript:alert(3)",
    '<a href="javascript:alert(4)">go</a>',
    "<!-- hidden --><b>bold</b>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_markdown_keeps_no_tag_image_or_script_link(text: str):
    out = safe_markdown(text)
    assert "<" not in out and ">" not in out  # every angle bracket is an entity now
    assert "](javascript:" not in out.lower() and "](http://evil.example/pixel" not in out
    assert "\n[1]:" not in out  # a reference definition can no longer make a link


def test_safe_markdown_keeps_what_a_reader_needs():
    text = "Inclusion Criteria:\n\n* Age \\>= 18 years\n* **Measurable** disease\n\nSee [the protocol](https://example.org/p)."
    out = safe_markdown(text)
    assert "* Age &gt;= 18 years" in out and "**Measurable**" in out
    assert "[the protocol](https://example.org/p)" in out


def test_a_bare_address_before_a_tag_does_not_swallow_it():
    out = safe_markdown('Visit http://evil.example"><iframe src=x>')
    assert out.startswith("Visit [http://evil.example](http://evil.example)")
    assert "&lt;iframe src=x&gt;" in out


def test_plain_text_shows_exactly_what_was_written_and_links_nothing():
    title = '=HYPERLINK("http://evil.example","click") *not bold* [x](y) <b>'
    out = plain(title)
    assert "http://" not in out  # broken by an invisible word joiner, so no autolink
    assert out.replace("\u2060", "").replace("\\", "") == title.replace("<", "&lt;").replace(
        ">", "&gt;"
    )


@pytest.mark.parametrize("seconds, words", [(30, "just now"), (600, "10 minutes ago"),
                                             (3 * 3600, "3 hours ago"), (3 * 86400, "3 days ago")])  # fmt: skip
def test_time_ago(seconds: int, words: str):
    from datetime import datetime, timedelta

    now = datetime(2026, 11, 21, 12)
    assert time_ago(now - timedelta(seconds=seconds), now) == words


def test_distances_read_as_words_and_still_sort_as_text():
    import pandas as pd

    from trials.present import distance_text

    shown = distance_text(pd.Series([9.4, 105.0, float("nan"), 1019.0]), "mi")
    assert [s.strip() for s in shown] == ["9 mi", "105 mi", "distance unknown", "1,019 mi"]
    assert sorted(shown) == [shown[0], shown[1], shown[3], shown[2]]  # unknown last
    assert [s.strip() for s in distance_text(pd.Series([10.0]), "km")] == ["16 km"]
