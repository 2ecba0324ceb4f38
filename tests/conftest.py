"""Shared fixtures. Qt runs offscreen; no test touches the user's real workspace or keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.app.workspace import Workspace, init_workspace


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    w = init_workspace(tmp_path / "ws", "Prueba")
    yield w
    w.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from crm_desktop.demo import build_demo

    directory = tmp_path_factory.mktemp("demo-template")
    w = build_demo(directory)
    w.close()
    return directory


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def demo(demo_dir: Path) -> Iterator[Workspace]:
    w = Workspace(demo_dir)
    yield w
    w.close()
