"""Typed configuration: the model (`Config`), loading and validation (`load_config`)."""

from secproxy.config.loader import LoadedConfig, Overrides, load_config
from secproxy.config.rules import RateLimitPolicy, Rule, TimeRestrictionPolicy
from secproxy.config.schema import Config, default_state_dir

__all__ = [
    "Config",
    "LoadedConfig",
    "Overrides",
    "RateLimitPolicy",
    "Rule",
    "TimeRestrictionPolicy",
    "default_state_dir",
    "load_config",
]
