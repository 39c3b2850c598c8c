using Plenum.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Plenum.Cli;

/// <summary>
/// The <c>plenum</c> command: wires the commands, and is the only place that catches exceptions.
/// Exit codes: 0 success, 1 failure at run time, 2 bad input or usage. <c>--debug</c> lets exceptions through.
/// </summary>
public static class PlenumApp
{
    /// <summary>Runs the command line with the given output writers (tests pass their own).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => RunAsync(args, stdout, stderr, Console.In);

    /// <summary>Runs the command line with the given input and output (tests pass their own).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var debug = args.Contains("--debug");
        args = args.Where(a => a != "--debug").ToArray();
        var output = new Output(stdout, stderr) { Stdin = stdin };
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("plenum");
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.ConfigureConsole(output.StdoutConsole);
            config.Settings.Registrar.RegisterInstance(output);
            config.AddCommand<ValidateCommand>("validate").WithDescription("Check a scenario file; one line per problem, exit 2 if any.")
                .WithExample("validate", "scenarios/politburo-1929.yaml");
            config.AddCommand<ForecastCommand>("forecast").WithDescription("Run models on a scenario and report the forecast.")
                .WithExample("forecast", "scenarios/politburo-1929.yaml", "--model", "all", "--format", "json");
            config.AddCommand<ImportCommand>("import").WithDescription("Convert a KTAB CSV, Decide file or actor table into a scenario file; or restore a backup made by 'plenum export'.")
                .WithExample("import", "data.csv", "-o", "scenario.yaml")
                .WithExample("import", "team.plenum.zip", "--as", "team-restored");
            config.AddCommand<ExportCommand>("export").WithDescription("Back up a workspace (scenarios, runs, evidence) to one file that 'plenum import' restores.")
                .WithExample("export", "default", "-o", "backup.plenum.zip");
            config.AddCommand<SensitivityCommand>("sensitivity").WithDescription("Rank the inputs by how much they move a forecast (tornado table).")
                .WithExample("sensitivity", "scenarios/politburo-1929.yaml", "--model", "compromise", "--issue", "line");
            config.AddCommand<BacktestCommand>("backtest").WithDescription("Score the models against what really happened (scenarios with an outcome section).")
                .WithExample("backtest", "scenarios/", "--model", "all");
            config.AddBranch("runs", runs =>
            {
                runs.SetDescription("Saved runs: list, show, compare, export, delete.");
                runs.AddCommand<RunsListCommand>("list").WithDescription("The latest saved runs.");
                runs.AddCommand<RunsShowCommand>("show").WithDescription("A saved run's record and result JSON.");
                runs.AddCommand<RunsCompareCommand>("compare").WithDescription("Two saved runs side by side.");
                runs.AddCommand<RunsExportCommand>("export").WithDescription("The stored result JSON of a run.");
                runs.AddCommand<RunsDeleteCommand>("delete").WithDescription("Delete a saved run.");
            });
            config.AddBranch("evidence", evidence =>
            {
                evidence.SetDescription("Source documents, passages and claims: add, list, show, search, quotes, claims, review.");
                evidence.AddCommand<EvidenceAddCommand>("add").WithDescription("Add text, Markdown, HTML or PDF files to the store.")
                    .WithExample("evidence", "add", "sources/behind-the-scenes-1929.txt", "--source-id", "militant-1929", "--author", "G. G.", "--publisher", "The Militant", "--date", "1929-03-20");
                evidence.AddCommand<EvidenceListCommand>("list").WithDescription("The stored documents, newest first.");
                evidence.AddCommand<EvidenceShowCommand>("show").WithDescription("A document's metadata and text, or one passage of it.");
                evidence.AddCommand<EvidenceSearchCommand>("search").WithDescription("Full-text search over the stored documents.")
                    .WithExample("evidence", "search", "\"did not go\" plenum", "--limit", "5");
                evidence.AddCommand<EvidenceQuotesCommand>("quotes").WithDescription("The quoted remarks of a document, with speaker, addressee, rule and confidence.")
                    .WithExample("evidence", "quotes", "sources/behind-the-scenes-1929.txt", "--scenario", "scenarios/politburo-1929.yaml");
                evidence.AddCommand<EvidenceClaimsCommand>("claims").WithDescription("Every claim of a scenario with its passages and independent witnesses for and against.")
                    .WithExample("evidence", "claims", "scenarios/politburo-1929.yaml");
                evidence.AddBranch("review", review =>
                {
                    review.SetDescription("The analyst's review: confirm or correct quote attributions, confirm or reject name merges.");
                    review.AddCommand<EvidenceReviewQuotesCommand>("quotes").WithDescription("A stored document's quotes with ids, the machine's attribution and the analyst's decision.")
                        .WithExample("evidence", "review", "quotes", "doc-ec04a8e255b30b8f");
                    review.AddCommand<EvidenceReviewConfirmCommand>("confirm").WithDescription("Confirm a quote's attribution as the machine made it.");
                    review.AddCommand<EvidenceReviewCorrectCommand>("correct").WithDescription("Correct a quote's speaker or addressee; the machine's stays beside it.")
                        .WithExample("evidence", "review", "correct", "17", "--speaker", "zinoviev");
                    review.AddCommand<EvidenceReviewMergesCommand>("merges").WithDescription("Spellings that may name an actor, with scores, awaiting a decision.")
                        .WithExample("evidence", "review", "merges", "--scenario", "scenarios/politburo-1929.yaml");
                    review.AddCommand<EvidenceReviewMergeCommand>("merge").WithDescription("Confirm that a spelling names an actor (never-merge pairs are refused).")
                        .WithExample("evidence", "review", "merge", "Bucharin", "bukharin", "--scenario", "scenarios/politburo-1929.yaml");
                    review.AddCommand<EvidenceReviewRejectCommand>("reject").WithDescription("Reject a spelling for an actor; it is never suggested again.");
                });
            });
            config.AddBranch("store", store =>
            {
                store.SetDescription("The store of runs: check it for corruption and half-written runs.");
                store.AddCommand<StoreCheckCommand>("check").WithDescription("Verify the store: engine checks, schema version, every run whole; exit 1 on any problem.");
            });
            config.AddCommand<PowerCommand>("power").WithDescription("Voting power of each body's members: Shapley–Shubik, Banzhaf, Penrose, Deegan–Packel, Johnston, Holler.")
                .WithExample("power", "scenarios/politburo-1929.yaml", "--body", "politburo", "--format", "json");
            config.AddCommand<SweepCommand>("sweep").WithDescription("A Monte Carlo sweep, in process or in batches on an Orleans cluster (same answer bit for bit).")
                .WithExample("sweep", "scenarios/politburo-1929.yaml", "--model", "bdm", "--runs", "100000", "--cluster", "127.0.0.1:30000");
            config.AddCommand<SiloCommand>("silo").WithDescription("Run an Orleans silo that computes sweep batches.")
                .WithExample("silo", "--port", "11111", "--gateway-port", "30000");
            config.AddCommand<ModelsCommand>("models").WithDescription("List the models and their options.");
            config.AddCommand<ServeCommand>("serve").WithDescription("Start the web app (default http://127.0.0.1:5080, loopback only).")
                .WithExample("serve", "--urls", "http://127.0.0.1:5080");
            config.AddBranch("users", users =>
            {
                users.SetDescription("Accounts of the web app.");
                users.AddCommand<UsersAddCommand>("add").WithDescription("Add a user; the password is read from stdin.")
                    .WithExample("users", "add", "alice", "--role", "analyst");
                users.AddCommand<UsersListCommand>("list").WithDescription("List the users and their workspaces.");
            });
        });
        try
        {
            return await app.RunAsync(args);
        }
        catch (InputProblemsException e)
        {
            foreach (var problem in e.Problems) stderr.WriteLine(problem.ToString());
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (!debug && e is CommandParseException or CommandRuntimeException or UsageException)
        {
            stderr.WriteLine($"plenum: {Clean(e.Message)}");
            stderr.WriteLine("Run 'plenum --help' (or 'plenum COMMAND --help') for usage.");
            return ExitCodes.BadInput;
        }
        catch (Storage.Backups.BackupRefusedException e) when (!debug)
        {
            stderr.WriteLine($"plenum: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Storage.StoreException e) when (!debug)
        {
            stderr.WriteLine($"plenum: {e.Message}");
            return e.Failure is Storage.StoreFailure.RunNotFound or Storage.StoreFailure.DocumentNotFound or Storage.StoreFailure.InvalidLocation ? ExitCodes.BadInput : ExitCodes.Failure;
        }
        catch (Exception e) when (!debug && e is Evidence.EvidenceInputException or Evidence.Search.SearchSyntaxException
                                           or Storage.Evidence.Review.EvidenceReviewException)
        {
            stderr.WriteLine($"plenum: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (!debug && e is Core.Models.ModelOptionException or Core.Models.ModelInputException)
        {
            stderr.WriteLine($"plenum: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (!debug && e is Cluster.Hosting.SweepFailedException or Cluster.Hosting.ClusterUnavailableException or Commands.SweepDetachedException)
        {
            stderr.WriteLine($"plenum: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (!debug)
        {
            stderr.WriteLine($"plenum: failed: {e.Message}");
            stderr.WriteLine("Run again with --debug for the details.");
            return ExitCodes.Failure;
        }
    }

    private static string Clean(string message) => Markup.Remove(message);
}

/// <summary>The documented exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}

/// <summary>A usage or input error detected by a command; exit 2 with the message.</summary>
public sealed class UsageException(string message) : Exception(message);
