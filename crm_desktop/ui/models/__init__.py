"""Qt item models over application data, shared by the views that show them."""
