"""The delegate hears of it: "E-mail the delegate" in the task's detail pane composes the hand-over
message (#16), addressed to the delegate when their address is known."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.tasks.conftest import select_title


def test_a_delegated_task_can_be_mailed_to_its_delegate(page, qtbot):
    opened: list[str] = []
    page.detail.open_url = opened.append
    select_title(page, "Renew office lease summary")  # delegated to Priya Nair in the sample
    qtbot.waitUntil(lambda: page.detail.form.isVisible())
    assert page.detail.mail_button.isEnabled()
    page.detail.mail_button.click()
    url = urlsplit(opened[-1])
    assert url.scheme == "mailto"
    query = parse_qs(url.query)
    assert set(query) <= {"subject", "body"}
    assert "Renew office lease summary" in query["subject"][0]


def test_a_task_not_delegated_has_no_one_to_mail(page, qtbot):
    select_title(page, "Update phone list")
    qtbot.waitUntil(lambda: page.detail.form.isVisible())
    assert not page.detail.mail_button.isEnabled()
