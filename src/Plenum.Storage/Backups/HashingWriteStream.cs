using System.Security.Cryptography;

namespace Plenum.Storage.Backups;

/// <summary>Passes bytes on to an archive entry while hashing and counting them, so an export reads the store once.</summary>
internal sealed class HashingWriteStream(Stream inner, IncrementalHash entry, IncrementalHash content) : Stream
{
    /// <summary>Bytes written so far.</summary>
    public long Length64 { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Length64;
    public override long Position { get => Length64; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        entry.AppendData(buffer);
        content.AppendData(buffer);
        Length64 += buffer.Length;
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
