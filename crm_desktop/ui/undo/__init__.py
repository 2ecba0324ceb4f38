"""Undo commands: each edit is a QUndoCommand whose undo is the inverse service call."""
