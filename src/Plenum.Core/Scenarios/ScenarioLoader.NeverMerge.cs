using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

public static partial class ScenarioLoader
{
    /// <summary><c>never_merge: [[Uglanov, Ulyanov], …]</c>: pairs of names that name resolution must keep apart.</summary>
    private static List<NeverMergeNames> ReadNeverMerge(YamlReader r, YamlNode node)
    {
        var pairs = new List<NeverMergeNames>();
        if (r.Sequence(node, "never_merge") is not { } list) return pairs;
        foreach (var item in list.Children)
        {
            var pair = item is YamlSequenceNode seq ? seq.Children.Select(c => r.Text(c, "a name in never_merge")).ToList() : null;
            if (pair is null || pair.Count != 2 || pair.Any(string.IsNullOrWhiteSpace))
            {
                r.Report(item, "never-merge-pair", "each never_merge entry is a pair of two names, e.g. [Uglanov, Ulyanov]");
                continue;
            }
            pairs.Add(new NeverMergeNames(pair[0]!, pair[1]!, r.At(item)));
        }
        return pairs;
    }
}
