"""The assessment report as PDF (reportlab), its signature fields and PAdES signing (pyHanko).

Imports only domain/ and its own libraries; services fill ``ReportData`` and call in here.
"""
