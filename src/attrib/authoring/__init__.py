"""For rule authors: attrib explain, and attrib rules list/show/validate/test/new."""
