"""Storage: typed models, the engine factory and the migration runner."""
