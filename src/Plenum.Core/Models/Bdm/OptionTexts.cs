namespace Plenum.Core.Models.Bdm;

/// <summary>A two-way map between an enum and its option spellings.</summary>
internal sealed class OptionTexts<T>(params (T Value, string Text)[] pairs) where T : struct, Enum
{
    public string[] Texts { get; } = pairs.Select(p => p.Text).ToArray();

    public string Allowed => string.Join("|", Texts);

    public string TextOf(T value) => pairs.First(p => EqualityComparer<T>.Default.Equals(p.Value, value)).Text;

    public T ValueOf(string text) => pairs.First(p => p.Text == text).Value;
}
