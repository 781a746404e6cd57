"""Runtime behaviour of the generated package `pinterest_generated`, through real httpx calls."""
