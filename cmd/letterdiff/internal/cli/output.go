package cli

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeOutput writes through fn to standard output (path "" or "-"), or
// to the file at path. The report is made in full before anything is
// written, so that a failure leaves no partial report and the file as it
// was. Then, as the shell's > would, but more carefully:
//
//   - a symbolic link is followed (through any chain of links, even to a
//     file that does not exist yet) and the file it names is written; the
//     link stays a link;
//   - a device (/dev/null, /dev/stdout) or a named pipe is opened and
//     written as a stream, never replaced;
//   - a read-only file (no write permission for anyone) is refused, as is
//     a file the user may not write; so are directories and sockets;
//   - an ordinary file is replaced at once: the report goes to a new file
//     beside it, with the old file's mode (and owner, where allowed), which
//     is then renamed over it;
//   - a file with other hard links, or one that cannot be replaced so
//     (its directory is read-only, or its owner cannot be kept), is
//     rewritten in place, so that it stays the same file.
func writeOutput(ios *IOStreams, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(ios.Out)
	}
	var b bytes.Buffer
	if err := fn(&b); err != nil {
		return err
	}
	return writeFile(path, func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	})
}

// streamOutput writes through fn to standard output (path "" or "-"), or
// to the file at path, as it goes: for output too large to hold, such as
// a batch of reports. path is treated as writeOutput treats it, except
// that fn writes to the new file (or the stream) directly; if fn fails,
// the new file is removed and an ordinary file at path is left as it was.
func streamOutput(ios *IOStreams, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(ios.Out)
	}
	return writeFile(path, fn)
}

// writeFile writes through write to the file at path, as writeOutput
// describes. An error of write's own is returned as it is; an error
// writing the file names it.
func writeFile(path string, write func(io.Writer) error) error {
	fail := func(err error) error { return fmt.Errorf("%s: cannot write: %v", path, unwrapPath(err)) }
	target, err := followLinks(path)
	if err != nil {
		return fail(err)
	}
	info, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return replaceFile(target, nil, write, fail)
	case err != nil:
		return fail(err)
	case info.IsDir():
		return fmt.Errorf("%s: is a directory, not a file", path)
	case info.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe) != 0:
		return writeInPlace(target, write, false, fail)
	case !info.Mode().IsRegular():
		return fmt.Errorf("%s: cannot write: not a file, a device or a pipe", path)
	case info.Mode().Perm()&0o222 == 0:
		return fmt.Errorf("%s: cannot write: the file is read-only (mode %04o); make it writable or write elsewhere", path, info.Mode().Perm())
	}
	// the user must be allowed to write the file itself, as with the
	// shell's >, though it is replaced rather than written (opening it
	// for writing without truncating it changes nothing)
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return fail(err)
	}
	f.Close()
	if links, _, _, ok := fileOwner(info); ok && links > 1 {
		return writeInPlace(target, write, true, fail)
	}
	return replaceFile(target, info, write, fail)
}

// maxLinks bounds a chain of symbolic links, as the kernel does (40 on
// Linux).
const maxLinks = 40

// followLinks returns the path that path names once every symbolic link
// in its last element is followed; the file need not exist.
func followLinks(path string) (string, error) {
	for range maxLinks {
		info, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) || err == nil && info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			// relative to the link's directory, as the kernel reads it
			// (not cleaned: ".." after a linked directory is its parent)
			dest = filepath.Dir(path) + string(filepath.Separator) + dest
		}
		path = dest
	}
	return "", errors.New("too many levels of symbolic links")
}

// replaceFile writes through write to a new file in the directory of path and
// renames it over path. old describes the file it replaces (nil for
// none): the new file gets its mode and, where allowed, its owner; where
// that cannot be (the directory is not writable, the owner cannot be
// kept), the old file is rewritten in place instead.
func replaceFile(path string, old fs.FileInfo, write func(io.Writer) error, fail func(error) error) error {
	tmp, err := createTemp(filepath.Dir(path))
	if err != nil {
		if old != nil && errors.Is(err, fs.ErrPermission) {
			return writeInPlace(path, write, true, fail)
		}
		return fail(err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if old != nil {
		if err := tmp.Chmod(old.Mode().Perm()); err != nil {
			return fail(err)
		}
		if _, uid, gid, ok := fileOwner(old); ok && (uid != os.Geteuid() || gid != os.Getegid()) {
			if err := tmp.Chown(uid, gid); err != nil {
				// a new file could not keep the owner: keep the file
				tmp.Close()
				os.Remove(tmp.Name())
				done = true
				return writeInPlace(path, write, true, fail)
			}
		}
	}
	if err := writeThrough(tmp, write, fail); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	done = true
	return nil
}

// createTemp creates a new file in dir for a report. Unlike
// os.CreateTemp it asks for mode 0666, so that the umask decides a new
// report's mode, as it does for the shell's >.
func createTemp(dir string) (*os.File, error) {
	for range 100 {
		var rnd [6]byte
		if _, err := rand.Read(rnd[:]); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(filepath.Join(dir, ".letterdiff-"+hex.EncodeToString(rnd[:])), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, errors.New("cannot make a temporary file")
}

// writeInPlace opens path for writing and writes to it through write: a stream (a
// device, a pipe), or a file rewritten in place (truncate) that must stay
// the same file.
func writeInPlace(path string, write func(io.Writer) error, truncate bool, fail func(error) error) error {
	flags := os.O_WRONLY
	if truncate {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0)
	if err != nil {
		return fail(err)
	}
	if err := writeThrough(f, write, fail); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	return nil
}

// writeThrough calls write with f, buffered; an error writing f is
// reported through fail, naming the file, and any other error of write's
// is returned as it is.
func writeThrough(f *os.File, write func(io.Writer) error, fail func(error) error) error {
	fw := &fileWriter{f: f}
	bw := bufio.NewWriterSize(fw, 64<<10)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if fw.err != nil {
		return fail(fw.err)
	}
	return err
}

// fileWriter remembers the first error writing its file, to tell it from
// the errors of what writes to it.
type fileWriter struct {
	f   *os.File
	err error
}

func (w *fileWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.f.Write(p)
	w.err = err
	return n, err
}
