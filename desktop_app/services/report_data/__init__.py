"""What each printed document shows, assembled from the services and filtered for its reader; the
`reports` package only lays these values out."""
