"""Errors a person can meet, each with a message fit to show them as it is."""

from __future__ import annotations


class FamilyCaseError(Exception):
    """Base class. ``user_mistake`` errors exit with status 2 from the CLI, others with 1."""

    user_mistake = False


class UserMistake(FamilyCaseError):
    user_mistake = True


class VaultNotFound(UserMistake):
    pass


class VaultExists(UserMistake):
    pass


class NotAVault(UserMistake):
    pass


class WrongPassword(UserMistake):
    pass


class AccountDisabled(UserMistake):
    pass


class UnknownRecord(UserMistake):
    pass


class PermissionDenied(UserMistake):
    pass


class ApprovalNeeded(PermissionDenied):
    """The organisation reserves this decision for a team leader: ask for their approval."""


class NoAccessToFamily(PermissionDenied):
    """The worker holds no key for this family: it cannot be decrypted for them."""


class InvalidRequest(UserMistake):
    pass


class Locked(UserMistake):
    """The session was locked (by the user or by idle time): unlock again."""


class VaultDamaged(FamilyCaseError):
    """Part of the vault is missing or unreadable (for example the key-share file)."""


class TamperedData(FamilyCaseError):
    """Stored data failed its integrity check: altered, moved between rows, or corrupt."""


class Cancelled(FamilyCaseError):
    """The person cancelled a long operation; nothing was produced."""


class ConcurrentChange(FamilyCaseError):
    """Someone else changed the same thing at the same moment: try again."""


class OlderCopy(FamilyCaseError):
    """The vault is older than one this worker has already seen (a restored or swapped copy).
    Refused unless the worker says to use it anyway (which is audited)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"This vault is older than the one you last used: {reason}. If it was restored "
            "from a backup on purpose, sign in again choosing to use this older copy (the "
            "choice is recorded); otherwise tell an administrator, who should run 'familycase "
            "verify'."
        )


DAMAGED_MESSAGE = (
    "Part of the vault could not be read because it is damaged. Nothing was changed. Ask an "
    "administrator to run 'familycase verify', and restore from a backup if it finds damage."
)
CONNECTION_LOST_MESSAGE = (
    "The connection to the team server was lost; nothing was saved. Try again when the "
    "network is back."
)
BUSY_MESSAGE = (
    "The vault is busy with someone else's change and did not free up in time; nothing was "
    "saved. Try again."
)


class ServerUnreachable(UserMistake):
    """The team server did not answer when connecting (down, wrong address, no network)."""


class ConnectionLost(FamilyCaseError):
    """The team server went away in the middle of something; nothing was saved."""


class ServerLoginFailed(UserMistake):
    """The team server refused the database login (wrong user name or password)."""


class ServerPasswordNeeded(UserMistake):
    """The team server wants a password and none of libpq's sources had one: ask for it."""


class ServerNeedsUpgrade(UserMistake):
    """The server's schema is older than this version: only 'server upgrade' changes it."""


class StaleEdit(UserMistake):
    """Someone else changed the family since this worker opened it; nothing was saved."""


class FamilyCheckedOut(PermissionDenied):
    """The family is checked out to a laptop replica: the team store refuses changes to it
    until it is checked in or recalled."""


class DeviceRevoked(FamilyCaseError):
    """This laptop replica was revoked by a team leader (lost or stolen): its families and key
    shares were erased from it."""
