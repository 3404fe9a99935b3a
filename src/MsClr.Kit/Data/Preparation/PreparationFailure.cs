namespace MsClr.Kit.Data.Preparation;

/// <summary>A file a preparation run could not convert; the run carried on without it.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Error">The error message; it names the file and, where it applies, the line or field, the expected and the found value.</param>
public sealed record PreparationFailure(string File, string Error);
