"""The Yimen v1 upstream protocol: message models, HMAC-SM3 request signing, credentials.

The terminals' sync client and the reference platform share this package and the domain,
nothing else (docs/upstream-protocol.md, docs/architecture.md). It depends only on
``pydantic`` and ``cryptography``.
"""
