"""Negotiated documents: paragraphs, CRDT text, proposals, brackets and status. Pure Python."""
