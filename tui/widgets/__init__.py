"""Small reusable console widgets; none of them talks to the proxy."""
