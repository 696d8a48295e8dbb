import type { MinimizeResult, StopReason } from "./minimize-bfgs";

/** What every model fit reports about its optimum, so the checks read the same for each model. */
export type FitDiagnostics = {
  logLikelihood: number;
  /** The gradient met its tolerance at a finite log-likelihood. */
  converged: boolean;
  iterations: number;
  evaluations: number;
  /** Largest |∂(−LL/n)/∂ln θ| at the optimum, in the units the fit minimised in. */
  gradientNorm: number;
  /** "stalled" or "diverged" when the data hold no finite optimum (e.g. spends that barely vary). */
  stopReason: StopReason;
};

export function describeFit(best: MinimizeResult, logLikelihood: number): FitDiagnostics {
  return {
    logLikelihood,
    converged: best.converged && Number.isFinite(logLikelihood),
    iterations: best.iterations,
    evaluations: best.evaluations,
    gradientNorm: best.gradientNorm,
    stopReason: best.stopReason,
  };
}
