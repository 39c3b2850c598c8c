namespace Plenum.Core.Models.Bdm;

/// <summary>
/// The mover's U_s and U_f against each distinct position, computed at most once per mover and round: every
/// proposer at one position faces the mover at the same distance, so the two powers are shared; and, where it
/// depends on the position alone, the proposer's utility b, so that members of one position share it too.
/// </summary>
/// <remarks>
/// Entries are valid while their stamp equals the current mover's generation, so starting the next mover costs
/// nothing. One cache per thread; it grows to the number of distinct positions and is kept between rounds.
/// </remarks>
internal sealed class MoverUtilityCache
{
    private double[] _success = [];
    private double[] _failure = [];
    private int[] _successStamp = [];
    private int[] _failureStamp = [];
    private double[] _proposal = [];
    private int[] _proposalStamp = [];
    private int _generation;
    private double _r;
    private bool _shared;
    private DistanceLogs? _logs;
    private int _moverSlot;

    /// <summary>Starts a mover with exponent <paramref name="r"/> among <paramref name="slots"/> distinct positions.</summary>
    /// <param name="powers">How U_s and U_f raise their bases to r.</param>
    /// <param name="logs">With shared logarithms, the round's table (small issues) or null (each logarithm taken when needed).</param>
    /// <param name="slot">The mover's position slot: its row of <paramref name="logs"/>.</param>
    public void Begin(int slots, double r, PowerEvaluation powers = PowerEvaluation.Exact, DistanceLogs? logs = null, int slot = 0)
    {
        _shared = powers == PowerEvaluation.SharedLogarithms;
        _logs = logs;
        _moverSlot = slot;
        if (_success.Length < slots)
        {
            _success = new double[slots];
            _failure = new double[slots];
            _successStamp = new int[slots];
            _failureStamp = new int[slots];
            _proposal = new double[slots];
            _proposalStamp = new int[slots];
            _generation = 0;
        }
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_successStamp);
            Array.Clear(_failureStamp);
            Array.Clear(_proposalStamp);
            _generation = 1;
        }
        _r = r;
    }

    /// <summary>U_s for the mover against slot <paramref name="slot"/> at normalised distance <paramref name="d"/>.</summary>
    public double Success(int slot, double d)
    {
        if (_successStamp[slot] == _generation) return _success[slot];
        _successStamp[slot] = _generation;
        if (!_shared) return _success[slot] = ExpectedUtility.Success(_r, d);
        var below = 0.5 - 0.5 * d;
        return _success[slot] = _r == 1.0 ? 2 - 4 * below : 2 - 4 * SharedPowers.Power(_logs?.Below(_moverSlot, slot) ?? SharedPowers.Log(below), below, _r);
    }

    /// <summary>
    /// b = E(U_ji) already found for a proposer at slot <paramref name="slot"/>, when it depends on the proposer only
    /// through its position (perceived by the mover, the mover's salience resisting); NaN stands for "proven below the tolerance".
    /// </summary>
    public bool TryProposal(int slot, out double b)
    {
        b = _proposal[slot];
        return _proposalStamp[slot] == _generation;
    }

    /// <summary>Records b for slot <paramref name="slot"/> (see <see cref="TryProposal"/>).</summary>
    public void SetProposal(int slot, double b)
    {
        _proposalStamp[slot] = _generation;
        _proposal[slot] = b;
    }

    /// <summary>U_f for the mover against slot <paramref name="slot"/> at normalised distance <paramref name="d"/>.</summary>
    public double Failure(int slot, double d)
    {
        if (_failureStamp[slot] == _generation) return _failure[slot];
        _failureStamp[slot] = _generation;
        if (!_shared) return _failure[slot] = ExpectedUtility.Failure(_r, d);
        var above = 0.5 + 0.5 * d;
        return _failure[slot] = _r == 1.0 ? 2 - 4 * above : 2 - 4 * SharedPowers.Power(_logs?.Above(_moverSlot, slot) ?? SharedPowers.Log(above), above, _r);
    }
}
