#!/usr/bin/env python3
"""Export a PyTorch checkpoint of the official AimCLR / MS-CLR code to an .npz state dict MsClr.Kit loads by name.

    python3 data-prep/export_checkpoint.py epoch300_model.pt --out ms_aimclr_xsub_joint.npz --prefix encoder_q.

Each tensor becomes one array named by its state-dict key. With --prefix, only keys starting with the prefix are kept
and the prefix is removed, so `encoder_q.st_gcn_networks.0.gcn.conv.weight` becomes `st_gcn_networks.0.gcn.conv.weight`,
the kit's encoder naming. A leading `module.` (DataParallel) is always removed. The output is written to a temporary
file and renamed into place. Use it with `msclr encode --weights` or `PretrainedEncoder.Load` / `StateDictNpz.Load` in C#.
"""
import argparse
import os
import sys
import tempfile


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", help="a .pt file saved by torch.save (a state dict, or a dict holding one)")
    parser.add_argument("--out", required=True, help="the .npz file to write")
    parser.add_argument("--prefix", default="", help="keep only keys with this prefix and strip it (e.g. encoder_q.)")
    parser.add_argument("--key", default=None, help="the entry of the checkpoint dict holding the state dict (e.g. state_dict)")
    return parser.parse_args(argv)


def select_keys(state, prefix):
    """Returns {name: tensor} with `module.` removed and only `prefix` keys kept (prefix stripped)."""
    selected = {}
    for name, value in state.items():
        if name.startswith("module."):
            name = name[len("module."):]
        if prefix and not name.startswith(prefix):
            continue
        selected[name[len(prefix):]] = value
    if not selected:
        raise SystemExit(f"no key starts with '{prefix}'; first keys: {list(state)[:5]}")
    return selected


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    import numpy as np  # heavy imports only when actually exporting
    import torch

    checkpoint = torch.load(args.checkpoint, map_location="cpu")
    state = checkpoint[args.key] if args.key else checkpoint
    if not hasattr(state, "items"):
        raise SystemExit(f"{args.checkpoint}: expected a state dict, found {type(state).__name__}; try --key")
    arrays = {name: value.detach().cpu().numpy() for name, value in select_keys(state, args.prefix).items() if hasattr(value, "detach")}
    directory = os.path.dirname(os.path.abspath(args.out))
    handle, temporary = tempfile.mkstemp(suffix=".npz", dir=directory)
    os.close(handle)
    try:
        np.savez(temporary, **arrays)
        os.replace(temporary, args.out)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    print(f"wrote {len(arrays)} tensors to {args.out}")


if __name__ == "__main__":
    main()
