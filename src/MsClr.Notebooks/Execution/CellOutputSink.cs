using System.Text;
using MsClr.Notebooks.Documents;

namespace MsClr.Notebooks.Execution;

/// <summary>Collects one cell's outputs in order; consecutive writes to the same stream become one stream output.</summary>
internal sealed class CellOutputSink
{
    private readonly object gate = new();
    private readonly List<NotebookOutput> outputs = [];
    private readonly StringBuilder pending = new();
    private string? pendingStream;

    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (pendingStream != stream)
            {
                FlushPending();
                pendingStream = stream;
            }

            pending.Append(text);
        }
    }

    public void Add(NotebookOutput output)
    {
        lock (gate)
        {
            FlushPending();
            outputs.Add(output);
        }
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="current"/> is, if it is still collected here;
    /// returns whether it was (an update after its cell finished changes nothing).</summary>
    public bool Replace(NotebookOutput current, NotebookOutput replacement)
    {
        lock (gate)
        {
            var index = outputs.IndexOf(current);
            if (index < 0)
            {
                return false;
            }

            outputs[index] = replacement;
            return true;
        }
    }

    /// <summary>Everything collected since the last call.</summary>
    public List<NotebookOutput> Take()
    {
        lock (gate)
        {
            FlushPending();
            var taken = outputs.ToList();
            outputs.Clear();
            return taken;
        }
    }

    private void FlushPending()
    {
        if (pendingStream is not null && pending.Length > 0)
        {
            outputs.Add(NotebookOutput.Stream(pendingStream, pending.ToString()));
        }

        pending.Clear();
        pendingStream = null;
    }
}
