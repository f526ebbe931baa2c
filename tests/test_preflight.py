"""`orderlab room-check`: what a facilitator sees before the room arrives."""

from __future__ import annotations

import io
import json
import socket
import time

import pytest

from orderlab import lang as L
from orderlab.cli import main
from orderlab.preflight import available_mb, check, lan_addresses, memory_needed_mb, report_lines
from orderlab.results import ResultsStore

PLENTY = "MemTotal: 33554432 kB\nMemAvailable: 20971520 kB\n"


@pytest.fixture
def env(tmp_path):
    return {"ORDERLAB_RESULTS": str(tmp_path / "results.sqlite")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_network_addresses_leave_out_loopback_and_ipv6():
    out = lan_addresses(run=lambda cmd: "192.168.1.5 10.0.0.2 127.0.1.1 fe80::1c2d\n")
    assert out == ["192.168.1.5", "10.0.0.2"]


def test_no_hostname_command_means_no_addresses():
    def missing(cmd):
        raise FileNotFoundError(cmd[0])

    assert lan_addresses(run=missing) == []


def test_open_to_the_room_gives_one_participant_address_per_network_address(env):
    """HOST=0.0.0.0: an address per network card, the workshop and language in it; the dashboard stays local."""
    port = free_port()
    result = check(30, "0.0.0.0", port, "Kom 1", lang="en", environ=env,
                   addresses=["192.168.1.5", "10.0.0.2"], meminfo=PLENTY)
    page = "voila/render/workshop/participant.ipynb?workshop=Kom%201&lang=en"
    assert result.participant_urls == [f"http://192.168.1.5:{port}/{page}", f"http://10.0.0.2:{port}/{page}"]
    assert result.dashboard_url.startswith("http://127.0.0.1:")
    assert not result.only_this_computer and result.warnings == []


def test_local_only_says_so(env):
    result = check(5, "127.0.0.1", free_port(), environ=env, meminfo=PLENTY)
    assert result.only_this_computer
    assert result.participant_urls == [result.participant_urls[0]] and "127.0.0.1" in result.participant_urls[0]
    assert L.text("sv", "ui.check_local_only") in report_lines(result, "sv")


def test_no_network_address_is_a_warning(env):
    result = check(5, "0.0.0.0", free_port(), environ=env, addresses=[], meminfo=PLENTY)
    assert ("check_no_address", {}) in result.warnings


def test_a_busy_port_is_named(env):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = check(5, "127.0.0.1", port, environ=env, meminfo=PLENTY)
    assert ("check_port_busy", {"port": port}) in result.warnings


def test_a_results_store_that_cannot_be_opened_is_a_warning_in_plain_words(tmp_path):
    result = check(5, port=free_port(), environ={"ORDERLAB_RESULTS": str(tmp_path / "gone" / "r.sqlite")},
                   meminfo=PLENTY)
    assert ("results_missing_folder", {}) in result.warnings
    assert f"!  {L.text('en', 'ui.results_missing_folder')}" in report_lines(result, "en")


def test_a_connection_url_is_shown_without_its_password():
    url = "postgresql://kursledare:hemligt@127.0.0.1:1/orderlab"
    result = check(5, port=free_port(), environ={"ORDERLAB_RESULTS": url}, meminfo=PLENTY)
    assert "hemligt" not in result.results and "hemligt" not in "\n".join(report_lines(result, "sv"))
    assert result.results == "postgresql://kursledare:***@127.0.0.1:1/orderlab"


def test_memory_for_a_pool_counts_its_refill():
    assert memory_needed_mb(40) == 150 + 40 * 60
    assert memory_needed_mb(40, pool=45) == 150 + 2 * 45 * 60


def test_too_little_memory_is_a_warning_with_the_figures(env):
    result = check(40, port=free_port(), pool=45, environ=env, meminfo="MemAvailable: 1048576 kB\n")
    assert result.memory_available_mb == 1024
    assert ("check_memory_short", {"needed": 5550, "free": 1024, "room": 40}) in result.warnings
    line = report_lines(result, "sv")[-1]
    assert "5550" in line and "1024" in line and "40" in line


def test_available_memory_is_unknown_without_meminfo():
    assert available_mb("MemTotal: 1 kB\n") is None


@pytest.mark.parametrize("lang", L.languages())
def test_every_warning_reads_in_both_languages(lang, env):
    result = check(40, port=free_port(), pool=45, environ=env, meminfo="MemAvailable: 1024 kB\n", addresses=[])
    result.warnings += [("check_port_busy", {"port": 8866}), ("check_no_address", {})]
    lines = report_lines(result, lang)
    assert all(line.strip() for line in lines)
    assert lines[0] == L.text(lang, "ui.check_pool", pool=45, room=40)


def test_cli_prints_json_and_refuses_an_empty_room(env, monkeypatch, capsys):
    monkeypatch.setenv("ORDERLAB_RESULTS", env["ORDERLAB_RESULTS"])
    out = io.StringIO()
    assert main(["room-check", "--room", "3", "--port", str(free_port()), "--workshop", "w"], out) == 0
    data = json.loads(out.getvalue())
    assert data["participant_urls"][0].endswith("participant.ipynb?workshop=w")
    assert main(["room-check", "--room", "0"], io.StringIO()) == 2
    assert "--room" in capsys.readouterr().err


def test_new_code_makes_a_random_workshop_and_prints_it_with_the_retention(env, monkeypatch):
    """`room-check --new-code` (make workshop) makes a workshop with a 22-character code, puts it in
    the addresses, prints the loopback-only dashboard and how long results are kept."""
    monkeypatch.setenv("ORDERLAB_RESULTS", env["ORDERLAB_RESULTS"])
    monkeypatch.setenv("ORDERLAB_RETENTION_DAYS", "7")
    out = io.StringIO()
    assert main(["room-check", "--text", "--lang", "en", "--host", "192.0.2.9", "--port", str(free_port()),
                 "--dashboard-port", "9999", "--new-code"], out) == 0
    with ResultsStore(env["ORDERLAB_RESULTS"]) as store:
        [made] = store.workshops()
    assert len(made["name"]) == 22
    printed = out.getvalue()
    assert "http://192.0.2.9:" in printed and f"?workshop={made['name']}" in printed
    assert f"http://127.0.0.1:9999/?workshop={made['name']}" in printed and "192.0.2.9:9999" not in printed
    assert L.text("en", "ui.check_retention", days="7", setting="RETENTION_DAYS=") in printed  # as make runs it


def test_orderlab_workshop_names_its_own_flag_for_the_retention(env, monkeypatch):
    """Run by `orderlab workshop` the check says to change the period with --retention-days, the flag that
    command has, not with make's RETENTION_DAYS=."""
    import argparse

    from orderlab.launch import room_check_args

    monkeypatch.setenv("ORDERLAB_RESULTS", env["ORDERLAB_RESULTS"])
    args = argparse.Namespace(room=40, host="127.0.0.1", port=free_port(), workshop="w", lang="sv",
                              dashboard_port=None)
    out = io.StringIO()
    assert main(room_check_args(args, 0), out) == 0
    assert L.text("sv", "ui.check_retention", days="30", setting="--retention-days") in out.getvalue()
    assert "RETENTION_DAYS=" not in out.getvalue()


def test_room_check_deletes_expired_workshops(env, monkeypatch):
    """Starting a workshop deletes, for good, every workshop past the retention period."""
    monkeypatch.setenv("ORDERLAB_RESULTS", env["ORDERLAB_RESULTS"])
    with ResultsStore(env["ORDERLAB_RESULTS"], clock=lambda: time.time() - 31 * 86400) as old:
        old.save_progress("old", "Kim", "school-brochure", "sv", {"n": 1})
    assert main(["room-check", "--port", str(free_port()), "--workshop", "w"], io.StringIO()) == 0
    with ResultsStore(env["ORDERLAB_RESULTS"], retention=365) as store:
        assert store.workshops() == []
