"""The site's wheels made quick to start in Pyodide: parsed YAML beside the YAML, and bytecode.

``static_site`` builds the wheels and calls these on its copies before it writes the lock it hosts:
``add_parsed_yaml`` for the orderlab wheel (``orderlab.parsed_yaml`` reads the copies), ``precompile``
for every hosted wheel. Both rewrite a wheel in place with ``add_to_wheel``, which keeps its RECORD true.
"""

from __future__ import annotations

import hashlib
import subprocess
import tempfile
from pathlib import Path


def add_parsed_yaml(wheel: Path) -> int:
    """Put a parsed JSON copy beside each YAML file in ``wheel`` (``orderlab.parsed_yaml``); return how many.

    Pyodide parses YAML in pure Python only, which took seconds of every page's start; ``json`` is
    fast there.
    """
    import zipfile

    from . import parsed_yaml

    added: dict[str, bytes] = {}
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            if name.endswith(".yaml") and (copy := parsed_yaml.copy_text(zf.read(name).decode("utf-8"))) is not None:
                added[name + parsed_yaml.SUFFIX] = copy.encode("utf-8")
    add_to_wheel(wheel, added)
    return len(added)


def add_to_wheel(wheel: Path, added: dict[str, bytes], removed: frozenset[str] = frozenset()) -> None:
    """Add files to ``wheel`` and take ``removed`` out, in its RECORD too; the .dist-info files stay last."""
    import base64
    import zipfile

    with zipfile.ZipFile(wheel) as zf:
        files = {info.filename: zf.read(info) for info in zf.infolist() if info.filename not in removed}
    record = next(name for name in files if name.endswith(".dist-info/RECORD"))
    lines = [line for line in files[record].decode("utf-8").splitlines() if line.rsplit(",", 2)[0] not in removed]
    for name, data in added.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
        lines.append(f"{name},sha256={digest},{len(data)}")
    files[record] = ("\n".join(lines) + "\n").encode("utf-8")
    files = {**{n: d for n, d in files.items() if ".dist-info/" not in n}, **added,
             **{n: d for n, d in files.items() if ".dist-info/" in n}}
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)


COMPILE_JS = """
const [runtime, dir] = process.argv.slice(-2);
const { loadPyodide } = require(runtime + "/pyodide.js");
loadPyodide({ indexURL: runtime + "/" }).then((py) => {
  py.FS.mkdirTree("/work");
  py.FS.mount(py.FS.filesystems.NODEFS, { root: dir }, "/work");
  py.runPython(`import compileall, os, py_compile
mode = py_compile.PycInvalidationMode.UNCHECKED_HASH
for name in sorted(os.listdir("/work")):
    assert compileall.compile_dir(f"/work/{name}", quiet=1, legacy=name.startswith("bare"), invalidation_mode=mode)`);
});
"""
SOURCE_KEPT = ("orderlab",)  # the course's own modules keep their source (tracebacks name the line)


def precompile(runtime: Path, wheels: list[Path]) -> int:
    """Compile the modules in ``wheels`` with Pyodide's own Python (under node); return how many.

    Pyodide compiles each module it imports from source (PyPI's wheels hold no bytecode): about 2.6 s
    of a kernel's start. Modules are replaced by their bytecode (``NAME.pyc``, as Pyodide's own builds
    ship them), so the wheels do not grow; those of ``SOURCE_KEPT`` keep their source and get
    ``__pycache__/NAME.cpython-312.pyc``. Both with an unchecked hash: used as they are.
    """
    import zipfile

    with tempfile.TemporaryDirectory() as tmp:
        kept = [wheel.name.split("-")[0] in SOURCE_KEPT for wheel in wheels]
        folders = [Path(tmp) / f"{'kept' if keep else 'bare'}{i}" for i, keep in enumerate(kept)]
        for wheel, folder in zip(wheels, folders, strict=True):
            with zipfile.ZipFile(wheel) as zf:
                zf.extractall(folder)
        subprocess.run(["node", "-e", COMPILE_JS, str(runtime.resolve()), tmp], check=True)
        count = 0
        for wheel, folder, keep in zip(wheels, folders, kept, strict=True):
            pattern = "__pycache__/*.pyc" if keep else "*.pyc"
            added = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob(pattern)
                     if keep or "__pycache__" not in p.parts}
            removed = frozenset() if keep else frozenset(name[:-1] for name in added)  # the .py beside each .pyc
            add_to_wheel(wheel, added, removed)
            count += len(added)
    return count


__all__ = ["SOURCE_KEPT", "add_parsed_yaml", "add_to_wheel", "precompile"]
