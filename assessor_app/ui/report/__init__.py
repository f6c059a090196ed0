"""The report tab: generate, preview, sign, save and verify the assessment report."""
