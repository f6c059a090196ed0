"""Protection at rest: the data key, the key file that wraps it, passphrase rules, keyring.

Plain Python with ``cryptography`` and ``keyring`` only: the unlock dialog is the first
paint, so nothing here may import SQLAlchemy or Qt.
"""
