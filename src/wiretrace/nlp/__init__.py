"""The annotators. Each module has one job, a versioned NAME and reads the shared Doc."""
