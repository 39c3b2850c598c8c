using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Plenum.Storage.Backups;

/// <summary>
/// One row as one line of JSON: an array of the column values in manifest order. Integers and reals are JSON
/// numbers (reals in their shortest round-trip form; NaN and infinities as strings), text is a string, bytes a
/// base64 string, times and dates their canonical text. The importing store's column types say how to read each.
/// </summary>
internal static class RowCodec
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, object?[] values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case long l: writer.WriteNumberValue(l); break;
                case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
                case double d: writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture)); break;
                case string s: writer.WriteStringValue(s); break;
                case byte[] b: writer.WriteBase64StringValue(b); break;
                default: throw new InvalidOperationException($"cannot write a {value.GetType().Name} to a backup");
            }
        }
        writer.WriteEndArray();
    }

    /// <summary>The values of one line, read as <paramref name="kinds"/>; null when the line is not such a row.</summary>
    /// <exception cref="FormatException">A value does not fit its column; the message says which.</exception>
    public static object?[] Read(ReadOnlySpan<byte> line, IReadOnlyList<ColumnKind> kinds, IReadOnlyList<string> names)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 2 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new FormatException("the line is not a JSON array");
            var values = new object?[kinds.Count];
            for (var i = 0; i < kinds.Count; i++)
            {
                if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
                    throw new FormatException($"the row has {i} values, expected {kinds.Count}");
                values[i] = Value(ref reader, kinds[i], names[i]);
            }
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new FormatException($"the row has more than {kinds.Count} values");
            if (reader.Read()) throw new FormatException("the line holds more than one row");
            return values;
        }
        catch (JsonException e)
        {
            throw new FormatException($"the line is not valid JSON ({e.Message})", e);
        }
    }

    private static object? Value(ref Utf8JsonReader reader, ColumnKind kind, string column)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when kind == ColumnKind.Integer && reader.TryGetInt64(out var l):
                return l;
            case JsonTokenType.Number when kind == ColumnKind.Real && reader.TryGetDouble(out var d):
                return d;
            case JsonTokenType.Number when kind == ColumnKind.Text:
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.String when kind == ColumnKind.Bytes && reader.TryGetBytesFromBase64(out var bytes):
                return bytes;
            case JsonTokenType.String when kind == ColumnKind.Real:
                var text = reader.GetString()!;
                if (text is "NaN" or "Infinity" or "-Infinity") return double.Parse(text, CultureInfo.InvariantCulture);
                break;
            case JsonTokenType.String when kind is ColumnKind.Text or ColumnKind.Time or ColumnKind.Date:
                return reader.GetString();
        }
        throw new FormatException($"column {column} holds a JSON {reader.TokenType.ToString().ToLowerInvariant()} where the store keeps {kind.ToString().ToLowerInvariant()} values");
    }
}
