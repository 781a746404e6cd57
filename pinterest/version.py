"""The version of this package, as `pinterest.version.__version__` (where 0.2.7 kept it)."""

__version__ = "0.1.0"
