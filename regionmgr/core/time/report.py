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

from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_decimal

from regionmgr.core import atomic
from regionmgr.core.countries.region import country_name
from regionmgr.core.time.shares import DEFAULT_MARGIN, Period, compute_shares
from regionmgr.store.db import Store
from regionmgr.store.queries import time as tq
from regionmgr.store.vocab import ACTIVE_STATUSES, DONE

LANGUAGES = ("en", "fr")

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


def fmt_date(value: dt.date | dt.datetime | None, language: str, zone: ZoneInfo | None = None,
             fmt: str = "medium") -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(zone).date() if zone else value.date()
    return format_date(value, fmt, locale=language)


def fmt_datetime(value: dt.datetime, language: str, zone: ZoneInfo) -> str:
    return format_datetime(value.astimezone(zone), "medium", tzinfo=zone, locale=language)


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


def report_html(report: TransparencyReport, labels: Mapping[str, str] | None = None,
                only: str | None = None) -> str:
    """The report as HTML; ``only`` (a country code): the shares of all, the details of that country."""
    lang = report.language
    words = labels_for(lang, labels)
    zone = ZoneInfo(report.zone)
    out = [f"<html><head><meta charset='utf-8'><title>{esc(words['title'])}</title></head><body>",
           f"<h1>{esc(words['title'])}</h1>",
           f"<p><b>{esc(words['period'].format(fmt_date(report.period.first, lang, fmt='long'), fmt_date(report.period.last, lang, fmt='long')))}</b><br>",
           f"{esc(words['generated'].format(fmt_datetime(report.generated_at, lang, zone), report.zone))}</p>",
           f"<p>{esc(words['intro'])}</p>",
           "<table width='100%'><tr>"]
    heads = ["country", "hours", "actual", "target", "gap", "received", "answered", "median", "open"]
    out.append("".join(f"<th>{esc(words[h])}</th>" for h in heads) + "</tr>")
    for line in report.countries:
        style = " style='background:#fde2e1'" if line.under_served else ""
        gap = words["none"] if line.gap is None else fmt_number(line.gap, lang, "+0.0;-0.0")
        cells = [line.name + (f" ({words['under']})" if line.under_served else ""),
                 fmt_number(line.hours, lang), _pct(line.actual, lang, words["none"]),
                 _pct(line.target, lang, words["none"]), gap, line.received, line.answered,
                 _median(line.median_response, lang, words["none"]), len(line.open_items)]
        out.append(f"<tr{style}>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    out.append(f"<tr><th>{esc(words['total'])}</th><th>{esc(fmt_number(report.total_hours, lang))}</th>"
               + "<th></th>" * 7 + "</tr></table>")
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
        out.append(f"<h3>{esc(words['open_items'])}</h3><table width='100%'><tr><th>{esc(words['open_items'])}</th>"
                   f"<th>{esc(words['requester'])}</th><th>{esc(words['since'])}</th><th>{esc(words['due'])}</th>"
                   f"<th>{esc(words['status'])}</th></tr>")
        out.extend("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in (
            item.title, item.requester, fmt_date(item.created_at, lang, zone),
            fmt_date(item.due_at, lang, zone), words["status_" + item.status])) + "</tr>"
            for item in line.open_items)
        out.append("</table>")
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
