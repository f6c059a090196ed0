"""The assessor's signing identity: an X.509 certificate and key in a PKCS#12 file."""
