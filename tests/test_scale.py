"""Everything public is picklable and pure, so caseloads run under multiprocessing and Dask.

The Dask recipe here is the one documented in docs/performance.md; Dask is a test-only dependency
and runs on its local scheduler (no cluster, no network).
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path

import pytest

import refugeelaw as rl
from refugeelaw import testing

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import caseload

ON = "2004-06-30"


@pytest.mark.parametrize(
    "obj",
    [
        testing.north_korean_escapee(),
        rl.assess_status(testing.north_korean_escapee(), on=ON),
        rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=ON),
        rl.obligations_of("CHN", on=ON)[0],
        rl.states.get("CHN"),
        rl.instruments.REFUGEE_CONVENTION,
        rl.Doctrine(nexus="one_central_reason"),
        rl.InvalidInput([rl.Problem("fears[0].likelihood", "expected a number from 0 to 1")]),
    ],
    ids=lambda o: type(o).__name__,
)
def test_public_objects_survive_pickling(obj: object) -> None:
    copy = pickle.loads(pickle.dumps(obj))
    if isinstance(obj, Exception):
        assert str(copy) == str(obj)
    else:
        assert copy == obj


def test_precedence_rulings_pickle() -> None:
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=ON)}
    ruling = rl.resolve_conflict(
        obs[("refugee-convention-1951", "33(1)")],
        obs[("china-dprk-border-protocol-1986", "return")],
        on=ON,
    )
    assert pickle.loads(pickle.dumps(ruling)) == ruling


def test_assess_many_on_two_processes_matches_one_process_in_order() -> None:
    lines = list(caseload.generate(300))
    claims = [rl.from_json(rl.Claim, line) for line in lines]
    one = [d.outcome for d in rl.assess_many(claims, on=ON)]
    two = [d.outcome for d in rl.assess_many(claims, on=ON, processes=2, chunksize=16)]
    assert one == two
    assert len(set(one)) >= 3  # the synthetic mix exercises several outcomes


def _outcome(line: str) -> str:
    return rl.assess_status(rl.from_json(rl.Claim, line), on=ON).outcome.value


def test_dask_recipe_counts_a_caseload_like_assess_many() -> None:
    """The documented recipe: a Dask bag of JSON lines, mapped through assess_status."""
    bag = pytest.importorskip("dask.bag")
    lines = list(caseload.generate(400))
    counts = dict(
        bag.from_sequence(lines, npartitions=4)
        .map(_outcome)
        .frequencies()
        .compute(scheduler="processes", num_workers=2)
    )
    expected = Counter(d.outcome.value for d in rl.assess_many(
        (rl.from_json(rl.Claim, line) for line in lines), on=ON
    ))  # fmt: skip
    assert counts == dict(expected)


def test_assess_many_progress_bar_has_rate_and_eta(capsys: pytest.CaptureFixture[str]) -> None:
    claims = [testing.north_korean_escapee(), testing.economic_migrant()] * 50
    assert len(list(rl.assess_many(claims, on=ON, progress=True, chunksize=10))) == 100
    bar = capsys.readouterr().err
    assert "100/100" in bar
    assert "claims/s, ETA" in bar
    list(rl.assess_many(claims, on=ON))  # stderr is not a terminal here: silent by default
    assert capsys.readouterr().err == ""


def test_any_executor_runs_a_caseload_in_input_order_with_the_same_results() -> None:
    """assess_many(executor=...) takes any concurrent.futures.Executor (a process pool here; Dask's
    client.get_executor() the same way): the same determinations, in input order."""
    import concurrent.futures

    from refugeelaw import testing

    claims = [
        testing.north_korean_escapee(),
        testing.economic_migrant(),
        testing.unscreened_border_crosser(),
        testing.family_of_a_defector(),
    ] * 5
    here = [d.outcome for d in rl.assess_many(claims, on="2004-06-30")]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        threads = [
            d.outcome for d in rl.assess_many(claims, on="2004-06-30", executor=pool, chunksize=3)
        ]
    assert threads == here
    with pytest.raises(rl.InvalidInput, match="executor"):
        list(rl.assess_many(claims, executor="dask"))  # type: ignore[arg-type]


def test_dask_distributed_executor_gives_the_same_counts_as_one_process() -> None:
    distributed = pytest.importorskip("dask.distributed")
    from refugeelaw import testing

    claims = [testing.north_korean_escapee(), testing.economic_migrant()] * 10
    whole = rl.summarize(rl.assess_many(claims, on="2004-06-30"), top=None)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        spread = rl.summarize(
            rl.assess_many(claims, on="2004-06-30", executor=client.get_executor(), chunksize=4),
            top=None,
        )
    assert spread == whole
