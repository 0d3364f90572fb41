"""The hall's domain: pure Python, no I/O beyond reading its own packaged data.

Identity and masking, tickets and the calling order, cases and their states, working days,
the service catalog, evaluations and complaints, typed errors and the settings model. Every
layer above may import it; it imports none of them (docs/architecture.md).
"""
