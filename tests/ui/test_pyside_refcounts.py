"""A long session of signals and setters cannot free ``True`` or ``None``.

PySide6 6.12.0 on Python 3.11 takes a reference from ``True`` at every signal emit and from ``None``
at every wrapped method returning nothing; ``crm_desktop.ui`` gives both a reserve when it is imported
(``crm_desktop/ui/singletons.py``). The subprocess runs far more calls than either count had when
the program started, as a long day of typing would: without the reserve it aborts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 100_000

SCRIPT = textwrap.dedent(
    f"""
    import sys
    import crm_desktop.ui  # gives the singletons their reserve
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Emitter(QObject):
        plain = Signal()
        number = Signal(int)

    app = QApplication([])
    emitter, label = Emitter(), QLabel()
    start = (sys.getrefcount(True), sys.getrefcount(None))
    for _ in range({CALLS}):
        emitter.plain.emit()
        emitter.number.emit(3)
        label.setText("a")
    print(start[0] > {CALLS}, start[1] > {CALLS}, "done")
    """
)


def test_a_long_session_of_emits_and_setters_ends_cleanly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True", "done"]


def test_the_reserve_is_given_once() -> None:
    from crm_desktop.ui.singletons import RESERVE, keep_singletons_alive

    before = sys.getrefcount(None)
    keep_singletons_alive()
    assert sys.getrefcount(None) - before < RESERVE  # importing twice does not add a second reserve
