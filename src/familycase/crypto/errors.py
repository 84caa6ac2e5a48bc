class CryptoError(Exception):
    """Base class for every cryptographic failure."""


class IntegrityError(CryptoError):
    """A ciphertext failed authentication: it was altered, moved, or the key is wrong."""


class WrongPasswordError(CryptoError):
    """The password did not unlock the user's keys."""


class BadRecoveryKeyError(CryptoError):
    """The recovery key text is malformed or does not match this vault."""
