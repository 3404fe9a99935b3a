#!/usr/bin/env python3
"""Extract 3D poses from NTU RGB+D videos with MeTRAbs, one .npy per (video, skeleton convention).

Each output is float32 of shape (T, 2, V, 3): frames, persons, joints, xyz in MeTRAbs camera space
(millimetres, OpenCV axes: x right, y down, z forward), at most 300 frames, at most two people per frame
ordered by detector confidence, zeros where fewer people were found. No tracking across frames, as in the
official MS-CLR pose_extraction.py. The C# kit imports these files with MetrabsImporter (mm -> m, y negated).

Naming (shared with MsClr.Kit.Data.Metrabs.MetrabsFileNames):
    S001C002P003R002A013_rgb.avi  ->  {out}/S001C002P003R002A013_{skeleton}.npy

Resumable: an output that exists is never recomputed; outputs are written to a hidden temporary name in the
same folder and renamed into place, so a killed job leaves no partial .npy.
Shardable: --shard i/n processes video k of the sorted video list when k mod n == i (i is 0-based).

Only argument parsing, naming, sharding and planning run without the GPU stack: torch, torchvision, numpy
and metrabs_pytorch are imported inside the functions that need them, so --dry-run and the unit tests work
on any Python 3.8+.

Usage:
    python3 data-prep/metrabs_extract.py --videos NTU/nturgb+d_rgb --out poses --model metrabs_eff2l_384px \
        --formats smplx_42,smpl_24,berkeley_mhad_43,kinectv2_25 --shard 0/8
"""

import argparse
import os
import re
import sys

MAX_FRAMES = 300
MAX_PERSONS = 2
CHUNK_FRAMES = 256
DETECTOR_THRESHOLD = 0.01
VIDEO_EXTENSION = ".avi"
VIDEO_SUFFIX = "_rgb"
NPY_EXTENSION = ".npy"
DEFAULT_FORMATS = ("smplx_42", "smpl_24", "berkeley_mhad_43", "kinectv2_25")
ALL_JOINTS = "__msclr_all_joints__"

_SKELETON_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_+\-]*$")


def sample_id_from_video(video_path):
    """'.../S001C002P003R002A013_rgb.avi' -> 'S001C002P003R002A013' (the '_rgb' suffix is optional)."""
    name = os.path.basename(video_path)
    if not name.endswith(VIDEO_EXTENSION):
        raise ValueError("%s: expected a %s video" % (video_path, VIDEO_EXTENSION))
    stem = name[: -len(VIDEO_EXTENSION)]
    if stem.endswith(VIDEO_SUFFIX):
        stem = stem[: -len(VIDEO_SUFFIX)]
    if not stem or "_" in stem:
        raise ValueError(
            "%s: the sample id '%s' must be non-empty and contain no '_' (expected e.g. S001C002P003R002A013_rgb.avi)"
            % (video_path, stem))
    return stem


def output_name(sample_id, skeleton):
    """The one naming rule: '{sample_id}_{skeleton}.npy' (sample ids never contain '_')."""
    if not sample_id or "_" in sample_id:
        raise ValueError("sample id '%s' must be non-empty and contain no '_'" % sample_id)
    if not _SKELETON_NAME.match(skeleton or ""):
        raise ValueError("skeleton name '%s' must match %s" % (skeleton, _SKELETON_NAME.pattern))
    return "%s_%s%s" % (sample_id, skeleton, NPY_EXTENSION)


def temporary_name(final_name):
    """A hidden name in the same folder that the importer's '*_{skeleton}.npy' glob never matches."""
    return ".%s.%d.tmp" % (final_name, os.getpid())


def parse_formats(text):
    """'smplx_42,smpl_24' -> ['smplx_42', 'smpl_24']; argparse type function."""
    names = [part.strip() for part in text.split(",")]
    if not names or any(not n for n in names):
        raise argparse.ArgumentTypeError(
            "expected a comma-separated list of MeTRAbs skeleton names such as smplx_42,smpl_24, got '%s'" % text)
    bad = [n for n in names if not _SKELETON_NAME.match(n)]
    if bad:
        raise argparse.ArgumentTypeError("invalid skeleton name(s) %s: expected letters, digits, '_', '+' or '-'" % ", ".join(bad))
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise argparse.ArgumentTypeError("skeleton(s) listed twice: %s" % ", ".join(duplicates))
    return names


def parse_shard(text):
    """'i/n' -> (i, n) with n >= 1 and 0 <= i < n (i is 0-based); argparse type function."""
    match = re.fullmatch(r"\s*(-?\d+)\s*/\s*(-?\d+)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError("expected i/n such as 0/4 (shard i of n, i 0-based), got '%s'" % text)
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1:
        raise argparse.ArgumentTypeError("the shard count n must be at least 1, got %d in '%s'" % (count, text))
    if not 0 <= index < count:
        raise argparse.ArgumentTypeError(
            "the shard index i must satisfy 0 <= i < n (i is 0-based), got %d/%d" % (index, count))
    return index, count


def list_videos(videos_dir):
    """Every .avi under videos_dir (recursive), sorted by file name then path, so shards do not depend on layout."""
    found = []
    for root, _, files in os.walk(videos_dir):
        for name in files:
            if name.endswith(VIDEO_EXTENSION):
                found.append(os.path.join(root, name))
    found.sort(key=lambda p: (os.path.basename(p), p))
    seen = {}
    for path in found:
        sample_id = sample_id_from_video(path)
        if sample_id in seen:
            raise ValueError("two videos have sample id %s: %s and %s" % (sample_id, seen[sample_id], path))
        seen[sample_id] = path
    return found


def shard_videos(videos, index, count):
    """Video k of the sorted list belongs to shard k mod count."""
    return [video for k, video in enumerate(videos) if k % count == index]


def plan(videos, out_dir, formats):
    """[(video, sample_id, [skeletons whose output is missing])] for videos with work left; existing outputs are skipped."""
    work = []
    for video in videos:
        sample_id = sample_id_from_video(video)
        missing = [f for f in formats if not os.path.exists(os.path.join(out_dir, output_name(sample_id, f)))]
        if missing:
            work.append((video, sample_id, missing))
    return work


def build_parser():
    parser = argparse.ArgumentParser(
        description="Extract (T, 2, V, 3) millimetre poses from NTU RGB videos with MeTRAbs, one .npy per (video, skeleton).")
    parser.add_argument("--videos", required=True, help="folder of NTU RGB videos (*_rgb.avi), searched recursively")
    parser.add_argument("--out", required=True, help="output folder for {sample_id}_{skeleton}.npy")
    parser.add_argument("--model", help="MeTRAbs PyTorch model folder (ckpt.pt, config.yaml, joint_info.npz, "
                                        "skeleton_infos.pkl, joint_transform_matrix.npy); required unless --dry-run")
    parser.add_argument("--formats", type=parse_formats, default=list(DEFAULT_FORMATS),
                        help="comma-separated MeTRAbs skeletons (default: %s)" % ",".join(DEFAULT_FORMATS))
    parser.add_argument("--shard", type=parse_shard, default=(0, 1), metavar="I/N",
                        help="process only video k with k mod N == I of the sorted video list (I is 0-based; default 0/1)")
    parser.add_argument("--device", default="cuda", help="torch device (default: cuda)")
    parser.add_argument("--dry-run", action="store_true", help="list what would be extracted and exit; imports no GPU library")
    return parser


def parse_args(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    if not os.path.isdir(args.videos):
        parser.error("--videos: %s is not a folder" % args.videos)
    if not args.dry_run and not args.model:
        parser.error("--model is required unless --dry-run")
    if args.model and not args.dry_run and not os.path.isdir(args.model):
        parser.error("--model: %s is not a folder" % args.model)
    return args


def write_npy_atomic(path, array):
    """np.save to a hidden temporary file in the same folder, then rename into place."""
    import numpy as np

    folder, name = os.path.split(path)
    temporary = os.path.join(folder, temporary_name(name))
    try:
        with open(temporary, "wb") as handle:
            np.save(handle, np.ascontiguousarray(array, dtype="<f4"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise


def load_model(model_dir, device):
    """Loads the MeTRAbs PyTorch multi-person estimator as the official demo does (YOLOv8 detector inside)."""
    import pickle

    import numpy as np
    import posepile.joint_info
    import torch
    import metrabs_pytorch.backbones.efficientnet as effnet_pt
    import metrabs_pytorch.models.metrabs as metrabs_pt
    from metrabs_pytorch.multiperson import multiperson_model
    from metrabs_pytorch.util import get_config

    model_dir = os.path.abspath(model_dir)
    cfg = get_config(os.path.join(model_dir, "config.yaml"))
    joint_info = np.load(os.path.join(model_dir, "joint_info.npz"))
    joints = posepile.joint_info.JointInfo(joint_info["joint_names"], joint_info["joint_edges"])
    backbone = getattr(effnet_pt, "efficientnet_v2_%s" % cfg.efficientnet_size)()
    crop_model = metrabs_pt.Metrabs(torch.nn.Sequential(effnet_pt.PreprocLayer(), backbone.features), joints).eval()
    # One forward pass builds the lazily shaped layers before the weights are loaded (as in the official demo).
    crop_model((torch.zeros((1, 3, cfg.proc_side, cfg.proc_side)), torch.eye(3)[None]))
    crop_model.load_state_dict(torch.load(os.path.join(model_dir, "ckpt.pt"), map_location="cpu"))
    with open(os.path.join(model_dir, "skeleton_infos.pkl"), "rb") as handle:
        skeleton_infos = pickle.load(handle)
    transform = np.load(os.path.join(model_dir, "joint_transform_matrix.npy"))
    with torch.device(device):
        model = multiperson_model.Pose3dEstimator(crop_model.to(device), skeleton_infos, transform)
    # Every output joint under one extra name: one network pass serves all skeletons, each then picks its joints.
    model.skeleton_joint_indices_table[ALL_JOINTS] = list(range(transform.shape[1]))
    # No model.eval() here: the crop model already is in eval mode, and a recursive eval() would reach the ultralytics
    # detector, whose own train() method does not take nn.Module's arguments.
    return model.to(device)


def read_frames(video_path, max_frames):
    """(T, 3, H, W) uint8 frames, the first max_frames only."""
    import torchvision.io

    frames, _, _ = torchvision.io.read_video(video_path, pts_unit="sec", output_format="TCHW")
    return frames[:max_frames]


def extract_video(model, video_path, skeletons, device):
    """{skeleton: (T, 2, V, 3) float32 millimetres} for one video; at most two detections per frame by confidence."""
    import numpy as np
    import torch

    frames = read_frames(video_path, MAX_FRAMES)
    if len(frames) == 0:
        raise ValueError("%s: no frames could be decoded" % video_path)
    per_frame = []
    with torch.inference_mode(), torch.device(device):
        for start in range(0, len(frames), CHUNK_FRAMES):
            pred = model.detect_poses_batched(
                frames[start:start + CHUNK_FRAMES].to(device), detector_threshold=DETECTOR_THRESHOLD,
                suppress_implausible_poses=False, max_detections=MAX_PERSONS, skeleton=ALL_JOINTS)
            for boxes, poses in zip(pred["boxes"], pred["poses3d"]):
                order = torch.argsort(boxes[:, 4], descending=True)[:MAX_PERSONS]
                per_frame.append(poses[order].float().cpu().numpy())
    result = {}
    for skeleton in skeletons:
        indices = list(model.skeleton_joint_indices_table[skeleton])
        array = np.zeros((len(per_frame), MAX_PERSONS, len(indices), 3), dtype=np.float32)
        for t, poses in enumerate(per_frame):
            if len(poses):
                array[t, :len(poses)] = poses[:, indices, :]
        result[skeleton] = array
    return result


def run(args, out=sys.stdout):
    """Plans the shard and extracts what is missing; returns the process exit code."""
    index, count = args.shard
    videos = shard_videos(list_videos(args.videos), index, count)
    work = plan(videos, args.out, args.formats)
    print("shard %d/%d: %d videos, %d with missing outputs, skeletons %s"
          % (index, count, len(videos), len(work), ",".join(args.formats)), file=out)
    if args.dry_run:
        for video, sample_id, missing in work:
            names = ", ".join(output_name(sample_id, s) for s in missing)
            print("would extract %s -> %s" % (video, names), file=out)
        return 0
    if not work:
        return 0
    os.makedirs(args.out, exist_ok=True)
    model = load_model(args.model, args.device)
    unknown = [s for s in args.formats if s not in model.skeleton_joint_indices_table]
    if unknown:
        known = sorted(k for k in model.skeleton_joint_indices_table if k != ALL_JOINTS)
        print("error: the model has no skeleton(s) %s; it has %s" % (", ".join(unknown), ", ".join(known)), file=sys.stderr)
        return 2
    failed = []
    for k, (video, sample_id, missing) in enumerate(work, 1):
        try:
            for skeleton, array in extract_video(model, video, missing, args.device).items():
                write_npy_atomic(os.path.join(args.out, output_name(sample_id, skeleton)), array)
            print("[%d/%d] %s: %s" % (k, len(work), sample_id, ",".join(missing)), file=out)
        except Exception as error:  # one broken video must not stop a shard of thousands; all are reported at the end
            failed.append((video, error))
            print("[%d/%d] %s FAILED: %s" % (k, len(work), sample_id, error), file=sys.stderr)
    for video, error in failed:
        print("failed: %s: %s" % (video, error), file=sys.stderr)
    return 1 if failed else 0


def main(argv=None):
    return run(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
