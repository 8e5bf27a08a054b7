"""The recogniser: PP-OCR's text-line model (shipped inside the `rapidocr` wheel) on ONNX
Runtime, run on batches of line images.

Only the recognition model is used: the page geometry (`grid`) already knows where the
text lines are, so the detection model and its cost are not needed.  The model file is
found inside the installed package without importing it (its import pulls in its whole
pipeline), and nothing is ever downloaded: the character table is in the model's metadata.

The session is loaded lazily, once per process: a worker forked from a parent that had
loaded it loads its own (`_SESSION` remembers the pid it was made in).
"""

from __future__ import annotations

import importlib.util
import math
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.errors import UnreadableFile

MODEL_PACKAGE = "rapidocr"
MODEL_FILE = "models/PP-OCRv6_rec_small.onnx"
HEIGHT = 48  # the model's input height (px)
MIN_RATIO = 1.0  # lines are padded only to the widest of their batch
BATCH = 8  # line images per run (sorted by width, so that padding stays small)
# The recogniser's threads: the cores this process may run on, shared among the parsing
# workers that run at once (`WORKERS_ENV`, which `jixiao ingest --jobs N` sets in each
# worker): two workers on two cores read one thread each, since two threads each would
# only take turns on the cores (and a thread shares a line batch's work less well than a
# process shares files)
WORKERS_ENV = "JIXIAO_PARSE_WORKERS"
SECOND_THOUGHT = 0.99  # a character read below this keeps the model's runner-up


def threads() -> int:
    """The recogniser's threads in this process (`WORKERS_ENV`)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # (not on every platform)
        cores = os.cpu_count() or 1
    try:
        workers = max(1, int(os.environ.get(WORKERS_ENV, "1")))
    except ValueError:
        workers = 1
    return max(1, cores // workers)


@dataclass(frozen=True, slots=True)
class Reading:
    text: str
    # the least sure character's probability (a mean would hide one misread character
    # in a long line); 0 for an empty line
    confidence: float
    chars: tuple[float, ...] = ()  # per-character probabilities
    # per character, the one the model thought next most likely where it was not all but
    # certain (below SECOND_THOUGHT), else ""
    seconds: tuple[str, ...] = ()
    xs: tuple[float, ...] = ()  # where each character was read, px across the line image


class Recogniser:
    def __init__(self, model: Path) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads()
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        # threads that wait sleep instead of spinning: on a machine shared with other
        # workers a spinning thread only burns the CPU the others need
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        meta = self.session.get_modelmeta().custom_metadata_map
        self.charset = ["", *meta["character"].splitlines(), " "]
        self.input = self.session.get_inputs()[0].name

    def __call__(self, images: list[np.ndarray]) -> list[Reading]:
        """Line images (grey or BGR, any size) → their text, in the same order."""
        out: list[Reading] = [Reading("", 0.0)] * len(images)
        order = sorted(range(len(images)), key=lambda i: _ratio(images[i]))
        for start in range(0, len(order), BATCH):
            chunk = order[start : start + BATCH]
            batch = _batch([images[i] for i in chunk])
            probs = self.session.run(None, {self.input: batch})[0]
            for i, p in zip(chunk, probs, strict=True):
                # a frame's width in the batch, in pixels of the line's own image
                resized = min(batch.shape[3], math.ceil(HEIGHT * _ratio(images[i])))
                frame = batch.shape[3] / len(p) * images[i].shape[1] / max(resized, 1)
                out[i] = self._decode(p, frame)
        return out

    def _decode(self, p: np.ndarray, frame: float = 0.0) -> Reading:
        idx = p.argmax(axis=1)
        best = p.max(axis=1)
        keep = np.ones(len(idx), dtype=bool)
        keep[1:] = idx[1:] != idx[:-1]
        keep &= idx != 0
        chars = [self.charset[k] for k in idx[keep]]
        conf = tuple(float(c) for c in best[keep])
        seconds = tuple(self._second(p[t], idx[t]) if best[t] < SECOND_THOUGHT else ""
                        for t in np.flatnonzero(keep))
        text = "".join(chars)
        xs = tuple(float((t + 0.5) * frame) for t in np.flatnonzero(keep)) if frame else ()
        return Reading(text, min(conf) if conf else 0.0, conf, seconds, xs)

    def _second(self, frame: np.ndarray, first: int) -> str:
        top = np.argpartition(frame, -2)[-2:]
        return self.charset[int(top[0] if top[1] == first else top[1])]


def _ratio(img: np.ndarray) -> float:
    return img.shape[1] / max(img.shape[0], 1)


def _batch(images: list[np.ndarray]) -> np.ndarray:
    import cv2

    width = int(HEIGHT * max(MIN_RATIO, *(_ratio(im) for im in images)))
    # padded with paper (white, 1.0 once scaled to -1..1), so that a line reads the same
    # whatever the width of the others in its batch
    out = np.ones((len(images), 3, HEIGHT, width), dtype=np.float32)
    for k, im in enumerate(images):
        w = min(width, math.ceil(HEIGHT * _ratio(im)))
        resized = cv2.resize(im, (max(w, 1), HEIGHT)).astype(np.float32) / 127.5 - 1.0
        resized = resized[None, :, :] if resized.ndim == 2 else resized.transpose(2, 0, 1)
        out[k, :, :, :w] = resized
    return out


def model_path() -> Path:
    """The recognition model inside the installed package (FileNotFoundError without)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(MODEL_PACKAGE)
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


_LOCK = threading.Lock()
_SESSION: dict[str, Any] = {}


def recogniser() -> Recogniser:
    """The process's recogniser, loaded on first use (again after a fork)."""
    with _LOCK:
        if _SESSION.get("pid") != os.getpid():
            try:
                model = model_path()
            except FileNotFoundError as e:
                raise UnreadableFile(
                    f"the OCR model ({MODEL_PACKAGE}'s {MODEL_FILE}) is not installed here; "
                    "reinstall the OCR extra: pip install 'jixiao[ocr]'") from e
            _SESSION["recogniser"] = Recogniser(model)
            _SESSION["pid"] = os.getpid()
        rec: Recogniser = _SESSION["recogniser"]
        return rec
