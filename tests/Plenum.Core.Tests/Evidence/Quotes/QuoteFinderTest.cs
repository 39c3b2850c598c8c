using Plenum.Core.Evidence.Quotes;

namespace Plenum.Core.Tests.Evidence.Quotes;

public sealed class QuoteFinderTest
{
    private static string[] Texts(string text) => QuoteFinder.Find(text).Quotations.Select(q => q.Text).ToArray();

    [Fact]
    public void Find_EmptyText_NoQuotationsNoProblems()
    {
        var scan = QuoteFinder.Find("");

        Assert.Empty(scan.Quotations);
        Assert.Empty(scan.Problems);
    }

    [Fact]
    public void Find_OneMegabyteWithoutQuotes_NoQuotations()
    {
        var line = "Kamenev met Bucharin at Piatakov's and didn't say a word about the workers' state or Zinov'ev's '90s. ";
        var text = string.Concat(Enumerable.Repeat(line + "\n\n", 1_000_000 / line.Length + 1));

        var scan = QuoteFinder.Find(text);

        Assert.True(text.Length >= 1_000_000);
        Assert.Empty(scan.Quotations);
        Assert.Empty(scan.Problems);
    }

    [Theory]
    [InlineData("I don't know, said Zinov'ev.")]
    [InlineData("The workers' state and the peasants' land.")]
    [InlineData("'Tis late; rock of the '90s; rock 'n' roll.")]
    [InlineData("Piatakov's flat, O'Brien's coat, l'Humanité.")]
    [InlineData("Sie sagt’s nicht, und er hat’s gewusst.")]
    public void Find_Apostrophes_AreNotQuotes(string text)
    {
        var scan = QuoteFinder.Find(text);

        Assert.Empty(scan.Quotations);
    }

    [Fact]
    public void Find_StraightDoubleQuote_ContentSpanWithoutMarks()
    {
        const string text = "Kamenev asked: \"What do you think of doing with this document?\"";

        var q = Assert.Single(QuoteFinder.Find(text).Quotations);

        Assert.Equal(text.IndexOf('"'), q.Span.Start);
        Assert.Equal(text.Length, q.Span.End);
        Assert.Equal("What do you think of doing with this document?", q.Parts[0].In(text));
        Assert.Equal(0, q.Depth);
        Assert.Equal(QuotationFlags.None, q.Flags);
    }

    [Theory]
    [InlineData("He said \u201CWe must get at the helm.\u201D", "We must get at the helm.")]
    [InlineData("Er sagte: \u201EWir m\u00FCssen ans Steuer.\u201C", "Wir m\u00FCssen ans Steuer.")]
    [InlineData("Il dit : \u00AB Nous devons tenir le gouvernail. \u00BB", "Nous devons tenir le gouvernail.")]
    [InlineData("Er sagte: \u00BBWir m\u00FCssen ans Steuer.\u00AB", "Wir m\u00FCssen ans Steuer.")]
    [InlineData("He said \u2018We must get at the helm.\u2019", "We must get at the helm.")]
    [InlineData("Il dit : \u2039 Oui. \u203A", "Oui.")]
    public void Find_EachMarkStyle_OneQuotation(string text, string content)
    {
        Assert.Equal([content], Texts(text));
    }

    [Fact]
    public void Find_NestedQuoteWithDifferentMark_DepthAndParent()
    {
        const string text = "\"Stalin said: 'To extend their rights means to make a bloc.' Nothing more.\"";

        var quotes = QuoteFinder.Find(text).Quotations;

        Assert.Equal(2, quotes.Count);
        Assert.Equal(0, quotes[0].Depth);
        Assert.Equal(1, quotes[1].Depth);
        Assert.Equal(0, quotes[1].ParentIndex);
        Assert.Equal("To extend their rights means to make a bloc.", quotes[1].Text);
    }

    [Fact]
    public void Find_GermanNested_LowSingleMarksInsideLowDoubleMarks()
    {
        const string text = "Sie sagte: \u201ELenin hat gesagt: \u201ADie Wahrheit ist revolution\u00E4r.\u2018 Heute nicht.\u201C";

        var quotes = QuoteFinder.Find(text).Quotations;

        Assert.Equal(["Lenin hat gesagt: \u201ADie Wahrheit ist revolution\u00E4r.\u2018 Heute nicht.", "Die Wahrheit ist revolution\u00E4r."], quotes.Select(q => q.Text));
        Assert.Equal(1, quotes[1].Depth);
    }

    [Fact]
    public void Find_StraightQuotesNestedByShape_InnerScareQuote()
    {
        const string text = "They said that \"Stalin runs the \"brother Parties\" like a Wali\". Then they left.";

        var quotes = QuoteFinder.Find(text).Quotations;

        Assert.Equal(["Stalin runs the \"brother Parties\" like a Wali", "brother Parties"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void Find_InterruptedQuote_OneQuotationTwoParts()
    {
        const string text = "\"We want,\" he said, \"a platform.\"";

        var q = Assert.Single(QuoteFinder.Find(text).Quotations);

        Assert.Equal(QuotationFlags.Interrupted, q.Flags);
        Assert.Equal(["We want,", "a platform."], q.Parts.Select(p => p.In(text)));
        Assert.Equal(new TextSpan(0, text.Length), q.Span);
        Assert.Equal("We want, a platform.", q.Text);
    }

    [Fact]
    public void Find_QuestionThenNarrationSentence_TwoQuotations()
    {
        const string text = "\"But that would be a platform?\" asked Kamenev. \"Perhaps, but haven't you also written platforms?\"";

        Assert.Equal(["But that would be a platform?", "Perhaps, but haven't you also written platforms?"], Texts(text));
    }

    [Fact]
    public void Find_RunningOverParagraphs_ContinuesWhenNextParagraphReopens()
    {
        const string text = "\u201CThe first paragraph of the speech.\n\n\u201CThe second paragraph,\u201D he said.\n\nNarration.";

        var q = Assert.Single(QuoteFinder.Find(text).Quotations);

        Assert.Equal(QuotationFlags.RunsOverParagraphs, q.Flags);
        Assert.Equal(["The first paragraph of the speech.", "The second paragraph,"], q.Parts.Select(p => p.In(text)));
    }

    [Fact]
    public void Find_BrokenParagraphInsideQuote_ContinuesToTheClosingMark()
    {
        const string text = "He wrote: \"The\n\nKulak is growing.\" Then he stopped.";

        var q = Assert.Single(QuoteFinder.Find(text).Quotations);

        Assert.Equal("The Kulak is growing.", q.Text);
        Assert.Equal(QuotationFlags.RunsOverParagraphs, q.Flags);
    }

    [Fact]
    public void Find_UnclosedAtEndOfDocument_ReportedAndEndsWithTheText()
    {
        const string text = "Stalin said: \"To extend their rights means to make a bloc";

        var scan = QuoteFinder.Find(text);

        var q = Assert.Single(scan.Quotations);
        Assert.Equal(QuotationFlags.Unclosed, q.Flags);
        Assert.Equal(text.Length, q.Span.End);
        Assert.Equal("unclosed-quote", Assert.Single(scan.Problems).Code);
    }

    [Fact]
    public void Find_UnclosedBeforeNewDialogueParagraph_EndsWithItsParagraph()
    {
        const string text = "\"Stalin said: 'No.' (But why?)\n\nKamenev: \"Did he say that?\"";

        var scan = QuoteFinder.Find(text);

        Assert.Equal(["Stalin said: 'No.' (But why?)", "No.", "Did he say that?"], scan.Quotations.Select(q => q.Text));
        Assert.Equal(QuotationFlags.Unclosed, scan.Quotations[0].Flags);
    }

    [Fact]
    public void Find_StrayClosingMark_RemarkRecoveredFromLastBoundary()
    {
        const string text = "He answered. \"Stalin can be obeyed\". (Pearls!) Bucharin is making a mistake.\" (Not true.)";

        var scan = QuoteFinder.Find(text);

        Assert.Equal(["Stalin can be obeyed", "Bucharin is making a mistake."], scan.Quotations.Select(q => q.Text));
        Assert.Equal(QuotationFlags.MissingOpeningMark, scan.Quotations[1].Flags);
        Assert.Equal("stray-closing-mark", Assert.Single(scan.Problems).Code);
    }

    [Fact]
    public void Find_UnclosedSingleQuote_ReadAsApostropheNotQuotation()
    {
        const string text = "Rock 'n roll and the 'sixties, he said.";

        Assert.Empty(Texts(text));
    }

    [Fact]
    public void Find_OffsetsIndexTheOriginalString_WithCarriageReturns()
    {
        const string text = "Title\r\n\r\nKalinin said: \"We are up to our necks.\"\r\n";

        var q = Assert.Single(QuoteFinder.Find(text).Quotations);

        Assert.Equal("We are up to our necks.", text.Substring(q.ContentStart, q.ContentEnd - q.ContentStart));
        Assert.Equal('"', text[q.Span.Start]);
        Assert.Equal('"', text[q.Span.End - 1]);
    }

    [Fact]
    public void Find_LinesWithoutBlankLines_EachLineIsAParagraph()
    {
        const string text = "STALIN: \"Open the session.\nRYKOV: \"I will read.\"";

        var scan = QuoteFinder.Find(text);

        Assert.Equal(["Open the session.", "I will read."], scan.Quotations.Select(q => q.Text));
        Assert.Equal(QuotationFlags.Unclosed, scan.Quotations[0].Flags);
    }
}
