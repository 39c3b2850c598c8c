namespace Plenum.Storage.Backups;

/// <summary>
/// A backup that cannot be made or imported as asked: a damaged, truncated or edited archive, one from a newer
/// Plenum, a workspace that does not exist or already holds data. Nothing was written; the CLI exits 2 with the message.
/// </summary>
public sealed class BackupRefusedException(string message, Exception? inner = null) : Exception(message, inner);
