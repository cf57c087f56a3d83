"""The rig's last step (motion/unfold.py), on a small shape: a vertical sheet squeezed by a steep step."""

from __future__ import annotations

import numpy as np
import pytest
from geometry_checks import flipped_faces

from anatoflow.motion import unfold
from anatoflow.motion.anchor import BREATH_TOP

STEP_MM = 6.0  # the descent rises over this height ...
STEP_DESCENT = 0.1  # ... by this much per mm of dome descent: 8.5 mm at a maximal breath, a squeeze of about 2


def sheet(spacing: float = 2.0, half: float = 60.0) -> tuple[np.ndarray, np.ndarray]:
    """A vertical sheet in the x-z plane (normal along y), triangulated on a square grid."""
    ticks = np.arange(-half, half + spacing / 2, spacing)
    x, z = np.meshgrid(ticks, ticks, indexing="ij")
    vertices = np.stack([x.ravel(), np.zeros(x.size), z.ravel()], axis=1)
    n = len(ticks)
    idx = np.arange(n * n).reshape(n, n)
    a, b, c, d = idx[:-1, :-1].ravel(), idx[1:, :-1].ravel(), idx[1:, 1:].ravel(), idx[:-1, 1:].ravel()
    return vertices, np.concatenate([np.stack([a, b, c], axis=1), np.stack([a, c, d], axis=1)])


def step_bases(vertices: np.ndarray) -> dict[str, np.ndarray]:
    """Both domes lower the sheet's upper part more than its lower part across a steep step round
    z = 0 (in a band |x| < 20 mm): a maximal breath squeezes the step flat and beyond."""
    z, x = vertices[:, 2], vertices[:, 0]
    u = np.clip((z + STEP_MM / 2) / STEP_MM, 0.0, 1.0)
    descent = STEP_DESCENT * u * u * (3.0 - 2.0 * u) * np.clip(1.0 - np.abs(x) / 20.0, 0.0, 1.0)
    down = np.zeros_like(vertices)
    down[:, 2] = -descent
    return {"dome_r_mm": down, "dome_l_mm": down.copy()}


def largest_breath(vertices: np.ndarray, bases: dict[str, np.ndarray]) -> np.ndarray:
    return vertices + sum(BREATH_TOP[n] * b for n, b in bases.items())


def test_the_step_folds_the_sheet_before() -> None:
    v, f = sheet()
    assert flipped_faces(v, largest_breath(v, step_bases(v)), f) > 0


def test_unfold_smooths_the_step_until_nothing_folds_and_leaves_the_far_sheet_alone() -> None:
    v, f = sheet()
    before = step_bases(v)
    after = unfold.unfold(v, f, before)
    for state in unfold.extreme_states():
        moved = v + sum(w * after[n] for n, w in state.items() if n in after)
        assert flipped_faces(v, moved, f) == 0, state
    far = np.abs(v[:, 2]) > 45.0
    for n in before:
        np.testing.assert_array_equal(after[n][far], before[n][far])
    # the descent is spread out, not removed: the top of the band still goes down as far
    top = (np.abs(v[:, 0]) < 1.0) & (v[:, 2] > 40.0)
    np.testing.assert_allclose(after["dome_r_mm"][top], before["dome_r_mm"][top])


def test_what_does_not_fold_keeps_its_bases_exactly() -> None:
    v, f = sheet()
    gentle = {n: b / 10.0 for n, b in step_bases(v).items()}  # a squeeze of 0.2
    assert flipped_faces(v, largest_breath(v, gentle), f) == 0
    after = unfold.unfold(v, f, gentle)
    for n in gentle:
        np.testing.assert_array_equal(after[n], gentle[n])
        assert after[n] is not gentle[n]  # a copy


def test_the_states_checked_move_both_domes_together() -> None:
    states = unfold.extreme_states()
    for state in states:
        domes = [state.get("dome_r_mm", 0.0) / BREATH_TOP["dome_r_mm"], state.get("dome_l_mm", 0.0) / BREATH_TOP["dome_l_mm"]]
        assert domes[0] == pytest.approx(domes[1])
    assert {"rib_lift": 1.0} in states
    assert {"dome_r_mm": BREATH_TOP["dome_r_mm"], "dome_l_mm": BREATH_TOP["dome_l_mm"], "rib_lift": 1.0} in states
    half = {"dome_r_mm": 0.5 * BREATH_TOP["dome_r_mm"], "dome_l_mm": 0.5 * BREATH_TOP["dome_l_mm"], "breath_bend": 1.0}
    assert half in states  # part way, the bend channel has its weight there


def test_a_sheet_turned_whole_has_no_fold_but_a_reflected_face_does() -> None:
    v, f = sheet(half=10.0)
    turned = v @ np.array([[-1.0, 0.0, 0.0], [0.0, -1.0, 0.0], [0.0, 0.0, 1.0]])  # 180 degrees about z
    assert not unfold.folded(v, turned, f).any()
    moved = v.copy()
    centre = np.argmin(np.linalg.norm(v, axis=1))  # the vertex at the origin
    moved[centre, 2] += 3.0  # pushed past its upper neighbours (2 mm above)
    assert unfold.folded(v, moved, f).any()


def _jittered(v: np.ndarray, seed: int = 3) -> np.ndarray:
    """The sheet with its vertices moved up to 0.6 mm within the plane: an irregular mesh."""
    out = v.copy()
    jitter = np.random.default_rng(seed).uniform(-0.6, 0.6, size=(len(v), 2))
    out[:, 0] += jitter[:, 0]
    out[:, 2] += jitter[:, 1]
    return out


def _adjacency_and_mean(v: np.ndarray, f: np.ndarray):
    from scipy.sparse import coo_matrix, diags

    n = len(v)
    i = np.concatenate([f[:, 0], f[:, 1], f[:, 2], f[:, 1], f[:, 2], f[:, 0]])
    j = np.concatenate([f[:, 1], f[:, 2], f[:, 0], f[:, 0], f[:, 1], f[:, 2]])
    adjacency = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n)).tocsr()
    adjacency.data[:] = 1.0
    return adjacency, diags(1.0 / np.asarray(adjacency.sum(axis=1)).ravel()) @ adjacency


def test_the_affine_repair_keeps_an_affine_motion_which_smoothing_bends() -> None:
    """On an irregular mesh the umbrella operator moves a vertex as if it sat at the centre of its
    neighbours, so it bends even an affine motion; the affine repair keeps it exactly."""
    v, f = sheet()
    v = _jittered(v)
    shear = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.8, 0.0, 0.3]])  # z moves with x and z
    bases = {"dome_r_mm": v @ shear.T, "dome_l_mm": 0.5 * (v @ shear.T)}
    adjacency, mean = _adjacency_and_mean(v, f)
    region = np.hypot(v[:, 0], v[:, 2]) < 10.0
    pieces = unfold._pieces(region, adjacency)
    assert len(pieces) == 1
    fitted = unfold._affine(v, bases, region, pieces, adjacency)
    smoothed = unfold._smoothed(bases, region, mean)
    for n in bases:
        np.testing.assert_allclose(fitted[n], bases[n], atol=1e-9)
        assert np.abs(smoothed[n] - bases[n]).max() > 0.05


def test_depth_of_a_region_covering_the_whole_mesh_is_infinite() -> None:
    """Rings are counted from the region's edge; a region without an edge (a whole small vessel)
    is deep everywhere (this once looped for ever)."""
    v, f = sheet(half=6.0)
    adjacency, _ = _adjacency_and_mean(v, f)
    everything = np.ones(len(v), dtype=bool)
    assert np.all(np.isinf(unfold._depth(everything, adjacency)))
    corner = np.hypot(v[:, 0] + 6.0, v[:, 2] + 6.0) < 5.0
    depth = unfold._depth(corner, adjacency)
    assert depth[~corner].max() == 0 and depth[corner].min() == 1 and np.isfinite(depth).all()


def test_a_sliver_is_repaired_by_moving_it_whole() -> None:
    """A thin face whose corners cross each other in a large breath is moved whole by the mean of
    its corners' motion: it then only translates and keeps its normal."""
    v = np.array([[0.0, 0.0, 0.0], [10.0, 0.0, 0.0], [5.0, 0.0, 0.5]])
    f = np.array([[0, 1, 2]])
    down = np.zeros_like(v)
    down[2, 2] = -0.02  # 1.7 mm at a maximal breath: the tip passes the base
    out = unfold._rigid_faces({"dome_r_mm": down}, f)
    np.testing.assert_allclose(out["dome_r_mm"], np.tile(down.mean(axis=0), (3, 1)))
