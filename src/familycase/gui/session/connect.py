"""Connecting to a team server: where it is, which database, your own database login, and
(where libpq's own sources have none) its password. The password is used for this connection
and never kept; the server's address is remembered (without it) for the next start."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase.gui.common.editor import error_text
from familycase.gui.common.tasks import run_in_background
from familycase.gui.common.widgets import problem_label, show_text
from familycase.paths import server_url
from familycase.services.errors import ServerPasswordNeeded
from familycase.services.vault import Vault

DEFAULT_PORT = 5432


def build_url(host: str, port: int, database: str, login: str, verify_tls: bool) -> str:
    """The server's URL, without a password (it is never part of what is remembered)."""
    user = quote(login.strip(), safe="") + "@" if login.strip() else ""
    url = f"postgresql+psycopg://{user}{host.strip()}:{port}/{quote(database.strip(), safe='')}"
    return url + ("?sslmode=verify-full" if verify_tls else "")


class ConnectDialog(QDialog):
    """Emits ``connected(vault, url)`` once a team server's vault is open."""

    connected = Signal(object, str)

    def __init__(self, url: str = "", parent: QWidget | None = None, notice: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "A team server keeps your team's vault in the council's database; family files "
                "are still encrypted on this computer. Ask whoever runs the server for these "
                "details and your own database login."
            )
        )
        intro.setWordWrap(True)
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.host = QLineEdit()
        self.host.setAccessibleName(self.tr("Server"))
        self.host.setPlaceholderText(self.tr("e.g. db.anyshire.gov.uk"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit("familycase")
        self.database.setAccessibleName(self.tr("Database"))
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("Your database login"))
        self.login.setPlaceholderText(self.tr("e.g. fc_kim"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Database password"))
        self.password.setPlaceholderText(self.tr("leave empty to use your saved one (.pgpass)"))
        self.verify_tls = QCheckBox(self.tr("Check the server's &certificate (TLS)"))
        self.verify_tls.setChecked(True)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Server"), self.host),
            (self.tr("P&ort"), self.port),
            (self.tr("&Database"), self.database),
            (self.tr("Your database &login"), self.login),
            (self.tr("Database pass&word"), self.password),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.verify_tls)
        self.problem = problem_label()
        self.connect_button = QPushButton(self.tr("Co&nnect"))
        self.connect_button.setObjectName("primary")
        self.connect_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.connect_button.clicked.connect(self.try_connect)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._busy = False
        if url:
            self._fill(url)
        (self.password if self.host.text() else self.host).setFocus()

    def _fill(self, url: str) -> None:
        parsed = server_url(url)
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or DEFAULT_PORT)
        self.database.setText(parsed.database or "")
        self.login.setText(parsed.username or "")
        self.verify_tls.setChecked(parsed.query.get("sslmode") == "verify-full")

    @property
    def url(self) -> str:
        return build_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.login.text(),
            self.verify_tls.isChecked(),
        )

    def try_connect(self) -> None:
        if self._busy:
            return
        if not self.host.text().strip() or not self.database.text().strip():
            show_text(self.problem, self.tr("Enter the server and the database."))
            return
        self._busy = True
        self.connect_button.setEnabled(False)
        show_text(self.problem, self.tr("Connecting…"))
        url, password = self.url, self.password.text() or None
        run_in_background(
            lambda: Vault.open(url, password),
            self,
            lambda vault: self._connected(vault, url),
            self._failed,
            on_abandoned=lambda vault: vault.dispose(),
        )

    def _connected(self, vault: Vault, url: str) -> None:
        self._busy = False
        self.password.clear()
        self.accept()
        self.connected.emit(vault, url)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.connect_button.setEnabled(True)
        if isinstance(error, ServerPasswordNeeded):
            show_text(self.problem, self.tr("The server needs your database password."))
            self.password.setFocus()
            return
        show_text(self.problem, error_text(error))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        if event.key() == Qt.Key.Key_Escape and self._busy:
            return
        super().keyPressEvent(event)
