"""Write the fixture stores that tests/test_report_format.py opens: results saved by an older version.

Run with the code of commit 179bbf4 (the last version that stored feedback and tips as finished
sentences), from the repository root:

    git worktree add /tmp/ol-179bbf4 179bbf4
    PYTHONPATH=/tmp/ol-179bbf4/src:tests python tests/data/stores/make_stores.py

It writes ``v179bbf4.sqlite``, ``v179bbf4.pg.sql`` (a plain-SQL ``pg_dump`` of the same rounds saved
on PostgreSQL, when ``tests/pgserver.py`` can start a server) and ``v179bbf4.expected.json``: what
``progress.practice`` and ``progress.summary_markdown`` showed for them in both languages then. The
new code must show the same.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import orderlab
from orderlab import Session, progress
from orderlab.results import ResultsStore

HERE = Path(__file__).resolve().parent
NAME = "v179bbf4"
WORKSHOP, ALIAS = "egen-takt", "Kim"

# (scenario, language, questions, confirmation or None, delivery, pitch): rounds that give many tips.
ROUNDS = [
    ("school-brochure", "sv", ["Ska vi göra en broschyr i A4?", "Vill du ha den tryckt?"], None, "alternative",
     "Jag föreslår en film i stället. Det blir bättre."),
    ("school-brochure", "en", ["What do you want the brochure to achieve?", "Who will read it?",
                               "What happens if it is late?"], "A brochure for parents by May.", "ordered",
     "Thank you for the order. The brochure reached the parents in time. Next time, could we first talk about "
     "what the parents need to know, so that we can pick the format together? I would be glad to help."),
    ("preschool-move", "sv", ["Vad vill ni uppnå med informationen?", "Berätta mer om det.",
                              "Så det viktiga är att föräldrarna känner sig trygga?"], None, "ordered",
     "Tack för beställningen. Nästa gång vill jag gärna höra syftet först."),
    ("helpline-campaign", "en", ["Shouldn't we make a video instead?", "Is the budget fixed?"], None,
     "alternative", "You should have asked me earlier. It is your fault that the campaign failed."),
]


def play() -> list[dict]:
    reports = []
    for i, (scenario, lang, questions, summary, choice, pitch) in enumerate(ROUNDS):
        session = Session(scenario, lang, seed=i, clock=lambda: 1_700_000_000.0)
        for q in questions:
            if not session.meeting_over:
                session.ask(q)
        session.finish_consulting()
        if summary:
            session.confirm(summary)
        session.deliver(choice)
        session.pitch(pitch)
        reports.append(session.report())
    return reports


def save(location: str, reports: list[dict]) -> None:
    times = iter(range(1_700_000_000, 1_700_000_100))
    with ResultsStore(location, clock=lambda: float(next(times))) as store:
        for i, report in enumerate(reports):
            store.save_result(WORKSHOP, ALIAS, report, str(uuid.uuid5(uuid.NAMESPACE_URL, f"{NAME}-{i}")))


def main() -> None:
    reports = play()
    sqlite = HERE / f"{NAME}.sqlite"
    sqlite.unlink(missing_ok=True)
    save(str(sqlite), reports)
    expected = {"version": orderlab.__version__,
                **{lang: {"practice": progress.practice(reports, lang),
                          "summary": progress.summary_markdown(reports, lang)} for lang in ("sv", "en")}}
    (HERE / f"{NAME}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n")
    import pgserver

    if pgserver.missing():
        print("no PostgreSQL dump:", pgserver.missing(), file=sys.stderr)
        return
    server = pgserver.start()
    try:
        url = server.create_db("fixture")
        save(url, reports)
        dump = subprocess.run(
            [pgserver.find_bin("pg_dump"), "--no-owner", "--no-privileges", "--inserts", "-h", server.socket_dir,
             "-p", str(server.port), "-U", pgserver.SUPERUSER, "fixture"],
            check=True, capture_output=True, text=True).stdout
        (HERE / f"{NAME}.pg.sql").write_text(dump)
    finally:
        pgserver.stop(server)


if __name__ == "__main__":
    main()
