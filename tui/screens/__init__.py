"""The console's views (Live, Approvals, Rules, Users, Overview) and its dialogs.

Each view renders what the connection hands it and runs its commands in workers
through `tui.client.ConsoleConnection`.
"""
