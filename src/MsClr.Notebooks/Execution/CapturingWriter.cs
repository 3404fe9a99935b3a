using System.Text;

namespace MsClr.Notebooks.Execution;

/// <summary>The console writer a cell runs with: its text becomes the cell's <c>stdout</c> / <c>stderr</c> stream output.</summary>
internal sealed class CapturingWriter(CellOutputSink sink, string stream) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => sink.Write(stream, value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sink.Write(stream, value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => sink.Write(stream, new string(buffer, index, count));
}
