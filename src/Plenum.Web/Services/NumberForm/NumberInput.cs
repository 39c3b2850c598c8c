using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Web.Services.NumberForm;

/// <summary>
/// One number of the form as the analyst types it: the point value, the kind of uncertainty (<c>none</c>,
/// <c>range</c>, <c>unknown</c>, <c>normal</c>, <c>triangular</c>, <c>beta</c>) with its parameters
/// (<c>30, 50</c>), and the note. Kept as text, so whatever was typed reaches the scenario loader and comes back
/// with the CLI's own message.
/// </summary>
public sealed class NumberInput
{
    /// <summary>The uncertainty kinds the scenario format allows, and the parameters each takes.</summary>
    public static readonly IReadOnlyList<(string Kind, string Label, string Parameters)> Kinds =
    [
        ("none", "certain", ""),
        ("range", "range", "low, high"),
        ("unknown", "unknown between", "low, high"),
        ("normal", "normal", "mean, standard deviation"),
        ("triangular", "triangular", "low, mode, high"),
        ("beta", "beta", "alpha, beta, low, high"),
    ];

    /// <summary>Which number: <c>ACTOR.capability</c>, <c>ACTOR.position.ISSUE</c> or <c>ACTOR.salience.ISSUE</c>.</summary>
    public string Key { get; set; } = "";

    public string? Value { get; set; }

    public string? Kind { get; set; }

    public string? Parameters { get; set; }

    public string? Note { get; set; }

    /// <summary>The form's text for a number of the scenario; <paramref name="writtenAsUnknown"/> when the file says <c>unknown:</c> rather than <c>range:</c>.</summary>
    public static NumberInput From(string key, UncertainValue? value, bool writtenAsUnknown)
    {
        if (value is null) return new NumberInput { Key = key, Kind = "none" };
        var (kind, parameters) = value.Uncertainty switch
        {
            UniformDistribution u => (writtenAsUnknown ? "unknown" : "range", Join(u.Low, u.High)),
            NormalDistribution n => ("normal", Join(n.Mean, n.StandardDeviation)),
            TriangularDistribution t => ("triangular", Join(t.Low, t.Mode, t.High)),
            BetaDistribution b => ("beta", Join(b.Alpha, b.Beta, b.Low, b.High)),
            _ => ("none", ""),
        };
        return new NumberInput { Key = key, Value = Num(value.Value), Kind = kind, Parameters = parameters, Note = value.Note };
    }

    /// <summary>Whether the analyst left every box empty (a number the scenario does not have stays absent).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Parameters) && string.IsNullOrWhiteSpace(Note)
                           && (string.IsNullOrWhiteSpace(Kind) || Kind == "none");

    /// <summary>
    /// The number as YAML flow text: a plain number when it has no uncertainty and no note, else
    /// <c>{ value: V, KIND: [..], note: ".." }</c>. Anything that is not a number is written as a quoted string, so
    /// nothing typed can change the file's structure, and the loader reports it at this place.
    /// </summary>
    public string ToYaml()
    {
        var kind = string.IsNullOrWhiteSpace(Kind) ? "none" : Kind.Trim();
        var value = string.IsNullOrWhiteSpace(Value) ? null : Scalar(Value);
        var note = string.IsNullOrWhiteSpace(Note) ? null : Quote(Note.Trim());
        var hasDistribution = kind != "none" || !string.IsNullOrWhiteSpace(Parameters);
        if (!hasDistribution && note is null && value is not null) return value;
        var parts = new List<string>();
        if (value is not null) parts.Add("value: " + value);
        if (hasDistribution)
        {
            var key = Kinds.Any(k => k.Kind == kind && kind != "none") ? kind : kind == "none" ? "range" : Quote(kind);
            var items = (Parameters ?? "").Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            parts.Add($"{key}: [{string.Join(", ", items.Select(Scalar))}]");
        }
        if (note is not null) parts.Add("note: " + note);
        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary>Shortest text that reads back as exactly the same double (as the scenario writer writes numbers).</summary>
    public static string Num(double v) => ScenarioYamlWriter.Num(v);

    private static string Join(params double[] values) => string.Join(", ", values.Select(Num));

    private static string Scalar(string text)
    {
        var t = text.Trim();
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? Num(d) : Quote(t);
    }

    /// <summary>A double-quoted YAML string with every special character escaped (as the scenario writer quotes text).</summary>
    public static string Quote(string text) => ScenarioYamlWriter.Quote(text);
}
