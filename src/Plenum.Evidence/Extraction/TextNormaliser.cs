using System.Text;

namespace Plenum.Evidence.Extraction;

/// <summary>
/// The last step of every extractor, so that all formats store text alike: line ends become <c>\n</c>, control
/// characters other than tab, line feed and form feed are dropped, trailing white space at the end is cut.
/// </summary>
internal static class TextNormaliser
{
    /// <summary>The normalised text and how many control characters were dropped (a share above <see cref="ExtractionLimits.MaxControlShare"/> means binary data).</summary>
    public static (string Text, int Dropped) Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var dropped = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                builder.Append('\uFFFD');
            }
            else if (c is '\n' or '\t' or '\f' || !char.IsControl(c))
            {
                if (c == '\uFEFF' && builder.Length == 0) continue;
                builder.Append(c);
            }
            else
            {
                dropped++;
            }
        }
        var end = builder.Length;
        while (end > 0 && char.IsWhiteSpace(builder[end - 1])) end--;
        builder.Length = end;
        return (builder.ToString(), dropped);
    }
}
