namespace Plenum.Storage;

/// <summary>
/// A store failure worded for the user: where the store is, what is wrong, and when possible what to do.
/// Messages never contain a password.
/// </summary>
/// <remarks>The CLI prints <see cref="Exception.Message"/> after <c>plenum:</c> and exits 1 (2 for <see cref="StoreFailure.RunNotFound"/> and <see cref="StoreFailure.InvalidLocation"/>).</remarks>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception with the message the user will read.</summary>
    public StoreException(StoreFailure failure, string message, Exception? inner = null) : base(message, inner)
    {
        Failure = failure;
    }

    /// <summary>The kind of failure.</summary>
    public StoreFailure Failure { get; }
}
