namespace MsClr.Kit.Skeletons;

/// <summary>
/// The built-in skeleton formats, named as the official MS-CLR code names them. Edges are listed by joint name in the
/// official order (the order matters for the bone stream); centres are the official ones.
/// </summary>
public static class SkeletonFormats
{
    /// <summary>Kinect v2 as recorded in NTU RGB+D: 25 joints, centre SpineShoulder, metres.</summary>
    /// <remarks>The hand topology HandTip–Thumb–Hand is ST-GCN's, not the Kinect SDK's bone set.</remarks>
    public static SkeletonFormat NtuRgbD { get; } = NamedFormat.Create(
        "ntu-rgb+d",
        "SpineBase SpineMid Neck Head ShoulderLeft ElbowLeft WristLeft HandLeft ShoulderRight ElbowRight WristRight " +
        "HandRight HipLeft KneeLeft AnkleLeft FootLeft HipRight KneeRight AnkleRight FootRight SpineShoulder " +
        "HandTipLeft ThumbLeft HandTipRight ThumbRight",
        center: "SpineShoulder",
        edges:
        [
            ("SpineBase", "SpineMid"), ("SpineMid", "SpineShoulder"), ("Neck", "SpineShoulder"), ("Head", "Neck"),
            ("ShoulderLeft", "SpineShoulder"), ("ElbowLeft", "ShoulderLeft"), ("WristLeft", "ElbowLeft"),
            ("HandLeft", "WristLeft"), ("ShoulderRight", "SpineShoulder"), ("ElbowRight", "ShoulderRight"),
            ("WristRight", "ElbowRight"), ("HandRight", "WristRight"), ("HipLeft", "SpineBase"), ("KneeLeft", "HipLeft"),
            ("AnkleLeft", "KneeLeft"), ("FootLeft", "AnkleLeft"), ("HipRight", "SpineBase"), ("KneeRight", "HipRight"),
            ("AnkleRight", "KneeRight"), ("FootRight", "AnkleRight"), ("HandTipLeft", "ThumbLeft"),
            ("ThumbLeft", "HandLeft"), ("HandTipRight", "ThumbRight"), ("ThumbRight", "HandRight"),
        ],
        mirror:
        [
            ("ShoulderLeft", "ShoulderRight"), ("ElbowLeft", "ElbowRight"), ("WristLeft", "WristRight"),
            ("HandLeft", "HandRight"), ("HipLeft", "HipRight"), ("KneeLeft", "KneeRight"), ("AnkleLeft", "AnkleRight"),
            ("FootLeft", "FootRight"), ("HandTipLeft", "HandTipRight"), ("ThumbLeft", "ThumbRight"),
        ],
        LengthUnit.Metre);

    /// <summary>SMPL body joints as MeTRAbs outputs them: 24 joints, centre spi3 ("thor"), millimetres.</summary>
    /// <remarks>The official flip table leaves lhan/rhan (22/23) unswapped; here they are swapped, as anatomy requires.</remarks>
    public static SkeletonFormat Smpl24 { get; } = NamedFormat.Create(
        "smpl_24",
        "pelv lhip rhip spi1 lkne rkne spi2 lank rank spi3 ltoe rtoe neck lcla rcla head lsho rsho lelb relb lwri rwri lhan rhan",
        center: "spi3",
        edges:
        [
            ("pelv", "spi1"), ("spi1", "spi2"), ("spi2", "spi3"), ("neck", "spi3"), ("head", "neck"), ("lhip", "pelv"),
            ("lkne", "lhip"), ("lank", "lkne"), ("ltoe", "lank"), ("rhip", "pelv"), ("rkne", "rhip"), ("rank", "rkne"),
            ("rtoe", "rank"), ("lcla", "spi3"), ("lsho", "lcla"), ("lelb", "lsho"), ("lwri", "lelb"), ("lhan", "lwri"),
            ("rcla", "spi3"), ("rsho", "rcla"), ("relb", "rsho"), ("rwri", "relb"), ("rhan", "rwri"),
        ],
        mirror:
        [
            ("lhip", "rhip"), ("lkne", "rkne"), ("lank", "rank"), ("ltoe", "rtoe"), ("lcla", "rcla"), ("lsho", "rsho"),
            ("lelb", "relb"), ("lwri", "rwri"), ("lhan", "rhan"),
        ],
        LengthUnit.Millimetre);

    /// <summary>The 42-joint SMPL-X selection of MeTRAbs (PosePile "agora"): body, face points, toes, thumbs and middle fingers; centre thor, millimetres.</summary>
    /// <remarks>leyehf and reyehf appear in no official edge, so they are isolated nodes (the graph has 3 components).</remarks>
    public static SkeletonFormat SmplX42 { get; } = NamedFormat.Create(
        "smplx_42",
        "pelv lhip rhip bell lkne rkne spin lank rank thor ltoe rtoe neck lcla rcla head lsho rsho lelb relb lwri rwri " +
        "jaw leyehf reyehf lmiddle1 rmiddle1 nose reye leye rear lear lto2 lto3 lhee rto2 rto3 rhee lthu lmiddle rthu rmiddle",
        center: "thor",
        edges:
        [
            ("spin", "thor"), ("bell", "spin"), ("pelv", "bell"),
            ("lhip", "pelv"), ("lkne", "lhip"), ("lank", "lkne"), ("lhee", "lank"), ("ltoe", "lank"), ("lto2", "ltoe"), ("lto3", "ltoe"),
            ("rhip", "pelv"), ("rkne", "rhip"), ("rank", "rkne"), ("rhee", "rank"), ("rtoe", "rank"), ("rto2", "rtoe"), ("rto3", "rtoe"),
            ("lcla", "thor"), ("lsho", "lcla"), ("lelb", "lsho"), ("lwri", "lelb"), ("lmiddle1", "lwri"), ("lthu", "lwri"), ("lmiddle", "lwri"),
            ("rcla", "thor"), ("rsho", "rcla"), ("relb", "rsho"), ("rwri", "relb"), ("rmiddle1", "rwri"), ("rthu", "rwri"), ("rmiddle", "rwri"),
            ("neck", "thor"), ("jaw", "neck"), ("head", "jaw"), ("nose", "head"), ("leye", "nose"), ("lear", "leye"), ("reye", "nose"), ("rear", "reye"),
        ],
        mirror:
        [
            ("lhip", "rhip"), ("lkne", "rkne"), ("lank", "rank"), ("ltoe", "rtoe"), ("lcla", "rcla"), ("lsho", "rsho"),
            ("lelb", "relb"), ("lwri", "rwri"), ("leyehf", "reyehf"), ("lmiddle1", "rmiddle1"), ("leye", "reye"),
            ("lear", "rear"), ("lto2", "rto2"), ("lto3", "rto3"), ("lhee", "rhee"), ("lthu", "rthu"), ("lmiddle", "rmiddle"),
        ],
        LengthUnit.Millimetre);

    /// <summary>Berkeley MHAD optical markers as MeTRAbs names them: 43 joints, centre bell, millimetres.</summary>
    /// <remarks>The official edges are undirected marker links with three components (head, arms, torso and legs).</remarks>
    public static SkeletonFormat BerkeleyMhad43 { get; } = NamedFormat.Create(
        "berkeley_mhad_43",
        "head lhead rhead rback backl backt lback lside bell chest rside lsho1 lsho2 larm lelb lwri lhan1 lhan2 lhan3 " +
        "rsho1 rsho2 rarm relb rwri rhan1 rhan2 rhan3 lhipb lhipf lhipl lleg lkne lank lhee lfoo rhipb rhipf rhipl rleg rkne rank rhee rfoo",
        center: "bell",
        edges:
        [
            ("head", "lhead"), ("head", "rhead"), ("rback", "backl"), ("rback", "rhipb"), ("backl", "backt"),
            ("backl", "lback"), ("lback", "lhipb"), ("lside", "bell"), ("lside", "lhipf"), ("bell", "chest"),
            ("bell", "rside"), ("rside", "rhipf"), ("lsho1", "lsho2"), ("lsho1", "rsho1"), ("lsho2", "larm"),
            ("larm", "lelb"), ("lelb", "lwri"), ("lwri", "lhan1"), ("lwri", "lhan2"), ("lwri", "lhan3"),
            ("rsho1", "rsho2"), ("rsho2", "rarm"), ("rarm", "relb"), ("relb", "rwri"), ("rwri", "rhan1"),
            ("rwri", "rhan2"), ("rwri", "rhan3"), ("lhipb", "lhipl"), ("lhipb", "rhipb"), ("lhipf", "lhipl"),
            ("lhipf", "lleg"), ("lleg", "lkne"), ("lkne", "lank"), ("lank", "lhee"), ("lhee", "lfoo"),
            ("rhipb", "rhipl"), ("rhipf", "rhipl"), ("rhipf", "rleg"), ("rleg", "rkne"), ("rkne", "rank"),
            ("rank", "rhee"), ("rhee", "rfoo"),
        ],
        mirror:
        [
            ("lhead", "rhead"), ("lback", "rback"), ("lside", "rside"), ("lsho1", "rsho1"), ("lsho2", "rsho2"),
            ("larm", "rarm"), ("lelb", "relb"), ("lwri", "rwri"), ("lhan1", "rhan1"), ("lhan2", "rhan2"),
            ("lhan3", "rhan3"), ("lhipb", "rhipb"), ("lhipf", "rhipf"), ("lhipl", "rhipl"), ("lleg", "rleg"),
            ("lkne", "rkne"), ("lank", "rank"), ("lhee", "rhee"), ("lfoo", "rfoo"),
        ],
        LengthUnit.Millimetre);

    /// <summary>Every built-in format, in the order ntu-rgb+d, smpl_24, smplx_42, berkeley_mhad_43.</summary>
    public static IReadOnlyList<SkeletonFormat> All { get; } = [NtuRgbD, Smpl24, SmplX42, BerkeleyMhad43];

    /// <summary>Looks up a built-in format by its official name (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No built-in format has that name; the message lists the known names.</exception>
    public static SkeletonFormat Get(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException(
            $"unknown skeleton format '{name}'; expected one of {string.Join(", ", All.Select(f => f.Name))} or a path to a format JSON file");

    /// <summary>A built-in format by name, or a custom format from a JSON file when <paramref name="nameOrPath"/> is a path to one.</summary>
    /// <exception cref="KeyNotFoundException">Neither a built-in name nor an existing file.</exception>
    /// <exception cref="SkeletonFormatException">The JSON file is invalid.</exception>
    public static SkeletonFormat Resolve(string nameOrPath) =>
        File.Exists(nameOrPath) || nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? SkeletonFormatJson.Load(nameOrPath)
            : Get(nameOrPath);
}
