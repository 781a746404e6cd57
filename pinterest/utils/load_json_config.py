"""Load `config.json` and `PINTEREST_JSON_ENV_VARIABLES` into the process environment.

Kept for code written against `pinterest-api-sdk` 0.2.7. Clients do not need it: they read
both sources themselves when they are created. Unlike 0.2.7, a variable that is already set
in the environment is never overwritten (the environment wins over `config.json`), and
`config.json` is looked for only where `PINTEREST_CONFIG_FILE` says or in the working
directory, never in other folders.
"""

from __future__ import annotations

import os

from pinterest import _config

__all__ = ["load_json_config", "load_json_config_from_single_env_var"]


def load_json_config() -> None:
    """Set `PINTEREST_<KEY>` for each key of `config.json` that the environment does not set."""
    path = _config.config_file_path()
    if path is None:
        return
    for name, value in _config.read_config_file(path).items():
        os.environ.setdefault(name, value)


def load_json_config_from_single_env_var() -> None:
    """Set each variable named in `PINTEREST_JSON_ENV_VARIABLES` that is not set already."""
    for name, value in _config.read_json_env_variable(os.environ).items():
        os.environ.setdefault(name, value)
