using MsClr.Kit.IO;

namespace MsClr.Kit.Data.Metrabs;

/// <summary>A MeTRAbs output file that cannot be imported: wrong name, shape or values. The message is <c>{path}: {problem}</c>.</summary>
public sealed class MetrabsImportException(string path, string problem, Exception? inner = null)
    : FileProblemException(path, problem, inner);
