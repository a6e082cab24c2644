"""``python -m graphbuild``: the same as the ``graphbuild`` command."""

from graphbuild.cli import main

main()
