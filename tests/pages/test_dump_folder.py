"""The dumps' folder is this user's own: a folder or link planted under its name is refused.

Where the store's folder is not writable the dumps lie in the shared temporary folder as
``hankegraafi-dumps-<digest of the store's location>``, a name anyone on the machine can compute.
Found by attack (stop 31): a link planted there (or a folder another user made, or one others may
write) had ``/dumps/hankegraafi.nq.gz`` served from it, so a planted file named
``<tag>-hankegraafi.nq.gz`` (the tag is a digest of the data's version, which the endpoint answers)
was published as the dataset's dump, and the old dumps there were deleted through the link.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask import Flask

from hankegraafi.server.pages import dumps

NAME = "hankegraafi.nq.gz"


def _planted(folder: Path) -> Path:
    target = folder / f"{dumps._tag('v1')}-{NAME}"
    target.write_bytes(b"planted")
    return target


def test_a_link_in_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    planted = _planted(elsewhere)
    folder = tmp_path / "hankegraafi-dumps-0123456789ab"
    folder.symlink_to(elsewhere)
    with pytest.raises(dumps.DumpError, match="not a folder of this user"):
        dumps.ensure(folder, NAME, "v1", None, person_names=False)  # type: ignore[arg-type]
    assert planted.read_bytes() == b"planted"


def test_a_folder_others_may_write_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "hankegraafi-dumps-0123456789ab"
    folder.mkdir()
    _planted(folder)
    os.chmod(folder, 0o777)
    with pytest.raises(dumps.DumpError, match="may be written by others"):
        dumps.ensure(folder, NAME, "v1", None, person_names=False)  # type: ignore[arg-type]


def test_a_new_folder_is_made_for_this_user_alone(tmp_path: Path) -> None:
    folder = tmp_path / "uusi" / "hankegraafi-dumps-0123456789ab"
    dumps.own_folder(folder)
    assert folder.is_dir() and (folder.stat().st_mode & 0o077) == 0
    dumps.own_folder(folder)  # and it is taken as it is the next time


def test_a_refused_folder_is_a_503_that_keeps_the_path_to_the_log(
    app: Flask, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Was a 500 with a traceback (found by attack, stop 31): the folder is the operator's to fix."""
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    link = tmp_path / "hankegraafi-dumps-0123456789ab"
    link.symlink_to(elsewhere)
    state = app.extensions["hankegraafi.pages"]
    kept, state.dump_dir = state.dump_dir, str(link)
    try:
        r = app.test_client().get("/dumps/hankegraafi.nq.gz")
    finally:
        state.dump_dir = kept
    assert r.status_code == 503
    assert r.headers["Retry-After"] == "300"
    assert str(tmp_path) not in r.get_data(as_text=True)
    assert "hankegraafi.nq.gz" in r.get_data(as_text=True)
    assert any("not a folder of this user" in m for m in caplog.messages)
