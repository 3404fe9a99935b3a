namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// The 120 official NTU RGB+D 120 action class names, indexed by 0-based label (A001 is label 0).
/// Labels 0..59 are the NTU RGB+D 60 classes. Text as in the dataset's README (shahroudy/NTURGB-D),
/// with its trailing periods dropped and its typographic apostrophes (A109, A117, A119) written as ASCII
/// <c>'</c> like A057; its own spelling is kept, e.g. A067 "hush (quite)" and A025's NTU-120 wording.
/// </summary>
public static class NtuClassNames
{
    /// <summary>Number of NTU RGB+D 120 classes.</summary>
    public const int Count = 120;

    private static readonly string[] Names =
    [
        "drink water", "eat meal/snack", "brushing teeth", "brushing hair", "drop", // A001-A005
        "pickup", "throw", "sitting down", "standing up (from sitting position)", "clapping", // A006-A010
        "reading", "writing", "tear up paper", "wear jacket", "take off jacket", // A011-A015
        "wear a shoe", "take off a shoe", "wear on glasses", "take off glasses", "put on a hat/cap", // A016-A020
        "take off a hat/cap", "cheer up", "hand waving", "kicking something", // A021-A024
        "put something inside pocket / take out something from pocket", // A025
        "hopping (one foot jumping)", "jump up", "make a phone call/answer phone", // A026-A028
        "playing with phone/tablet", "typing on a keyboard", // A029-A030
        "pointing to something with finger", "taking a selfie", "check time (from watch)", // A031-A033
        "rub two hands together", "nod head/bow", // A034-A035
        "shake head", "wipe face", "salute", "put the palms together", "cross hands in front (say stop)", // A036-A040
        "sneeze/cough", "staggering", "falling", "touch head (headache)", // A041-A044
        "touch chest (stomachache/heart pain)", // A045
        "touch back (backache)", "touch neck (neckache)", "nausea or vomiting condition", // A046-A048
        "use a fan (with hand or paper)/feeling warm", "punching/slapping other person", // A049-A050
        "kicking other person", "pushing other person", "pat on back of other person", // A051-A053
        "point finger at the other person", "hugging other person", // A054-A055
        "giving something to other person", "touch other person's pocket", "handshaking", // A056-A058
        "walking towards each other", "walking apart from each other", // A059-A060
        "put on headphone", "take off headphone", "shoot at the basket", "bounce ball", "tennis bat swing", // A061-A065
        "juggling table tennis balls", "hush (quite)", "flick hair", "thumb up", "thumb down", // A066-A070
        "make ok sign", "make victory sign", "staple book", "counting money", "cutting nails", // A071-A075
        "cutting paper (using scissors)", "snapping fingers", "open bottle", "sniff (smell)", "squat down", // A076-A080
        "toss a coin", "fold paper", "ball up paper", "play magic cube", "apply cream on face", // A081-A085
        "apply cream on hand back", "put on bag", "take off bag", "put something into a bag", // A086-A089
        "take something out of a bag", "open a box", "move heavy objects", "shake fist", // A090-A093
        "throw up cap/hat", "hands up (both hands)", "cross arms", "arm circles", "arm swings", // A094-A098
        "running on the spot", "butt kicks (kick backward)", "cross toe touch", "side kick", "yawn", // A099-A103
        "stretch oneself", "blow nose", "hit other person with something", // A104-A106
        "wield knife towards other person", "knock over other person (hit with body)", // A107-A108
        "grab other person's stuff", "shoot at other person with a gun", "step on foot", "high-five", // A109-A112
        "cheers and drink", "carry something with other person", "take a photo of other person", // A113-A115
        "follow other person", "whisper in other person's ear", "exchange things with other person", // A116-A118
        "support somebody with one's hand (someone is sick, help him to walk)", // A119
        "finger-guessing game (playing rock-paper-scissors)", // A120
    ];

    /// <summary>All 120 names; element <c>label</c> names action <c>A(label + 1)</c>.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The name of a 0-based label (0..119).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The label is outside 0..119.</exception>
    public static string ForLabel(int label) => label is >= 0 and < Count
        ? Names[label]
        : throw new ArgumentOutOfRangeException(nameof(label), label, $"NtuClassNames.ForLabel: expected a 0-based label in 0..{Count - 1}, found {label}");

    /// <summary>The name of a sample's action (<see cref="NtuSampleId.Label"/>).</summary>
    public static string For(NtuSampleId id) => ForLabel(id.Label);
}
