"""Quotations in an article's text (:class:`~graphkit.nlp.actors.quotations.Quotations`): the actors read
them too (a pronoun of the narrator does not refer back into a quotation), so they live with them."""

from __future__ import annotations

from ..actors.quotations import Quotations

__all__ = ["Quotations"]
