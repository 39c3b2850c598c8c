using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

public static partial class ScenarioLoader
{
    private static readonly string[] DistributionKeys = ["range", "unknown", "triangular", "normal", "beta"];

    /// <summary>
    /// Reads a number written plainly or as <c>{ value, range|unknown|triangular|normal|beta, note }</c>,
    /// checking the point value and the distribution's bounds against [min, max] (min exclusive when asked).
    /// </summary>
    private static UncertainValue? ReadNumber(YamlReader r, YamlNode node, string what, double min, double max, string rangeHint, bool minExclusive = false)
    {
        if (node is YamlMappingNode map) return ReadUncertain(r, map, what, min, max, rangeHint, minExclusive);
        var v = r.Number(node, what);
        if (v is null) return null;
        if (!InRange(v.Value, min, max, minExclusive))
        {
            r.Report(node, "out-of-range", $"{what} is {Fmt(v.Value)}; {rangeHint}");
            return null;
        }
        return UncertainValue.Of(v.Value);
    }

    private static UncertainValue? ReadUncertain(YamlReader r, YamlMappingNode map, string what, double min, double max, string rangeHint, bool minExclusive)
    {
        r.AllowOnly(map, what, ["value", .. DistributionKeys, "note"]);
        var note = YamlReader.Get(map, "note") is { } nn ? r.Text(nn, $"note of {what}") : null;
        var present = DistributionKeys.Where(k => YamlReader.Get(map, k) is not null).ToList();
        if (present.Count > 1)
        {
            r.Report(map, "many-distributions", $"{what} gives {string.Join(" and ", present)}; give at most one distribution");
            return null;
        }
        Distribution? dist = null;
        if (present.Count == 1)
        {
            var key = present[0];
            var dn = YamlReader.Get(map, key)!;
            dist = ReadDistribution(r, key, dn, what);
            if (dist is null) return null;
            if (dist is not NormalDistribution && (!InRange(dist.Min, min, max, minExclusive) || !InRange(dist.Max, min, max, minExclusive)))
            {
                r.Report(dn, "out-of-range", $"{what} may range from {Fmt(dist.Min)} to {Fmt(dist.Max)}; {rangeHint}");
                return null;
            }
        }

        double value;
        var valueNode = YamlReader.Get(map, "value");
        if (valueNode is not null)
        {
            var v = r.Number(valueNode, $"value of {what}");
            if (v is null) return null;
            value = v.Value;
            if (!InRange(value, min, max, minExclusive))
            {
                r.Report(valueNode, "out-of-range", $"{what} is {Fmt(value)}; {rangeHint}");
                return null;
            }
            if (dist is not null and not NormalDistribution && (value < dist.Min || value > dist.Max))
            {
                r.Report(valueNode, "outside-distribution", $"{what} is {Fmt(value)} but its distribution runs from {Fmt(dist.Min)} to {Fmt(dist.Max)}; the value must lie inside it");
                return null;
            }
        }
        else if (dist is not null)
        {
            value = Centre(dist);
        }
        else
        {
            r.Report(map, "missing-key", $"{what} has neither 'value' nor a distribution; write a number or {{ value: N, range: [A, B] }}");
            return null;
        }
        return new UncertainValue(value, dist, note);
    }

    private static Distribution? ReadDistribution(YamlReader r, string key, YamlNode node, string what)
    {
        var numbers = ReadNumbers(r, node, $"{key} of {what}");
        if (numbers is null) return null;
        var expected = key switch { "range" or "unknown" or "normal" => 2, "triangular" => 3, _ => 4 };
        var shape = key switch
        {
            "range" or "unknown" => "[low, high]",
            "normal" => "[mean, standard deviation]",
            "triangular" => "[low, mode, high]",
            _ => "[alpha, beta, low, high]",
        };
        if (numbers.Count != expected)
        {
            r.Report(node, "bad-distribution", $"{key} of {what} has {numbers.Count} numbers; expected {shape}");
            return null;
        }
        switch (key)
        {
            case "range" or "unknown" when numbers[0] > numbers[1]:
                r.Report(node, "bad-distribution", $"{key} of {what} is [{Fmt(numbers[0])}, {Fmt(numbers[1])}]; low must not exceed high");
                return null;
            case "range" or "unknown":
                return new UniformDistribution(numbers[0], numbers[1]);
            case "normal" when numbers[1] <= 0:
                r.Report(node, "bad-distribution", $"normal of {what} has standard deviation {Fmt(numbers[1])}; it must be above 0");
                return null;
            case "normal":
                return new NormalDistribution(numbers[0], numbers[1]);
            case "triangular" when !(numbers[0] <= numbers[1] && numbers[1] <= numbers[2] && numbers[0] < numbers[2]):
                r.Report(node, "bad-distribution", $"triangular of {what} is [{string.Join(", ", numbers.Select(Fmt))}]; expected low ≤ mode ≤ high with low < high");
                return null;
            case "triangular":
                return new TriangularDistribution(numbers[0], numbers[1], numbers[2]);
            default:
                if (numbers[0] <= 0 || numbers[1] <= 0 || numbers[2] >= numbers[3])
                {
                    r.Report(node, "bad-distribution", $"beta of {what} is [{string.Join(", ", numbers.Select(Fmt))}]; expected alpha > 0, beta > 0 and low < high");
                    return null;
                }
                return new BetaDistribution(numbers[0], numbers[1], numbers[2], numbers[3]);
        }
    }

    private static List<double>? ReadNumbers(YamlReader r, YamlNode node, string what)
    {
        var seq = r.Sequence(node, what);
        if (seq is null) return null;
        var list = new List<double>();
        foreach (var item in seq)
        {
            var v = r.Number(item, $"an entry of {what}");
            if (v is null) return null;
            list.Add(v.Value);
        }
        return list;
    }

    private static (double A, double B)? ReadPair(YamlReader r, YamlNode node, string what)
    {
        var numbers = ReadNumbers(r, node, what);
        if (numbers is null) return null;
        if (numbers.Count != 2)
        {
            r.Report(node, "wrong-type", $"{what} has {numbers.Count} numbers; expected [low, high]");
            return null;
        }
        return (numbers[0], numbers[1]);
    }

    private static bool InRange(double v, double min, double max, bool minExclusive) =>
        (minExclusive ? v > min : v >= min) && v <= max;

    private static double Centre(Distribution d) => d switch
    {
        UniformDistribution u => (u.Low + u.High) / 2,
        TriangularDistribution t => t.Mode,
        NormalDistribution n => n.Mean,
        BetaDistribution b => b.Low + (b.High - b.Low) * b.Alpha / (b.Alpha + b.Beta),
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };
}
