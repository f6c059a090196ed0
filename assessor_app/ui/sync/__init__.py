"""Sync by file in the GUI: import and export flows, the "needs review" conflicts panel."""
