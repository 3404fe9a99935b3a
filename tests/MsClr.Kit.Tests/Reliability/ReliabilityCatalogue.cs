namespace MsClr.Kit.Tests.Reliability;

/// <summary>One fault or bad input tried on the kit, what the kit does, and the test (<c>Class.Method</c>) that proves it.</summary>
internal sealed record ReliabilityCase(string Kind, string Tried, string Outcome, string Test);

/// <summary>
/// The faults and inputs tried on the kit: the single source of the reliability table of docs/reliability.md (between
/// <c>&lt;!-- reliability:start --&gt;</c> and <c>&lt;!-- reliability:end --&gt;</c>), checked by <see cref="ReliabilityPageTests"/>.
/// Add a row here with its test, then regenerate the docs/reliability.md block (see that test's failure message).
/// </summary>
internal static class ReliabilityCatalogue
{
    public static IReadOnlyList<ReliabilityCase> Cases { get; } =
    [
        new("fault", "SIGKILL of `msclr pretrain` at 3 random moments, then run again", "resumes from the latest checkpoint; the final checkpoint is bit-identical to an uninterrupted run's",
            "KillAndResumeTests.Pretrain_KilledThreeTimesThenResumed_EndsBitIdenticalToAnUninterruptedRun"),
        new("fault", "SIGKILL while a checkpoint is being written", "the half-written `.tmp-*` folder is ignored and later removed; the previous checkpoint is intact (SHA-256) and is the one resumed; bit-identical end",
            "KillAndResumeTests.Pretrain_KilledDuringACheckpointWrite_ResumesFromThePreviousIntactCheckpointAndEndsBitIdentical"),
        new("fault", "SIGINT (Ctrl+C) during `msclr pretrain`", "stops after the current step, saves a checkpoint, exits 2 with `stopped at eXXXX-bYYYY; run again to resume`, releases the lock; resume is bit-identical",
            "KillAndResumeTests.Pretrain_InterruptedBySigint_ExitsCleanlyWithACheckpointAndReleasedLockThenResumesBitIdentical"),
        new("fault", "cancellation mid-epoch (in process), then resume", "same losses, weights and queue as an uninterrupted run",
            "PretrainerTests.Run_InterruptedAndResumed_EndsBitIdenticalToAnUninterruptedRun"),
        new("fault", "a second run on the same run folder", "refused: `run folder … is in use by another run (pid …)`",
            "PretrainerFaultTests.Run_SecondRunOnTheSameFolder_IsRefusedNamingTheFolder"),
        new("fault", "NaN loss", "stops naming the epoch, the step and the last good checkpoint",
            "PretrainerFaultTests.Run_NaNLoss_StopsNamingTheStepAndTheLastGoodCheckpoint"),
        new("fault", "disk full (256 KiB tmpfs) during `msclr prep synthetic`", "a one-line error naming the file; no partial or temporary file left",
            "DiskFullTests.SyntheticPrep_OnAFullDisk_FailsWithTheFileNamedAndLeavesNothing"),
        new("fault", "a store write that fails half-way (over an existing file)", "no temporary file left; the old file is kept",
            "SkeletonStoreTests.WriteAsync_FailureOverExistingFile_KeepsTheOldFile"),
        new("fault", "1,000 pretraining steps (SkeletonCLR, two formats, tiny model)", "the native and managed heaps in use grow by at most 16 MiB between the first and the last hundred steps, the resident set (free memory released) by at most 64 MiB",
            "PretrainingMemoryTests.Run_ThousandSteps_ResidentMemoryStaysFlat"),
        new("fault", "pretraining (real augmentations, prefetcher, checkpoints) while another thread collects garbage in a loop", "every step runs to the end: numbers reach LibTorch only as held Scalars, never as TorchSharp's temporary ones that a collection can free mid-call (which failed the AimCLR step within seconds); the compiled kit is checked for any other",
            "ScalarLifetimeStressTests.Pretrain_WhileAnotherThreadCollectsInALoop_RunsEveryStepToTheEnd"),
        new("corruption", "a checkpoint file changed on disk", "refused naming the file (SHA-256 differs from `checkpoint.json`)",
            "PretrainerTests.Load_CorruptCheckpointFile_IsReportedByName"),
        new("corruption", "a truncated Parquet file (store, results, scores, metrics)", "`{file}: truncated Parquet file …`",
            "ParquetCorruptionTests.Read_TruncatedFile_FailsNamingTheFileAndTruncation"),
        new("corruption", "one bit flipped in a Parquet file's data", "`{file}: checksum mismatch …` (SHA-256 in the footer)",
            "ParquetCorruptionTests.Read_OneBitFlippedInTheData_FailsNamingTheFileAndTheChecksum"),
        new("input", "Parquet without a checksum (pandas, older kits)", "loads; verified only when the checksum is present",
            "ParquetCorruptionTests.OpenAsync_FileWithoutChecksumFromAnotherTool_LoadsUnverified"),
        new("input", "a text file named `.parquet`", "`{file}: not a readable Parquet file …`",
            "SkeletonStoreReaderErrorTests.OpenAsync_NotParquet_NamesTheFile"),
        new("input", "store file: schema version 2 / no schema version", "refused naming the key and both versions",
            "SkeletonStoreReaderErrorTests.OpenAsync_SchemaVersion2_NamesFileKeyAndBothVersions"),
        new("input", "store file: a metadata column missing", "refused naming the column and its expected type",
            "SkeletonStoreReaderErrorTests.OpenAsync_MetadataColumnMissing_NamesTheColumn"),
        new("input", "store file: a column of the wrong type (`label` as string)", "refused naming the column and both types",
            "SkeletonStoreReaderErrorTests.OpenAsync_LabelIsString_NamesColumnAndTypes"),
        new("input", "store file: `xyz` length not frames·persons·joints·3", "refused naming the row and the sample id",
            "SkeletonStoreReaderErrorTests.ReadSamplesAsync_XyzLengthWrong_NamesFileRowAndSampleButIndexStillReads"),
        new("input", "results or metrics Parquet missing a column", "refused naming the file and the column",
            "ParquetCorruptionTests.Read_ResultsAndMetricsWithAMissingColumn_NameTheFileAndTheColumn"),
        new("input", "`.skeleton` truncated inside the joints", "`FormatException` naming the file and the first missing line",
            "NtuSkeletonReaderErrorTests.Read_TruncatedInsideJoints_ReportsTheFirstMissingLine"),
        new("input", "`.skeleton` with a non-numeric token", "names the line, the field and the token",
            "NtuSkeletonReaderErrorTests.Read_NonNumericToken_ReportsFieldAndToken"),
        new("input", "`.skeleton` with 24 or 26 joints", "names the joint count",
            "NtuSkeletonReaderErrorTests.Read_JointCountNot25_ReportsCount"),
        new("input", "`.skeleton` declaring 2·10⁹ frames", "fails as truncated, without allocating",
            "NtuSkeletonReaderErrorTests.Read_HugeDeclaredFrameCount_FailsAsTruncatedNotOutOfMemory"),
        new("input", "`.skeleton` mutated 3,000 times (fuzz)", "each a correct parse or a `FormatException`; nothing else, no hang",
            "FuzzTests.SkeletonReader_MutatedFiles_ParseOrFailWithAFormatError"),
        new("input", "`.npy` with a bad magic", "names the file and the expected magic",
            "NpyTests.Read_BadMagic_NamesFileAndExpectedMagic"),
        new("input", "`.npy` big-endian, Fortran order, int32, structured or malformed header", "says what was expected",
            "NpyTests.Read_UnsupportedHeader_SaysWhatWasExpected"),
        new("input", "`.npy` truncated data", "names the byte counts",
            "NpyTests.Read_TruncatedData_NamesByteCounts"),
        new("input", "`.npy` mutated 3,000 times (fuzz)", "each a correct parse or a format error",
            "FuzzTests.NpyReader_MutatedFiles_ParseOrFailWithAFormatError"),
        new("input", "MeTRAbs `.npy` with the wrong joint count", "names the file, the shape and the expected V; the other files still import",
            "MetrabsImporterTests.ImportFile_WrongJointCount_NamesFileShapeAndExpectedV"),
        new("input", "custom format JSON that is not JSON", "names the line",
            "SkeletonFormatJsonTests.Parse_InvalidJson_NamesTheLine"),
        new("input", "custom format JSON with unknown joints, duplicates, bad mirror pairs, self-links", "names the field (`edges[0][1]`, `mirror_pairs[1]`, …)",
            "SkeletonFormatJsonTests.Parse_BadDefinition_FailsNamingTheField"),
        new("input", "`.ipynb` cut in half (invalid JSON)", "`{file}: not valid JSON`",
            "NotebookBadInputTests.Load_TruncatedIpynb_SaysNotValidJsonNamingTheFile"),
        new("input", "`.ipynb` without `cells`", "`{file}: expected nbformat 4 with a 'cells' array`",
            "NotebookBadInputTests.Load_IpynbWithoutCells_SaysCellsAreExpectedNamingTheFile"),
        new("input", "`.ipynb` of another .NET kernel (F#)", "nothing is run; a warning per cell",
            "NotebookBadInputTests.Run_FSharpKernelNotebook_RunsNothingAndWarnsPerCell"),
        new("input", "`.ipynb` of a Python kernel", "nothing is run; a warning per cell (the kernel is kept, not compiled as C#)",
            "NotebookBadInputTests.Run_PythonKernelNotebook_RunsNothingAndWarnsPerCell"),
        new("input", "`.ipynb` whose top level is an array", "`{file}: the top level is not a JSON object`",
            "NotebookBadInputTests.Load_IpynbWhoseTopLevelIsAnArray_NamesTheFile"),
        new("input", "`.dib` with an invalid `#!meta` block", "`{file}: the #!meta block is not valid JSON`",
            "NotebookBadInputTests.Load_DibWithInvalidMetaBlock_NamesTheFileAndTheBlock"),
        new("input", "a notebook cell that throws", "the run stops at that cell, naming it",
            "NotebookFailureTests.Run_ThrowingCell_StopsTheNotebookAtThatCell"),
    ];

    /// <summary>The Markdown between the docs/reliability.md markers (without the marker lines).</summary>
    public static string Markdown()
    {
        var lines = new List<string>
        {
            "<!-- generated from tests/MsClr.Kit.Tests/Reliability/ReliabilityCatalogue.cs; do not edit by hand -->",
            "",
            "| | tried | what happens | test |",
            "|---|---|---|---|",
        };
        lines.AddRange(Cases.Select(c => $"| {c.Kind} | {c.Tried} | {c.Outcome} | `{c.Test}` |"));
        return string.Join("\n", lines);
    }
}
