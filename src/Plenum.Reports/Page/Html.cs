using System.Globalization;
using System.Net;
using System.Text;

namespace Plenum.Reports.Page;

/// <summary>
/// The only way text reaches the page: every string from a scenario or a result (names, quotes, notes, ids)
/// may be hostile, so it is HTML-encoded here and nowhere is raw text appended.
/// </summary>
internal static class Html
{
    /// <summary>Encodes text for element content and quoted attribute values (&lt; &gt; &amp; &quot; &#39;).</summary>
    public static string Text(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A number with up to two decimals, as written in scenario files.</summary>
    public static string Input(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A forecast position with one decimal.</summary>
    public static string Position(double x) => x.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A probability as a percent with one decimal.</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A fragment id made of safe characters from any text (ids in the page are never raw input).</summary>
    public static string Anchor(string prefix, string text)
    {
        var sb = new StringBuilder(prefix);
        foreach (var c in text) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return sb.ToString();
    }

    /// <summary>Appends a table row of already-encoded cells.</summary>
    public static void Row(StringBuilder sb, IEnumerable<string> encodedCells, string cell = "td")
    {
        sb.Append("<tr>");
        foreach (var c in encodedCells) sb.Append('<').Append(cell).Append('>').Append(c).Append("</").Append(cell).Append('>');
        sb.Append("</tr>\n");
    }

    /// <summary>Appends a header row of plain-text headings.</summary>
    public static void Head(StringBuilder sb, params string[] headings)
    {
        sb.Append("<thead>");
        Row(sb, headings.Select(Text), "th");
        sb.Append("</thead>\n");
    }
}
