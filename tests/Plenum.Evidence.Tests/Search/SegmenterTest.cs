using Plenum.Evidence.Search;

namespace Plenum.Evidence.Tests.Search;

public sealed class SegmenterTest
{
    [Fact]
    public void Split_ShortText_OneSegment()
    {
        Assert.Equal([new TextSegment(0, 11)], Segmenter.Split("one segment"));
    }

    [Fact]
    public void Split_Paragraphs_CoverTheTextWithoutGapsAndEndAfterAParagraphBreak()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("word", 120));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 12));

        var segments = Segmenter.Split(text);

        Assert.Equal(0, segments[0].Start);
        Assert.Equal(text.Length, segments[^1].End);
        for (var i = 1; i < segments.Count; i++) Assert.Equal(segments[i - 1].End, segments[i].Start);
        Assert.All(segments.SkipLast(1), s => Assert.Equal('\n', text[s.End - 1]));
        Assert.All(segments, s => Assert.InRange(s.Length, 1, Segmenter.Max));
    }

    [Fact]
    public void Split_OneHugeParagraph_CutAtWhiteSpaceWithinTheLimit()
    {
        var text = string.Join(" ", Enumerable.Repeat("plenum", 3000));

        var segments = Segmenter.Split(text);

        Assert.True(segments.Count >= 5);
        Assert.All(segments, s => Assert.InRange(s.Length, 1, Segmenter.Max));
        Assert.All(segments.SkipLast(1), s => Assert.Equal(' ', text[s.End - 1]));
        Assert.Equal(text, string.Concat(segments.Select(s => text[s.Start..s.End])));
    }
}
