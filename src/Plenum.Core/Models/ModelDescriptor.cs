namespace Plenum.Core.Models;

/// <summary>A model's name, summary, publication and options: the one declaration the CLI, docs and web read.</summary>
public sealed record ModelDescriptor(string Id, string Title, string Publication, IReadOnlyList<OptionDescriptor> Options);

/// <summary>One option of a model, as <c>--set MODEL.KEY=VALUE</c>.</summary>
/// <param name="Key">Full key, e.g. <c>bdm.rounds</c>.</param>
/// <param name="Default">The default, as text.</param>
/// <param name="Allowed">Allowed values or range, as text (e.g. <c>1–100000</c>, <c>scholz|literal</c>).</param>
public sealed record OptionDescriptor(string Key, string Default, string Allowed, string Description);
