"""Reproducible installs: every package the app imports is declared, and requirements.lock pins them all.

`make` installs the venv from the lock (tests, CI and the frozen build use that venv), so
the lock must pin every declared package within its declared range; and a package the
code imports without declaring it would only be there by luck of someone else's dependencies.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "requirements.lock"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(spec: str) -> str:
    return canonical(re.match(r"[A-Za-z0-9._-]+", spec.strip()).group(0))  # type: ignore[union-attr]


def declared(*extras: str) -> dict[str, str]:
    """name -> requirement text, for the app's dependencies and the given extras."""
    project = PYPROJECT["project"]
    specs = list(project["dependencies"])
    for extra in extras:
        specs += project["optional-dependencies"][extra]
    return {requirement_name(s): s for s in specs}


def locked() -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9._-]+)==([^\s\\]+)", LOCK.read_text(encoding="utf-8"), re.M)
    return {canonical(name): ver for name, ver in pins}


def imported_top_level(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "regionmgr"}


def numbers(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text.split("+")[0])[:4])


def undeclared(folder: Path, allowed: dict[str, str]) -> list[str]:
    dists = packages_distributions()
    missing = []
    for module in sorted(imported_top_level(folder)):
        providers = {canonical(d) for d in dists.get(module, [module])}
        if not providers & set(allowed):
            missing.append(f"{module} (from {', '.join(sorted(providers))})")
    return missing


def test_every_package_the_app_imports_is_declared():
    assert undeclared(ROOT / "regionmgr", declared()) == []


def test_every_package_the_tests_import_is_declared_for_them():
    assert undeclared(ROOT / "tests", declared("test") | {"regionmgr": "", "tests": ""}) == []


def test_the_check_can_fail(tmp_path):
    (tmp_path / "m.py").write_text("import dateutil.rrule\nimport json\n")
    assert undeclared(tmp_path, {"holidays": ""}) == ["dateutil (from python-dateutil)"]


def test_the_lock_pins_every_declared_package_within_its_range():
    pins = locked()
    problems = []
    for name, spec in declared("test", "dev").items():
        if name not in pins:
            problems.append(f"{name} is not in requirements.lock (run `make lock`)")
            continue
        floor = re.search(r">=\s*([0-9][^,;\s]*)", spec)
        if floor and numbers(pins[name]) < numbers(floor.group(1)):
            problems.append(f"{name}=={pins[name]} is below {spec}")
    assert problems == []


def test_the_venv_holds_the_locked_versions():
    """`make` installed the venv from the lock: the versions the tests run with are the locked ones."""
    pins = locked()
    drift = {name: (version(name), pins[name]) for name in declared("test", "dev")
             if name in pins and version(name) != pins[name]}
    assert drift == {}, "installed != locked; run `make` (or `make lock` after changing pyproject.toml)"
