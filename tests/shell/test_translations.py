"""French translation: every string extracted and translated, none bypassing tr(), switchable at run time.

The catalogue is extracted afresh from the current sources (``pyside6-lupdate`` into
a copy of the committed ``.ts``, the Makefile's flags), so a string added without
a French translation fails here, with its context. A static walk over ``regionmgr/ui``
finds user-visible literals that never go through ``tr()``/``translate()``, and
translation calls lupdate cannot see (so nothing would be looked up at run time).
The helpers here are shared with ``test_french_layout.py``.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "regionmgr_fr.ts"
UI = ROOT / "regionmgr" / "ui"


# -- tools -------------------------------------------------------------------------
def qt_tool(name: str) -> str:
    """The PySide6 command-line tool next to this Python, else on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "regionmgr").rglob("*.py"))


def extract(workdir: Path) -> Path:
    """A copy of the committed catalogue, updated by lupdate over today's sources (as `make translations`)."""
    ts = workdir / "regionmgr_fr.ts"
    shutil.copy(TS, ts)
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-target-language", "fr_FR",
         *sources(), "-ts", str(ts)],
        check=True, capture_output=True, text=True,
    )
    return ts


def build_qm(ts: Path, qm: Path) -> Path:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)
    return qm


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    numerus: bool
    forms: tuple[str, ...]  # the translation (one text, or the plural forms)
    finished: bool

    def where(self) -> str:
        extra = f" [disambiguation: {self.comment!r}]" if self.comment else ""
        return f"{self.context}: {self.source!r}{extra}"


def parse(ts: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            out.append(Message(name, msg.findtext("source") or "", msg.findtext("comment"), numerus, forms,
                               tr.get("type") not in ("unfinished", "vanished", "obsolete")))
    return out


@pytest.fixture(scope="session")
def extracted(tmp_path_factory) -> Path:
    return extract(tmp_path_factory.mktemp("ts"))


@pytest.fixture(scope="session")
def french_qm(extracted: Path) -> Path:
    """The French catalogue compiled from today's extraction (independent of `make`)."""
    return build_qm(extracted, extracted.with_suffix(".qm"))


@pytest.fixture
def french(qapp, monkeypatch, french_qm) -> Iterator[None]:
    """Use the freshly compiled catalogue; English again afterwards (other tests expect English)."""
    from regionmgr.ui.common import i18n

    monkeypatch.setattr(i18n, "catalogue_path", lambda code: french_qm)
    try:
        yield
    finally:
        i18n.install(qapp, "en")


# -- completeness --------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{[^{}\s]*\}|%n|%L?\d+")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
ACCEL = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;)(?=\w)")


def runtime_contexts() -> set[str]:
    """Contexts Qt can be asked for: our class names (self.tr) and literal translate() contexts."""
    names: set[str] = set()
    for path in (ROOT / "regionmgr").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                  and isinstance(node.args[0].value, str)
                  and (node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", ""))
                  in {"translate", "QT_TRANSLATE_NOOP"}):
                names.add(node.args[0].value)
    return names


_CONTEXTS: set[str] = set()


def looked_up(m: Message) -> bool:
    """Is the context one Qt asks for at run time (a class name or a literal translate() context)?"""
    if not _CONTEXTS:
        _CONTEXTS.update(runtime_contexts())
    return m.context in _CONTEXTS


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def tags(text: str) -> list[str]:
    return sorted(t.lower() for t in TAG.findall(text))


@pytest.mark.slow
def test_lupdate_finds_the_strings(extracted):
    messages = parse(extracted)
    assert len(messages) > 100, "lupdate found almost no strings: the extraction itself is broken"
    assert {"MainWindow", "Pages"} <= {m.context for m in messages}


@pytest.mark.slow
def test_every_string_has_a_finished_french_translation(extracted):
    problems = []
    for m in parse(extracted):
        if not looked_up(m):
            continue  # reported by test_strings_are_extracted_under_a_context_qt_looks_up
        if not m.finished or not all(f.strip() for f in m.forms):
            problems.append(f"untranslated  {m.where()}")
            continue
        if m.numerus and len(m.forms) < 2:
            problems.append(f"needs singular and plural forms  {m.where()}")
        for form in m.forms:
            if placeholders(form) != placeholders(m.source):
                problems.append(f"placeholders {sorted(placeholders(m.source))} became "
                                f"{sorted(placeholders(form))}  {m.where()} -> {form!r}")
            if tags(form) != tags(m.source):
                problems.append(f"HTML tags differ  {m.where()} -> {form!r}")
            if bool(ACCEL.search(m.source)) != bool(ACCEL.search(form)):
                problems.append(f"keyboard accelerator (&) lost or added  {m.where()} -> {form!r}")
    assert not problems, (
        f"{len(problems)} French translation problem(s); run `make translations` and translate them "
        "in resources/translations/regionmgr_fr.ts:\n" + "\n".join(problems)
    )




@pytest.mark.slow
def test_strings_are_extracted_under_a_context_qt_looks_up(extracted):
    """lupdate names a context after the class around `self.tr`, or the literal first argument of
    `translate`. `obj.tr(...)`, a variable context, or a `tr = QCoreApplication.translate` alias
    gives a context ('', 'window', 'self.ctx', 'QCoreApplication', ...) never looked up at run time."""
    assert looked_up(Message("MainWindow", "&File", None, False, ("&Fichier",), True))
    assert not looked_up(Message("window", "&Backups…", None, False, ("x",), True))  # the check can fail
    bad = [m.where() for m in parse(extracted) if not looked_up(m)]
    assert not bad, (
        "strings extracted under a context Qt never asks for (they stay English in French):\n"
        + "\n".join(bad)
    )


# -- static check: user-visible text that bypasses tr() -------------------------------
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setSuffix", "setPrefix", "setLabelText", "setTabText", "setTabToolTip", "setInformativeText",
    "setDetailedText", "setHtml", "setSpecialValueText", "showMessage", "addMenu", "addAction", "addTab",
    "insertTab", "addRow", "setHeaderLabels", "setHorizontalHeaderLabels", "setAccessibleName",
    "setAccessibleDescription", "setButtonText", "setOkButtonText", "setCancelButtonText", "addButton",
    "setNameFilter", "setNameFilters",
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QCommandLinkButton", "QToolBar", "QDockWidget", "QMessageBox", "QProgressDialog", "QWidgetAction",
}
STATIC_DIALOGS = {"information", "warning", "critical", "question", "about", "getText", "getItem", "getInt",
                  "getDouble", "getMultiLineText", "getSaveFileName", "getOpenFileName", "getOpenFileNames",
                  "getExistingDirectory", "getColor", "getFont"}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def visible_words(text: str) -> bool:
    """Does a literal carry words a user reads? (tags, entities, placeholders and codes don't count)"""
    text = re.sub(r"<[^>]*>|&\w+;|\{[^{}]*\}", " ", text)
    if re.search(r"\(\*\.[^)]*\)", text):  # a file-dialog filter: "PDF (*.pdf)", "Markdown (*.md)" name a format
        text = re.sub(r"\(\*\.[^)]*\)", " ", text)
        if len(text.split()) <= 1:
            return False
    return any(len(w) > 1 and not (w.isupper() and len(w) <= 4) for w in re.findall(r"[^\W\d_]+", text))


def literal_text(node: ast.AST) -> str | None:
    """The readable text of a literal argument (str, f-string, concatenation), None if not a literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        parts = [literal_text(node.left), literal_text(node.right)]
        return " ".join(p for p in parts if p) or None
    if isinstance(node, (ast.List, ast.Tuple)):
        parts = [literal_text(e) for e in node.elts]
        return " ".join(p for p in parts if p) or None
    return None


def call_name(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def owner_name(node: ast.Call) -> str:
    f = node.func
    return f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""


def untranslated_literals(code: str, rel: str) -> list[str]:
    """`file:line: text` for each readable literal handed straight to a widget."""
    found = []
    tree = ast.parse(code, rel)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        shows_text = (
            name in TEXT_SETTERS
            or (name in TEXT_CLASSES and isinstance(node.func, ast.Name))
            or (name in STATIC_DIALOGS and owner_name(node) in {"QMessageBox", "QInputDialog", "QFileDialog"})
        )
        if not shows_text:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg in {"text", "title", "caption", "filter"})]:
            text = literal_text(arg)
            if text is not None and visible_words(text):
                found.append(f"{rel}:{arg.lineno}: {name}({text[:60]!r})")
    return found


def translate_aliases(tree: ast.Module) -> tuple[set[str], dict[str, str]]:
    """Names bound to QCoreApplication.translate, and one-argument wrappers {name: context} around it."""
    aliases: set[str] = set()
    wrappers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "translate":
            aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        fn, params, body = None, set(), None
        if isinstance(node, ast.FunctionDef):
            fn, params, body = node.name, {a.arg for a in node.args.args}, node
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda) and isinstance(node.targets[0], ast.Name):
            fn, params, body = node.targets[0].id, {a.arg for a in node.value.args.args}, node.value
        if fn is None:
            continue
        for call in ast.walk(body):
            if (isinstance(call, ast.Call) and call_name(call) == "translate" and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                    and call.args[1].id in params):
                wrappers[fn] = call.args[0].value
    return aliases, wrappers


def unextractable_calls(code: str, rel: str, known: set[tuple[str, str]]) -> list[str]:
    """Translation calls lupdate cannot extract: strings that will stay English at run time."""
    found = []
    tree = ast.parse(code, rel)
    aliases, wrappers = translate_aliases(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        f = node.func
        if name == "tr" and isinstance(f, ast.Attribute) and not (isinstance(f.value, ast.Name) and f.value.id in {"self", "cls"}):
            found.append(f"{rel}:{node.lineno}: {ast.unparse(f)}(...) is extracted under the context "
                         f"{ast.unparse(f.value)!r}, not the object's class; use self.tr or "
                         "QCoreApplication.translate('Class', ...)")
        elif (isinstance(f, ast.Name) and f.id in aliases and f.id != "translate") or (
                isinstance(f, ast.Name) and f.id in wrappers):
            ctx = wrappers.get(f.id)
            args = node.args if ctx else node.args[1:]
            ctx = ctx or (node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None)
            if (args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)
                    and (ctx is None or (ctx, args[0].value) not in known)):
                found.append(f"{rel}:{node.lineno}: {f.id}({args[0].value[:50]!r}) is not seen by lupdate "
                             f"under context {ctx!r} (call QCoreApplication.translate directly, or mark the "
                             "text with QT_TRANSLATE_NOOP)")
        if name in TRANSLATORS and node.args:
            source = node.args[-1] if name in {"translate", "QT_TRANSLATE_NOOP"} else node.args[0]
            if name == "translate" and len(node.args) >= 2:
                source = node.args[1]
            if isinstance(source, (ast.JoinedStr, ast.BinOp)):
                found.append(f"{rel}:{node.lineno}: {name}() of a built string ({ast.unparse(source)[:50]}): "
                             "use a fixed text with {0} placeholders and .format()")
    return found


def ui_files() -> list[tuple[str, str]]:
    files = sorted(UI.glob("*.py")) + sorted((ROOT / "regionmgr").glob("*.py"))
    return [(p.read_text(encoding="utf-8"), str(p.relative_to(ROOT))) for p in files]


def by_place(line: str) -> tuple[str, int]:
    path, number, _ = line.split(":", 2)
    return path, int(number)


def test_no_user_visible_literal_bypasses_tr():
    offenders = sorted((line for code, rel in ui_files() for line in untranslated_literals(code, rel)), key=by_place)
    assert not offenders, (
        "user-visible text handed to a widget without tr()/QCoreApplication.translate() "
        "(it would stay English in French):\n" + "\n".join(offenders)
    )


@pytest.mark.slow
def test_every_translation_call_is_seen_by_lupdate(extracted):
    known = {(m.context, m.source) for m in parse(extracted)}
    offenders = sorted((line for code, rel in ui_files() for line in unextractable_calls(code, rel, known)), key=by_place)
    assert not offenders, "translation calls lupdate cannot extract:\n" + "\n".join(offenders)


def test_the_static_checks_can_fail():
    """The checks above catch each kind of mistake in a sample file (and accept the right spellings)."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "tr = QCoreApplication.translate\n"
        "def _t(text):\n    return QCoreApplication.translate('Probe', text)\n"
        "def build(w, window, n):\n"
        "    w.setText('Hello there')\n"
        "    w.setToolTip(f'{n} tasks left')\n"
        "    QLabel('Due date')\n"
        "    QMessageBox.warning(w, 'Oops', w.tr('fine'))\n"
        "    w.setText(self.tr('Fine'))\n"
        "    w.setText('<b>{0}</b>')\n"
        "    window.tr('Wrong context')\n"
        "    tr('Export', 'The disk is full.')\n"
        "    _t('Never extracted')\n"
        "    _t('Marked elsewhere')\n"
        "    self.tr(f'{n} built')\n"
    )
    lines = untranslated_literals(code, "probe.py")
    for text in ("Hello there", "tasks left", "Due date", "Oops"):
        assert any(text in line for line in lines), text
    assert not any("Fine" in line or "{0}" in line for line in lines)
    calls = unextractable_calls(code, "probe.py", known={("Probe", "Marked elsewhere")})
    for text in ("window.tr", "The disk is full.", "Never extracted", "built string"):
        assert any(text in line for line in calls), text
    assert not any("Marked elsewhere" in line for line in calls)


# -- switching language at run time ------------------------------------------------------
def accelerator(text: str) -> str | None:
    match = re.search(r"(?<!&)&(?!&)(\w)", text)
    return match.group(1).lower() if match else None


def clashing_accelerators(actions) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for action in actions:
        if action.isSeparator() or not action.text():
            continue
        key = accelerator(action.text())
        if key is None:
            continue
        if key in seen:
            clashes.append(f"&{key}: {seen[key]!r} and {action.text()!r}")
        seen[key] = action.text()
    return clashes


@pytest.mark.slow
def test_switching_to_french_and_back_rebuilds_the_window(qapp, qtbot, window, french):
    from regionmgr.ui.common import i18n

    window.show_page("countries")
    assert window.page_actions["tasks"].text() == "Tasks"

    assert i18n.apply_language(qapp, "fr") == "fr"
    french_window = window.replaced_by
    assert french_window is not None and french_window is not window
    qtbot.addWidget(french_window)
    assert french_window.isVisible() and not window.isVisible()
    assert french_window.current_page_key() == "countries"  # the user stays where they were
    assert french_window.page_actions["tasks"].text() == "Tâches"
    assert french_window.page_actions["meetings"].text() == "Réunions"
    assert french_window.file_menu.title() == "&Fichier"
    assert french_window.windowTitle() == "Region Manager"
    assert french_window.new_task_action.text() == "&Nouvelle tâche…"
    assert "Fuseau" in french_window.zone_button.text()
    menus = list(french_window.menuBar().actions())
    clashes = clashing_accelerators(menus)
    for menu_action in menus:
        clashes += clashing_accelerators(menu_action.menu().actions())
    assert not clashes, "menu accelerators used twice in French:\n" + "\n".join(clashes)

    assert i18n.apply_language(qapp, "en") == "en"
    english_window = french_window.replaced_by
    assert english_window is not None
    qtbot.addWidget(english_window)
    assert english_window.page_actions["tasks"].text() == "Tasks"
    assert english_window.file_menu.title() == "&File"
    assert english_window.current_page_key() == "countries"


@pytest.mark.slow
def test_language_setting_follows_the_users_choice(qapp, sample_ctx, french):
    from regionmgr.ui.common import i18n

    sample_ctx.settings.setValue(i18n.SETTING_KEY, "fr")
    assert i18n.chosen_language(sample_ctx.settings) == "fr"
    assert i18n.install(qapp, i18n.chosen_language(sample_ctx.settings)) == "fr"
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Pages", "Priorities") == "Priorités"
    assert i18n.current_language() == "fr"
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("Pages", "Priorities") == "Priorities"
