namespace Plenum.Evidence.Extraction;

/// <summary>The characters of a text file and the encoding they were read in.</summary>
/// <param name="Text">The decoded characters, byte-order mark removed.</param>
/// <param name="Encoding">The encoding's web name: utf-8, utf-16le, utf-16be, windows-1251, koi8-r or windows-1252.</param>
internal sealed record DecodedText(string Text, string Encoding);
