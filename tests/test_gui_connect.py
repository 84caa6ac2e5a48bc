"""The desktop app connects to a real team server: the details, a wrong password said plainly,
and the vault it opens; the sign-in screen says which vault is open."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtCore import Qt

from conftest import PASSWORD, TEST_PREFIX
from familycase.gui.session.connect import ConnectDialog, build_url
from familycase.gui.session.unlock import UnlockDialog

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])
WAIT_MS = 20_000


def test_the_connect_dialog_opens_the_team_servers_vault(backend, team, pg_cluster, qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(pg_cluster.host)
    dialog.port.setValue(pg_cluster.port)
    dialog.database.setText(team.vault.engine.url.database)
    dialog.login.setText(f"{TEST_PREFIX}lead")
    dialog.verify_tls.setChecked(False)  # the test server has no TLS
    dialog.password.setText("not the password")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the login" in dialog.problem.text(), timeout=WAIT_MS)
    opened = []
    dialog.connected.connect(lambda vault, url: opened.append((vault, url)))
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    vault, url = opened[0]
    try:
        assert PASSWORD not in url  # what is remembered never holds the password
        assert url == build_url(
            pg_cluster.host,
            pg_cluster.port,
            team.vault.engine.url.database,
            f"{TEST_PREFIX}lead",
            False,
        )
        assert vault.is_server and vault.login_username() == "lead"
        sign_in = UnlockDialog(vault, vault.organisation(), vault.usernames(), "lead")
        qtbot.addWidget(sign_in)
        assert sign_in.where.text().startswith("Team server: postgresql+psycopg://t_lead@")
        assert sign_in.connect_button.text() == "Connect to a &team server…"
    finally:
        vault.dispose()
