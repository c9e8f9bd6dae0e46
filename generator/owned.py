"""What the generator owns in an output directory, and reading it without ever leaving that directory.

`.manifest` lists every file the generator wrote with a hash of what it wrote, one `<hash>  <path>` a line. Its
lines are untrusted input (a pull request can edit them): each path must be relative, normalised, and reach a
regular file through real directories below the output directory. A listed file is the generator's to overwrite;
it is the generator's to delete only while it still holds the listed hash, so a line naming a file someone else
made (whose content the author of the line cannot know) deletes nothing. `.manifest` and `.fingerprint.json`
are the records: always owned, never listed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import posixpath
import stat
from dataclasses import dataclass, field

from .errors import OutputError
from .limits import MAX_FILE_BYTES

MANIFEST = ".manifest"
FINGERPRINT_FILE = ".fingerprint.json"  # written by generator.fingerprint
GITATTRIBUTES = ".gitattributes"
RECORDS = (MANIFEST, FINGERPRINT_FILE)
RUN_DIR = ".specsmith-run"  # staging of an unfinished write; see generator.write
_ATTRIBUTES = "text eol=lf linguist-generated"
_FEW = 3  # a folder with at most this many owned files lists them one by one in .gitattributes


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def manifest_text(files: dict[str, str]) -> str:
    return "".join(f"{digest(files[rel].encode('utf-8'))}  {rel}\n" for rel in sorted(files) if rel not in RECORDS)


def with_records(files: dict[str, str], fingerprint: bool = True) -> dict[str, str]:
    """`files` with `.gitattributes` and `.manifest` (the fingerprint, which hashes these, comes after; False: the
    folder holds none)."""
    files = dict(files)
    files[GITATTRIBUTES] = gitattributes_text([*files, GITATTRIBUTES, *(RECORDS if fingerprint else (MANIFEST,))])
    files[MANIFEST] = manifest_text(files)
    return files


def gitattributes_text(paths: list[str]) -> str:
    """LF line endings on every checkout (core.autocrlf would make `check` see every line changed) and folded
    diffs on code hosts, for the owned paths only: patterns name folders full of owned files by extension and
    anything else one by one, so an output directory shared with your own files (`--out .`) marks none of them."""
    by_dir: dict[str, list[str]] = {}
    for rel in sorted(set(paths)):
        by_dir.setdefault(posixpath.dirname(rel), []).append(rel)
    patterns = []
    for folder, rels in sorted(by_dir.items()):
        if folder and len(rels) > _FEW:
            exts = sorted({posixpath.splitext(rel)[1] for rel in rels})
            patterns += [f"/{folder}/*{ext}" if ext else f"/{folder}/*" for ext in exts]
        else:
            patterns += [f"/{rel}" for rel in rels]
    width = max(len(p) for p in patterns)
    head = "# Written by specsmith for the files it generates (see .manifest): LF endings, folded in diffs.\n"
    return head + "".join(f"{p.ljust(width)} {_ATTRIBUTES}\n" for p in patterns)


def path_problem(rel: str) -> str | None:
    """Why `rel` cannot name an owned file, or None."""
    if not rel or "\0" in rel or "\\" in rel or rel.startswith("/") or posixpath.normpath(rel) != rel:
        return "not a normalised relative path"
    parts = rel.split("/")
    if any(part in ("..", ".") for part in parts):
        return "not a normalised relative path"
    if parts[0] == RUN_DIR or any(part.casefold() == ".git" for part in parts):
        return "a path the generator never writes"
    return None


@dataclass
class Owned:
    """The owned files of one output directory (its `.manifest`), read once and checked line by line."""

    out: str  # absolute, symlinks resolved
    hashes: dict[str, str] = field(default_factory=dict)  # path -> hash it was written with ("" for old records)
    _real_dirs: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, out_dir: str) -> Owned:
        owned = cls(os.path.realpath(out_dir))
        text = owned.read_bytes(MANIFEST)
        if text is None:
            return owned
        for n, line in enumerate(text.decode("utf-8", "replace").splitlines(), 1):
            if not line:
                continue
            hashed, sep, rel = line.partition("  ")
            if not sep:  # a manifest of before the hashes: paths only
                hashed, rel = "", line
            problem = path_problem(rel) or ("" if not hashed or _is_hash(hashed) else "not `<hash>  <path>`")
            if not problem and rel in RECORDS:
                continue  # always owned (manifests before the hashes listed the fingerprint)
            if not problem:
                try:
                    owned.dir_of(rel)  # a listed path through a symlink is refused before anything is read
                except OutputError as e:
                    problem = str(e)
            if problem:
                raise OutputError(f"{os.path.join(out_dir, MANIFEST)}: line {n} ({line[:80]!r}): {problem}; the "
                                  f"generator lists only the files it wrote below {out_dir} (restore the file from "
                                  "version control, or delete it and the files it listed)")
            owned.hashes[rel] = hashed
        return owned

    def paths(self) -> list[str]:
        """Every owned path, the records included."""
        return sorted({*self.hashes, *RECORDS})

    def owns(self, rel: str) -> bool:
        return rel in self.hashes or rel in RECORDS

    def current(self, rel: str) -> bytes | None:
        """out/rel as it is, if it is owned."""
        return self.read_bytes(rel) if self.owns(rel) else None

    def dir_of(self, rel: str) -> str:
        """The real directory that holds out/rel (which may not exist yet); OutputError if a folder on the way is
        a symlink or a file: the generator never reads or writes through one."""
        folder = posixpath.dirname(rel)
        path = self.out
        walked = ""
        for part in folder.split("/") if folder else ():
            walked = f"{walked}/{part}" if walked else part
            path = os.path.join(path, part)
            if walked in self._real_dirs:
                continue
            try:
                st = os.lstat(path)
            except FileNotFoundError:
                break
            if stat.S_ISLNK(st.st_mode):
                raise OutputError(f"{path}: a symlink where the generator keeps a folder of its own ({rel} goes "
                                  "through it); it never reads or writes through symlinks: replace it with a folder")
            if not stat.S_ISDIR(st.st_mode):
                return os.path.join(self.out, folder)  # a file in the way: the write plan reports it
            self._real_dirs.add(walked)
        return os.path.join(self.out, folder)

    def read_bytes(self, rel: str) -> bytes | None:
        """out/rel if it is a regular file (at most MAX_FILE_BYTES + 1 bytes), None if it is missing; never through a
        symlink, never blocking on a FIFO or device."""
        path = os.path.join(self.dir_of(rel), posixpath.basename(rel))
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            return None
        except OSError as e:
            if e.errno == errno.ELOOP:
                raise OutputError(f"{path}: a symlink where the generator writes a file; it never reads or writes "
                                  "through symlinks: delete it") from None
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise OutputError(f"{path}: not a regular file, where the generator writes one: delete it")
        with os.fdopen(fd, "rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)

    def read_text(self, rel: str) -> str | None:
        data = self.read_bytes(rel)
        return None if data is None else data.decode("utf-8", "replace")


def _is_hash(text: str) -> bool:
    return len(text) == 16 and all(c in "0123456789abcdef" for c in text)


def read_tree(out_dir: str) -> dict[str, str]:
    """The generator-owned files currently in out_dir, `.manifest` included."""
    owned = Owned.read(out_dir)
    tree = {rel: owned.read_text(rel) for rel in owned.paths()}
    return {rel: text for rel, text in tree.items() if text is not None}


def read_owned(out_dir: str, rel: str) -> str | None:
    """One generator-owned file of out_dir (a record, or listed in the manifest), or None."""
    owned = Owned.read(out_dir)
    return owned.read_text(rel) if owned.owns(rel) else None
