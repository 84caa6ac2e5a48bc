"""The referral feedback letter as a one-page PDF: letterhead, recipient, date, reference, the
decision (or the sentence saying it is withheld), and the writer. Marked OFFICIAL-SENSITIVE
with the recipient on every page, like every output."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Spacer

from familycase.reports.pdf_common import build_pdf
from familycase.reports.pdf_common import paragraph as _p
from familycase.services import outputs
from familycase.services.referrals import FeedbackLetter, record_letter
from familycase.services.timeline import recipient_text
from familycase.services.vault import UserSession


def referral_letter_pdf(letter: FeedbackLetter) -> bytes:
    to = recipient_text(letter.recipient)
    story: list[object] = [
        _p(letter.organisation, "h2"),
        _p(letter.team, "small") if letter.team else Spacer(1, 1),
        Spacer(1, 14),
        _p(f"{letter.written_on:%d/%m/%Y}"),
        _p(to),
        Spacer(1, 10),
        _p(letter.subject, "h2"),
        Spacer(1, 4),
        _p(letter.salutation),
        Spacer(1, 4),
    ]
    for text in letter.paragraphs:
        story += [_p(text), Spacer(1, 6)]
    story += [Spacer(1, 6), _p(letter.closing), Spacer(1, 18), _p(letter.written_by)]
    if letter.team:
        story.append(_p(letter.team, "small"))
    return build_pdf(
        story,
        title=letter.title,
        author=letter.organisation,
        marked_for=to,
        produced=letter.produced_at,
    )


def write_letter(us: UserSession, letter: FeedbackLetter, target: Path) -> Path:
    """The registered output ``referral_letter``: the PDF written whole and owner-only, then
    the gate's decisions in the share log (with their audit entry)."""
    written = outputs.write_private(target, referral_letter_pdf(letter))
    record_letter(us, letter)
    return written
