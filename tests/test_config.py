"""Settings: declared once, all documented, bad values named."""

from __future__ import annotations

import pytest

from hankegraafi.settings import SETTINGS, Config, ConfigError
from tests.conftest import REPO


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [s.env for s in SETTINGS if f"`{s.env}`" not in readme]
    assert missing == []


def test_defaults_then_environment_then_overrides() -> None:
    cfg = Config.load(environ={"HANKEGRAAFI_MAX_ROWS": "50"})
    assert cfg.max_rows == 50
    assert cfg.query_timeout == 30.0
    assert Config.load({"max_rows": 7}, environ={"HANKEGRAAFI_MAX_ROWS": "50"}).max_rows == 7
    assert Config.load(environ={"HANKEGRAAFI_PUBLISH_PERSON_NAMES": "yes"}).publish_person_names is True


@pytest.mark.parametrize(
    ("env", "value"),
    [
        ("HANKEGRAAFI_MAX_ROWS", "-1"),
        ("HANKEGRAAFI_MAX_ROWS", "paljon"),
        ("HANKEGRAAFI_QUERY_TIMEOUT", "0"),
        ("HANKEGRAAFI_PUBLISH_PERSON_NAMES", "ehkä"),
        ("HANKEGRAAFI_BASE_IRI", "https://example.org/id"),
    ],
)
def test_bad_values_name_the_setting(env: str, value: str) -> None:
    with pytest.raises(ConfigError, match=env.removeprefix("HANKEGRAAFI_").lower()):
        Config.load(environ={env: value})


def test_unknown_override_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown setting"):
        Config.load({"maxrows": 1}, environ={})


def test_remote_detection() -> None:
    assert Config.load({"store": "http://127.0.0.1:7878/query"}, environ={}).store_is_remote
    assert not Config.load({"store": "data"}, environ={}).store_is_remote


def test_settings_are_typed_attributes_declared_once() -> None:
    """One field per setting, typed like its default: readers need no casts, mypy checks them."""
    import dataclasses
    import typing

    from hankegraafi import settings

    hints = typing.get_type_hints(Config)
    fields = {f.name: f for f in dataclasses.fields(Config)}
    assert [s.name for s in SETTINGS] == list(fields)
    for s in SETTINGS:
        assert hints[s.name] is type(s.default), s.name
        assert s.help == fields[s.name].metadata["help"]
    assert "__getattr__" not in vars(Config)
    cfg = Config.load({"query_workers": "3", "publish_person_names": "kyllä"}, environ={})
    assert (cfg.query_workers, cfg.publish_person_names) == (3, True)
    assert cfg.replace(max_rows=5).values == {**cfg.values, "max_rows": 5}
    assert settings.Config is Config
