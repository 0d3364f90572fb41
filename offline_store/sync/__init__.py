"""Upstream sync: the Yimen v1 platform protocol, its client, and the worker that drains the outbox.

Submodules are imported on demand. ``signing`` and ``protocol`` depend only on
``cryptography`` and ``pydantic`` so the reference platform can share them
without pulling in the client or the store.
"""
