"""Printed documents, laid out with ReportLab from the plain values of services.report_data.

No Qt here: documents are drawn from data already gathered and filtered for
their recipient, so they can be drawn on any thread (batch printing runs on
the app's background worker).
"""
