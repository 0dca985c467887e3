#!/usr/bin/env python3
"""Expected numbers of tests/unit/test_rank.c, computed independently of the
library and of GSL: plain formulas in mpmath at 40 digits (the normal and t
quantiles by root finding on their CDFs). Run: python3 tests/stats/expected.py
Each block names the Test() it feeds; the comments in test_rank.c show the
same computation by hand."""
from mpmath import mp, mpf, sqrt, ncdf, findroot, betainc, erfinv, quad

mp.dps = 40


def zq(conf):
    """Two-sided normal quantile: Φ⁻¹(1 − (1 − conf)/2)."""
    return sqrt(2) * erfinv(mpf(conf))


def tcdf(t, df):
    df = mpf(df)
    x = df / (df + t * t)
    tail = betainc(df / 2, mpf(1) / 2, 0, x, regularized=True) / 2
    return 1 - tail if t > 0 else tail


def tq(conf, df):
    target = 1 - (1 - mpf(conf)) / 2
    return findroot(lambda t: tcdf(t, df) - target, zq(conf))


def p2(center, se, df=None):
    t = abs(center) / se
    return 2 * (1 - (ncdf(t) if df is None else tcdf(t, df)))


def nps_adj(P, D, n):
    n1 = n + 3
    p1, d1 = (P + mpf(3) / 4) / n1, (D + mpf(3) / 4) / n1
    c = p1 - d1
    return 100 * c, 100 * sqrt((p1 + d1 - c * c) / n1)


def show(name, **kv):
    print(name)
    for k, v in kv.items():
        print(f"    {k} = {mp.nstr(v, 17)}")


def impact(s, m1, m0, v1, v0, n1, n0, n):
    diff = m1 - m0
    se = sqrt(s * s * (v1 / n1 + v0 / n0) + diff * diff * s * (1 - s) / n)
    return s * diff, se


z95, z90 = zq(0.95), zq(0.90)
show("z", z95=z95, z90=z90)

# nps_hand_table: 10 rows, 5 P, 2 Pa, 3 D
c, se = nps_adj(5, 3, 10)
show("nps_hand_table overall", lo=c - z95 * se, hi=c + z95 * se, lo90=c - z90 * se,
     hi90=c + z90 * se)
# theme 0: 1 Pa + 3 D mentioners, 5 P + 1 Pa without
v1 = 10**4 * (mpf(3) / 4 - (mpf(3) / 4) ** 2)
v0 = 10**4 * (mpf(5) / 6 - (mpf(5) / 6) ** 2)
imp, se = impact(mpf("0.4"), -75, mpf(500) / 6, v1, v0, 4, 6, 10)
p0 = p2(imp, se)
show("nps_hand_table theme0", impact=imp, se=se, lo=imp - z95 * se, hi=imp + z95 * se, p=p0)
# theme 3: 3 P mentioners, 2 P 2 Pa 3 D without
v0 = 10**4 * (mpf(5) / 7 - (mpf(1) / 7) ** 2)
imp3, se3 = impact(mpf("0.3"), 100, mpf(-100) / 7, 0, v0, 3, 7, 10)
p3 = p2(imp3, se3)
show("nps_hand_table theme3", impact=imp3, se=se3, lo=imp3 - z95 * se3, hi=imp3 + z95 * se3,
     p=p3)
ps = sorted([p0, p3])
q_small = min(2 * ps[0], ps[1])
show("nps_hand_table q", q_small=q_small, q_large=ps[1])

# nps_n1: one promoter
c, se = nps_adj(1, 0, 1)
show("nps_n1", lo=c - z95 * se, hi=c + z95 * se)
# all promoters / detractors, n = 10
c, se = nps_adj(10, 0, 10)
show("nps_all_promoters", lo=c - z95 * se, hi=c + z95 * se)
c, se = nps_adj(0, 10, 10)
show("nps_all_detractors", lo=c - z95 * se, hi=c + z95 * se)

# csat_wilson: 7 of 10 top-two
def wilson(p, n, z):
    den = 1 + z * z / n
    cen = (p + z * z / (2 * n)) / den
    half = z / den * sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return 100 * (cen - half), 100 * (cen + half)

lo, hi = wilson(mpf("0.7"), 10, z95)
show("csat_wilson", lo=lo, hi=hi)
lo, hi = wilson(mpf(1), 1, z95)
show("csat_n1", lo=lo, hi=hi)

# csi_t: answers 1..5 on 1–5 → y 0,25,50,75,100
se = sqrt(mpf(1250) / 4)
t4 = tq(0.95, 4)
show("csi_t", t4=t4, lo=50 - t4 * se, hi=50 + t4 * se)
# theme 0: answers 4,5 mention
v1 = mpf("156.25")
v0 = (mpf(0) ** 2 + 25**2 + 50**2) / 3 - 25**2
imp, se = impact(mpf("0.4"), mpf("87.5"), 25, v1, v0, 2, 3, 5)
show("csi_t theme0", impact=imp, se=se, lo=imp - z95 * se, hi=imp + z95 * se, p=p2(imp, se))

# weighted_kish: NPS rows P w1 (t0), P w3, Pa w2 (t0), D w4
neff = mpf(100) / 30
n1 = neff + 3
p1 = (mpf("0.4") * neff + mpf(3) / 4) / n1
d1 = p1
c = p1 - d1
se = 100 * sqrt((p1 + d1 - c * c) / n1)
show("weighted_kish overall", neff=neff, lo=100 * c - z95 * se, hi=100 * c + z95 * se)
v1 = 10**4 * (mpf(1) / 3 - mpf(1) / 9)
v0 = 10**4 * (1 - (mpf(1) / 7) ** 2)
imp, se = impact(mpf("0.3"), mpf(100) / 3, mpf(-100) / 7, v1, v0, mpf(9) / 5, mpf(49) / 25, neff)
show("weighted_kish theme0", impact=imp, se=se, lo=imp - z95 * se, hi=imp + z95 * se,
     p=p2(imp, se))
# weighted CSI: y 0 (w1), 50 (w2), 100 (w1): mean 50, var 1250, neff 16/6
neff = mpf(16) / 6
df = neff - 1
se = sqrt(1250 / df)
t = tq(0.95, df)
show("weighted_csi", df=df, t=t, lo=50 - t * se, hi=50 + t * se)

# bh_known_vector
p = [mpf(x) for x in ("0.01", "0.04", "0.03", "0.005", "0.20", "0.04")]
m = len(p)
order = sorted(range(m), key=lambda i: p[i])
q = [None] * m
run = mpf(1)
for r in range(m - 1, -1, -1):
    i = order[r]
    run = min(run, m * p[i] / (r + 1))
    q[i] = run
show("bh_known_vector", **{f"q{i}": v for i, v in enumerate(q)})

# relweight_two_predictors: rho = 0.5, r = (0.6, 0.3)
rho, r1, r2 = mpf("0.5"), mpf("0.6"), mpf("0.3")
a = (sqrt(1 + rho) + sqrt(1 - rho)) / 2
b = (sqrt(1 + rho) - sqrt(1 - rho)) / 2
cc = (1 / sqrt(1 + rho) + 1 / sqrt(1 - rho)) / 2
dd = (1 / sqrt(1 + rho) - 1 / sqrt(1 - rho)) / 2
b1, b2 = cc * r1 + dd * r2, dd * r1 + cc * r2
e1, e2 = a * a * b1 * b1 + b * b * b2 * b2, b * b * b1 * b1 + a * a * b2 * b2
show("relweight_two_predictors", e1=e1, e2=e2, r2=(r1 * r1 + r2 * r2 - 2 * rho * r1 * r2) / (1 - rho * rho),
     sum=e1 + e2)

# compare_nps: prev 5P 2Pa 3D, cur 8P 1Pa 1D (n = 10 each)
cp, sp = nps_adj(5, 3, 10)
cc_, sc = nps_adj(8, 1, 10)
d, se = cc_ - cp, sqrt(sp * sp + sc * sc)
show("compare_nps overall", center=d, se=se, lo=d - z95 * se, hi=d + z95 * se, p=p2(d, se))
# theme 0: prev as nps_hand_table; cur mentioners 1 Pa + 1 D, without 8 P
v1 = 10**4 * (mpf(1) / 2 - mpf(1) / 4)
impc, sec = impact(mpf("0.2"), -50, 100, v1, 0, 2, 8, 10)
v1 = 10**4 * (mpf(3) / 4 - (mpf(3) / 4) ** 2)
v0 = 10**4 * (mpf(5) / 6 - (mpf(5) / 6) ** 2)
impp, sep = impact(mpf("0.4"), -75, mpf(500) / 6, v1, v0, 4, 6, 10)
d, se = impc - impp, sqrt(sec * sec + sep * sep)
show("compare_nps theme0", cur=impc, delta=d, se=se, lo=d - z95 * se, hi=d + z95 * se,
     p=p2(d, se))

# compare_csat: prev 7/10, cur 9/10: Agresti–Caffo
pp, pc = mpf(8) / 12, mpf(10) / 12
d = 100 * (pc - pp)
se = 100 * sqrt(pp * (1 - pp) / 12 + pc * (1 - pc) / 12)
show("compare_csat", center=d, lo=d - z95 * se, hi=d + z95 * se, p=p2(d, se))

# compare_csi: prev y 0,25,50,75,100; cur y 50,75,100,100 (answers 3,4,5,5 on 1–5)
ap = mpf(1250) / 4
yc = [50, 75, 100, 100]
mc = mpf(sum(yc)) / 4
vc = sum((mpf(y) - mc) ** 2 for y in yc) / 4
ac = vc / 3
se = sqrt(ap + ac)
df = (ap + ac) ** 2 / (ap * ap / 4 + ac * ac / 3)
t = tq(0.95, df)
d = mc - 50
show("compare_csi", delta=d, df=df, t=t, lo=d - t * se, hi=d + t * se, p=p2(d, se, df))

# weighted_csi_unclipped: scale 0–10, answers 4, 5, 6, 4.5, 5.5 with weights 1, 2, 1, 3, 3
ys = [mpf(40), mpf(50), mpf(60), mpf(45), mpf(55)]
ws = [mpf(1), mpf(2), mpf(1), mpf(3), mpf(3)]
W = sum(ws)
mean = sum(w * y for w, y in zip(ws, ys)) / W
var = sum(w * (y - mean) ** 2 for w, y in zip(ws, ys)) / W
neff = W * W / sum(w * w for w in ws)
se = sqrt(var / (neff - 1))
t = tq(0.95, neff - 1)
show("weighted_csi_unclipped", mean=mean, var=var, neff=neff, t=t, lo=mean - t * se,
     hi=mean + t * se)
