"""The command line: the same program as the GUI, for scripts and for the office."""
