"""Printed documents, laid out with ReportLab from the plain values of services.report_data.

No Qt and no database here: a document is drawn from data already gathered
and filtered for its recipient, so it can be drawn on any thread.
"""
