"""Scorers that compare graphbuild's output with gold standards."""
