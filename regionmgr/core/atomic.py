"""Atomic file writes for every file the app writes (invites, PDFs, exports): see ``regionmgr.store.atomic``."""

from regionmgr.store.atomic import atomic_path, write_bytes, write_text, write_with

__all__ = ["atomic_path", "write_bytes", "write_text", "write_with"]
