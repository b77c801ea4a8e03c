using System.Text;

namespace Briefing.Parsing.Benchmarks.Generation;

/// <summary>A string builder that keeps count of the UTF-8 size of what it holds (documents are sized in bytes on disk).</summary>
internal sealed class DocumentWriter
{
    private readonly StringBuilder _text = new(8192);

    /// <summary>The UTF-8 size of the text so far.</summary>
    public int Bytes { get; private set; }

    public DocumentWriter Append(string text)
    {
        _text.Append(text);
        Bytes += Encoding.UTF8.GetByteCount(text);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> and a line feed.</summary>
    public DocumentWriter Line(string text = "") => Append(text).Append("\n");

    /// <summary>Appends <paramref name="text"/>, a line feed and, when <paramref name="blank"/>, an empty line.</summary>
    public DocumentWriter Paragraph(string text, bool blank) => blank ? Line(text).Line() : Line(text);

    public override string ToString() => _text.ToString();
}
