namespace MsClr.Notebooks.Documents;

/// <summary>The file a notebook was read from.</summary>
public enum NotebookFileFormat
{
    /// <summary>Jupyter nbformat 4 JSON as Polyglot Notebooks write it.</summary>
    Ipynb,

    /// <summary>Polyglot's plain-text <c>.dib</c>: <c>#!csharp</c> / <c>#!markdown</c> separated cells, no outputs.</summary>
    Dib,
}
