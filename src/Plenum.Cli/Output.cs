using Spectre.Console;

namespace Plenum.Cli;

/// <summary>Where commands write: results to stdout, problems and progress to stderr.</summary>
public sealed class Output
{
    /// <summary>Wraps the two writers.</summary>
    public Output(TextWriter stdout, TextWriter stderr)
    {
        Stdout = stdout;
        Stderr = stderr;
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        StdoutConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) StdoutConsole.Profile.Width = 80;
    }

    /// <summary>Standard input (a password for <c>plenum users add</c>); tests replace it.</summary>
    public TextReader Stdin { get; init; } = Console.In;

    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }

    /// <summary>The console for tables on stdout; plain text (no colour codes) when redirected.</summary>
    public IAnsiConsole StdoutConsole { get; }
}
