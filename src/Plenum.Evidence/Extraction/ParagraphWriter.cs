using System.Text;

namespace Plenum.Evidence.Extraction;

/// <summary>
/// Builds extracted text from structured documents (Markdown, HTML): inline text is appended as it comes, and a
/// block boundary asks for a line or paragraph break that is written only before the next text, so empty blocks
/// leave no blank lines and the text never starts or ends with breaks.
/// </summary>
internal sealed class ParagraphWriter
{
    private readonly StringBuilder _text = new();
    private int _pendingBreaks;
    private bool _pendingSpace;

    /// <summary>Asks for a paragraph break (an empty line) before the next text.</summary>
    public void Paragraph() => _pendingBreaks = 2;

    /// <summary>Asks for a line break before the next text (unless a paragraph break is already asked for).</summary>
    public void Line() => _pendingBreaks = Math.Max(_pendingBreaks, 1);

    /// <summary>Appends text verbatim (code, preformatted text).</summary>
    public void Verbatim(string text)
    {
        if (text.Length == 0) return;
        Flush();
        _text.Append(text);
    }

    /// <summary>Appends running text, runs of white space collapsed into one space as a browser shows them.</summary>
    public void Running(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && _pendingBreaks == 0 && _text.Length > 0 && !char.IsWhiteSpace(_text[^1])) _text.Append(' ');
            _pendingSpace = false;
            Flush();
            _text.Append(c);
        }
    }

    /// <summary>Appends a separator between table cells.</summary>
    public void Cell()
    {
        if (_pendingBreaks == 0 && _text.Length > 0 && _text[^1] != '\n') _text.Append('\t');
        _pendingSpace = false;
    }

    private void Flush()
    {
        if (_pendingBreaks > 0 && _text.Length > 0)
        {
            while (_text.Length > 0 && _text[^1] is ' ' or '\t') _text.Length--;
            var have = _text.Length > 0 && _text[^1] == '\n' ? (_text.Length > 1 && _text[^2] == '\n' ? 2 : 1) : 0;
            _text.Append('\n', Math.Max(0, _pendingBreaks - have));
        }
        _pendingBreaks = 0;
        _pendingSpace = false;
    }

    public override string ToString() => _text.ToString();
}
