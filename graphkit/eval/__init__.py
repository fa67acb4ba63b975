"""Evaluation: gold sets and the scorer (what ``graphkit evaluate`` runs)."""
