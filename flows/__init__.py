"""Prefect 3 flows: thin wrappers that run earlywarn's services in batches and show the result in the UI."""
