"""The settings' old import path, kept while imports move to ``hankegraafi.settings``."""

from hankegraafi.settings import SETTINGS, Config, ConfigError, Setting

__all__ = ["SETTINGS", "Config", "ConfigError", "Setting"]
