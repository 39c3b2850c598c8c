using System.Globalization;

namespace Plenum.Core.Models;

/// <summary>
/// The <c>--set KEY=VALUE</c> options of a run, plus the seed. Typed readers report bad values as
/// <see cref="ModelOptionException"/>, which the CLI turns into exit code 2.
/// </summary>
public sealed class ModelOptions
{
    private readonly Dictionary<string, string> _values;

    /// <summary>Creates options from key/value pairs.</summary>
    public ModelOptions(IReadOnlyDictionary<string, string>? values = null, long seed = 1)
    {
        _values = new Dictionary<string, string>(values ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        Seed = seed;
    }

    /// <summary>No options: every default.</summary>
    public static ModelOptions Default { get; } = new();

    /// <summary>The seed for stochastic parts.</summary>
    public long Seed { get; }

    /// <summary>All values set explicitly.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Returns a copy with one more value.</summary>
    public ModelOptions With(string key, string value)
    {
        var copy = new Dictionary<string, string>(_values) { [key] = value };
        return new ModelOptions(copy, Seed);
    }

    /// <summary>Whether the key was set.</summary>
    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>Text value or the default.</summary>
    public string GetString(string key, string defaultValue, params string[] allowed)
    {
        if (!_values.TryGetValue(key, out var v)) return defaultValue;
        if (allowed.Length > 0 && !allowed.Contains(v, StringComparer.Ordinal))
            throw new ModelOptionException(key, v, string.Join("|", allowed));
        return v;
    }

    /// <summary>Integer value in [min, max] or the default.</summary>
    public int GetInt(string key, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!_values.TryGetValue(key, out var v)) return defaultValue;
        if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) || i < min || i > max)
            throw new ModelOptionException(key, v, $"an integer from {min} to {max}");
        return i;
    }

    /// <summary>Finite number in [min, max] or the default.</summary>
    public double GetDouble(string key, double defaultValue, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!_values.TryGetValue(key, out var v)) return defaultValue;
        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d) || d < min || d > max)
            throw new ModelOptionException(key, v, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return d;
    }

    /// <summary>Boolean (<c>true|false</c>) or the default.</summary>
    public bool GetBool(string key, bool defaultValue)
    {
        if (!_values.TryGetValue(key, out var v)) return defaultValue;
        return v switch
        {
            "true" or "yes" or "on" or "1" => true,
            "false" or "no" or "off" or "0" => false,
            _ => throw new ModelOptionException(key, v, "true or false"),
        };
    }
}

/// <summary>An option value a model cannot use; a usage error (exit 2), not a crash.</summary>
public sealed class ModelOptionException(string key, string value, string expected)
    : Exception($"option {key}={value} is not valid; expected {expected}")
{
    /// <summary>The option key.</summary>
    public string Key { get; } = key;
}
