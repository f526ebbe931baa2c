"""Results as xAPI statements for a Learning Record Store (LRS); pure Python, so it runs in Pyodide too.

``statements`` makes a round's statements, ``profile`` checks them against docs/xapi-profile.md,
``client`` configures and sends them through an outbox, ``transport`` carries them (urllib or the
browser) and keeps them (memory, files, localStorage), and ``backend`` is the results store that
reads a workshop back from the LRS (``ORDERLAB_RESULTS=xapi+https://...``).
"""
