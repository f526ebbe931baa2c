"""The printable summary of a learner's rounds, drawn as Markdown and as HTML from one set of facts.

The facts are ``orderlab.progress.summary_facts`` (plain text); every piece of it is escaped
here: ``md_escape`` for Markdown, ``html`` for HTML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from .. import lang as L
from .. import progress as P
from .escape import html as escape
from .escape import md_escape
from .palette import PALETTE as C


def summary_markdown(reports: Sequence[Mapping[str, Any]], lang: str = "sv", *, name: str = "",
                     when: date | None = None, reflection: Sequence[str] = ()) -> str:
    """A short printable summary in Markdown: rounds, skills, what to practise, the best pitch, the method.

    ``name`` (the learner's alias), ``when`` and ``reflection`` (answers to section 6's questions) are
    optional; learner text is escaped.
    """
    f = P.summary_facts(reports, lang, name, when, reflection)
    out = [f"# {md_escape(f['title'])}", ""]
    if f["meta"]:
        out += ["  \n".join(md_escape(m) for m in f["meta"]), ""]
    if f["empty"]:
        out += [md_escape(f["empty"]), ""]
    else:
        heading, header, rows = f["table"]
        out += [md_escape(f["played"]), "", f"## {md_escape(heading)}", "",
                "| " + " | ".join(md_escape(h) for h in header) + " |",
                "|---:|---|" + "---:|" * (len(header) - 2)]
        out += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in rows]
        heading, lines = f["skills"]
        out += ["", f"## {md_escape(heading)}", "", *(f"- {md_escape(line)}" for line in lines), ""]
        heading, groups = f["practice"]
        out += [f"## {md_escape(heading)}", ""]
        for sub, lines in groups:
            out += [f"### {md_escape(sub)}", "", *(f"- {md_escape(line)}" for line in lines), ""]
        if "pitch" in f:
            heading, meta, pitch = f["pitch"]
            out += [f"## {md_escape(heading)}", "", f"*{md_escape(meta)}*", "", f"> {md_escape(pitch)}", ""]
    if f["reflection"]:
        heading, pairs = f["reflection"]
        out += [f"## {md_escape(heading)}", ""]
        for question, answer in pairs:
            out += [f"### {md_escape(question)}", "", md_escape(answer), ""]
    heading, steps = f["method"]
    out += [f"## {md_escape(heading)}", "", *(f"{i}. {md_escape(s)}" for i, s in enumerate(steps, 1))]
    return "\n".join(out) + "\n"


_PAGE_CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:46em;margin:2em auto;padding:0 1em;"
    f"line-height:1.5;color:{C['ink']}}}h1{{font-size:1.5em}}h2{{font-size:1.2em;margin-top:1.4em}}h3{{font-size:1em}}"
    f"table{{border-collapse:collapse}}th,td{{border:1px solid {C['grey']};padding:0.2em 0.6em;text-align:left}}"
    f"td.n{{text-align:right}}blockquote{{border-left:4px solid {C['blue']};margin:0.5em 0;padding:0.2em 1em;"
    "white-space:pre-wrap}@media print{body{margin:0;max-width:none}}"
)


def summary_html_body(reports: Sequence[Mapping[str, Any]], lang: str = "sv", *, name: str = "",
                      when: date | None = None, reflection: Sequence[str] = ()) -> str:
    """The summary as an HTML fragment (for showing in a notebook); every piece of text is escaped."""
    f = P.summary_facts(reports, lang, name, when, reflection)
    e = escape
    out = [f'<div class="ol-summary-doc" lang="{e(lang)}">', f"<h1>{e(f['title'])}</h1>"]
    if f["meta"]:
        out.append("<p>" + "<br>".join(e(m) for m in f["meta"]) + "</p>")
    if f["empty"]:
        out.append(f"<p>{e(f['empty'])}</p>")
    else:
        heading, header, rows = f["table"]
        out += [f"<p>{e(f['played'])}</p>", f"<h2>{e(heading)}</h2>", "<table><thead><tr>",
                "".join(f'<th scope="col">{e(h)}</th>' for h in header), "</tr></thead><tbody>"]
        out += ["<tr>" + "".join(f'<td{"" if i == 1 else " class=n"}>{e(c)}</td>' for i, c in enumerate(row))
                + "</tr>" for row in rows]
        out.append("</tbody></table>")
        heading, lines = f["skills"]
        out += [f"<h2>{e(heading)}</h2>", "<ul>", *(f"<li>{e(line)}</li>" for line in lines), "</ul>"]
        heading, groups = f["practice"]
        out.append(f"<h2>{e(heading)}</h2>")
        for sub, lines in groups:
            out += [f"<h3>{e(sub)}</h3>", "<ul>", *(f"<li>{e(line)}</li>" for line in lines), "</ul>"]
        if "pitch" in f:
            heading, meta, pitch = f["pitch"]
            out += [f"<h2>{e(heading)}</h2>", f"<p><em>{e(meta)}</em></p>",
                    f"<blockquote>{e(pitch.strip())}</blockquote>"]
    if f["reflection"]:
        heading, pairs = f["reflection"]
        out.append(f"<h2>{e(heading)}</h2>")
        for question, answer in pairs:
            out += [f"<h3>{e(question)}</h3>", f'<p style="white-space:pre-wrap">{e(answer)}</p>']
    heading, steps = f["method"]
    out += [f"<h2>{e(heading)}</h2>", "<ol>", *(f"<li>{e(s)}</li>" for s in steps), "</ol>", "</div>"]
    return "\n".join(out)


def summary_html(reports: Sequence[Mapping[str, Any]], lang: str = "sv", *, name: str = "",
                 when: date | None = None, reflection: Sequence[str] = ()) -> str:
    """The summary as a whole HTML page to save and print; every piece of text is escaped."""
    body = summary_html_body(reports, lang, name=name, when=when, reflection=reflection)
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(L.text(lang, 'progress.summary_title'))}</title>\n<style>{_PAGE_CSS}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


__all__ = ["md_escape", "summary_html", "summary_html_body", "summary_markdown"]
