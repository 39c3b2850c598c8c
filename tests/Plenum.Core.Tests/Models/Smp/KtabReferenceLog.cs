using System.Text.Json;

namespace Plenum.Core.Tests.Models.Smp;

/// <summary>The vectors extracted from one KTAB reference log (see Fixtures/smp/README.md).</summary>
internal sealed class KtabReferenceLog
{
    public required string Origin { get; init; }
    public required int States { get; init; }
    public required string[] Actors { get; init; }
    public required double[][] RiskAttitudes { get; init; }
    public required TurnRecord[] Turns { get; init; }
    public required double[][] Probabilities { get; init; }

    public sealed class TurnRecord
    {
        public required int Turn { get; init; }
        public required Target[] Targets { get; init; }
        public required Choice[] Chosen { get; init; }
        public required double[][] Positions { get; init; }
    }

    public sealed class Target
    {
        public required int Actor { get; init; }
        public required int TargetActor { get; init; }
        public required double Worth { get; init; }
    }

    public sealed class Choice
    {
        public required int Actor { get; init; }
        public required int Initiator { get; init; }
        public required int Receiver { get; init; }
        public required int Index { get; init; }
        public required int[][] Queue { get; init; }
    }

    public static KtabReferenceLog Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "smp", name));
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        // "target" in the file is the actor index; renamed here to avoid clashing with the class name.
        text = text.Replace("\"target\":", "\"targetActor\":");
        return JsonSerializer.Deserialize<KtabReferenceLog>(text, options)!;
    }
}
