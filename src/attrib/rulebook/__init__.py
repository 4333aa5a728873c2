"""Rule and lexicon files (YAML) -> a validated, compiled RuleSet; layering and errors with file:line:column."""
