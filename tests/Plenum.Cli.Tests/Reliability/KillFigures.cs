using System.Globalization;
using System.Text;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>What a kill campaign did: how many kills, where in the run they fell, and what each one interrupted.</summary>
internal sealed class KillFigures(TimeSpan fullRun, int seed)
{
    private readonly SortedDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly int[] _points = new int[4];

    public int Kills { get; private set; }

    public int Checks { get; set; }

    public int Runs { get; set; }

    public TimeSpan Wall { get; set; }

    public void Add(string outcome, double fraction)
    {
        Kills++;
        _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
        _points[fraction switch { < 0.5 => 0, < 0.8 => 1, < 1.0 => 2, _ => 3 }]++;
    }

    public string Describe(string backend)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{backend}: {Kills} kills (seed {seed}), {Checks} store checks clean, {Runs} runs in the store at the end, {Wall.TotalSeconds:0} s");
        text.AppendLine(c, $"  full forecast (calibration): {fullRun.TotalMilliseconds:0} ms; kill points as a share of it: " +
            $"20-50% {_points[0]}, 50-80% {_points[1]}, 80-100% {_points[2]}, 100-110% {_points[3]}");
        foreach (var (outcome, count) in _outcomes) text.AppendLine(c, $"  {outcome}: {count}");
        return text.ToString();
    }
}
