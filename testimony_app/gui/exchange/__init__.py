"""Windows for hand-in bundles, keys, conflicts and duplicate witnesses."""
