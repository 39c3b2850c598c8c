using Plenum.Core.Scenarios;

namespace Plenum.Web.Api;

/// <summary>A workspace the caller belongs to, with their role there.</summary>
public sealed record WorkspaceDto(long Id, string Name, string Role);

/// <summary>Who the caller is.</summary>
public sealed record MeDto(long Id, string Name, bool IsAdmin, IReadOnlyList<WorkspaceDto> Workspaces);

/// <summary>A model and its options (as <c>plenum models</c> lists them).</summary>
public sealed record ModelDto(string Id, string Title, string Publication, IReadOnlyList<ModelOptionDto> Options);

/// <summary>One option of a model: pass it as <c>set: ["KEY=VALUE"]</c>.</summary>
public sealed record ModelOptionDto(string Key, string Default, string Allowed, string Description);

/// <summary>A stored scenario; <see cref="Yaml"/> is left out of listings.</summary>
public sealed record ScenarioDto(long Id, long WorkspaceId, string ScenarioId, string Title, DateTimeOffset UpdatedAt, string UpdatedBy, string? Yaml);

/// <summary>A new scenario: the file's name (its extension picks the importer), its text, and optionally the format (<c>yaml</c>, <c>table</c>, <c>ktab</c>, <c>ktab-xml</c>, <c>decide</c>).</summary>
public sealed record ScenarioUploadDto(string FileName, string Content, string? Format);

/// <summary>New YAML for a scenario.</summary>
public sealed record ScenarioUpdateDto(string Yaml);

/// <summary>A problem in scenario text, at its line and column, with the CLI's message.</summary>
public sealed record ProblemDto(int Line, int Column, string Code, string Message)
{
    public static ProblemDto From(ScenarioProblem p) => new(p.Where.Line, p.Where.Column, p.Code, p.Message);
}

/// <summary>The problems that kept a scenario from being saved (HTTP 422).</summary>
public sealed record ProblemsDto(string Error, IReadOnlyList<ProblemDto> Problems);

/// <summary>
/// A forecast to run: <c>model</c> is an id, a comma-separated list or <c>all</c>; <c>runs</c> &gt; 1 samples the
/// uncertain inputs (Monte Carlo); <c>whatIf</c> holds <c>PATH=VALUE</c> overrides, <c>set</c> holds <c>KEY=VALUE</c> model options.
/// </summary>
public sealed record ForecastRequestDto(string? Model, int? Runs, long? Seed, IReadOnlyList<string>? WhatIf, IReadOnlyList<string>? Set);

/// <summary>A queued or finished forecast. Poll <see cref="StatusUrl"/>; when <see cref="State"/> is <c>done</c>, <see cref="RunId"/> names the saved run.</summary>
public sealed record JobDto(string Id, string State, double Progress, string Message, long? RunId, string StatusUrl);

/// <summary>A saved run as listed.</summary>
public sealed record RunDto(long Id, DateTimeOffset CreatedAt, string ScenarioId, IReadOnlyList<string> Models, long Seed, int MonteCarloRuns, double DurationMs);

/// <summary>One entry of a workspace's audit log.</summary>
public sealed record AuditDto(long Id, string User, string Action, string Target, string Detail, DateTimeOffset At);

/// <summary>A member of a workspace.</summary>
public sealed record MemberDto(long UserId, string Name, string Role);

/// <summary>An error the caller can act on.</summary>
public sealed record ErrorDto(string Error);
