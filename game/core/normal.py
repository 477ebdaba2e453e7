"""The standard normal distribution with nothing but ``math``.

pygbag's browser runtime probably lacks the ``statistics`` module, so scoring cannot rely on
``statistics.NormalDist``. The CDF comes from ``math.erfc``; its inverse from Acklam's rational
approximation (relative error below 1.2e-9) refined by one Halley step to full double precision.
"""

from __future__ import annotations

import math

_A = (-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00)
_B = (-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01)
_C = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00)
_D = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00)
_LOW = 0.02425


def cdf(x: float) -> float:
    """P(Z <= x) for a standard normal Z."""
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def _poly(coeffs, x: float) -> float:
    out = 0.0
    for c in coeffs:
        out = out * x + c
    return out


def inv_cdf(p: float) -> float:
    """The x with cdf(x) == p, for 0 < p < 1."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be strictly between 0 and 1")
    if p > 0.5:  # 1 - p is exact here; solving in the lower tail keeps the Halley step precise
        return -inv_cdf(1.0 - p)
    if p < _LOW:
        q = math.sqrt(-2.0 * math.log(p))
        x = _poly(_C, q) / (_poly(_D, q) * q + 1.0)
    else:
        q = p - 0.5
        r = q * q
        x = _poly(_A, r) * q / (_poly(_B, r) * r + 1.0)
    # One Halley step on cdf(x) - p brings the error to the limit of double precision.
    e = cdf(x) - p
    u = e * math.sqrt(2.0 * math.pi) * math.exp(x * x / 2.0)
    return x - u / (1.0 + x * u / 2.0)
