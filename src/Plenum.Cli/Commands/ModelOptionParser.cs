using Plenum.Core.Models;

namespace Plenum.Cli.Commands;

/// <summary>Turns <c>--set KEY=VALUE</c> pairs into <see cref="ModelOptions"/>, refusing keys no model declares.</summary>
internal static class ModelOptionParser
{
    public static ModelOptions Parse(IEnumerable<string> pairs, long seed, IReadOnlyDictionary<string, string>? extra = null)
    {
        var known = ModelCatalog.All.SelectMany(m => m.Descriptor.Options).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new UsageException($"--set {pair} is not KEY=VALUE");
            var key = pair[..eq].Trim();
            if (!known.Contains(key))
                throw new UsageException($"--set {key}: no model has this option; see 'plenum models' for the keys");
            values[key] = pair[(eq + 1)..].Trim();
        }
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) values.TryAdd(k, v);
        return new ModelOptions(values, seed);
    }

    /// <summary>Whether some model declares the key.</summary>
    public static bool IsKnown(string key) => ModelCatalog.All.Any(m => m.Descriptor.Options.Any(o => o.Key == key));
}
