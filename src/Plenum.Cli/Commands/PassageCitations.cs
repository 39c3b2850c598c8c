using System.Text;
using Plenum.Core.Scenarios;
using Plenum.Storage;
using Plenum.Storage.Evidence;

namespace Plenum.Cli.Commands;

/// <summary>
/// Checks a scenario's <c>passage:</c> citations against the evidence store: each cited document must be there,
/// the span must lie inside its text, and when the entry also gives a <c>quote</c>, the passage must read as the
/// quote (white space collapsed). A store that cannot be reached leaves the citations unchecked, with a warning.
/// </summary>
internal static class PassageCitations
{
    /// <summary>Every evidence link of the scenario that cites a stored passage, with what it belongs to.</summary>
    public static List<(EvidenceLink Link, string What)> Of(Scenario scenario) =>
        scenario.Actors.SelectMany(a => a.Evidence.Select(e => (e, $"actor '{a.Id}'")))
            .Concat(scenario.Bodies.SelectMany(b => b.Evidence.Select(e => (e, $"body '{b.Id}'"))))
            .Concat((scenario.Outcome?.Evidence ?? []).Select(e => (e, "the outcome")))
            .Where(l => l.e.Passage is not null)
            .ToList();

    /// <summary>The problems found, or a reason the citations could not be checked (then no problems).</summary>
    public static async Task<(List<ScenarioProblem> Problems, string? NotChecked)> CheckAsync(Scenario scenario, string? storeSpec, CancellationToken cancellationToken)
    {
        var links = Of(scenario);
        var problems = new List<ScenarioProblem>();
        if (links.Count == 0) return (problems, null);
        var count = links.Count == 1 ? "1 cited passage was" : $"{links.Count} cited passages were";
        var location = RunStores.Resolve(storeSpec);
        if (location.Backend == StoreBackend.Sqlite && !File.Exists(location.Display))
            return (problems, $"{count} not checked: there is no store at {location.Display} (add the documents with 'plenum evidence add', or pass --store)");
        await using var store = EvidenceStores.Open(location);
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        try
        {
            foreach (var (link, what) in links)
            {
                var reference = link.Passage!;
                if (!texts.TryGetValue(reference.DocumentId, out var text))
                    texts[reference.DocumentId] = text = (await store.GetAsync(reference.DocumentId, cancellationToken: cancellationToken))?.Text;
                var problem = Check(link, reference, what, text, store.Location);
                if (problem is not null) problems.Add(problem);
            }
        }
        catch (StoreException e) when (e.Failure is StoreFailure.Unreachable or StoreFailure.NotAStore or StoreFailure.NewerSchema or StoreFailure.ReadOnly)
        {
            return ([], $"{count} not checked: {e.Message}");
        }
        return (problems, null);
    }

    private static ScenarioProblem? Check(EvidenceLink link, PassageReference reference, string what, string? text, string location)
    {
        if (text is null)
            return new ScenarioProblem(link.Where, "passage-missing",
                $"the passage {reference} cited by {what} is not in the store {location}: there is no document {reference.DocumentId}");
        if (reference.End > text.Length)
            return new ScenarioProblem(link.Where, "passage-outside",
                $"the passage {reference} cited by {what} ends after the text of {reference.DocumentId}, which has {text.Length:N0} characters");
        if (link.Quote is null) return null;
        var passage = text[reference.Start..reference.End];
        return Collapse(passage) == Collapse(link.Quote)
            ? null
            : new ScenarioProblem(link.Where, "passage-mismatch",
                $"the passage {reference} cited by {what} reads \"{Shorten(Collapse(passage))}\", not the quote \"{Shorten(Collapse(link.Quote))}\"");
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
