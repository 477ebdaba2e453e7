"""The math-only normal distribution matches the standard library's to near double precision."""

from statistics import NormalDist

import pytest

from game.core import normal

REF = NormalDist()


@pytest.mark.parametrize("p", [1e-12, 1e-6, 0.001, 0.02, 0.02425, 0.0556, 0.3, 0.5, 0.7, 0.9545, 0.97575, 0.999, 1 - 1e-9])
def test_inverse_cdf(p):
    assert normal.inv_cdf(p) == pytest.approx(REF.inv_cdf(p), rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("x", [-8, -3.38, -1.5, 0, 0.4, 1.69, 3, 7])
def test_cdf(x):
    assert normal.cdf(x) == pytest.approx(REF.cdf(x), rel=1e-12, abs=1e-15)


def test_domain():
    for bad in (0.0, 1.0, -0.1, 2):
        with pytest.raises(ValueError):
            normal.inv_cdf(bad)


def test_scoring_does_not_need_statistics(root):
    import subprocess
    import sys
    code = "import sys\nsys.modules['statistics'] = None\nimport game.core.scoring as s\nprint(s.z(0.975))"
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("1.95996"), out.stderr
