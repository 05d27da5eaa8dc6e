"""Region Manager: one offline desktop app for a regional manager."""

__version__ = "0.1.0"
