using Plenum.Core.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum models</c>: every model with its options, defaults and allowed values.</summary>
public sealed class ModelsCommand(Output output) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        foreach (var model in ModelCatalog.All)
        {
            var d = model.Descriptor;
            output.StdoutConsole.MarkupLine($"[bold]{Markup.Escape(d.Id)}[/]  {Markup.Escape(d.Title)}");
            output.StdoutConsole.MarkupLine($"  [grey]{Markup.Escape(d.Publication)}[/]");
            if (d.Options.Count == 0) continue;
            var table = new Table().Border(TableBorder.Simple).AddColumns("option", "default", "allowed", "meaning");
            foreach (var o in d.Options) table.AddRow(Markup.Escape(o.Key), Markup.Escape(o.Default), Markup.Escape(o.Allowed), Markup.Escape(o.Description));
            output.StdoutConsole.Write(table);
        }
        return ExitCodes.Success;
    }
}
