"""Storage shared by the hub and the action server: SQLAlchemy Core over SQLite or PostgreSQL."""
