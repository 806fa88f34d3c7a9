"""Start served flow runs from a warm fork server instead of a fresh Python each time.

Prefect's runner starts a flow run of a served deployment as `python -m prefect.engine`, or, when it
holds the flow object (`Runner.add_flow`), with multiprocessing's "spawn": either way a new
interpreter that imports prefect and the flow's modules again, about 2.5 s of the event → alert
latency on the 2-core machine. With the "forkserver" start method, one clean helper process imports
those modules once (before the runner starts any thread) and each run is a fork of it: the run still
gets its own process, environment and settings, as with spawn, but skips the imports.

`run_from_memory` gives the runner the flow object of a deployment added with `add_deployment` (what
`add_flow` does), so it takes the second way. Prefect asks for the context by name in
`prefect.flow_engine.run_flow_in_subprocess`; `use_fork_server` swaps the `multiprocessing` that
module sees for one whose "spawn" context is the fork server.
Everything else Prefect does there (the pickled call, the env, the control channel) is unchanged.
Used by `earlywarn serve` unless `--no-fast-start`; POSIX only.
"""

from __future__ import annotations

import copyreg
import importlib
import multiprocessing
import sys
from types import ModuleType
from uuid import UUID

# Imported once by the fork server; a run then only imports what these do not.
# (What the flows import inside functions is listed too: the event flows brief, alert and emit.)
PRELOAD = ("prefect", "prefect.flow_engine", "prefect.runner", "flows.events", "flows.pipeline", "flows.notify",
           "earlywarn.adapters.events", "earlywarn.services.briefs", "earlywarn.services.alerts", "earlywarn.services.queries",
           "earlywarn.adapters.warm_runs")


class _ForkServerFirst(ModuleType):
    """`multiprocessing` as prefect.flow_engine sees it, but "spawn" gives the fork-server context."""

    def __init__(self, fork_server: multiprocessing.context.BaseContext) -> None:
        super().__init__("multiprocessing")
        self._fork_server = fork_server

    def __getattr__(self, name: str):
        return getattr(multiprocessing, name)

    def get_context(self, method: str | None = None):
        return self._fork_server if method == "spawn" else multiprocessing.get_context(method)


def use_fork_server(preload: tuple[str, ...] = PRELOAD) -> bool:
    """Make served flow runs start from a fork server. Returns False where there is none (Windows)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    import prefect.flow_engine
    from prefect import Flow

    if isinstance(prefect.flow_engine.multiprocessing, _ForkServerFirst):
        return True
    from multiprocessing import forkserver

    fork_server = multiprocessing.get_context("forkserver")
    fork_server.set_forkserver_preload(list(preload))
    forkserver.ensure_running()  # now, before the runner starts threads and before the first event waits on it
    prefect.flow_engine.multiprocessing = _ForkServerFirst(fork_server)
    copyreg.pickle(Flow, _by_reference)  # flows travel to the fork server by name
    return True


def run_from_memory(runner, deployment_id: UUID, entrypoint: str) -> None:
    """Let the runner start this deployment's runs from the flow object (module path entrypoint)."""
    flow = _import_flow(*entrypoint.rsplit(".", 1))
    runner._deployment_registry.register_flow(deployment_id, flow)  # what Runner.add_flow does


def _by_reference(flow):
    """Pickle a module's flow as its import path: cloudpickle would copy the function by value, and
    without the names its annotations use (NoticeSubmission …) the run cannot validate its parameters."""
    module = sys.modules.get(flow.fn.__module__)
    attribute = next((name for name, value in vars(module).items() if value is flow), None) if module else None
    if attribute is None:
        return object.__reduce_ex__(flow, 4)
    return _import_flow, (module.__name__, attribute)


def _import_flow(module_name: str, attribute: str):
    return getattr(importlib.import_module(module_name), attribute)
