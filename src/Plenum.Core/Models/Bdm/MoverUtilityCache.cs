namespace Plenum.Core.Models.Bdm;

/// <summary>
/// The mover's U_s and U_f against each distinct position, computed at most once per mover and round: every
/// proposer at one position faces the mover at the same distance, so the two powers are shared.
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
    private int _generation;
    private double _r;

    /// <summary>Starts a mover with exponent <paramref name="r"/> among <paramref name="slots"/> distinct positions.</summary>
    public void Begin(int slots, double r)
    {
        if (_success.Length < slots)
        {
            _success = new double[slots];
            _failure = new double[slots];
            _successStamp = new int[slots];
            _failureStamp = new int[slots];
            _generation = 0;
        }
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_successStamp);
            Array.Clear(_failureStamp);
            _generation = 1;
        }
        _r = r;
    }

    /// <summary>U_s for the mover against slot <paramref name="slot"/> at normalised distance <paramref name="d"/>.</summary>
    public double Success(int slot, double d)
    {
        if (_successStamp[slot] == _generation) return _success[slot];
        _successStamp[slot] = _generation;
        return _success[slot] = ExpectedUtility.Success(_r, d);
    }

    /// <summary>U_f for the mover against slot <paramref name="slot"/> at normalised distance <paramref name="d"/>.</summary>
    public double Failure(int slot, double d)
    {
        if (_failureStamp[slot] == _generation) return _failure[slot];
        _failureStamp[slot] = _generation;
        return _failure[slot] = ExpectedUtility.Failure(_r, d);
    }
}
