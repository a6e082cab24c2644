"""graphbuild tests: one module per graphbuild module."""
