namespace Plenum.Core.Evidence.Names;

/// <summary>One indexed form of an actor's name and what matching it means.</summary>
internal sealed record NameFormEntry(int ActorIndex, NameMatchMethod Method, double Score, string Variant, string Detail);
