"""ICU transliterators (Hant-Hans, Hans-Hant, Han-Latin) through ctypes on the system libicu.

The project already needs libicu-dev (see Package.swift); this saves a PyICU build.
"""

import ctypes
import ctypes.util
import glob
import re


def _load():
    for path in sorted(glob.glob("/usr/lib/*/libicui18n.so.*")) + sorted(glob.glob("/usr/lib/libicui18n.so.*")):
        m = re.search(r"libicui18n\.so\.(\d+)$", path)
        if m:
            return ctypes.CDLL(path), m.group(1)
    name = ctypes.util.find_library("icui18n")
    if name is None:
        raise OSError("libicu not found: apt-get install libicu-dev")
    lib = ctypes.CDLL(name)
    for version in range(90, 50, -1):
        if hasattr(lib, f"utrans_openU_{version}"):
            return lib, str(version)
    return lib, ""


_lib, _version = _load()


def _fn(name):
    return getattr(_lib, f"{name}_{_version}" if _version else name)


_open = _fn("utrans_openU")
_open.restype = ctypes.c_void_p
_open.argtypes = [ctypes.c_void_p, ctypes.c_int32, ctypes.c_int, ctypes.c_void_p, ctypes.c_int32,
                  ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
_trans = _fn("utrans_transUChars")
_trans.restype = None
_trans.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int32), ctypes.c_int32,
                   ctypes.c_int32, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int)]


def _utf16(text):
    data = text.encode("utf-16-le")
    return data, len(data) // 2


class Transliterator:
    def __init__(self, identifier):
        data, n = _utf16(identifier)
        buf = ctypes.create_string_buffer(data)
        status = ctypes.c_int(0)
        parse_error = ctypes.create_string_buffer(256)
        self._handle = _open(buf, n, 0, None, 0, parse_error, ctypes.byref(status))
        if status.value > 0 or not self._handle:
            raise OSError(f"utrans_openU({identifier}) failed: {status.value}")

    def __call__(self, text):
        data, n = _utf16(text)
        capacity = n * 4 + 16
        buf = ctypes.create_string_buffer(data + b"\0" * ((capacity - n) * 2))
        length = ctypes.c_int32(n)
        limit = ctypes.c_int32(n)
        status = ctypes.c_int(0)
        _trans(self._handle, buf, ctypes.byref(length), capacity, 0, ctypes.byref(limit), ctypes.byref(status))
        if status.value > 0:
            raise OSError(f"utrans_transUChars failed: {status.value}")
        return buf.raw[: length.value * 2].decode("utf-16-le")
