"""secproxy's operator console (Textual): attaches to a running proxy's control socket
and shows decisions live, pending approvals, rules, principals and an overview.

It talks to the proxy only through the control protocol (`tui/client.py`); the core
package never imports it.
"""
