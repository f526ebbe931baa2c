"""The ``orderlab`` command: scoring, scenarios and replays as JSON for facilitators and scripts.

Exit status 0 on success, 1 when ``validate`` finds problems, 2 with a one-line message on
bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import yaml

from . import exercise_content as EC
from . import scenario as S
from .errors import InputError, ScenarioError
from .lang import languages
from .pitch import score_pitch
from .questions import score_question
from .session import Session


class UsageError(Exception):
    """Bad input: printed as one line, exit status 2."""


def _dump(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _read_input(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"no such file: {name}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {name}: {exc}") from None


def cmd_scenarios(args: argparse.Namespace, out: TextIO) -> int:
    _dump([s.summary() for s in S.all_scenarios()], out)
    return 0


def cmd_score_questions(args: argparse.Namespace, out: TextIO) -> int:
    for line in _read_input(args.file).splitlines():
        if line.strip():
            _dump(score_question(line, args.lang).to_dict(), out)
    return 0


def cmd_score_pitch(args: argparse.Namespace, out: TextIO) -> int:
    try:
        _dump(score_pitch(_read_input(args.file), args.lang).to_dict(), out)
    except InputError as exc:
        raise UsageError(exc.message) from None
    return 0


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))


def _scenario_files(paths: Sequence[str]) -> list[Path]:
    """The files named, and in each folder named its YAML files and those of its ``exercises/``."""
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(_yaml_files(p) + _yaml_files(p / "exercises") if p.is_dir() else [p])
    return files


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    files = _scenario_files(args.paths)
    if not files:
        raise UsageError("no scenario files found in: " + " ".join(args.paths))
    problems = []
    for f in files:
        try:
            # Exercise content lives in an exercises/ folder next to the scenarios it is for.
            (EC.load if f.parent.name == "exercises" else S.load)(f)
        except ScenarioError as exc:
            problems.extend(exc.problems)
    _dump({"files": len(files), "problems": [p.__dict__ for p in problems]}, out)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from .scenario_schema import schema_for

    out.write(json.dumps(schema_for(languages()), ensure_ascii=False, indent=2) + "\n")
    return 0


FIRST_NOTEBOOK = "notebooks/sv/01-metoden-och-rollspelet.ipynb"  # what orderlab lab opens, as make lab (tested)
TRANSCRIPT_KEYS = {"lang", "questions", "summary", "delivery", "pitch", "seed", "round2"}
ROUND_KEYS = {"questions", "summary", "delivery", "pitch"}


def _load_transcript(name: str) -> dict:
    try:
        data = yaml.safe_load(_read_input(name))
    except yaml.YAMLError as exc:
        raise UsageError(f"{name}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{name}: a transcript is a mapping with lang, questions, delivery, pitch")
    unknown = set(data) - TRANSCRIPT_KEYS
    if unknown:
        raise UsageError(f"{name}: unknown field(s): {', '.join(sorted(unknown))}")
    for key in ("lang", "questions", "delivery", "pitch"):
        if key not in data:
            raise UsageError(f"{name}: missing field '{key}'")
    if data["lang"] not in languages():
        raise UsageError(f"{name}: lang must be one of {', '.join(languages())}")
    if not isinstance(data["questions"], list) or not all(isinstance(q, str) for q in data["questions"]):
        raise UsageError(f"{name}: questions must be a list of text lines")
    if not isinstance(data["pitch"], str):
        raise UsageError(f"{name}: pitch must be text")
    nxt = data.get("round2")
    well_formed = (isinstance(nxt, dict) and not set(nxt) - ROUND_KEYS and {"delivery", "pitch"} <= set(nxt)
                   and isinstance(nxt["pitch"], str) and isinstance(nxt.get("questions") or [], list))
    if nxt is not None and not well_formed:
        raise UsageError(f"{name}: round2 is a mapping with questions, delivery and pitch (summary optional)")
    return data


def _play_round(session: Session, data: dict) -> None:
    for q in data.get("questions") or []:
        if str(q).strip() and not session.meeting_over:
            session.ask(str(q))
    session.finish_consulting()
    if data.get("summary"):
        session.confirm(str(data["summary"]))
    session.deliver(data["delivery"])
    session.pitch(str(data["pitch"]))


def cmd_play(args: argparse.Namespace, out: TextIO) -> int:
    data = _load_transcript(args.transcript)
    try:
        session = Session(args.scenario, data["lang"], seed=int(data.get("seed", 0)))
        _play_round(session, data)
        report = session.report()
        if data.get("round2"):
            second = session.next_round()
            _play_round(second, data["round2"])
            report["round2"] = second.report()
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    except (InputError, ValueError) as exc:
        raise UsageError(f"{args.transcript}: {exc}") from None
    _dump(report, out)
    return 0


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit status 2, as the command-line contract says."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="orderlab", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser("scenarios", help="list the scenarios as JSON")
    p.add_argument("--json", action="store_true", help="JSON output (the default; kept for scripts)")
    p.set_defaults(run=cmd_scenarios)
    for name, func, what in (
        ("score-questions", cmd_score_questions, "one question per line"),
        ("score-pitch", cmd_score_pitch, "the whole input is one pitch"),
    ):
        p = sub.add_parser(name, help=f"score text: {what}")
        p.add_argument("--lang", choices=languages(), required=True)
        p.add_argument("file", metavar="FILE|-")
        p.set_defaults(run=func)
    p = sub.add_parser("validate", help="check scenario files and exercise content (exercises/*.yaml); "
                       "exit 1 listing every problem")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(run=cmd_validate)
    p = sub.add_parser("schema", help="print the editors' JSON Schema for scenario files, for every language "
                       "the course has (ORDERLAB_LANG_PATH included)")
    p.set_defaults(run=cmd_schema)
    p = sub.add_parser("play", help="replay a scripted learner and print the full report")
    p.add_argument("scenario")
    p.add_argument("--transcript", required=True, metavar="FILE")
    p.set_defaults(run=cmd_play)
    p = sub.add_parser("lab", help="open the course in JupyterLab from this folder; results go in ./.orderlab/ "
                       "unless ORDERLAB_RESULTS says otherwise")
    p.add_argument("notebook", nargs="?", default=None,
                   help=f"the notebook to open first (default: {FIRST_NOTEBOOK}, as make lab; '' for none)")
    p.add_argument("--port", type=int, default=None, help="JupyterLab's port (default: its own, 8888 or the next free)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    p.add_argument("--dry-run", action="store_true", help="print the command and where results go, as JSON")
    p.set_defaults(run=cmd_lab)
    p = sub.add_parser("room-check", help="before a workshop: addresses for the room, results store, memory, port")
    p.add_argument("--room", type=int, default=40, help="number of participants (default 40)")
    p.add_argument("--host", default="127.0.0.1", help="the address Voila will listen on (HOST=)")
    p.add_argument("--port", type=int, default=8866)
    p.add_argument("--dashboard-port", type=int, default=None,
                   help="the facilitator dashboard's port, always on 127.0.0.1 (default: port + 1)")
    p.add_argument("--workshop", default="", help="the workshop name to put in the participants' address")
    p.add_argument("--pool", type=int, default=0, metavar="N",
                   help="kernels started in advance (make room); 0: none")
    p.add_argument("--lang", choices=languages(), default="sv")
    p.add_argument("--new-code", action="store_true",
                   help="without --workshop: make a new workshop with a random code and put it in the addresses")
    p.add_argument("--text", action="store_true", help="lines for a person instead of JSON")
    p.add_argument("--retention-setting", default=None, metavar="HOW",
                   help="how the retention period is changed, said in the text (default: make's RETENTION_DAYS=)")
    p.set_defaults(run=cmd_room_check)
    from .launch import add_parsers  # workshop, room, site: the make targets without make

    add_parsers(sub)
    return parser


def cmd_lab(args: argparse.Namespace, out: TextIO) -> int:
    """JupyterLab in this folder, with self-paced results kept inside it (``.orderlab/``)."""
    import os
    import shutil

    from .launch import jupyter_env
    from .results import ENV_VAR, project_path

    env = jupyter_env(Path.cwd())  # as make lab: Jupyter's settings and runtime files stay in the folder
    if not env.get(ENV_VAR):
        env[ENV_VAR] = str(project_path(Path.cwd()))
        if not args.dry_run:
            Path(env[ENV_VAR]).parent.mkdir(exist_ok=True)  # the store creates no folder it is given
    jupyter = shutil.which("jupyter", path=str(Path(sys.executable).parent)) or "jupyter"
    argv = [jupyter, "lab", f"--ServerApp.root_dir={Path.cwd()}"]
    if hasattr(os, "getuid") and os.getuid() == 0:
        argv.append("--allow-root")  # containers and CI machines run as root
    if args.port:
        argv += [f"--port={args.port}", "--ServerApp.port_retries=0"]
    if args.no_browser:
        argv.append("--no-browser")
    notebook = args.notebook
    if notebook is None:  # as make lab: the course's first notebook, when run from the course's folder
        notebook = FIRST_NOTEBOOK if (Path.cwd() / FIRST_NOTEBOOK).is_file() else ""
    if notebook:
        argv.append(notebook)
    if args.dry_run:
        _dump({"command": argv, ENV_VAR: env[ENV_VAR]}, out)
        return 0
    from .launch import run_servers  # Ctrl+C stops JupyterLab, which stops its kernels

    return run_servers([argv], env, Path.cwd())


def cmd_room_check(args: argparse.Namespace, out: TextIO) -> int:
    from .preflight import RETENTION_SETTING, check, report_lines

    if args.room < 1 or args.pool < 0:
        raise UsageError("--room must be at least 1 and --pool at least 0")
    from .results import ResultsStore, ResultsUnavailable, new_workshop_code

    workshop, made = args.workshop.strip(), ""
    try:
        with ResultsStore() as store:
            store.purge_expired()  # a workshop starts: what is past the retention period goes for good
            if not workshop and args.new_code:  # a long random code: nobody in the room guesses another one
                workshop = made = new_workshop_code()
                store.create_workshop(workshop)
    except ResultsUnavailable:  # check() below reports why the store cannot be used
        if made:  # the code was never stored: do not print it
            workshop = made = ""
    result = check(args.room, args.host, args.port, workshop, args.pool, args.lang,
                   dashboard_port=args.dashboard_port)
    result.code_made = made
    if args.text:
        setting = args.retention_setting or RETENTION_SETTING
        out.write("\n".join(report_lines(result, args.lang, setting)) + "\n")
    else:
        _dump(result.to_dict(), out)
    return 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args, out or sys.stdout)
    except UsageError as exc:
        print(f"orderlab: {exc}", file=sys.stderr)
        return 2
    except ScenarioError as exc:
        print(f"orderlab: {exc.problems[0]}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
