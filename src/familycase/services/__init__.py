"""The use cases people perform. Owns transactions and writes the audit log.

The GUI and the CLI call only this layer.
"""
