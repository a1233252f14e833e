package org.kharita.geo;

import java.util.List;

/**
 * Fits {@link ChoiceWeights} by conditional logistic regression: for each name, the chance that the resolver's score
 * picks a right candidate among its candidates, P(c) = exp(w·f_c) / Σ exp(w·f_k), summed over the right ones (two
 * copies of one place may both be right). The penalty (λ/2)·|w − w₀|², with w₀ the hand-set weights on the same
 * scale, keeps a feature the data rarely sees at its rule weight instead of letting one passage set it.
 *
 * <p>Deterministic, so that {@code train} reproduces the shipped weights bit for bit: the groups are taken in the
 * order given, and the solver is Newton's method with the model's covariance plus λ as its (always positive-definite)
 * curvature, a halving line search, each weight held to its rule's sign, and a fixed cap on iterations.
 */
public final class ChoiceTrainer {
    /** One name: its candidates' evidence and which of them the gold accepts. */
    public record Group(double[][] features, boolean[] right) {
    }

    static final int MAX_ITERATIONS = 200;
    static final double TOLERANCE = 1e-10;

    private final double lambda;
    private final double[] prior;

    /** @param prior the weights a feature keeps without evidence (the rules over their temperature) */
    public ChoiceTrainer(double lambda, double[] prior) {
        this.lambda = lambda;
        this.prior = prior.clone();
    }

    /** The rules' weights on the scale the trained model scores at (temperature 1). */
    public static double[] rulePrior() {
        double[] w = ChoiceWeights.RULES.weights();
        for (int k = 0; k < w.length; k++) w[k] /= ChoiceWeights.RULES.temperature();
        return w;
    }

    public double[] fit(List<Group> groups) {
        int d = prior.length;
        double[] w = prior.clone();
        double loss = loss(groups, w);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (Group gr : groups) accumulate(gr, w, g, h);
            for (int k = 0; k < d; k++) {
                g[k] += lambda * (w[k] - prior[k]);
                h[k][k] += lambda;
            }
            double norm = 0;
            for (double v : g) norm += v * v;
            if (Math.sqrt(norm) < TOLERANCE) break;
            double[] step = solve(h, g);
            double t = 1;
            double[] next = new double[d];
            double nextLoss;
            do {
                for (int k = 0; k < d; k++) next[k] = signKept(w[k] - t * step[k], prior[k]);
                nextLoss = loss(groups, next);
                t /= 2;
            } while (nextLoss > loss && t > 1e-12);
            if (nextLoss > loss) break;
            boolean moved = false;
            for (int k = 0; k < d; k++) moved |= next[k] != w[k];
            w = next.clone();
            double gain = loss - nextLoss;
            loss = nextLoss;
            if (!moved || gain < TOLERANCE * Math.max(1, Math.abs(loss))) break;
        }
        return w;
    }

    /**
     * Each weight keeps the sign the rules argue for (a region the text names speaks for a candidate, never against
     * it): with a few hundred names, a flipped sign is more likely a few passages' accident than a finding.
     */
    private static double signKept(double w, double rule) {
        return rule > 0 ? Math.max(0, w) : rule < 0 ? Math.min(0, w) : w;
    }

    /** The penalised negative log-likelihood (with λ = 0, the plain one: how well w predicts unseen groups). */
    public double loss(List<Group> groups, double[] w) {
        double l = 0;
        for (Group g : groups) {
            double[] s = scores(g, w);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : s) max = Math.max(max, v);
            double all = 0, right = 0;
            for (int c = 0; c < s.length; c++) {
                double e = Math.exp(s[c] - max);
                all += e;
                if (g.right[c]) right += e;
            }
            l -= Math.log(right / all);
        }
        for (int k = 0; k < w.length; k++) l += lambda / 2 * (w[k] - prior[k]) * (w[k] - prior[k]);
        return l;
    }

    /** Adds the group's gradient (model expectation minus right-candidate expectation) and curvature (model covariance). */
    private static void accumulate(Group g, double[] w, double[] grad, double[][] hess) {
        int d = w.length, n = g.features.length;
        double[] s = scores(g, w);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) max = Math.max(max, v);
        double[] p = new double[n], q = new double[n];
        double zAll = 0, zRight = 0;
        for (int c = 0; c < n; c++) {
            p[c] = Math.exp(s[c] - max);
            zAll += p[c];
            if (g.right[c]) {
                q[c] = p[c];
                zRight += p[c];
            }
        }
        double[] mean = new double[d];
        for (int c = 0; c < n; c++) {
            p[c] /= zAll;
            q[c] /= zRight;
            for (int k = 0; k < d; k++) {
                mean[k] += p[c] * g.features[c][k];
                grad[k] += (p[c] - q[c]) * g.features[c][k];
            }
        }
        for (int c = 0; c < n; c++) {
            for (int a = 0; a < d; a++) {
                double da = g.features[c][a] - mean[a];
                if (da == 0) continue;
                for (int b = 0; b < d; b++) hess[a][b] += p[c] * da * (g.features[c][b] - mean[b]);
            }
        }
    }

    private static double[] scores(Group g, double[] w) {
        double[] s = new double[g.features.length];
        for (int c = 0; c < s.length; c++) {
            double v = 0;
            for (int k = 0; k < w.length; k++) v += w[k] * g.features[c][k];
            s[c] = v;
        }
        return s;
    }

    /** Solves h·x = b by Gaussian elimination with partial pivoting (h is small and positive-definite). */
    static double[] solve(double[][] h, double[] b) {
        int d = b.length;
        double[][] a = new double[d][d + 1];
        for (int i = 0; i < d; i++) {
            System.arraycopy(h[i], 0, a[i], 0, d);
            a[i][d] = b[i];
        }
        for (int col = 0; col < d; col++) {
            int piv = col;
            for (int r = col + 1; r < d; r++) if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) piv = r;
            double[] tmp = a[col];
            a[col] = a[piv];
            a[piv] = tmp;
            for (int r = col + 1; r < d; r++) {
                double f = a[r][col] / a[col][col];
                if (f == 0) continue;
                for (int c = col; c <= d; c++) a[r][c] -= f * a[col][c];
            }
        }
        double[] x = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double v = a[i][d];
            for (int c = i + 1; c < d; c++) v -= a[i][c] * x[c];
            x[i] = v / a[i][i];
        }
        return x;
    }
}
