namespace Plenum.Evidence.Search;

/// <summary>A search query that cannot be run, with what is wrong in the user's words.</summary>
public sealed class SearchSyntaxException(string message) : Exception(message);
