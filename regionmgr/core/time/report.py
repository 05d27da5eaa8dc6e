"""The transparency report: for a period, how each country was served, as HTML (for the PDF) and CSV.

Per country: time spent against the agreed share, requests received and
answered, the median response time, and what is still open. The document is
written in the UI language: ``language`` ("en" or "fr") picks the labels below
and babel formats dates and numbers; the UI may pass ``labels`` to override
any of them (e.g. from its own translations).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, format_timedelta, get_datetime_format
from babel.numbers import format_decimal

from regionmgr.core import atomic
from regionmgr.core.countries.region import country_name
from regionmgr.core.time.shares import DEFAULT_MARGIN, Period, compute_shares
from regionmgr.store.db import Store
from regionmgr.store.queries import time as tq
from regionmgr.store.vocab import ACTIVE_STATUSES, DONE

LANGUAGES = ("en", "fr")
UI_LOCALES = {"en": "en_GB", "fr": "fr_FR"}  # the UI's own formats: "2 November 2026", "2 novembre 2026"
NBSP = "\u00a0"
CHARS_PER_ROW = 80.0  # characters a table row of the PDF holds at BODY_PT (A4 portrait; with a margin)
BODY_PT, MIN_PT = 10.0, 7.0  # the PDF's text size (``ui.common.pdf``), the smallest a table may shrink to
CELL_PAD = 2.0  # a cell's padding and borders, in characters
HEAD_WIDER = 1.3  # a column head is bold

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "How my time was shared",
        "period": "Period: {0} to {1}",
        "generated": "Prepared on {0} (times in {1}).",
        "intro": "Time logged per country against the agreed share, and what happened to each country's requests.",
        "country": "Country",
        "hours": "Hours",
        "actual": "Actual share",
        "target": "Agreed share",
        "gap": "Gap",
        "received": "Requests received",
        "answered": "Requests answered",
        "median": "Median response time",
        "open": "Still open",
        "under": "Below its share",
        "yes": "yes",
        "no": "no",
        "none": "—",
        "total": "Total",
        "open_items": "Requests still open",
        "requester": "Asked by",
        "since": "Since",
        "due": "Due",
        "status": "Status",
        "status_open": "open",
        "status_waiting": "waiting for someone",
        "nothing_open": "Nothing open.",
        "code": "Code",
        "pair": "{0}: {1}",
        "unassigned": "Time on tasks without a country: {0} h (not in the shares).",
    },
    "fr": {
        "title": "Répartition de mon temps",
        "period": "Période : du {0} au {1}",
        "generated": "Établi le {0} (heures de {1}).",
        "intro": "Temps passé par pays face à la part convenue, et suite donnée aux demandes de chaque pays.",
        "country": "Pays",
        "hours": "Heures",
        "actual": "Part réelle",
        "target": "Part convenue",
        "gap": "Écart",
        "received": "Demandes reçues",
        "answered": "Demandes traitées",
        "median": "Délai de réponse médian",
        "open": "En cours",
        "under": "En dessous de sa part",
        "yes": "oui",
        "no": "non",
        "none": "—",
        "total": "Total",
        "open_items": "Demandes en cours",
        "requester": "Demandé par",
        "since": "Depuis le",
        "due": "Échéance",
        "status": "État",
        "status_open": "ouverte",
        "status_waiting": "en attente d'un tiers",
        "nothing_open": "Rien en cours.",
        "code": "Code",
        "pair": "{0} : {1}",
        "unassigned": "Temps sur des tâches sans pays : {0} h (hors répartition).",
    },
}


def labels_for(language: str, overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    out = dict(LABELS.get(language, LABELS["en"]))
    out.update(overrides or {})
    return out


def ui_locale(language: str) -> str:
    """The babel locale whose dates and numbers look like the UI's in ``language`` (British English, French)."""
    return UI_LOCALES.get(language, language)


def fmt_date(value: dt.date | dt.datetime | None, language: str, zone: ZoneInfo | None = None,
             fmt: str = "medium") -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(zone).date() if zone else value.date()
    return format_date(value, fmt, locale=language)


def fmt_datetime(value: dt.datetime, language: str, zone: ZoneInfo) -> str:
    """A medium date and a short time ("23 Nov 2026, 10:30"): the seconds say nothing in a report."""
    local = value.astimezone(zone)
    return str(get_datetime_format("medium", locale=language)).format(
        format_time(local, "short", tzinfo=zone, locale=language), format_date(local.date(), "medium", locale=language))


def fmt_number(value: float, language: str, pattern: str = "#,##0.0") -> str:
    return format_decimal(value, pattern, locale=language)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class OpenItem:
    title: str
    requester: str
    created_at: dt.datetime
    due_at: dt.datetime | None
    status: str


@dataclass
class CountryLine:
    code: str
    name: str
    target: float | None
    hours: float
    actual: float
    under_served: bool
    received: int = 0
    answered: int = 0
    median_response: dt.timedelta | None = None
    open_items: list[OpenItem] = field(default_factory=list)

    @property
    def gap(self) -> float | None:
        return None if self.target is None else self.actual - self.target


@dataclass
class TransparencyReport:
    period: Period
    zone: str
    generated_at: dt.datetime
    language: str
    countries: list[CountryLine]
    total_hours: float
    unassigned_hours: float


def build_report(store: Store, period: Period, zone: ZoneInfo, now: dt.datetime,
                 language: str = "en", margin: float = DEFAULT_MARGIN) -> TransparencyReport:
    """Gather the figures (fast: run it on the UI thread; lay out and write in a worker)."""
    shares = compute_shares(store, period, zone, now, margin)
    start, end = period.bounds(zone)
    lines: dict[str, CountryLine] = {}
    for row in shares.rows:
        lines[row.country_id] = CountryLine(row.code, country_name(row.code, language), row.target,
                                            row.hours, row.actual, row.under_served)
    responses: dict[str, list[float]] = {cid: [] for cid in lines}
    for task in tq.top_tasks_created_before(store, list(lines), end):
        cid = task.country_id or ""  # only tasks of these countries are read
        line = lines[cid]
        if task.created_at >= start:
            line.received += 1
        if task.status == DONE and task.completed_at and start <= task.completed_at < end:
            line.answered += 1
            responses[cid].append((task.completed_at - task.created_at).total_seconds())
        if task.status in ACTIVE_STATUSES:
            line.open_items.append(OpenItem(task.title, task.requester, task.created_at, task.due_at, task.status))
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    for cid, line in lines.items():
        if responses[cid]:
            line.median_response = dt.timedelta(seconds=statistics.median(responses[cid]))
        line.open_items.sort(key=lambda i: (i.due_at or far, i.created_at))
    return TransparencyReport(period, zone.key, now, language, list(lines.values()),
                              shares.total_seconds / 3600, shares.unassigned_seconds / 3600)


def _pct(value: float | None, language: str, none: str) -> str:
    return none if value is None else fmt_number(value, language, "0.0") + " %"


def _median(value: dt.timedelta | None, language: str, none: str) -> str:
    if value is None:
        return none
    return format_timedelta(value, threshold=1.5, locale=language)


def _keep(text: object) -> str:
    """``text`` that never breaks across lines (a number and its unit, a date): its spaces made non-breaking."""
    return str(text).replace(" ", NBSP)


def _layout(rows: list[list[str]]) -> tuple[list[float], float]:
    """Column widths (percent) and a font size (pt) for a table's cells (its head first).

    Each column gets at least its longest word (words never break: a column too narrow for one
    cuts it); the room left goes to the columns with more text. When the longest words alone
    overfill a row, the table's font shrinks (down to ``MIN_PT``) until they fit. Lengths are
    counted in characters (``core`` has no fonts), calibrated on the PDF's A4 page.
    """
    def length(text: str, head: bool) -> float:
        return len(text) * (HEAD_WIDER if head else 1.0)

    columns = list(zip(*rows, strict=True))
    need = [max(length(word, i == 0) for i, cell in enumerate(col) for word in cell.split(" ")) + CELL_PAD
            for col in columns]
    want = [max(length(cell, i == 0) for i, cell in enumerate(col)) + CELL_PAD for col in columns]
    size = max(MIN_PT, min(BODY_PT, BODY_PT * CHARS_PER_ROW / sum(need)))
    room = max(0.0, CHARS_PER_ROW * BODY_PT / size - sum(need))
    more = [w - n for w, n in zip(want, need, strict=True)]
    widths = [n + min(m, room * m / (sum(more) or 1.0)) for n, m in zip(need, more, strict=True)]
    return [100.0 * w / sum(widths) for w in widths], size


def _table(rows: list[list[str]], styles: list[str] | None = None, foot: list[str] | None = None) -> str:
    """An HTML table (``rows[0]``: the head; ``foot``: a last row of heads, e.g. totals; ``styles``: each
    body row's attributes) whose lines break between words only (see ``_layout``)."""
    widths, size = _layout(rows + ([foot] if foot else []))

    def cell(tag: str, text: str, extra: str = "") -> str:  # the size on a span: Qt's cells don't inherit it
        return f"<{tag}{extra}><span style='font-size:{size:.1f}pt'>{esc(text)}</span></{tag}>"

    out = ["<table width='100%'><tr>"]
    out.extend(cell("th", text, f" width='{w:.1f}%'") for text, w in zip(rows[0], widths, strict=True))
    out.append("</tr>")
    for n, row in enumerate(rows[1:]):
        out.append(f"<tr{styles[n] if styles else ''}>" + "".join(cell("td", c) for c in row) + "</tr>")
    if foot:
        out.append("<tr>" + "".join(cell("th", c) for c in foot) + "</tr>")
    out.append("</table>")
    return "".join(out)


def report_html(report: TransparencyReport, labels: Mapping[str, str] | None = None,
                only: str | None = None) -> str:
    """The report as HTML; ``only`` (a country code): the shares of all, the details of that country.

    Dates and numbers are in the UI's formats for the report's language (``ui_locale``); the tables
    break lines between words only (``_table``).
    """
    words = labels_for(report.language, labels)
    lang = ui_locale(report.language)
    zone = ZoneInfo(report.zone)
    out = [f"<html><head><meta charset='utf-8'><title>{esc(words['title'])}</title></head><body>",
           f"<h1>{esc(words['title'])}</h1>",
           f"<p><b>{esc(words['period'].format(fmt_date(report.period.first, lang, fmt='long'), fmt_date(report.period.last, lang, fmt='long')))}</b><br>",
           f"{esc(words['generated'].format(fmt_datetime(report.generated_at, lang, zone), report.zone))}</p>",
           f"<p>{esc(words['intro'])}</p>"]
    heads = ["country", "hours", "actual", "target", "gap", "received", "answered", "median", "open"]
    rows, styles = [[words[h] for h in heads]], []
    for line in report.countries:
        styles.append(" style='background:#fde2e1'" if line.under_served else "")  # the PDF is always light
        gap = words["none"] if line.gap is None else fmt_number(line.gap, lang, "+0.0;-0.0")
        rows.append([line.name + (f" ({words['under']})" if line.under_served else ""),
                     fmt_number(line.hours, lang), _keep(_pct(line.actual, lang, words["none"])),
                     _keep(_pct(line.target, lang, words["none"])), gap, str(line.received), str(line.answered),
                     _keep(_median(line.median_response, lang, words["none"])), str(len(line.open_items))])
    out.append(_table(rows, styles, foot=[words["total"], fmt_number(report.total_hours, lang)] + [""] * 7))
    if report.unassigned_hours:
        out.append(f"<p><i>{esc(words['unassigned'].format(fmt_number(report.unassigned_hours, lang)))}</i></p>")
    for line in report.countries:
        if only is not None and line.code != only:
            continue
        out.append(f"<h2>{esc(line.name)}</h2>")
        facts = [(words["hours"], fmt_number(line.hours, lang)), (words["actual"], _pct(line.actual, lang, words["none"])),
                 (words["target"], _pct(line.target, lang, words["none"])), (words["received"], line.received),
                 (words["answered"], line.answered), (words["median"], _median(line.median_response, lang, words["none"]))]
        out.append("<p>" + " · ".join(esc(words["pair"].format(k, v)) for k, v in facts) + "</p>")
        if not line.open_items:
            out.append(f"<p>{esc(words['nothing_open'])}</p>")
            continue
        out.append(f"<h3>{esc(words['open_items'])}</h3>")
        out.append(_table([[words[h] for h in ("open_items", "requester", "since", "due", "status")]] + [
            [item.title, item.requester, _keep(fmt_date(item.created_at, lang, zone)),
             _keep(fmt_date(item.due_at, lang, zone)), words["status_" + item.status]]
            for item in line.open_items]))
    out.append("</body></html>")
    return "".join(out)


def csv_rows(report: TransparencyReport, labels: Mapping[str, str] | None = None) -> list[list[str]]:
    """Header then one row per country; numbers with a dot, for spreadsheets in any language."""
    words = labels_for(report.language, labels)
    rows = [[words["code"], words["country"], words["hours"], words["actual"], words["target"], words["under"],
             words["received"], words["answered"], words["median"] + " (h)", words["open"]]]
    for line in report.countries:
        median = "" if line.median_response is None else f"{line.median_response.total_seconds() / 3600:.1f}"
        rows.append([line.code, line.name, f"{line.hours:.2f}", f"{line.actual:.1f}",
                     "" if line.target is None else f"{line.target:.1f}",
                     words["yes"] if line.under_served else words["no"], str(line.received),
                     str(line.answered), median, str(len(line.open_items))])
    return rows


def write_csv(report: TransparencyReport, target: Path | str, labels: Mapping[str, str] | None = None) -> Path:
    """Write the CSV atomically (UTF-8 with a BOM, so spreadsheets read the accents)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(csv_rows(report, labels))
    return atomic.write_text(target, buf.getvalue(), encoding="utf-8-sig")
