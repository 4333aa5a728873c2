"""Claims -> claims: what one sentence cannot say alone (pronouns, running quotes, datelines)."""
