namespace Plenum.Fuzz;

/// <summary>One parser under test: AFL hands it bytes, and it throws when the parser broke its contract.</summary>
public interface IFuzzTarget
{
    /// <summary>The name given to <c>fuzz/run.sh</c>.</summary>
    string Name { get; }

    /// <summary>Runs the parser on one input; throws on a crash or an answer outside the parser's contract.</summary>
    void Check(Stream input);
}
