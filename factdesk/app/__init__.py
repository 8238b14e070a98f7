"""The workflows a user asks for, once, below both interfaces.

"Import these files", "add this evidence", "export the report", "restore that backup": each lives
here as plain Python (no Qt, no SQL), with progress and cancel as plain callbacks. The command line
(:mod:`factdesk.cli`) and the window (:mod:`factdesk.ui`) only ask, call these and show or print
what comes back, so the two interfaces cannot drift apart.
"""
