"""Unit tests of metrabs_extract.py that need only the standard library (no numpy, torch or MeTRAbs).

Run from the repository root:  python3 -m unittest discover -s data-prep -p "test_*.py"
"""

import argparse
import ast
import contextlib
import io
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import metrabs_extract as mx  # noqa: E402  (the path is set just above)


def touch(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb"):
        pass


class NamingTests(unittest.TestCase):
    def test_sample_id_from_video_ntu_name_strips_rgb_suffix(self):
        self.assertEqual("S001C002P003R002A013", mx.sample_id_from_video("/x/S001C002P003R002A013_rgb.avi"))
        self.assertEqual("S001C002P003R002A013", mx.sample_id_from_video("S001C002P003R002A013.avi"))

    def test_sample_id_from_video_underscore_or_not_avi_raises(self):
        with self.assertRaisesRegex(ValueError, "contain no '_'"):
            mx.sample_id_from_video("clip_7_rgb.avi")
        with self.assertRaisesRegex(ValueError, "expected a .avi video"):
            mx.sample_id_from_video("S001C002P003R002A013_rgb.mp4")

    def test_output_name_matches_the_csharp_rule(self):
        self.assertEqual("S001C002P003R002A013_berkeley_mhad_43.npy",
                         mx.output_name("S001C002P003R002A013", "berkeley_mhad_43"))
        with self.assertRaises(ValueError):
            mx.output_name("S001_x", "smpl_24")
        with self.assertRaises(ValueError):
            mx.output_name("S001C002P003R002A013", "bad/name")

    def test_temporary_name_is_hidden_and_not_an_output(self):
        name = mx.temporary_name("S001C002P003R002A013_smpl_24.npy")
        self.assertTrue(name.startswith("."))
        self.assertFalse(name.endswith("_smpl_24.npy"))


class ShardTests(unittest.TestCase):
    def test_shard_videos_k_mod_n_partitions_the_list(self):
        videos = ["v%d" % k for k in range(10)]
        shards = [mx.shard_videos(videos, i, 3) for i in range(3)]
        self.assertEqual(["v0", "v3", "v6", "v9"], shards[0])
        self.assertEqual(["v1", "v4", "v7"], shards[1])
        self.assertEqual(sorted(videos), sorted(sum(shards, [])))

    def test_parse_shard_valid_text_returns_index_and_count(self):
        self.assertEqual((0, 1), mx.parse_shard("0/1"))
        self.assertEqual((3, 8), mx.parse_shard(" 3 / 8 "))

    def test_parse_shard_invalid_text_says_what_is_expected(self):
        cases = {"4/4": "0 <= i < n", "-1/4": "0 <= i < n", "0/0": "at least 1", "x": "expected i/n", "1": "expected i/n"}
        for text, message in cases.items():
            with self.subTest(text=text), self.assertRaisesRegex(argparse.ArgumentTypeError, message):
                mx.parse_shard(text)

    def test_list_videos_sorts_by_file_name_across_folders(self):
        with tempfile.TemporaryDirectory() as root:
            touch(os.path.join(root, "b", "S001C001P001R001A001_rgb.avi"))
            touch(os.path.join(root, "a", "S002C001P001R001A001_rgb.avi"))
            touch(os.path.join(root, "a", "notes.txt"))
            names = [os.path.basename(v) for v in mx.list_videos(root)]
        self.assertEqual(["S001C001P001R001A001_rgb.avi", "S002C001P001R001A001_rgb.avi"], names)


class ResumeTests(unittest.TestCase):
    def test_plan_existing_outputs_are_skipped(self):
        with tempfile.TemporaryDirectory() as root:
            videos = [os.path.join(root, "v", "S001C001P001R001A00%d_rgb.avi" % k) for k in (1, 2)]
            out = os.path.join(root, "out")
            touch(os.path.join(out, "S001C001P001R001A001_smplx_42.npy"))
            touch(os.path.join(out, "S001C001P001R001A001_smpl_24.npy"))
            touch(os.path.join(out, "S001C001P001R001A002_smpl_24.npy"))
            touch(os.path.join(out, mx.temporary_name("S001C001P001R001A002_smplx_42.npy")))
            work = mx.plan(videos, out, ["smplx_42", "smpl_24"])
        self.assertEqual([(videos[1], "S001C001P001R001A002", ["smplx_42"])], work)

    def test_dry_run_lists_only_missing_outputs_of_its_shard(self):
        with tempfile.TemporaryDirectory() as root:
            for k in range(1, 5):
                touch(os.path.join(root, "v", "S001C001P001R001A00%d_rgb.avi" % k))
            out = os.path.join(root, "out")
            touch(os.path.join(out, "S001C001P001R001A003_smpl_24.npy"))
            args = mx.parse_args(["--videos", os.path.join(root, "v"), "--out", out, "--formats", "smpl_24",
                                  "--shard", "0/2", "--dry-run"])
            printed = io.StringIO()
            code = mx.run(args, out=printed)
        lines = printed.getvalue().splitlines()
        self.assertEqual(0, code)
        self.assertEqual("shard 0/2: 2 videos, 1 with missing outputs, skeletons smpl_24", lines[0])
        self.assertEqual(2, len(lines))
        self.assertTrue(lines[1].endswith("-> S001C001P001R001A001_smpl_24.npy"), lines[1])


class ArgumentTests(unittest.TestCase):
    def parse_error(self, argv):
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr), self.assertRaises(SystemExit) as exit_info:
            mx.parse_args(argv)
        self.assertEqual(2, exit_info.exception.code)
        return stderr.getvalue()

    def test_shard_out_of_range_is_an_argparse_error(self):
        with tempfile.TemporaryDirectory() as root:
            message = self.parse_error(["--videos", root, "--out", root, "--dry-run", "--shard", "2/2"])
        self.assertIn("--shard", message)
        self.assertIn("0 <= i < n (i is 0-based), got 2/2", message)

    def test_missing_model_without_dry_run_is_an_error(self):
        with tempfile.TemporaryDirectory() as root:
            message = self.parse_error(["--videos", root, "--out", root])
        self.assertIn("--model is required unless --dry-run", message)

    def test_missing_videos_folder_is_an_error(self):
        message = self.parse_error(["--videos", "/nonexistent/msclr", "--out", "x", "--dry-run"])
        self.assertIn("is not a folder", message)

    def test_formats_duplicate_or_empty_is_an_error(self):
        with tempfile.TemporaryDirectory() as root:
            self.assertIn("listed twice: smpl_24",
                          self.parse_error(["--videos", root, "--out", root, "--dry-run", "--formats", "smpl_24,smpl_24"]))
            self.assertIn("comma-separated", self.parse_error(["--videos", root, "--out", root, "--dry-run", "--formats", "a,,b"]))

    def test_defaults_are_the_four_paper_skeletons_and_one_shard(self):
        with tempfile.TemporaryDirectory() as root:
            args = mx.parse_args(["--videos", root, "--out", root, "--dry-run"])
        self.assertEqual(["smplx_42", "smpl_24", "berkeley_mhad_43", "kinectv2_25"], args.formats)
        self.assertEqual((0, 1), args.shard)


class ImportTests(unittest.TestCase):
    def test_module_top_level_imports_only_the_standard_library(self):
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "metrabs_extract.py")
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        top = set()
        for node in tree.body:
            if isinstance(node, ast.Import):
                top.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                top.add(node.module.split(".")[0])
        self.assertEqual({"argparse", "os", "re", "sys"}, top)


if __name__ == "__main__":
    unittest.main()
