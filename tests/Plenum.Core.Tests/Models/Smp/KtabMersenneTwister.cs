namespace Plenum.Core.Tests.Models.Smp;

/// <summary>
/// KTAB's PRNG, for checking its logged stochastic choices: std::mt19937_64 (Matsumoto &amp; Nishimura's
/// 64-bit Mersenne Twister) whose output KTAB passes through its bijection qTrans(i) = (i + a)(2i + 3) mod 2⁶⁴,
/// divided by 2⁶⁴ − 1 (<c>KBase::PRNG::uniform</c>); <see cref="Select"/> is <c>PRNG::probSel</c>.
/// </summary>
internal sealed class KtabMersenneTwister
{
    private readonly ulong[] _mt = new ulong[312];
    private int _index;

    public KtabMersenneTwister(ulong seed)
    {
        _mt[0] = seed;
        for (var i = 1; i < 312; i++)
            _mt[i] = unchecked(6364136223846793005UL * (_mt[i - 1] ^ (_mt[i - 1] >> 62)) + (ulong)i);
        _index = 312;
    }

    public ulong Next()
    {
        if (_index >= 312)
        {
            for (var i = 0; i < 312; i++)
            {
                var x = (_mt[i] & 0xFFFFFFFF80000000UL) | (_mt[(i + 1) % 312] & 0x7FFFFFFFUL);
                var xa = x >> 1;
                if ((x & 1) != 0) xa ^= 0xB5026F5AA96619E9UL;
                _mt[i] = _mt[(i + 156) % 312] ^ xa;
            }
            _index = 0;
        }
        var y = _mt[_index++];
        y ^= (y >> 29) & 0x5555555555555555UL;
        y ^= (y << 17) & 0x71D67FFFEDA60000UL;
        y ^= (y << 37) & 0xFFF7EEE000000000UL;
        y ^= y >> 43;
        return y;
    }

    public double Uniform()
    {
        var i = Next();
        var q = unchecked((i + 0xE08C1D668B756F83UL) * (2 * i + 3));
        return q / (double)ulong.MaxValue;
    }

    public int Select(IReadOnlyList<double> p)
    {
        var u = Uniform();
        double sum = 0;
        for (var i = 0; i < p.Count; i++)
        {
            sum += p[i];
            if (u <= sum) return i;
        }
        return p.Count - 1;
    }
}
