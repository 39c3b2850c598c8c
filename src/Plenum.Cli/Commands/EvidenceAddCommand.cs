using System.ComponentModel;
using System.Globalization;
using Plenum.Evidence;
using Plenum.Evidence.Extraction;
using Plenum.Storage.Evidence;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum evidence add FILE… --source-id ID --author A --publisher P --date YYYY-MM-DD</c>: reads each file,
/// extracts its text and stores it with its original bytes. Every file is read and checked before any is stored,
/// so one bad file stores nothing; a file already stored (same bytes) is reported and left as it is.
/// </summary>
public sealed class EvidenceAddCommand(Output output) : AsyncCommand<EvidenceAddCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Text, Markdown, HTML or PDF files (at most 64 MiB each).")]
        public string[] Files { get; init; } = [];

        [CommandOption("--source-id <ID>")]
        [Description("The source the files belong to (one source may span several files).")]
        public string? SourceId { get; init; }

        [CommandOption("--author <NAME>")]
        [Description("Who wrote it ('unknown' when not known).")]
        public string? Author { get; init; }

        [CommandOption("--publisher <NAME>")]
        [Description("Who published it: newspaper, channel, body ('unknown' when not known).")]
        public string? Publisher { get; init; }

        [CommandOption("--date <YYYY-MM-DD>")]
        [Description("When it was written or published.")]
        public string? Date { get; init; }

        [CommandOption("--title <TITLE>")]
        [Description("The title (default: the title in the document, else the file name).")]
        public string? Title { get; init; }

        [CommandOption("--as <FORMAT>")]
        [Description("Read the files as text, markdown, html or pdf (default: from the extension and content).")]
        public string? As { get; init; }

        [CommandOption("--scenario <FILE>")]
        [Description("Resolve quoted speakers and name mentions to this scenario's actors (aliases, transliterations, never-merge pairs).")]
        public string? Scenario { get; init; }

        [CommandOption("--language <CODE>")]
        [Description("The document's language for name matching (en, de, fr, ru; default: unknown).")]
        public string? Language { get; init; }

        [CommandOption("--encoding <NAME>")]
        [Description("The encoding of text files: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, windows-1252 (default: detected).")]
        public string? Encoding { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var metadata = Metadata(settings);
        var options = new ExtractionOptions(settings.As is null ? null : DocumentFormats.Parse(settings.As)
            ?? throw new UsageException($"--as {settings.As} is not known; expected text, markdown, html or pdf"), settings.Encoding);
        if (settings.Files.Length == 0) throw new UsageException("give at least one file to add");

        var scenario = settings.Scenario is null ? null : InputFormats.OpenOrFail(settings.Scenario, null);
        var annotators = EvidenceAnnotators.For(scenario, settings.Language);
        await using var store = EvidenceStores.Open(settings.Store);
        var plan = new List<(string File, string? StoredId, PreparedDocument? Prepared)>();
        foreach (var file in settings.Files)
        {
            if (!File.Exists(file)) throw new UsageException(Directory.Exists(file) ? $"{file} is a folder; give the files in it" : $"{file} does not exist");
            if (new FileInfo(file).Length > ExtractionLimits.MaxBytes)
                throw new EvidenceInputException(EvidenceInputProblem.TooLarge,
                    $"{Path.GetFileName(file)} is {new FileInfo(file).Length / (1024.0 * 1024):0.0} MiB; the limit is {ExtractionLimits.MaxBytes / (1024 * 1024)} MiB per file; split it into parts and add each");
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var hash = ContentHash.Of(bytes);
            var stored = await store.FindByHashAsync(hash, metadata.Workspace, cancellationToken);
            plan.Add((file, stored, stored is null ? DocumentPreparation.Prepare(bytes, file, metadata, annotators, options, hash) : null));
        }
        foreach (var (file, storedId, prepared) in plan)
        {
            if (prepared is null)
            {
                output.Stdout.WriteLine($"{storedId}  already stored  {file}");
                continue;
            }
            var added = await store.AddAsync(prepared, cancellationToken);
            var how = prepared.Extracted.Encoding is { } encoding ? $"{prepared.Extracted.Format.Name()}, {encoding}" : prepared.Extracted.Format.Name();
            output.Stdout.WriteLine(added.Added
                ? $"{added.Id}  added  {file} ({prepared.Extracted.Text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, {how}, \"{added.Title}\"; "
                  + $"{Count(prepared.Quotes.Count, "quote")}, {Count(prepared.Mentions.Count, "name mention")})"
                : $"{added.Id}  already stored  {file}");
        }
        output.Stderr.WriteLine($"in {store.Location}");
        return ExitCodes.Success;
    }

    private static DocumentMetadata Metadata(Settings settings)
    {
        static string Required(string? value, string option, string hint) =>
            string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{option} is required{hint}") : value.Trim();

        var sourceId = Required(settings.SourceId, "--source-id", " (the source the files belong to)");
        var author = Required(settings.Author, "--author", " (write --author unknown when it is not known)");
        var publisher = Required(settings.Publisher, "--publisher", " (write --publisher unknown when it is not known)");
        var date = Required(settings.Date, "--date", " (YYYY-MM-DD)");
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new UsageException($"--date {date} is not a date; expected YYYY-MM-DD, for example 1929-04-23");
        return new DocumentMetadata(sourceId, settings.Title, Unknown(author), Unknown(publisher), day);
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";

    private static string? Unknown(string value) => value.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? null : value;
}
