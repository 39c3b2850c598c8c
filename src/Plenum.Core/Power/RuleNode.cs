namespace Plenum.Core.Power;

/// <summary>A monotone Boolean formula over quota layers: which combinations of met layers win.</summary>
internal abstract record RuleNode
{
    /// <summary>Whether the formula holds when the layers flagged in <paramref name="met"/> are met.</summary>
    public abstract bool Evaluate(ReadOnlySpan<bool> met);

    /// <summary>The formula applied bitwise: bit b of layer l's mask says whether coalition b meets layer l.</summary>
    public abstract ulong EvaluateMasks(ReadOnlySpan<ulong> masks);

    /// <summary>The same formula with every layer index moved up by <paramref name="offset"/>.</summary>
    public abstract RuleNode Shifted(int offset);

    /// <summary>A single layer.</summary>
    public sealed record Layer(int Index) : RuleNode
    {
        public override bool Evaluate(ReadOnlySpan<bool> met) => met[Index];
        public override ulong EvaluateMasks(ReadOnlySpan<ulong> masks) => masks[Index];
        public override RuleNode Shifted(int offset) => new Layer(Index + offset);
    }

    /// <summary>Every child must hold.</summary>
    public sealed record All(IReadOnlyList<RuleNode> Children) : RuleNode
    {
        public override bool Evaluate(ReadOnlySpan<bool> met)
        {
            foreach (var c in Children)
                if (!c.Evaluate(met)) return false;
            return true;
        }

        public override ulong EvaluateMasks(ReadOnlySpan<ulong> masks)
        {
            var r = ulong.MaxValue;
            foreach (var c in Children) r &= c.EvaluateMasks(masks);
            return r;
        }

        public override RuleNode Shifted(int offset) => new All(Children.Select(c => c.Shifted(offset)).ToList());
    }

    /// <summary>At least one child must hold.</summary>
    public sealed record Any(IReadOnlyList<RuleNode> Children) : RuleNode
    {
        public override bool Evaluate(ReadOnlySpan<bool> met)
        {
            foreach (var c in Children)
                if (c.Evaluate(met)) return true;
            return false;
        }

        public override ulong EvaluateMasks(ReadOnlySpan<ulong> masks)
        {
            var r = 0UL;
            foreach (var c in Children) r |= c.EvaluateMasks(masks);
            return r;
        }

        public override RuleNode Shifted(int offset) => new Any(Children.Select(c => c.Shifted(offset)).ToList());
    }
}
