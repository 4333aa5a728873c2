"""Gold claims -> the referee's figures, rule precision and confusion (attrib eval)."""
