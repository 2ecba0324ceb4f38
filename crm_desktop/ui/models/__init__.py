"""Qt item models over the application services' rows (tables, trees), with their proxies."""
