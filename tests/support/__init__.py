"""What many tests share: databases, servers, readers of PDFs and the audit log."""
