"""Dask workers start with the malloc settings (dask_cluster.MALLOC): in the environment
of a LocalCluster's worker processes, and applied with mallopt() by the worker plugin,
which is how remote workers get them."""

from __future__ import annotations

import os
import platform

import pytest

from alliancewatch import dask_cluster

distributed = pytest.importorskip("distributed")
glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")


def test_environment_names_every_setting():
    env = dask_cluster.malloc_environ()
    assert env == {
        "MALLOC_ARENA_MAX": str(dask_cluster.MALLOC["ARENA_MAX"]),
        "MALLOC_MMAP_THRESHOLD_": str(dask_cluster.MALLOC["MMAP_THRESHOLD_"]),
        "MALLOC_TRIM_THRESHOLD_": str(dask_cluster.MALLOC["TRIM_THRESHOLD_"]),
    }


@glibc
def test_mallopt_accepts_every_setting():
    assert dask_cluster.tune_malloc() == dict.fromkeys(dask_cluster.MALLOC, True)


@glibc
def test_local_workers_start_with_the_settings_and_the_plugin():
    before = dict(os.environ)
    with (
        dask_cluster.local_cluster(distributed, 1) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.register_plugin(dask_cluster.TuneMalloc(), name=dask_cluster.TuneMalloc.name)
        names = sorted(dask_cluster.malloc_environ())
        seen = client.run(lambda: {k: os.environ.get(k) for k in names})
        kept = client.run(lambda: os.environ.get("OMP_NUM_THREADS"))
        applied = client.run(lambda dask_worker: dask_worker.alliancewatch_malloc)
        threads = client.nthreads()
    ((env,),) = [list(seen.values())]
    assert env == dask_cluster.malloc_environ()
    assert list(applied.values()) == [dict.fromkeys(dask_cluster.MALLOC, True)]
    assert list(threads.values()) == [1]
    assert list(kept.values()) == ["1"]  # Dask's own pre-spawn settings are kept
    # the client process keeps its own environment apart from what Dask itself sets
    assert {k: os.environ.get(k) for k in names} == {k: before.get(k) for k in names}
