namespace Plenum.Core.Models.Smp;

/// <summary>
/// Picks the bargain an actor accepts from its queue. The model uses the deterministic or the seeded
/// stochastic rule; tests replay the choices recorded in a reference log.
/// </summary>
/// <returns>An index into <paramref name="queue"/>.</returns>
internal delegate int BargainChooser(int turn, int actor, IReadOnlyList<SmpBargain> queue, double[] probabilities);
