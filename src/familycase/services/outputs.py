"""The registered outputs: every way information leaves the encrypted vault as a file.

Each output says what it is, who receives it, what the consent gate decides it by (or why it
needs no gate decision), whether the share log records it, and what the audit log records. The
code that makes an output writes its file with ``write_private`` (whole, owner-only 0600, never
half a file) and the desktop app and the command line say that the file is outside the
encrypted vault. ``tests/test_outputs.py`` walks this registry.

Registered so far: the outputs of the practice records (documents' copies, the referral
feedback letter, the printed chronology) and the printed family tree. The older outputs (panel
pack, subject access pack, audit CSV, returns, bundles) follow the same steps in their own code
and are still to be moved here (see docs/architecture.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from familycase.domain.consent import Purpose
from familycase.services.audit import Action


@dataclass(frozen=True)
class Output:
    name: str
    what: str
    recipient: str  # who receives it, in words
    purpose: Purpose | None  # what the consent gate decides by; None: see no_gate_because
    no_gate_because: str = ""
    share_logged: bool = False  # a share-log entry for the family (every gate decision is)
    audit_action: str = Action.EXPORT

    def __post_init__(self) -> None:
        if self.purpose is None and not self.no_gate_because:
            raise ValueError(f"output {self.name}: a gate purpose or the reason it needs none")
        if self.purpose is not None and not self.share_logged:
            raise ValueError(f"output {self.name}: a gate decision is always share-logged")


OUTPUTS: dict[str, Output] = {}


def register(output: Output) -> Output:
    if output.name in OUTPUTS:
        raise ValueError(f"output {output.name} registered twice")
    OUTPUTS[output.name] = output
    return output


DOCUMENT_COPY = register(
    Output(
        name="document_copy",
        what="A copy of a document attached to a family file ('Save a copy')",
        recipient="the worker who saves it",
        purpose=None,
        no_gate_because=(
            "The worker takes back a copy of a document the family file holds, to read or "
            "print it; sending it on to anyone is a separate decision under their "
            "information-sharing rules. The copy is recorded as an export."
        ),
    )
)
REFERRAL_LETTER = register(
    Output(
        name="referral_letter",
        what="The letter telling a referrer what was decided about their referral",
        recipient="the referrer's agency",
        purpose=Purpose.REFERRAL_FEEDBACK,
        share_logged=True,
        audit_action=Action.SHARE,
    )
)
CHRONOLOGY_PDF = register(
    Output(
        name="chronology_pdf",
        what="A family's chronology printed to PDF",
        recipient="the agency it is printed for",
        purpose=Purpose.ASSESSMENT_AND_PLANNING,
        share_logged=True,
        audit_action=Action.SHARE,
    )
)
GENOGRAM_PDF = register(
    Output(
        name="genogram_pdf",
        what="A family's family tree (genogram) printed to PDF",
        recipient="the agency it is printed for",
        purpose=Purpose.ASSESSMENT_AND_PLANNING,
        share_logged=True,
        audit_action=Action.SHARE,
    )
)


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole and readable by its owner only (0600): through a new
    temporary file beside it, renamed into place, so a reader never sees half a file and a
    failure leaves nothing behind."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
