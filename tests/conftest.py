"""Shared test configuration."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("default", max_examples=100, deadline=None)
settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _ctrl_c_as_python_sets_it() -> Iterator[None]:
    """Ctrl-C handled as Python handles it in a program started from a terminal (it raises
    ``KeyboardInterrupt``), for the tests that send it to this process or to a command line they
    start. A test run started with SIGINT ignored (a background job of a shell without job
    control, ``nohup``) would pass that on: the command line keeps an ignored signal ignored, as a
    program should, and those tests would wait for an interrupt that never comes."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
