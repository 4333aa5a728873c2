"""Sentences x compiled rules -> matches -> claims: the prefilter, the rule kinds, the checks."""
