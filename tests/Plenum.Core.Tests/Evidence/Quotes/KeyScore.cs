using System.Globalization;
using System.Text;
using Plenum.Core.Evidence.Quotes;

namespace Plenum.Core.Tests.Evidence.Quotes;

/// <summary>One key entry: where the key puts it, and the attribution found there (null if none was found).</summary>
internal sealed record EntryResult(KeyEntry Entry, int Start, int End, QuoteAttribution? Found)
{
    public string? Speaker => Found is { Speakers.Count: > 0 } f ? AnswerKey.Normalise(string.Join("+", f.Speakers.Select(s => s.Key))) : null;
    public string? Addressee => AnswerKey.Normalise(Found?.Addressee?.Key);
    public bool SpeakerRight => Found is not null && (Speaker == Entry.Speaker || Entry.AlsoSpeakers.Contains(Speaker));
    public bool AddresseeRight => Found is not null && (Addressee == Entry.Addressee || Entry.AlsoAddressees.Contains(Addressee));
}

/// <summary>Precision and recall of finding and of attribution against an answer key.</summary>
internal sealed class KeyScore(IReadOnlyList<EntryResult> results, IReadOnlyList<QuoteAttribution> all)
{
    public IReadOnlyList<EntryResult> Results => results;
    public int Found => results.Count(r => r.Found is not null);
    public double FindingRecall => (double)Found / results.Count;
    public double FindingPrecision => all.Count == 0 ? 1 : (double)Found / all.Count;

    /// <summary>Attributions given that are right, over attributions given (quotations outside the key count as wrong).</summary>
    public double SpeakerPrecision => Precision(r => r.Speaker, r => r.SpeakerRight, a => a.Speakers.Count > 0);
    public double SpeakerRecall => Recall(r => r.Entry.Speaker, r => r.Speaker, r => r.SpeakerRight);
    public double SpeakerAccuracy => (double)results.Count(r => r.SpeakerRight) / results.Count;
    public double AddresseePrecision => Precision(r => r.Addressee, r => r.AddresseeRight, a => a.Addressee is not null);
    public double AddresseeRecall => Recall(r => r.Entry.Addressee, r => r.Addressee, r => r.AddresseeRight);
    public double AddresseeAccuracy => (double)results.Count(r => r.AddresseeRight) / results.Count;

    private double Precision(Func<EntryResult, string?> given, Func<EntryResult, bool> right, Func<QuoteAttribution, bool> givenAll)
    {
        var total = all.Count(givenAll);
        return total == 0 ? 1 : (double)results.Count(r => given(r) is not null && right(r)) / total;
    }

    private double Recall(Func<EntryResult, string?> expected, Func<EntryResult, string?> given, Func<EntryResult, bool> right)
    {
        var total = results.Count(r => expected(r) is not null);
        return total == 0 ? 1 : (double)results.Count(r => expected(r) is not null && given(r) is not null && right(r)) / total;
    }

    public string Report(string name)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"{name}: {results.Count} key quotations, {all.Count} found, {Found} at the key's offsets");
        s.AppendLine(CultureInfo.InvariantCulture, $"  finding     P={FindingPrecision:F3} R={FindingRecall:F3}");
        s.AppendLine(CultureInfo.InvariantCulture, $"  speaker     P={SpeakerPrecision:F3} R={SpeakerRecall:F3} accuracy={SpeakerAccuracy:F3}");
        s.AppendLine(CultureInfo.InvariantCulture, $"  addressee   P={AddresseePrecision:F3} R={AddresseeRecall:F3} accuracy={AddresseeAccuracy:F3}");
        foreach (var r in results.Where(r => !r.SpeakerRight || !r.AddresseeRight))
            s.AppendLine(r.Found is null
                ? FormattableString.Invariant($"  NOT FOUND {r.Entry} (key offsets {r.Start}..{r.End})")
                : FormattableString.Invariant($"  WRONG {r.Entry}: speaker {r.Speaker ?? "-"} ({r.Found.SpeakerRule}) vs {r.Entry.Speaker ?? "-"}, addressee {r.Addressee ?? "-"} ({r.Found.AddresseeRule}) vs {r.Entry.Addressee ?? "-"}"));
        return s.ToString();
    }
}
