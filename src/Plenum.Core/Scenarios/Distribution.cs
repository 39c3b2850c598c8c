namespace Plenum.Core.Scenarios;

/// <summary>How uncertain an input number is. The point value models use is kept separately.</summary>
public abstract record Distribution
{
    /// <summary>Lowest value the distribution can produce (or a practical bound for unbounded ones).</summary>
    public abstract double Min { get; }

    /// <summary>Highest value the distribution can produce.</summary>
    public abstract double Max { get; }
}

/// <summary>"Somewhere between Low and High", every value equally likely.</summary>
public sealed record UniformDistribution(double Low, double High) : Distribution
{
    public override double Min => Low;
    public override double Max => High;
}

/// <summary>A triangular distribution with the given mode.</summary>
public sealed record TriangularDistribution(double Low, double Mode, double High) : Distribution
{
    public override double Min => Low;
    public override double Max => High;
}

/// <summary>A normal distribution, optionally truncated to the scale of the quantity.</summary>
public sealed record NormalDistribution(double Mean, double StandardDeviation) : Distribution
{
    public override double Min => Mean - 4 * StandardDeviation;
    public override double Max => Mean + 4 * StandardDeviation;
}

/// <summary>A beta distribution with shapes Alpha and Beta, stretched onto [Low, High].</summary>
public sealed record BetaDistribution(double Alpha, double Beta, double Low, double High) : Distribution
{
    public override double Min => Low;
    public override double Max => High;
}
