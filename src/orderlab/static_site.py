"""The static site (``make site``): the course in the browser, nothing installed, no outside request.

The participant app becomes a Voici page (``voici/render/workshop/participant.html?lang=en``) and
the self-paced notebooks open in JupyterLite (``lab/index.html``), with the exercises and solutions at
the paths the notebooks name (``exercises/sv/...``), both on Pyodide's Python. Every
file the browser fetches comes from the build, which reaches only the package registries:

- the Pyodide runtime from the npm package ``pyodide`` (runtime and standard library only);
- the pure-Python wheels its lock file names (IPython and its dependencies, micropip, jedi) from
  PyPI at the lock's exact versions, checked against the lock's sha256;
- the course's own wheels (orderlab, PyYAML built without libyaml, snowballstemmer, ipywidgets,
  anywidget, ...) added to the lock the site hosts, so the kernel loads them at start-up.

Binary packages the lock names (sqlite3, numpy, matplotlib, ...) are not on these registries and
are not hosted; the lock keeps their entries but nothing the course loads depends on them. So the
browser has no ``sqlite3``: results stay in memory (the app says so). The charts need no binary
package: ``orderlab.present.charts`` draws them as SVG in pure Python. Downloads are cached in
``.site-cache/`` inside the project; a build whose inputs did not change since the last one is skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from importlib import metadata
from pathlib import Path

from .locks import held
from .site_wheels import add_parsed_yaml, precompile

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_VERSION = "0.27.6"  # the version jupyterlite-pyodide-kernel 0.6.1 expects
PYTHON_VERSION = "3.12"  # Pyodide 0.27's Python
# Loaded from the Pyodide lock by the kernel itself at start-up (see initKernel in
# jupyterlite-pyodide-kernel): these and their dependencies in the lock must be hosted.
KERNEL_NEEDS = ("micropip", "ipython", "jedi")
# The course's own packages in the browser, with the dependencies they need there (not the ones
# their metadata lists: ipywidgets' widgetsnbextension shim comes with the kernel, and orderlab's
# server-side ones, Jupyter and Voila, have no use in the browser).
COURSE_PACKAGES = {
    "orderlab": ("pyyaml", "snowballstemmer", "ipywidgets", "anywidget"),
    "pyyaml": (),
    "snowballstemmer": (),
    "comm": (),
    # The lock's IPython (8.23) imports sqlite3, a binary module that is not on PyPI or npm; IPython 9
    # runs without it (history in memory); see PINNED. Its other dependencies come from the lock.
    # (Pyodide 0.27's lock puts prompt-toolkit's wcwidth and stack-data's own needs under ipython.)
    "ipython": ("asttokens", "decorator", "executing", "ipython-pygments-lexers", "jedi", "matplotlib-inline",
                "prompt-toolkit", "pure-eval", "pygments", "six", "stack-data", "traitlets", "wcwidth"),
    "ipython-pygments-lexers": ("pygments",),
    "ipywidgets": ("comm", "ipython", "traitlets"),
    "anywidget": ("ipywidgets", "psygnal", "typing-extensions"),
    "psygnal": (),
    "typing-extensions": (),
}
# The kernel's own wheels (jupyterlite-pyodide-kernel's piplite index), added to the lock as well: listed in
# loadPyodideOptions.packages, Pyodide loads them with everything else in one parallel batch at start-up,
# instead of the kernel installing them one after another through piplite (about 3 s on this machine).
KERNEL_WHEELS = {"piplite": ("micropip",), "ipykernel": (), "pyodide-kernel": ("ipykernel", "comm", "ipython")}
KERNEL_PYPI = Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/static/pypi"
FONT_AWESOME = "5.15.4"  # Voila's templates ask for @fortawesome/fontawesome-free@^5
CONTENTS = ("notebooks",)  # their folders (en/, sv/, workshop/) at the top of the site's contents
# Folders that keep their own name at the top, beside the notebooks' ones: the notebooks and the README
# send learners to ``exercises/sv/01-oppna-fragor.ipynb`` and ``solutions/...`` by these paths.
BESIDE = ("exercises", "solutions")
# Versions for the browser that differ from the ones installed here. IPython: 9.0 to 9.15 import
# sqlite3 only if they can; 9.16 and later raise in should_run_async(code), which the Pyodide
# kernel (0.6.1, and 0.7.2 too) calls on every cell.
PINNED = {"ipython": "9.15.0"}
# What the kernel (jupyterlite-pyodide-kernel 0.6.1, initPackageManager and initKernel) installs unless
# loadPyodideOptions.packages names it, in its own spelling; UNAVAILABLE are the ones the site cannot host.
KERNEL_START = ("micropip", "piplite", "ipykernel", "comm", "pyodide_kernel", "jedi", "ipython")
UNAVAILABLE = ("ssl", "sqlite3")  # binary modules the kernel asks for; see lite_config
INPUTS = ("src/orderlab", *CONTENTS, *BESIDE, "pyproject.toml")
STAMP = "orderlab-site.json"  # what the site was built from; its "build" is named in every Voici page
BUILD_META = "orderlab-build"


def log(text: str) -> None:
    print(f"site: {text}", flush=True)


def run(*cmd: str | Path, cwd: Path | None = None) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=cwd)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(root: Path = ROOT) -> str:
    """A hash of everything the site is built from: the package, the notebooks, this build's versions."""
    digest = hashlib.sha256()
    for name in INPUTS:
        base = root / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or ".ipynb_checkpoints" in path.parts:
                continue
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    for dist in ("jupyterlite-core", "jupyterlite-pyodide-kernel", "voici-core", "voila", *COURSE_PACKAGES):
        if dist != "orderlab":
            digest.update(f"{dist}=={version(dist)}".encode())
    digest.update(PYODIDE_VERSION.encode())
    return digest.hexdigest()


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def pyodide_runtime(cache: Path) -> Path:
    """The unpacked npm package ``pyodide`` (``npm pack`` fetches it from the npm registry)."""
    with held(cache / ".pyodide.lock"):  # another process may be unpacking it right now
        return _pyodide_runtime(cache)


def _pyodide_runtime(cache: Path) -> Path:
    folder = cache / f"pyodide-{PYODIDE_VERSION}"
    if (folder / "pyodide.js").exists():
        return folder
    tgz = cache / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tgz.exists():
        log(f"npm pack pyodide@{PYODIDE_VERSION}")
        run("npm", "pack", f"pyodide@{PYODIDE_VERSION}", "--pack-destination", cache, "--silent", cwd=cache)
    with tempfile.TemporaryDirectory(dir=cache) as tmp, tarfile.open(tgz) as tar:
        tar.extractall(tmp, filter="data")
        shutil.move(Path(tmp) / "package", folder)
    return folder


def pip_download(spec: str, dest: Path) -> Path:
    """One pure-Python wheel ``NAME==VERSION`` from PyPI for Pyodide's Python, cached in ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    before = set(dest.iterdir())
    run(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
        "--python-version", PYTHON_VERSION, "--implementation", "py", "--abi", "none", "--platform", "any",
        "--dest", dest, spec)
    new = set(dest.iterdir()) - before
    name, _, ver = spec.partition("==")
    if new:
        return new.pop()
    return find_wheel(dest, name, ver)


def find_wheel(folder: Path, name: str, ver: str) -> Path:
    key = name.lower().replace("-", "_").replace(".", "_")
    for path in folder.glob("*.whl"):
        dist, wver = path.name.split("-")[:2]
        if dist.lower().replace(".", "_") == key and wver == ver:
            return path
    raise FileNotFoundError(f"no wheel for {name}=={ver} in {folder}")


def normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def closure(lock: dict, names: tuple[str, ...]) -> list[str]:
    """``names`` and everything they depend on (the course's packages by the dependencies given above)."""
    seen: list[str] = []
    todo = list(names)
    while todo:
        name = normal(todo.pop())
        if name in seen:
            continue
        seen.append(name)
        todo.extend(COURSE_PACKAGES[name] if name in COURSE_PACKAGES else lock["packages"][name]["depends"])
    return sorted(seen)


def pure_yaml_wheel(cache: Path) -> Path:
    """PyYAML as a pure-Python wheel: built from its PyPI sdist without libyaml, retagged py3-none-any.

    PyYAML falls back to its pure-Python parser and emitter when the C extension is absent, which is
    the case in Pyodide unless Pyodide's own build is used (not on PyPI or npm).
    """
    ver = version("PyYAML")
    out = cache / "pyyaml"
    for path in out.glob(f"[Pp]y[Yy][Aa][Mm][Ll]-{ver}-py3-none-any.whl"):
        return path
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        log(f"building a pure-Python PyYAML {ver} wheel from the sdist")
        run(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary=:all:",
            "--dest", tmp, f"PyYAML=={ver}")
        sdist = next(Path(tmp).glob("*.tar.gz"))
        # Without libyaml's headers the C extension is skipped; PYYAML_FORCE_LIBYAML=0 makes sure.
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", tmp,
                        str(sdist)], check=True, env={**os.environ, "PYYAML_FORCE_LIBYAML": "0"})
        built = next(Path(tmp).glob("*.whl"))
        _assert_pure(built)
        run(sys.executable, "-m", "wheel", "tags", "--python-tag", "py3", "--abi-tag", "none",
            "--platform-tag", "any", "--remove", built)
        retagged = next(Path(tmp).glob("*-py3-none-any.whl"))
        return Path(shutil.move(retagged, out / retagged.name))


def _assert_pure(wheel: Path) -> None:
    import zipfile

    with zipfile.ZipFile(wheel) as zf:
        binary = [n for n in zf.namelist() if n.endswith((".so", ".pyd", ".dylib"))]
    if binary:
        raise RuntimeError(f"{wheel.name} holds compiled code ({binary}); the browser cannot load it")


def course_wheels(cache: Path, work: Path) -> dict[str, Path]:
    """The wheels the course needs in the browser, by lock name."""
    wheels: dict[str, Path] = {"pyyaml": pure_yaml_wheel(cache)}
    log("building the orderlab wheel")
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", work, ROOT)
    wheels["orderlab"] = next(work.glob("orderlab-*.whl"))
    log(f"{add_parsed_yaml(wheels['orderlab'])} YAML files of the orderlab wheel given a parsed JSON copy")
    for name in COURSE_PACKAGES:
        if name not in wheels:
            wheels[name] = pip_download(f"{name}=={PINNED.get(name) or version(name)}", cache / "wheels")
    for path in wheels.values():
        _assert_pure(path)
    return wheels


def lock_entry(name: str, wheel: Path, depends: tuple[str, ...]) -> dict:
    import zipfile

    with zipfile.ZipFile(wheel) as zf:
        names = [n for n in zf.namelist() if not n.split("/")[0].endswith((".dist-info", ".data"))]
    # The importable top-level names: folders, and modules at the top (six.py).
    tops = sorted({n.split("/")[0] for n in names if "/" in n} | {n[:-3] for n in names if "/" not in n
                                                                   and n.endswith(".py")})
    return {
        "name": name, "version": wheel.name.split("-")[1], "file_name": wheel.name, "install_dir": "site",
        "sha256": sha256(wheel), "package_type": "package", "imports": tops, "depends": list(depends),
        "unvendored_tests": False,
    }


def kernel_wheel(name: str) -> Path:
    """One of the kernel's own wheels, from the piplite index jupyterlite-pyodide-kernel installs."""
    key = name.replace("-", "_")
    return next(p for p in KERNEL_PYPI.glob(f"{key}-*.whl") if p.name.split("-")[0] == key)


def pyodide_folder(cache: Path, work: Path, dest: Path) -> list[str]:
    """``dest`` gets the runtime, the wheels and the lock the site hosts; returns notes on what changed."""
    runtime = pyodide_runtime(cache)
    lock = json.loads((runtime / "pyodide-lock.json").read_text(encoding="utf-8"))
    notes: list[str] = []
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip",
                 "package.json"):
        shutil.copy2(runtime / name, dest / name)
    for name in closure(lock, KERNEL_NEEDS):
        if name in COURSE_PACKAGES:  # replaced below
            continue
        entry = lock["packages"][name]
        wheel = pip_download(f"{entry['name']}=={entry['version']}", cache / "wheels")
        if wheel.name != entry["file_name"]:
            notes.append(f"{name}: the lock names {entry['file_name']}, PyPI has {wheel.name}")
            entry["file_name"] = wheel.name
        real = sha256(wheel)
        if real != entry["sha256"]:
            notes.append(f"{name}: sha256 in the lock rewritten to the PyPI file's ({real[:12]}...)")
            entry["sha256"] = real
        shutil.copy2(wheel, dest / wheel.name)
    hosted = [(name, wheel, COURSE_PACKAGES[name]) for name, wheel in course_wheels(cache, work).items()]
    hosted += [(name, kernel_wheel(name), depends) for name, depends in KERNEL_WHEELS.items()]
    for name, wheel, depends in hosted:
        if name in lock["packages"]:
            notes.append(f"{name}: the lock's entry replaced by {wheel.name}")
        lock["packages"][name] = lock_entry(name, wheel, depends)
        shutil.copy2(wheel, dest / wheel.name)
    entries = [entry for entry in lock["packages"].values() if (dest / entry["file_name"]).exists()]
    log(f"{precompile(runtime, [dest / e['file_name'] for e in entries])} modules compiled to bytecode")
    for entry in entries:
        entry["sha256"] = sha256(dest / entry["file_name"])
    (dest / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
    return notes


def font_awesome(cache: Path, dest: Path) -> None:
    """Font Awesome 5 (Voila's templates link it from a CDN) from the npm registry, CSS and woff2 fonts only."""
    folder = cache / f"fontawesome-{FONT_AWESOME}"
    if not (folder / "css").exists():
        log(f"npm pack @fortawesome/fontawesome-free@{FONT_AWESOME}")
        run("npm", "pack", f"@fortawesome/fontawesome-free@{FONT_AWESOME}", "--pack-destination", cache, "--silent",
            cwd=cache)
        tgz = cache / f"fortawesome-fontawesome-free-{FONT_AWESOME}.tgz"
        with tempfile.TemporaryDirectory(dir=cache) as tmp, tarfile.open(tgz) as tar:
            tar.extractall(tmp, filter="data")
            shutil.move(Path(tmp) / "package", folder)
    (dest / "css").mkdir(parents=True, exist_ok=True)
    for name in ("all.min.css", "v4-shims.min.css"):
        shutil.copy2(folder / "css" / name, dest / "css" / name)
    (dest / "webfonts").mkdir(exist_ok=True)
    for font in (folder / "webfonts").glob("*.woff2"):
        shutil.copy2(font, dest / "webfonts" / font.name)


def localise_pages(site: Path, build: str = "") -> int:
    """Point every Voici page at the site's own copies: Pyodide, the kernel's wheel index, Font Awesome.

    A Voici page embeds JupyterLite's settings, whose ``./`` paths the kernel resolves against the
    page's own address (``voici/render/...``), not the site's root; the page's ``baseUrl`` is the way
    back to the root. The Font Awesome links go to the copy under ``static/``. Each page names the
    ``build`` it belongs to, so that a page kept by a browser's cache after an update can tell
    (``orderlab.ui.page_info``).
    """
    changed = 0
    for page in (site / "voici").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        base = re.search(r'"baseUrl": "([^"]*)"', text)
        if not base:
            continue
        root = base.group(1)
        new = text.replace('"pyodideUrl": "./', f'"pyodideUrl": "{root}')
        new = new.replace('"pipliteUrls": ["./', f'"pipliteUrls": ["{root}')
        new = new.replace('"pipliteWheelUrl": "./', f'"pipliteWheelUrl": "{root}')
        new = re.sub(r'https://cdn\.jsdelivr\.net/npm/@fortawesome/fontawesome-free@[^/"]*/css/',
                     f"{root}static/fontawesome/css/", new)
        if build:
            meta = f'<meta name="{BUILD_META}" content="{build}" data-stamp="{root}{STAMP}">'
            new = new.replace("<head>", f"<head>\n{meta}", 1)
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def beside_contents(dest: Path, root: Path = ROOT) -> Path:
    """``dest`` holds a copy of each ``BESIDE`` folder under its own name, ready for ``--contents``.

    JupyterLite puts a contents folder's children at the top of ``files/``; a folder holding
    ``exercises/`` and ``solutions/`` puts them there by name, at the paths the notebooks give.
    """
    for name in BESIDE:
        shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns(".*", "__pycache__"))
    return dest


def lite_config(lite: Path) -> None:
    """The JupyterLite settings: Pyodide from the site, the course preloaded, no fallback to PyPI."""
    piplite = kernel_wheel("piplite")
    kernel = {
        "pyodideUrl": "./static/pyodide/pyodide.js",
        # Voici pages do not get the default the lab app has: without it the kernel installs "undefined".
        "pipliteWheelUrl": f"./extensions/@jupyterlite/pyodide-kernel-extension/static/pypi/{piplite.name}",
        "disablePyPIFallback": True,
        # The kernel installs what it needs (KERNEL_START) one by one through piplite unless it is
        # listed here; listed, Pyodide loads it from the lock at start-up, in parallel with the course.
        # ssl and sqlite3 are binary and on neither PyPI nor npm: piplite would stop the kernel, while
        # Pyodide's loader logs that they are missing and the kernel starts.
        "loadPyodideOptions": {"packages": ["orderlab", *KERNEL_START, *UNAVAILABLE]},
    }
    config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Leverera och påverka / Deliver, then influence",
            # Without a service worker the kernel does not mount the notebook contents as a drive. With
            # one, the drive's requests reach the static server on a first visit (the worker controls
            # a page only from its next load), which answers 501 and the kernel dies. The course reads
            # no files: its scenarios are in the package.
            "disabledExtensions": ["@jupyterlite/application-extension:service-worker-manager"],
            "litePluginSettings": {"@jupyterlite/pyodide-kernel-extension:kernel": kernel},
        },
    }
    (lite / "jupyter-lite.json").write_text(json.dumps(config, indent=1, ensure_ascii=False), encoding="utf-8")


def build(output: Path | None = None, cache: Path | None = None, force: bool = False,
          contents: tuple[Path, ...] = tuple(ROOT / c for c in CONTENTS)) -> Path:
    """Build the site into ``output`` (``site/``); skip it when its inputs have not changed."""
    output = output or ROOT / "site"
    cache = cache or ROOT / ".site-cache"
    with held(cache / ".build.lock"):  # a second build waits, then finds the site up to date
        return _build(output, cache, force, contents)


def _build(output: Path, cache: Path, force: bool, contents: tuple[Path, ...]) -> Path:
    stamp = output / STAMP
    key = fingerprint()
    if not force and stamp.exists() and json.loads(stamp.read_text(encoding="utf-8")).get("inputs") == key:
        log(f"{output} is up to date")
        return write_config(output)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        work = Path(tmp)
        lite = work / "lite"
        lite.mkdir()
        lite_config(lite)
        staging = work / "site"
        notes = pyodide_folder(cache, work / "wheels", staging / "static" / "pyodide")
        beside = beside_contents(work / "beside")
        folders = [arg for c in (*contents, beside) for arg in ("--contents", str(c))]
        log("jupyter lite build (lab and voici)")
        run(Path(sys.executable).parent / "voici", "build", "--apps", "lab", "--apps", "voici",
            "--lite-dir", lite, "--output-dir", work / "out", *folders, "--no-sourcemaps", cwd=lite)
        font_awesome(cache, staging / "static" / "fontawesome")
        shutil.copytree(staging / "static", work / "out" / "static", dirs_exist_ok=True)
        log(f"{localise_pages(work / 'out', key[:16])} Voici pages pointed at the site's own files")
        # Voici registers JupyterLite's service worker whatever the settings say; see lite_config.
        for worker in (work / "out").rglob("service-worker.js"):
            worker.unlink()
        (work / "out" / STAMP).write_text(json.dumps(
            {"inputs": key, "build": key[:16], "pyodide": PYODIDE_VERSION, "notes": notes}, indent=1),
            encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        shutil.move(work / "out", output)
    for note in notes:
        log(note)
    log(f"built {output}")
    return write_config(output)


def write_config(output: Path) -> Path:
    """``config.json`` beside the pages: where results go (``orderlab.xapi.client.site_config``)."""
    from .xapi.client import site_config

    (output / "config.json").write_text(json.dumps(site_config(os.environ), indent=1), encoding="utf-8")
    return output


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "site")
    parser.add_argument("--force", action="store_true", help="rebuild even when the inputs did not change")
    args = parser.parse_args(argv)
    build(args.output, force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
