"""Text -> sentences with offsets into the original, and the quotation marks that span them."""
