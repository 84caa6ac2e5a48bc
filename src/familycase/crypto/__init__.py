"""Key hierarchy, envelope encryption, password KDF and signatures.

Only `cryptography`'s primitives are used here; nothing home-made.
"""
