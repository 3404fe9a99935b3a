using MsClr.Kit.IO;

namespace MsClr.Kit.Data.Store;

/// <summary>A store file that breaks the data contract: wrong schema version, a missing or mistyped column, inconsistent row values.</summary>
/// <remarks>The message always starts with the file path (<c>{path}: {problem}</c>) and names the key, column or row and the
/// expected and actual values.</remarks>
public sealed class SkeletonStoreException(string path, string problem, Exception? inner = null)
    : FileProblemException(path, problem, inner);
