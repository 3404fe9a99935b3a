# Makes the PyTorch parity fixture of StGcnEncoderTorchParityTests: a small multi-skeleton ST-GCN written from the
# architecture description (reference-spec §4-§5; not the official code), random weights with non-trivial BatchNorm
# statistics and edge importance, one input batch and both formats' outputs in eval mode.
# Run from the repository root after building: python3 tests/MsClr.Kit.Tests/Fixtures/TorchParity/make_fixture.py tests/MsClr.Kit.Tests/Fixtures/TorchParity
# (needs torch and numpy; Debian bookworm's python3-torch 1.13 was used).
import json, os, subprocess, sys, numpy as np, torch, torch.nn as nn, torch.nn.functional as F

def graph(fmt):
    """Spatial ST-GCN adjacency (max_hop 1, capped hops, column normalisation) from the format's edge list only."""
    out = subprocess.run(["dotnet", MSCLR, "formats", "show", fmt, "--json"], capture_output=True, text=True, check=True).stdout
    doc = json.loads(out); V = len(doc["joints"]); center = doc["center"]
    A = np.eye(V)
    for i, j in doc["edges"]:
        A[i, j] = A[j, i] = 1
    hop = np.where(A > 0, 1.0, np.inf); np.fill_diagonal(hop, 0)
    norm = A / A.sum(0, keepdims=True)
    root, close, far = np.diag(np.diag(norm)), np.zeros((V, V)), np.zeros((V, V))
    for i in range(V):
        for j in range(V):
            if hop[j, i] == 1:
                if hop[j, center] >= hop[i, center]: close[j, i] = norm[j, i]   # equal (also inf == inf) or farther
                else: far[j, i] = norm[j, i]
    return np.stack([root, close, far]).astype(np.float32)

MSCLR = os.environ.get("MSCLR_DLL", "src/MsClr.Cli/bin/Release/net10.0/msclr.dll")

class Gcn(nn.Module):
    def __init__(s, i, o, k):
        super().__init__(); s.k = k; s.conv = nn.Conv2d(i, o * k, 1)
    def forward(s, x, A):
        x = s.conv(x); n, kc, t, v = x.size()
        x = x.view(n, s.k, kc // s.k, t, v)
        return torch.einsum('nkctv,kvw->nctw', (x, A)).contiguous()

class Block(nn.Module):
    def __init__(s, i, o, k, stride=1, dropout=0, residual=True):
        super().__init__()
        s.gcn = Gcn(i, o, k)
        s.tcn = nn.Sequential(nn.BatchNorm2d(o), nn.ReLU(inplace=True), nn.Conv2d(o, o, (9, 1), (stride, 1), (4, 0)), nn.BatchNorm2d(o), nn.Dropout(dropout, inplace=True))
        if not residual: s.residual = lambda x: 0
        elif i == o and stride == 1: s.residual = lambda x: x
        else: s.residual = nn.Sequential(nn.Conv2d(i, o, 1, (stride, 1)), nn.BatchNorm2d(o))
        s.relu = nn.ReLU(inplace=True)
    def forward(s, x, A):
        res = s.residual(x); x = s.tcn(s.gcn(x, A)) + res
        return s.relu(x)

class Flex(nn.Module):
    def __init__(s, skeletons, h=16, hd=256, pad_blocks=True):
        super().__init__()
        s.sk = skeletons; s.pad_blocks = pad_blocks
        As = {k: graph(k) for k in skeletons}
        s.V = {k: a.shape[1] for k, a in As.items()}
        s.Vmax = max(s.V.values())
        for k, a in As.items():
            p = np.zeros((3, s.Vmax, s.Vmax), np.float32); p[:, :a.shape[1], :a.shape[1]] = a
            s.register_buffer('A_' + k, torch.tensor(p))
        s.data_bn = nn.ModuleDict({k: nn.BatchNorm1d(3 * s.V[k]) for k in skeletons})
        spec = [(3, h, 1, False, 0)] + [(h, h, 1, True, .5)] * 3 + [(h, 2*h, 2, True, .5), (2*h, 2*h, 1, True, .5), (2*h, 2*h, 1, True, .5), (2*h, 4*h, 2, True, .5), (4*h, 4*h, 1, True, .5), (4*h, hd, 1, True, .5)]
        s.st_gcn_networks = nn.ModuleList([Block(i, o, 3, st, d, r) for i, o, st, r, d in spec])
        def imp(k):
            e = torch.zeros(3, s.Vmax, s.Vmax); e[:, :s.V[k], :s.V[k]] = 1; return e
        s.edge_importance = nn.ModuleDict({k: nn.ParameterList([nn.Parameter(imp(k)) for _ in spec]) for k in skeletons})
        s.fc = nn.Sequential(nn.Linear(hd, hd), nn.ReLU(), nn.Linear(hd, 128))
    def forward(s, x, sk):
        V = s.V[sk]; x = x[:, :, :, :V, :]
        N, C, T, _, M = x.size()
        x = x.permute(0, 4, 3, 1, 2).contiguous().view(N * M, V * C, T)
        x = s.data_bn[sk](x).view(N, M, V, C, T).permute(0, 1, 3, 4, 2).contiguous().view(N * M, C, T, V)
        if s.pad_blocks: x = F.pad(x, (0, s.Vmax - V))
        A = getattr(s, 'A_' + sk)
        for g, e in zip(s.st_gcn_networks, s.edge_importance[sk]):
            x = g(x, A * e) if s.pad_blocks else g(x, (A * e)[:, :V, :V])
        x = x[:, :, :, :V]
        x = F.avg_pool2d(x, x.size()[2:]).view(N, M, -1).mean(dim=1)
        return s.fc(x)

if __name__ == "__main__":
    torch.manual_seed(0)
    m = Flex(["ntu-rgb+d", "smplx_42"], h=4, hd=16)
    for mod in m.modules():  # non-trivial BN statistics and importance so the check covers them
        if isinstance(mod, (nn.BatchNorm1d, nn.BatchNorm2d)):
            mod.running_mean.uniform_(-0.5, 0.5); mod.running_var.uniform_(0.5, 2.0); mod.weight.data.uniform_(0.5, 1.5); mod.bias.data.uniform_(-0.2, 0.2)
    for pl in m.edge_importance.values():
        for p in pl: p.data.mul_(torch.rand_like(p) + 0.5)
    m.eval()
    sd = {k: v.detach().numpy() for k, v in m.state_dict().items()}
    np.savez(sys.argv[1] + "/weights.npz", **sd)
    x = torch.randn(2, 3, 20, 42, 2)
    np.savez(sys.argv[1] + "/io.npz", x=x.numpy(), ntu=m(x, "ntu-rgb+d").detach().numpy(), smplx=m(x, "smplx_42").detach().numpy())
    print("keys", len(sd), "outputs written")
