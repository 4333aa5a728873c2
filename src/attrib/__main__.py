"""python -m attrib: the same as the attrib command."""

from attrib.cli import main

main()
