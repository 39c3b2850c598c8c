using System.Net;
using System.Text.RegularExpressions;
using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;
using Plenum.Reports.Page;

namespace Plenum.Reports.Tests.Page;

/// <summary>
/// Hostile text in every field a report prints (actor names and aliases, quotes and their notes, source titles and
/// authors, issue names, notes, model names, table cells) must come out as text: the page built with the hostile
/// text has exactly the elements and attributes of the page built with a harmless word, and the text reads back whole.
/// </summary>
public sealed partial class HostileTextTest
{
    public static TheoryData<string, string> Payloads => new()
    {
        { "script", "<script>alert(1)</script>" },
        { "attribute breakout", "\"><img src=x onerror=alert(1)>" },
        { "single-quote breakout", "'><svg onload=alert(1)>" },
        { "style end", "</style><script>alert(1)</script>" },
        { "title end", "</title><script>alert(1)</script>" },
        { "textarea and comment", "</textarea><!-- <b>" },
        { "cdata and entities", "]]>&lt;b&gt;&amp;amp;&#x3C;i&#62;" },
        { "javascript url", "javascript:alert(document.cookie)" },
        { "rtl override and zero width", "evil\u202Egpj.exe\u200B\u200D\u2066x\u2069\uFEFF" },
        { "nul and controls", "a\u0000b\u0007c\u001Bd" },
        { "very long", string.Concat(Enumerable.Repeat("<b>long</b>\"'&", 20_000)) },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Build_HostileText_SameElementsAsHarmlessText(string kind, string payload)
    {
        var harmless = Page("harmless");
        var hostile = Page(payload);

        Assert.True(Structure(harmless).SequenceEqual(Structure(hostile)), $"{kind}: the hostile text changed the page's elements");
        AssertSafeAttributes(hostile);
        Assert.Contains(Visible(payload), WebUtility.HtmlDecode(hostile));
    }

    [Fact]
    public void Build_HarmlessPage_HasTheSectionsTheHostileTextReaches()
    {
        var tags = Structure(Page("harmless"));

        Assert.Contains(tags, t => t.StartsWith("blockquote", StringComparison.Ordinal));
        Assert.Contains(tags, t => t.StartsWith("table", StringComparison.Ordinal));
        Assert.Contains(tags, t => t.StartsWith("title", StringComparison.Ordinal));
    }

    /// <summary>The page for one text placed everywhere a scenario or result can carry text.</summary>
    private static string Page(string text)
    {
        var evil = new Actor("evil", text, [text], new UncertainValue(10, new UniformDistribution(5, 15), text),
            new Dictionary<string, UncertainValue> { ["x"] = new(80, new TriangularDistribution(70, 80, 90), text) },
            new Dictionary<string, UncertainValue> { ["x"] = new(60, null, text) },
            [new EvidenceLink("src", text, "position.x", text, new SourceSpan("f", 1, 1)),
             new EvidenceLink("src", "quote " + text, "member", null, new SourceSpan("f", 1, 1))],
            text, new SourceSpan("f", 1, 1));
        var s = new ScenarioBuilder("hostile", text)
            .Issue("x", 0, 100, statusQuo: 50, name: text)
            .Actor(evil)
            .Actor("good", 20, ("x", 30, 90))
            .Actor("other", 5, ("x", 55, 40))
            .Body("council", ["evil", "good", "other"])
            .Motion("m1", MotionKind.Policy, "council", issue: "x", proposal: 70)
            .Build();
        s = s with
        {
            AsOf = text,
            Sources = [new Source("src", text, text, "B", text, text, new SourceSpan("f", 1, 1))],
        };
        var options = new ModelOptions(seed: 3);
        var median = ReportFixtures.WithMotions(s, BaselineModel.Median.Run(s, options, Core.Randomness.RandomStream.ForRun(3, 0)));
        median = median with
        {
            Notes = [text],
            Tables = [new ResultTable(text, ["round", text], [[1, text], [2, null]])],
        };
        var monteCarlo = MonteCarloRunner.Run(BaselineModel.Compromise, s, options, 20, maxDegreeOfParallelism: 1);
        var sensitivity = SensitivityAnalysis.Run(BaselineModel.Compromise, s, "x", options, 0, maxDegreeOfParallelism: 1);
        var power = new List<BodyPowerRow> { new("council", "evil", 0.5, 0.6), new("council", "good", 0.3, 0.2), new("council", "other", 0.2, 0.2) };
        var input = new ReportInput(s, [median, monteCarlo], [sensitivity], power);
        return ReportPage.Build(input, new ReportFigures([], [], [], [], []));
    }

    /// <summary>
    /// The page's elements in order: name and attribute names (not values), plus a marker for any '&lt;' that starts
    /// no tag. The contents of <c>style</c> and <c>title</c> are raw text up to their end tag, as browsers read them.
    /// </summary>
    private static List<string> Structure(string html)
    {
        var tags = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                tags.Add("comment");
                var end = html.IndexOf("-->", i, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var m = Tag().Match(html, i);
            if (!m.Success)
            {
                tags.Add("stray <");
                i++;
                continue;
            }
            var name = m.Groups["name"].Value.ToLowerInvariant();
            var attributes = m.Groups["attr"].Captures.Select(c => c.Value.ToLowerInvariant());
            tags.Add($"{m.Groups["close"].Value}{name}[{string.Join(",", attributes)}]");
            i = m.Index + m.Length;
            if (m.Groups["close"].Length == 0 && name is "style" or "title" or "script" or "textarea")
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
        }
        return tags;
    }

    private static void AssertSafeAttributes(string html)
    {
        foreach (Match m in Tag().Matches(html))
        {
            for (var k = 0; k < m.Groups["attr"].Captures.Count; k++)
            {
                var name = m.Groups["attr"].Captures[k].Value.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"event handler attribute {name} in {m.Value[..Math.Min(80, m.Value.Length)]}");
            }
        }
        foreach (Match m in Regex.Matches(html, "\\shref=\"([^\"]*)\"")) Assert.StartsWith("#", m.Groups[1].Value);
        foreach (Match m in Regex.Matches(html, "\\ssrc=\"([^\"]*)\"")) Assert.StartsWith("data:image/svg+xml;base64,", m.Groups[1].Value);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text as a reader sees it: the page may shorten long text, so the first 200 characters must be there.</summary>
    private static string Visible(string payload) => payload.Length <= 200 ? payload : payload[..200];

    [GeneratedRegex("""\G<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s+(?<attr>[^\s=>/"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*/?>""")]
    private static partial Regex Tag();
}
