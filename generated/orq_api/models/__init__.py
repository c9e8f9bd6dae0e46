"""Model pools: `components`, `operations`, `errors`."""
