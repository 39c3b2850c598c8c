using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// KTAB's voting rules (<c>Model::vote</c>): the vote of an actor of weight w between options a and b, from
/// its utilities for them. Positive votes favour a. Written as one struct per rule so that hot loops are
/// compiled once per rule, with no switch inside them.
/// </summary>
internal static class SmpVoting
{
    /// <summary>The vote under <paramref name="rule"/>; the weight must be positive (KTAB throws otherwise).</summary>
    public static double Vote(SmpVotingRule rule, double weight, double ua, double ub) => rule switch
    {
        SmpVotingRule.Binary => BinaryVote.Vote(weight, ua - ub),
        SmpVotingRule.PropBin => PropBinVote.Vote(weight, ua - ub),
        SmpVotingRule.Prop => PropVote.Vote(weight, ua - ub),
        SmpVotingRule.PropCbc => PropCubicVote.Vote(weight, ua - ub),
        SmpVotingRule.Cubic => CubicVote.Vote(weight, ua - ub),
        _ => AsymmetricProspectVote.Vote(weight, ua - ub),
    };

    /// <summary>The all-or-nothing response, with KTAB's linear ramp of width 10⁻⁸ around zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Binary(double du)
    {
        var r = du / 1e-8;
        r = r > 1 ? 1 : r;
        return r < -1 ? -1 : r;
    }

    /// <summary><see cref="Binary(double)"/> for four lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Binary(Vector256<double> du) =>
        Vector256.Max(Vector256.Min(du / Vector256.Create(1e-8), Vector256<double>.One), -Vector256<double>.One);
}

/// <summary>One voting rule as a function of weight and utility difference.</summary>
internal interface IVoteRule
{
    /// <summary>The vote of weight <paramref name="w"/> for a utility difference <paramref name="du"/> = u(a) − u(b).</summary>
    static abstract double Vote(double w, double du);

    /// <summary>The same for four voters at once; lane by lane it performs the scalar operations.</summary>
    static abstract Vector256<double> Vote(Vector256<double> w, Vector256<double> du);
}

/// <summary>KTAB <c>Binary</c>.</summary>
internal readonly struct BinaryVote : IVoteRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Vote(double w, double du) => w * SmpVoting.Binary(du);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Vote(Vector256<double> w, Vector256<double> du) => w * SmpVoting.Binary(du);
}

/// <summary>KTAB <c>PropBin</c>: 80 % proportional, 20 % binary.</summary>
internal readonly struct PropBinVote : IVoteRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Vote(double w, double du) => w * ((1 - 0.2) * du + 0.2 * SmpVoting.Binary(du));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Vote(Vector256<double> w, Vector256<double> du) =>
        w * (Vector256.Create(1 - 0.2) * du + Vector256.Create(0.2) * SmpVoting.Binary(du));
}

/// <summary>KTAB <c>Prop</c> (the default): proportional to the utility difference.</summary>
internal readonly struct PropVote : IVoteRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Vote(double w, double du) => w * du;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Vote(Vector256<double> w, Vector256<double> du) => w * du;
}

/// <summary>KTAB <c>PropCbc</c>: half proportional, half cubic.</summary>
internal readonly struct PropCubicVote : IVoteRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Vote(double w, double du) => w * ((1 - 0.5) * du + 0.5 * (du * du * du));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Vote(Vector256<double> w, Vector256<double> du) =>
        w * (Vector256.Create(1 - 0.5) * du + Vector256.Create(0.5) * (du * du * du));
}

/// <summary>KTAB <c>Cubic</c>.</summary>
internal readonly struct CubicVote : IVoteRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Vote(double w, double du) => w * (du * du * du);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Vote(Vector256<double> w, Vector256<double> du) => w * (du * du * du);
}

/// <summary>KTAB <c>ASymProsp</c>: losses count fully, gains two thirds.</summary>
internal readonly struct AsymmetricProspectVote : IVoteRule
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Vote(double w, double du) => du < 0 ? w * du : du > 0 ? 2.0 * w * du / 3.0 : 0.0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Vote(Vector256<double> w, Vector256<double> du) =>
        Vector256.ConditionalSelect(Vector256.LessThan(du, Vector256<double>.Zero), w * du,
            Vector256.ConditionalSelect(Vector256.GreaterThan(du, Vector256<double>.Zero), Vector256.Create(2.0) * w * du / Vector256.Create(3.0), Vector256<double>.Zero));
}
